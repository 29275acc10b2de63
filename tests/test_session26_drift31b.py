"""Removed content words, session 26 (docs/drift.md, "Session 26 (drift31b)"): "and"/"or"
left straight before a verb in a tense, the source's noun after its "y" rendered by
nothing (:func:`aligner.drift.orphaned_words.conjunction_gap`); and "to" or "have to"
left before a word that cannot be a verb, the source's verb rendered by nothing
(:mod:`aligner.drift.stranded_to`). Every sentence here is written here for these
tests, not taken from any of the data. No e5; the word readings use Apertium's analyses
of the pairs below in one batch, the pipeline cases one ``check_pairs`` batch
(tests/drift_batch.py)."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.orphaned_words import conjunction_gap
from aligner.drift.stranded_to import stranded_to
from tests.drift_batch import alarm_types, analysed_words, assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

ANIMALS = "Los tigres, los osos y los lobos son comunes en estos bosques."
CENTURIES = "Los tigres, los osos y los lobos vivieron aquí durante siglos."
FORESTS = "Los tigres, los osos y los lobos viven en estos bosques."
WATER = "Es suficiente hervir el agua durante un minuto."
TRADITIONS = "Las tradiciones relacionadas con la fiesta son antiguas."
LAW = "La nueva ley ha animado a los inversores."
PLAN = "La oposición critica el plan y respinge la propuesta."

# (source, translation) by name; the readers below are asked about each.
PAIRS = {
    # the last noun of a list cut, "and" left before the list's verb
    "and are": (ANIMALS, "Tigers, bears and are common in these forests."),
    "and wolves are": (ANIMALS, "Tigers, bears and wolves are common in these forests."),
    "and lived": (CENTURIES, "Tigers, bears and lived here for centuries."),
    "and wolves lived": (CENTURIES, "Tigers, bears and wolves lived here for centuries."),
    # a present Apertium tags as an infinitive, rendering the source's verb in a tense
    "and live": (FORESTS, "Tigers, bears and live in these forests."),
    "and wolves live": (FORESTS, "Tigers, bears and wolves live in these forests."),
    # two verbs coordinated: the source has a verb after "y"
    "and sold": (
        "Los vecinos cortaron los árboles y vendieron la madera.",
        "The neighbours cut the trees and sold the wood.",
    ),
    # a word Apertium does not know after "y" (here an untranslated verb) before a verb
    # other than "be", "have" or a modal
    "and rejects": (PLAN, "The opposition criticises the plan and rejects the proposal."),
    # the infinitive cut, "to" left before an article
    "sufficient to the": (WATER, "It is sufficient to the water for a minute."),
    "sufficient to boil": (WATER, "It is sufficient to boil the water for a minute."),
    # the participle cut, "to" left before an article
    "traditions to the": (TRADITIONS, "The traditions to the festival are old."),
    "traditions related to": (TRADITIONS, "The traditions related to the festival are old."),
    # the participle after "ha" cut: "has to" before a noun
    "has to investors": (LAW, "The new law has to investors."),
    "has encouraged": (LAW, "The new law has encouraged investors."),
    # "to" and "have to" as English uses them
    "have to pay": (
        "Los inversores tienen que pagar el impuesto.",
        "Investors have to pay the tax.",
    ),
    "road to the sea": ("El camino al mar es largo.", "The road to the sea is long."),
}


def _surfaces(found) -> tuple[str, ...] | None:
    return found and tuple(w.surface for w in found)


@needs_apertium
@pytest.mark.parametrize(
    "key, found",
    [
        ("and are", ("lobos", "and", "are")),
        ("and lived", ("lobos", "and", "lived")),
        ("and live", ("lobos", "and", "live")),
        ("and wolves are", None),
        ("and wolves live", None),
        ("and wolves lived", None),
        ("and sold", None),
        ("and rejects", None),
    ],
)
def test_a_conjunction_left_before_a_verb(key, found):
    src, tgt = analysed_words(PAIRS)[key]
    assert _surfaces(conjunction_gap(src, tgt)) == found


@needs_apertium
@pytest.mark.parametrize(
    "key, found",
    [
        ("sufficient to the", ("hervir", "to", "the")),
        ("traditions to the", ("relacionadas", "to", "the")),
        ("has to investors", ("animado", "has to", "investors")),
        ("sufficient to boil", None),
        ("traditions related to", None),
        ("has encouraged", None),
        ("have to pay", None),
        ("road to the sea", None),
    ],
)
def test_to_left_before_a_word_that_cannot_be_a_verb(key, found):
    src, tgt = analysed_words(PAIRS)[key]
    assert _surfaces(stranded_to(src, tgt)) == found


@needs_apertium
@pytest.mark.parametrize(
    "key, kind",
    [
        ("and are", "omission"),
        ("and lived", "omission"),
        ("and live", "omission"),
        ("sufficient to the", "omission"),
        ("traditions to the", "omission"),
        ("and wolves are", None),
        ("and wolves lived", None),
        ("and wolves live", None),
        ("and sold", None),
        ("sufficient to boil", None),
        ("traditions related to", None),
        ("has encouraged", None),
        ("have to pay", None),
        ("road to the sea", None),
    ],
)
def test_through_the_pipeline(key, kind):
    assert_quiet_or_reported(__name__, *PAIRS[key], kind)


@needs_apertium
def test_has_to_is_read_though_the_modality_check_flags_the_pair():
    # The pair is flagged already (an obligation "has to" seems to add); the quiet pass
    # still reads it, as nothing reports it omitted, and names what was lost.
    assert {"omission", "modality"} <= alarm_types(__name__, *PAIRS["has to investors"])
