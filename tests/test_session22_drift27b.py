"""Removed nouns, adjectives and adverbs, session 22 (docs/drift.md, "Session 22
(drift27b)"): the marks and small words a cut noun leaves in English
(:mod:`aligner.drift.cut_nouns`), a list of adjectives closed by a bare plural
(:mod:`aligner.drift.adjective_lists`), "the same" or an ordinal left out
(:mod:`aligner.drift.removed_same`), and a unit lost after its figure
(:mod:`aligner.drift.lost_units`). Every sentence here is written here for these tests,
not taken from any of the data. No e5; the pipeline cases run as one ``check_pairs``
batch (tests/drift_batch.py)."""

from __future__ import annotations

import os

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift import adjective_lists, cut_nouns
from aligner.drift.lexical_diff import WORDNET
from aligner.drift.stranded import stranded
from aligner.drift.text import tokenize
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")
needs_wordnet = pytest.mark.skipif(
    not os.path.exists(os.path.join(WORDNET, "index.adj")), reason="WordNet is not installed"
)

_batch = batch_fixture()


def _cuts(text: str) -> list[tuple[str, str]]:
    """(shape, words) for every cut :mod:`cut_nouns` reads in ``text``."""
    toks = tokenize(text)
    out = []
    for i in range(len(toks)):
        for shape in cut_nouns.SHAPES:
            k = shape(toks, i)
            if k is not None:
                out.append((shape.__name__, text[toks[i].start : toks[k].end]))
    return out


# --- the shapes, on English alone ---


@needs_wordnet
@pytest.mark.parametrize(
    "text, shape, cut",
    [
        ("The clinic now treats patients with anti- in the winter.", "open_prefix", "anti- in"),
        ("Doctors learned to read the patient's micro-.", "open_prefix", "micro-."),
        ("The show began at nine (20:00 ) and ended late.", "padded_bracket", "00 )"),
        ("Two thousand boxes of have been sent to the port.", "of_auxiliary", "of have"),
        ("The use of will grow next year.", "of_auxiliary", "of will"),
        (
            "After five of difficult talks, the unions signed.",
            "figure_of_adjective",
            "five of difficult",
        ),
        ("We counted 12 of wooden chairs in the hall.", "figure_of_adjective", "12 of wooden"),
        ("According to a published in May, sales fell.", "article_participle", "a published in"),
        ("Prices rose faster than (the report says) wages did.", "than_nothing", "than ("),
        ("He acted to protect the town and in no those of the mayor.", "no_determiner", "no those"),
        (
            "Shells fell on densely populated residential.",
            "modifiers_object",
            "on densely populated residential.",
        ),
    ],
)
def test_a_cut_noun_leaves_its_mark(text, shape, cut):
    assert (shape, cut) in _cuts(text)


@needs_wordnet
@pytest.mark.parametrize(
    "text",
    [
        # an open hyphen completed by the next word
        "Both pre- and post-war housing was sold.",
        "The short- to long-term effects are unknown.",
        "First-, second- and third-year pupils came.",
        # a hyphen used as a dash, joined to the aside's words
        "The dominance -now in decline- of the old party ended.",
        # brackets as written, or an emoticon
        "The show began at nine (20:00) and ended late.",
        "The symbols :-( and :-) are emoticons.",
        # a stranded "of" closing a relative clause, after a verb or an adjective
        "What they were afraid of was the dark.",
        "The letters to watch out for are these two.",
        "The thing we spoke of is gone.",
        "The town the family lived in was small.",
        "What we think of is the cost.",
        # a figure's "of" before a determiner, a pronoun or a quantifier
        "Seven of the defeats came in May.",
        "Two of many reasons were given.",
        "Three of them were injured.",
        "Four of seven had a fever, two of nine had none.",
        "The question is one of great importance.",
        "At 10:30 of the morning they left.",
        # an article before a noun in "-ed", or a participle before its noun
        "She needs a bed for the night.",
        "There is a need for more nurses.",
        "It was a watershed in the history of the town.",
        "They signed a published agreement in May.",
        # "than" with its object, "no" before a noun
        "Prices rose faster than wages (as the report says).",
        "There is no doubt that the town grew.",
        "She said yes, not no, the day before.",
        # a preposition's object with its noun, an idiom, an ellipsis
        "Shells fell on densely populated residential areas.",
        "They tried to stop it, but in vain.",
        "He spoke with barely concealed...anger.",
    ],
)
def test_english_that_keeps_its_nouns(text):
    assert _cuts(text) == []


@needs_wordnet
def test_stranded_reads_the_new_shapes():
    text = "The use of has doubled since the spring."
    toks = tokenize(text)
    assert [text[a:b] for a, b in stranded(toks)] == ["of has"]
    assert cut_nouns.cut_at(toks, text.index("of has"))


def _lists(text: str) -> list[str]:
    toks = tokenize(text)
    out = []
    for i in range(len(toks)):
        k = adjective_lists.adjectives_then_noun(toks, i)
        if k is not None:
            out.append(text[toks[i].start : toks[k].end])
    return out


@needs_wordnet
@pytest.mark.parametrize(
    "text, cut",
    [
        (
            "Prices vary with regional, fiscal and factors.",
            "regional, fiscal and factors",
        ),
        ("They kept their different and customs for years.", "different and customs"),
        ("We studied the philosophical and roots of the law.", "philosophical and roots"),
    ],
)
def test_adjectives_closed_by_a_bare_plural(text, cut):
    assert _lists(text) == [cut]


@needs_wordnet
@pytest.mark.parametrize(
    "text",
    [
        "Prices vary with regional, fiscal and economic factors.",
        "They kept their different traditions and customs for years.",
        "The plan covers economic and workforce development.",
        "The results were online or paper based.",
        "The disease is serious and affects the lungs.",
        "Young and old people came to the fair.",
    ],
)
def test_lists_that_keep_their_words(text):
    assert _lists(text) == []


# --- through the pipeline ---


def _omissions(found) -> list:
    return [f for f in found if f.type == "omission" and f.severity in ("major", "critical")]


@needs_apertium
@needs_wordnet
@pytest.mark.parametrize(
    "src, tgt",
    [
        (
            "Varios miles de cajas de medicinas han sido enviadas al puerto.",
            "Several thousand boxes of have been sent to the port.",
        ),
        (
            "Según un informe publicado en mayo, las ventas cayeron.",
            "According to a published in May, sales fell.",
        ),
    ],
)
def test_a_cut_noun_is_reported(src, tgt):
    found = _omissions(findings(__name__, src, tgt, "es"))
    assert found and "a noun" in found[0].message


@needs_apertium
@needs_wordnet
@pytest.mark.parametrize(
    "src, tgt",
    [
        (
            "Varios miles de cajas de medicinas han sido enviadas al puerto.",
            "Several thousand boxes of medicine have been sent to the port.",
        ),
        (
            "Según un informe publicado en mayo, las ventas cayeron.",
            "According to a report published in May, sales fell.",
        ),
    ],
)
def test_the_faithful_twins_are_not(src, tgt):
    assert _omissions(findings(__name__, src, tgt, "es")) == []


# --- "the same" and ordinals (Spanish sources, the quiet pass) ---


def _removals(found) -> list:
    return [f for f in _omissions(found) if "says which one" in f.message]


@needs_apertium
@pytest.mark.parametrize(
    "src, tgt",
    [
        (
            "Los dos equipos llegaron a la misma conclusión después de la reunión.",
            "The two teams came to the conclusion after the meeting.",
        ),
        (
            "El tren salió de la estación y volvió el mismo día por la tarde.",
            "The train left the station and came back the day in the afternoon.",
        ),
        (
            "Portugal es el séptimo país de la región que firma el acuerdo.",
            "Portugal is the country of the region to sign the agreement.",
        ),
    ],
)
def test_the_same_or_an_ordinal_left_out_is_reported(src, tgt):
    assert _removals(findings(__name__, src, tgt, "es"))


@needs_apertium
@pytest.mark.parametrize(
    "src, tgt",
    [
        (
            "Los dos equipos llegaron a la misma conclusión después de la reunión.",
            "The two teams came to the same conclusion after the meeting.",
        ),
        # the sameness carried by a verb, and an idiom
        (
            "Si habéis compartido el mismo piso que una persona enferma, llamad al médico.",
            "If you have shared a flat with a sick person, call the doctor.",
        ),
        (
            "Al mismo tiempo, los precios de la vivienda subieron en la capital.",
            "Meanwhile, house prices rose in the capital.",
        ),
        (
            "Portugal es el séptimo país de la región que firma el acuerdo.",
            "Portugal is the seventh country of the region to sign the agreement.",
        ),
        # a plural ordinal after a figure is a fraction
        (
            "La inflación bajó dos décimas en el mes de mayo.",
            "Inflation fell by 0.2 points in May.",
        ),
    ],
)
def test_the_same_or_an_ordinal_rendered_or_reworded_is_not(src, tgt):
    assert _removals(findings(__name__, src, tgt, "es")) == []


# --- "as as": the adverb of "as early as" cut (noun_gaps' doubled word) ---


@needs_apertium
@pytest.mark.parametrize(
    "src, tgt, found",
    [
        (
            "Las obras debían terminar ya en 2011, según el ayuntamiento.",
            "The works were due to end as as 2011, according to the council.",
            True,
        ),
        (
            "Las obras debían terminar ya en 2011, según el ayuntamiento.",
            "The works were due to end as early as 2011, according to the council.",
            False,
        ),
    ],
)
def test_as_written_twice(src, tgt, found):
    gaps = [f for f in _omissions(findings(__name__, src, tgt, "es")) if "as as" in f.message]
    assert bool(gaps) == found


# --- a unit lost after its figure (Spanish sources, the quiet pass) ---


def _units(found) -> list:
    return [f for f in _omissions(found) if "the unit seems" in f.message]


@needs_apertium
@pytest.mark.parametrize(
    "src, tgt, found",
    [
        (
            "El nuevo puente tendrá una longitud de 300 metros, dijo el alcalde.",
            "The new bridge will have a length of 300, the mayor said.",
            True,
        ),
        (
            "La empresa gestionará el puerto durante 12 años a partir de enero.",
            "The company will run the port for 12, starting in January.",
            True,
        ),
        (
            "El nuevo puente tendrá una longitud de 300 metros, dijo el alcalde.",
            "The new bridge will be 300 metres long, the mayor said.",
            False,
        ),
        # a currency sign before the figure
        (
            "La entrada al museo cuesta 12 dólares, según la web.",
            "Entry to the museum costs $12, according to the website.",
            False,
        ),
        # an age: the noun after the figure is understood
        (
            "Un niño de 14 años fue detenido por la policía en el centro.",
            "A boy, 14, was arrested by the police in the centre.",
            False,
        ),
    ],
)
def test_a_unit_lost_after_its_figure(src, tgt, found):
    assert bool(_units(findings(__name__, src, tgt, "es"))) == found
