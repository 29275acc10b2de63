"""False alarms of session 8 (docs/drift.md, "Session 8: false alarms"): a reworded clause
reported as omitted or added because its words (or its literal MT's) are synonyms or other
inflections of the translation's, not the same words. English words count as found when
they are an inflection of the same lemma or share a frequent WordNet sense
(:mod:`aligner.drift.synonyms`). The sentences are written here for these tests, not
taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.drift import synonyms
from aligner.drift.text import content, tokenize, words
from tests.drift_batch import batch_fixture, findings

_batch = batch_fixture()


def _words(text: str, lang: str = "en") -> list:
    return content(words(tokenize(text)), lang)


@pytest.mark.parametrize(
    "needles,haystack",
    [
        ("regions", "In affected areas"),  # region 2nd sense = area 3rd sense
        ("families", "many households struggled"),  # family 1st sense = household 1st
        ("mice", "a mouse"),  # irregular plural
        ("the prices fell", "where the price will fall"),  # irregular past
        ("physicians", "the doctor"),
        ("stores", "two shops"),
    ],
)
def test_found_through_wordnet(needles: str, haystack: str) -> None:
    n, h = _words(needles), _words(haystack)
    assert synonyms.coverage(n, h, "en") > synonyms.coverage(n, h, "en", max_rank=0)
    assert synonyms.coverage(n, h, "en") == 1.0 or len(n) > 1


@pytest.mark.parametrize(
    "needles,haystack",
    [
        ("families", "the syndicate"),  # "family"'s 7th sense only: a rare sense
        ("taken", "needed"),  # light verbs join unrelated words
        ("regions", "countries"),  # related, not the same
        ("rose", "fell"),  # an antonym is no synonym
    ],
)
def test_not_found(needles: str, haystack: str) -> None:
    assert synonyms.coverage(_words(needles), _words(haystack), "en") == 0.0


def test_english_only() -> None:
    # Spanish words are never looked up in the English word net, even when they are
    # spelled like English words ("red" is a network, "once" eleven).
    assert synonyms.coverage(_words("red", "es"), _words("crimson"), "es") == 0.0
    assert synonyms.coverage(_words("red"), _words("crimson"), "en") == 1.0


def test_synonyms_only_in_same_language_part() -> None:
    # The synonyms of an English word are looked for in the English part of the haystack
    # only (a back-translation, say), not among the other language's words.
    needles, spanish, english = _words("regions"), _words("areas", "es"), _words("people")
    assert synonyms.coverage(needles, spanish + english, "en", english) == 0.0
    assert synonyms.coverage(needles, spanish + english, "en") == 1.0


def test_bases() -> None:
    assert "fall" in synonyms.bases("fell")
    assert "stop" in synonyms.bases("stopped")
    assert "family" in synonyms.bases("families")


@pytest.mark.parametrize(
    "needles,haystack",
    [
        ("the light of the sun", "sunlight"),
        ("work of team", "terrific teamwork"),
        ("child care", "access to childcare"),
    ],
)
def test_compounds(needles: str, haystack: str) -> None:
    n, h = _words(needles), _words(haystack)
    assert synonyms.coverage(n, h, "en") == 1.0
    assert synonyms.coverage(n, h, "en", max_rank=0) < 1.0


def test_compound_parts_must_both_be_there() -> None:
    # "light" is not found in "sunlight" alone, nor "work" in "homework" alone.
    assert synonyms.coverage(_words("light"), _words("the sunlight"), "en") == 0.0
    assert synonyms.coverage(_words("work"), _words("homework"), "en") == 0.0
    assert not synonyms.compound_of("sunlight", {"sun"})
    assert synonyms.compound_of("sunlight", {"sun", "light"})
    assert not synonyms.compound_of("sunlight", {"su", "nlight"})  # parts of 3 letters or more


def test_digit_groups() -> None:
    # "1 388" (French thousands with a space) is two words; "1,388" one.
    needles, haystack = _words("1 388 sur 5 143", "fr"), _words("1,388 of 5,143")
    assert [t.fold for t in needles] == ["388", "143"]
    assert synonyms.coverage(needles, haystack, "fr") == 1.0
    assert synonyms.coverage(needles, haystack, "fr", max_rank=0) == 0.0
    # A group is no match for another number.
    assert synonyms.coverage(_words("388"), _words("3,880"), "en") == 0.0


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        # "touchées" → MT "touched", rendered "affected"; "régions" → "areas".
        (
            "Dans les régions touchées, les écoles resteront fermées jusqu'à lundi.",
            "In affected areas, schools will stay shut until Monday.",
            "fr",
        ),
        # Thousands written with a space in French, with a comma in English.
        (
            "Le taux était plus faible chez ceux qui n'ont pas été hospitalisés (1 388 sur 5 143).",
            "The rate was lower among those who were not hospitalized (1,388 of 5,143).",
            "fr",
        ),
    ],
)
def test_reworded_clause_not_omitted(src: str, tgt: str, lang: str) -> None:
    assert not [f for f in findings(__name__, src, tgt, lang) if f.type in ("omission", "addition")]


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        # The same sentences with a clause really dropped.
        (
            "Dans les régions touchées, les écoles resteront fermées jusqu'à lundi, et les "
            "trains ne circuleront pas.",
            "In affected areas, schools will stay shut until Monday.",
            "fr",
        ),
        (
            "Le taux était plus faible chez ceux qui n'ont pas été hospitalisés, et les décès "
            "ont diminué de moitié.",
            "The rate was lower among those who were not hospitalized.",
            "fr",
        ),
    ],
)
def test_dropped_clause_still_found(src: str, tgt: str, lang: str) -> None:
    assert "omission" in {f.type for f in findings(__name__, src, tgt, lang)}
