"""Removed verbs by class (session 40, drift45b; docs/drift.md, "Session 40 (drift45b)").
The sentences are written here for these tests (ordinary Spanish and English news and
health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes
(:mod:`aligner.drift.nonfinite_holes`), a verb that is no tense cut where the words on
either side of it still stand side by side:

* a participle after its noun, before the preposition opening its complement ("la
  vacuna desarrollada por la universidad" → "the vaccine by the university"); not a
  participle of place or of relation, which a faithful translation says by the
  preposition alone ("situadas en" → "in", "relacionadas con" → "about");
* an infinitive taken by a preposition, before its object ("después de reconocer los
  errores" → "after the mistakes"); not after "para" ("para obtener información" →
  "for information") or "sin" ("sin ganar un punto" → "without a point"), nor a light
  verb ("tras realizar pruebas" → "after tests");
* an auxiliary left before the phrase that followed its participle ("está cerrado desde
  el lunes" → "is since Monday"); not where English puts an adverb before the
  participle ("son retransmitidos a menudo" → "are often broadcast").
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_VACCINE = "La vacuna desarrollada por la universidad protege contra la gripe."
_MONEY = "El dinero recaudado durante la campaña irá a los hospitales."
_MAYOR = "El alcalde dimitió después de reconocer los errores del plan."
_MINISTER = "El ministro habló con la prensa antes de visitar el hospital."
_BRIDGE = "El puente está cerrado desde el lunes por las obras."
_PATIENTS = "Los pacientes fueron trasladados al hospital de la ciudad."
CASES = [
    # a participle after its noun
    (_VACCINE, "The vaccine by the university protects against flu.", "omission"),
    (_VACCINE, "The vaccine developed by the university protects against flu.", None),
    (_MONEY, "The money during the campaign will go to hospitals.", "omission"),
    (_MONEY, "The money raised during the campaign will go to hospitals.", None),
    ("Las clínicas situadas en el norte del país cerrarán en verano.",
     "The clinics in the north of the country will close in the summer.", None),
    ("Las dudas relacionadas con la vacuna preocupan a los médicos.",
     "Doubts about the vaccine worry doctors.", None),
    # an infinitive taken by a preposition
    (_MAYOR, "The mayor resigned after the mistakes of the plan.", "omission"),
    (_MAYOR, "The mayor resigned after admitting the mistakes of the plan.", None),
    (_MINISTER, "The minister spoke to the press before the hospital.", "omission"),
    (_MINISTER, "The minister spoke to the press before visiting the hospital.", None),
    ("El equipo lleva tres partidos sin ganar un solo punto.",
     "The team has gone three games without a single point.", None),
    ("Los pacientes acuden al centro para obtener información sobre la vacuna.",
     "Patients come to the centre for information about the vaccine.", None),
    ("Tras realizar varias pruebas, los médicos descartaron la infección.",
     "After several tests, doctors ruled out the infection.", None),
    # an auxiliary left before the phrase after its participle
    (_BRIDGE, "The bridge is since Monday because of the works.", "omission"),
    (_BRIDGE, "The bridge has been closed since Monday because of the works.", None),
    (_PATIENTS, "The patients were to the city hospital.", "omission"),
    (_PATIENTS, "The patients were taken to the city hospital.", None),
    ("El herido sigue ingresado en el hospital provincial.",
     "The injured man is still in the provincial hospital.", None),
    ("El paciente está ingresado en el hospital desde el domingo.",
     "The patient has been in hospital since Sunday.", None),
    ("Los partidos son retransmitidos a menudo por la televisión pública.",
     "The matches are often broadcast by public television.", None),
]  # fmt: skip


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


@needs_apertium
def test_forms() -> None:
    from aligner.drift import nonfinite_holes
    from aligner.drift.lexical_diff import analyse

    got = analyse(["Los datos recogidos por el hospital.", "sin conocer el plan"], "es", "en")
    assert got is not None
    data, plan = got
    assert nonfinite_holes._form(data[2]) == "pp"
    assert nonfinite_holes._form(plan[1]) == "inf"
    assert nonfinite_holes._form(data[1]) is None
