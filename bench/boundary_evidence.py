"""What the gold says of the boundary flags, for the leave-one-piece-out folds' starts.

bench/calibrate.py --overlap leaves one quarter of Text+Berg dev out in turn and searches
the second pass's weights on the rest by strict F1, a move kept only if it gains MIN_GAIN.
A boundary rule (aligner/alignment/boundary.py) that fixes a bead in one piece only gains
nothing in the folds without that piece, so they keep it off, although their own gold says
the same as the held-out piece's: Text+Berg's gold never ends a bead on a fragment, and
almost always ends one before a numbered item (docs/benchmarks.md, tb21). F1 cannot see
that in ~300 beads; the gold's boundaries can. With ``--evidence-starts`` a fold starts a
boundary weight at its grid's smallest step when its own training gold shows the flag's
sign (a one-sided binomial test against the rate at which any sentence ends a bead), and
at 0 otherwise; the F1 search then moves it as before. Nothing here reads the held-out
piece.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np

from aligner.alignment.boundary import FRAGMENT, ITEM_NEXT
from aligner.types import Bead

# weight -> (flag, whether the gold ends a bead on a flagged sentence less often than on
# any sentence: a fragment is dearer to end on, a sentence before an item cheaper)
BOUNDARY_EVIDENCE = {
    "boundary_fragment": (FRAGMENT, True),
    "boundary_item": (ITEM_NEXT, False),
}
EVIDENCE_P = 0.05  # one-sided


def end_counts(
    beads: Iterable[Bead], src_flags: np.ndarray, tgt_flags: np.ndarray
) -> dict[int, list[int]]:
    """Over both sides' sentences the ``beads`` hold: [sentences, those ending their bead]
    for every sentence (key 0) and for those carrying each flag."""
    counts = {0: [0, 0], FRAGMENT: [0, 0], ITEM_NEXT: [0, 0]}
    for bead in beads:
        for side, flags in ((bead.src, src_flags), (bead.tgt, tgt_flags)):
            for i in side:
                ends = int(i == side[-1])
                for flag in counts:
                    if flag == 0 or int(flags[i]) & flag:
                        counts[flag][0] += 1
                        counts[flag][1] += ends
    return counts


def add_counts(total: dict[int, list[int]], more: dict[int, list[int]]) -> None:
    for flag, (n, k) in more.items():
        total[flag][0] += n
        total[flag][1] += k


def binomial_tail(k: int, n: int, p: float, lower: bool) -> float:
    """P(X <= k) (``lower``) or P(X >= k) for X ~ Binomial(n, p)."""
    values = range(0, k + 1) if lower else range(k, n + 1)
    return min(1.0, sum(math.comb(n, j) * p**j * (1 - p) ** (n - j) for j in values))


def supported(counts: dict[int, list[int]], key: str, level: float = EVIDENCE_P) -> bool:
    """Whether the counts show weight ``key``'s sign at ``level``."""
    flag, lower = BOUNDARY_EVIDENCE[key]
    n, k = counts[flag]
    if n == 0 or counts[0][0] == 0:
        return False
    return binomial_tail(k, n, counts[0][1] / counts[0][0], lower) < level


def evidence_values(
    counts: dict[int, list[int]], keys: Sequence[str], grid: dict[str, Sequence[float]]
) -> dict[str, float]:
    """Each boundary key's start: its grid's smallest positive step when the gold shows
    its sign, else 0."""
    return {
        key: (min(v for v in grid[key] if v > 0) if supported(counts, key) else 0.0)
        for key in keys
        if key in BOUNDARY_EVIDENCE
    }
