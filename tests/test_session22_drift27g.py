"""Label-1 pairs of ContraTICO's kind that the checks missed, session 22 (docs/drift.md,
"Session 22 (drift27g)").

* :mod:`aligner.drift.participle_opposites`: a source participle used as an adjective
  ("cerradas") read by its verb ("cerrar", what the dictionary gives for "closed"), so an
  opposite in the translation ("open") is found;
* :mod:`aligner.drift.removed_degree`: adverbs of truth, seriousness and reach
  ("realmente", "seriamente", "ampliamente") and the adjectives of danger and urgency
  ("peligroso", "urgente") the translation leaves out;
* "every few" (a frequency) is no privative "few", so a negation dropped beside it is
  read.

Each reported case is a changed pair; each quiet case its faithful twin or a guard. The
sentences are written here for these tests; none is taken from any of the data.
"""

from __future__ import annotations

import pytest

from aligner.drift import opposite_words
from aligner.drift.lexical_diff import analyse
from aligner.drift.participle_opposites import verbs_of, with_verbs
from aligner.drift.removed_degree import removed_degree
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()

PARKS_ES = "Los parques del barrio siguen cerrados durante el invierno."
SHOPS_ES = "Las tiendas del centro están abiertas los domingos por la tarde."
SPREAD_ES = "El rumor se ha difundido ampliamente entre los vecinos del pueblo."
STUDY_ES = "Los técnicos estudiaron seriamente la propuesta del ayuntamiento."
ROAD_ES = "Es un camino peligroso para los ciclistas del valle."
TOUCH_ES = "Los niños no se lavan las manos cada pocos minutos en la escuela."


def test_participle_verbs():
    assert verbs_of("cerrado") == ("cerrar",)
    assert verbs_of("permitido") == ("permiter", "permitir")
    assert verbs_of("abierto") == ("abrir",)
    assert verbs_of("lado") == ()  # too short a stem: no participle
    assert verbs_of("grande") == ()
    assert with_verbs("cerrado", "n") == frozenset({"cerrado"})  # only adjectives
    assert with_verbs("cerrado", "adj") == frozenset({"cerrado", "cerrar"})


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # A participle used as an adjective, and the translation's opposite of it.
        (PARKS_ES, "The parks of the neighbourhood remain open during the winter.", "meaning"),
        (PARKS_ES, "The parks of the neighbourhood remain closed during the winter.", None),
        (PARKS_ES, "The neighbourhood's parks stay shut in winter.", None),
        # The irregular participle "abiertas" ↔ "closed".
        (SHOPS_ES, "The shops in the centre are closed on Sunday afternoons.", "meaning"),
        (SHOPS_ES, "The shops in the centre are open on Sunday afternoons.", None),
    ],
)
def test_participle_opposites(src, tgt, kind):
    found = alarm_types(__name__, src, tgt)
    if kind:
        assert kind in found
    else:
        assert not found


def test_participle_opposites_switch(monkeypatch):
    """Without the participles' verbs the opposite of "cerrados" is not read: the rule is
    what finds it (the same pair, checked with the switch off, outside the batch)."""
    from aligner.drift.checks import check_pairs

    tgt = "The parks of the neighbourhood remain open during the winter."
    monkeypatch.setattr(opposite_words, "PARTICIPLES", False)
    found = check_pairs([(PARKS_ES, tgt)], "es", "en", embedder=None, mt="auto")[0]
    assert not any(f.check == "drift.meaning" and "cerrados" in f.message for f in found)


@pytest.mark.parametrize(
    "src,tgt,word",
    [
        (SPREAD_ES, "The rumour has spread among the people of the village.", "ampliamente"),
        (SPREAD_ES, "The rumour has spread widely among the people of the village.", None),
        (SPREAD_ES, "The rumour has spread far and wide among the villagers.", None),
        (STUDY_ES, "The technicians studied the town council's proposal.", "seriamente"),
        (STUDY_ES, "The technicians seriously studied the town council's proposal.", None),
        (ROAD_ES, "It is a road for the cyclists of the valley.", "peligroso"),
        (ROAD_ES, "It is a dangerous road for the cyclists of the valley.", None),
    ],
)
def test_removed_degree_words(src, tgt, word):
    """The degree word the translation leaves out, read word by word (the check runs on
    the pairs nothing else reports: its own reading is what is asserted here)."""
    src_words = analyse([src], "es", "en")
    tgt_words = analyse([tgt], "en", "es")
    if src_words is None or tgt_words is None:
        pytest.skip("Apertium spa-eng not installed")
    got = removed_degree(src_words[0], tgt_words[0], tgt, "es")
    assert (got.lemma if got else None) == word
    if word is None:
        assert not alarm_types(__name__, src, tgt)


@pytest.mark.parametrize(
    "src,tgt,flagged",
    [
        # The source's negation dropped beside "every few minutes".
        (TOUCH_ES, "The children wash their hands every few minutes at school.", True),
        (TOUCH_ES, "The children do not wash their hands every few minutes at school.", False),
    ],
)
def test_every_few_is_no_privative(src, tgt, flagged):
    found = alarm_types(__name__, src, tgt)
    assert ("negation" in found) == flagged
