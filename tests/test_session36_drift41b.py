"""Critical removals by class, twentieth round (session 36, drift41b; docs/drift.md,
"Session 36 (drift41b)"). The sentences are written here for these tests (ordinary
Spanish and English news text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* an adjective left where a verb's object was: the source's noun rendered by nothing,
  its adjective rendered by an English adjective that stands after a verb taking no
  predicate adjective and before a preposition or a mark ("The court overturned
  municipal on a technicality"); after a linking or result verb ("remained calm
  during", "tested positive for", "ran dry in") the adjective is a predicate;
* an adjective left before an adverb of several words, after an article ("raided a small
  in broad daylight");
* a restrictive idiom ("no … sino", "no … más que") the translation says with "only" is
  no negation, so a negation the translation adds elsewhere is reported ("The mayor only
  wants to buy time, and residents do not know it"); "not only … but also", a contrast
  said with "only … not" ("No fue el lunes sino el martes"), and "No creo que …" with an
  "only" elsewhere stay quiet;
* "immediate" is prefixed in form only (WordNet pairs it with "mediate"): it does not
  account for a negation the translation adds ("su entorno próximo" → "their immediate
  surroundings").
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_COURT = "El tribunal anuló las normas municipales por un defecto de forma."
_FANS = "Los agentes detuvieron a los aficionados violentos en el estadio."
_THIEVES = "Los ladrones asaltaron una joyería pequeña a plena luz del día."
_CONTRACT = "El jugador firmó un contrato nuevo, por lo menos hasta 2027."
_RISE = "La subida no es sino el principio, así que los consumidores deben prepararse."
_MAYOR = "El alcalde no quiere sino ganar tiempo, y los vecinos lo saben."
_TRAIN = "El tren no para más que en dos estaciones, así que compra el billete antes."
_MONDAY = "No fue el lunes sino el martes cuando llegó."
_LINK = "Los voluntarios actúan a menudo como enlace con su entorno próximo."
CASES = [
    # an adjective where a verb's object was
    (_COURT, "The court overturned municipal on a technicality.", "omission"),
    (_COURT, "The court overturned municipal rules on a technicality.", None),
    (_FANS, "Officers arrested violent at the stadium.", "omission"),
    (_FANS, "Officers arrested violent fans at the stadium.", None),
    (
        "El análisis del jugador dio positivo por una sustancia prohibida.",
        "The player tested positive for a banned substance.",
        None,
    ),
    (
        "La población se mantuvo tranquila durante la noche.",
        "The population remained calm during the night.",
        None,
    ),
    ("El río se quedó seco en agosto.", "The river ran dry in August.", None),
    # an adjective before an adverb of several words
    (_THIEVES, "The thieves raided a small in broad daylight.", "omission"),
    (_THIEVES, "The thieves raided a small jewellery shop in broad daylight.", None),
    (_CONTRACT, "The player signed a new at least until 2027.", "omission"),
    (_CONTRACT, "The player signed a new contract, at least until 2027.", None),
    # a restrictive idiom said with "only": a negation added elsewhere counts
    (_RISE, "The rise is only the beginning, so consumers should not prepare.", "negation"),
    (_RISE, "The rise is only the beginning, so consumers should prepare.", None),
    (_MAYOR, "The mayor only wants to buy time, and residents do not know it.", "negation"),
    (_MAYOR, "The mayor only wants to buy time, and residents know it.", None),
    (
        _TRAIN,
        "The train only stops at two stations, so do not buy the ticket beforehand.",
        "negation",
    ),
    (_TRAIN, "The train only stops at two stations, so buy the ticket beforehand.", None),
    (
        "No solo ganó el partido, sino también el torneo.",
        "He not only won the match, but also the tournament.",
        None,
    ),
    (_MONDAY, "It was not Monday but Tuesday when he arrived.", None),
    (_MONDAY, "It was only on Tuesday that he arrived, not Monday.", None),
    # "immediate" carries no negation a source's "no" could have moved into
    (_LINK, "Volunteers often do not act as a link with their immediate surroundings.", "negation"),
    (_LINK, "Volunteers often act as a link with their immediate surroundings.", None),
    (
        "No creo que el acuerdo llegue pronto.",
        "I don't think the deal will come soon; only time will tell.",
        None,
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)
