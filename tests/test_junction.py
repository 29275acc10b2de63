"""Junction moves after the second pass (aligner.alignment.junction), with the real FreeDict
German–French dictionary Debian installs (./run installs it).

German and French sentences written for these tests (a toy mountaineering report).
"""

from aligner.alignment.dictionary import dictionary_sides
from aligner.alignment.junction import bead_cost, move_junctions
from aligner.alignment.score import BeadScorer, Weights, side_features
from aligner.alignment.search import Path
from aligner.types import Sentence
from tests.test_dictionary import needs_deu_fra

DE = [
    "Der Schnee lag tief am Gipfel.",
    "Die Träger brachten die Zelte zum Lager am Gletscher.",
    "Die Seilschaft erreichte den Gipfel am Morgen.",
]
FR = [
    "La neige était profonde au sommet.",
    "Les porteurs apportèrent les tentes au camp du glacier.",
    "La cordée atteignit le sommet le matin.",
]


def side(texts: list[str], lang: str):
    """Features of sentences without vectors: length, numbers, subwords, no embedding."""
    sentences = [Sentence(k, t, 0, len(t), 0) for k, t in enumerate(texts)]
    return side_features(sentences, lang, None)


def _scorer_and_words():
    src_words, tgt_words = dictionary_sides(DE, FR, "de", "fr")
    return BeadScorer(side(DE, "de"), side(FR, "fr"), Weights()), src_words, tgt_words


def _path(scorer, spans):
    return Path(spans, [bead_cost(scorer, s) for s in spans], [1.0] * len(spans))


@needs_deu_fra
def test_a_junction_sentence_joins_the_bead_that_translates_it():
    scorer, src, tgt = _scorer_and_words()
    # The porters' sentence is cut from its translation: German 1 sits with French 0,
    # French 1 with German 2.
    wrong = _path(scorer, [(0, 2, 0, 1), (2, 3, 1, 3)])
    moved = move_junctions(wrong, scorer, src, tgt, 3, 10.0, 6)
    together = [s for s in moved.spans if s[0] <= 1 < s[1] and s[2] <= 1 < s[3]]
    assert len(together) == 1
    assert moved.gaps == [0.0, 0.0]  # moved beads are marked doubtful
    # Nothing moves where each bead already holds its translation, nor when the cost
    # may not rise.
    right = _path(scorer, [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)])
    assert move_junctions(right, scorer, src, tgt, 3, 10.0, 6).spans == right.spans
    assert move_junctions(wrong, scorer, src, tgt, 3, -10.0, 6).spans == wrong.spans


@needs_deu_fra
def test_the_bead_that_gave_a_sentence_up_is_cut_again():
    de = DE + ["Am Abend kehrten alle ins Tal zurück."]
    fr = FR + ["Le soir, tous redescendirent dans la vallée."]
    scorer = BeadScorer(side(de, "de"), side(fr, "fr"), Weights())
    src, tgt = dictionary_sides(de, fr, "de", "fr")
    # The porters' French sentence sits in the right bead, with the summit and the evening;
    # with beads of at most 5 sentences it can only move left, and the right bead it
    # leaves is two clean pairs.
    wrong = _path(scorer, [(0, 2, 0, 1), (2, 4, 1, 4)])
    moved = move_junctions(wrong, scorer, src, tgt, 3, 10.0, 5)
    assert moved.spans == [(0, 2, 0, 2), (2, 3, 2, 3), (3, 4, 3, 4)]
    assert moved.gaps == [0.0, 0.0, 0.0]
