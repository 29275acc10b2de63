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

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from aligner.alignment.blas import single_blas
from aligner.alignment.score import BeadScorer, SideFeatures, Weights

FULL_SEARCH_CELLS = 120_000  # below this many cells, search everything
BAND_GRID = 16
BLOCK_CELLS = 32_768  # rows scored together: enough to amortise numpy calls, small in memory
# Bead costs the forward pass keeps for a backward pass (8 MB); beyond, it scores again.
KEEP_COSTS = 1_000_000


@dataclass(frozen=True)
class Path:
    """Beads as (src_start, src_end, tgt_start, tgt_end) half-open ranges, with costs."""

    spans: list[tuple[int, int, int, int]]
    costs: list[float]
    # Per bead: how much more the best path through a nearby *other* boundary costs
    # than the best path (min-marginal gap). Small means an alternative bead split
    # was almost as good, which is what makes a bead doubtful.
    gaps: list[float] | None = None
    # Computes ``gaps`` on demand (``with_gaps="later"``): for a path that a second pass
    # may replace, the backward DP is run only if the path is kept.
    later: Callable[[], list[float]] | None = field(default=None, repr=False, compare=False)

    def with_gaps(self) -> Path:
        """This path with its gaps computed, if they were left for later."""
        if self.gaps is not None or self.later is None:
            return self
        return Path(self.spans, self.costs, self.later())


def bead_types(max_bead: int) -> list[tuple[int, int]]:
    types = [(1, 0), (0, 1)]
    types += [(a, b) for a in range(1, max_bead) for b in range(1, max_bead) if a + b <= max_bead]
    return types


def full_windows(n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1, dtype=np.int64)


@dataclass(frozen=True)
class Band:
    """The searched cells: row i covers target columns lo[i] <= j < hi[i].

    Rows are stored back to back in one flat array (``start[i]`` is where row i
    begins), not in an (n + 1) x max-width rectangle: a single wide row (a long
    run of insertions in the coarse path) would otherwise multiply the memory of
    every row.
    """

    lo: np.ndarray
    hi: np.ndarray
    start: np.ndarray

    @classmethod
    def of(cls, lo: np.ndarray, hi: np.ndarray) -> Band:
        widths = np.maximum(hi - lo, 0)
        start = np.zeros(len(lo) + 1, dtype=np.int64)
        np.cumsum(widths, out=start[1:])
        return cls(lo, hi, start)

    @property
    def cells(self) -> int:
        return int(self.start[-1])

    def row(self, table: np.ndarray, i: int) -> np.ndarray:
        return table[self.start[i] : self.start[i + 1]]

    def index(self, i: int, j: int) -> int:
        return int(self.start[i] + j - self.lo[i])

    def inside(self, i: int, j: int) -> bool:
        return bool(self.lo[i] <= j < self.hi[i])


class RowCosts:
    """Bead costs for row i of the band, computed for a block of rows at a time.

    A block is a run of neighbouring rows scored over the union of their windows
    (kept at most a little wider than its widest row); blocks are fixed up front,
    so the forward and the backward pass see exactly the same numbers. A block's costs
    are one (bead type, row, column) array, inf where a type does not fit. With
    ``keep``, blocks are kept (up to that many costs in all) for a later pass to read
    again instead of scoring them twice.
    """

    def __init__(self, scorer: BeadScorer, band: Band, types: list[tuple[int, int]], keep: int = 0):
        self.scorer, self.band, self.types = scorer, band, types
        self.keep = keep
        self._kept: dict[int, Block] = {}
        lo, hi = band.lo.tolist(), band.hi.tolist()
        starts = [0]
        first, union_lo, union_hi, widest = 0, lo[0], hi[0], hi[0] - lo[0]
        for i in range(1, len(lo)):
            new_lo, new_hi = min(union_lo, lo[i]), max(union_hi, hi[i])
            new_widest = max(widest, hi[i] - lo[i])
            width = new_hi - new_lo
            if width * (i + 1 - first) > BLOCK_CELLS or width > 1.5 * new_widest + BAND_GRID:
                starts.append(i)
                first, new_lo, new_hi, new_widest = i, lo[i], hi[i], hi[i] - lo[i]
            union_lo, union_hi, widest = new_lo, new_hi, new_widest
        self.starts = np.array([*starts, len(lo)], dtype=np.int64)
        self._block = Block(0, 0, 0, np.empty((len(types), 0, 0)))

    def __call__(self, i: int) -> dict[tuple[int, int], np.ndarray]:
        """Row i's costs per bead type, over its window."""
        if not self._block.first <= i < self._block.stop:
            self._block = self.block(int(np.searchsorted(self.starts, i, side="right")) - 1)
        block = self._block
        a, b = int(self.band.lo[i]) - block.union_lo, int(self.band.hi[i]) - block.union_lo
        return {key: block.costs[t, i - block.first, a:b] for t, key in enumerate(self.types)}

    def blocks(self) -> range:
        return range(len(self.starts) - 1)

    def block(self, k: int) -> Block:
        """Block k's costs (kept while the budget lasts)."""
        if k in self._kept:
            return self._kept[k]
        first, stop = int(self.starts[k]), int(self.starts[k + 1])
        union_lo = int(self.band.lo[first:stop].min())
        cols = np.arange(union_lo, int(self.band.hi[first:stop].max()))
        rows = np.arange(first, stop)
        scored = self.scorer.block_costs(rows, cols, self.types) if len(cols) else {}
        costs = np.full((len(self.types), len(rows), len(cols)), np.inf)
        for t, key in enumerate(self.types):
            if key in scored:
                costs[t] = scored.pop(key)  # each freed once copied: one block in memory
        block = Block(first, stop, union_lo, costs)
        if costs.size <= self.keep:
            self.keep -= costs.size
            self._kept[k] = block
        return block


@dataclass(frozen=True)
class Block:
    """Rows first..stop-1 of a band, their bead costs (type, row, column from union_lo)."""

    first: int
    stop: int
    union_lo: int
    costs: np.ndarray

    def starts(self, band: Band, types: list[tuple[int, int]]) -> np.ndarray:
        """For each bead type (a, b) with a >= 1, row i and column j of the block: the band
        cell the bead starts from, (i - a, j - b); ``band.cells`` (the tables' extra cell,
        always inf) where that cell lies outside the band, and for 0-b beads (they stay
        on their row: the DP chains them along it)."""
        a = np.array([a for a, _b in types])[:, None, None]
        b = np.array([b for _a, b in types])[:, None, None]
        before = np.arange(self.first, self.stop)[None, :, None] - a
        row = np.maximum(before, 0)
        col = np.arange(self.union_lo, self.union_lo + self.costs.shape[2])[None, None, :] - b
        lo, hi = band.lo[row], band.hi[row]
        # int32 where it holds every cell: half the memory of the block's costs.
        cell = np.int32 if band.cells < 2**31 - 1 else np.int64
        index = np.subtract(col, lo, dtype=cell)
        index += band.start[row].astype(cell)
        index[(before < 0) | (a == 0) | (col < lo) | (col >= hi)] = band.cells
        return index


def run_dp(
    scorer: BeadScorer,
    n: int,
    m: int,
    lo: np.ndarray,
    hi: np.ndarray,
    types: list[tuple[int, int]],
    with_gaps: bool | str = False,
) -> Path:
    """Cheapest path from (0, 0) to (n, m) inside the band lo[i] <= j < hi[i]; with its
    min-marginal gaps when ``with_gaps`` (``"later"``: computed by ``Path.with_gaps``)."""
    keep = KEEP_COSTS if with_gaps else 0
    band, total, choice, step, row_costs = _forward(scorer, n, m, lo, hi, types, keep)
    path = _backtrack(band, choice, step, n, m, types)
    if not with_gaps:
        return path

    def gaps() -> list[float]:
        with single_blas():
            backward = _backward(scorer, row_costs, band, n, m)
        return _boundary_gaps(path, band, total + backward, n, m)

    if with_gaps == "later":
        return Path(path.spans, path.costs, None, gaps)
    return Path(path.spans, path.costs, gaps())


def _forward(
    scorer: BeadScorer,
    n: int,
    m: int,
    lo: np.ndarray,
    hi: np.ndarray,
    types: list[tuple[int, int]],
    keep: int = 0,
) -> tuple[Band, np.ndarray, np.ndarray, np.ndarray, RowCosts]:
    """The forward DP: cheapest cost into every cell, the bead chosen there and its cost
    (``keep``: bead costs kept for a backward pass, see :class:`RowCosts`).

    Row by row (a row needs the rows before it), but each row in a few numpy calls: the
    cells every bead type starts from are looked up for a whole block of rows at once
    (:meth:`Block.starts`), so a row gathers its candidates in one step."""
    band = Band.of(lo, hi)
    # One cell more than the band, always inf: where a bead starting outside it reads.
    table = np.full(band.cells + 1, np.inf)
    choice = np.full(band.cells, -1, dtype=np.int8)
    step = np.zeros(band.cells)
    k01 = types.index((0, 1))
    row_costs = RowCosts(scorer, band, types, keep)
    lows, highs, starts = lo.tolist(), hi.tolist(), band.start.tolist()
    nulls = _WindowNulls(scorer)
    columns = np.arange(max(1, int((hi - lo).max())))
    for k in row_costs.blocks():
        block = row_costs.block(k)
        sources, costs = block.starts(band, types), block.costs
        for i in range(block.first, block.stop):
            l_i, h_i, at = lows[i], highs[i], starts[i]
            width = max(h_i - l_i, 0)
            cols = slice(l_i - block.union_lo, l_i - block.union_lo + width)
            cost = costs[:, i - block.first, cols]
            candidates = table[sources[:, i - block.first, cols]] + cost
            # argmin keeps the first of equal candidates: ties go to the earlier bead type.
            best = candidates.argmin(axis=0)
            row_total = candidates.min(axis=0)
            if i == 0 and l_i <= 0 < h_i:
                row_total[-l_i] = 0.0
            # 0-1 beads move right within the row and chain: the best way into column
            # c is min over c' <= c of total[c'] + null * (c - c'), a running minimum.
            chained, null = nulls.right(row_total, l_i, h_i)
            better = chained < row_total
            table[at : at + width] = np.minimum(chained, row_total)
            choice[at : at + width] = np.where(better, k01, best)
            step[at : at + width] = np.where(better, null, cost[best, columns[:width]])
        del block, sources, costs, cost  # freed before the next block is scored: peak memory
    # A cell no bead reaches has no choice (the backtrack's sign of a band too narrow),
    # and neither has the path's start.
    choice[np.isinf(table[:-1])] = -1
    if lo[0] <= 0 < hi[0]:
        choice[starts[0] - lows[0]], step[starts[0] - lows[0]] = -1, 0.0
    return band, table[:-1], choice, step, row_costs


class _WindowNulls:
    """The 0-1 bead costs of a row's window of columns, and their running sums that chain
    them along a row, made once per distinct window: neighbouring rows of a band share
    theirs (BAND_GRID)."""

    def __init__(self, scorer: BeadScorer):
        self.scorer = scorer
        self.seen: dict[tuple[int, int], np.ndarray | float] = {}
        self.sums: dict[tuple[int, int, bool], tuple[np.ndarray | float, np.ndarray]] = {}

    def __call__(self, lo: int, hi: int) -> np.ndarray | float:
        null = self.seen.get((lo, hi))
        if null is None:
            null = self.seen[(lo, hi)] = self.scorer.null_steps(np.arange(lo, hi))
        return null

    def right(self, row: np.ndarray, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray | float]:
        """:func:`_chain_right` of a row of window lo..hi, and the window's null costs."""
        null, offsets = self._sums(lo, hi, False)
        return _chain_right(row, null, offsets), null

    def left(self, row: np.ndarray, lo: int, hi: int) -> np.ndarray:
        """:func:`_chain_left` of a row of window lo..hi."""
        mirrored, offsets = self._sums(lo, hi, True)
        return _chain_right(row[::-1], mirrored, offsets)[::-1]

    def _sums(self, lo: int, hi: int, left: bool) -> tuple[np.ndarray | float, np.ndarray]:
        found = self.sums.get((lo, hi, left))
        if found is None:
            steps = _mirrored(self(lo, hi)) if left else self(lo, hi)
            found = self.sums[(lo, hi, left)] = (steps, _chain_sums(steps, max(hi - lo, 0)))
        return found


def plausible_spans(
    scorer: BeadScorer,
    n: int,
    m: int,
    lo: np.ndarray,
    hi: np.ndarray,
    types: list[tuple[int, int]],
    margin: float,
    longest: int,
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Source and target spans of 2..longest sentences worth embedding as one text.

    A span qualifies when some many-to-one or one-to-many bead that uses it lies on
    a path costing at most ``margin`` more than the best path (its min-marginal,
    from a forward and a backward pass in the band): the beads the first pass
    chose, and their close rivals. Every other span keeps its
    pooled vector, so the embedding work follows the doubtful places only.
    """
    band, total, _choice, _step, row_costs = _forward(scorer, n, m, lo, hi, types, KEEP_COSTS)
    backward = _backward(scorer, row_costs, band, n, m)
    limit = float(total[band.index(n, m)]) + margin
    src_spans: set[tuple[int, int]] = set()
    tgt_spans: set[tuple[int, int]] = set()
    for i in range(1, n + 1):
        cols = np.arange(lo[i], hi[i])
        rest = band.row(backward, i)
        for (a, b), cost in row_costs(i).items():
            # Many-to-one and one-to-many only: a 2-2 bead is nearly as cheap as two 1-1
            # beads almost everywhere, and its spans would be embedded all along the path.
            if min(a, b) != 1 or max(a, b) < 2 or max(a, b) > longest or a > i:
                continue
            prev = _lookup(band.row(total, i - a), lo[i - a], hi[i - a], cols - b)
            for j in cols[prev + cost + rest <= limit].tolist():
                if a > 1:
                    src_spans.add((i - a, i))
                if b > 1:
                    tgt_spans.add((j - b, j))
    return src_spans, tgt_spans


def _chain_right(
    row: np.ndarray, null: float | np.ndarray, sums: np.ndarray | None = None
) -> np.ndarray:
    """out[c] = min over c' < c of row[c'] + the null costs of columns c'+1 .. c (inf at
    c = 0); ``null`` is one cost for every column or each column's own; ``sums``: its
    :func:`_chain_sums`, when the caller keeps them."""
    out = np.full(len(row), np.inf)
    if len(row) > 1:
        offsets = _chain_sums(null, len(row)) if sums is None else sums
        if np.ndim(null) == 0:
            out[1:] = (np.minimum.accumulate(row - offsets) + offsets)[:-1] + null
        else:
            out[1:] = np.minimum.accumulate(row - offsets)[:-1] + offsets[1:]
    return out


def _chain_sums(null: float | np.ndarray, width: int) -> np.ndarray:
    """The null costs summed from the row's first column: what the running minimum of
    :func:`_chain_right` is taken over after subtracting."""
    if np.ndim(null) == 0:
        return null * np.arange(width)
    return np.concatenate(([0.0], np.cumsum(np.asarray(null, dtype=np.float64)[1:])))


def _mirrored(null: float | np.ndarray) -> float | np.ndarray:
    """Per-column null costs for a row read right to left (column c's cost moves to the
    column after its mirror image)."""
    if np.ndim(null) == 0:
        return null
    steps = np.asarray(null, dtype=np.float64)
    return np.concatenate(([0.0], steps[::-1][:-1])) if len(steps) else steps


def _chain_left(row: np.ndarray, null: float | np.ndarray) -> np.ndarray:
    """out[c] = min over c' > c of row[c'] + the null costs of columns c+1 .. c'."""
    return _chain_right(row[::-1], _mirrored(null))[::-1]


def _backward(scorer: BeadScorer, row_costs: RowCosts, band: Band, n: int, m: int) -> np.ndarray:
    """Cheapest cost from each cell (i, j) to (n, m): the DP run from the other end.

    Bead costs are read block by block as the forward pass did (kept, or scored again)
    rather than all stored, so memory stays one table of floats.
    """
    lows, highs, starts = band.lo.tolist(), band.hi.tolist(), band.start.tolist()
    # One cell more than the band: where beads that would start outside it go.
    rest = np.full(band.cells + 1, np.inf)
    rest[band.index(n, m)] = 0.0
    nulls = _WindowNulls(scorer)
    for k in reversed(row_costs.blocks()):
        block = row_costs.block(k)
        sources, costs = block.starts(band, row_costs.types), block.costs
        for r in range(block.stop - 1, block.first - 1, -1):
            l_r, h_r = lows[r], highs[r]
            row = rest[starts[r] : starts[r + 1]]
            # 0-1 beads chain leftwards here: the mirror image of _chain_right.
            np.minimum(row, nulls.left(row, l_r, h_r), out=row)
            if r == 0 or h_r <= l_r:
                continue
            # Each bead ending in this row offers its cost plus the rest to its start cell.
            cols = slice(l_r - block.union_lo, h_r - block.union_lo)
            into = costs[:, r - block.first, cols] + row
            np.minimum.at(rest, sources[:, r - block.first, cols].ravel(), into.ravel())
        del block, sources, costs  # freed before the next block is scored: peak memory
    return rest[:-1]


GAP_CAP = 3.0


# The cells next to a path point whose paths are its rivals (row, column offsets).
_RIVALS = np.array(
    [(0, -2), (0, -1), (0, 1), (0, 2), (-1, 0), (1, 0), (-2, 0), (2, 0)], dtype=np.int64
)


def _boundary_gaps(path: Path, band: Band, through: np.ndarray, n: int, m: int) -> list[float]:
    """For each bead, the smaller min-marginal gap of its two end points: how much more
    the best path through a nearby cell off the path costs (GAP_CAP at most, and at the
    document's two corners or where no such cell is in the band)."""
    best = float(through[band.index(n, m)])
    ends = np.array([(0, 0)] + [(s1, t1) for _s0, s1, _t0, t1 in path.spans], dtype=np.int64)
    width = m + 1  # a cell's code: row * width + column (unique for the band's columns 0..m)
    on_path = ends[:, 0] * width + ends[:, 1]
    gap: list[float] = []
    # In chunks: eight rivals a point make a dozen temporaries of 8 x points each, which
    # at 125,000 sentences was 60 MB more peak memory than the alignment itself needed.
    for at in range(0, len(ends), GAP_CHUNK):
        gap += _end_gaps(ends[at : at + GAP_CHUNK], on_path, band, through, best, n, m)
    return [min(gap[k], gap[k + 1]) for k in range(len(path.spans))]


GAP_CHUNK = 8192  # path points whose rival cells are looked up at once


def _end_gaps(
    ends: np.ndarray, on_path: np.ndarray, band: Band, through: np.ndarray, best: float,
    n: int, m: int,
) -> list[float]:  # fmt: skip
    """The min-marginal gap of each of ``ends`` (path points, row and column)."""
    width = m + 1
    rows = ends[:, :1] + _RIVALS[None, :, 0]
    cols = ends[:, 1:] + _RIVALS[None, :, 1]
    safe = np.clip(rows, 0, n)
    inside = (rows >= 0) & (rows <= n) & (band.lo[safe] <= cols) & (cols < band.hi[safe])
    inside &= ~np.isin(rows * width + cols, on_path)
    at = np.where(inside, band.start[safe] + cols - band.lo[safe], 0)
    rival = np.where(inside, through[at], np.inf).min(axis=1)
    gap = np.where(inside.any(axis=1), np.minimum(GAP_CAP, np.maximum(0.0, rival - best)), GAP_CAP)
    corner = ((ends[:, 0] == 0) & (ends[:, 1] == 0)) | ((ends[:, 0] == n) & (ends[:, 1] == m))
    return np.where(corner, GAP_CAP, gap).tolist()


def _lookup(row: np.ndarray, lo: int, hi: int, cols: np.ndarray) -> np.ndarray:
    inside = (cols >= lo) & (cols < hi)
    out = np.full(len(cols), np.inf)
    out[inside] = row[cols[inside] - lo]
    return out


def _backtrack(band: Band, choice, step, n, m, types) -> Path:
    i, j = n, m
    spans, costs = [], []
    while i > 0 or j > 0:
        k = int(choice[band.index(i, j)])
        if k < 0:
            raise RuntimeError("alignment search found no path (band too narrow)")
        a, b = types[k]
        spans.append((i - a, i, j - b, j))
        costs.append(float(step[band.index(i, j)]))
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
        whole=side.whole,
        lang=side.lang,
    )


def band_from_path(
    coarse: Path, n: int, m: int, half_width: int, scale: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """Project a path (pooled by ``scale``; 1 for a full-resolution path) onto the grid
    and widen it."""
    center_lo = np.full(n + 1, m, dtype=np.int64)
    center_hi = np.zeros(n + 1, dtype=np.int64)
    for s0, s1, t0, t1 in coarse.spans:
        rows = np.arange(min(scale * s0, n), min(scale * s1, n) + 1)
        center_lo[rows] = np.minimum(center_lo[rows], min(scale * t0, m))
        center_hi[rows] = np.maximum(center_hi[rows], min(scale * t1, m))
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
    with_gaps: bool | str = True,
) -> Path:
    """Align two documents' sentences; recursion pools both sides until a full search is
    cheap. ``with_gaps="later"``: the gaps are computed by ``Path.with_gaps`` on demand."""
    # The DP's matrix products are small: a BLAS thread pool only adds contention
    # (measured: 30x slower on a busy 2-core machine), so it runs single-threaded.
    with single_blas():
        return _find_path(src, tgt, weights, max_bead, band, with_gaps)


def _find_path(
    src: SideFeatures,
    tgt: SideFeatures,
    weights: Weights,
    max_bead: int,
    band: int,
    with_gaps: bool | str,
) -> Path:
    n, m = len(src), len(tgt)
    types = bead_types(max_bead)
    scorer = BeadScorer(src, tgt, weights)
    if n == 0 or m == 0 or (n + 1) * (m + 1) <= FULL_SEARCH_CELLS:
        lo, hi = full_windows(n, m)
        return run_dp(scorer, n, m, lo, hi, types, with_gaps)
    coarse = _find_path(pool(src), pool(tgt), weights, min(max_bead, 3), band, with_gaps=False)
    lo, hi = band_from_path(coarse, n, m, band)
    width = band
    path = run_dp(scorer, n, m, lo, hi, types, with_gaps)
    # A path pressed against the band's edge wanted to leave it: the coarse path was
    # wrong there by more than the band (on a long document with paragraphs missing and
    # only length to go by, it drifted by hundreds of sentences). Search again in a
    # band four times as wide, while that finds a cheaper path; a healthy path never
    # gets here, and a path that only wanders among equal ones stops after one try.
    while width < MAX_BAND and hugs_edge(path, lo, hi, m):
        width *= WIDEN
        lo, hi = band_from_path(coarse, n, m, width)
        wider = run_dp(scorer, n, m, lo, hi, types, with_gaps)
        if sum(wider.costs) >= sum(path.costs) - 1e-9:
            return path
        path = wider
    return path


MAX_BAND = 24 * 16  # widest band searched after a path pressed against the edge
WIDEN = 4
EDGE = 2  # columns from the band's edge that count as pressed against it


def hugs_edge(path: Path, lo: np.ndarray, hi: np.ndarray, m: int) -> bool:
    """True when a point of the path lies within EDGE columns of an inner band edge."""
    ends = np.array([(s1, t1) for _s0, s1, _t0, t1 in path.spans], dtype=np.int64)
    if not len(ends):
        return False
    rows, cols = ends[:, 0], ends[:, 1]
    low = (lo[rows] > 0) & (cols - lo[rows] < EDGE)
    high = (hi[rows] <= m) & (hi[rows] - 1 - cols < EDGE)
    return bool((low | high).any())
