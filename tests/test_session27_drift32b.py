"""Removed nouns and subjects, session 27 (docs/drift.md, "Session 27 (drift32b)"): the
head of "N de M" cut, so the genitive "M's" stands before a verb, a mark or "and"
(:func:`aligner.drift.cut_heads.lost_genitive_head`); a clause's subject cut after its
conjunction (:func:`aligner.drift.cut_heads.lost_subject`); an adjective left before a
modal Apertium tags "vaux" (:func:`aligner.drift.headless.headless_adjective`); "and"
left before the preposition of a conjunct nothing renders
(:func:`aligner.drift.orphaned_words.conjunction_gap`). Every sentence here is written
here for these tests, not taken from any of the data. No e5; the word readings use
Apertium's analyses of the pairs below in one batch, the pipeline cases one
``check_pairs`` batch (tests/drift_batch.py)."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.cut_heads import lost_genitive_head, lost_subject
from aligner.drift.headless import headless_adjective
from aligner.drift.orphaned_words import conjunction_gap
from tests.drift_batch import analysed_words, assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

JURY = "El jurado del concurso rechazó la propuesta."
SUPPORT = "Los vecinos perdieron el apoyo de los socios del club."
HARVEST = "La lluvia destruyó la cosecha de Ana y arruinó el verano."
BUDGET = "El alcalde espera que el gobierno apruebe el presupuesto."
RETURN = "El director dijo que ellos volverían mañana."
RAIN = "Llovía cuando los vecinos habían salido de casa."
CONTRACT = "Este año, las empresas francesas recibirán un contrato nuevo."
MEMBER = "Ana es vecina de la plaza y socia del club."

# (source, translation) by name; the readers below are asked about each.
PAIRS = {
    # the head of "N de M" cut: "M's" before the verb, a mark, "and"
    "contest's rejected": (JURY, "The contest's rejected the proposal."),
    "contest's jury": (JURY, "The contest's jury rejected the proposal."),
    "club's.": (SUPPORT, "The neighbours lost the support of the club's."),
    "club's members": (SUPPORT, "The neighbours lost the support of the club's members."),
    "Ana's and": (HARVEST, "The rain destroyed Ana's and ruined the summer."),
    "Ana's harvest": (HARVEST, "The rain destroyed Ana's harvest and ruined the summer."),
    # an elliptic genitive: the noun is said before
    "than Ana's": ("Su coche es más rápido que el coche de Ana.", "His car is faster than Ana's."),
    # the subject cut after "that", "when"
    "that will": (BUDGET, "The mayor hopes that will approve the budget."),
    "that the government": (BUDGET, "The mayor hopes that the government will approve the budget."),
    "that would": (RETURN, "The director said that would return tomorrow."),
    "that they would": (RETURN, "The director said that they would return tomorrow."),
    "when had": (RAIN, "It was raining when had left home."),
    "when the neighbours had": (RAIN, "It was raining when the neighbours had left home."),
    # a relative clause whose subject is "that"
    "law that will": (
        "Es una ley que protegerá a los niños del barrio.",
        "It is a law that will protect the children of the neighbourhood.",
    ),
    # the adjective left before a modal
    "French will": (CONTRACT, "This year, French will receive a new contract."),
    "French companies will": (
        CONTRACT,
        "This year, French companies will receive a new contract.",
    ),
    # "and" left before the conjunct's preposition
    "and of": (MEMBER, "Ana is a neighbour of the square and of the club."),
    "and a member of": (MEMBER, "Ana is a neighbour of the square and a member of the club."),
    "to or from": (
        "Hay billetes de ida o vuelta desde Madrid.",
        "There are tickets to or from Madrid.",
    ),
}


def _surfaces(found) -> tuple[str, ...] | None:
    return found and tuple(w.surface for w in found)


@needs_apertium
@pytest.mark.parametrize(
    "key, found",
    [
        ("contest's rejected", ("jurado", "contest", "rejected")),
        ("club's.", ("socios", "club", ".")),
        ("Ana's and", ("cosecha", "Ana", "and")),
        ("contest's jury", None),
        ("club's members", None),
        ("Ana's harvest", None),
        ("than Ana's", None),
    ],
)
def test_a_genitive_left_without_its_noun(key, found):
    src, tgt = analysed_words(PAIRS)[key]
    assert _surfaces(lost_genitive_head(src, tgt)) == found


@needs_apertium
@pytest.mark.parametrize(
    "key, found",
    [
        ("that will", ("gobierno", "that", "will")),
        ("that would", ("ellos", "that", "would")),
        ("when had", ("vecinos", "when", "had")),
        ("that the government", None),
        ("that they would", None),
        ("when the neighbours had", None),
        ("law that will", None),
    ],
)
def test_a_subject_cut_after_its_conjunction(key, found):
    src, tgt = analysed_words(PAIRS)[key]
    assert _surfaces(lost_subject(src, tgt)) == found


@needs_apertium
@pytest.mark.parametrize(
    "key, found", [("French will", ("empresas", "French")), ("French companies will", None)]
)
def test_an_adjective_left_before_a_modal(key, found):
    src, tgt = analysed_words(PAIRS)[key]
    assert _surfaces(headless_adjective(src, tgt, PAIRS[key][1], "es")) == found


@needs_apertium
@pytest.mark.parametrize(
    "key, found",
    [("and of", ("socia", "and", "of")), ("and a member of", None), ("to or from", None)],
)
def test_a_conjunction_left_before_a_preposition(key, found):
    src, tgt = analysed_words(PAIRS)[key]
    assert _surfaces(conjunction_gap(src, tgt)) == found


@needs_apertium
@pytest.mark.parametrize(
    "key, kind",
    [
        ("contest's rejected", "omission"),
        ("club's.", "omission"),
        ("that will", "omission"),
        ("French will", "omission"),
        ("and of", "omission"),
        ("contest's jury", None),
        ("club's members", None),
        ("Ana's harvest", None),
        ("than Ana's", None),
        ("that the government", None),
        ("that they would", None),
        ("law that will", None),
        ("French companies will", None),
        ("and a member of", None),
    ],
)
def test_through_the_pipeline(key, kind):
    assert_quiet_or_reported(__name__, *PAIRS[key], kind)
