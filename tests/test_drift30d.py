"""Session 25 (drift30d): a modifier added before a compound the MT writes "N2 of N1", a
name added inside a list of names, and the Spanish verbs Apertium does not know (and
"antiguo" before a person) read by the opposite reading (docs/drift.md, "Session 25 (drift30d)").

Each reported case is missed with its rule off (the ``*_off`` tests); each quiet case is
its faithful twin. The sentences are written here for these tests; none is taken from
any of the data.
"""

from __future__ import annotations

import pytest

from aligner.drift import literal_stretch, mt_gaps, name_lists
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, fresh_alarm_types

_batch = batch_fixture()

# A freely worded opening ("Dicho de otro modo") leaves source words near the head
# unrendered, so the dictionary reading of added modifiers gives up there.
_SYSTEM = (
    "Dicho de otro modo, la reforma del sistema de vigilancia con el fin de recoger datos "
    "ha sido útil."
)
_SYSTEM_ADDED = (
    "In other words, reforming the existing surveillance system to collect data has been useful."
)
_MAYORS = "Los alcaldes de Madrid, Sevilla y Bilbao firmaron el acuerdo."
_MAYORS_ADDED = "The mayors of Madrid, Seville, Granada and Bilbao signed the agreement."
_UNIONS = "Los sindicatos se opusieron a la reforma del gobierno."
_UNIONS_TURNED = "The unions supported the government's reform."
_MINISTER = "El ministro elogió a los médicos por su trabajo."
_MINISTER_TURNED = "The minister criticised the doctors for their work."
_CLUB = "El antiguo presidente del club criticó la decisión."
_CLUB_TURNED = "The current president of the club criticised the decision."
_WEEKS = "Las pruebas se hicieron en las últimas semanas en dos laboratorios."
_WEEKS_TURNED = "The tests were done in ancient weeks in two laboratories."


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a modifier before a compound noun whose MT is "the system of surveillance"
        (_SYSTEM, _SYSTEM_ADDED, "addition"),
        (
            _SYSTEM,
            "In other words, reforming the surveillance system to collect data has been useful.",
            None,
        ),
        # a name added between two names the source lists side by side
        (_MAYORS, _MAYORS_ADDED, "entity"),
        (_MAYORS, "The mayors of Madrid, Seville and Bilbao signed the agreement.", None),
        # a country added after a city is an explanation, not an item of the list
        (
            "Los alcaldes de Toledo y Oporto firmaron el acuerdo.",
            "The mayors of Toledo, Spain, and Porto signed the agreement.",
            None,
        ),
        # verbs Apertium leaves unknown ("*opusieron", "*elogió"), turned round
        (_UNIONS, _UNIONS_TURNED, "meaning"),
        (_UNIONS, "The unions opposed the government's reform.", None),
        (_MINISTER, _MINISTER_TURNED, "meaning"),
        (_MINISTER, "The minister praised the doctors for their work.", None),
        # "antiguo" before a person (MT "ancient") is "former", opposed to "current"
        (_CLUB, _CLUB_TURNED, "meaning"),
        (_CLUB, "The former president of the club criticised the decision.", None),
        ("Visitamos el antiguo templo de la ciudad.", "We visited the city's old temple.", None),
        # "últimas" before a plural period (MT "last weeks") is "recent", opposed to "ancient"
        (_WEEKS, _WEEKS_TURNED, "meaning"),
        (_WEEKS, "The tests were done in recent weeks in two laboratories.", None),
        (_WEEKS, "The tests were done in the last weeks in two laboratories.", None),
    ],
)
def test_reported_and_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_compound_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(literal_stretch, "COMPOUNDS", False)
    assert "addition" not in fresh_alarm_types(_SYSTEM, _SYSTEM_ADDED)


def test_name_list_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(name_lists, "LISTED", False)
    assert "entity" not in fresh_alarm_types(_MAYORS, _MAYORS_ADDED)


def test_unknown_verbs_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mt_gaps, "FILL", False)
    # Not _UNIONS since session 27: the polarity lists read "oponerse" as a negative
    # verb ("se opusieron" → "supported" is a reversal without the unknown-verb reader).
    assert "meaning" not in fresh_alarm_types(_MINISTER, _MINISTER_TURNED)
    assert "meaning" not in fresh_alarm_types(_CLUB, _CLUB_TURNED)
    assert "meaning" not in fresh_alarm_types(_WEEKS, _WEEKS_TURNED)


def test_unknown_verb_forms() -> None:
    assert mt_gaps.english_verb("opusieron") == "oppose"
    assert mt_gaps.english_verb("Recortó") == "cut"
    assert mt_gaps.english_verb("desobedeciendo") == "disobey"
    # a word that only starts like a stem, with a long tail, is no form of the verb
    assert mt_gaps.english_verb("solteronamente") is None
    # only words the MT left unknown are read
    assert mt_gaps.filled(["the", "opusieron"], ["opusieron"]) == {1: "oppose"}
    assert mt_gaps.filled(["the", "opusieron"], []) == {}
    # "ancient" is "former" before a person only
    assert mt_gaps.filled(["the", "ancient", "ministers"], []) == {1: "former"}
    assert mt_gaps.filled(["the", "ancient", "temple"], []) == {}
    assert mt_gaps.filled(["the", "last", "weeks"], []) == {1: "recent"}
    assert mt_gaps.filled(["the", "last", "week"], []) == {}
