"""Removed modifiers and nouns, session 18 (docs/drift.md, "Session 18 (drift23a): removed
modifiers and nouns"): an article left before a word it was not written for
(:mod:`aligner.drift.stranded`), an adjective left without its noun
(:mod:`aligner.drift.headless`), a head rendered word for word without its modifier
(:mod:`aligner.drift.bare_head`). Every sentence here is written here for these tests,
not taken from any of the data. No e5; the word checks read Apertium's analyses of the
pairs below in one batch."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.bare_head import bare_head
from aligner.drift.checks import check_pairs
from aligner.drift.headless import headless_adjective
from aligner.drift.stranded import stranded
from aligner.drift.text import tokenize
from tests.drift_batch import analysed_words

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")


def _cut(text: str) -> list[str]:
    return [text[a:b] for a, b in stranded(tokenize(text))]


@pytest.mark.parametrize(
    "text,cut",
    [
        ("The council approved an budget for the new bridge.", "an budget"),
        ("An committee will study the plan next month.", "An committee"),
        ("The mayor called it a important step for the town.", "a important"),
    ],
)
def test_an_article_before_a_word_it_was_not_written_for(text: str, cut: str) -> None:
    assert _cut(text) == [cut]


@pytest.mark.parametrize(
    "text",
    [
        "They waited an hour for an honest answer and a unique chance.",
        "It was a one-off payment to a European firm and an unusual one.",
        "She ate an apple, a pear and an 8-year-old's sandwich.",
        "Let C be the union of the sets A and B.",
        "He signed a union contract and an historic deal.",
    ],
)
def test_articles_that_agree_are_left_alone(text: str) -> None:
    assert _cut(text) == []


def test_the_article_shape_is_reported_without_mt() -> None:
    src = "El consejo aprobó un presupuesto ambicioso para el puente."
    tgt = "The council approved an budget for the bridge."
    found = check_pairs([(src, tgt)], "es", "en", embedder=None, mt=None)[0]
    hits = [f for f in found if f.type == "omission" and f.severity == "major"]
    assert hits and tgt[hits[0].target_span[0] : hits[0].target_span[1]] == "an budget"
    assert "article" in hits[0].message


PAIRS = {
    "economic": (
        "El alcalde dijo que la situación económica es difícil.",
        "The mayor said the economic is difficult.",
    ),
    "economic kept": (
        "El alcalde dijo que la situación económica es difícil.",
        "The mayor said the economic situation is difficult.",
    ),
    "annual": (
        "La empresa presentó ayer su informe anual.",
        "Yesterday the company presented its annual.",
    ),
    "injured": (
        "Las personas heridas fueron trasladadas al hospital.",
        "The injured were taken to hospital.",
    ),
    "coordinated": (
        "Atendieron a pacientes con una infección probable o confirmada.",
        "They treated patients with probable or confirmed disease.",
    ),
    "hyphen": (
        "Leyeron sobre las restricciones en rápida evolución.",
        "They read about the fast-changing restrictions.",
    ),
    "ambitious": ("El ministro presentó un plan ambicioso.", "The minister presented a plan."),
    "ambitious kept": (
        "El ministro presentó un plan ambicioso.",
        "The minister presented an ambitious plan.",
    ),
    "strange": ("Los vecinos escucharon un ruido extraño.", "The neighbours heard a noise."),
    "odd": ("Los vecinos escucharon un ruido extraño.", "The neighbours heard an odd noise."),
    "coach": (
        "El director técnico habló ayer con la prensa.",
        "The coach spoke to the press yesterday.",
    ),
    "power company": (
        "La compañía eléctrica invertirá mucho dinero.",
        "The power company will invest a lot of money.",
    ),
    "on time": ("El tren llegó puntualmente a la estación.", "The train arrived at the station."),
}


def _headless(key: str) -> tuple[str, str] | None:
    src, tgt = analysed_words(PAIRS)[key]
    found = headless_adjective(src, tgt, PAIRS[key][1], "es")
    return found and (found[0].surface, found[1].surface)


def _bare(key: str) -> tuple[str, str] | None:
    src, tgt = analysed_words(PAIRS)[key]
    found = bare_head(src, tgt, PAIRS[key][1], "es")
    return found and (found[0].surface, found[1].surface)


@needs_apertium
@pytest.mark.parametrize(
    "key,found",
    [("economic", ("situación", "economic")), ("annual", ("informe", "annual"))],
)
def test_an_adjective_left_without_its_noun(key: str, found: tuple[str, str]) -> None:
    # "annual": Apertium's tagger reads the stranded adjective as a noun.
    assert _headless(key) == found


@needs_apertium
@pytest.mark.parametrize("key", ["economic kept", "injured", "coordinated", "hyphen"])
def test_adjectives_with_a_noun_or_used_as_one_are_left_alone(key: str) -> None:
    # "the injured" is English for injured people; "probable or confirmed disease" shares
    # one noun; "fast-changing" is one word.
    assert _headless(key) is None


@needs_apertium
@pytest.mark.parametrize(
    "key,found",
    [
        ("ambitious", ("ambicioso", "plan")),
        ("strange", ("extraño", "noise")),
        ("on time", ("puntualmente", "arrived")),
    ],
)
def test_a_head_rendered_word_for_word_without_its_modifier(
    key: str, found: tuple[str, str]
) -> None:
    assert _bare(key) == found


@needs_apertium
@pytest.mark.parametrize("key", ["ambitious kept", "odd", "coach", "power company"])
def test_modifiers_rendered_or_merged_into_the_head_are_left_alone(key: str) -> None:
    # "odd" renders "extraño" through WordNet; "director técnico" → "coach" (the head is
    # not rendered by its own dictionary translation); "power" stands where
    # "eléctrica" would be.
    assert _bare(key) is None
