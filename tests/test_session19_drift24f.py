"""Subjects removed, session 19 (docs/drift.md, "Session 19 (drift24f): subjects removed"):
the shapes of :mod:`aligner.drift.lost_subjects`, read through
:func:`aligner.drift.subjectless.gaps`. Every sentence here is written here for these
tests, not taken from any of the data. No e5; Apertium tags the sentences in one batch."""

from __future__ import annotations

from functools import cache

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift import subjectless
from aligner.drift.pos_fluency import tag_texts
from tests.drift_batch import alarm_types, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
pytestmark = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

CUT = [
    ("In its first chapter, the describes a journey across the desert.", "the describes"),
    ("The belongs to a family of small birds that nest on cliffs.", "The belongs"),
    ("The mayor said the previous was cancelled after the storm.", "previous was"),
    ("On most farms, big have their own wells.", "big have"),
    ('"We will open the bridge next week," said.', '," said'),
    ("Prices rose sharply in the north, said.", ", said"),
    ("As opened the door, I heard a noise in the hall.", "As opened"),
    ("The would then close the old road for a year.", "The would"),
    ("The bridge is long, but the was built in a month.", "the was"),
    ("Shops stayed shut while were away on holiday.", "while were"),
    ("They moved the desks so that could reach the window.", "so that could"),
    ("The work will finish in May, said on Monday.", ", said"),
]
KEPT = [
    "The analyzes of the samples were published last week.",
    "She wrote a thank-you note to her aunt.",
    "The children respected the parental will.",
    "As shown in the table, prices rose in every region.",
    '"We will open the bridge next week," she said.',
    "The rich have always found a way to pay less.",
    "The results show that the new drug works.",
    "When asked about the plan, the minister said nothing.",
    "Her speech, he said, was the best of the evening.",
    "Does the new rule apply, or was it withdrawn?",
    "A is the first letter of the alphabet.",
    "She admired the might of the old army.",
    "Stay here until it is dark, because we must leave early.",
    "The plan, said to cost a million, was approved.",
    '"Rain comes late, but it comes," the farmer\'s wife, Ana Ruiz, said with a smile.',
]


@cache
def _tagged() -> dict[str, list]:
    texts = [t for t, _ in CUT] + KEPT
    return dict(zip(texts, tag_texts(texts, "en") or [], strict=True))


def _cuts(text: str) -> list[str]:
    return [text[a:b] for a, b in subjectless.gaps(_tagged()[text])]


@pytest.mark.parametrize("text,cut", CUT)
def test_a_clause_without_its_subject_is_read(text: str, cut: str) -> None:
    assert _cuts(text) == [cut]


@pytest.mark.parametrize("text", KEPT)
def test_english_with_its_subject_is_left_alone(text: str) -> None:
    assert _cuts(text) == []


@pytest.mark.parametrize(
    "src,tgt,flagged",
    [
        ("El término se refiere a los viajes por tierra.", "The refers to trips by land.", True),
        (
            "El término se refiere a los viajes por tierra.",
            "The term refers to trips by land.",
            False,
        ),
    ],
)
def test_the_pair_is_flagged_as_an_omission(src: str, tgt: str, flagged: bool) -> None:
    assert ("omission" in alarm_types(__name__, src, tgt)) is flagged
