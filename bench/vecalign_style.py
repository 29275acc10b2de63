"""A Vecalign-style peer, written here from the paper's description, with e5.

Vecalign (Thompson & Koehn 2019) is not on PyPI and its repository cannot be fetched
here. This module follows what the paper describes, written for this project, with the
same e5 embedder and embedding cache as the aligner, so that the comparison is of the
method, not of the model:

* Overlap embeddings: every span of 1..``OVERLAPS`` consecutive sentences of each side
  is embedded (the same texts as bench/bertalign_style.py, so one cache serves both).
* Cost of a bead of ``a`` source and ``b`` target sentences: ``1 - cos`` of the two
  spans' vectors, times ``a * b`` (so that one big bead does not undercut several
  small ones), divided by how far each span is from ``SAMPLES`` random sentences of the
  other side (``1 - cos``, averaged; 1.0 for an unrelated pair). A 1-0 or 0-1 bead
  costs the ``SKIP_QUANTILE`` quantile of the 1-1 costs searched.
* Search: the sentence vectors are averaged two by two, again and again, until the
  sequences are at most ``COARSEST`` long; a full dynamic programme over 1-1 / 1-0 /
  0-1 moves runs there, and each finer level searches only within ``WIDTH`` of the
  coarser path projected onto it. At the sentence level a last pass over every bead
  type (both sides ≤ ``OVERLAPS``, ``a + b`` ≤ ``MAX_BEAD``) runs in the band around the
  1-1 path. Time and memory grow with the band, not with n × m (the paper's point);
  this version keeps full score matrices for simplicity, which is fine at these sizes.

Details of the original (its exact normalisation sample, deletion penalty and the
bead types searched at coarse levels) may differ. It is a peer for the benchmark only;
nothing in aligner/ uses it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bertalign_style import overlaps

from aligner.types import Bead

OVERLAPS = 4  # longest span embedded, per side
MAX_BEAD = 6  # sentences per bead, both sides together
WIDTH = 5  # band half-width around the coarser path, at every level
COARSEST = 32  # a level this short (either side) gets the full search
SAMPLES = 64  # random other-side sentences for the cost's normaliser
SKIP_QUANTILE = 0.2
SEED = 13

Vectors = dict[int, np.ndarray]  # span length -> rows; row e - k is the span ending at e


def align(src: list[str], tgt: list[str], embed: Callable) -> tuple[list[Bead], int]:
    """Beads, and the number of distinct texts embedded (sentences and concatenations)."""
    src_spans, tgt_spans = overlaps(src, OVERLAPS), overlaps(tgt, OVERLAPS)
    texts = [t for k in sorted(src_spans) for t in src_spans[k]]
    texts += [t for k in sorted(tgt_spans) for t in tgt_spans[k]]
    vectors = embed(texts) if texts else np.zeros((0, 1))
    at, src_vec, tgt_vec = 0, {}, {}
    for spans, out in ((src_spans, src_vec), (tgt_spans, tgt_vec)):
        for k in sorted(spans):
            out[k] = np.asarray(vectors[at : at + len(spans[k])], dtype=float)
            at += len(spans[k])
    return align_vectors(src_vec, tgt_vec, len(src), len(tgt)), len(set(texts))


def align_vectors(src_vec: Vectors, tgt_vec: Vectors, n: int, m: int) -> list[Bead]:
    """The search on given span vectors (unit rows): ``src_vec[k][e - k]`` is the source
    span of ``k`` sentences ending before sentence ``e``; likewise ``tgt_vec``."""
    if n == 0 or m == 0:
        return [Bead((i,), ()) for i in range(n)] + [Bead((), (j,)) for j in range(m)]
    path = coarse_path(src_vec[1], tgt_vec[1])
    lo, hi = band(path, n, m, WIDTH)
    src_norm = normaliser(src_vec, tgt_vec[1])
    tgt_norm = normaliser(tgt_vec, src_vec[1])
    types = [(a, b) for a in range(1, OVERLAPS + 1) for b in range(1, OVERLAPS + 1)]
    types = [(a, b) for a, b in types if a + b <= MAX_BEAD]

    def cost(a: int, b: int, i: int, cols: np.ndarray) -> np.ndarray:
        x, y = src_vec[a][i - a], tgt_vec[b][cols - b]
        scale = 0.5 * (src_norm[a][i - a] + tgt_norm[b][cols - b])
        return (1.0 - y @ x) * size_penalty(a, b) / np.maximum(scale, 1e-6)

    skip = _quantile_of_ones(cost, lo, hi, n)
    return [
        Bead(tuple(range(i - a, i)), tuple(range(j - b, j)))
        for a, b, i, j in banded_search(n, m, lo, hi, types, cost, skip)
    ]


def size_penalty(a: int, b: int) -> float:
    """The paper's factor: the number of sentences on each side, multiplied."""
    return float(a * b)


def normaliser(own: Vectors, other: np.ndarray) -> Vectors:
    """Per span: mean ``1 - cos`` to ``SAMPLES`` random sentences of the other side."""
    rng = np.random.default_rng(SEED)
    pick = rng.choice(len(other), size=min(SAMPLES, len(other)), replace=False)
    sample = other[np.sort(pick)]
    return {k: 1.0 - (rows @ sample.T).mean(axis=1) for k, rows in own.items()}


def downsample(rows: np.ndarray) -> np.ndarray:
    """Consecutive rows averaged two by two (the last alone if odd), back to unit length."""
    pairs = rows[: len(rows) // 2 * 2].reshape(-1, 2, rows.shape[1]).sum(axis=1)
    if len(rows) % 2:
        pairs = np.vstack([pairs, rows[-1:]])
    return pairs / np.maximum(np.linalg.norm(pairs, axis=1, keepdims=True), 1e-12)


def coarse_path(src: np.ndarray, tgt: np.ndarray) -> list[tuple[int, int]]:
    """Grid points (i, j) of the best 1-1 / 1-0 / 0-1 path at this resolution, from
    (0, 0) to (n, m), found coarse to fine."""
    n, m = len(src), len(tgt)
    if min(n, m) <= COARSEST:
        lo, hi = [0] * (n + 1), [m] * (n + 1)
    else:
        lo, hi = band(coarse_path(downsample(src), downsample(tgt)), n, m, WIDTH, scale=2)
    sims = src @ tgt.T

    def cost(a: int, b: int, i: int, cols: np.ndarray) -> np.ndarray:
        return 1.0 - sims[i - 1, cols - 1]

    skip = _quantile_of_ones(cost, lo, hi, n)
    beads = banded_search(n, m, lo, hi, [(1, 1)], cost, skip)
    return [(0, 0)] + [(i, j) for _a, _b, i, j in beads]


def band(
    path: Sequence[tuple[int, int]], n: int, m: int, width: int, scale: int = 1
) -> tuple[list[int], list[int]]:
    """Per row 0..n, the columns [lo, hi] searched: within ``width`` of the path (given
    at a resolution ``scale`` times coarser), monotone and without gaps between rows."""
    lo, hi = [m] * (n + 1), [0] * (n + 1)
    for ci, cj in path:
        for i in range(ci * scale, min(n, ci * scale + scale - 1) + 1):
            lo[i] = min(lo[i], cj * scale)
            hi[i] = max(hi[i], min(m, cj * scale + scale - 1))
    for i in range(n + 1):  # a row the projection missed takes the row above
        if lo[i] > hi[i]:
            lo[i], hi[i] = lo[i - 1], hi[i - 1]
    lo = [max(0, v - width) for v in lo]
    hi = [min(m, v + width) for v in hi]
    for i in range(n - 1, -1, -1):
        lo[i] = min(lo[i], lo[i + 1])
    for i in range(1, n + 1):
        hi[i] = max(hi[i], hi[i - 1])
    lo[0], hi[n] = 0, m
    for i in range(1, n + 1):
        lo[i] = min(lo[i], hi[i - 1])  # no gap between rows where the path jumps
    return lo, hi


def banded_search(
    n: int,
    m: int,
    lo: list[int],
    hi: list[int],
    types: list[tuple[int, int]],
    cost: Callable[[int, int, int, np.ndarray], np.ndarray],
    skip: float,
) -> list[tuple[int, int, int, int]]:
    """Least-cost path from (0, 0) to (n, m) through cells lo[i] ≤ j ≤ hi[i], by beads of
    the given types (a, b) at ``cost(a, b, i, cols)`` each, or 1-0 / 0-1 at ``skip``.
    Returns (a, b, i, j) per bead, in order, (i, j) being where the bead ends."""
    total = np.full((n + 1, m + 1), np.inf)
    move = np.zeros((n + 1, m + 1, 2), dtype=np.int16)
    for i in range(n + 1):
        cols = np.arange(lo[i], hi[i] + 1)
        row = np.full(len(cols), np.inf)
        arg = np.zeros((len(cols), 2), dtype=np.int16)
        if i == 0:
            row[cols == 0] = 0.0
        for a, b in [*types, (1, 0)]:
            if i - a < 0:
                continue
            ok = cols - b >= 0
            if not ok.any():
                continue
            here = cols[ok]
            step = np.full(len(here), skip) if b == 0 else cost(a, b, i, here)
            candidate = total[i - a, here - b] + step
            better = candidate < row[ok]
            idx = np.flatnonzero(ok)[better]
            row[idx] = candidate[better]
            arg[idx] = (a, b)
        for k in range(1, len(cols)):  # 0-1 moves run along the row
            if row[k - 1] + skip < row[k]:
                row[k], arg[k] = row[k - 1] + skip, (0, 1)
        total[i, cols] = row
        move[i, cols] = arg
    beads, i, j = [], n, m
    while i > 0 or j > 0:
        a, b = (int(v) for v in move[i, j])
        beads.append((a, b, i, j))
        i, j = i - a, j - b
    return beads[::-1]


def _quantile_of_ones(cost: Callable, lo: list[int], hi: list[int], n: int) -> float:
    """The skip cost: the ``SKIP_QUANTILE`` quantile of the 1-1 costs in the band."""
    costs = [cost(1, 1, i, np.arange(max(1, lo[i]), hi[i] + 1)) for i in range(1, n + 1)]
    values = np.concatenate([c for c in costs if len(c)]) if costs else np.zeros(0)
    values = values[np.isfinite(values)]
    return float(np.quantile(values, SKIP_QUANTILE)) if len(values) else 1.0
