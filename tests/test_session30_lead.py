"""Who said it when the reporting verb is not the sentence's first, session 30 (docs/drift.md,
"Session 30, lead"). The sentences are written here for these tests, not taken from any
data.

An invented article on an education reform, translated faithfully, was reported with a
critical speaker change: "The opposition, however, accused the government of improvising
and said it would table an amendment" credited the announcement to "the government". A
verb coordinated after another verb's object shares the sentence's subject; the object
is no subject, nor a phrase that holds a verb in past form ("The opposition accused the
government", "Los vecinos culparon"). And a report inside a subordinate clause opening
the sentence ("Although the defence said the evidence was weak, the judge disagreed")
ends where the main clause starts, and its speaker is the subordinate clause's subject,
not the main clause's.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.statements.quotes import find_statements
from aligner.types import Document
from tests.drift_batch import batch_fixture, findings

_OPPOSITION_ES = (
    "La oposición, en cambio, acusó al Gobierno de improvisar y anunció que presentará "
    "una enmienda."
)
_OPPOSITION_EN = (
    "The opposition, however, accused the government of improvising and said it would "
    "table an amendment."
)
_FLOODS_ES = (
    "Los vecinos culparon al Ayuntamiento de las inundaciones y dijeron que los desagües no "
    "se habían limpiado."
)
_FLOODS_EN = "Residents blamed the council for the floods and said the drains had not been cleaned."

STATEMENTS = [
    # (language, sentence, speaker as written, what was reported)
    ("en", _OPPOSITION_EN, "The opposition", "it would table an amendment"),
    (
        "en",
        "The opposition accused the government of improvising and said it would table an "
        "amendment.",
        "The opposition",
        "it would table an amendment",
    ),
    ("en", _FLOODS_EN, "Residents", "the drains had not been cleaned"),
    (
        "en",
        "Although the defence said the evidence was weak, the judge disagreed.",
        "the defence",
        "the evidence was weak",
    ),
    (
        "en",
        "While the ministry insisted the figures were provisional, the opposition called for "
        "an audit.",
        "the ministry",
        "the figures were provisional",
    ),
    ("es", _OPPOSITION_ES, "La oposición", "presentará una enmienda"),
    ("es", _FLOODS_ES, "Los vecinos", "los desagües no se habían limpiado"),
    (
        "es",
        "Aunque la defensa dijo que las pruebas eran débiles, el juez discrepó.",
        "la defensa",
        "las pruebas eran débiles",
    ),
    # Left as they were: a comma before the verb ends no subordinate clause, a past
    # participle before a role modifies it, a subject with no verb before it.
    (
        "es",
        "Tras la reunión, el ministro dijo que el plan era bueno.",
        "el ministro",
        "el plan era bueno",
    ),
    (
        "en",
        "After the meeting, the minister said the plan was good.",
        "the minister",
        "the plan was good",
    ),
    (
        "en",
        "Newly elected president Ana Ruiz said the plan was good.",
        "Ana Ruiz",
        "the plan was good",
    ),
    (
        "en",
        "The retired teachers said the plan was good.",
        "The retired teachers",
        "the plan was good",
    ),
    (
        "es",
        "Los profesores jubilados dijeron que el plan era bueno.",
        "Los profesores jubilados",
        "el plan era bueno",
    ),
    (
        "en",
        "The talks failed, and the unions said they would strike.",
        "the unions",
        "they would strike",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "speaker", "content"), STATEMENTS)
def test_the_speaker_and_the_report(lang: str, sentence: str, speaker: str, content: str) -> None:
    found = find_statements(Document("", lang, sentence, ()))
    assert [(s.speaker.name, s.content) for s in found] == [(speaker, content)]


APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
_batch = batch_fixture()

PAIRS = [
    (_OPPOSITION_ES, _OPPOSITION_EN, False),
    (
        _OPPOSITION_ES,
        "The opposition, however, accused the government of improvising, and the government "
        "said it would table an amendment.",
        True,
    ),
    (_FLOODS_ES, _FLOODS_EN, False),
]


@pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")
@pytest.mark.parametrize(("src", "tgt", "moved"), PAIRS)
def test_a_speaker_change_only_where_the_speaker_changed(src: str, tgt: str, moved: bool) -> None:
    types = {f.type for f in findings(__name__, src, tgt, "es")}
    assert ("speaker" in types) is moved
