"""Degree words removed, session 20 (docs/drift.md, "Session 20 (drift25f)"): a Spanish
intensifier or softener that the translation leaves out while keeping the word it
grades (:mod:`aligner.drift.removed_degree`). Every sentence here is written here for
these tests, not taken from any of the data. No e5; the word check reads Apertium's
analyses of the pairs below in one batch, and the pipeline cases run as one
``check_pairs`` batch (tests/drift_batch.py)."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.removed_degree import DEGREE, STRONG, WEAK, removed_degree
from tests.drift_batch import alarm_types, analysed_words, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

PAIRS = {
    "strong": (
        "El paciente tiene una fuerte fiebre desde el lunes.",
        "The patient has had a fever since Monday.",
    ),
    "strong kept": (
        "El paciente tiene una fuerte fiebre desde el lunes.",
        "The patient has had a high fever since Monday.",
    ),
    "serious": (
        "Los médicos observaron complicaciones graves en tres pacientes.",
        "The doctors observed complications in three patients.",
    ),
    "serious kept": (
        "Los médicos observaron complicaciones graves en tres pacientes.",
        "The doctors observed severe complications in three patients.",
    ),
    "strongly": (
        "Las autoridades recomiendan fuertemente la vacuna a los mayores.",
        "The authorities recommend the vaccine to older people.",
    ),
    "strongly kept": (
        "Las autoridades recomiendan fuertemente la vacuna a los mayores.",
        "The authorities strongly recommend the vaccine to older people.",
    ),
    "slight": (
        "La niña tiene un dolor ligero en la rodilla.",
        "The girl has a pain in her knee.",
    ),
    "slight as mild": (
        "La niña tiene un dolor ligero en la rodilla.",
        "The girl has a mild pain in her knee.",
    ),
    # The degree moved into the head's rendering's neighbour: a reworded slot.
    "reworded slot": (
        "Las medidas se aplican al gran público desde hoy.",
        "The measures apply to the general public from today.",
    ),
    # "intensa" beside a noun the translation keeps, the force said by "heavy" elsewhere
    # only when that word renders nothing else.
    "intense as heavy": (
        "Hubo una lluvia intensa durante la noche.",
        "There was heavy rain during the night.",
    ),
}


def _removed(key: str, lang: str = "es") -> str | None:
    src, tgt = analysed_words(PAIRS)[key]
    found = removed_degree(src, tgt, PAIRS[key][1], lang)
    return found and found.surface


def test_the_lists_are_lower_case_and_each_degree_word_has_a_strength() -> None:
    assert all(k == k.lower() and " " not in k for k in DEGREE)
    # A word of its own kind (session 22, drift27g: "peligroso", "urgente", "ampliamente")
    # keeps the words of force and adds its own renderings.
    assert all(v in (STRONG, WEAK) or v > STRONG for v in DEGREE.values())
    assert {STRONG, WEAK} <= set(DEGREE.values())
    assert not STRONG & WEAK


@needs_apertium
@pytest.mark.parametrize(
    "key,found",
    [
        ("strong", "fuerte"),
        ("serious", "graves"),
        ("strongly", "fuertemente"),
        ("slight", "ligero"),
    ],
)
def test_a_degree_word_the_translation_leaves_out(key: str, found: str) -> None:
    assert _removed(key) == found


@needs_apertium
@pytest.mark.parametrize(
    "key",
    ["strong kept", "serious kept", "strongly kept", "slight as mild", "reworded slot"],
)
def test_a_degree_word_rendered_or_reworded_is_left_alone(key: str) -> None:
    # "high fever" for "fuerte fiebre", "mild" for "ligero": a word of that strength;
    # "general public" for "gran público": the slot beside the head is filled.
    assert _removed(key) is None


@needs_apertium
def test_a_word_of_that_strength_excuses_the_degree_word() -> None:
    assert _removed("intense as heavy") is None


@needs_apertium
def test_degree_words_are_read_for_a_spanish_source_only() -> None:
    assert _removed("strong", "pt") is None


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,found",
    [
        # Another check may report the pair first (a quiet pass): any alarm will do.
        (*PAIRS["strong"], None),
        (*PAIRS["strong kept"], set()),
        (*PAIRS["strongly"], {"intensity"}),
        (*PAIRS["strongly kept"], set()),
    ],
)
def test_the_quiet_pass_reports_a_removed_degree_word(src: str, tgt: str, found) -> None:
    alarms = alarm_types(__name__, src, tgt)
    assert alarms == found if found is not None else alarms
