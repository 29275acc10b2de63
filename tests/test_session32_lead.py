"""What the lead found checking session 32's merged readers on ordinary news and health
Spanish (docs/drift.md, "Session 32, lead"): a body's acronym on one side and its full
name on the other was reported as another speaker or a name added ("según la OCDE" →
"according to the Organisation for Economic Co-operation and Development"); a command
opening a quotation ("No salgan de casa") was read as a sentence whose subject the
translation cut; and "no paran de subir" ("keep rising") rendered "have stopped rising"
went unreported once "stopped" counted as rendering the verb of halting. The sentences
are written here for these tests, not taken from any data."""

from __future__ import annotations

import pytest

from tests.drift_batch import assert_quiet_or_reported, batch_fixture

_batch = batch_fixture()

CASES = [
    # a body's acronym and its full name in the other language: the same body
    (
        "Según la OCDE, la economía crecerá un 2 % este año.",
        "According to the Organisation for Economic Co-operation and Development, the "
        "economy will grow by 2% this year.",
        None,
    ),
    (
        "Según la OMS, los casos de sarampión aumentan en Europa.",
        "According to the World Health Organization, measles cases are rising in Europe.",
        None,
    ),
    (
        "El Fondo Monetario Internacional rebajó su previsión de crecimiento.",
        "The IMF lowered its growth forecast.",
        None,
    ),
    # another body's acronym or name is still another speaker, or a name added
    (
        "Según la OCDE, la economía crecerá un 2 % este año.",
        "According to the International Monetary Fund, the economy will grow by 2% this year.",
        "speaker",
    ),
    (
        "El Fondo Monetario Internacional rebajó su previsión de crecimiento.",
        "The OECD lowered its growth forecast.",
        "entity",
    ),
    # a command opening a quotation or a piece of advice has no subject in English
    (
        '"No salgan de casa si tienen fiebre", pidió la consejera de Sanidad.',
        '"Do not leave home if you have a fever," the regional health minister urged.',
        None,
    ),
    (
        "No compartan las toallas con otras personas.",
        "Do not share towels with other people.",
        None,
    ),
    # a subject cut from a statement is still reported
    ("Pensamos que la reforma llega tarde.", "Think the reform comes too late.", "omission"),
    # "no paran de" + a verb is going on: "stopped" is its opposite; a halt is "stopped"
    (
        "Los precios del alquiler no paran de subir.",
        "Rental prices have stopped rising.",
        "meaning",
    ),
    ("Los precios del alquiler no paran de subir.", "Rental prices keep rising.", None),
    (
        "La producción no se ha detenido en la planta.",
        "Production has stopped at the plant.",
        "negation",
    ),
    ("La producción se ha detenido en la planta.", "Production has stopped at the plant.", None),
    # "-less" of a noun says the source's "sin" ("los sin techo" → "homelessness")
    (
        "El ayuntamiento destina más fondos a vivienda y a los sin techo.",
        "The council puts more money into housing and homelessness.",
        None,
    ),
]


@pytest.mark.parametrize("src,tgt,kind", CASES)
def test_newsroom_classes(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)
