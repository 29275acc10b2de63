"""Removed words, session 17 (docs/drift.md, "Session 17, drift22a (removed words)"): an
English translation cut where its verb or its subject was (:mod:`aligner.drift.stranded`).
Each reported case is silent on the session's start; the quiet cases are the English
shapes the rules leave alone (questions, inversions, idioms with "by"). The sentences
are written here for these tests, not taken from any of the data. No MT and no e5: the
shapes are read from the translation's tokens."""

from __future__ import annotations

import pytest

from aligner.drift import link_grammar
from aligner.drift.checks import check_pairs
from aligner.drift.lexical_diff import Word
from aligner.drift.stranded import stranded
from aligner.drift.text import tokenize


def _cut(text: str) -> list[str]:
    return [text[a:b] for a, b in stranded(tokenize(text))]


@pytest.mark.parametrize(
    "text,cut",
    [
        ("I couldn't the eclipse because of the clouds.", "couldn't the"),
        ("With binoculars you will them more clearly.", "will them"),
        ("I the army will need something tougher.", "I the"),
        ("Last year they the goods by sea.", "they the"),
        ("The bill was by the Senate on Tuesday.", "was by"),
        ("Apparently was the flag of the old kingdom.", "Apparently was"),
        ("The technicians managed to the fault before noon.", "managed to the"),
        ("The bank has that the economy will slow down.", "has that the"),
        ("The itself was towed away before noon.", "The itself"),
        ("They postponed the after the storm hit the coast.", "the after"),
    ],
)
def test_a_cut_where_a_verb_or_its_subject_was(text: str, cut: str) -> None:
    assert _cut(text)[:1] == [cut]


@pytest.mark.parametrize(
    "text",
    [
        "How could the government avoid it?",
        "Am I my brother's keeper?",
        "We the people have decided.",
        "It was by far the best team of the season.",
        "The plan was by no means perfect.",
        "The work had been finished by the time we arrived.",
        "Rarely has the team been so lucky.",
        "Nor could the opposition stop it.",
        "She told them that he would help.",
        "Usually the trains arrive on time.",
        "They agreed to the plan on Monday.",
        "The company has that kind of problem every winter.",
        "The after-effects of the storm lasted for weeks.",
        "Take a through train to the coast.",
    ],
)
def test_english_that_reads_so_on_purpose(text: str) -> None:
    assert _cut(text) == []


_PAIRS = [
    ("Vi el eclipse desde la azotea de mi casa.", "I the eclipse from the roof of my house."),
    (
        "Creo que el ejército necesitará algo más resistente.",
        "I the army will need something tougher.",
    ),
    (
        "El proyecto fue aprobado por el Senado el martes.",
        "The bill was by the Senate on Tuesday.",
    ),
    # faithful: nothing is reported
    (
        "El proyecto fue aprobado por el Senado el martes.",
        "The bill was approved by the Senate on Tuesday.",
    ),
    ("Era, con diferencia, el mejor equipo.", "It was by far the best team."),
]


def test_pairs_cut_where_a_verb_was_are_reported_as_omissions() -> None:
    found = check_pairs([(s, t) for s, t in _PAIRS], "es", "en", embedder=None, mt=None)
    alarms = [{f.type for f in fs if f.severity != "minor"} for fs in found]
    assert alarms == [{"omission"}, {"omission"}, {"omission"}, set(), set()]


@pytest.mark.skipif(not link_grammar.available(), reason="Link Grammar parser not installed")
def test_a_preposition_tagged_as_an_adverb_is_a_gap_for_the_grammar_check() -> None:
    # "he on shows" for "he worked on shows": Apertium's tagger may call the stranded
    # "on" an adverb; an adverb the parser cannot place ("barely") is still no gap.
    text = "In those years he on shows and barely slept."
    work = Word("trabajó", "trabajar", "vblex", frozenset({"work"}), 0, 7, True)

    def tagged(surface: str) -> Word:
        start = text.index(surface)
        return Word(surface, surface, "adv", frozenset(), start, start + len(surface), True)

    gaps = [(work, 0, len(text))]
    on, barely = tagged("on"), tagged("barely")
    tries = list(link_grammar._tries(text, gaps, [(on.start, on.end)], [on, barely]))
    assert tries and {form for *_, form, _ in tries} >= {"worked"}
    assert list(link_grammar._tries(text, gaps, [(barely.start, barely.end)], [on, barely])) == []
