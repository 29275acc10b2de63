"""The bilingual dictionary of the second pass (aligner.alignment.dictionary), with the
real FreeDict German–French dictionary Debian installs (./run installs it).

German and French sentences written for these tests (a toy mountaineering report).
"""

import os

import numpy as np
import pytest

from aligner.alignment import dictionary
from aligner.alignment.dictionary import dictionary_sides, split_evidence, word_translations
from aligner.alignment.lexicon import lexicon_span

# Checked by file, not by loading: collection must not build the tables.
needs_deu_fra = pytest.mark.skipif(
    not os.path.exists(os.path.join(dictionary.dictionary_dir(), "freedict-deu-fra.index")),
    reason="dict-freedict-deu-fra is not installed",
)


@needs_deu_fra
def test_words_compounds_and_inflections_find_their_translations():
    de_fr = dictionary.load("de", "fr").table
    fr_de = dictionary.load("fr", "de").table
    assert dictionary.stem("neige") in word_translations("schnee", de_fr)
    # Inflected: the plural dative finds the singular's entry.
    assert dictionary.stem("glacier") in word_translations("gletschern", de_fr)
    # A compound the dictionary lacks, split into two words it has.
    assert "gipfelbesteigung" not in de_fr
    assert dictionary.stem("sommet") in word_translations("gipfelbesteigung", de_fr)
    # French plural and the reverse direction (fra-deu and deu-fra both read).
    assert dictionary.stem("gletscher") in word_translations("glaciers", fr_de)


DE = [
    "Der Schnee lag tief am Gipfel.",
    "Die Träger brachten die Zelte zum Lager am Gletscher.",
    "Die Seilschaft erreichte den Gipfel am Morgen, und die Träger brachten Zelte.",
]
FR = [
    "La neige était profonde au sommet.",
    "Les porteurs apportèrent les tentes au camp du glacier.",
    "La cordée atteignit le sommet le matin,",
    "et les porteurs apportèrent des tentes.",
]


def _span(words, rows):
    span = {}
    lexicon_span(span, words, np.array([rows]), "dict_")
    return span


@needs_deu_fra
def test_two_beads_side_by_side_split_and_a_clause_across_the_cut_does_not():
    src, tgt = dictionary_sides(DE, FR, "de", "fr")
    # A 2-2 bead of two clean 1-1 pairs: each part translates its counterpart, nothing
    # is translated across the cut. (Target spans list their sentences last first.)
    clean = split_evidence(_span(src, [0, 1]), _span(tgt, [1, 0]), 3.0)[0, 0]
    # A 2-2 bead whose second source sentence is translated by both target sentences
    # (one sentence split in two in French): cutting it leaves a translated clause across.
    crossed = split_evidence(_span(src, [0, 2]), _span(tgt, [3, 2]), 3.0)[0, 0]
    assert clean > 0.3
    assert crossed < 0.1


def test_a_missing_dictionary_degrades_with_a_message(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_DICTD_DIR", str(tmp_path))
    assert dictionary.load("de", "fr") is None
    assert dictionary.route("de", "fr") == "none"
    assert dictionary_sides(DE, FR, "de", "fr") is None
    message = dictionary.missing_dictionary("de", "fr")
    assert "apt-get install dict-freedict-deu-fra" in message


@needs_deu_fra
def test_the_signature_names_the_dictionary_read():
    from aligner.alignment.engine import signature
    from aligner.alignment.score import Weights
    from aligner.types import AlignConfig

    config, first = AlignConfig(), Weights()
    with_cut = signature("de", "fr", config, first, None, None, Weights(dictionary_cut=1))
    assert "|dict:" + dictionary.dictionary_dir() + ":freedict-deu-fra@" in with_cut
    without = signature("de", "fr", config, first, None, None, Weights())
    assert "|dict:" not in without


def test_an_alignment_without_the_pairs_dictionary_says_so(embedder, tmp_path, monkeypatch):
    from tests.test_align import EN, ES, run

    monkeypatch.setenv("ALIGNER_DICTD_DIR", str(tmp_path))
    result = run(ES, EN, embedder)
    assert "|dict:none|" in result.signature
    assert any("apt-get install dict-freedict-spa-eng" in w for w in result.warnings)
    assert [(b.src, b.tgt) for b in result.beads] == [((i,), (i,)) for i in range(len(ES))]


# Invented words the dictionary cannot know (written for this test): a text mostly of
# them, like a pair whose dictionary is small, must not read as "nothing translated".
GIBBERISH_DE = ["Die Wolkraner flumpten gestern die Brakselwiesen am Trollhang."]
GIBBERISH_FR = ["Les wolkranes ont flumpé hier les braksellières du trollpente."]


@needs_deu_fra
def test_a_dictionary_that_knows_too_few_words_is_not_used_and_says_so():
    assert dictionary.weak_coverage(DE, FR, "de", "fr") is None
    assert dictionary_sides(DE, FR, "de", "fr") is not None
    weak = dictionary.weak_coverage(GIBBERISH_DE, GIBBERISH_FR, "de", "fr")
    assert weak is not None and weak < dictionary.MIN_COVERAGE
    assert dictionary_sides(GIBBERISH_DE, GIBBERISH_FR, "de", "fr") is None
    message = dictionary.missing_dictionary("de", "fr", GIBBERISH_DE, GIBBERISH_FR)
    assert "second pass ran without dictionary evidence" in message
    assert dictionary.missing_dictionary("de", "fr", DE, FR) is None
