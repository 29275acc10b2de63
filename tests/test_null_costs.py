"""Per-sentence null costs in the second pass (score.sentence_null_costs).

A sentence whose best single-sentence match near the first path is good is dearer to
leave unaligned (its content is probably inside a neighbour's bead); a fragment of a
few characters (a page number, OCR debris) is cheaper. Texts and vectors here were
written for these tests.
"""

import dataclasses

import numpy as np
import pytest

from aligner.alignment.engine import align, load_document
from aligner.alignment.overlap import full_band, plan, realign, second_pass_weights
from aligner.alignment.score import BeadScorer, Weights, sentence_null_costs
from aligner.alignment.search import _chain_left, _chain_right, bead_types, run_dp
from tests.test_align import EN, ES, _first_pass, _synthetic_side


def _brute_right(row, steps, c):
    return min((row[q] + steps[q + 1 : c + 1].sum() for q in range(c)), default=np.inf)


def _brute_left(row, steps, c):
    return min(
        (row[q] + steps[c + 1 : q + 1].sum() for q in range(c + 1, len(row))), default=np.inf
    )


@pytest.mark.parametrize("seed", range(20))
def test_chains_of_null_beads_with_each_columns_own_cost(seed):
    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 9))
    row = rng.random(size) * 3
    row[rng.random(size) < 0.2] = np.inf  # unreachable cells
    steps = rng.random(size)
    right, left = _chain_right(row, steps), _chain_left(row, steps)
    for c in range(size):
        assert right[c] == pytest.approx(_brute_right(row, steps, c))
        assert left[c] == pytest.approx(_brute_left(row, steps, c))
    # One cost for every column gives what the scalar form gives.
    assert np.allclose(_chain_right(row, np.full(size, 0.7)), _chain_right(row, 0.7))
    assert np.allclose(_chain_left(row, np.full(size, 0.7)), _chain_left(row, 0.7))


def test_sentence_null_costs_follow_match_and_length():
    side = _synthetic_side(np.eye(4))
    side = dataclasses.replace(
        side,
        lengths=np.array([50.0, 50.0, 4.0, 50.0]),
        best_match=np.array([0.9, 0.5, 1.0, np.inf]),
    )
    assert sentence_null_costs(side, Weights(null=0.7)) is None  # the default: one cost
    costs = sentence_null_costs(side, Weights(null=0.7, null_match=4.0, null_pivot=0.75))
    assert costs is not None
    # A poor or missing best match never makes a sentence cheaper to leave out ...
    assert costs[0] == pytest.approx(0.7) and costs[3] == pytest.approx(0.7)
    # ... a good one makes it dearer: 0.7 * exp(4 * (0.75 - 0.5)).
    assert costs[1] == pytest.approx(0.7 * np.exp(1.0))
    short = sentence_null_costs(side, Weights(null=0.7, null_short=8.0))
    assert short is not None
    assert short[2] == pytest.approx(0.7 * 4 / 8) and short[0] == pytest.approx(0.7)


def _split_sides():
    """Six source sentences; the target has seven, the fourth (index 3) a loose rewording
    of source sentence 2 that the vectors alone leave unaligned."""
    rng = np.random.default_rng(0)
    base = rng.normal(size=(8, 64))
    unit = lambda x: x / np.linalg.norm(x, axis=-1, keepdims=True)  # noqa: E731
    src = unit(base[:6])
    loose = unit(base[2] + 2.5 * rng.normal(size=64))
    tgt = unit(np.vstack([base[0], base[1], base[2], loose, base[3], base[4], base[5]]))
    return _synthetic_side(src), _synthetic_side(tgt)


def test_a_sentence_with_a_good_match_joins_its_neighbour_instead_of_standing_alone():
    fs, ft = _split_sides()
    weights = Weights(null=0.7, length=0, numbers=0, subwords=0, merge=0.12)
    band, types = full_band(len(fs), len(ft)), bead_types(5)
    alone = run_dp(BeadScorer(fs, ft, weights), len(fs), len(ft), *band, types)
    assert (3, 3, 3, 4) in alone.spans  # with one null cost: a 0-1 bead
    # The same sentence, said to have a good match near the path (what
    # overlap.best_matches measures), costs more to leave out: it joins a 1-2 bead.
    matched = dataclasses.replace(ft, best_match=np.array([1.0, 1.0, 1.0, 0.3, 1.0, 1.0, 1.0]))
    weighted = dataclasses.replace(weights, null_match=8.0, null_pivot=0.75)
    joined = run_dp(BeadScorer(fs, matched, weighted), len(fs), len(ft), *band, types)
    assert (2, 3, 2, 4) in joined.spans
    # Every sentence with the same (poor) match: the path of one null cost, unchanged.
    same = dataclasses.replace(ft, best_match=np.ones(len(ft)))
    again = run_dp(BeadScorer(fs, same, weighted), len(fs), len(ft), *band, types)
    assert again.spans == alone.spans
    assert again.costs == pytest.approx(alone.costs)


def test_the_second_pass_measures_each_sentences_best_match(embedder):
    fs, ft, weights, path = _first_pass(ES, EN, embedder)
    planned = plan(path, fs, ft, ES, EN, weights, embedder)
    # A faithful translation: every sentence has its match right on the path, far
    # better than unrelated text (~1).
    for side in (planned.src, planned.tgt):
        assert side.best_match is not None
        assert side.best_match.shape == (len(ES),)
        assert (side.best_match < 0.7).all()


def test_a_fragment_of_debris_stays_unaligned(embedder):
    # Written for this test: a run of dots (OCR debris) between two translated sentences.
    tgt = EN[:5] + [". . . ."] + EN[5:]
    src_doc = load_document("src", "es", True, "\n".join(ES))
    tgt_doc = load_document("tgt", "en", True, "\n".join(tgt))
    result = align(src_doc, tgt_doc, embedder=embedder)
    shapes = [(b.src, b.tgt) for b in result.beads]
    assert ((), (5,)) in shapes
    assert ((4,), (4,)) in shapes and ((5,), (6,)) in shapes
    assert "match_window=" in result.signature
    # With one null cost for every sentence (the weights before), the debris is
    # swallowed by its neighbour's bead.
    fs, ft, weights, path = _first_pass(ES, tgt, embedder)
    planned = plan(path, fs, ft, ES, tgt, weights, embedder, 6)
    before = dataclasses.replace(second_pass_weights(), null_match=0.0, null_short=0.0)
    assert (4, 5, 4, 6) in realign(planned, before).path.spans


def test_a_run_of_null_beads_is_a_passage_left_out():
    from aligner.alignment.overlap import NULL_RUN, null_runs
    from aligner.alignment.search import Path

    # Source 0-1 aligned, 2 left out alone, 3 aligned, 4-5 left out together, then a
    # 6 aligned, then a target sentence added alone: only the run of two is a passage.
    spans = [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 2), (3, 4, 2, 3), (4, 5, 3, 3), (5, 6, 3, 3)]
    spans += [(6, 7, 3, 4), (7, 7, 4, 5)]
    src, tgt = null_runs(Path(spans, [0.0] * len(spans)), 7, 5, 2)
    assert src.tolist() == [False, False, False, False, True, True, False]
    assert not tgt.any()
    assert NULL_RUN >= 2  # a single null bead is where a split-off sentence shows up
    # A deletion next to an addition (1-0 then 0-1) is a run too.
    mixed = [(0, 1, 0, 1), (1, 2, 1, 1), (2, 2, 1, 2), (2, 3, 2, 3)]
    src, tgt = null_runs(Path(mixed, [0.0] * 4), 3, 3, 2)
    assert src.tolist() == [False, True, False] and tgt.tolist() == [False, True, False]
