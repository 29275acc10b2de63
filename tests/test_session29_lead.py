"""Verbs of change Apertium does not render, session 29 (docs/drift.md, "Session 29,
lead"). The sentences are written here for these tests, not taken from any data.

Economic news says that a forecast was cut, output dwindled, growth slowed, rules were
eased. Apertium's Spanish → English dictionary renders "rebajar" as "recess" in every
form ("rebajó su previsión" → MT "recessed his forecast") and leaves "mermar",
"menguar", "desacelerar(se)", "flexibilizar" and "recalentar" unknown, so a translation
that turns the change round ("raised its forecast", "production increased", "the economy
accelerated", "tightened the rules") had no MT word to be read against. The MT word now
gets the English verb it renders, for the opposite readings only, and "decrease" and
"grow" are opposites. The faithful renderings stay quiet; "recess" as a pause is left
as it is.

Sharp rises ("soar", "surge", "skyrocket", "rise", "climb") and sharp falls ("plunge",
"plummet", "collapse", "slump", "tumble", "fall", "drop", "decline", "sink") are
opposites too, as are "toughen" / "soften" and "ease" / "rise": WordNet links few of
them ("se desplomaron" → MT "collapsed" against "soared" was quiet). And those Spanish
verbs of a sharp change ("se desplomaron", "se dispararon") answer the adverb English
adds ("fell sharply"), as a plain "bajaron" does not. Turning people or things away is
refusing them ("we turn ships away"), a negative verb as "turn down" is.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift import mt_gaps
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, fresh_alarm_types

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
pytestmark = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_FORECAST = "El banco central rebajó su previsión de crecimiento para este año."
_FORECAST_UP = "The central bank raised its growth forecast for this year."
_TAXES = "El Gobierno rebaja los impuestos a las familias con hijos."
_WHEAT = "La producción de trigo mermó por la sequía."
_RESERVES = "Las reservas de agua menguaron durante el verano."
_ECONOMY = "La economía china se desaceleró en el tercer trimestre."
_RULES = "El ministerio flexibilizó las normas de entrada al país."
_SALES = "Las ventas de coches se desplomaron en abril."
_INFLATION = "La inflación repuntó en noviembre."
_PENALTIES = "El Gobierno endureció las sanciones."
_SOFTER = "El Gobierno suavizó las sanciones."

CASES = [
    (_FORECAST, _FORECAST_UP, "meaning"),
    (_FORECAST, "The central bank lowered its growth forecast for this year.", None),
    (_FORECAST, "The central bank cut its growth forecast for this year.", None),
    (_TAXES, "The government raises taxes on families with children.", "meaning"),
    (_TAXES, "The government cuts taxes for families with children.", None),
    (_TAXES, "The government is lowering taxes for families with children.", None),
    (_WHEAT, "Wheat production increased because of the drought.", "meaning"),
    (_WHEAT, "Wheat production fell because of the drought.", None),
    (_WHEAT, "The drought reduced wheat production.", None),
    (_RESERVES, "Water reserves grew during the summer.", "meaning"),
    (_RESERVES, "Water reserves dwindled over the summer.", None),
    (_ECONOMY, "China's economy accelerated in the third quarter.", "meaning"),
    (_ECONOMY, "China's economy slowed in the third quarter.", None),
    (_RULES, "The ministry tightened the rules for entering the country.", "meaning"),
    (_RULES, "The ministry eased the rules for entering the country.", None),
    (_RULES, "The ministry relaxed the entry rules.", None),
    # Sharp rises against sharp falls, and rules made harder or softer.
    (_SALES, "Car sales soared in April.", "meaning"),
    (_SALES, "Car sales plummeted in April.", None),
    (_SALES, "Car sales collapsed in April.", None),
    (_SALES, "Car sales slumped in April.", None),
    (_INFLATION, "Inflation eased in November.", "meaning"),
    (_INFLATION, "Inflation picked up in November.", None),
    (_INFLATION, "Inflation rose again in November.", None),
    (_PENALTIES, "The government softened the penalties.", "meaning"),
    (_PENALTIES, "The government toughened the penalties.", None),
    (_PENALTIES, "The government made the penalties tougher.", None),
    (_SOFTER, "The government toughened the penalties.", "meaning"),
    (_SOFTER, "The government softened the penalties.", None),
    (
        "El precio del petróleo subió un 4 % y las bolsas cayeron.",
        "Oil prices climbed 4% and stock markets fell.",
        None,
    ),
    # A verb of sharp change carries the sharpness an English adverb says.
    (_SALES, "Car sales fell sharply in April.", None),
    (
        "Los precios del alquiler se dispararon en la capital.",
        "Rents rose sharply in the capital.",
        None,
    ),
    ("Las ventas de coches bajaron en abril.", "Car sales fell sharply in April.", "intensity"),
    # Turning people or things away is refusing them, as "turn down" is (the trace
    # archive's "rechazamos barcos … por falta de espacio" → "we turn ships away … for
    # lack of space" read as a polarity turned round); turning away alone is looking away.
    (
        "Hoy rechazamos barcos por falta de espacio.",
        "Today we turn ships away for lack of space.",
        None,
    ),
    ("El hospital no rechazó a ningún paciente.", "The hospital turned patients away.", "negation"),
    ("La gente apartó la mirada.", "People turned away.", None),
    # "recess" as a pause is no lowering of anything.
    (
        "El Parlamento entró en receso hasta septiembre.",
        "Parliament went into recess until September.",
        None,
    ),
]


@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_reported_and_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_the_readings_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mt_gaps, "FILL", False)
    assert "meaning" not in fresh_alarm_types(_FORECAST, _FORECAST_UP)
