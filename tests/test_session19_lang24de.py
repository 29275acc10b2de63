"""German negations read from the source (docs/drift.md, "Session 19 (lang24de)").
Every sentence here is written for this test (no sentence is taken from the data).
German has no Apertium pair: the polarity of a German source is read with the German
lists of aligner/lang/de.py against the English translation's."""

from __future__ import annotations

import pytest

from aligner.drift.signals import polarity
from aligner.drift.text import tokenize, words
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture("de")


def _count(text: str) -> int:
    ws = words(tokenize(text))
    found = polarity(ws, text, "de")
    assert found is not None
    return found.count


@pytest.mark.parametrize(
    "text,count",
    [
        ("Der Zug kam nicht pünktlich an.", 1),
        ("Kein Mensch wusste davon.", 1),
        ("Er hat weder Zeit noch Geld.", 1),
        ("Das Spiel fand ohne Zuschauer statt.", 1),
        # a separable verb of denial, its particle at the clause's end
        ("Der Minister lehnte den Vorschlag der Opposition ab.", 1),
        ("Die Polizei schloss einen Anschlag aus.", 1),
        # the denial negated: "did not reject", an affirmation
        ("Der Minister lehnte den Vorschlag nicht ab.", 0),
        # idle negations: "not only … but also", "without doubt", "not least"
        ("Das betrifft nicht nur die Stadt, sondern auch das Land.", 0),
        ("Er ist ohne Zweifel der beste Spieler.", 0),
        ("Das lag nicht zuletzt am Wetter.", 0),
        # a capitalised noun inside a sentence is no negation word
        ("Das Verbot gilt ab Montag.", 0),
        ("Sie starrte ins Nichts.", 0),
    ],
)
def test_german_polarity(text, count):
    assert _count(text) == count


@pytest.mark.parametrize(
    "src,tgt,flagged",
    [
        (
            "Die Regierung hat die Steuern nicht erhöht.",
            "The government has raised taxes.",
            True,
        ),
        (
            "Die Regierung hat die Steuern erhöht.",
            "The government has not raised taxes.",
            True,
        ),
        (
            "Die Regierung hat die Steuern nicht erhöht.",
            "The government has not raised taxes.",
            False,
        ),
        (
            "Die Firma stellt nicht nur Autos her, sondern auch Fahrräder.",
            "The company makes not only cars but also bicycles.",
            False,
        ),
        (
            "Die Stadt lehnte den Antrag der Bürger ab.",
            "The city rejected the citizens' request.",
            False,
        ),
        (
            "Die Stadt lehnte den Antrag der Bürger nicht ab.",
            "The city did not reject the citizens' request.",
            False,
        ),
        # the negation moved into a privative: "wenig" → "not … much"
        (
            "Er hat in diesem Sommer wenig über seine Pläne gesprochen.",
            "He did not talk much about his plans this summer.",
            False,
        ),
        (
            "Er hat in diesem Sommer über seine Pläne gesprochen.",
            "He did not talk about his plans this summer.",
            True,
        ),
    ],
)
def test_german_negation_against_english(src, tgt, flagged):
    assert ("negation" in alarm_types(__name__, src, tgt, "de")) is flagged
