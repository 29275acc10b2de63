"""ContraTICO's faithful pairs and its omissions, eleventh round, by class (docs/drift.md,
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
        # a listed noun the translation leaves out
        (
            "El virus infecta el hígado, el intestino y el cerebro.",
            "The virus infects the liver and the intestine.",
            "omission",
        ),
        (
            "El gobierno limitó los servicios de las aerolíneas y de los trenes.",
            "The government limited the services of the airlines.",
            "omission",
        ),
        (
            "La policía reunió fotografías recientes y testimonios.",
            "The police gathered recent photographs.",
            "omission",
        ),
        (
            "El mercado vende frutas, verduras y quesos de la región.",
            "The market sells fruit and vegetables from the region.",
            "omission",
        ),
        # ... every item rendered, or the list reworded
        (
            "El virus infecta el hígado, el intestino y el cerebro.",
            "The virus infects the liver, the intestine and the brain.",
            None,
        ),
        (
            "La tos y la fiebre son los primeros síntomas.",
            "Coughing and a temperature are the first symptoms.",
            None,
        ),
        (
            "El mercado vende frutas, verduras y quesos de la región.",
            "The market sells fruit, vegetables and cheese from the region.",
            None,
        ),
        (
            "Los ejemplos son el control, la planificación y la programación de las tareas.",
            "Examples are control, planning and scheduling of tasks.",
            None,
        ),
        # ... and one the translation adds
        (
            "El virus infecta el hígado y el intestino.",
            "The virus infects the liver, the intestine and the brain.",
            "addition",
        ),
        (
            "El gobierno limitó los servicios de las aerolíneas.",
            "The government limited the services of the airlines and the railways.",
            "addition",
        ),
        (
            "El mercado vende frutas y verduras de la región.",
            "The market sells fruit, vegetables and cheese from the region.",
            "addition",
        ),
        (
            "Compramos pan y leche para el desayuno.",
            "We bought bread and milk for breakfast.",
            None,
        ),
        (
            "El museo expone pinturas y esculturas del siglo XIX.",
            "The museum shows nineteenth-century paintings and sculptures.",
            None,
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)
