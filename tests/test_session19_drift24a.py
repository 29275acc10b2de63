"""Removed adjectives and adverbs, session 19 (docs/drift.md, "Session 19 (drift24a):
removed adjectives and adverbs"): a light adverb of addition, order, time or confirmation
the translation leaves out (:mod:`aligner.drift.removed_adverbs`), and the bare head's new
shapes (:mod:`aligner.drift.bare_head`: an adverb beside a copula or a modal, a
two-word adverb, a second adjective after its noun, a noun rendered by a synonym).
Every sentence here is written here for these tests, not taken from any of the data.
No e5; the word checks read Apertium's analyses of the pairs below in one batch, and
the pipeline cases run as one ``check_pairs`` batch (tests/drift_batch.py)."""

from __future__ import annotations

from functools import cache

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.bare_head import bare_head
from aligner.drift.lexical_diff import analyse
from aligner.drift.removed_adverbs import RENDERINGS, removed_adverb
from tests.drift_batch import alarm_types, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

PAIRS = {
    "also": (
        "Los turistas también visitaron el museo de la ciudad.",
        "The tourists visited the city museum.",
    ),
    "also kept": (
        "Los turistas también visitaron el museo de la ciudad.",
        "The tourists also visited the city museum.",
    ),
    "too kept": (
        "Los turistas también visitaron el museo de la ciudad.",
        "The tourists visited the city museum too.",
    ),
    "equally": (
        "Los precios han subido igualmente en las regiones del norte.",
        "Prices have risen in the northern regions.",
    ),
    "equally as also": (
        "Los precios han subido igualmente en las regiones del norte.",
        "Prices have also risen in the northern regions.",
    ),
    "respectively": (
        "Ana y Luis ganaron el primer y el segundo premio respectivamente.",
        "Ana and Luis won the first and second prizes.",
    ),
    "almost": (
        "La obra del puente costó casi tres millones de euros.",
        "The work on the bridge cost three million euros.",
    ),
    "almost as nearly": (
        "La obra del puente costó casi tres millones de euros.",
        "The work on the bridge cost nearly three million euros.",
    ),
    "often": (
        "Los vecinos se quejan a menudo del ruido nocturno.",
        "The neighbours complain about the noise at night.",
    ),
    "often as tend": (
        "Los vecinos se quejan a menudo del ruido nocturno.",
        "The neighbours tend to complain about the noise at night.",
    ),
    "almost always": (
        "El dolor aparece casi siempre por la mañana.",
        "Most of the time the pain appears in the morning.",
    ),
    "very": ("El examen de ayer fue muy difícil.", "Yesterday's exam was difficult."),
    "always": ("El resultado es siempre el mismo.", "The result is the same."),
    "sometimes": ("Los gatos son a veces tímidos con la gente.", "The cats are shy with people."),
    "stacked": (
        "Los arqueólogos encontraron restos romanos importantes.",
        "The archaeologists found Roman remains.",
    ),
    "official": (
        "Desde 1983 el catalán es la lengua oficial.",
        "Since 1983 Catalan is the language.",
    ),
    "coach said": (
        "El director técnico dijo que el equipo ganará.",
        "The coach said the team will win.",
    ),
}


@cache
def _words() -> dict[str, tuple]:
    keys = list(PAIRS)
    src = analyse([PAIRS[k][0] for k in keys], "es", "en")
    tgt = analyse([PAIRS[k][1] for k in keys], "en", "es")
    assert src is not None and tgt is not None
    return {k: (s, t) for k, s, t in zip(keys, src, tgt, strict=True)}


def _light(key: str, lang: str = "es") -> str | None:
    src, tgt = _words()[key]
    found = removed_adverb(src, tgt, PAIRS[key][1], lang)
    return found and found.surface


def _bare(key: str) -> tuple[str, str] | None:
    src, tgt = _words()[key]
    found = bare_head(src, tgt, PAIRS[key][1], "es")
    return found and (found[0].surface, found[1].surface)


def test_the_renderings_are_lower_case_words_for_folded_lemmas() -> None:
    # Looked up by the adverb's folded lemma and matched as whole lower-case words.
    assert all(k.isascii() and k.islower() for k in RENDERINGS)
    assert all(x == x.strip().lower() and x for xs in RENDERINGS.values() for x in xs)


@needs_apertium
@pytest.mark.parametrize(
    "key,found",
    [
        ("also", "también"),
        ("equally", "igualmente"),
        ("respectively", "respectivamente"),
        ("almost", "casi"),
        ("often", "a menudo"),
    ],
)
def test_a_listed_adverb_with_nothing_rendering_it(key: str, found: str) -> None:
    assert _light(key) == found


@needs_apertium
@pytest.mark.parametrize(
    "key",
    ["also kept", "too kept", "equally as also", "almost as nearly", "often as tend", "very"],
)
def test_removed_adverbs_rendered_anywhere_or_not_listed_are_left_alone(key: str) -> None:
    # "too" at the end and "also" for "igualmente" are renderings the dictionary does not
    # pair, nor "tend to" for "a menudo"; "muy" (degree) is not listed: translators drop
    # it freely.
    assert _light(key) is None


@needs_apertium
def test_almost_always_is_read_as_one_unit() -> None:
    # "casi siempre" → "most of the time": "siempre" is not asked for alone.
    assert _light("almost always") is None


@needs_apertium
def test_removed_adverbs_are_read_for_a_spanish_source_only() -> None:
    assert _light("also", "pt") is None


@needs_apertium
@pytest.mark.parametrize(
    "key,found",
    [
        ("always", ("siempre", "is")),
        ("sometimes", ("a veces", "are")),
        ("stacked", ("importantes", "remains")),
        ("official", ("oficial", "language")),
    ],
)
def test_new_shapes_of_a_bare_head(key: str, found: tuple[str, str]) -> None:
    # A copula heads an adverb; "a veces" is one adverb; "importantes" follows a rendered
    # adjective after its noun; "lengua" is rendered by a synonym ("language").
    assert _bare(key) == found


@needs_apertium
def test_an_adjective_merged_into_its_head_stays_excused() -> None:
    # "coach" renders "director técnico"; the adverbs' distance rule (the removed word
    # not counted) would bring "said" next to "director", so it is not used for adjectives.
    assert _bare("coach said") is None


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,reported",
    [
        (*PAIRS["also"], True),
        (*PAIRS["also kept"], False),
        (*PAIRS["too kept"], False),
        (*PAIRS["respectively"], True),
    ],
)
def test_the_quiet_pass_reports_a_removed_adverb(src: str, tgt: str, reported: bool) -> None:
    assert ("omission" in alarm_types(__name__, src, tgt)) is reported
