"""Subjects and verbs removed, session 18 (docs/drift.md, "Session 18 (drift23c):
subjects and verbs removed"): an English clause left without its subject or its verb,
read from the tokens (:mod:`aligner.drift.stranded`) or from Apertium's tags
(:mod:`aligner.drift.subjectless`). Each reported case is silent on the session's
start; the quiet cases are English that reads so on purpose (imperatives, inversions,
fronted participles, apposition, questions). Every sentence here was written for these
tests, not taken from any of the data. No MT and no e5."""

from __future__ import annotations

from functools import cache

import pytest

from aligner.drift import subjectless
from aligner.drift.checks import read_side
from aligner.drift.pos_fluency import tag_texts
from aligner.drift.stranded import stranded
from aligner.drift.text import tokenize


def _cut(text: str) -> list[str]:
    return [text[a:b] for a, b in stranded(tokenize(text))]


@pytest.mark.parametrize(
    "text,cut",
    [
        # written here: an adverb between the modal (or the subject) and what is left
        ("The treaty would then the whole region for decades.", "would then the"),
        ("The guide will normally all of the paperwork for you.", "will normally all"),
        ("They usually the train to work on Mondays.", "They usually the"),
        ("She clearly that the vote was rigged.", "She clearly that"),
        ("The mayor has finally that the bridge will reopen.", "has finally that the"),
        ("The species is formally by zoologists as a subspecies.", "is formally by"),
        ("The coach does not how to stop the slide.", "does not how"),
        ("The club did not to pay the fine in full.", "did not to"),
        ("And can tell it to anyone who listens.", "And can"),
    ],
)
def test_a_cut_with_adverbs_or_after_an_opening_conjunction(text: str, cut: str) -> None:
    assert _cut(text)[:1] == [cut]


@pytest.mark.parametrize(
    "text",
    [
        # written here: the same words in English that reads so on purpose
        "The decision was largely by consensus.",
        "The decision is solely by their own vote.",
        "He is by far the fastest runner.",
        "You can also the rest of it?",
        "But can the council afford it?",
        "And the results were better than expected.",
        "She has always that look when she is tired.",
        "They do not all agree with the plan.",
        "Nor would they the year after.",
    ],
)
def test_english_that_reads_so_on_purpose_with_adverbs(text: str) -> None:
    assert _cut(text) == []


@cache
def _tags(text: str):
    tagged = tag_texts([text], "en")
    return tagged[0] if tagged else None


def _gap(text: str) -> list[str]:
    words = _tags(text)
    if words is None:
        pytest.skip("Apertium's English tagger is not installed")
    return [text[a:b] for a, b in subjectless.gaps(words)]


@pytest.mark.parametrize(
    "text,gap",
    [
        # written here: a subject gone
        ("Usually take the bus to the market on Fridays.", "Usually take"),
        ("In short, was a disaster for everyone involved.", ", was"),
        ("Although the river was low, began to flood the valley.", ", began"),
        ("Of the stolen paintings have now been returned.", "Of the stolen paintings have"),
        ("The quickly managed to restore power to the town.", "The quickly managed"),
        ("These are farmers whose have lost their crops.", "whose have"),
        ("Got to know the village well during those years.", "Got"),
        # a verb gone
        ("After the long debate, Smith his plan to cut taxes.", "Smith his"),
        ("It may absurd, but the figures are correct.", "may absurd"),
        ("Tourists may into trouble near the old port.", "may into"),
        ("Visitors can also permission from the park office.", "can also permission"),
        ("Rain can anywhere in the hills, even in summer.", "can anywhere in"),
        ("You can it as often as you like, nobody listens.", "You can it"),
        ("As I the parade from the balcony, it began to rain.", "As I the"),
        ("In most towns, small shops their own delivery vans.", "small shops their"),
        ("This of leader rarely admits a mistake.", "This of"),
        ("In most years, in a good harvest can double the income.", "in a good harvest can"),
        ("On the local market lost nearly half its value.", "On the local market lost"),
        ('On Friday, staged "go-slow protests" on the ring road.', ", staged"),
        ("Of all the birds, the only that cannot fly live here.", "the only that"),
        ("With a time of 2:05:11, Kiptum his own record by a minute.", "Kiptum his"),
    ],
)
def test_a_clause_without_its_subject_or_its_verb(text: str, gap: str) -> None:
    assert gap in _gap(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        # written here: English with the same shapes on purpose
        "Always wash the fruit before eating it.",
        "Also included were two new stadiums.",
        "In the corner stood a tall lamp.",
        "In short, the plan was a disaster.",
        "Although the river was low, the farmers were worried.",
        '"The river is low," said the farmer.',
        "More than ten families have left the village.",
        "Put the boxes on the table.",
        "On Monday the minister resigned.",
        "The poor have little to lose.",
        "The newly elected mayor spoke first.",
        "Can the council afford it?",
        "The rain will soon stop, as it always does.",
        "We can only guess what happened.",
        "You can do it if you try.",
        "She sang as well as I the year before.",
        "In most towns, the shops close at noon.",
        "All this of course took time.",
        "The score was 2:1 at half time.",
        "In most years, in a good harvest, the farm does well.",
        "In the corner sat an old man.",
        "The only one that survived was the oak.",
    ],
)
def test_english_with_those_shapes_on_purpose(text: str) -> None:
    assert _gap(text) == []


def test_the_finding_is_an_omission_on_english_only() -> None:
    text = "In short, was a disaster for everyone involved."
    words = _tags(text)
    if words is None:
        pytest.skip("Apertium's English tagger is not installed")
    found = subjectless.check(read_side(text, "en"), words)
    assert [(f.type, f.severity) for f in found] == [("omission", "major")]
    assert subjectless.check(read_side(text, "fr"), words) == []
