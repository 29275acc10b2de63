"""Where a sentence says its bead goes on: the second pass's price for a bead ending there.

Presegmented text (Text+Berg, a translation memory's export) is cut by someone else's
segmenter, and it cuts inside sentences, after an initial or an abbreviation ("… avec
Gyalzen ( n° 57 du rôle des sherpas de l' H ." | "C ) ."). The aligner's evidence is per
bead (meaning, length, words), and a fragment at a bead's edge costs it little, so the
second pass ended beads on the fragment and left its continuation as a null or in the next
bead (docs/benchmarks.md, tb20). And a sentence that opens an item ("1. Kangchenjunga .",
"a )", "- ") starts a bead: where both sides open one next, a bead ends there. Each sentence
gets flags here; the scorer adds ``Weights.boundary_fragment`` to every bead (null beads
too) that ends on a fragment and takes ``boundary_item`` off a bead whose next sentences
open an item on both sides (score.py). A sentence ending inside a bracket, or on a colon or
semicolon, is no such evidence (French cuts at ";" where German does not; tried, tb20).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from aligner.lang import profile

FRAGMENT = 1  # ends with a lone initial or abbreviation
ITEM_NEXT = 2  # the next sentence opens an item ("1.", "12.", "a )", "- ") or a dialogue line

# "… l' H ." / "Leiter Ch ." / "( Nov ." : a capitalised token of one or two letters, or a
# title/month abbreviation, standing alone before a final period set apart from it, as a
# tokeniser sets apart the period it took for a sentence's end ("Série B." is left alone:
# an untokenised text's period says nothing of the kind).
_LAST_TOKEN = re.compile(r"(?:^|[\s(])([^\W\d_]{1,4})\s+\.$")
_ITEM = re.compile(r"^\s*(?:(?:\d{1,2}|[a-z])\s?[.)]|[-–—•])\s")


def ends_with_abbreviation(text: str, language: str) -> bool:
    """Whether the text's last word before its final period is an initial ("H", "Ch") or,
    capitalised, a title or month abbreviation ("No", "Nov"): the segmenter cut there."""
    stripped = text.strip()
    match = _LAST_TOKEN.search(stripped)
    if match is None or len(stripped.split()) < 3:
        return False
    token = match.group(1)
    if not token[0].isupper():
        return False
    if len(token) <= 2 and (len(token) == 1 or token[1].islower()):
        return True
    lang = profile(language)
    return token.lower() in lang.prefix_abbreviations or _month_abbreviation(
        token.lower(), lang.month_names
    )


def _month_abbreviation(word: str, months: Sequence[tuple[str, int]]) -> bool:
    """Whether ``word`` is a month's name cut short ("nov", not "mai" or "june")."""
    names = {name for name, _number in months}
    return len(word) >= 3 and word not in names and any(n.startswith(word) for n in names)


def end_flags(texts: Sequence[str], language: str, given: np.ndarray | None = None) -> np.ndarray:
    """Per sentence, the bit flags above (int8), on top of flags ``given`` by the caller
    (debris.py: the first half of a sentence a debris line was taken out of)."""
    flags = np.zeros(len(texts), dtype=np.int8)
    if given is not None and len(given) == len(texts):
        flags |= given
    for i, text in enumerate(texts):
        if ends_with_abbreviation(text, language):
            flags[i] |= FRAGMENT
        if i + 1 < len(texts) and _ITEM.match(texts[i + 1]):
            flags[i] |= ITEM_NEXT
    return flags


def end_costs(flags: np.ndarray | None, fragment: float) -> np.ndarray | None:
    """The cost of a bead ending on each sentence: ``fragment`` after a fragment; None
    without flags or weight."""
    if flags is None or not fragment:
        return None
    return fragment * ((flags & FRAGMENT) > 0).astype(np.float64)


def span_ends(
    span: dict, flags: np.ndarray | None, costs: np.ndarray | None, last: np.ndarray, item: float
) -> None:
    """Into the scorer's span fields: the cost of spans ending on sentences ``last``
    ("end") and, when ``item`` weighs, whether an item opens next ("item")."""
    if costs is not None:
        span["end"] = costs[last]
    if flags is not None and item:
        span["item"] = (flags[last] & ITEM_NEXT) > 0
