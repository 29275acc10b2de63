"""How often each side's sentences are left out, read from the first path: a document's
own prior for the second pass's null beads.

A translation that adds (a translator's notes, headings, segments cut from one sentence)
leaves many target sentences unaligned and few source ones; one with passages deleted
does the opposite. The first path, aligned on pooled vectors, already shows which way a
document leans. The second pass then makes a null dearer on the side that the first path
leaves out far less often than the other: ``Weights.null_asymmetry`` times this side's
*lean*, the log of the other side's first-path null count over its own, both counts
smoothed by :data:`SMOOTHING` so that a short document's one or two nulls say little.
A source sentence that the French summarises with its neighbour (Text+Berg) then joins
that neighbour's bead instead of being left out, while a document whose first path
leaves out source sentences as often as target ones keeps one null cost.
"""

from __future__ import annotations

import math

from aligner.alignment.search import Path

# Pseudo-nulls added to each side's count: a document needs about this many more nulls
# on one side than the other before its lean is worth a log unit's fraction.
SMOOTHING = 5.0


def null_counts(path: Path) -> tuple[int, int]:
    """The path's source-only (1-0) and target-only (0-1) beads."""
    src = sum(1 for s0, s1, t0, t1 in path.spans if s1 > s0 and t1 == t0)
    tgt = sum(1 for s0, s1, t0, t1 in path.spans if t1 > t0 and s1 == s0)
    return src, tgt


def side_leans(path: Path, smoothing: float = SMOOTHING) -> tuple[float, float]:
    """(source, target) leans: log((other side's nulls + s) / (own nulls + s)), at least 0.
    At most one of the two is above 0."""
    src, tgt = null_counts(path)
    lean = math.log((tgt + smoothing) / (src + smoothing))
    return max(0.0, lean), max(0.0, -lean)
