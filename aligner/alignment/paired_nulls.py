"""Two single nulls side by side that translate each other become one 1-1 bead.

A sentence the translation rewrote in part (a quotation credited to someone else, a
clause left out) can cost more as a 1-1 bead than as two nulls, and the DP then leaves
both out next to each other: the source sentence reads as an omission and the
translation's as an addition, and the drift checks never compare them. The clean gold
alignments of Text+Berg and the corpora hold one such pair in about 1,400 beads; the
damaged copies bench/testsets.py makes hold more (a sentence replaced by an unrelated
one), and those two sentences do not match. Where the two sentences' vectors match as
well as the document's own 1-1 beads do (above their 10th percentile,
:data:`aligner.alignment.crossing.MATCH_PERCENTILE`), they are one bead with drift in it.
On every benchmark set no document changes (`bench/paired_nulls.py`, docs/benchmarks.md
"Session 30 (lead)"): the 150 such pairs the engine leaves there all match far below
the threshold.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import numpy as np

from aligner.alignment.crossing import MATCH_PERCENTILE
from aligner.alignment.junction import bead_cost
from aligner.alignment.score import BeadScorer
from aligner.alignment.search import Path

# The percentile of the document's 1-1 cosines a pair must pass (in the signature).
PAIRED_AT = MATCH_PERCENTILE
# Switched off only by bench/paired_nulls.py, to measure what the join changes.
ENABLED = True


def pair_nulls(path: Path, scorer: BeadScorer | Callable[[], BeadScorer]) -> Path:
    """``path`` with each matching source null and target null side by side joined;
    ``scorer`` (or a function making it, called only when there is such a pair) prices
    the joined beads."""
    spans = path.spans
    if not ENABLED or not any(_joined(a, b) for a, b in pairwise(spans)):
        return path
    scorer = scorer if isinstance(scorer, BeadScorer) else scorer()
    src, tgt = scorer.src.vectors, scorer.tgt.vectors
    if src is None or tgt is None:
        return path
    ones = [float(src[s0] @ tgt[t0]) for s0, s1, t0, t1 in spans if s1 - s0 == 1 == t1 - t0]
    if not ones:
        return path
    threshold = float(np.percentile(ones, PAIRED_AT))
    out_spans, costs = list(spans), list(path.costs)
    gaps = list(path.gaps) if path.gaps is not None else None
    k = 0
    while k + 1 < len(out_spans):
        joined = _joined(out_spans[k], out_spans[k + 1])
        if joined is None or float(src[joined[0]] @ tgt[joined[2]]) <= threshold:
            k += 1
            continue
        out_spans[k : k + 2] = [joined]
        costs[k : k + 2] = [bead_cost(scorer, joined)]
        if gaps is not None:
            gaps[k : k + 2] = [0.0]  # the DP preferred the nulls: a close call
        k += 1
    if len(out_spans) == len(spans):
        return path
    return Path(out_spans, costs, gaps)


def _joined(
    a: tuple[int, int, int, int], b: tuple[int, int, int, int]
) -> tuple[int, int, int, int] | None:
    """The 1-1 span of a single source null and a single target null side by side."""
    (a0, a1, a2, a3), (b0, b1, b2, b3) = a, b
    sizes = (a1 - a0, a3 - a2, b1 - b0, b3 - b2)
    if sizes == (1, 0, 0, 1) or sizes == (0, 1, 1, 0):
        return (min(a0, b0), max(a1, b1), min(a2, b2), max(a3, b3))
    return None
