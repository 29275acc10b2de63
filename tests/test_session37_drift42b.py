"""Critical negations by class (session 37, drift42b; docs/drift.md, "Session 37
(drift42b)"). The sentences are written here for these tests (ordinary Spanish and
English news and health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes
(:mod:`aligner.drift.negation_idioms`, :mod:`aligner.lang.es`, :mod:`aligner.drift.privative`):

* "si no" before a mark or a conditional verb is "otherwise" / "or else": its "no" is
  not counted where the translation says so, and a negation the translation adds after
  it is reported; "si no hay cambios" ("if there are no changes") still counts;
* "poco" before an adjective is the negation of the English "unlikely" / "not likely"
  (the literal MT's "little likely"): paired with it, a second negation the translation
  adds is reported; the faithful "unlikely", "not likely", "not much money" stay quiet;
* "nada menos que" is "no less than" / "as many as", no negation: "as many as 300"
  is no negation lost, and a negation added beside "no less than" is reported;
* "not only" / "not just" that no "but", "also", "too" … completes is a negation ("It
  is not only about money" for "No se trata solo de dinero" is faithful; "I did not only
  see the fire" for "Solo vi el incendio" is not), and the literal MT's "not … than" for
  a restrictive "no … más que" the translation says with "only" is none;
* a "non-" noun the literal MT says as one hyphened word ("los no-creyentes" → MT
  "no-believers" ↔ "non-believers") carries no negation moved into a word, so two
  negated clauses the translation adds are reported.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_VACCINE = "Hay que vacunarse cuanto antes; si no, el riesgo de contagio aumenta."
_PILL = "Debe tomar la pastilla con comida; si no, puede sentir náuseas."
_BUYERS = "Muchos clientes eligieron el modelo nuevo; si no, habrían comprado otra marca."
_DRIVER = (
    "Según la policía, es poco probable que el conductor que atropelló al ciclista sea acusado."
)
_JUNE = "Es poco probable que la vacuna llegue antes de junio."
_MONEY = "Hay poco dinero para la sanidad y no se contratan médicos."
_PATIENTS = (
    "Nada menos que el 40 % de los pacientes que llegaron al hospital procedían de la capital."
)
_CHRISTMAS = "Muchas costumbres ligadas a la Navidad han sido adoptadas por los no-creyentes."
CASES = [
    # "si no" as "otherwise"
    (
        _VACCINE,
        "People should get vaccinated as soon as possible; otherwise the risk of infection "
        "does not increase.",
        "negation",
    ),
    (
        _VACCINE,
        "People should get vaccinated as soon as possible; otherwise the risk of infection "
        "increases.",
        None,
    ),
    (
        _VACCINE,
        "People should get vaccinated as soon as possible; if not, the risk of infection "
        "increases.",
        None,
    ),
    (_PILL, "Take the pill with food, or else you may not feel nauseous.", "negation"),
    (
        _BUYERS,
        "Many customers chose the new model; otherwise they would not have bought another brand.",
        "negation",
    ),
    (
        _BUYERS,
        "Many customers chose the new model; otherwise they would have bought another brand.",
        None,
    ),
    (_PILL, "Take the pill with food, or else you may feel nauseous.", None),
    (
        "Si no hay cambios, la huelga empezará el lunes.",
        "If there are no changes, the strike will begin on Monday.",
        None,
    ),
    # "poco" before an adjective
    (
        _DRIVER,
        "According to police, the driver who did not hit the cyclist is unlikely to be charged.",
        "negation",
    ),
    (
        _DRIVER,
        "According to police, the driver who didn't hit the cyclist isn't likely to be charged.",
        "negation",
    ),
    (
        _DRIVER,
        "According to police, the driver who hit the cyclist isn't likely to be charged.",
        None,
    ),
    (_JUNE, "The vaccine is unlikely to arrive before June.", None),
    (_JUNE, "The vaccine is not likely to arrive before June.", None),
    (_MONEY, "There is not much money for health care and no doctors are hired.", None),
    (_MONEY, "There is little money for health care and no doctors are hired.", None),
    (
        "Los resultados son poco claros, pero los investigadores no descartan un efecto.",
        "The results are unclear, but the researchers do not rule out an effect.",
        None,
    ),
    # "nada menos que"
    (
        _PATIENTS,
        "No less than 40% of the patients who arrived at the hospital did not come from the "
        "capital.",
        "negation",
    ),
    (
        _PATIENTS,
        "No less than 40% of the patients who arrived at the hospital came from the capital.",
        None,
    ),
    # "not only" that nothing completes is a negation
    ("No se trata solo de dinero.", "It is not only about money.", None),
    (
        "La vacuna no protege solo a quien la recibe.",
        "The vaccine does not only protect those who receive it.",
        None,
    ),
    ("Solo vi el incendio de lejos.", "I did not only see the fire from afar.", "negation"),
    ("Solo vi el incendio de lejos.", "I only saw the fire from afar.", None),
    (
        "El tren no para más que en dos estaciones.",
        "The train does not only stop at two stations.",
        "negation",
    ),
    ("El tren no para más que en dos estaciones.", "The train only stops at two stations.", None),
    (
        "No solo ganó el partido, sino también el torneo.",
        "He not only won the match, but also the tournament.",
        None,
    ),
    (
        "La mayoría de los carteles están solo en catalán, porque la ley lo establece como "
        "primera lengua.",
        "Most of the signs are not only in Catalan, because the law does not establish it as "
        "the first language.",
        "negation",
    ),
    # a "non-" noun said by one hyphened word
    (
        _CHRISTMAS,
        "Many customs not linked to Christmas have been adopted by non-believers, but not by "
        "believers.",
        "negation",
    ),
    (_CHRISTMAS, "Many customs linked to Christmas have been adopted by non-believers.", None),
    (
        "Los no fumadores expuestos al humo tienen más riesgo de enfermedades respiratorias.",
        "Non-smokers exposed to smoke have a higher risk of respiratory diseases.",
        None,
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_negation_lost_beside_as_many_as_is_no_negation() -> None:
    """ "nada menos que 300" → "as many as 300": no negation lost (a number finding on
    the bound may stand: the number check reads "as many as" as an upper bound)."""
    from tests.drift_batch import alarm_types

    kinds = alarm_types(
        __name__,
        "La empresa despidió a nada menos que 300 trabajadores el año pasado.",
        "The company laid off as many as 300 workers last year.",
    )
    assert "negation" not in kinds, kinds


def test_units() -> None:
    from aligner.drift import negation_idioms as ni
    from aligner.drift.text import tokenize

    assert ni._little_words(tokenize("is little likely that the driver")) == {"likely"}
    assert ni._otherwise(tokenize("Take it with food, or else you may feel sick."))
    assert not ni._otherwise(tokenize("If not, the risk increases."))
