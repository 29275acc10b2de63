"""Removed adverbs and adjectives of extent by class (session 39, drift44a; docs/drift.md,
"Session 39 (drift44a)"). The sentences are written here for these tests (ordinary
Spanish and English news and health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* adverbs that state something of their own, said by no word of their kind in the
  translation (:mod:`aligner.drift.removed_adverbs`): confirmation in two words ("en
  efecto"), an addition that reaches further ("incluso": "even", "including"), a
  repetition ("de nuevo", "nuevamente", "otra vez": "again"), an earlier time
  ("anteriormente", "previamente": "previously"), "mucho" grading an adjective after a
  copula; a manner said by a preposition and a noun ("en profundidad", "a fondo", "de
  cerca", "por completo"…), one Apertium unit or two words;
* an approximation said by a phrase before a figure ("cerca de 20.000", "alrededor de",
  "en torno a", "del orden de") with no word of approximation in the translation; not
  "cerca de" after a noun (a place: "un hotel cerca de 3 estaciones");
* the whole of a period ("todo el año" → "available")
  (:mod:`aligner.drift.removed_extent`); "último" before a span of time was measured and
  taken out (a faithful pair of the held-out test split).
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_ERROR = "Se trata en efecto de un error del sistema informático."
_CHILDREN = "Incluso los niños pequeños pueden contagiarse del virus."
_MINISTER = "El ministro habló de nuevo con los sindicatos el martes."
_PRICES = "La empresa subió nuevamente los precios de la luz."
_LAW = "La ley fue aprobada previamente por el Senado."
_TIRED = "Los médicos están mucho cansados después de la guardia."
_HOUSES = "Cerca de 20.000 casas quedaron sin luz tras la tormenta."
_DEBT = "La deuda asciende a alrededor de 300 millones de euros."
_CLAIM = "La reforma generaría una demanda del orden de 8 millones de euros."
_APPLES = "Las manzanas están disponibles todo el año en el mercado."
_NIGHT = "Los bomberos trabajaron toda la noche para apagar el fuego."
CASES = [
    # confirmation, addition, repetition, an earlier time
    (_ERROR, "It is an error in the computer system.", "omission"),
    (_ERROR, "It is indeed an error in the computer system.", None),
    (_ERROR, "It is in fact an error in the computer system.", None),
    (_CHILDREN, "Young children can catch the virus.", "omission"),
    (_CHILDREN, "Even young children can catch the virus.", None),
    (_MINISTER, "The minister spoke with the unions on Tuesday.", "omission"),
    (_MINISTER, "The minister spoke with the unions again on Tuesday.", None),
    (_PRICES, "The company raised electricity prices.", "omission"),
    (_PRICES, "The company raised electricity prices again.", None),
    (_LAW, "The law was approved by the Senate.", "omission"),
    (_LAW, "The law was previously approved by the Senate.", None),
    (_TIRED, "The doctors are tired after the shift.", "omission"),
    (_TIRED, "The doctors are very tired after the shift.", None),
    ("Los médicos tienen mucho trabajo después de la guardia.",
     "The doctors have a lot of work after the shift.", None),
    # a manner said by a preposition and a noun
    ("Los técnicos estudiarán el caso en profundidad antes del verano.",
     "The technicians will study the case before the summer.", "omission"),
    ("Los técnicos estudiarán el caso en profundidad antes del verano.",
     "The technicians will study the case in depth before the summer.", None),
    ("El informe explica el plan en detalle.", "The report explains the plan in detail.",
     None),
    ("Las autoridades siguen de cerca la evolución del brote.",
     "The authorities are closely following the outbreak.", None),
    # an approximation said by a phrase before a figure
    (_HOUSES, "20,000 homes were left without power after the storm.", "omission"),
    (_HOUSES, "Nearly 20,000 homes were left without power after the storm.", None),
    (_HOUSES, "Some 20,000 homes were left without power after the storm.", None),
    (_DEBT, "The debt amounts to 300 million euros.", "omission"),
    (_DEBT, "The debt amounts to around 300 million euros.", None),
    (_CLAIM, "The reform would generate a claim of 8 million euros.", "omission"),
    (_CLAIM, "The reform would generate a claim of about 8 million euros.", None),
    ("El hotel está cerca de 3 estaciones de metro.",
     "The hotel is near 3 metro stations.", None),
    # the whole of a period
    (_APPLES, "Apples are available at the market.", "omission"),
    (_APPLES, "Apples are available year-round at the market.", None),
    (_APPLES, "Apples are available all year at the market.", None),
    (_NIGHT, "Firefighters worked to put out the fire.", "omission"),
    (_NIGHT, "Firefighters worked through the night to put out the fire.", None),
    (_NIGHT, "Firefighters worked overnight to put out the fire.", None),
]  # fmt: skip


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


@needs_apertium
def test_units() -> None:
    from aligner.drift import removed_adverbs, removed_extent
    from aligner.drift.lexical_diff import analyse

    got = analyse(
        [
            "Cerca de 300 personas murieron.",
            "Recogemos datos cerca de 100 centros.",
            "todo el año",
        ],
        "es",
        "en",
    )
    assert got is not None
    approx, place, year = got
    assert removed_adverbs._approximation(approx, 0)
    assert not removed_adverbs._approximation(place, 2)
    assert removed_extent._whole_period(year, 0)
