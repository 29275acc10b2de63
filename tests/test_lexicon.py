"""The document-internal lexicon of the second pass (aligner.alignment.lexicon), opt-in.

German and French sentences written for these tests (a toy mountaineering report).
"""

import numpy as np

from aligner.alignment.lexicon import build_lexicon, lexicon_span, model_one, uncovered_words
from aligner.alignment.score import Weights, sentence_null_costs
from tests.test_align import _synthetic_side

DE = [
    "Der Schnee lag tief am Gipfel.",
    "Die Träger brachten Zelte zum Lager.",
    "Am Morgen war der Gipfel klar.",
    "Der Schnee fiel die ganze Nacht.",
    "Die Träger warteten im Lager.",
    "Zelte und Seile blieben am Gletscher.",
    "Der Gletscher war voller Spalten.",
    "Seile halfen über die Spalten.",
]
FR = [
    "La neige était profonde au sommet.",
    "Les porteurs apportèrent des tentes au camp.",
    "Le matin, le sommet était dégagé.",
    "La neige tomba toute la nuit.",
    "Les porteurs attendirent au camp.",
    "Tentes et cordes restèrent sur le glacier.",
    "Le glacier était plein de crevasses.",
    "Les cordes aidèrent à passer les crevasses.",
]


def test_model_one_learns_translations_from_cooccurrence():
    pairs = [
        (["schnee", "gipfel"], ["neige", "sommet"]),
        (["schnee", "nacht"], ["neige", "nuit"]),
        (["gipfel", "morgen"], ["sommet", "matin"]),
    ]
    table = model_one(pairs)
    # "schnee" appears with "neige" twice and with anything else once.
    assert max(table["schnee"], key=table["schnee"].get) == "neige"
    assert max(table["gipfel"], key=table["gipfel"].get) == "sommet"


def _span(lexicon, rows):
    span = {}
    lexicon_span(span, lexicon, np.array([rows]))
    return span


def test_a_sentence_translated_in_two_costs_less_as_one_to_two_than_with_a_null():
    # The lexicon learns from the eight 1-1 pairs; the last source sentence is
    # translated by the last two target sentences.
    src_texts = DE + ["Die Träger brachten Seile zum Gletscher."]
    tgt_texts = FR + ["Les porteurs apportèrent des cordes.", "Ils montèrent au glacier."]
    src, tgt = build_lexicon(src_texts, tgt_texts, [(i, i) for i in range(len(DE))])
    weights = Weights(null=0.7, lexicon=0.1)
    side = _synthetic_side(np.eye(len(tgt_texts)))
    side.lexicon = tgt
    null_costs = sentence_null_costs(side, weights)
    assert null_costs is not None
    last = len(DE)
    one_and_null = uncovered_words(_span(src, [last]), _span(tgt, [last]))[0, 0]
    one_to_two = uncovered_words(_span(src, [last]), _span(tgt, [last, last + 1]))[0, 0]
    # The split-off sentence's word ("glacier") is a known translation of the source's
    # "gletscher": joined, it is covered; left out, it costs as a known word.
    assert null_costs[last + 1] > weights.null
    assert weights.lexicon * one_to_two < weights.lexicon * one_and_null + (
        null_costs[last + 1] - weights.null
    )
    # Off by default: one null cost for every sentence.
    assert sentence_null_costs(side, Weights(null=0.7)) is None
