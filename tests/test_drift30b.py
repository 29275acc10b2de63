"""Removed nouns, session 25 (docs/drift.md, "Session 25 (drift30b)"): a determiner left
straight before an adverb or an "-ed" form, the source's noun after its determiner
rendered by nothing, and "and"/"or" left before a mark (:mod:`aligner.drift.
orphaned_words`); a word Apertium does not know counted by a figure
(:mod:`aligner.drift.counted_nouns`); and the removal readers run
on pairs another type of finding flags too (:func:`aligner.drift.link_grammar.
open_to_removals`). Every sentence here is written here for these tests, not taken from
any of the data. No e5; the word readings use Apertium's analyses of the pairs below in
one batch, the pipeline cases one ``check_pairs`` batch (tests/drift_batch.py)."""

from __future__ import annotations

from functools import cache

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.counted_nouns import lost_counted
from aligner.drift.lexical_diff import analyse
from aligner.drift.link_grammar import open_to_removals
from aligner.drift.orphaned_words import conjunction_gap, determiner_gap
from aligner.drift.signals import Finding
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

REPORT = "Las ministras presentaron su informe hoy en el parlamento."
MOUNTAINS = "Desde el tren admiramos las montañas cubiertas de nieve."
SITUATION = "El alcalde explicó la situación de otra manera, pero nadie le creyó."
FARMERS = "Los agricultores protestaron en Murcia y en Almería, bloqueando varias carreteras."
HORSES = "El ejército perdió 20 mil cavalli y tuvo que retirarse."
COUNTED = "Las ministras presentaron su informe hoy en el parlamento ante 30 diputados."

# (source, translation) by name; the reader below is asked about each.
PAIRS = {
    # a possessive left before an adverb, a preposition after it
    "their today": (REPORT, "The ministers presented their today in parliament."),
    "their report today": (REPORT, "The ministers presented their report today in parliament."),
    # an article left before a participle, a preposition after it
    "the covered with": (MOUNTAINS, "From the train we admired the covered with snow."),
    "the snow-covered mountains": (
        MOUNTAINS,
        "From the train we admired the snow-covered mountains.",
    ),
    # an article left before an adverb, a comma after it
    "the differently": (SITUATION, "The mayor explained the differently, but nobody believed him."),
    "the situation differently": (
        SITUATION,
        "The mayor explained the situation differently, but nobody believed him.",
    ),
    # a participle English uses as a noun, which renders the source's noun
    "the injured in": (
        "Los médicos atendieron a los heridos en el hospital.",
        "The doctors treated the injured in the hospital.",
    ),
    # an adverb inside a noun phrase that goes on
    "the newly built bridge": (
        "Visitaron el puente recién construido sobre el río.",
        "They visited the newly built bridge over the river.",
    ),
    # "and" left before a comma, the source's next name rendered by nothing
    "and,": (FARMERS, "Farmers protested in Murcia and, blocking several roads."),
    "and Almería,": (FARMERS, "Farmers protested in Murcia and Almería, blocking several roads."),
    # an aside after "and": the source has a mark or an adverb after "y"
    "and, as always,": (
        "El equipo perdió y, como siempre, el entrenador culpó al árbitro.",
        "The team lost and, as always, the coach blamed the referee.",
    ),
    "and, moreover,": (
        "El equipo perdió y además, el entrenador culpó al árbitro.",
        "The team lost and, moreover, the coach blamed the referee.",
    ),
    # a figure whose counted noun Apertium does not know, left out
    "20,000 and": (HORSES, "The army lost 20,000 and had to retreat."),
    "20,000 horses and": (HORSES, "The army lost 20,000 horses and had to retreat."),
}


@cache
def _words() -> dict[str, tuple]:
    keys = list(PAIRS)
    src = analyse([PAIRS[k][0] for k in keys], "es", "en")
    tgt = analyse([PAIRS[k][1] for k in keys], "en", "es")
    assert src is not None and tgt is not None
    return {k: (s, t) for k, s, t in zip(keys, src, tgt, strict=True)}


def _gap(key: str) -> tuple[str, str, str] | None:
    src, tgt = _words()[key]
    found = determiner_gap(src, tgt)
    return found and (found[0].surface, found[1].surface, found[2].surface)


@needs_apertium
@pytest.mark.parametrize(
    "key, found",
    [
        ("their today", ("informe", "their", "today")),
        ("the covered with", ("montañas", "the", "covered")),
        ("the differently", ("situación", "the", "differently")),
        ("their report today", None),
        ("the snow-covered mountains", None),
        ("the situation differently", None),
        ("the injured in", None),
        ("the newly built bridge", None),
    ],
)
def test_a_determiner_left_before_an_adverb_or_a_participle(key, found):
    assert _gap(key) == found


def _conjunction(key: str) -> tuple[str, str, str] | None:
    src, tgt = _words()[key]
    found = conjunction_gap(src, tgt)
    return found and (found[0].surface, found[1].surface, found[2].surface)


@needs_apertium
@pytest.mark.parametrize(
    "key, found",
    [
        ("and,", ("Almería", "and", ",")),
        ("and Almería,", None),
        ("and, as always,", None),
        ("and, moreover,", None),
    ],
)
def test_a_conjunction_left_before_a_mark(key, found):
    assert _conjunction(key) == found


@needs_apertium
@pytest.mark.parametrize(
    "key, found", [("20,000 and", ("cavalli", "20,000")), ("20,000 horses and", None)]
)
def test_a_word_apertium_does_not_know_counted_by_a_figure(key, found):
    src, tgt = _words()[key]
    got = lost_counted(src, tgt, PAIRS[key][0], "es")
    assert (got and (got[0].surface, got[1].surface)) == found


class _Text:
    def __init__(self, text: str):
        self.text = text


class _Pair:
    def __init__(self, *found: Finding):
        self.findings = found
        self.src = _Text("La OMS y el ministerio lo anunciaron.")
        self.tgt = _Text("The WHO and the ministry announced it.")


def test_a_pair_flagged_by_another_type_is_still_open_to_the_removal_readers():
    number = Finding("number", "critical", 1.0, None, None, "", "")
    omission = Finding("omission", "major", 0.5, None, None, "", "")
    minor = Finding("omission", "minor", 0.2, None, None, "", "")
    assert open_to_removals(_Pair(number))
    assert open_to_removals(_Pair(minor))
    assert not open_to_removals(_Pair(number, omission))
    # a lost "no" already reports the pair; its words read as cut (session 16's noun of want)
    negation = Finding("negation", "critical", 1.0, None, None, "", "")
    assert not open_to_removals(_Pair(negation))
    # a name finding on an acronym may be made minor by the glossary pass afterwards
    acronym = Finding("entity", "critical", 1.0, (3, 6), (4, 7), "", "")
    name = Finding("entity", "critical", 1.0, (12, 22), (16, 24), "", "")
    assert not open_to_removals(_Pair(acronym))
    assert open_to_removals(_Pair(acronym, number))
    assert open_to_removals(_Pair(name))


# --- through the pipeline (the quiet pass) ---


def _major(src: str, tgt: str) -> list:
    return [f for f in findings(__name__, src, tgt, "es") if f.severity in ("major", "critical")]


_READER = "keeps its determiner"


@needs_apertium
@pytest.mark.parametrize(
    "key, reader",
    [  # "the covered with" is closed_gaps' already
        ("their today", _READER),
        ("the differently", _READER),
        ("and,", "keeps the conjunction before it"),
        ("20,000 and", "the noun seems to have been left out"),
    ],
)
def test_the_quiet_pass_reports_them(key, reader):
    assert any(f.type == "omission" and reader in f.message for f in _major(*PAIRS[key]))


@needs_apertium
def test_a_pair_another_finding_flags_is_read_for_its_removed_noun():
    found = _major(COUNTED, "The ministers presented their today in parliament before 40 deputies.")
    assert any(f.type == "number" for f in found)
    assert any(f.type == "omission" and _READER in f.message for f in found)


@needs_apertium
@pytest.mark.parametrize(
    "key",
    [
        "their report today",
        "the snow-covered mountains",
        "the situation differently",
        "and Almería,",
        "and, as always,",
        "20,000 horses and",
    ],
)
def test_the_faithful_forms_stay_quiet(key):
    assert [f for f in _major(*PAIRS[key]) if f.type == "omission"] == []
