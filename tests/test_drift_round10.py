"""False alarms of session 9 (docs/drift.md, "Session 9"): a restrictive negation
rendered "only", an unknown acronym turned into a common word, dates written in another
order or with their year, an intensifier moved into a stronger adjective, and idioms with
a degree word. Each class has a case that must stay quiet and one that must still be
reported. The sentences are written here for these tests, not taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.drift.quantities import extract_quantities
from aligner.drift.quantity_match import compare_quantities
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()


def _types(src: str, tgt: str) -> set[str]:
    return alarm_types(__name__, src, tgt)


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # "no … que" / "no … más que" is "only" (the restrictive reading)
        (
            "Durante la guerra no lo vi que de lejos.",
            "During the war I only saw it from afar.",
            None,
        ),
        (
            "El registro no se revisa normalmente más que dos veces al año.",
            "The register is normally only reviewed twice a year.",
            None,
        ),
        # the "only" is the source's own "solo": the lost "no" is still a negation
        ("No creo que solo sea eso.", "I think it is only that.", "negation"),
        # no "only" on the other side: a lost negation
        (
            "El registro no se revisa que dos veces al año.",
            "The register is reviewed twice a year.",
            "negation",
        ),
        # "si hace falta" is "if need be", not a negation
        (
            "«Si hace falta, recurriremos», dijo la portavoz.",
            '"We will appeal if we have to," the spokeswoman said.',
            None,
        ),
        # an unknown acronym turned into a capitalised word ("MERS" → "MARES") by an earlier MT
        (
            "Los MARES-CoV aparecieron en el ser humano a través de los camellos.",
            "MERS-CoV emerged in humans through camels.",
            None,
        ),
        # ... but another acronym is a swap, and two unknown acronyms one letter apart too
        (
            "Los MARES-CoV aparecieron en el ser humano a través de los camellos.",
            "SARS-CoV emerged in humans through camels.",
            "entity",
        ),
        (
            "El PSOE ganó las elecciones en la provincia.",
            "The PSE won the elections in the province.",
            "entity",
        ),
        # a date and its year against the name of the day, and the date formats of each language
        (
            "Los controles son más estrictos desde el 11 de septiembre de 2001.",
            "Checks have been stricter since 9/11.",
            None,
        ),
        ("La ley se aprobó el 11/09/2001.", "The law was passed on September 11, 2001.", None),
        ("La ley se aprobó el 12/09/2001.", "The law was passed on September 11, 2001.", "number"),
        (
            "La ley se aprobó el 11 de septiembre de 2001.",
            "The law was passed on September 11, 2002.",
            "number",
        ),
        (
            "El vehículo fue retirado hacia las 12 h 00 GMT.",
            "The vehicle was removed around 1200 GMT.",
            None,
        ),
        # an intensifier moved into a stronger word, and "very" or "light" that grade nothing
        (
            "Las condiciones muy desfavorables pueden darse en cualquier lugar.",
            "Severe conditions can occur anywhere.",
            None,
        ),
        (
            "Las condiciones muy graves pueden darse en cualquier lugar.",
            "Serious conditions can occur anywhere.",
            "intensity",
        ),
        (
            "Ha demostrado que está en la cima del periodismo satírico.",
            "He has shown that he is at the very top of satirical journalism.",
            None,
        ),
        (
            "El cierre de las escuelas ha revelado numerosos problemas de acceso.",
            "School closures have shed light on numerous access problems.",
            None,
        ),
        (
            "El cierre de las escuelas ha revelado problemas de acceso.",
            "School closures have revealed very serious access problems.",
            "intensity",
        ),
        # "poco probable" (MT "little likely") is "unlikely", not its opposite
        (
            "Según la policía, es poco probable que el conductor sea acusado.",
            "According to the police, the driver is unlikely to be charged.",
            None,
        ),
        (
            "Según la policía, es probable que el conductor sea acusado.",
            "According to the police, the driver is unlikely to be charged.",
            "meaning",
        ),
    ],
)
def test_round10_classes(src: str, tgt: str, kind: str | None) -> None:
    types = _types(src, tgt)
    if kind is None:
        assert not types, types
    else:
        assert kind in types


@pytest.mark.parametrize(
    "text,lang,readings",
    [
        ("the post-9/11 era", "en", {("d", 911), ("d", 1109)}),
        ("el 11/09/2001", "es", {("d", 1109), ("d", 911), ("ymd", 20011109), ("ymd", 20010911)}),
        ("el 24/09/2001", "es", {("d", 924), ("ymd", 20010924)}),
        ("on 2001-09-11", "en", {("d", 911), ("ymd", 20010911)}),
        ("on September 11, 2001", "en", {("d", 911), ("ymd", 20010911)}),
    ],
)
def test_date_readings(text: str, lang: str, readings: set) -> None:
    (q,) = extract_quantities(text, lang)
    assert q.kind == "date" and set(q.readings) == readings


@pytest.mark.parametrize("text,lang", [("entre 3-4 horas", "es"), ("3/40", "en"), ("2.5", "en")])
def test_not_dates(text: str, lang: str) -> None:
    assert all(q.kind != "date" for q in extract_quantities(text, lang))


def test_slash_date_without_year_is_never_reported_alone() -> None:
    diff = compare_quantities(
        extract_quantities("mezclar 3/4 partes", "es"), extract_quantities("mix the parts", "en")
    )
    assert not diff.src_only
