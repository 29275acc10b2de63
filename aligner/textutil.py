"""Small helpers over strings and their spans, shared by several stages."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def fold_accents(text: str) -> str:
    """Accent- and case-free form for matching across languages: "Chávez" → "chavez"."""
    if text.isascii():  # nothing to decompose: the common case, and a hot path
        return text.lower()
    if len(text) <= 40:  # words repeat: remember them
        return _fold_short(text)
    return _fold(text)


class _Marks(dict):
    """str.translate's table that drops combining marks: each code point judged once."""

    def __missing__(self, code: int) -> int | None:
        kept = self[code] = None if unicodedata.combining(chr(code)) else code
        return kept


_DROP_MARKS = _Marks()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).translate(_DROP_MARKS).casefold()


_fold_short = lru_cache(maxsize=1 << 16)(_fold)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance with one rolling row."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def shared_prefix(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` share from their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def quote(text: str, limit: int = 160) -> str:
    """«text» for a message, whitespace folded; a long text is cut at a word boundary near
    the middle rather than at its end, so both its start and its end (where a dropped
    clause or the figure often sits) stay readable."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return f"«{text}»"
    half = (limit - 3) // 2
    head = text[:half].rsplit(" ", 1)[0] or text[:half]
    tail = text[-half:].split(" ", 1)[-1] or text[-half:]
    return f"«{head} … {tail}»"


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Half-open ranges sorted, overlapping or touching ones joined: [(3, 5), (0, 3)] -> [(0, 5)]
    (a quotation mask, a region of beads)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
