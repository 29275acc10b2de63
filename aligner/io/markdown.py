"""Read Markdown as a reader sees it: blocks without the markup, each mapped to its line.

Enough of CommonMark for articles kept in Markdown: front matter, ATX and setext
headings, paragraphs (lines joined), block quotes, list items, fenced and indented code
(left out: not prose to translate), images (their alt text becomes a caption), links
(their text kept), emphasis, inline code and HTML tags stripped.
"""

from __future__ import annotations

import re

from aligner.io.extracted import Block, Extracted, clean, join_blocks, line_starts

EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd")

_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_QUOTE = re.compile(r"^ {0,3}>\s?")
_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])\s+")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_IMAGE_ONLY = re.compile(r"^\s*!\[([^\]]*)\]\([^)]*\)\s*$")
_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image → alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # link → its text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference link
    (re.compile(r"<[^>\n]+>"), ""),  # inline HTML
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),
]


def looks_like_markdown(text: str) -> bool:
    """Headings and links/emphasis together: a file with no telling extension that is Markdown."""
    lines = text[:8192].splitlines()
    headings = sum(1 for line in lines if _HEADING.match(line))
    marks = len(re.findall(r"\]\([^)]+\)|\*\*\S", text[:8192]))
    return text.startswith("---\n") or (headings >= 1 and marks >= 1) or headings >= 2


def inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return clean(text)


def read_markdown(path: str, text: str) -> Extracted:
    lines = text.splitlines()
    starts = line_starts(text)
    blocks: list[Block] = []
    current: list[str] = []
    kind, first = "paragraph", 0

    def flush() -> None:
        if current:
            body = inline(" ".join(current))
            blocks.append(Block(kind, body, starts[first], first + 1))
            current.clear()

    k = _front_matter_end(lines)
    fence = None
    while k < len(lines):
        line = lines[k]
        if fence:
            fence = None if line.strip().startswith(fence) else fence
        elif _FENCE.match(line):
            flush()
            fence = _FENCE.match(line).group(1)
        elif not line.strip() or (_RULE.match(line) and not current):
            flush()
        elif current and kind == "paragraph" and _SETEXT.match(line):
            kind = "title" if not blocks and _SETEXT.match(line).group(1)[0] == "=" else "heading"
            flush()
        elif heading := _HEADING.match(line):
            flush()
            kind, first = ("title" if heading.group(1) == "#" else "heading"), k
            current.append(heading.group(2))
            flush()
        elif line.startswith(("    ", "\t")) and not current:
            pass  # indented code
        elif quote := _QUOTE.match(line):
            if kind != "quote":
                flush()
                kind, first = "quote", k
            current.append(line[quote.end() :])
        elif item := _ITEM.match(line):
            flush()
            kind, first = "item", k
            current.append(line[item.end() :])
        elif image := _IMAGE_ONLY.match(line):
            flush()
            kind, first = "caption", k
            current.append(image.group(1))
            flush()
        else:  # a paragraph line, or the lazy continuation of a quote or an item
            if not current:
                kind, first = "paragraph", k
            current.append(line)
        k += 1
        if not current:
            kind = "paragraph"
    flush()
    return join_blocks(path, "markdown", blocks)


def _front_matter_end(lines: list[str]) -> int:
    """The first line after YAML front matter (--- … ---), or 0 when there is none."""
    if not lines or lines[0].strip() != "---":
        return 0
    for k in range(1, len(lines)):
        if lines[k].strip() in ("---", "..."):
            return k + 1
    return 0
