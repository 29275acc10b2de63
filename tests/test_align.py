"""Alignment on small documents written for these tests, with the real e5 model."""

import random

import pytest

import aligner.align as align_module
from aligner.api import align, load_document
from aligner.score import Weights

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
