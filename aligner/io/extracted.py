"""Text read out of a formatted file (HTML, DOCX, Markdown), with a map back to the file.

Every reader returns blocks (a title, a paragraph, a caption…) in reading order. The
text aligner works on is the blocks joined by blank lines, so each block is its own
paragraph; each block remembers where it came from in the user's file, so an offset in
the text (a sentence's ``start``) can be turned back into a place in the original.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# What a block is. A caption or a byline is kept (a translator checks it too) but marked,
# so a report can tell it from the running text.
KINDS = ("title", "heading", "paragraph", "quote", "caption", "byline", "item")

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Block:
    kind: str
    text: str
    # Where the block starts in the original: a character offset into the decoded file and
    # its 1-based line (HTML, Markdown, text), or the paragraph number in a DOCX body.
    source_offset: int
    source_line: int


@dataclass(frozen=True)
class Extracted:
    path: str
    format: str  # "text", "html", "docx", "markdown"
    text: str
    blocks: tuple[Block, ...]
    starts: tuple[int, ...]  # offset of each block in ``text``

    def block_at(self, offset: int) -> Block | None:
        """The block holding ``offset`` of the text; None for plain text (file offsets)."""
        if not self.blocks:
            return None
        k = bisect.bisect_right(self.starts, offset) - 1
        return self.blocks[max(k, 0)]

    def source_offset(self, offset: int) -> int:
        """Where ``offset`` of the text lies in the original file (its block's start there)."""
        block = self.block_at(offset)
        return offset if block is None else block.source_offset


def clean(text: str) -> str:
    """One line, single spaces: what a browser shows of a block's text."""
    return _SPACE.sub(" ", text).strip()


def join_blocks(path: str, fmt: str, blocks: list[Block]) -> Extracted:
    """The text of the blocks, one paragraph each, and where each starts in it."""
    kept = [b for b in blocks if b.text]
    starts, position = [], 0
    for block in kept:
        starts.append(position)
        position += len(block.text) + 2
    text = "\n\n".join(b.text for b in kept) + ("\n" if kept else "")
    return Extracted(path, fmt, text, tuple(kept), tuple(starts))


def plain(path: str, text: str) -> Extracted:
    """Plain text is its own map: offsets are the file's."""
    return Extracted(path, "text", text, (), ())


def line_starts(text: str) -> list[int]:
    """Offset of the first character of each line (index 0 is line 1)."""
    return [0] + [m.end() for m in re.finditer(r"\n", text)]
