"""False alarms on faithful pairs, sixteenth round (session 32, drift37c; docs/drift.md,
"Session 32 (drift37c)"). The sentences are written here for these tests (ordinary
Spanish and English news and health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* an instruction after a part a comma closes ("Above all, wash your hands", "If you have
  a fever, stay at home", "Before eating, wash your hands") renders a duty as one opening
  its sentence does; a sentence with a subject there still loses it;
* an adverb opening the source that nothing renders ("Más allá de las ayudas", Apertium
  "further"), where the translation has a multiword preposition nothing renders before
  the adverb's anchor ("In addition to"), is reworded there, not lost, and "as usual the"
  further on is no break it left; without such a preposition the break is still reported;
* a part fronted before the source's comma with no clause of its own ("A día de hoy,",
  "En la mayoría de los casos,") and a short one before the translation's ("To date,",
  "Usually,") with no word found in the source: the opening reworded, not dropped; one
  the translation drops is still an omission;
* a Spanish verb of halting ("se ha detenido", "reducidos o suspendidos") rendered by
  "stopped", a negative verb of the English lists (it renders "dejó de"), is no negation
  added; a source with no such verb, or one that denies the halt, still differs.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_FEVER = "Si tiene fiebre, hay que quedarse en casa."
_HANDS = "Sobre todo, hay que lavarse las manos con frecuencia."
_AID = "Más allá de las ayudas directas, {}el gobierno ofrecerá créditos a las empresas."
_TODAY = "A día de hoy, no hay tratamiento específico."
CASES = [
    # an instruction after a fronted part
    (_HANDS, "Above all, wash your hands often.", None),
    (_FEVER, "If you have a fever, stay at home.", None),
    ("Antes de comer, hay que lavarse las manos.", "Before eating, wash your hands.", None),
    ("Ante todo, es necesario mantener la calma.", "Above all, keep calm.", None),
    (_HANDS, "Above all, people wash their hands often.", "modality"),
    (_FEVER, "If you have a fever, you stay at home.", "modality"),
    # an adverb opening the source
    (
        _AID.format("como de costumbre "),
        "In addition to direct aid, as usual the government will offer loans to businesses.",
        None,
    ),
    (
        "Más allá de Madrid y Barcelona, como de costumbre el festival llegará también a Sevilla.",
        "In addition to Madrid and Barcelona, as usual the festival will also come to Seville.",
        None,
    ),
    (_AID.format(""), "Direct aid the government will offer loans to businesses.", "omission"),
    (
        "Afortunadamente, los contagios bajaron en la región la semana pasada.",
        "Infections the region fell last week.",
        "omission",
    ),
    # a fronted part reworded by the translation's own
    (_TODAY, "To date, there is no specific treatment.", None),
    ("En la mayoría de los casos, la enfermedad es leve.", "Usually, the disease is mild.", None),
    (_TODAY, "There is no specific treatment.", "omission"),
    # a verb of halting rendered by "stopped"
    ("La producción se ha detenido en la fábrica.", "Production has stopped at the factory.", None),
    (
        "Los trenes de cercanías se han reducido o suspendido.",
        "Commuter trains have been reduced or stopped.",
        None,
    ),
    ("La producción continúa en la fábrica.", "Production has stopped at the factory.", "meaning"),
    (
        "La producción no se ha detenido en la fábrica.",
        "Production has stopped at the factory.",
        "negation",
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)
