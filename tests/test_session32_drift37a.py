"""Session 32 (drift37a): critical kinds by class — a subject pronoun Spanish leaves out
and the translation leaves out too (:mod:`aligner.drift.dropped_subjects`), a subject's
noun cut after its quantifier (:mod:`aligner.drift.pronoun_determiners`), an acronym the
MT knows and an unknown name reported lost, acronyms and names that share no letter,
negations outnumbering an idiom's readings and Apertium's moved capital
(:mod:`aligner.drift.idiom_counts`), and a minor omitted clause that no longer hides a
finding inside it (docs/drift.md, "Session 32 (drift37a)"). The sentences are ordinary
news and health text written here for these tests, not taken from any data.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.idiom_counts import moved_capital, outnumbered
from aligner.drift.merging import absorb
from aligner.drift.signals import Finding, Polarity, Reading, polarity
from aligner.drift.text import tokenize, words
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()


def _alarms(src: str, tgt: str) -> list[Finding]:
    return [f for f in findings(__name__, src, tgt) if f.severity != "minor"]


def _assert_lost_or_quiet(src: str, tgt: str, word: str | None) -> None:
    """No alarm when ``word`` is None, else an alarm pointing at that source word."""
    found = _alarms(src, tgt)
    lost = [src[f.source_span[0] : f.source_span[1]] for f in found if f.source_span]
    if word is None:
        assert found == []
    else:
        assert word in lost


_THINK = "Opinamos que el gobierno debe actuar pronto."
_KNOW = "Sabemos que la situación es difícil."
_TRAIN = "Si perdemos el tren, llegaremos tarde."
_WORDS = "Las palabras se pronuncian como están escritas."
_MATCH = "Seguid así y ganaréis el partido."


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,verb",
    [
        (_THINK, "Think that the government must act soon.", "Opinamos"),
        (_THINK, "We think that the government must act soon.", None),
        (_KNOW, "Know that the situation is difficult.", "Sabemos"),
        (_KNOW, "We know that the situation is difficult.", None),
        (_TRAIN, "If miss the train, we will arrive late.", "perdemos"),
        (_TRAIN, "If we miss the train, we will arrive late.", None),
        (_WORDS, "Words are pronounced as are written.", "están"),
        (_WORDS, "Words are pronounced as they are written.", None),
        (_MATCH, "Keep it up and will win the match.", "ganaréis"),
        (_MATCH, "Keep it up and you will win the match.", None),
        # An imperative after "and", a hortative, a reduced clause: no subject is due.
        ("Descansad y bebéis mucha agua.", "Rest and drink lots of water.", None),
        ("Continuemos así y ganaremos el partido.", "Keep it up and we will win the match.", None),
        (
            "Cuando terminen, los alumnos pueden salir.",
            "When finished, the pupils may leave.",
            None,
        ),
    ],
)
def test_a_subject_pronoun_left_out(src: str, tgt: str, verb: str | None) -> None:
    _assert_lost_or_quiet(src, tgt, verb)


_DECISION = "Los empleados deben consultar a sus jefes sobre cada decisión que toman."


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,verb",
    [
        (_DECISION, "Employees must consult their managers on every decision make.", "toman"),
        (_DECISION, "Employees must consult their managers on every decision they make.", None),
        # A subject before the verb; an adjective rendering the relative clause's verb.
        (
            "Los documentos que necesitan los pacientes están en la mesa.",
            "The documents patients need are on the table.",
            None,
        ),
        (
            "Las proteínas forman una imagen que recuerda a una corona.",
            "The proteins form an image reminiscent of a crown.",
            None,
        ),
    ],
)
def test_a_relative_clause_without_its_subject(src: str, tgt: str, verb: str | None) -> None:
    _assert_lost_or_quiet(src, tgt, verb)


_HOSPITAL = "Cada hospital tiene su propio protocolo."
_DOCTORS = "Algunos médicos creen que la epidemia terminará pronto."


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,noun",
    [
        (_HOSPITAL, "Each has its own protocol.", "hospital"),
        (_HOSPITAL, "Each hospital has its own protocol.", None),
        (_DOCTORS, "Some believe that the epidemic will end soon.", "médicos"),
        (_DOCTORS, "Some doctors believe that the epidemic will end soon.", None),
        (
            "Algunos creen que la epidemia terminará pronto.",
            "Some believe that the epidemic will end soon.",
            None,
        ),
        # A demonstrative refers to what was just said: "This" for "Esta medida" (which
        # another reader weighs: this rule stays quiet).
        (
            "Esta medida permite a las autoridades encontrar a los pasajeros.",
            "This allows the authorities to find the passengers.",
            None,
        ),
    ],
)
def test_a_quantifier_left_as_the_subject(src: str, tgt: str, noun: str | None) -> None:
    found = [f for f in _alarms(src, tgt) if "alone as the subject" in f.message]
    lost = [src[f.source_span[0] : f.source_span[1]] for f in found if f.source_span]
    if noun is None:
        assert found == []
    else:
        assert noun in lost


_WHO = "La OMS recomienda lavarse las manos con frecuencia."
_IMF = "El FMI prevé un crecimiento del 3 %."
_CLUB = "El delantero del Osasuna marcó dos goles."


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,found_type",
    [
        (_WHO, "It is recommended to wash hands often.", "entity"),
        (_WHO, "The World Health Organization recommends washing hands often.", None),
        (_WHO, "The WHO recommends washing hands often.", None),
        (_IMF, "The International Monetary Fund expects growth of 3%.", None),
        (_IMF, "The World Bank expects growth of 3%.", "entity"),
        (_CLUB, "The striker scored two goals.", "entity"),
        (_CLUB, "The Osasuna striker scored two goals.", None),
    ],
)
def test_names_and_acronyms_lost(src: str, tgt: str, found_type: str | None) -> None:
    types = {f.type for f in _alarms(src, tgt)}
    if found_type is None:
        assert types == set()
    else:
        assert found_type in types


_PRICES = "Los precios pueden subir no importa dónde, y pueden bajar también."
_ROAD = "La obra terminó en 2011, pero la carretera sólo se abrió en 2017."
_STIRRUPS = "Los estribos son soportes para los pies del jinete y cuelgan de la sella."


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,negated",
    [
        (_PRICES, "Prices can't rise anywhere, and they can't fall either.", True),
        (_PRICES, "Prices can rise anywhere, and they can fall too.", False),
        (_ROAD, "The work wasn't finished in 2011, but the road did not open until 2017.", True),
        (_ROAD, "The work was finished in 2011, but the road did not open until 2017.", False),
        # The back reading "*Stirrups No es…": Apertium's capital on the negation.
        (
            _STIRRUPS,
            "Stirrups are not supports for the rider's feet and hang from the saddle.",
            True,
        ),
        (_STIRRUPS, "Stirrups are supports for the rider's feet and hang from the saddle.", False),
    ],
)
def test_negations_an_idiom_or_a_capital_hid(src: str, tgt: str, negated: bool) -> None:
    found = _alarms(src, tgt)
    assert bool([f for f in found if f.type == "negation"]) == negated
    if not negated:
        assert found == []


def test_plain_negations_outnumber_an_idiom() -> None:
    assert outnumbered(Polarity(0, 0, 1, ()), Polarity(2, 2, 0, ()))
    assert not outnumbered(Polarity(0, 0, 1, ()), Polarity(1, 1, 0, ()))
    assert not outnumbered(Polarity(0, 0, 0, ()), Polarity(2, 2, 0, ()))  # no idiom


def test_the_capital_apertium_moves_opens_the_sentence() -> None:
    ws = moved_capital(words(tokenize("Stirrups No es apoyos.")), ("Stirrups",))
    assert ws[1].initial
    reading = Reading.of("Stirrups No es apoyos.", ("Stirrups",))
    assert reading is not None
    found = polarity(reading.ws, reading.text, "es")
    assert found is not None and found.count == 1
    # A known first word keeps the capital a name's.
    kept = Reading.of("Banco Nacional es responsable.", ())
    assert kept is not None and not kept.ws[1].initial


def test_a_minor_clause_keeps_the_alarm_inside_it() -> None:
    clause = Finding("omission", "minor", 0.4, (0, 40), None, "clause", "drift.omission")
    name = Finding("entity", "major", 0.6, (10, 17), None, "name", "drift.entity")
    assert absorb([name], [clause]) == [name]
    surely = Finding("omission", "major", 0.7, (0, 40), None, "clause", "drift.omission")
    assert absorb([name], [surely]) == []
