"""ContraTICO's omissions, eleventh round: a country the translation adds (docs/drift.md,
"Session 27 (drift32c)"). Every sentence here is written for this test (the classes were
found on ContraTICO's Spanish proxy, slices fit, A and C, then checked on ordinary
Spanish; no sentence is taken from the data). Each reported case was quiet at >= major
on the branch start; each quiet case is the same shape where nothing is lost or added."""

from __future__ import annotations

import pytest

from tests.drift_batch import assert_quiet_or_reported, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a country the translation names and the source does not
        (
            "En diciembre se detectó un brote de gripe aviar en una granja.",
            "In December, an outbreak of bird flu was detected on a farm in Italy.",
            "entity",
        ),
        (
            "Las tiendas siguen abiertas en algunas regiones.",
            "Shops remain open in some regions of Brazil.",
            "entity",
        ),
        (
            "El virus se ha propagado entre la población.",
            "The virus has spread in the population, as it did in Spain.",
            "entity",
        ),
        (
            "El presidente visitó Cantón la semana pasada.",
            "The president visited Canton, China, last week.",
            None,
        ),
        # ... said by the source: its name, an adjective of origin, or "el país"
        (
            "Las tiendas siguen abiertas en algunas regiones de Italia.",
            "Shops remain open in some regions of Italy.",
            None,
        ),
        (
            "Las tiendas siguen abiertas en algunas regiones del país.",
            "Shops remain open in some regions of Brazil.",
            None,
        ),
        (
            "El gobierno chino anunció nuevas medidas.",
            "China's government announced new measures.",
            None,
        ),
        (
            "Los productores alemanes exportan más coches.",
            "Producers in Germany export more cars.",
            None,
        ),
        (
            "Los expertos de la AEMET prevén lluvias para el fin de semana.",
            "Experts at Spain's State Meteorological Agency (AEMET) forecast weekend rain.",
            None,
        ),
        (
            "Los expertos de la AEMET prevén lluvias para el fin de semana.",
            "Experts at the State Meteorological Agency (AEMET) forecast weekend rain in Spain.",
            "entity",
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)
