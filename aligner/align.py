"""Monotone alignment by dynamic programming, coarse to fine.

The DP finds the cheapest sequence of beads (x-y with x + y <= max_bead, plus
1-0 and 0-1) that covers both documents. Its search space is a band of target
columns per source row. For short documents the band is every column; for long
ones the documents are first summarised by pooling neighbouring sentences
(halving their length, recursively, as in Vecalign), aligned at that coarse
level, and the coarse path, projected back, gives a band of fixed width. The
work therefore grows linearly with document length.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aligner.score import BeadScorer, SideFeatures, Weights

FULL_SEARCH_CELLS = 120_000  # below this many cells, search everything
BAND_GRID = 16


@dataclass(frozen=True)
class Path:
    """Beads as (src_start, src_end, tgt_start, tgt_end) half-open ranges, with costs."""

    spans: list[tuple[int, int, int, int]]
    costs: list[float]
    # Per bead: how much more the best path through a nearby *other* boundary costs
    # than the best path (min-marginal gap). Small means an alternative bead split
    # was almost as good, which is what makes a bead doubtful.
    gaps: list[float] | None = None


def bead_types(max_bead: int) -> list[tuple[int, int]]:
    types = [(1, 0), (0, 1)]
    types += [(a, b) for a in range(1, max_bead) for b in range(1, max_bead) if a + b <= max_bead]
    return types


def full_windows(n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1, dtype=np.int64)


def run_dp(
    scorer: BeadScorer,
    n: int,
    m: int,
    lo: np.ndarray,
    hi: np.ndarray,
    types: list[tuple[int, int]],
    with_gaps: bool = False,
) -> Path:
    """Cheapest path from (0, 0) to (n, m) inside the band lo[i] <= j < hi[i]."""
    width = int((hi - lo).max())
    total = np.full((n + 1, width), np.inf)
    choice = np.full((n + 1, width), -1, dtype=np.int8)
    step = np.zeros((n + 1, width))
    for i in range(n + 1):
        cols = np.arange(lo[i], hi[i])
        row_total = np.full(len(cols), np.inf)
        row_choice = np.full(len(cols), -1, dtype=np.int8)
        row_step = np.zeros(len(cols))
        if i == 0:
            row_total[cols == 0] = 0.0
        costs = scorer.row_costs(i, cols, types) if len(cols) else {}
        for k, (a, b) in enumerate(types):
            if a > i or (a, b) not in costs:
                continue
            prev_cols = cols - b
            if a == 0:
                # 0-b beads stay on this row: handled below in column order.
                continue
            prev = _lookup(total[i - a], lo[i - a], hi[i - a], prev_cols)
            candidate = prev + costs[(a, b)]
            better = candidate < row_total
            row_total = np.where(better, candidate, row_total)
            row_choice = np.where(better, k, row_choice)
            row_step = np.where(better, costs[(a, b)], row_step)
        # 0-1 beads move right within the row, so they chain: a left-to-right scan.
        k01 = types.index((0, 1))
        null = scorer.w.null
        for c in range(1, len(cols)):
            candidate = row_total[c - 1] + null
            if candidate < row_total[c]:
                row_total[c] = candidate
                row_choice[c] = k01
                row_step[c] = null
        total[i, : len(cols)] = row_total
        choice[i, : len(cols)] = row_choice
        step[i, : len(cols)] = row_step
    path = _backtrack(choice, step, lo, n, m, types)
    if not with_gaps:
        return path
    backward = _backward(scorer, n, m, lo, hi, types, width)
    gaps = _boundary_gaps(path, total + backward, lo, hi, n, m)
    return Path(path.spans, path.costs, gaps)


def _backward(scorer, n, m, lo, hi, types, width) -> np.ndarray:
    """Cheapest cost from each cell (i, j) to (n, m): the DP run from the other end.

    Bead costs are recomputed row by row (as the forward pass did) rather than
    stored, so memory stays one table of floats.
    """
    rest = np.full((n + 1, width), np.inf)
    rest[n, m - lo[n]] = 0.0
    null = scorer.w.null
    for r in range(n, -1, -1):
        cols = np.arange(lo[r], hi[r])
        row = rest[r, : len(cols)]
        for c in range(len(cols) - 2, -1, -1):
            row[c] = min(row[c], null + row[c + 1])
        if r == 0 or not len(cols):
            continue
        costs = scorer.row_costs(r, cols, types)
        for (a, b), cost in costs.items():
            if a == 0:
                continue
            start = cols - b - lo[r - a]
            valid = (cols - b >= lo[r - a]) & (cols - b < hi[r - a]) & np.isfinite(cost)
            target = rest[r - a]
            target[start[valid]] = np.minimum(target[start[valid]], cost[valid] + row[valid])
    return rest


GAP_CAP = 3.0


def _boundary_gaps(path: Path, through: np.ndarray, lo, hi, n: int, m: int) -> list[float]:
    """For each bead, the smaller min-marginal gap of its two end points."""
    best = float(through[n, m - lo[n]])
    on_path = {(0, 0)} | {(s1, t1) for _s0, s1, _t0, t1 in path.spans}

    def gap(i: int, j: int) -> float:
        if (i, j) in ((0, 0), (n, m)):
            return GAP_CAP
        rivals = []
        for di, dj in ((0, -2), (0, -1), (0, 1), (0, 2), (-1, 0), (1, 0), (-2, 0), (2, 0)):
            qi, qj = i + di, j + dj
            if 0 <= qi <= n and lo[qi] <= qj < hi[qi] and (qi, qj) not in on_path:
                rivals.append(float(through[qi, qj - lo[qi]]))
        if not rivals:
            return GAP_CAP
        return float(min(GAP_CAP, max(0.0, min(rivals) - best)))

    return [min(gap(s0, t0), gap(s1, t1)) for s0, s1, t0, t1 in path.spans]


def _lookup(row: np.ndarray, lo: int, hi: int, cols: np.ndarray) -> np.ndarray:
    inside = (cols >= lo) & (cols < hi)
    out = np.full(len(cols), np.inf)
    out[inside] = row[cols[inside] - lo]
    return out


def _backtrack(choice, step, lo, n, m, types) -> Path:
    i, j = n, m
    spans, costs = [], []
    while i > 0 or j > 0:
        k = int(choice[i, j - lo[i]])
        if k < 0:
            raise RuntimeError("alignment search found no path (band too narrow)")
        a, b = types[k]
        spans.append((i - a, i, j - b, j))
        costs.append(float(step[i, j - lo[i]]))
        i, j = i - a, j - b
    spans.reverse()
    costs.reverse()
    return Path(spans, costs)


def pool(side: SideFeatures) -> SideFeatures:
    """Halve a document by pooling sentence pairs: the coarse view for the first pass."""
    n = len(side)
    pairs = np.arange(0, n, 2)
    ends = np.minimum(pairs + 1, n - 1)
    vectors = None
    if side.vectors is not None:
        summed = side.vectors[pairs] + np.where((ends > pairs)[:, None], side.vectors[ends], 0)
        vectors = summed / np.maximum(np.linalg.norm(summed, axis=1, keepdims=True), 1e-12)
    odd = ends > pairs
    return SideFeatures(
        vectors=vectors,
        lengths=side.lengths[pairs] + np.where(odd, side.lengths[ends], 0),
        numbers=side.numbers[pairs] | np.where(odd[:, None], side.numbers[ends], 0),
        subwords=side.subwords[pairs] | np.where(odd[:, None], side.subwords[ends], 0),
        paragraph_end=side.paragraph_end[ends],
        paragraph=side.paragraph[ends],
    )


def band_from_path(coarse: Path, n: int, m: int, half_width: int) -> tuple[np.ndarray, np.ndarray]:
    """Project a coarse path (pooled by 2) onto the full grid and widen it."""
    center_lo = np.full(n + 1, m, dtype=np.int64)
    center_hi = np.zeros(n + 1, dtype=np.int64)
    for s0, s1, t0, t1 in coarse.spans:
        rows = np.arange(min(2 * s0, n), min(2 * s1, n) + 1)
        center_lo[rows] = np.minimum(center_lo[rows], min(2 * t0, m))
        center_hi[rows] = np.maximum(center_hi[rows], min(2 * t1, m))
    lo = np.maximum(center_lo - half_width, 0)
    hi = np.minimum(center_hi + half_width + 1, m + 1)
    # Keep the band monotone so every cell can be reached from (0, 0).
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    # Snap to a coarse grid: neighbouring rows then share a window, and the scorer
    # reuses that window's target spans instead of rebuilding them per row.
    lo = (lo // BAND_GRID) * BAND_GRID
    hi = np.minimum(-(-hi // BAND_GRID) * BAND_GRID, m + 1)
    lo[0], hi[-1] = 0, m + 1
    return lo, hi


def find_path(
    src: SideFeatures,
    tgt: SideFeatures,
    weights: Weights,
    max_bead: int = 5,
    band: int = 24,
    with_gaps: bool = True,
) -> Path:
    """Align two documents' sentences; recursion pools both sides until a full search is cheap."""
    n, m = len(src), len(tgt)
    types = bead_types(max_bead)
    scorer = BeadScorer(src, tgt, weights)
    if n == 0 or m == 0 or (n + 1) * (m + 1) <= FULL_SEARCH_CELLS:
        lo, hi = full_windows(n, m)
        return run_dp(scorer, n, m, lo, hi, types, with_gaps)
    coarse = find_path(
        pool(src), pool(tgt), weights, max_bead=min(max_bead, 3), band=band, with_gaps=False
    )
    lo, hi = band_from_path(coarse, n, m, band)
    return run_dp(scorer, n, m, lo, hi, types, with_gaps)
