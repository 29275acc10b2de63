"""Removed nouns, verbs and subjects, session 24 (docs/drift.md, "Session 24 (drift29c)"):
an adjective left before a preposition or "and"/"or" where English puts it only before
its noun, with a degree adverb between the source's noun and adjective
(:mod:`aligner.drift.headless`); a figure left straight before a verb or a subject
pronoun, its counted noun gone (:mod:`aligner.drift.counted_nouns`). Every sentence here
is written here for these tests, not taken from any of the data. No e5; the word
readings use Apertium's analyses of the pairs below in one batch, the pipeline cases one
``check_pairs`` batch (tests/drift_batch.py)."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.counted_nouns import lost_counted
from aligner.drift.headless import headless_adjective
from tests.drift_batch import analysed_words, batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

# (source, translation) by name; the readers below are asked about each.
PAIRS = {
    # a noun cut before "or": the adjective stands between an article and "or"
    "small or": (
        "Preferían un coche barato o incluso una bicicleta vieja.",
        "They would rather have had a cheap or even an old bicycle.",
    ),
    "small car or": (
        "Preferían un coche barato o incluso una bicicleta vieja.",
        "They would rather have had a cheap car or even an old bicycle.",
    ),
    # "más" between the noun and its adjective, a preposition after the adjective
    "faster for": (
        "La llegada de coches más rápidos para la carrera sorprendió a todos.",
        "The arrival of faster for the race surprised everyone.",
    ),
    "faster cars for": (
        "La llegada de coches más rápidos para la carrera sorprendió a todos.",
        "The arrival of faster cars for the race surprised everyone.",
    ),
    # after "and", a noun the two words share: "economic and health toll"
    "economic and health": (
        "El estudio midió la consecuencia económica y sanitaria del cierre.",
        "The study measured the economic and health toll of the closure.",
    ),
    # after a noun, the adjective is a predicate or stands after its noun
    "drugs available at": (
        "Hay medicamentos disponibles en la farmacia del pueblo.",
        "There are drugs available at the village pharmacy.",
    ),
    # a figure before a verb: its counted noun gone
    "300 were": (
        "Cerca de 300 casas fueron destruidas por el fuego.",
        "Nearly 300 were destroyed by the fire.",
    ),
    "300 houses were": (
        "Cerca de 300 casas fueron destruidas por el fuego.",
        "Nearly 300 houses were destroyed by the fire.",
    ),
    # a figure before a subject pronoun
    "four he": (
        "Durante las cuatro temporadas que entrenó al equipo, ganó dos ligas.",
        "During the four he coached the team, he won two leagues.",
    ),
    "four seasons he": (
        "Durante las cuatro temporadas que entrenó al equipo, ganó dos ligas.",
        "During the four seasons he coached the team, he won two leagues.",
    ),
    # a participle that qualifies the noun after it: nothing is missing
    "200 promised jobs": (
        "El ayuntamiento creará los 200 puestos prometidos antes de junio.",
        "The council will create the 200 promised jobs before June.",
    ),
    # people: a count of people is read as a bare figure
    "40 died": (
        "Unas 40 personas murieron en el incendio del almacén.",
        "Some 40 died in the warehouse fire.",
    ),
}


def _headless(key: str) -> tuple[str, str] | None:
    src, tgt = analysed_words(PAIRS)[key]
    found = headless_adjective(src, tgt, PAIRS[key][1], "es")
    return found and (found[0].surface, found[1].surface)


def _counted(key: str) -> tuple[str, str] | None:
    src, tgt = analysed_words(PAIRS)[key]
    found = lost_counted(src, tgt, PAIRS[key][0], "es")
    return found and (found[0].surface, found[1].surface)


@needs_apertium
@pytest.mark.parametrize(
    "key, found",
    [
        ("small or", ("coche", "cheap")),
        ("faster for", ("coches", "faster")),
        ("small car or", None),
        ("faster cars for", None),
        ("economic and health", None),
        ("drugs available at", None),
    ],
)
def test_an_adjective_before_a_preposition_or_a_conjunction(key, found):
    assert _headless(key) == found


@needs_apertium
@pytest.mark.parametrize(
    "key, found",
    [
        ("300 were", ("casas", "300")),
        ("four he", ("temporadas", "four")),
        ("300 houses were", None),
        ("four seasons he", None),
        ("200 promised jobs", None),
        ("40 died", None),
    ],
)
def test_a_figure_before_a_verb_or_a_subject_pronoun(key, found):
    assert _counted(key) == found


# --- through the pipeline (the quiet pass) ---


def _major_omissions(src: str, tgt: str) -> list:
    return [
        f
        for f in findings(__name__, src, tgt, "es")
        if f.type == "omission" and f.severity in ("major", "critical")
    ]


@needs_apertium
@pytest.mark.parametrize(
    "key, reader",
    [
        ("faster for", "keeps the adjective that qualified it"),
        ("300 were", "the noun seems to have been left out"),
        ("four he", "the noun seems to have been left out"),
    ],
)
def test_the_quiet_pass_reports_them(key, reader):
    found = _major_omissions(*PAIRS[key])
    assert any(reader in f.message for f in found)


@needs_apertium
@pytest.mark.parametrize(
    "key", ["faster cars for", "300 houses were", "four seasons he", "200 promised jobs"]
)
def test_the_faithful_forms_stay_quiet(key):
    assert _major_omissions(*PAIRS[key]) == []
