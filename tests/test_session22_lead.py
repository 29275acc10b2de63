"""What invented articles showed, session 22 (docs/drift.md, "Session 22, lead"): a
drought emergency in Catalonia and a central bank's forecast (es→en). Faithful
renderings were reported: "no podrá superar los 200 litros" → "may not exceed 200
litres" as an added bound (the Spanish list had only the present and past of
"superar"); "roza el 102 %" → "nearly 102%" likewise ("rozar" only as "rozando");
"harían falta" → "would be needed" as a negation and an added obligation (the need
idiom was listed in the singular only); "exigió un plan" → "demanded a plan" and
"obligará a reformar" → "will force another reform" as lost obligations; and "litros
diarios" → "litres a day" as a dropped adjective. The sentences are written here for
these tests, not taken from any data."""

from __future__ import annotations

import pytest

from tests.drift_batch import alarm_types, alarms, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            "El consumo por persona no podrá superar los 150 litros diarios.",
            "Consumption per person may not exceed 150 litres a day.",
        ),
        (
            "Las emisiones no deberán sobrepasar las 40 toneladas al año.",
            "Emissions must not exceed 40 tonnes a year.",
        ),
        (
            "La deuda pública roza el 95 % del PIB, según el informe.",
            "Public debt stands at nearly 95% of GDP, according to the report.",
        ),
        (
            "Los técnicos calculan que harían falta seis meses de obras.",
            "Engineers reckon that six months of work would be needed.",
        ),
        (
            "Hicieron falta tres equipos de rescate para llegar al pueblo.",
            "Three rescue teams were needed to reach the village.",
        ),
        (
            "La oposición exigió un plan para reducir el gasto.",
            "The opposition demanded a plan to cut spending.",
        ),
        (
            "El informe advierte de que la sequía obligará a cambiar los cultivos.",
            "The report warns that the drought will force a change of crops.",
        ),
    ],
)
def test_faithful_renderings_of_bounds_needs_and_demands_are_not_reported(src, tgt):
    assert alarms(__name__, src, tgt) == []


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        (  # the bound turned round
            "El consumo por persona no podrá superar los 150 litros diarios.",
            "Consumption per person will be at least 150 litres a day.",
            "number",
        ),
        (  # the need denied, then stated
            "No hace falta cerrar las escuelas, dijo la consejera.",
            "Schools need to be closed, said the regional minister.",
            "negation",
        ),
    ],
)
def test_the_same_phrases_changed_are_still_reported(src, tgt, kind):
    assert kind in alarm_types(__name__, src, tgt)
