"""Every shape a cue list item can take, through aligner.drift.text.find_cues (its items are
compiled once per table since branch ci31: docs/drift.md "Session 26 (ci31)"). Sentences
and cue lists written here for these tests."""

from __future__ import annotations

import pytest

from aligner.drift.text import find_cues, tokenize


def _found(sentence: str, entries: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    ws = [t for t in tokenize(sentence) if t.word]
    return [(c.label, sentence[c.char_start : c.char_end]) for c in find_cues(ws, entries)]


@pytest.mark.parametrize(
    "sentence,entries,expected",
    [
        # a word, and a stem ("approv*")
        (
            "The board did not approve the plan.",
            (("not", "neg"), ("approv*", "yes")),
            [("neg", "not"), ("yes", "approve")],
        ),
        # an ending ("*less"): a stem of two letters or more before it
        ("A careless word, and less said.", (("*less", "without"),), [("without", "careless")]),
        # a prefix and an ending around a stem, in a word written in lower case only
        (
            "on nevidel nic a NEVIDEL ne",
            (("ne*l", "negated"),),
            [("negated", "nevidel")],
        ),
        # "…" skips up to six words
        (
            "It has not been decided by anyone yet.",
            (("not … yet", "not-yet"),),
            [("not-yet", "not been decided by anyone yet")],
        ),
        (
            "It was not one two three four five six seven yet.",
            (("not … yet", "not-yet"),),
            [],
        ),
        # the longest phrase first
        (
            "no es la primera vez que ocurre",
            (("no", "short"), ("no es la primera vez", "long")),
            [("long", "no es la primera vez")],
        ),
        # a one-word cue in lower case skips a capitalised word inside a sentence
        (
            "Rain is likely in May. May we go out?",
            (("may", "modal"),),
            [("modal", "May")],
        ),
    ],
)
def test_each_cue_shape_matches_as_written(sentence, entries, expected):
    assert _found(sentence, entries) == expected


def test_the_capitalised_month_is_not_the_modal():
    sentence = "Rain is likely in May. May we go out?"
    ws = [t for t in tokenize(sentence) if t.word]
    (cue,) = find_cues(ws, (("may", "modal"),))
    assert cue.char_start == sentence.index("May we")
