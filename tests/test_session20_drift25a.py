"""Removed adjectives and adverbs, session 20 (docs/drift.md, "Session 20 (drift25a)"):
a name's leading adjective cut from the translation (:mod:`aligner.drift.name_modifiers`).
Every sentence here is written here for these tests, not taken from any of the data. No
e5; the pipeline cases run as one ``check_pairs`` batch (tests/drift_batch.py)."""

from __future__ import annotations

import os

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.lexical_diff import WORDNET
from aligner.drift.lost_comparatives import orphan_than
from aligner.drift.name_modifiers import capitalised_runs, cut_name, tokens
from tests.drift_batch import alarm_types, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")
needs_wordnet = pytest.mark.skipif(
    not os.path.exists(os.path.join(WORDNET, "index.adj")), reason="WordNet is not installed"
)

_batch = batch_fixture()


def test_runs_skip_a_capitalised_sentence_opening():
    toks = tokens("Black Lives Matter marched. They met the Federal Aviation Administration.")
    runs = [[toks[k].text for k in run] for run in capitalised_runs(toks)]
    assert runs == [["Federal", "Aviation", "Administration"]]


def test_runs_skip_an_opening_quote():
    toks = tokens('Dijo: "Black Lives Matter" y se fue.')
    assert capitalised_runs(toks) == []


@needs_wordnet
@pytest.mark.parametrize(
    "src, tgt, dropped, kept",
    [
        (
            "El permiso lo firmó la Federal Aviation Administration ayer.",
            "The permit was signed by the Aviation Administration yesterday.",
            "Federal",
            "Aviation Administration",
        ),
        (
            "Anoche vimos la serie American Horror Story en casa.",
            "Last night we watched the series Horror Story at home.",
            "American",
            "Horror Story",
        ),
    ],
)
def test_a_kept_name_loses_its_adjective(src, tgt, dropped, kept):
    found = cut_name(src, tgt)
    assert found is not None and found.in_source
    assert " ".join(t.text for t in found.dropped) == dropped
    assert " ".join(t.text for t in found.kept) == kept
    assert tgt[found.kept[0].start : found.kept[-1].end] == kept


@needs_wordnet
def test_a_name_in_the_mt_counts_when_the_source_has_as_many_capitals():
    src = "Mis primos se mudaron a los Estados Unidos en mayo."
    mt = "My cousins moved to the United States in May."
    found = cut_name(src, "My cousins moved to the States in May.", mt)
    assert found is not None and not found.in_source
    assert [t.text for t in found.dropped] == ["United"]


@needs_wordnet
def test_an_mt_run_without_capitals_in_the_source_is_no_name():
    # Spanish writes months in lower case: the MT's "Late February" is not a name.
    src = "Llegó a finales de febrero con su familia."
    mt = "He arrived at Late February with his family."
    assert cut_name(src, "He arrived in February with his family.", mt) is None


@needs_wordnet
@pytest.mark.parametrize(
    "src, tgt",
    [
        # The whole name kept.
        (
            "El permiso lo firmó la Federal Aviation Administration ayer.",
            "The permit was signed by the Federal Aviation Administration yesterday.",
        ),
        # A WordNet synonym of the whole ("Great Britain" → "Britain").
        ("Mi hermana viajó a Great Britain en mayo.", "My sister travelled to Britain in May."),
        # The adjective rendered in another form ("Iranian" → "Iran's").
        (
            "Lo anunció el Iranian Health Ministry el lunes.",
            "Iran's Health Ministry announced it on Monday.",
        ),
        # A person shortened to the surname: the given name is no adjective.
        ("Lo dijo ayer Richard Branson en Londres.", "Branson said so in London yesterday."),
        # Another name's word before the kept part: a different name, not a cut one.
        ("Vimos Little Britain anoche.", "We watched Great Britain last night."),
        # A function word WordNet also lists as an adjective ("In").
        ("Hablamos de In Cold Blood ayer.", "We talked about Cold Blood yesterday."),
    ],
)
def test_names_left_alone(src, tgt):
    assert cut_name(src, tgt) is None


@needs_apertium
@needs_wordnet
@pytest.mark.parametrize(
    "src, tgt, expected",
    [
        (
            "El permiso lo firmó la Federal Aviation Administration ayer por la tarde.",
            "The permit was signed by the Aviation Administration yesterday afternoon.",
            {"omission"},
        ),
        (
            "El permiso lo firmó la Federal Aviation Administration ayer por la tarde.",
            "The permit was signed by the Federal Aviation Administration yesterday afternoon.",
            set(),
        ),
        (
            "Mis primos se mudaron a los Estados Unidos el verano pasado.",
            "My cousins moved to the States last summer.",
            {"omission"},
        ),
    ],
)
def test_pipeline_reports_a_cut_name(src, tgt, expected):
    assert alarm_types(__name__, src, tgt) >= expected
    if not expected:
        assert "omission" not in alarm_types(__name__, src, tgt)


# --- a comparison left without its comparative (aligner.drift.lost_comparatives) ---


@needs_wordnet
@pytest.mark.parametrize(
    "text",
    [
        "The second fever usually appears than the first one.",
        "Small farms pay than 10 % of their income in taxes.",
        "The clinic, which treats than 300 patients a day, is full.",
    ],
)
def test_than_without_a_comparative(text):
    span = orphan_than(text)
    assert span is not None and text[span[0] : span[1]] == "than"


@needs_wordnet
@pytest.mark.parametrize(
    "text",
    [
        "The second fever usually appears earlier than the first one.",
        "Small farms pay more than 10 % of their income in taxes.",
        "The river is wider here than upstream.",
        "The new bridge is bigger than the old one.",
        "She would rather walk than wait for the bus.",
        "Prices rose faster (in spring, at least) than wages.",
        "It was no different than last year.",
        # "than that"/"than those": a compared noun phrase, whose comparative may stand
        # far back; left alone even where none is found (the check's blind spot).
        "Savings will come from the joint plan of the towns than those of each town.",
        # "than" in the next sentence is that sentence's business.
        "Prices fell. Wages rose faster than prices.",
    ],
)
def test_comparisons_left_alone(text):
    assert orphan_than(text) is None


@needs_apertium
@needs_wordnet
@pytest.mark.parametrize(
    "src, tgt, expected",
    [
        (
            "La segunda fiebre aparece normalmente antes que la primera.",
            "The second fever normally appears than the first one.",
            {"omission"},
        ),
    ],
)
def test_pipeline_reports_a_lost_comparative(src, tgt, expected):
    assert alarm_types(__name__, src, tgt) >= expected
