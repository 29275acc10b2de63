"""The DP's row steps (search._forward / _backward: each row's candidates gathered through
the block's bead-start cells, Block.starts) against a cell-by-cell DP written out here,
in a band narrow enough that beads start outside it, with a null cost per column.
Texts: tests/test_align.py's ES / EN fixture sentences (written for the tests)."""

import dataclasses

import numpy as np
import pytest

import aligner.alignment.search as search
from aligner.alignment.score import BeadScorer, fitted_weights
from tests.test_align import EN, ES, _plain_sides


def _scorer() -> BeadScorer:
    fs, ft = _plain_sides(ES * 3, EN[:3] + EN[4:] + EN + [EN[0] + " " + EN[1]] + EN[2:])
    # Short sentences cheaper to leave out: each column its own 0-1 cost.
    weights = dataclasses.replace(fitted_weights("no_embeddings"), null_short=200.0)
    return BeadScorer(fs, ft, weights)


def _cell_by_cell(scorer, band, n, m, types):
    """(cheapest cost into each cell, cheapest cost from it to (n, m)) one cell at a time."""
    cost = {}  # (i, j, type) -> cost of the bead of that type ending at (i, j)
    rows = search.RowCosts(scorer, band, types)
    for i in range(n + 1):
        for t, row in enumerate(rows(i).values()):
            for c, value in enumerate(row):
                cost[(i, int(band.lo[i]) + c, t)] = value
    null = scorer.null_steps(np.arange(m + 1))
    null = np.full(m + 1, null) if np.ndim(null) == 0 else null

    def inside(i, j):
        return 0 <= i <= n and band.inside(i, j)

    into, out = {}, {}
    for i in range(n + 1):
        for j in range(int(band.lo[i]), int(band.hi[i])):
            best = 0.0 if (i, j) == (0, 0) else np.inf
            for t, (a, b) in enumerate(types):
                if (a or b) and inside(i - a, j - b) and (a, b) != (0, 1):
                    best = min(best, into[(i - a, j - b)] + cost[(i, j, t)])
            if inside(i, j - 1):
                best = min(best, into[(i, j - 1)] + null[j])
            into[(i, j)] = best
    for i in range(n, -1, -1):
        for j in range(int(band.hi[i]) - 1, int(band.lo[i]) - 1, -1):
            best = 0.0 if (i, j) == (n, m) else np.inf
            for t, (a, b) in enumerate(types):
                if (a, b) != (0, 1) and inside(i + a, j + b) and (i + a, j + b, t) in cost:
                    best = min(best, out[(i + a, j + b)] + cost[(i + a, j + b, t)])
            if inside(i, j + 1):
                best = min(best, out[(i, j + 1)] + null[j + 1])
            out[(i, j)] = best
    return into, out


@pytest.mark.parametrize("half_width", [1, 3])
def test_rows_gathered_at_once_equal_the_dp_cell_by_cell(monkeypatch, half_width):
    scorer = _scorer()
    n, m = len(scorer.src), len(scorer.tgt)
    types = search.bead_types(5)
    first = search.run_dp(scorer, n, m, *search.full_windows(n, m), types)
    monkeypatch.setattr(search, "BAND_GRID", 1)  # windows that differ row by row
    monkeypatch.setattr(search, "BLOCK_CELLS", 64)  # many blocks, of a few rows each
    lo, hi = search.band_from_path(first, n, m, half_width, scale=1)
    band, total, choice, _step, row_costs = search._forward(scorer, n, m, lo, hi, types)
    rest = search._backward(scorer, row_costs, band, n, m)
    into, out = _cell_by_cell(scorer, band, n, m, types)
    cells = sorted(into)
    assert len(row_costs.starts) > 5 and band.cells < (n + 1) * (m + 1) / 2
    assert np.allclose([total[band.index(i, j)] for i, j in cells], [into[c] for c in cells])
    assert np.allclose([rest[band.index(i, j)] for i, j in cells], [out[c] for c in cells])
    # Every cell reached but the start has a bead chosen.
    reached = np.isfinite(total)
    reached[band.index(0, 0)] = False
    assert ((choice >= 0) == reached).all()
