"""A superlative said of one among others: "one of the top honours", "de los más
grandes", "entre las mejores". The degree check reads it as its own class, so that it
answers the same on the other side but does not keep a source's plain top one ("el
máximo galardón" → "one of the top honours" drops it); the ranking check
(:mod:`aligner.drift.modality`) says which way the rank moved.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.text import Tok

# The words before a superlative (or its first word, "de los más") that rank it among
# others, in the languages read.
_AMONG = ("one of the", "among the", "de los", "de las", "entre los", "entre las")


def ranked_among(ws: Sequence[Tok], start: int) -> bool:
    """Whether the superlative cue starting at word ``start`` ranks among others."""
    around = " ".join(t.norm for t in ws[max(0, start - 3) : start + 1])
    return any(p in around for p in _AMONG)
