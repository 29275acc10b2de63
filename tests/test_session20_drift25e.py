"""False alarms on medical text, session 20 (docs/drift.md, "Session 20 (drift25e)").
Every sentence here is written for this test (the classes were found on ContraTICO's
Spanish proxy, slice C; no sentence is taken from the data). Each quiet case was
reported at >= major by the branch start; each reported case is the same shape with a
real change, and stays reported (two, "Ningún … no" → "All of …" and an added "it
appears", were missed by the branch start and are found now)."""

from __future__ import annotations

import pytest

from aligner.drift.quantities import extract_quantities
from tests.drift_batch import alarms, assert_quiet_or_reported, batch_fixture, findings

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a duty rendered by "should" in guidance text: minor, not major
        (
            "La mascarilla tiene que cubrir la nariz y la boca.",
            "The mask should cover your nose and mouth.",
            None,
        ),
        (
            "Los pacientes deben llamar a su médico de inmediato.",
            "Patients should call their doctor immediately.",
            None,
        ),
        # a "should" made "must" is a duty added, and stays major
        (
            "Los pacientes deberían llamar a su médico de inmediato.",
            "Patients must call their doctor immediately.",
            "modality",
        ),
        # a negated duty made "should" is a prohibition reversed: major
        (
            "Los pacientes no deben tomar estos medicamentos.",
            "Patients should take these medicines.",
            "modality",
        ),
        # a duty dropped with no "should" in its place stays major
        (
            "La mascarilla tiene que cubrir la nariz y la boca.",
            "The mask covers your nose and mouth.",
            "modality",
        ),
        # a "should" beside a reported order weakens the order: major
        (
            "Los vecinos tienen que salir de sus casas antes de medianoche, ordenó el alcalde.",
            "Residents should leave their homes before midnight, the mayor ordered.",
            "modality",
        ),
        # French "plus" left in a machine-made Spanish answers a superlative
        (
            "Los ensayos evalúan los tratamientos los plus prometedores.",
            "The trials assess the most promising treatments.",
            None,
        ),
        (
            "Los ensayos evalúan los tratamientos prometedores.",
            "The trials assess the most promising treatments.",
            "intensity",
        ),
        # "severas" is a word of severity, as "severos"
        (
            "Las complicaciones severas incluyen la neumonía.",
            "Serious complications include pneumonia.",
            None,
        ),
        (
            "Las complicaciones incluyen la neumonía.",
            "Serious complications include pneumonia.",
            "intensity",
        ),
        # "Ver" after a bracket is the verb, no Roman fifth
        ("(Ver las recomendaciones del ministerio.)", "(See the ministry's advice.)", None),
        # a "no" after a preverbal n-word is concord, one negation
        (
            "Ningún recién nacido no estaba infectado por el virus.",
            "None of the newborns were infected with the virus.",
            None,
        ),
        (
            "Ningún recién nacido no estaba infectado por el virus.",
            "All of the newborns were infected with the virus.",
            "negation",
        ),
        (
            "Nadie ha sido hospitalizado.",
            "Somebody was hospitalized.",
            "negation",
        ),
        # a verb coordinated to the first keeps the concord
        (
            "Ninguna paciente no ha desarrollado una neumonía grave o no ha fallecido.",
            "None of the patients developed severe pneumonia or died.",
            None,
        ),
        # the nearest of two coordinated n-words licenses the concord
        (
            "Las investigaciones sobre ninguna vacuna o ningún tratamiento no están en curso.",
            "Research into a vaccine or a treatment is underway.",
            "negation",
        ),
        # a "y no" after an n-word's clause is a negation of its own
        (
            "Ningún paciente tuvo fiebre y no hubo muertes.",
            "No patient had a fever and there were no deaths.",
            None,
        ),
        (
            "Ningún paciente tuvo fiebre y no hubo muertes.",
            "No patient had a fever and there were deaths.",
            "negation",
        ),
        # the adjective "absoluto" answers the adverb "absolutely"
        (
            "Quedaos en casa salvo en caso de necesidad absoluta.",
            "Stay at home unless it is absolutely necessary.",
            None,
        ),
        # "it appears" is a hedge, as "parece que"
        (
            "A pesar de eso, parece que el virus tuvo dificultades para propagarse.",
            "Despite this, it appears the virus had trouble spreading.",
            None,
        ),
        (
            "A pesar de eso, el virus tuvo dificultades para propagarse.",
            "Despite this, it appears the virus had trouble spreading.",
            "modality",
        ),
        # the noun "possibility" of the literal MT outnumbers no "could"
        (
            "Si hay muchos casos, las muestras podrían ser recogidas en los centros, con la "
            "posibilidad de conectarlas al historial.",
            "If there are many cases, samples could be collected at the centres, with the "
            "ability to link them to the record.",
            None,
        ),
        (
            "Si hay muchos casos, las muestras podrían ser recogidas en los centros, con la "
            "posibilidad de conectarlas al historial.",
            "If there are many cases, samples will be collected at the centres, with the "
            "ability to link them to the record.",
            "modality",
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_a_duty_rendered_by_should_is_still_shown_minor():
    src, tgt = (
        "La mascarilla tiene que cubrir la nariz y la boca.",
        "The mask should cover your nose and mouth.",
    )
    assert not alarms(__name__, src, tgt)
    assert [(f.type, f.severity) for f in findings(__name__, src, tgt)] == [("modality", "minor")]


def test_roman_ordinals_keep_their_suffixes():
    assert extract_quantities("(Ver las recomendaciones del ministerio.)", "es") == []
    found = extract_quantities("Du Ier au XIVe siècle, puis au XIXème et au Ve.", "fr")
    assert [(q.text, q.value) for q in found] == [
        ("Ier", 1),
        ("XIVe", 14),
        ("XIXème", 19),
        ("Ve", 5),
    ]
