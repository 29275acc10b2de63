"""Session 35 (drift40a): critical removals by class, nineteenth round — frames English
keeps only around a word, left standing when the word was cut: "be to" where a
participle stood, a preposition before a mark, a role's qualifier with no role
(:mod:`aligner.drift.left_frames`), "by" after a passive before another preposition and
"of" before a focusing adverb (:mod:`aligner.drift.noun_gaps`); docs/drift.md, "Session
35 (drift40a)". The sentences are ordinary news and health text written here for these
tests, not taken from any data.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.noun_gaps import agent_before_preposition, object_cut_before_focus
from aligner.drift.pos_fluency import tag_texts
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_VOLUNTEERS = "Los voluntarios son entrenados para ayudar a los pacientes."
_EFFORTS = "Se han hecho esfuerzos para reducir las listas de espera."
_MINISTER = "Está previsto que el ministro visite el hospital el lunes."
_ANTIBIOTICS = "En la mayoría de los casos, los médicos recetan antibióticos sin hacer pruebas."
_BORRELL = (
    "Josep Borrell, antiguo presidente del Parlamento Europeo, y la ministra de Sanidad, "
    "Carolina Darias, visitaron ayer el hospital de Bogotá para conocer a los médicos."
)
_OFFER = "Proponen generalmente descuentos para los pacientes mayores."
_TERM = "El término se usa formalmente por los médicos para este grupo de pacientes."
_CYCLE = "El ciclo continúa durante un periodo de tiempo incluso en ausencia de estímulos."


def _omissions(src: str, tgt: str) -> list:
    return [
        f for f in findings(__name__, src, tgt) if f.severity != "minor" and f.type == "omission"
    ]


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,said",
    [
        # A participle cut between "be" and "to": "are to help" states an order.
        (_VOLUNTEERS, "Volunteers are to help patients.", "«entrenados»"),
        (_EFFORTS, "Efforts have been to reduce waiting lists.", "«hecho»"),
        # A preposition left before a mark, its noun cut.
        (_ANTIBIOTICS, "In most cases, doctors prescribe antibiotics without.", "«pruebas»"),
        # A role's qualifier left with no role after it.
        (
            _BORRELL,
            "Josep Borrell, former of the European Parliament, and Health Minister Carolina "
            "Darias visited the Bogotá hospital yesterday to meet the doctors.",
            "«former»",
        ),
        # A sentence opening on an adverb and a verb: its subject ("they") cut.
        (_OFFER, "Usually offer discounts to older patients.", "«Proponen»"),
        # "by" after a passive, straight before another preposition: the agent cut.
        (_TERM, "The term is formally used by for this group of patients.", "«by for»"),
        # "of" before a focusing adverb and a preposition: its object cut.
        (
            _CYCLE,
            "The cycle continues for a period of even in the absence of stimuli.",
            "«of even in»",
        ),
    ],
)
def test_a_cut_word_is_found(src: str, tgt: str, said: str) -> None:
    found = _omissions(src, tgt)
    assert found and said in found[0].message, found


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt",
    [
        (_VOLUNTEERS, "Volunteers are trained to help patients."),
        (_EFFORTS, "Efforts have been made to reduce waiting lists."),
        # A participle that says the duty itself: "be to" renders it.
        (_MINISTER, "The minister is to visit the hospital on Monday."),
        # A copula before an infinitive: "is to reduce" renders "es reducir".
        ("La idea es reducir las listas de espera.", "The idea is to reduce waiting lists."),
        (_ANTIBIOTICS, "In most cases, doctors prescribe antibiotics without testing."),
        # A stranded preposition after a verb is English.
        ("Es el médico con quien hablé ayer.", "He is the doctor I spoke with."),
        (
            _BORRELL,
            "Josep Borrell, former president of the European Parliament, and Health Minister "
            "Carolina Darias visited the Bogotá hospital yesterday to meet the doctors.",
        ),
        (
            "Felipe González, antiguo presidente de España, visitó ayer Bogotá.",
            "Former Prime Minister Felipe González visited Bogotá yesterday.",
        ),
        # A qualifier with no role in the source: no role to lose.
        (
            "La antigua Yugoslavia se dividió en siete países.",
            "The former Yugoslavia split into seven countries.",
        ),
        (_OFFER, "They usually offer discounts to older patients."),
        # A first person may be turned into an imperative.
        ("Recomendamos siempre lavarse las manos.", "Always wash your hands."),
        (_TERM, "The term is formally used by doctors for this group of patients."),
        (_CYCLE, "The cycle continues for a period of time even in the absence of stimuli."),
    ],
)
def test_a_faithful_rendering_stays_quiet(src: str, tgt: str) -> None:
    assert not _omissions(src, tgt)


@pytest.mark.parametrize(
    "text,found",
    [
        ("The report was written by for the ministry.", True),
        ("The report was quickly written by for the ministry.", True),
        # "by" after an active verb may be a particle; a bound is a figure's.
        ("She stopped by for a coffee.", False),
        ("Prices were raised by about ten percent.", False),
    ],
)
def test_an_agents_by_before_a_preposition(text: str, found: bool) -> None:
    assert (agent_before_preposition(tag_texts([text])[0]) is not None) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Symptoms last for a period of even in mild cases.", True),
        ("The risk of especially for older patients is high.", True),
        # Not a focusing adverb: "today" is the object.
        ("The children of today in Spain read less.", False),
        ("A period of just over a year.", False),
    ],
)
def test_of_before_a_focusing_adverb(text: str, found: bool) -> None:
    assert (object_cut_before_focus(tag_texts([text])[0]) is not None) is found
