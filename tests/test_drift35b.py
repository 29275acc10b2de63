"""Antonyms the literal MT says with another part of speech, session 30 (docs/drift.md,
"Session 30 (drift35b)"). The sentences are written here for these tests, not taken from
any data.

Apertium's Spanish → English output places a time in its period with a noun ("a
finales de 2019" → "To finals of 2019", "al inicio de este mes" → "to the start of this
month"), renders "bien" before a participle as "very" ("bien recibido" → "very
received") and a manner as a noun and an adjective ("de forma positiva" → "of positive
form"), where English says "late 2019", "earlier this month", "well received",
"positively". A translation that turns the word round ("early 2019", "later this month",
"poorly received", "negatively") had no MT word of its kind to be read against; the
MT's words now get the English reading for the opposite readings, and the faithful
renderings stay quiet.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift import mt_senses
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, fresh_alarm_types

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()

_batch = batch_fixture()

_MAY = "El informe llegó a principios de mayo."
_LATE = "La ley entrará en vigor a finales de 2019."
_MONTH = "La reunión se celebrará al inicio de este mes."
_YEAR = "Al finalizar el año se publicaron los resultados."
_RECEIVED = "El proyecto fue bien recibido por los vecinos."
_DONE = "El trabajo está bien hecho."
_REACTED = "El público reaccionó de forma positiva."
_SHOPS = "Las tiendas cerrarán de manera temporal."
_CHANGE = "El cambio se hizo de modo gradual."
_SHOPS_OPEN = "La abertura de los comercios será el lunes."
_SOLDIERS = "Los soldados partieron hacia el frente."
_HOME = "Tras su vuelta a casa, descansó."
_BACK = "Su vuelta a casa está prevista para el lunes."

CASES = [
    # A position in a period: the MT's noun against the translation's adjective.
    (_MAY, "The report arrived in late May.", "meaning"),
    (_MAY, "The report arrived in early May.", None),
    (_LATE, "The law will come into force in early 2019.", "meaning"),
    (_LATE, "The law will come into force in late 2019.", None),
    (_LATE, "The law will come into force at the end of 2019.", None),
    (_MONTH, "The meeting will be held later this month.", "meaning"),
    (_MONTH, "The meeting will be held earlier this month.", None),
    (_YEAR, "Early in the year the results were published.", "meaning"),
    (_YEAR, "Late in the year the results were published.", None),
    # "bien" rendered "very": read as "well" too, a compound's first word as well.
    (_RECEIVED, "The project was poorly received by the neighbours.", "meaning"),
    (_RECEIVED, "The project was well received by the neighbours.", None),
    (_DONE, "The work is badly done.", "meaning"),
    (_DONE, "The work is well done.", None),
    ("Es un equipo bien organizado.", "It is a poorly-organised team.", "meaning"),
    ("Es un equipo bien organizado.", "It is a well-organised team.", None),
    # "si bien" is "although", no manner: "ill" stays unread against it.
    ("Si bien el paciente está enfermo, come.", "Although the patient is ill, he eats.", None),
    # A manner by a noun and an adjective against the translation's adverb.
    (_REACTED, "The public reacted negatively.", "meaning"),
    (_REACTED, "The public reacted positively.", None),
    (_SHOPS, "The shops will close permanently.", "meaning"),
    (_SHOPS, "The shops will close temporarily.", None),
    (_CHANGE, "The change was made abruptly.", "meaning"),
    (_CHANGE, "The change was made gradually.", None),
    ("La empresa actúa de manera legal.", "The company acts illegally.", "meaning"),
    ("Respondió de manera tranquila.", "He answered calmly.", None),
    # Apertium's one word for going and coming: "aperture", "start", "split", "turn".
    (_SHOPS_OPEN, "The shops will close on Monday.", "meaning"),
    (_SHOPS_OPEN, "The shops will open on Monday.", None),
    (_SOLDIERS, "The soldiers arrived at the front.", "meaning"),
    (_SOLDIERS, "The soldiers left for the front.", None),
    (_HOME, "After his departure from home, he rested.", "meaning"),
    (_HOME, "After his return home, he rested.", None),
    ("La salida del tren está prevista a las ocho.", "The train leaves at eight.", None),
    # "return" against "leave" and "depart", the verbs of the table's "departure" / "return".
    (_BACK, "She is due to leave home on Monday.", "meaning"),
    (_BACK, "She is due to return home on Monday.", None),
    ("Los turistas regresaron a sus países.", "The tourists left their countries.", "meaning"),
    ("Los turistas regresaron a sus países.", "The tourists returned to their countries.", None),
]


@pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_reported_and_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


@pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")
def test_the_readings_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mt_senses, "ON", False)
    monkeypatch.setattr(mt_senses, "MANNER", False)
    assert "meaning" not in fresh_alarm_types(_MAY, "The report arrived in late May.")
    assert "meaning" not in fresh_alarm_types(_REACTED, "The public reacted negatively.")


def test_positions() -> None:
    words = "To finals of the year and at the beginning of May , the end of the war".split()
    assert mt_senses.positions(words) == {1: "late", 8: "early"}  # no period after "war"
    assert mt_senses.positions("When finalising the years 70".split()) == {1: "late"}
    assert mt_senses.positions("in the middle of 2019".split()) == {2: "mid"}


def test_well_said() -> None:
    mt = "The project was very received".split()
    assert mt_senses.well_said("El proyecto fue bien recibido".split(), mt) == 3
    assert mt_senses.well_said("Si bien llueve".split(), mt) is None
    assert mt_senses.well_said("El proyecto fue muy recibido".split(), mt) is None
    assert mt_senses.well_said("Está bien hecho".split(), "It is well done".split()) is None
    # Two "very" for one "bien": the other renders "muy", which is not known.
    two = "very tall and very received".split()
    assert mt_senses.well_said("muy alto y bien recibido".split(), two) is None


def test_first_parts_and_adverbs() -> None:
    assert mt_senses.first_parts(["poorly-organised", "well-run", "low-risk", "co-op"]) == [
        "poorly",
        "well",
        "low-risk",
        "co-op",
    ]
    known = {"temporary", "legal", "gentle", "calm"}.__contains__
    words, read, manner = mt_senses.adverbs_read(
        ["closed", "temporarily", "legally", "gently"], "closed of permanent way".split(), known
    )
    assert words == ["closed", "temporary", "legal", "gentle"]
    assert read == {1, 2, 3} and manner == {"permanent"}
    # No noun of manner in the MT: the adverbs are read as written.
    assert mt_senses.adverbs_read(["calmly"], ["calm"], known)[0] == ["calmly"]


def test_slips() -> None:
    mt = "The soldiers split to the front after the turn".split()
    assert mt_senses.slips("Los soldados partieron tras la vuelta".split(), mt) == {
        2: "leave",
        8: "return",
    }
    # "a partir de" is Apertium's "from"; "split" of "partir el pan" needs a form of it.
    assert mt_senses.slips("a partir de hoy".split(), ["split"]) == {}
    assert mt_senses.slips([], ["aperture"]) == {0: "opening"}
    # Two MT "start"s for one "salida": the other may render "inicio".
    two = "the start of the meeting and the start of the train".split()
    assert mt_senses.slips("al inicio de la reunión y la salida del tren".split(), two) == {}
