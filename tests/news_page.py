"""Wrap a text's paragraphs in a news-page template written here, as a CMS would save it.

Used to test that an article read from HTML gives what its text gives: the template has
what real pages have around an article (cookie banner, navigation, breadcrumbs, share
buttons, inline and JSON-LD scripts, styles, an ad slot and a "read also" box inside the
body, a most-read sidebar, comments, a newsletter form and a footer), the first
paragraph as the headline, the second as the byline, quotations as block quotes and
some inline markup. A caption, when given, is added after the third paragraph.

    python -m tests.news_page corpora/seed/lavrov.es.txt es "caption" > lavrov.es.html
"""

from __future__ import annotations

import html
import sys

# The furniture's words, per page language (written here).
FURNITURE = {
    "es": ("Portada", "Internacional", "Política", "Economía", "Lea también",
           "Lo más leído", "Comentarios", "Suscríbase a nuestro boletín",
           "Utilizamos cookies para mejorar su experiencia.", "Todos los derechos reservados",
           "Venezuela y China firman doce acuerdos de cooperación",
           "El precio del petróleo sube por tercer día consecutivo", "Publicidad"),
    "en": ("Home", "World", "Politics", "Business", "Read also", "Most read", "Comments",
           "Sign up to our newsletter", "We use cookies to improve your experience.",
           "All rights reserved", "Venezuela and China sign twelve cooperation agreements",
           "Oil prices rise for a third day in a row", "Advertisement"),
}  # fmt: skip


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _body_paragraph(text: str, k: int) -> str:
    escaped = html.escape(text, quote=False)
    if text.startswith("“") and text.endswith("”"):
        return f'<blockquote class="cita"><p>{escaped}</p></blockquote>'
    if k % 3 == 0:  # inline markup, as editors leave it: a name in bold, a link
        first, _, rest = escaped.partition(" ")
        return f"<p><strong>{first}</strong> {rest}</p>"
    if k % 5 == 1:
        head, _, rest = escaped.partition(" ")
        return f'<p><a href="/tema/{k}">{head}</a> {rest}</p>'
    return f"<p>{escaped}</p>"


def news_page(text: str, lang: str, caption: str | None = None) -> str:
    """The page: the text's paragraphs inside a site's furniture."""
    (home, world, politics, business, also, most, comments, newsletter, cookies, rights,
     story1, story2, ad) = FURNITURE[lang]  # fmt: skip
    paras = paragraphs(text)
    title, byline, body = paras[0], paras[1], paras[2:]
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    parts = []
    for k, para in enumerate(body):
        parts.append(_body_paragraph(para, k))
        if k == 0 and caption:
            parts.append(
                f'<figure class="foto"><img src="/img/1.jpg" alt="">'
                f"<figcaption>{e(caption)}</figcaption></figure>"
            )
        if k == 4:
            parts.append(
                f'<aside class="related"><h4>{also}</h4><ul><li><a href="/a">{story1}</a>'
                f"</li></ul></aside>"
            )
        if k == 8:
            parts.append(f'<div class="ad-slot" id="ad-1"><script>showAd(1)</script>{ad}</div>')
    article = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{e(title)} | Noticias del Sur</title>
<style>.cabecera {{ background: #123; }} figcaption {{ font-size: small; }}</style>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{e(title)}"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</head>
<body>
<div class="cookie-notice"><p>{cookies}</p><button>OK</button></div>
<header class="cabecera">
<a class="logo" href="/">Noticias del Sur</a>
<nav><ul><li><a href="/">{home}</a></li><li><a href="/w">{world}</a></li>
<li><a href="/p">{politics}</a></li><li><a href="/b">{business}</a></li></ul></nav>
</header>
<main>
<nav class="breadcrumb"><a href="/">{home}</a> › <a href="/w">{world}</a></nav>
<article>
<header>
<h1>{e(title)}</h1>
<p class="byline">{e(byline)}</p>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
</header>
<div class="article-body">
{article}
</div>
</article>
<section class="comments"><h3>{comments} (2)</h3><p>{story2}</p></section>
</main>
<aside class="most-read"><h3>{most}</h3><ol><li><a href="/x">{story2}</a></li></ol></aside>
<div class="newsletter"><h3>{newsletter}</h3><form><input type="email"></form></div>
<footer><p>© 2026 Noticias del Sur. {rights}.</p></footer>
<script src="/js/app.js"></script>
</body>
</html>
"""


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        source = handle.read()
    sys.stdout.write(news_page(source, sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None))
