"""False alarms on faithful text, seventh round (docs/drift.md, "Session 23 (drift28d)").
Every sentence here is written for this test (the classes were found on ContraTICO's
Spanish proxy, slices fit, A and C, and on the DEMETR proxies' faithful pairs; no
sentence is taken from the data). Each quiet case was reported at >= major by the
branch start; each reported case is the same shape with a real change, and stays
reported."""

from __future__ import annotations

import pytest

from aligner.drift.imperative_duties import imperatives
from aligner.drift.privative import unmatched_privatives
from aligner.drift.text import tokenize, words
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # "not missing" renders "no faltar": two negations, as the source's
        (
            "Probablemente no faltáis gran cosa quedándoos en casa este fin de semana.",
            "You probably aren't missing much by staying home this weekend.",
            None,
        ),
        (
            "No faltan médicos en los hospitales de la ciudad.",
            "The city's hospitals are not missing doctors.",
            None,
        ),
        # a duty given as an instruction: the imperative says what the duty says
        (
            "Tenéis que lavaros las manos con agua y jabón varias veces al día.",
            "Wash your hands with soap and water several times a day.",
            None,
        ),
        (
            "Los ejercicios tienen que estar concebidos para seguir el progreso de los alumnos.",
            "Design exercises to follow the students' progress.",
            None,
        ),
        # a noun's sentence (its verb finite) renders no duty: still reported
        (
            "Los viajes deben limitarse a lo estrictamente necesario.",
            "Travel is limited to what is strictly necessary.",
            "modality",
        ),
        (
            "El equipo deberá afrontar al campeón el viernes por la noche.",
            "Impact faced the champion on Friday night.",
            "modality",
        ),
        # the source already gives an instruction: the duty beside it is still lost
        (
            "Lavaos las manos. Tenéis que quedaros en casa si tenéis fiebre.",
            "Wash your hands. You can stay at home if you have a fever.",
            "modality",
        ),
        # a clause reworded in place: the translation's clause of its own stands there
        (
            "Los rumores circulan en las redes sociales de todo el país y hasta por ciertos "
            "funcionarios del Estado.",
            "Rumours circulate on social networks and even among officials.",
            None,
        ),
        # the clause dropped: its place is empty
        (
            "Los rumores circulan en las redes sociales de todo el país y hasta por ciertos "
            "funcionarios del Estado.",
            "Rumours circulate on social networks.",
            "omission",
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


def _ws(text: str):
    return words(tokenize(text))


def test_missing_counts_against_a_negative_verb_even_where_the_reading_has_it():
    side = _ws("You are not missing much.")
    reading = _ws("You do not are missing much.")  # the MT of "no faltáis gran cosa"
    assert unmatched_privatives(side, "en", reading, set(), missing=True) == 1
    # without a negative verb on the other side "missing" is the verb, no privative
    assert unmatched_privatives(side, "en", reading, set(), missing=False) == 0
    # another privative the reading uses stays matched
    lack = _ws("They lack much.")
    assert unmatched_privatives(lack, "en", _ws("They lack much."), set(), missing=True) == 0


def test_imperatives_open_sentences_on_a_base_verb():
    def count(text: str) -> int:
        return imperatives(_ws(text), text)

    assert count("Stay at home. Don't touch your face; wash your hands.") == 3
    assert count("Please always wear a mask.") == 1
    # a noun's sentence, a subject, a modal
    assert count("Travel is limited. Impact faced the team.") == 0
    assert count("School closures were shown to work. Phase IV trials are long.") == 0
    assert count("School closures puts a strain on parents.") == 0
    assert count("Use a mask. Test the water. Disinfect the surfaces.") == 3
    assert count("Students stay at home. You must wear a mask.") == 0
