"""What invented articles showed, session 24 (docs/drift.md, "Session 24, lead"): a
depopulation plan in Aragon (es→en). A faithful rendering was reported as a dropped
statement: news English drops "that" after most reporting verbs ("López admitted the
plan was coming late but insisted the grants could…"), and only "said", "added",
"claimed", "argued", "insisted" and "believes"/"thinks" were read with a bare clause; the
second, coordinated report ("but insisted…") then took the clause after it or the words
before it as its speaker. The sentences are written here for these tests, not taken from
any data."""

from __future__ import annotations

import pytest

from tests.drift_batch import alarms, batch_fixture

_batch = batch_fixture()

_OPENING = {
    "en": "Regional minister Octavio López presented the plan in Zaragoza. ",
    "es": "El consejero Octavio López presentó el plan en Zaragoza. ",
}


def _statements(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(speaker, verb, content) of the statements after the opening sentence."""
    from aligner.alignment.segment import segment
    from aligner.statements.quotes import find_statements
    from aligner.types import Document

    full = _OPENING[lang] + text
    doc = Document("test", lang, full, segment(full, lang))
    return [
        (s.speaker.name if s.speaker else "", s.verb, s.content)
        for s in find_statements(doc)
        if s.start >= len(_OPENING[lang]) and s.kind == "indirect"
    ]


@pytest.mark.parametrize(
    "text,verb,content",
    [
        ("López admitted the plan was late.", "admitted", "the plan was late"),
        ("López warned the talks could fail.", "warned", "the talks could fail"),
        (
            "López confirmed the grants would reach 300 villages.",
            "confirmed",
            "the grants would reach 300 villages",
        ),
        ("López denied the plan had come too late.", "denied", "the plan had come too late"),
    ],
)
def test_a_report_without_that_is_a_statement(text, verb, content):
    assert _statements(text, "en") == [("Octavio López", verb, content)]


@pytest.mark.parametrize(
    "text",
    [
        "López announced the plan on Monday.",
        "López admitted the mistake in a radio interview.",
        "López revealed the names of the villages that were chosen.",
    ],
)
def test_a_reporting_verb_with_a_plain_object_is_no_statement(text):
    assert _statements(text, "en") == []


@pytest.mark.parametrize(
    "lang,text,second",
    [
        (
            "en",
            "López admitted the plan was late but insisted the grants could arrive by summer.",
            ("Octavio López", "insisted", "the grants could arrive by summer"),
        ),
        (
            "en",
            'López admitted the plan was coming "late" but insisted the grants could arrive '
            "by summer.",
            ("Octavio López", "insisted", "the grants could arrive by summer"),
        ),
        (
            "en",
            "The ministry said the grants would arrive in May, and added the forms were ready.",
            ("The ministry", "added", "the forms were ready"),
        ),
        (
            "es",
            "López reconoció que el plan llega tarde pero insistió en que las ayudas llegarán "
            "antes del verano.",
            ("Octavio López", "insistió", "las ayudas llegarán antes del verano"),
        ),
    ],
)
def test_a_report_coordinated_after_another_has_the_same_speaker(lang, text, second):
    found = _statements(text, lang)
    assert len(found) == 2 and found[1] == second


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            'López reconoció que el plan llega "tarde", pero insistió en que las ayudas '
            "podrían estar disponibles antes del verano.",
            'López admitted the plan was coming "late" but insisted the grants could be '
            "available before summer.",
        ),
    ],
)
def test_a_report_without_that_is_not_a_dropped_statement(src, tgt):
    assert not [a for a in alarms(__name__, src, tgt) if a[0] == "speaker"]


# A court ruling on a construction firm's finance director (es→en, written here): "mis-"
# rendering a source word of wrongness beside the noun ("apropiación indebida" → MT "undue
# appropriation" → "misappropriation") was read as the noun's opposite.


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            "El exdirector fue condenado por un delito de apropiación indebida.",
            "The former director was convicted of misappropriation.",
        ),
        (
            "La auditoría denunció la mala gestión del fondo de pensiones.",
            "The audit denounced the mismanagement of the pension fund.",
        ),
    ],
)
def test_mis_rendering_a_word_of_wrongness_is_no_opposite(src, tgt):
    assert not [a for a in alarms(__name__, src, tgt) if a[0] in ("meaning", "antonym")]


def test_mis_with_nothing_wrong_in_the_source_is_still_reported():
    src = "La auditoría elogió la gestión del fondo de pensiones."
    tgt = "The audit praised the mismanagement of the pension fund."
    assert [a for a in alarms(__name__, src, tgt) if a[1] != "minor"]


# A report on teenagers' anxiety (es→en, written here): a quoted "no son la única causa,
# pero sin duda agravan…" → "is the main cause, and it undoubtedly makes … worse" lost
# its negation unreported: "undoubtedly" counted as a negation carried in a word (its
# "un-"), which could account for the lost "no". And "No hay duda de que" → "undeniably"
# was reported as an added adverb.


def test_a_lost_negation_beside_a_certainty_adverb_is_reported():
    src = '"Las pantallas no son la única causa, pero sin duda agravan el problema", dijo.'
    tgt = '"Screens are the main cause, and they undoubtedly make the problem worse," she said.'
    assert ("negation", "critical") in alarms(__name__, src, tgt)


@pytest.mark.parametrize(
    "src,tgt",
    [
        ("No hay duda de que el plan llega tarde.", "The plan is undeniably late."),
        (
            "No cabe duda de que la medida ayudará a las familias.",
            "The measure will unquestionably help families.",
        ),
        (
            "Sin duda, la medida ayudará a las familias.",
            "The measure will undoubtedly help families.",
        ),
    ],
)
def test_certainty_rendered_by_an_adverb_is_not_reported(src, tgt):
    assert alarms(__name__, src, tgt) == []


# An education budget cut in Brazil (pt→en, written here): a dropped condition ("se o
# governo não aceitar a proposta") was not reported. The pivot's Spanish reading found
# the clause omitted, but an omission the source's own reading did not make was always
# put down to the first leg (which leaves unknown words as they are); now only where the
# Spanish clause holds a word the first leg did not know.


_STRIKE_PT = (
    "A dirigente afirmou que os professores vão entrar em greve se o governo não aceitar "
    "a proposta."
)


def test_a_condition_dropped_from_a_portuguese_sentence_is_reported():
    src = _STRIKE_PT
    tgt = "The union leader said teachers would go on strike."
    assert ("omission", "major") in alarms(__name__, src, tgt, "pt")


def test_a_portuguese_condition_kept_is_not_reported():
    src = _STRIKE_PT
    tgt = (
        "The union leader said teachers would strike if the government did not accept the proposal."
    )
    assert not [a for a in alarms(__name__, src, tgt, "pt") if a[0] == "omission"]
