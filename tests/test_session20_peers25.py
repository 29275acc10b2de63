"""Session 20 (peers25): the Vecalign-style peer of bench/vecalign_style.py.

No model: the vectors are made here by hand (a shared direction plus a random part per
sentence, so that unrelated sentences sit at a cosine of about 0.7 as with e5), and a
"concatenation" is the normalised sum of its sentences' vectors. The texts are made up.
"""

from __future__ import annotations

import os
import sys
import zlib

import numpy as np
import pytest


@pytest.fixture(scope="module")
def vecalign_style():
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
    try:
        import vecalign_style
    finally:
        sys.path.pop(0)
    return vecalign_style


def unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=-1, keepdims=True)


def sentences(count: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    shared = unit(rng.normal(size=32))
    return unit(10 * shared + rng.normal(size=(count, 32)))


def translated(rows: np.ndarray, seed: int = 1) -> np.ndarray:
    """The same sentences with a little noise: a cosine of about 0.95 to the original."""
    rng = np.random.default_rng(seed)
    return unit(rows + 0.3 * unit(rng.normal(size=rows.shape)))


def translated_spans(rows: np.ndarray) -> dict[int, np.ndarray]:
    """The spans of a translation of ``rows``: each span with its own noise, as an encoder
    embedding a concatenation errs afresh rather than averaging its sentences' errors."""
    return {k: translated(v, seed=k) for k, v in spans(rows).items()}


def spans(rows: np.ndarray, longest: int = 4) -> dict[int, np.ndarray]:
    """Span k ending before sentence e at row e - k: its sentences' vectors summed."""
    return {
        k: np.array([unit(rows[e - k : e].sum(axis=0)) for e in range(k, len(rows) + 1)]).reshape(
            -1, rows.shape[1]
        )
        for k in range(1, longest + 1)
    }


def pairs(beads) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.src, b.tgt) for b in beads]


def test_downsample_averages_neighbours_and_keeps_an_odd_last_row(vecalign_style):
    rows = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
    out = vecalign_style.downsample(rows)
    assert out.shape == (2, 2)
    assert np.allclose(out[0], [2**-0.5, 2**-0.5])
    assert np.allclose(out[1], [1.0, 0.0])


def test_band_holds_the_projected_path_and_is_monotone(vecalign_style):
    path = [(0, 0), (1, 1), (2, 1), (3, 2), (4, 4)]  # a coarse path, twice coarser
    lo, hi = vecalign_style.band(path, 8, 8, 1, scale=2)
    assert (lo[0], hi[8]) == (0, 8)
    assert lo == sorted(lo) and hi == sorted(hi)
    for ci, cj in path:
        for i in range(2 * ci, min(8, 2 * ci + 1) + 1):
            assert lo[i] <= 2 * cj <= hi[i]
    assert hi[1] <= 4  # the band stays narrow: row 1 sees columns near 0-1 only
    assert all(lo[i] <= hi[i - 1] for i in range(1, 9))  # no gap between rows


def test_banded_search_takes_a_skip_when_it_is_cheaper(vecalign_style):
    # Source sentence 1 matches nothing: every 1-1 with it costs 5, a skip 1.
    table = np.array([[0.0, 3.0], [5.0, 5.0], [3.0, 0.0]])  # [source, target]

    def cost(a, b, i, cols):
        return table[i - 1, cols - 1]

    beads = vecalign_style.banded_search(3, 2, [0, 0, 0, 0], [2, 2, 2, 2], [(1, 1)], cost, 1.0)
    assert [(a, b) for a, b, _i, _j in beads] == [(1, 1), (1, 0), (1, 1)]
    assert beads[-1][2:] == (3, 2)


def test_one_to_one_document_comes_out_one_to_one(vecalign_style):
    src = sentences(12)
    beads = vecalign_style.align_vectors(spans(src), translated_spans(src), 12, 12)
    assert pairs(beads) == [((i,), (i,)) for i in range(12)]


def test_a_sentence_split_in_translation_is_one_bead(vecalign_style):
    base = sentences(11)
    src = np.vstack([base[:3], unit(base[3] + base[4]), base[5:]])  # 10 sentences
    # 11 target sentences: source sentence 3 is target sentences 3 and 4
    beads = pairs(vecalign_style.align_vectors(spans(src), translated_spans(base), 10, 11))
    assert ((3,), (3, 4)) in beads
    assert ((2,), (2,)) in beads and ((4,), (5,)) in beads


def test_coarse_to_fine_search_follows_a_shift_through_several_levels(vecalign_style):
    base = sentences(100)
    src = base[:80]  # 80 > COARSEST: two coarser levels are searched first
    tgt = translated(np.vstack([base[:40], base[80:84], base[40:80]]))  # 4 inserted
    assert vecalign_style.COARSEST < 40
    points = set(vecalign_style.coarse_path(src, tgt))
    assert (20, 20) in points and (39, 39) in points
    assert (60, 64) in points and (80, 84) in points


def test_align_embeds_every_span_once_and_aligns_by_meaning(vecalign_style):
    # Made-up "sentences": their vector is the normalised sum of their words' vectors
    # (the target side in capitals: a perfect dictionary) plus the encoder's own error,
    # fixed per text; so a concatenation's vector is that of its words together.
    words = "amber birch cobalt dune ember fjord garnet heath iris juniper kelp lagoon".split()
    rng = np.random.default_rng(3)
    shared = unit(rng.normal(size=24))
    vector = dict(zip(words, unit(6 * shared + rng.normal(size=(len(words), 24))), strict=True))
    seen: list[str] = []

    def embed(texts):
        seen.extend(texts)
        rows = []
        for text in texts:
            meaning = unit(sum(vector[w.strip(".").lower()] for w in text.split()))
            error = np.random.default_rng(zlib.crc32(text.encode())).normal(size=24)
            rows.append(unit(meaning + 0.3 * unit(error)))
        return np.array(rows)

    src = ["amber birch.", "cobalt dune.", "ember fjord.", "garnet heath.", "iris juniper."]
    tgt = ["AMBER BIRCH.", "COBALT.", "DUNE.", "EMBER FJORD.", "GARNET HEATH.", "IRIS JUNIPER."]
    beads, count = vecalign_style.align(src, tgt, embed)
    assert pairs(beads) == [
        ((0,), (0,)),
        ((1,), (1, 2)),
        ((2,), (3,)),
        ((3,), (4,)),
        ((4,), (5,)),
    ]
    # Spans of 1..4 sentences: 5+4+3+2 source texts, 6+5+4+3 target, all distinct here.
    assert len(seen) == 14 + 18
    assert count == len(set(seen))
