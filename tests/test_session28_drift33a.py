"""Added words, session 28 (docs/drift.md, "Session 28 (drift33a)"): a word of judgement
the translation adds, an adjective or a "-ly" adverb VADER rates clearly good or bad that
nothing in the source or its literal MT says (:mod:`aligner.drift.added_judgements`).

The sentences are written here for these tests; none is taken from any of the data.
Each source is worded so that the readers that need the words around the added word
rendered give up: a head the dictionary does not pair with the source's noun, a clause
the MT words otherwise, an Italian word left in the Spanish (as a proxy's has them)."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import find_route
from aligner.drift import opposite_valence
from aligner.drift.added_judgements import added_judgement, judgement_candidate
from aligner.drift.lexical_diff import analyse
from aligner.drift.pos_fluency import tag_texts
from tests.drift_batch import analysed_words, assert_added_or_quiet, batch_fixture

_batch = batch_fixture()
needs_es = pytest.mark.skipif(find_route("es", "en") is None, reason="no Apertium es-en")
needs_vader = pytest.mark.skipif(not opposite_valence.available(), reason="no VADER ratings")

_DAY_ES = (
    "Cada día que pasa empuja a otra familia hacia la calle, ha dicho ieri la concejala del barrio."
)
_DAY_EN = (
    "Every day that passes pushes another family onto the street, the neighbourhood "
    "councillor said yesterday."
)
_FARMERS_ES = "Durante siglos, la mayoría de los agricultores del valle cultivaban solo para comer."
_FARMERS_EN = "For centuries, most farmers in the valley grew crops only to eat."
_FAIR_ES = (
    "Los vendedores proponen generalmente ofertas de platos y de bebidas para los invitados "
    "de la feria."
)
_FAIR_EN = "The sellers usually offer food and drink deals for the fair's guests."


@needs_es
@needs_vader
@pytest.mark.parametrize(
    "src,tgt,added",
    [
        # an adverb of judgement before the verb, where the MT words the clause otherwise
        # ("that passes pushes" ↔ MT "that spends pushes") and an Italian word ("ieri")
        # stands in the source: the manner-adverb reader gives up
        (_DAY_ES, _DAY_EN.replace("passes pushes", "passes happily pushes"), "happily"),
        (_DAY_ES, _DAY_EN, None),
        # an adjective of judgement before a noun the dictionary does not pair with the
        # source's ("farmers" for "agricultores", MT "agriculturalists")
        (_FARMERS_ES, _FARMERS_EN.replace("most farmers", "most honest farmers"), "honest"),
        (_FARMERS_ES, _FARMERS_EN, None),
        # before a noun that renders the source's freely ("food" for "platos")
        (_FAIR_ES, _FAIR_EN.replace("offer food", "offer nasty food"), "nasty"),
        (_FAIR_ES, _FAIR_EN, None),
    ],
)
def test_judgement_added(src: str, tgt: str, added: str | None) -> None:
    assert_added_or_quiet(__name__, src, tgt, added)


_GUARDS = {
    # the source says it, and the dictionary pairs it ("crueles" → "cruel")
    "said": (
        "Los guardias crueles vigilaban la entrada de la fábrica durante la huelga.",
        "The cruel guards watched the factory entrance during the strike.",
    ),
    # the source says it with a noun, which its MT keeps ("with brutality"): a word of
    # the same colour
    "same_colour": (
        "Los guardias vigilaban con brutalidad la entrada de la fábrica textil.",
        "The violent guards watched the entrance of the textile factory.",
    ),
    # a comparative where the MT says "more" ("retrasos más de entidad")
    "graded": (
        "Las primeras ciudades que cerraron sus escuelas obtuvieron retrasos más de entidad "
        "antes del pico.",
        "The first cities that closed their schools had greater delays before the peak.",
    ),
    # a source adjective nothing renders near ("gorda"): the translator's idiom
    "reworded": (
        "El alcalde hizo la vista gorda ante las obras del puerto durante años.",
        "The mayor turned a blind eye to the works at the port for years.",
    ),
}


@needs_es
@needs_vader
@pytest.mark.parametrize("key", sorted(_GUARDS))
def test_judgement_guards(key: str) -> None:
    src, tgt = analysed_words(_GUARDS)[key]
    mt = analyse([_mt(_GUARDS[key][0])], "en", "es")
    assert mt is not None
    assert added_judgement(src, tgt, mt[0], _GUARDS[key][1]) is None


@needs_es
@needs_vader
def test_judgement_prefilter() -> None:
    """The pre-filter picks a rated word the MT text lacks, not one it has."""
    tagged = tag_texts(
        [
            _DAY_EN.replace("passes pushes", "passes happily pushes"),
            "The cruel guards watched the entrance.",
        ]
    )
    assert tagged is not None
    mt = {
        "each",
        "day",
        "that",
        "spends",
        "pushes",
        "the",
        "cruel",
        "guards",
        "watched",
        "entrance",
    }
    assert judgement_candidate(tagged[0], mt)
    assert not judgement_candidate(tagged[1], mt)


def _mt(text: str) -> str:
    from aligner.alignment.mt import load_translator

    return load_translator("es", "en", pivot=False).translate([text])[0]
