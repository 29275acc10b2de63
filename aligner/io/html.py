"""Read the article out of a news page: title, paragraphs, quotes and captions, nothing else.

lxml and a few rules (chosen over trafilatura and readability-lxml by measuring on the
pages in tests/fixtures/html, see docs/formats.md): drop what is never article text
(scripts, styles, navigation, forms, asides, footers, hidden elements, and anything whose
class or id says share, related, cookie, comments, most read…), find the article as the
element holding most paragraph text together with the page's headline, then read its
blocks in order, marking captions, quotes, headings and bylines.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from aligner.errors import InputError
from aligner.io.extracted import Block, Extracted, clean, join_blocks, line_starts

_NEVER_TEXT = {
    "script", "style", "noscript", "template", "iframe", "svg", "form", "button", "nav",
    "footer", "aside", "select", "input", "textarea", "canvas", "object", "embed", "dialog",
    "head", "menu", "video", "audio", "map",
}  # fmt: skip
# Words of class/id/role that mark page furniture, English and Spanish CMS names alike.
_FURNITURE = {
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "migas", "share",
    "sharing", "compartir", "social", "related", "relacionadas", "relacionados", "tambien",
    "cookie", "cookies", "newsletter", "boletin", "subscribe", "suscripcion", "signup",
    "comments", "comment", "comentarios", "comentario", "sidebar", "columna", "popular",
    "leido", "visto", "footer", "pagina", "promo", "banner", "ad", "ads", "advert",
    "advertisement", "publicidad", "anuncio", "tags", "etiquetas", "topics", "temas",
    "encuesta", "poll", "masthead", "corrections", "toolbar", "tools", "kicker",
    "antetitulo", "contentinfo", "complementary", "widget", "print", "imprimir",
}  # fmt: skip
_PREFIXES = tuple(sorted(w for w in _FURNITURE if len(w) >= 5)) + ("readnext", "readmore")
_CAPTION = {"caption", "figcaption", "leyenda", "epigrafe", "piefoto", "pie"}
_BYLINE = {"byline", "autor", "author", "firma", "dateline", "fecha"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "pre", "body",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "center",
}  # fmt: skip
_WORDS = re.compile(r"[a-z]+")
_NAMING = ("class", "id", "role", "data-testid", "data-component")


def looks_like_html(text: str) -> bool:
    """A page, not prose that mentions a tag: it opens with markup and has a body or paragraphs."""
    head = text.lstrip()[:2048].lower()
    if not head.startswith("<"):
        return False
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(body|p|div|article|h1)[\s>]", head)
    )


def read_html(path: str, text: str) -> Extracted:
    """The article in ``text`` as blocks, or :class:`InputError` when there is none."""
    source = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str with an encoding decl
    try:
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
        root = lxml.html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, f"cannot be read as HTML ({exc})") from None
    _drop_furniture(root)
    title = _headline(root)
    main = _article(root, title)
    blocks: list[Block] = []
    starts = line_starts(source)
    if title is not None and (main is None or not _inside(title, main)):
        blocks.append(_block("title", title.text_content(), title, starts))
    if main is not None:
        blocks.extend(_blocks(main, title, starts))
    if title is None:
        page_title = root.findtext(".//title") or ""
        name = max(re.split(r"\s+(?:\||-|–|—|::)\s+", page_title), key=len, default="")
        blocks.insert(0, Block("title", clean(name), 0, 1))
    extracted = join_blocks(path, "html", blocks)
    if not extracted.text.strip():
        raise InputError(path, "is an HTML page with no article text found")
    return extracted


def _words(element) -> set[str]:
    names = " ".join(element.get(a, "") for a in _NAMING).lower()
    return set(_WORDS.findall(names)) | {n.replace("-", "").replace("_", "") for n in names.split()}


def _furniture(element) -> bool:
    if not isinstance(element.tag, str):
        return False
    if element.tag in _NEVER_TEXT or element.get("hidden") is not None:
        return True
    if element.get("aria-hidden") == "true":
        return True
    if re.search(r"display\s*:\s*none", element.get("style", "")):
        return True
    words = _words(element)
    # A caption ("pie de foto") wins over furniture ("pie de página" is a footer).
    if words & _CAPTION and "pagina" not in words:
        return False
    # Long furniture words also as prefixes: "relatedposts", "advertisement", "sharedaddy".
    return bool(words & _FURNITURE) or any(w.startswith(_PREFIXES) for w in words)


def _drop_furniture(root) -> None:
    for element in list(root.iter()):
        if element.getparent() is not None and _furniture(element):
            element.drop_tree()


def _headline(root):
    heads = root.findall(".//h1")
    return max(heads, key=lambda h: len(clean(h.text_content())), default=None)


def _inside(element, ancestor) -> bool:
    return any(a is ancestor for a in element.iterancestors()) or element is ancestor


def _article(root, title):
    """The lowest element holding the most paragraph text and the headline."""
    scores: dict = {}
    for element in root.iter("p", "td", "div", "blockquote", "li"):
        own = clean((element.text or "") + "".join(c.tail or "" for c in element))
        text = clean(element.text_content()) if element.tag in ("p", "blockquote") else own
        if len(text) < 10:
            continue
        parent = element.getparent() if element.tag in ("p", "blockquote", "li") else element
        for k, holder in enumerate([parent, *list(parent.iterancestors())[:1]]):
            if holder is not None:
                scores[holder] = scores.get(holder, 0) + len(text) / (1 + k)
    if not scores:  # no paragraph at all: the article element, else the whole body
        return next(iter(root.iter("article", "main", "body")), title)
    best = max(scores, key=scores.get)
    if title is None or _inside(title, best):
        return best
    ancestors = set(best.iterancestors())
    return next((a for a in title.iterancestors() if a in ancestors), best)


def _kind(element, title) -> str:
    for node in [element, *element.iterancestors()]:
        if node is title:
            return "title"
        tag = node.tag
        words = _words(node)
        if tag == "figcaption" or (words & _CAPTION and "pagina" not in words):
            return "caption"
        if tag == "blockquote":
            return "quote"
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return "heading"
        if words & _BYLINE:
            return "byline"
        if tag == "li":
            return "item"
        if tag in ("article", "main", "body"):
            break
    return "paragraph"


def _block(kind: str, text: str, element, starts: list[int]) -> Block:
    line = element.sourceline or 1
    return Block(kind, clean(text), starts[min(line, len(starts)) - 1], line)


def _blocks(main, title, starts: list[int]) -> list[Block]:
    """Blocks in reading order: a block tag or a <br> ends the text gathered so far."""
    blocks: list[Block] = []
    pieces: list[str] = []
    linked = [0]  # characters of the block inside links
    opener = [main]

    def flush(next_opener) -> None:
        text = clean("".join(pieces))
        kind = _kind(opener[0], title)
        # A run of links ("Print | Send to a friend") is page furniture, not a paragraph.
        if text and not (kind in ("paragraph", "item") and linked[0] > 0.6 * len(text)):
            blocks.append(_block(kind, text, opener[0], starts))
        pieces.clear()
        linked[0] = 0
        opener[0] = next_opener

    def add(text: str, holder, in_link: bool) -> None:
        if text.strip() and not "".join(pieces).strip():
            opener[0] = holder  # the block is what its first words are in
        pieces.append(text)
        linked[0] += len(clean(text)) if in_link else 0

    def walk(element, in_link: bool = False) -> None:
        is_block = element.tag in _BLOCK_TAGS or element.tag == "br"
        in_link = in_link or element.tag == "a"
        if is_block:
            flush(element)
        if element.text and element.tag != "br":
            add(element.text, element, in_link)
        for child in element:
            if isinstance(child.tag, str):
                walk(child, in_link)
            if child.tail:
                add(child.tail, child if child.tag == "br" else element, in_link)
        if is_block:
            flush(element.getparent() if element.getparent() is not None else main)

    walk(main)
    flush(main)
    return blocks
