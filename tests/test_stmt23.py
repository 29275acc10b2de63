"""Speakers' names (session 18, stmt23): a body's name with "y"/"and" or a short
preposition inside is one name; two people, or a body and a person, are never joined;
a subject of two people is credited so that a translation naming one is no swap.

Every sentence here is invented for these tests (written here, not copied).
"""

from __future__ import annotations

import pytest

from aligner.alignment.segment import segment
from aligner.drift.checks import analyse_pairs
from aligner.statements.quotes import Statement, find_statements
from aligner.types import Document


def statements(text: str, lang: str) -> list[Statement]:
    return find_statements(Document("test", lang, text, segment(text, lang)))


def speaker_of(text: str, lang: str) -> str:
    found = statements(text, lang)
    assert len(found) == 1, [s.content for s in found]
    return found[0].speaker.name


def mention_of(text: str, lang: str) -> str:
    found = statements(text, lang)
    assert len(found) == 1, [s.content for s in found]
    return found[0].speaker.mention


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "El Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred) "
            "afirmó que la alerta sigue vigente en la costa.",
            "es",
            "Servicio Nacional de Prevención y Respuesta ante Desastres",
        ),
        (
            "El Servicio Hidrográfico y Oceanográfico de la Armada descartó que haya "
            "riesgo de tsunami.",
            "es",
            "Servicio Hidrográfico y Oceanográfico de la Armada",
        ),
        (
            "El Ministerio de Ciencia e Innovación aseguró que las becas llegarán en marzo.",
            "es",
            "Ministerio de Ciencia e Innovación",
        ),
        (
            "El Ministerio de Industria y Turismo informó que las ventas subieron en mayo.",
            "es",
            "Ministerio de Industria y Turismo",
        ),
        (
            "The National Disaster Prevention and Response Service (Senapred) said the "
            "alert remains in place.",
            "en",
            "National Disaster Prevention and Response Service",
        ),
        (
            "The Navy's Hydrographic and Oceanographic Service said there was no risk of "
            "a tsunami.",
            "en",
            "Hydrographic and Oceanographic Service",
        ),
        (
            "The Agency for Research against Cancer said the figures were clear.",
            "en",
            "Agency for Research against Cancer",
        ),
    ],
)
def test_a_bodys_name_goes_on_over_a_conjunction_or_preposition(text, lang, name):
    assert speaker_of(text, lang) == name


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        ("Pedro Sánchez y Alberto Núñez anunciaron que habrá un acuerdo.", "es", "Pedro Sánchez"),
        (
            "Pedro Sánchez and Alberto Núñez announced that there would be a deal.",
            "en",
            "Pedro Sánchez",
        ),
        (
            "El Ministerio de Salud y Pedro Sánchez anunciaron que habrá un acuerdo.",
            "es",
            "Ministerio de Salud",
        ),
    ],
)
def test_two_people_or_a_body_and_a_person_are_not_one_name(text, lang, first):
    name = speaker_of(text, lang)
    assert first in name
    assert not ("Núñez" in name or ("Ministerio" in name and "Pedro" in name))


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("El Gobierno y Podemos anunciaron que habrá un acuerdo.", "es", "El Gobierno"),
        ("The Council and France said there would be a deal.", "en", "The Council"),
    ],
)
def test_a_bodys_noun_alone_is_not_joined_to_the_next_name(text, lang, name):
    assert speaker_of(text, lang) == name


def test_a_person_after_a_preposition_is_not_joined_to_a_name():
    # No body's noun at either end: "para" does not join "Marta Gil" to anything.
    text = "Marta Gil para Radio Norte dijo que el puente abrirá en mayo."
    assert speaker_of(text, "es") == "Marta Gil"


def test_a_coordinated_subject_spans_both_speakers():
    text = (
        "La ministra de Vivienda, Isabel Rodríguez Zamora, y el alcalde de Zaragoza, "
        "Jorge Azcón, anunciaron que habrá un acuerdo sobre la vivienda."
    )
    found = statements(text, "es")
    assert [s.speaker.name for s in found] == ["Isabel Rodríguez Zamora"]
    assert found[0].speaker.mention.endswith("Jorge Azcón")


def test_a_coordinated_subject_stops_at_a_clause_of_its_own():
    # "y Ribera dijo": a second clause with its own subject, not two speakers.
    text = "Lavrov elogió la oferta y Ribera dijo que el acuerdo llegará pronto."
    assert mention_of(text, "es") == "Ribera"


def test_translation_naming_one_of_two_speakers_is_no_swap():
    pairs = [
        (
            "La ministra Isabel Rodríguez Zamora y el alcalde Jorge Azcón anunciaron que "
            "habrá un acuerdo sobre la vivienda.",
            "Mayor Jorge Azcón announced that there would be a housing deal.",
        ),
        (
            "Isabel Rodríguez Zamora anunció que habrá un acuerdo sobre la vivienda.",
            "Jorge Azcón announced that there would be a housing deal.",
        ),
    ]
    kept, swapped = analyse_pairs(pairs, "es", "en", embedder=None, mt=None)
    assert not [f for f in kept.findings if f.type == "speaker"]
    assert [f.severity for f in swapped.findings if f.type == "speaker"] == ["critical"]
