"""Bounds on a figure ("más de 3.000" → "almost 3,000"): aligner.drift.figure_bounds.

Every sentence here was written for this test (invented news; no real events). The
checks run without MT or embeddings: the bound is read from the two texts alone.
"""

from __future__ import annotations

import pytest

from aligner.drift.checks import check_pairs
from aligner.drift.figure_bounds import bound_of
from aligner.drift.quantities import extract_quantities


def _bounds(text: str, lang: str) -> list[str | None]:
    return [
        (b.kind if (b := bound_of(text, q, lang)) else None)
        for q in extract_quantities(text, lang)
        if not q.weak
    ]


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        ("Más de 3.000 personas votaron.", "es", ["min"]),
        ("Votaron al menos el 40 % de los socios.", "es", ["min"]),
        ("La multa asciende a un máximo de 600 euros.", "es", ["max"]),
        ("La humedad no superó el 9 % por la tarde.", "es", ["max"]),  # a negated "above"
        ("Humidity didn't exceed 9% in the afternoon.", "en", ["max"]),
        ("Nearly 40% of members voted.", "en", ["near"]),
        ("About 200 people marched.", "en", ["approx"]),
        ("The plan costs more than $3 billion.", "en", ["min"]),  # past the currency sign
        ("Patients aged ≥65 years were excluded.", "en", ["min"]),
        ("Children &lt; 5 years were excluded.", "en", ["max"]),  # as HTML escapes it
        ("Adults aged 65 years or older took part.", "en", ["min"]),
        ("Sold 3,000-plus copies.", "en", ["min"]),
        ("The iPhone 6 Plus came out later.", "en", [None]),  # a name, not a bound
        ("Hasta 2025 no habrá cambios.", "es", [None]),  # a year: "until"
        ("Посетили более 3000 человек.", "ru", [None]),  # no list: unknown, not unbounded
    ],
)
def test_bound_of_reads_the_words_that_bound_a_figure(text, lang, kinds):
    assert _bounds(text, lang) == kinds


def _findings(src: str, tgt: str, src_lang: str = "es") -> list[tuple[str, str]]:
    (found,) = check_pairs([(src, tgt)], src_lang, "en", embedder=None, mt=None)
    return [(f.severity, f.message) for f in found if f.type == "number"]


@pytest.mark.parametrize(
    ("src", "tgt", "severity", "evidence"),
    [
        (
            "Más de 3.000 personas murieron en el terremoto.",
            "Almost 3,000 people died in the earthquake.",
            "critical",
            "«Más de 3.000»",
        ),
        (
            "El Gobierno prevé hasta 50 hospitales nuevos.",
            "The government plans more than 50 new hospitals.",
            "critical",
            "«more than 50»",
        ),
        (
            "Las obras podrían retrasarse por lo menos dos años.",
            "The works could be delayed by two years.",
            "major",
            "«por lo menos»",
        ),
        (
            "Casi el 40 % de los votantes se abstuvo.",
            "40% of voters abstained.",
            "major",
            "«Casi»",
        ),
        (
            "El museo recibió 12.000 visitantes en agosto.",
            "The museum received at least 12,000 visitors in August.",
            "major",
            "«at least»",
        ),
    ],
)
def test_a_changed_bound_is_reported_with_its_words(src, tgt, severity, evidence):
    found = _findings(src, tgt)
    assert [s for s, _ in found] == [severity]
    assert evidence in found[0][1]


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        ("Más de 3.000 personas votaron.", "Over 3,000 people voted."),
        (
            "Solo pueden participar los menores de 18 años.",
            "Only those under 18 years may take part.",
        ),
        (
            "Vacunaron a los niños de menos de 5 años.",
            "Children younger than 5 years were vaccinated.",
        ),
        ("Participan personas de 65 años o más.", "People aged 65 and older take part."),
        ("Se reduce la ratio a un máximo de 25 alumnos.", "Class sizes are capped at 25 pupils."),
        (
            "La humedad no superó el 9 % por la tarde.",
            "Humidity did not exceed 9% in the afternoon.",
        ),
        ("No se registraron más de 20 casos.", "No more than 20 cases were recorded."),
        ("El registro no se revisa más que dos veces al año.", "It is only reviewed twice a year."),
        ("Unos 200 vecinos protestaron.", "200 residents protested."),  # approximation: left
        ("Trabajó allí durante 10 años.", "He worked there over 10 years."),  # "over": unsure
        ("Hasta 2025 no habrá cambios.", "There will be no change until 2025."),
        # The same figure twice: the bound is on the twin the matching did not pair.
        (
            "Pocos pacientes de COVID-19 de menos de 19 años fueron ingresados.",
            "Few COVID-19 patients aged &lt; 19 years were admitted.",
        ),
    ],
)
def test_a_bound_said_another_way_is_not_reported(src, tgt):
    assert _findings(src, tgt) == []


def test_languages_without_bound_words_are_never_compared():
    # Russian has no list: "более 3000" is not read as unbounded against "almost 3,000".
    assert _findings("Погибли более 3000 человек.", "Almost 3,000 people died.", "ru") == []


def test_a_negation_only_one_language_can_read_does_not_turn_a_bound():
    # French has no negation words in aligner.lang: "ne … pas plus de 20" stays "plus de 20",
    # so the English "not … more than 20" must stay a lower bound too, not contradict it.
    src = "La réunion ne devrait pas durer plus de 20 minutes."
    assert _findings(src, "The meeting should not last more than 20 minutes.", "fr") == []


def test_qa_numbers_reports_a_changed_bound_with_its_severity():
    from aligner.quality import checks as qa_checks
    from aligner.quality.checks.model import Context, Segment

    src = "Más de 3.000 personas murieron, y al menos 40 pueblos quedaron aislados."
    tgt = "Almost 3,000 people died, and 40 villages were cut off."
    issues = qa_checks.SEGMENT_CHECKS["qa.numbers"](Segment("1", 0, src, tgt), Context("es", "en"))
    assert [(i.severity, src[slice(*i.source_span)]) for i in issues] == [
        ("critical", "Más de 3.000"),
        ("major", "al menos 40"),
    ]
