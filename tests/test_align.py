"""Alignment on small documents written for these tests, with the real e5 model."""

import random

import numpy as np
import pytest

import aligner.alignment.search as align_module
from aligner.alignment.bitsets import BITSET_WORDS
from aligner.alignment.engine import align, load_document
from aligner.alignment.score import SideFeatures, Weights, fitted_weights

# Written for these tests: a Spanish news paragraph and a faithful English translation.
ES = [
    "El Gobierno anunció el lunes un plan para reducir el consumo de agua en la capital.",
    "La medida afectará a más de 2,3 millones de hogares durante el verano.",
    "Según la ministra de Ambiente, los embalses están al 31 % de su capacidad.",
    "«No podemos esperar a que llueva», afirmó en una rueda de prensa.",
    "Los agricultores pidieron ayudas para los cultivos de regadío.",
    "La oposición criticó que el plan llega tarde.",
    "El alcalde de la ciudad prometió multas para quienes llenen piscinas.",
    "Las restricciones comenzarán el 1 de julio y durarán tres meses.",
]
EN = [
    "The government announced on Monday a plan to cut water use in the capital.",
    "The measure will affect more than 2.3 million households during the summer.",
    "According to the environment minister, reservoirs are at 31% of capacity.",
    '"We cannot wait for it to rain," she said at a press conference.',
    "Farmers asked for aid for irrigated crops.",
    "The opposition complained that the plan comes too late.",
    "The city's mayor promised fines for anyone filling swimming pools.",
    "The restrictions will begin on July 1 and last three months.",
]


def run(src, tgt, embedder, **kwargs):
    s = load_document("src", "es", True, "\n".join(src))
    t = load_document("tgt", "en", True, "\n".join(tgt))
    return align(s, t, embedder=embedder, **kwargs)


def shape(result):
    return [(b.src, b.tgt) for b in result.beads]


def test_faithful_translation_is_all_one_to_one(embedder):
    result = run(ES, EN, embedder)
    assert shape(result) == [((i,), (i,)) for i in range(8)]
    assert min(b.confidence for b in result.beads) > 0.5
    assert result.quality > 0.7


def test_dropped_sentence_becomes_a_1_0_bead(embedder):
    result = run(ES, EN[:4] + EN[5:], embedder)
    assert ((4,), ()) in shape(result)
    assert ((5,), (4,)) in shape(result)


def test_added_sentence_becomes_a_0_1_bead(embedder):
    extra = "Madrid has not had such a dry spring since records began in 1961."
    result = run(ES, EN[:3] + [extra] + EN[3:], embedder)
    assert ((), (3,)) in shape(result)


def test_merged_translation_becomes_a_2_1_bead(embedder):
    merged = (
        "The opposition complained that the plan comes too late, and the city's mayor "
        "promised fines for anyone filling swimming pools."
    )
    result = run(ES, EN[:5] + [merged] + EN[7:], embedder)
    assert ((5, 6), (5,)) in shape(result)


def test_split_translation_becomes_a_1_2_bead(embedder):
    split = [
        "The measure will affect more than 2.3 million households.",
        "It applies during the summer.",
    ]
    result = run(ES, EN[:1] + split + EN[2:], embedder)
    assert ((1,), (1, 2)) in shape(result)


def test_wrong_pairs_get_low_confidence(embedder):
    right = run(ES, EN, embedder)
    shuffled = EN[:]
    random.Random(3).shuffle(shuffled)
    wrong = run(ES, shuffled, embedder)
    assert wrong.quality < right.quality - 0.3


@pytest.mark.parametrize("seed", range(5))
def test_every_sentence_is_in_exactly_one_bead_in_order(embedder, seed):
    rng = random.Random(seed)
    src = [s for s in ES if rng.random() > 0.2] or ES[:1]
    tgt = [s for s in EN if rng.random() > 0.2] or EN[:1]
    result = run(src, tgt, embedder, config=None)
    src_seen = [i for b in result.beads for i in b.src]
    tgt_seen = [j for b in result.beads for j in b.tgt]
    assert src_seen == list(range(len(src)))
    assert tgt_seen == list(range(len(tgt)))
    assert all(0.0 <= b.confidence <= 1.0 for b in result.beads)


def test_banded_search_matches_full_search(embedder, monkeypatch):
    src = ES * 6
    tgt = EN * 6
    tgt = tgt[:10] + tgt[11:30] + [EN[0] + " " + EN[1]] + tgt[32:]
    full = run(src, tgt, embedder)
    # Force the coarse-to-fine path on the same documents.
    monkeypatch.setattr(align_module, "FULL_SEARCH_CELLS", 50)
    banded = run(src, tgt, embedder)
    assert shape(banded) == shape(full)


def test_without_embeddings_the_other_signals_still_align():
    result = run(ES, EN, None, weights=Weights())
    assert sum(b.src == b.tgt for b in result.beads) >= 6


def _synthetic_side(vectors: np.ndarray) -> SideFeatures:
    """Features with meaning only: equal lengths, no numbers, no subwords, one paragraph."""
    n = len(vectors)
    words = np.zeros((n, BITSET_WORDS), dtype=np.uint64)
    return SideFeatures(
        vectors=vectors,
        lengths=np.full(n, 50.0),
        numbers=words,
        subwords=words.copy(),
        paragraph_end=np.arange(n) == n - 1,
        paragraph=np.zeros(n, dtype=np.int64),
    )


def test_a_long_gap_does_not_widen_every_row_of_the_search():
    """1,200 deleted then 1,200 inserted sentences make one row of the band very wide.

    The band used to be a rectangle (rows x widest row), so such a gap cost 1,200
    columns on every row: gigabytes for a 5 MB single-line document. Synthetic
    unit vectors stand in for sentence meaning here, so only the search is tested.
    """
    import tracemalloc

    rng = np.random.default_rng(5)

    def unit(k: int) -> np.ndarray:
        v = rng.normal(size=(k, 32))
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    shared = unit(900)
    # Deleted and inserted sentences point in opposite directions: none can pair up.
    dropped = np.tile(unit(1)[0], (1200, 1))
    added = -dropped
    src = _synthetic_side(np.vstack([shared[:450], dropped, shared[450:]]))
    tgt = _synthetic_side(np.vstack([shared[:450], added, shared[450:]]))
    tracemalloc.start()
    path = align_module.find_path(src, tgt, fitted_weights("embeddings"))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    spans = set(path.spans)
    assert all((k, k + 1, k, k + 1) in spans for k in range(450))
    assert all((k, k + 1, k, k + 1) in spans for k in range(1650, 2100))
    assert sum(1 for s0, s1, _t0, _t1 in path.spans if s0 == s1) == 1200
    # Measured: 72 MiB with the rectangle, 13 MiB stored row by row; 28.2 MiB since the
    # search widens its band once the path hugs an edge (it does here, at every level).
    assert peak < 30 * 2**20, peak / 2**20


def test_band_storage_is_ragged():
    lo = np.array([0, 0, 2, 2, 4], dtype=np.int64)
    hi = np.array([3, 900, 6, 7, 9], dtype=np.int64)
    band = align_module.Band.of(lo, hi)
    assert band.cells == 3 + 900 + 4 + 5 + 5
    table = np.arange(band.cells)
    assert band.row(table, 2).tolist() == [903, 904, 905, 906]
    assert band.index(3, 2) == 907 and band.inside(3, 6) and not band.inside(3, 7)


# --- second pass: concatenated spans embedded near the first path ---------------------

# Written for these tests: ES[4] and ES[5] translated as one English sentence.
MERGED_4_5 = (
    "Farmers asked for aid for irrigated crops, while the opposition complained that "
    "the plan comes too late."
)


def _first_pass(src, tgt, embedder):
    from aligner.alignment.search import find_path

    s = load_document("src", "es", True, "\n".join(src))
    t = load_document("tgt", "en", True, "\n".join(tgt))
    from aligner.alignment.score import side_features

    fs = side_features(s.sentences, "es", embedder.embed(src))
    ft = side_features(t.sentences, "en", embedder.embed(tgt))
    weights = fitted_weights("embeddings")
    return fs, ft, weights, find_path(fs, ft, weights)


def test_a_merge_is_judged_by_the_vector_of_the_merged_sentences(embedder):
    from aligner.alignment.overlap import plan

    tgt = EN[:4] + [MERGED_4_5] + EN[6:]
    result = run(ES, tgt, embedder)
    assert ((4, 5), (4,)) in shape(result)
    assert "|overlap:" in result.signature
    fs, ft, weights, path = _first_pass(ES, tgt, embedder)
    planned = plan(path, fs, ft, ES, tgt, weights, embedder)
    assert planned.src.spans is not None
    row = int(planned.src.spans.lookup(2, np.array([6]))[0])
    assert row >= 0  # the span ES[4:6] was embedded as one text ...
    joined = embedder.embed([ES[4] + " " + ES[5]])[0]
    assert np.allclose(planned.src.spans.vectors[row], joined, atol=1e-6)
    # ... and scores the 2-1 bead better than the pooled vector of its two sentences.
    from aligner.alignment.score import BeadScorer

    rows, cols = np.array([6]), np.array([5])
    pooled = BeadScorer(fs, ft, weights).block_costs(rows, cols, [(2, 1)])[(2, 1)]
    concat = BeadScorer(planned.src, planned.tgt, weights).block_costs(rows, cols, [(2, 1)])
    assert concat[(2, 1)][0, 0] < pooled[0, 0]


def test_only_spans_near_the_first_path_are_embedded(embedder):
    from aligner.alignment.overlap import plan

    # A faithful translation: no many-to-one bead on the best path (margin 0), nothing to
    # embed; hardly anything near it; every span of 2-4 sentences on both sides only when
    # any path at all qualifies (huge margin).
    fs, ft, weights, path = _first_pass(ES, EN, embedder)
    from aligner.alignment.overlap import LONGEST

    short = 2 * ((len(ES) - 1) + (len(ES) - 2))  # spans of 2 and 3 sentences, both sides
    # plan's default max_bead is 5: a bead of x + y <= 5 has sides of at most 4 sentences.
    every = 2 * sum(len(ES) - k + 1 for k in range(2, min(LONGEST, 4) + 1))
    assert plan(path, fs, ft, ES, EN, weights, embedder, margin=0.0).embedded == 0
    assert plan(path, fs, ft, ES, EN, weights, embedder).embedded <= short // 8
    assert plan(path, fs, ft, ES, EN, weights, embedder, margin=1e9).embedded == every
    # With a merge, only spans around it are embedded, far fewer than every span.
    tgt = EN[:4] + [MERGED_4_5] + EN[6:]
    fs, ft, weights, path = _first_pass(ES, tgt, embedder)
    planned = plan(path, fs, ft, ES, tgt, weights, embedder)
    assert 1 <= planned.embedded <= short // 4
    ends = [
        e
        for side in (planned.src, planned.tgt)
        if side.spans is not None
        for table in side.spans.index.values()
        for e in np.flatnonzero(table >= 0).tolist()
    ]
    assert all(3 <= e <= 8 for e in ends)


def test_without_embeddings_the_second_pass_changes_nothing():
    tgt = EN[:4] + [MERGED_4_5] + EN[6:]
    on = run(ES, tgt, None, overlap=True)
    off = run(ES, tgt, None, overlap=False)
    assert shape(on) == shape(off)
    assert [b.confidence for b in on.beads] == [b.confidence for b in off.beads]
    assert on.signature == off.signature
    assert "|overlap:" not in on.signature


# Written for this test: one long Spanish sentence that the English translation splits
# into five short ones (a 1-5 bead), between faithful 1-1 sentences of the text above.
LONG_ES = (
    "Los técnicos revisaron las tuberías de la red, cerraron los pozos contaminados, "
    "instalaron contadores nuevos en los barrios del sur, formaron a los vecinos en el "
    "ahorro de agua y publicaron cada semana los datos del consumo."
)
SPLIT_EN = [
    "The technicians inspected the network's pipes.",
    "They closed the contaminated wells.",
    "They installed new meters in the southern districts.",
    "They trained residents to save water.",
    "And every week they published the consumption figures.",
]


def test_one_source_sentence_split_into_five_is_one_bead(embedder):
    from aligner.alignment.overlap import EXTRA_BEAD

    src = ES[:4] + [LONG_ES] + ES[4:]
    tgt = EN[:4] + SPLIT_EN + EN[4:]
    result = run(src, tgt, embedder)
    # A 1-5 bead (six sentences) is beyond the first pass's max_bead of 5: only the
    # second pass, which considers beads EXTRA_BEAD bigger, can produce it.
    assert EXTRA_BEAD >= 1
    assert ((4,), (4, 5, 6, 7, 8)) in shape(result)
    assert all(len(b.src) == 1 and len(b.tgt) == 1 for b in result.beads if b.src != (4,))
    assert "|second:longest=" in result.signature and ",extra_bead=" in result.signature
    assert ",scorer=" in result.signature
    # Without the second pass the same text cannot come out as one bead.
    assert ((4,), (4, 5, 6, 7, 8)) not in shape(run(src, tgt, embedder, overlap=False))


def _plain_sides(src: list[str], tgt: list[str]) -> tuple[SideFeatures, SideFeatures]:
    from aligner.alignment.score import side_features

    s = load_document("src", "es", True, "\n".join(src))
    t = load_document("tgt", "en", True, "\n".join(tgt))
    return side_features(s.sentences, "es", None), side_features(t.sentences, "en", None)


def test_gaps_left_for_later_and_kept_costs_change_nothing(monkeypatch):
    """The search's shortcuts (gaps computed on demand, bead costs kept for the backward
    pass) give the same path, costs and gaps as computing everything at once."""
    src = ES * 5
    tgt = EN[:3] + EN[4:] + EN * 3 + [EN[0] + " " + EN[1]] + EN[2:]
    fs, ft = _plain_sides(src, tgt)
    weights = fitted_weights("no_embeddings")
    monkeypatch.setattr(align_module, "FULL_SEARCH_CELLS", 50)  # the banded search
    now = align_module.find_path(fs, ft, weights)
    later = align_module.find_path(fs, ft, weights, with_gaps="later")
    assert now.gaps is not None and later.gaps is None
    assert later.with_gaps() == now
    monkeypatch.setattr(align_module, "KEEP_COSTS", 0)  # every block scored twice
    assert align_module.find_path(fs, ft, weights) == now
    assert align_module.find_path(fs, ft, weights, with_gaps=False).gaps is None


def _gaps_one_by_one(path, band, through, n, m) -> list[float]:
    """The min-marginal gaps as search._boundary_gaps computed them cell by cell before
    branch speed17a vectorised it: the reference it must equal."""
    best = float(through[band.index(n, m)])
    on_path = {(0, 0)} | {(s1, t1) for _s0, s1, _t0, t1 in path.spans}

    def gap(i: int, j: int) -> float:
        if (i, j) in ((0, 0), (n, m)):
            return align_module.GAP_CAP
        rivals = []
        for di, dj in ((0, -2), (0, -1), (0, 1), (0, 2), (-1, 0), (1, 0), (-2, 0), (2, 0)):
            qi, qj = i + di, j + dj
            if 0 <= qi <= n and band.inside(qi, qj) and (qi, qj) not in on_path:
                rivals.append(float(through[band.index(qi, qj)]))
        if not rivals:
            return align_module.GAP_CAP
        return float(min(align_module.GAP_CAP, max(0.0, min(rivals) - best)))

    return [min(gap(s0, t0), gap(s1, t1)) for s0, s1, t0, t1 in path.spans]


def test_boundary_gaps_equal_the_rival_cells_one_by_one(monkeypatch):
    """The vectorised gaps equal the cell-by-cell ones exactly, in a band narrow enough
    that some rival cells fall outside it."""
    from aligner.alignment.score import BeadScorer

    src = ES * 3
    tgt = EN[:3] + EN[4:] + EN + [EN[0] + " " + EN[1]] + EN[2:]
    fs, ft = _plain_sides(src, tgt)
    scorer = BeadScorer(fs, ft, fitted_weights("no_embeddings"))
    types = align_module.bead_types(5)
    n, m = len(fs), len(ft)
    first = align_module.run_dp(scorer, n, m, *align_module.full_windows(n, m), types)
    monkeypatch.setattr(align_module, "BAND_GRID", 1)  # a band of 1 column either side
    lo, hi = align_module.band_from_path(first, n, m, 1, scale=1)
    band, total, _choice, _step, row_costs = align_module._forward(scorer, n, m, lo, hi, types)
    through = total + align_module._backward(scorer, row_costs, band, n, m)
    path = align_module.run_dp(scorer, n, m, lo, hi, types)
    gaps = align_module._boundary_gaps(path, band, through, n, m)
    assert gaps == _gaps_one_by_one(path, band, through, n, m)
    assert band.cells < (n + 1) * (m + 1) / 2 and min(gaps) < align_module.GAP_CAP


def test_window_nulls_are_the_scorers_made_once_per_window():
    """The DP's 0-1 costs per window of columns (search._WindowNulls) are the scorer's
    own per-sentence null costs, computed once for the rows that share a window."""
    import dataclasses

    from aligner.alignment.score import BeadScorer

    fs, ft = _plain_sides(ES, EN[:3] + EN[4:])
    # Short sentences cheaper to leave out: a null cost of each sentence's own.
    weights = dataclasses.replace(fitted_weights("no_embeddings"), null_short=200.0)
    scorer = BeadScorer(fs, ft, weights)
    nulls = align_module._WindowNulls(scorer)
    window = nulls(2, 6)
    assert np.array_equal(window, scorer.null_steps(np.arange(2, 6)))
    assert nulls(2, 6) is window and not np.array_equal(nulls(0, 4), window)


def test_refining_several_alignments_embeds_their_spans_in_one_call(embedder):
    """Selective embedding's regions are refined together (overlap.refine_many): the same
    paths as one refine each, with every concatenated span sent to the model at once."""
    from aligner.alignment.overlap import Part, refine, refine_many

    pairs = [
        (ES, EN[:4] + [MERGED_4_5] + EN[6:]),  # a 2-1 bead
        (ES, EN),  # faithful: nothing to embed
        (ES[:4] + [LONG_ES] + ES[4:], EN[:4] + SPLIT_EN + EN[4:]),  # a 1-5 bead
    ]
    parts = []
    for src, tgt in pairs:
        fs, ft, weights, path = _first_pass(src, tgt, embedder)
        parts.append(Part(path, fs, ft, src, tgt))
    calls = []

    class Counting:
        def embed(self, texts):
            calls.append(len(texts))
            return embedder.embed(texts)

    together = refine_many(parts, weights, Counting(), second=weights)
    assert len(calls) == 1 and calls[0] == sum(r.embedded for r in together) > 0
    for part, many in zip(parts, together, strict=True):
        one = refine(
            part.path, part.src, part.tgt, part.src_texts, part.tgt_texts, weights, embedder,
            5, weights,
        )  # fmt: skip
        assert many.path.spans == one.path.spans and many.path.costs == one.path.costs
        assert many.embedded == one.embedded
