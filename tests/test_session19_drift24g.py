"""Figures on medical text (docs/drift.md, "Session 19 (drift24g)"). Every sentence here
is written for this test (the classes were found on ContraTICO's Spanish proxy; no
sentence is taken from the data). Each quiet case was reported as a critical number by
the branch start; each reported case is the same shape with a real change to a figure,
and stays reported."""

from __future__ import annotations

import pytest

from aligner.drift.list_markers import is_citation_marker, without_lone_markers
from aligner.drift.quantities import extract_quantities
from aligner.drift.quantity_match import compare_quantities
from tests.drift_batch import batch_fixture, findings

_batch = batch_fixture()


def _numbers(src: str, tgt: str) -> list[str]:
    """Severities of the number findings of one pair."""
    return [f.severity for f in findings(__name__, src, tgt) if f.type == "number"]


@pytest.mark.parametrize(
    "src,tgt,critical",
    [
        # a figure the source repeats and the translation states once: a repetition
        (
            "En 2020 se vacunó a 300 niños; en 2020 también se abrió la clínica.",
            "In 2020, 300 children were vaccinated and the clinic opened.",
            False,
        ),
        # ... a figure dropped once, with no other mention, stays missing
        (
            "En 2020 se vacunó a 300 niños; en 2021 también se abrió la clínica.",
            "In 2020, 300 children were vaccinated and the clinic opened.",
            True,
        ),
        # ... a repeated value is a change when a figure of its unit is open on the
        # other side, even one never reported alone ("una hora")
        (
            "Vendió las entradas de sus dos conciertos en menos de una hora.",
            "She sold out both her concerts in under two hours.",
            True,
        ),
        # ... two left-over figures side by side are a statement of their own
        (
            "Cuatro de siete enfermaron y dos de cinco sanaron.",
            "Four of seven fell ill, two of five recovered and four of five relapsed.",
            True,
        ),
        # ... unless the other side has the same figures side by side: a phrase repeated
        (
            "Entre 20 y 30 pacientes mejoraron; entre 20 y 30 pacientes es mucho.",
            "Between 20 and 30 patients improved, which is a lot.",
            False,
        ),
        # the translation repeats a figure the source states once
        (
            "Los resultados se muestran en las figuras 6 a 9.",
            "The results are shown in Figures 6 to 9 (9).",
            False,
        ),
        # ... a changed figure beside a repeated one stays a change
        (
            "Se trató a 3 adultos y 5 niños.",
            "3 adults and 3 children were treated.",
            True,
        ),
        # a figure written inside a code of the other side ("229.º" ↔ "229E")
        (
            "Se aisló el coronavirus humano 229.º en varios pacientes.",
            "Human coronavirus 229E was isolated in several patients.",
            False,
        ),
        # ... a code with other digits does not state the figure
        (
            "Se aisló el coronavirus humano 229.º en varios pacientes.",
            "Human coronavirus 230E was isolated in several patients.",
            True,
        ),
        # a citation marker only one side writes is layout
        (
            "Los pacientes tratados mejoraron en dos semanas.",
            "The treated patients [12] improved within two weeks.",
            False,
        ),
        (
            "Los pacientes tratados mejoraron en dos semanas.",
            "The treated patients improved within 12 weeks.",
            True,
        ),
        # a day written with the ordinal indicator "1.º" is a date
        (
            "La emergencia empezó el 1.º de marzo.",
            "The emergency began on March 1.",
            False,
        ),
        (
            "La emergencia empezó el 1.º de marzo.",
            "The emergency began on March 2.",
            True,
        ),
    ],
)
def test_figures(src, tgt, critical):
    found = _numbers(src, tgt)
    assert ("critical" in found) is critical, found


def test_repetition_is_still_shown_as_minor():
    src = "En 2020 se vacunó a 300 niños; en 2020 también se abrió la clínica."
    tgt = "In 2020, 300 children were vaccinated and the clinic opened."
    assert _numbers(src, tgt) == ["minor"]


def test_citation_markers_both_sides_are_compared():
    src = "Los pacientes [12] mejoraron."
    tgt = "The patients [13] improved."
    src_q, tgt_q = extract_quantities(src, "es"), extract_quantities(tgt, "en")
    assert all(is_citation_marker(src, q) for q in src_q)
    kept = without_lone_markers(src, src_q, tgt, tgt_q)
    assert [q.text for q in kept[0]] == ["12"] and [q.text for q in kept[1]] == ["13"]


def test_bracketed_figure_with_words_is_no_citation():
    text = "The dose [12 mg] was halved."
    assert not any(is_citation_marker(text, q) for q in extract_quantities(text, "en"))


def test_ordinal_indicator_after_a_dot():
    assert [(q.text, q.kind) for q in extract_quantities("la 3.ª dosis", "es")] == [
        ("3.ª", "ordinal")
    ]


def _left(src: str, tgt: str) -> tuple[list[str], list[str]]:
    diff = compare_quantities(extract_quantities(src, "es"), extract_quantities(tgt, "en"))
    return [q.text for q in diff.src_only], [q.text for q in diff.tgt_only]


def test_a_count_pairs_with_a_count_before_an_ordinal():
    # "dos" stood nearer "second" and took it, leaving "two" as an added figure
    src = (
        "Cuatro de siete enfermaron en el primer trimestre, cuatro de cinco sanaron y dos "
        "de cinco recayeron."
    )
    tgt = (
        "Four of seven fell ill in the first trimester, two of five relapsed by the second "
        "trimester, and four of five recovered."
    )
    assert _left(src, tgt) == ([], [])
    # ... a changed count is still left over
    src_left, tgt_left = _left(src.replace("dos de cinco", "tres de cinco"), tgt)
    # (read as the count or, since session 35's "de" between two figures, the proportion)
    assert src_left in (["tres"], ["tres de cinco"])
    assert any(t.startswith("two") for t in tgt_left)
