"""Removed nouns, adjectives and adverbs, session 23 (docs/drift.md, "Session 23
(drift28a)"): a noun a figure counted, left out (:mod:`aligner.drift.counted_nouns`).
Every sentence here is written here for these tests, not taken from any of the data.
No e5; the pipeline cases run as one ``check_pairs`` batch (tests/drift_batch.py)."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()


def _at_least_major(found) -> list:
    return [f for f in found if f.severity in ("major", "critical")]


def _counted(found) -> list:
    return [
        f
        for f in _at_least_major(found)
        if f.type == "omission" and "the noun seems to have been left out" in f.message
    ]


# --- a noun a figure counted (Spanish sources, the quiet pass) ---


@needs_apertium
@pytest.mark.parametrize(
    "src, tgt, found",
    [
        # a figure in digits with a grouping space, then a conjunction
        (
            "La fábrica tiene 12 000 obreros y produce coches para toda Europa.",
            "The factory has 12,000 and makes cars for the whole of Europe.",
            True,
        ),
        # a figure in words, then the sentence's end
        (
            "El premio se repartió entre estas cuatro escuelas.",
            "The prize was shared among these four.",
            True,
        ),
        # a relative word where the noun was
        (
            "Hubo 30 votos que llegaron tarde a la mesa.",
            "There were 30 that arrived late at the table.",
            True,
        ),
        # the noun kept
        (
            "La fábrica tiene 12 000 obreros y produce coches para toda Europa.",
            "The factory has 12,000 workers and makes cars for the whole of Europe.",
            False,
        ),
        # people: a count of people is read as a bare figure
        (
            "El paro subió en 8.000 personas en marzo, según el ministerio.",
            "Unemployment rose by 8,000 in March, according to the ministry.",
            False,
        ),
        # an age
        (
            "Una niña de 9 años ganó el concurso de dibujo.",
            "A girl, 9, won the drawing contest.",
            False,
        ),
        # a word after the figure that stands for the noun ("the 40 selected")
        (
            "Los 40 candidatos seleccionados viajarán a Madrid.",
            "The 40 selected will travel to Madrid.",
            False,
        ),
        # one: a pronoun as often as a figure
        (
            "Un 1 premio y muchos aplausos para la orquesta.",
            "One of the prizes and much applause went to the orchestra.",
            False,
        ),
    ],
)
def test_a_counted_noun_lost_after_its_figure(src, tgt, found):
    assert bool(_counted(findings(__name__, src, tgt, "es"))) == found


# --- a noun whose only partner renders another source noun (headless, the quiet pass) ---


def _headless(found) -> list:
    return [
        f for f in _at_least_major(found) if "keeps the adjective that qualified it" in f.message
    ]


@needs_apertium
@pytest.mark.parametrize(
    "src, tgt, found",
    [
        # "empleo" pairs only with the "work" that renders "trabajo"
        (
            "Muchos jóvenes buscan trabajo y no encuentran un empleo estable.",
            "Many young people look for work and do not find a stable.",
            True,
        ),
        # "vivienda" pairs only with the "house" that renders "casa"
        (
            "La casa era pequeña, pero nadie quería una vivienda moderna.",
            "The house was small, but nobody wanted a modern.",
            True,
        ),
        # the same noun said twice: a translation says it once
        (
            "El informe anual llegó antes que el informe mensual.",
            "The annual report arrived before the monthly.",
            False,
        ),
        # the noun rendered
        (
            "Muchos jóvenes buscan trabajo y no encuentran un empleo estable.",
            "Many young people look for work and do not find a stable job.",
            False,
        ),
    ],
)
def test_a_noun_paired_only_with_another_nouns_rendering(src, tgt, found):
    assert bool(_headless(findings(__name__, src, tgt, "es"))) == found
