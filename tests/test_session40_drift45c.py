"""Leftovers read through the translation's cognates, made safe (session 40, drift45c;
docs/drift.md, "Session 40 (drift45c)"). The sentences are written here for these tests
(ordinary Spanish and English health and news text, with typos and with leftovers of
the kinds a route through Spanish leaves), not taken from any data.

* a filled leftover keeps the MT incomplete (:attr:`aligner.drift.signals.Reading.complete`):
  the readers that take the MT's word for a cue still stand down beside it;
* :func:`aligner.drift.misspelt_leftovers.corrections`: the words one slip from a
  leftover that an installed Apertium analyser knows;
* a typo ("prbable", "mllions") is not filled: a word one slip from it spells the
  translation's word closer than it does; a real leftover ("crosta" / "costa" →
  "crust", "membri") still is;
* end to end, with the module on: typo pairs stay quiet, additions beside a leftover the
  translation renders by a cognate are seen.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import batch_fixture, fresh_alarm_types, mt_reading

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()


def _side(text: str):
    from aligner.drift.checks import read_side

    return read_side(text, "en")


def test_a_filled_leftover_keeps_the_mt_incomplete():
    from aligner.drift.rendered_unknowns import fill
    from aligner.drift.signals import usable

    mt = mt_reading("The members of the committee approved the plan.", ())
    assert mt.complete
    mt = mt_reading("The membri of the committee approved the plan.", ("membri",))
    filled = fill(mt, _side("Committee members approved the plan."))
    assert filled is not None and "The members of the committee" in filled.text
    assert filled.unknown == () and filled.filled == ("membri",)
    assert not filled.complete and usable(filled) is None
    # a name left untranslated never made the MT incomplete, filled or not
    named = mt_reading("The Cornovaglia approved the plan.", ("Cornovaglia",))
    assert named.complete


def test_fill_skips_a_misspelt_leftover():
    from aligner.drift.rendered_unknowns import fill, renderings

    mt = mt_reading("The patient has an infection prbable by the virus.", ("prbable",))
    tgt = _side("The patient has a probable infection with the virus.")
    assert renderings(mt, tgt) == {"prbable": "probable"}
    assert renderings(mt, tgt, {"prbable"}) == {}
    assert fill(mt, tgt, {"prbable"}) is mt


@needs_apertium
def test_corrections_are_words_an_analyser_knows_one_slip_away():
    from aligner.drift.misspelt_leftovers import corrections

    found = corrections(["prbable", "probable", "confirnados", "desegregazione", "es"], "es")
    assert "probable" in found["prbable"]  # a letter dropped
    assert "confirmados" in found["confirnados"]  # a letter changed
    assert "probable" not in found  # a known word is no typo
    assert "desegregazione" not in found  # nothing known one slip away
    assert "es" not in found  # too short to read


@needs_apertium
@pytest.mark.parametrize(
    ("leftover", "word", "typo"),
    [
        ("prbable", "probable", True),
        ("mllions", "millions", True),
        ("confirnados", "confirmed", True),
        ("crosta", "crust", False),  # "costa" is a word, but no closer to "crust"
        ("membri", "members", False),
        ("desegregazione", "desegregation", False),
        ("topographiques", "topographical", False),
        ("hospitalizados", "hospitalized", False),
    ],
)
def test_typos_are_leftovers_a_known_word_spells_closer(leftover, word, typo):
    from aligner.drift.rendered_unknowns import _typos

    assert (leftover in _typos([(leftover, word)], "es")) is typo


_CRUST = "La crosta del pan se quemó en el horno."
_MEMBERS = "Los membri del comité aprobaron el plan sanitario."
_SCHOOLS = "El Gobierno aprobó la desegregazione de las escuelas públicas."
CASES = [
    # typos of the source: nothing to report
    (
        "Es probablment una gripe estacional, dijo el médico.",
        "It is probably seasonal flu, the doctor said.",
        None,
    ),
    (
        "El paciente tiene una infección prbable por el virus respiratorio.",
        "The patient has a probable infection with the respiratory virus.",
        None,
    ),
    (
        "Los síntomas son grves en los pacientes mayores.",
        "Symptoms are severe in older patients.",
        None,
    ),
    (
        "La vacuna ya protegió a mllions de personas en el país.",
        "The vaccine has already protected millions of people in the country.",
        None,
    ),
    # leftovers a cognate renders
    (_CRUST, "The bread crust burned in the oven.", None),
    (_CRUST, "The thick bread crust burned in the oven.", "addition"),
    (_MEMBERS, "Committee members approved the health plan.", None),
    (
        _MEMBERS.replace("aprobaron", "aprobaron por unanimidad"),
        "Committee members unanimously approved the health plan.",
        None,
    ),
    (_SCHOOLS, "The government approved the desegregation of public schools.", None),
    (_SCHOOLS, "The government approved the gradual desegregation of public schools.", "addition"),
    (
        "Los resultados topographiques del estudio no fueron concluyentes.",
        "The topographical results of the study were not conclusive.",
        None,
    ),
    (
        "Los resultados topographiques del estudio no fueron concluyentes.",
        "The topographical results of the study were conclusive.",
        "negation",
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_pairs_with_the_module_on(monkeypatch, src, tgt, kind):
    from aligner.drift import rendered_unknowns

    monkeypatch.setattr(rendered_unknowns, "ENABLED", True)
    kinds = fresh_alarm_types(src, tgt)
    assert (kind in kinds) if kind else not kinds, kinds
