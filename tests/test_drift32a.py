"""Session 27 (drift32a): antonyms the literal MT words differently — a verb's opposite
through a synonym of the MT's word at the same place, a prefixed opposite whose source
verb only a light English verb seemed to render, and the absolute superlatives Apertium
does not know (docs/drift.md, "Session 27 (drift32a)").

Each reported case is missed with its rule off (the ``*_off`` tests); each quiet case is
its faithful twin or a rewording. The sentences are written here for these tests; none
is taken from any of the data.
"""

from __future__ import annotations

import pytest

from aligner.drift import antonyms, mt_gaps, opposite_prefixes, slot_opposites
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, fresh_alarm_types

_batch = batch_fixture()

# "ha logrado" → MT "has attained": "win" and "gain", the antonyms of "lose", share a
# verb synset with "attain" only among its rarer senses.
_TITLE = "El equipo local ha logrado el título de liga tras una temporada difícil."
_TITLE_TURNED = "The home team lost the league title after a difficult season."
_SEATS = "El partido ha logrado la mayoría en el parlamento regional."
_SEATS_TURNED = "The party lost its majority in the regional parliament."
# "preparar" → MT "prepare", a synonym of "organize" in its fourth sense.
_WINTER = "La asociación ayudará a preparar a los voluntarios para el invierno."
_WINTER_TURNED = "The association will help disorganize the volunteers for the winter."
# "got to know" is matched to "condujo" through "get" ~ "drive" (MT "drove").
_ORCHESTRA = "Lo conocí bien mientras condujo la orquesta municipal durante diez años."
_ORCHESTRA_TURNED = "I got to know him well while he misconducted the city orchestra for ten years."
# Superlatives Apertium leaves as written ("*bonitísimo", "*larguísimo").
_HARBOUR = "La ciudad tiene un puerto bonitísimo y unas playas limpias."
_HARBOUR_TURNED = "The city has a hideous harbour and clean beaches."
_TRIP = "Fue un viaje larguísimo por la costa."
_TRIP_TURNED = "It was a very short trip along the coast."


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        (_TITLE, _TITLE_TURNED, "meaning"),
        (_TITLE, "The home team won the league title after a difficult season.", None),
        (_TITLE, "The home team secured the league title after a difficult season.", None),
        (_SEATS, _SEATS_TURNED, "meaning"),
        (_SEATS, "The party won a majority in the regional parliament.", None),
        (_WINTER, _WINTER_TURNED, "meaning"),
        (_WINTER, "The association will help prepare the volunteers for the winter.", None),
        (_WINTER, "The association will help get the volunteers ready for the winter.", None),
        # "perdidas" → MT "stray", which WordNet puts beside "lost": the slot renders it,
        # and "recover" (a synonym of "find", opposed to "lose") is no opposite of it
        (
            "Los padres pidieron un calendario para recuperar las clases perdidas.",
            "The parents asked for a schedule to make up for lost classes.",
            None,
        ),
        # "tener" → MT "have", a light verb ("have" ~ "be" ~ "equal", opposed to "differ")
        ("Las respuestas pueden tener matices.", "The answers may differ in nuance.", None),
        ("Sus versiones suelen tener matices.", "Their versions tend to differ in nuance.", None),
        (_ORCHESTRA, _ORCHESTRA_TURNED, "meaning"),
        (
            _ORCHESTRA,
            "I got to know him well while he conducted the city orchestra for ten years.",
            None,
        ),
        (_HARBOUR, _HARBOUR_TURNED, "meaning"),
        (_HARBOUR, "The city has a very pretty harbour and clean beaches.", None),
        (_TRIP, _TRIP_TURNED, "meaning"),
        (_TRIP, "It was a very long trip along the coast.", None),
    ],
)
def test_reported_and_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_slot_opposites_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(antonyms, "SLOT_OPPOSITES", False)
    assert "meaning" not in fresh_alarm_types(_TITLE, _TITLE_TURNED)
    assert "meaning" not in fresh_alarm_types(_SEATS, _SEATS_TURNED)
    assert "meaning" not in fresh_alarm_types(_WINTER, _WINTER_TURNED)


def test_light_partners_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opposite_prefixes, "LIGHT_PARTNERS", False)
    assert "meaning" not in fresh_alarm_types(_ORCHESTRA, _ORCHESTRA_TURNED)


def test_superlatives_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mt_gaps, "SUPERLATIVES", False)
    assert "meaning" not in fresh_alarm_types(_HARBOUR, _HARBOUR_TURNED)
    assert "meaning" not in fresh_alarm_types(_TRIP, _TRIP_TURNED)


def test_slot_reading() -> None:
    # the MT word must stand in the translation word's place: between the same shared words
    mt = "the club has attained the title this year".split()
    assert slot_opposites.opposed(mt, "the club has lost the title this year".split()) == [
        (3, "attained")
    ]
    far = "the club has played well and attained the title this year".split()
    assert slot_opposites.opposed(far, "the club has lost but played well this year".split()) == []
    # a light MT verb stands for no opposite's synonym
    assert (
        slot_opposites.opposed("answers can have nuances".split(), "answers may differ".split())
        == []
    )
    # an adjective's antonym is not read here (verbs only)
    assert slot_opposites.opposed("a difficult task".split(), "an easy task".split()) == []


def test_superlative_forms() -> None:
    assert mt_gaps.english_adjective("bonitísima") == "beautiful"
    assert mt_gaps.english_adjective("Larguísimos") == "long"
    assert mt_gaps.english_adjective("carísimo") is None  # Apertium knows it
    assert mt_gaps.english_adjective("bonitamente") is None
    assert mt_gaps.filled(["a", "bonitísimo", "port"], ["bonitísimo"]) == {1: "beautiful"}
    assert mt_gaps.filled(["a", "bonitísimo", "port"], []) == {}
