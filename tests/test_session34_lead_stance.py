"""The verb that reports a statement (docs/drift.md, "Session 34, lead",
``drift.reporting_stance``): "dijo" rendered "claimed" or "admitted" changes how the
reader takes the statement, though every word of it is kept. The sentences are written
here for these tests, not taken from any data."""

from __future__ import annotations

import pytest

from tests.drift_batch import batch_fixture, findings

_batch = batch_fixture()


def _stance(src: str, tgt: str) -> list[str]:
    return [f.severity for f in findings(__name__, src, tgt) if "reports" in f.message]


@pytest.mark.parametrize(
    "src,tgt,severity",
    [
        (
            "El ministro dijo que el plan funcionará.",
            "The minister claimed the plan would work.",
            "major",
        ),
        (
            "El ministro dijo que el plan funcionará.",
            "The minister admitted the plan would work.",
            "major",
        ),
        (
            '"El plan funcionará", dijo el ministro.',
            '"The plan will work," the minister claimed.',
            "major",
        ),
        (
            "El ministro reconoció que el plan ha fracasado.",
            "The minister said the plan had failed.",
            "minor",
        ),
        # the same stance, or words that report nothing
        (
            "El ministro dijo que el plan funcionará.",
            "The minister said the plan would work.",
            None,
        ),
        (
            "El ministro reconoció que el plan ha fracasado.",
            "The minister acknowledged the plan had failed.",
            None,
        ),
        (
            "El ministro afirmó que el plan funcionará.",
            "The minister claimed the plan would work.",
            None,
        ),
        (
            "El accidente se cobró la vida de tres personas, dijo la policía.",
            "The crash claimed the lives of three people, police said.",
            None,
        ),
        (
            "El presunto asesino fue detenido, informó la policía.",
            "The alleged killer was arrested, police said.",
            None,
        ),
    ],
)
def test_reporting_stance(src, tgt, severity):
    assert _stance(src, tgt) == ([severity] if severity else [])


def test_a_denial_replaced_by_a_plain_report_says_so():
    # "negó que … fracasado" affirms nothing failed; "said … had failed" says it did: the
    # message names the denial lost, not "a denial negated" (which is "no descartó")
    [message] = [
        f.message
        for f in findings(
            __name__,
            "El ministro negó que el plan haya fracasado.",
            "The minister said the plan had failed.",
        )
        if f.severity != "minor"
    ]
    assert "negation more" in message and "negó" in message, message
