"""Session 33 (drift38a): a 24-hour time read in the morning (:mod:`aligner.drift.clock_halves`),
a plural noun the verbless reading took for a verb (:func:`aligner.drift.verbless.plural_nouns`),
and a verb cut from between two words the translation keeps side by side
(:mod:`aligner.drift.verb_holes`); docs/drift.md, "Session 33 (drift38a)". The sentences are
ordinary news and health text written here for these tests, not taken from any data.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.clock_halves import half_lost
from aligner.drift.quantities import Quantity
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_OPENS = "El centro de salud abrirá a las 15:30."
_MORNING = "El centro de salud abrirá a las 9:30."
_HELMETS = "Los cascos están hechos de plástico y se venden en todas las farmacias."
_PARKS = (
    "La ciudad cuenta con tres parques principales, el parque central, el jardín botánico y el zoo."
)
_MUSEUM = "El museo está compuesto de dos salas principales, la sala norte y la sala sur."


def _alarms(src: str, tgt: str) -> list:
    return [f for f in findings(__name__, src, tgt) if f.severity != "minor"]


@needs_apertium
@pytest.mark.parametrize(
    "tgt,severity",
    [
        # The afternoon's time on the 12-hour clock with nothing saying the afternoon.
        ("The health centre will open at 3:30.", "major"),
        # ... or said to be in the morning.
        ("The health centre will open at 3:30 a.m.", "critical"),
        # The half said, or the 24-hour time kept: quiet.
        ("The health centre will open at 3:30 pm.", None),
        ("The health centre will open at 3:30 in the afternoon.", None),
        ("The health centre will open at 15:30.", None),
    ],
)
def test_an_afternoon_time_read_in_the_morning(tgt: str, severity: str | None) -> None:
    said = [f for f in _alarms(_OPENS, tgt) if f.type == "number"]
    if severity is None:
        assert said == [], said
    else:
        assert len(said) == 1 and said[0].severity == severity, said
        assert "«15:30»" in said[0].message


@needs_apertium
def test_a_morning_time_is_left_alone() -> None:
    assert _alarms(_MORNING, "The health centre will open at 9:30.") == []


def _time(text: str, minutes: int) -> Quantity:
    return Quantity(0, len(text), text, "time", minutes)


def test_half_lost_reads_only_the_twelve_hours_apart() -> None:
    evening = _time("20:30", 20 * 60 + 30)
    assert half_lost(evening, _time("8:30", 8 * 60 + 30), "at 8:30")[0] == "major"
    assert half_lost(evening, _time("8:30", 8 * 60 + 30), "at 8:30 tonight") is None
    assert half_lost(evening, _time("8:30 pm", 20 * 60 + 30), "at 8:30 pm") is None
    assert half_lost(_time("12:15", 12 * 60 + 15), _time("0:15", 15), "at 0:15") is None
    assert half_lost(_time("20", 20), _time("8", 8), "8") is None  # no times: figures


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,found",
    [
        # A sentence left with no verb, whose only candidate was a plural noun that
        # renders a source plural noun ("parks", "rooms": verbs in WordNet too).
        (
            _PARKS,
            "The city with three main parks, the central park, the botanical garden and the zoo.",
            True,
        ),
        (_MUSEUM, "The museum of two main rooms, the north room and the south room.", True),
        # The verb said: quiet.
        (
            _PARKS,
            "The city has three main parks, the central park, the botanical garden and the zoo.",
            False,
        ),
        (
            _MUSEUM,
            "The museum consists of two main rooms, the north room and the south room.",
            False,
        ),
    ],
)
def test_a_plural_noun_is_no_verb_of_a_verbless_sentence(src: str, tgt: str, found: bool) -> None:
    said = [f for f in _alarms(src, tgt) if f.type == "omission" and "has no verb" in f.message]
    assert bool(said) is found, _alarms(src, tgt)


@needs_apertium
@pytest.mark.parametrize(
    "tgt,found",
    [
        # "se venden" cut: "and" and "in" render the words on either side of it, and the
        # clause "and in all pharmacies" has no verb.
        ("Helmets are made of plastic and in all pharmacies.", True),
        # The verb said, as a finite verb or a participle sharing the subject: quiet.
        ("Helmets are made of plastic and are sold in all pharmacies.", False),
        ("Helmets are made of plastic and sold in all pharmacies.", False),
    ],
)
def test_a_verb_cut_between_words_kept_side_by_side(tgt: str, found: bool) -> None:
    said = [f for f in _alarms(_HELMETS, tgt) if f.type == "omission" and "«venden»" in f.message]
    assert bool(said) is found, _alarms(_HELMETS, tgt)


_FIGURES = "Si el ministerio ha decidido no publicar estos datos es para proteger a los pacientes."
_WRONG = "Si creéis que publicar estos datos es un error, decidlo."


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,found",
    [
        # The main clause's subject cut with its comma: the subordinate clause's object
        # ("these figures") now stands before "is".
        (
            _FIGURES,
            "If the ministry has decided not to publish these figures is to protect patients.",
            True,
        ),
        # The subject said; a gerund's clause as the subject; a slip of agreement: quiet.
        (
            _FIGURES,
            "If the ministry has decided not to publish these figures, it is to protect patients.",
            False,
        ),
        (_WRONG, "If you think publishing these figures is a mistake, say so.", False),
        ("Muchos pacientes tienen fiebre y tos.", "Many patients has fever and cough.", False),
    ],
)
def test_a_subject_cut_after_a_subordinate_clause(src: str, tgt: str, found: bool) -> None:
    said = [
        f for f in _alarms(src, tgt) if f.type == "omission" and "«these figures is»" in f.message
    ]
    assert bool(said) is found, _alarms(src, tgt)


_KICKOFF = "El partido empezará a las 21.00 horas del sábado."


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,found",
    [
        # The hour written with a full stop, which the number check reads as a figure.
        (_KICKOFF, "The match will kick off at 9.00 on Saturday.", True),
        (_KICKOFF, "The match will kick off at 9.00 pm on Saturday.", False),
        ("Se vendieron 21 entradas por 9.00 euros.", "21 tickets were sold for 9.00 euros.", False),
    ],
)
def test_an_evening_hour_written_as_a_figure(src: str, tgt: str, found: bool) -> None:
    said = [f for f in _alarms(src, tgt) if f.type == "number" and "after noon" in f.message]
    assert bool(said) is found, _alarms(src, tgt)
