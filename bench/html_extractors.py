"""Compare HTML article extractors on the pages in tests/fixtures/html (docs/formats.md).

For each page and extractor: recall (share of the article's words, as written in the
page's gold file, that the extractor returns), noise (share of the returned words that
are not the article's), and whether the caption is returned and marked as a caption.
Words are compared as multisets of lower-cased word tokens.

    python bench/html_extractors.py

aligner's reader needs nothing more; trafilatura and readability-lxml are measured when
installed. Install them one at a time (``pip install trafilatura`` then
``pip install readability-lxml``): asked for together, pip's resolver stops on their
clashing spellings of lxml's html-clean extra, which is also why they are not in the
``bench`` extra.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
PAGES = os.path.join(HERE, "..", "tests", "fixtures", "html")
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(text))


def gold(name: str) -> tuple[str, list[str]]:
    with open(name, encoding="utf-8") as handle:
        rows = [line.split("\t", 1) for line in handle]
    text = "\n".join(t.strip() for _k, t in rows)
    return text, [t.strip() for k, t in rows if k == "caption"]


def aligner_rules(html: str) -> tuple[str, list[str]]:
    from aligner.io.html import read_html

    found = read_html("page.html", html)
    return found.text, [b.text for b in found.blocks if b.kind == "caption"]


def trafilatura_default(html: str) -> tuple[str, list[str]]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    title = trafilatura.extract_metadata(html).title or ""
    return title + "\n" + text, []  # plain-text output carries no caption marks


def trafilatura_xml(html: str) -> tuple[str, list[str]]:
    """The XML output, the one that could mark captions (it has no <caption> for figures)."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(html, output_format="xml", include_images=True) or "<doc/>"
    root = etree.fromstring(xml.encode())
    text = " ".join(root.itertext())
    captions = [" ".join(e.itertext()) for e in root.iter("caption", "figcaption")]
    return (root.get("title") or "") + "\n" + text, captions


def readability(html: str) -> tuple[str, list[str]]:
    import lxml.html
    from readability import Document

    doc = Document(html)
    body = lxml.html.fromstring(doc.summary())
    captions = [c.text_content() for c in body.iter("figcaption")]
    return doc.short_title() + "\n" + body.text_content(), captions


EXTRACTORS = {
    "aligner (lxml+rules)": aligner_rules,
    "trafilatura 2 (text)": trafilatura_default,
    "trafilatura 2 (xml)": trafilatura_xml,
    "readability-lxml": readability,
}


def score(found: str, expected: str) -> tuple[float, float]:
    got, want = words(found), words(expected)
    hit = sum((got & want).values())
    return hit / max(1, sum(want.values())), 1 - hit / max(1, sum(got.values()))


def pages() -> list[tuple[str, str]]:
    """(set, page): the pages the rules were written against, then those written after."""
    found = []
    for label, folder in (("dev", PAGES), ("held-out", os.path.join(PAGES, "heldout"))):
        found += [(label, os.path.join(folder, n)) for n in sorted(os.listdir(folder))
                  if n.endswith(".html")]  # fmt: skip
    return found


def main() -> None:
    print("| set | page | extractor | recall | noise | caption kept | caption marked |")
    print("|---|---|---|---|---|---|---|")
    for group, path in pages():
        with open(path, encoding="utf-8") as handle:
            html = handle.read()
        name = os.path.basename(path)
        expected, captions = gold(path.replace(".html", ".gold.tsv"))
        for label, extract in EXTRACTORS.items():
            try:
                text, marked = extract(html)
            except ImportError:
                continue
            recall, noise = score(text, expected)
            kept = all(c[:40].lower() in " ".join(text.split()).lower() for c in captions)
            tagged = all(any(c[:40] in " ".join(m.split()) for m in marked) for c in captions)
            print(f"| {group} | {name} | {label} | {recall:.3f} | {noise:.3f} | "
                  f"{'yes' if kept else 'no'} | {'yes' if tagged else 'no'} |")  # fmt: skip


if __name__ == "__main__":
    main()
