"""False alarms on faithful pairs by class, second round of session 18 (docs/drift.md,
"Session 18 (drift23f)"). Every sentence here is written for this test (the classes were
found on ContraTICO's proxy; no sentence is taken from the data). Each quiet case was
reported at >= major by the branch start; each reported case is the same shape with a
real change, and stays reported."""

from __future__ import annotations

import pytest

from aligner.drift.list_markers import is_list_marker, without_lone_markers
from aligner.drift.quantities import extract_quantities
from aligner.drift.text import tokenize, words
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

_batch = batch_fixture()


# --- list markers (aligner/drift/list_markers.py, aligner/drift/text.py) ---


def _markers(text: str, lang: str = "en") -> list[str]:
    return [q.text for q in extract_quantities(text, lang) if is_list_marker(text, q)]


def test_list_markers_are_the_item_numbers_only():
    assert _markers("2) The hospital opens at nine.") == ["2"]
    assert _markers("(3) Blood samples were taken. (4) Results came back.") == ["3", "4"]
    assert _markers("1. Wash your hands.") == ["1"]
    # a figure inside the sentence, or a year, is no marker
    assert _markers("They saw 2) patients") == []
    assert _markers("In 2020) the rules changed.") == []
    assert _markers("He waited 3 hours (2 on the phone).") == []


def test_a_marker_both_sides_have_is_compared():
    src, tgt = "(3) Tomad muestras.", "(4) Take samples."
    a, b = extract_quantities(src, "es"), extract_quantities(tgt, "en")
    assert without_lone_markers(src, a, tgt, b) == (a, b)
    lone = "2) Take samples."
    c = extract_quantities(lone, "en")
    assert without_lone_markers("Tomad muestras.", [], lone, c) == ([], [])


def test_the_word_after_an_item_number_begins_the_item():
    for text in ("(3) Recogida de muestras.", "1) Recogida de muestras.", "b) Recogida."):
        first = next(t for t in words(tokenize(text)) if t.text == "Recogida")
        assert first.initial, text
    # inside a sentence, a bracketed figure does not make the next word initial
    mid = next(t for t in words(tokenize("Vimos 12 casos (3) en Lugo.")) if t.text == "Lugo")
    assert not mid.initial


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a common noun after "(3)" is no name
        (
            "(3) Extracción de muestras de orina en todos los grupos de edad.",
            "(3) Urine sample collection across all age groups.",
            None,
        ),
        # a translation that numbers its item where the source does not
        (
            "El hospital tiene que atender primero a los más graves.",
            "2) The hospital must treat the most serious cases first.",
            None,
        ),
        (
            "El hospital tiene que atender primero a los tres más graves.",
            "2) The hospital must treat the five most serious cases first.",
            "number",
        ),
        ("(3) Tomad dos muestras.", "(4) Take two samples.", "number"),
        # a negative word of an opposite pair: "prohibida" → "not allowed" says the same
        (
            "Queda prohibida la entrada de bicicletas en el jardín.",
            "Bicycles are not allowed into the garden.",
            None,
        ),
        (
            "Queda prohibida la entrada de bicicletas en el jardín.",
            "Bicycles are allowed into the garden.",
            "meaning",
        ),
        # "shall" in a rule answers an obligation; it is never reported alone
        (
            "La empresa tiene que pagar las horas extra cada mes.",
            "The company shall pay overtime every month.",
            None,
        ),
        (
            "La empresa tiene que pagar las horas extra cada mes.",
            "The company pays overtime every month.",
            "modality",
        ),
        # (a guard: a plain legal future rendered "shall" is no added obligation)
        (
            "Este acuerdo se regirá por la ley local.",
            "This agreement shall be governed by local law.",
            None,
        ),
        # "presumably" answers a hedge; it is never reported alone
        (
            "Muchas tiendas no venden billetes, posiblemente para evitar problemas.",
            "Many shops are not selling tickets, presumably to avoid trouble.",
            None,
        ),
        (
            "Muchas tiendas no venden billetes, posiblemente para evitar problemas.",
            "Many shops are not selling tickets to avoid trouble.",
            "modality",
        ),
        # "requiring" a thing is a need; "requiring them to" a duty
        (
            "El número de pacientes hospitalizados en cuidados intensivos ha bajado.",
            "The number of patients requiring intensive care has fallen.",
            None,
        ),
        (
            "Una ley permite a las empresas pagar más.",
            "A law requiring companies to pay more was passed.",
            "modality",
        ),
        # "desaconsejar" is advice (against): "recommends against" renders it
        (
            "La OMS desaconseja el uso de mascarillas en los niños.",
            "The WHO recommends against the use of masks in children.",
            None,
        ),
        (
            "La OMS estudia el uso de mascarillas en los niños.",
            "The WHO recommends against the use of masks in children.",
            "modality",
        ),
        # a table or a figure cited by number is no name ("Cuadro 2" → "Table 2")
        ("Los resultados se muestran en el Cuadro 2.", "The results are shown in Table 2.", None),
        (
            "Los resultados se muestran en el Cuadro 2.",
            "The results are shown in Table 3.",
            "number",
        ),
        (
            "La misión Apolo 11 llegó a la Luna.",
            "The Gemini 11 mission reached the Moon.",
            "entity",
        ),
        # an imperative rendered by a modal verb with "you" is an instruction
        (
            "Si tenéis fiebre, llamad a vuestro médico.",
            "If you have a fever, you need to call your doctor.",
            None,
        ),
        ("Lavaos las manos antes de comer.", "You must wash your hands before eating.", None),
        ("Llamaréis al médico mañana.", "You must call the doctor tomorrow.", "modality"),
        (
            "Llamad al médico si tenéis fiebre.",
            "You may call the doctor if you have a fever.",
            "modality",
        ),
        # a proportion with its counted noun inside ("un alumno de cada cinco")
        (
            "Un alumno de cada cinco no iba a la escuela.",
            "One in five students was not going to school.",
            None,
        ),
        (
            "Un alumno de cada cinco no iba a la escuela.",
            "One in four students was not going to school.",
            "number",
        ),
        (
            "Uno de cada cinco alumnos no iba a la escuela.",
            "One student in five was not going to school.",
            None,
        ),
        # (a guard: "one goal in five matches" is no proportion)
        (
            "Marcó un gol en cinco partidos.",
            "He scored one goal in five matches.",
            None,
        ),
        # "de primera necesidad" are basic goods, not a need to do something
        (
            "Comprad alimentos y productos de primera necesidad de una semana.",
            "Buy a week of food and basic necessities.",
            None,
        ),
        (
            "Tenéis necesidad de comprar alimentos para una semana.",
            "You bought food for a week.",
            "modality",
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)
