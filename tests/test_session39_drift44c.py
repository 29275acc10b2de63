"""False alarms on ContraTICO's label-0 pairs read by class (session 39, drift44c;
docs/drift.md, "Session 39 (drift44c)"). The sentences are written here for these tests
(ordinary health and news Spanish), not taken from any data.

Each case is a pair and the alarm expected (None: no alarm at all; a type: an alarm of
that type among them). The classes:

* an English irregular participle before its noun ("known markers", "written
  instructions", "broken glass") is what Apertium reads as an adjective of its own, and
  renders the Spanish participle whose verb the dictionary gives ("conocidos" → "know"):
  the word matcher takes the verb from WordNet's irregular forms, so the removal readers
  no longer report the participle left out; its opposite ("unknown") is still read;
* a bracketed gloss ("(en el curso de la evaluación)") said in the translation's own
  brackets in its place ("(pending)") is a rewording, minor; the gloss dropped with its
  brackets is still an omission.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_GLOSS = "Los casos posibles figurarán como « En estudio » (en el curso de la evaluación)."

# (source, translation, expected alarm type: None is none at all)
CASES = [
    # an irregular participle before its noun renders the source's participle
    (
        "El laboratorio analiza la sangre para detectar los anticuerpos conocidos del virus.",
        "The laboratory analyses the blood for known antibodies to the virus.",
        None,
    ),
    (
        "El hospital revisa los datos para detectar los efectos conocidos del fármaco.",
        "The hospital reviews the data for known effects of the drug.",
        None,
    ),
    (
        "El test actual implica extraer el material genético y analizarlo para detectar los "
        "marcadores genéticos conocidos del virus.",
        "The current test involves extracting the genetic material and analysing it for known "
        "genetic markers of the virus.",
        None,
    ),
    (
        "Los pacientes reciben instrucciones escritas del médico antes de volver a casa.",
        "Patients receive written instructions from the doctor before going home.",
        None,
    ),
    (
        "Las zonas con cristales rotos fueron cerradas por la policía.",
        "The areas with broken glass were closed by the police.",
        None,
    ),
    # the participle's opposite is still read
    (
        "El test actual implica extraer el material genético y analizarlo para detectar los "
        "marcadores genéticos conocidos del virus.",
        "The current test involves extracting the genetic material and analysing it for "
        "unknown genetic markers of the virus.",
        "meaning",
    ),
    (
        "Los investigadores buscan marcadores genéticos conocidos en la muestra.",
        "The researchers look for unknown genetic markers in the sample.",
        "meaning",
    ),
    # a bracketed gloss said another way in the translation's brackets
    (_GLOSS, "Possible cases will appear as “Under review” (pending).", None),
    (
        "Los pacientes serán clasificados como « Descartado » (tras la prueba negativa).",
        "Patients will be classified as “Excluded” (ruled out).",
        None,
    ),
    # the gloss dropped with its brackets
    (_GLOSS, "Possible cases will appear as “Under review”.", "omission"),
    (
        "Los pacientes serán clasificados como « Descartado » (tras la prueba negativa).",
        "Patients will be classified as “Excluded”.",
        "omission",
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_case(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_irregular_participle_gives_its_verb():
    from aligner.drift.irregular_forms import verbs_of
    from aligner.drift.lexical_diff import WORDNET

    if not verbs_of("known", WORDNET):
        pytest.skip("WordNet is not installed")
    assert "know" in verbs_of("known", WORDNET)
    assert "write" in verbs_of("written", WORDNET)
    assert not verbs_of("reported", WORDNET)  # a regular form keeps its verb's stem


def test_gloss_in_place_needs_brackets_on_both_sides():
    from aligner.drift.clause_places import gloss_in_place
    from aligner.drift.clauses import ClauseScore
    from aligner.drift.text import Clause, tokenize

    src = "Los casos figurarán como « En estudio » (en el curso de la evaluación)."
    start = src.index("en el curso")
    end = src.index(")")
    clause = Clause(start, end, src[start:end], tuple(tokenize(src[start:end])))
    score = ClauseScore(clause, 0.0, None, None, False, words=2)
    glossed = "Cases will appear as “Under review” (pending)."
    bare = "Cases will appear as “Under review”, pending."
    assert gloss_in_place(score, src, tokenize(glossed), glossed, lambda t: False)
    assert not gloss_in_place(score, src, tokenize(bare), bare, lambda t: False)
    # a translation word that renders a source word is no gloss of its own
    assert not gloss_in_place(score, src, tokenize(glossed), glossed, lambda t: True)
