"""False alarms on ContraTICO's label-0 pairs, tenth round, by class (docs/drift.md,
"Session 26 (drift31c)"). Every sentence here is written for this test (the classes were
found on ContraTICO's Spanish proxy, slices fit, A and C, then checked on ordinary Spanish;
no sentence is taken from the data). Each quiet case was reported at >= major by the
branch start; each reported case is the same shape with a real change, and stays
reported."""

from __future__ import annotations

import pytest

from tests.drift_batch import assert_quiet_or_reported, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a range's percent sign written once ("del 12 al 10 %" is "12% to 10%")
        (
            "El paro bajó del 12 al 10 % en un solo año.",
            "Unemployment fell from 12% to 10% in a single year.",
            None,
        ),
        (
            "El paro bajó del 14 al 10 % en un solo año.",
            "Unemployment fell from 12% to 10% in a single year.",
            "number",
        ),
        # a range's scale word written once ("entre 3 y 4 millones")
        (
            "La reforma del mercado costará entre 3 y 4 millones de euros.",
            "Renovating the market will cost between 3 million and 4 million euros.",
            None,
        ),
        (
            "La reforma del mercado costará entre 2 y 4 millones de euros.",
            "Renovating the market will cost between 3 million and 4 million euros.",
            "number",
        ),
        # "por supuesto" is "of course", no hedge; "en el supuesto de que", "if"
        (
            "Por supuesto, el ayuntamiento cerró la piscina durante el verano.",
            "Of course, the council closed the pool during the summer.",
            None,
        ),
        (
            "En el supuesto de que llueva, el partido se suspenderá.",
            "If it rains, the match will be called off.",
            None,
        ),
        (
            "Supuestamente, el ayuntamiento cerró la piscina durante el verano.",
            "The council closed the pool during the summer.",
            "modality",
        ),
        # "con el fin de" is "to": its "fin" is no end, so "start" turns nothing round
        (
            "Al principio del curso, los datos se guardan con el fin de garantizar su uso.",
            "At the start of the year, data are kept to ensure they can be used.",
            None,
        ),
        (
            "Al principio del curso, los datos se guardan a fin de garantizar su uso.",
            "At the start of the year, data are kept to ensure they can be used.",
            None,
        ),
        # a word of severity said by a stronger word ("graves" → "catastrophic")
        (
            "El alcalde dijo que la ciudad sufrirá graves consecuencias económicas.",
            "The mayor said the city will suffer catastrophic economic consequences.",
            None,
        ),
        (
            "El alcalde dijo que la ciudad sufrirá graves consecuencias económicas.",
            "The mayor said the city will suffer devastating economic consequences.",
            None,
        ),
        (
            "La ciudad sufrió una sequía muy grave el año pasado.",
            "The city suffered a devastating drought last year.",
            None,
        ),
        # "horrific", "horrendous" are strong words, as "terrible" is
        (
            "El alcalde dijo que la ciudad sufrirá terribles consecuencias económicas.",
            "The mayor said the city will suffer horrific economic consequences.",
            None,
        ),
        (
            "El alcalde dijo que la ciudad sufrirá consecuencias económicas terribles.",
            "The mayor said the city will suffer horrendous economic consequences.",
            None,
        ),
        (
            "El alcalde dijo que la ciudad sufrirá consecuencias económicas leves.",
            "The mayor said the city will suffer dire economic consequences.",
            "intensity",
        ),
        # "very X" said in one word ("muy largo" → "lengthy", "muy cansado" → "exhausted")
        (
            "El ministro hizo un discurso muy largo.",
            "The minister gave a lengthy speech.",
            None,
        ),
        (
            "La fiebre era muy alta y el niño estaba muy cansado.",
            "The fever was very high and the child was exhausted.",
            None,
        ),
        (
            "El alcalde se mostró muy satisfecho con el resultado.",
            "The mayor was delighted with the result.",
            None,
        ),
        (
            "El ministro hizo un discurso muy largo.",
            "The minister gave a long speech.",
            "intensity",
        ),
        # a duty named by a noun, or imposed
        (
            "El ayuntamiento tiene el deber de informar a los vecinos de las obras.",
            "The council has an obligation to inform residents about the works.",
            None,
        ),
        (
            "El cierre de los colegios, impuesto por el gobierno, duró dos meses.",
            "The school closure, mandated by the government, lasted two months.",
            None,
        ),
        (
            "El ayuntamiento quiere informar a los vecinos de las obras.",
            "The council has an obligation to inform residents about the works.",
            "modality",
        ),
        # "denegar" is a negative verb, as English "deny" is
        (
            "Al barco se le denegó el permiso para atracar en el puerto.",
            "The ship was denied permission to dock in the port.",
            None,
        ),
        (
            "El juez concedió la libertad al acusado.",
            "The judge denied the defendant bail.",
            "meaning",
        ),
        # "benigno" of an illness is "mild"
        (
            "Las formas benignas de la enfermedad incluyen algunos resfriados.",
            "Mild forms of the disease include some colds.",
            None,
        ),
        (
            "Las formas graves de la enfermedad incluyen algunos resfriados.",
            "Mild forms of the disease include some colds.",
            "intensity",
        ),
        # a belief reported impersonally answers a hedge
        (
            "Se cree que el virus procede de los murciélagos.",
            "The virus is suspected to come from bats.",
            None,
        ),
        (
            "El virus procede de los murciélagos.",
            "The virus is suspected to come from bats.",
            "modality",
        ),
        # "conviene" is advice, as "convendría" is
        (
            "Conviene lavarse las manos antes de comer.",
            "You should wash your hands before eating.",
            None,
        ),
        (
            "Los vecinos suelen lavarse las manos antes de comer.",
            "You should wash your hands before eating.",
            "modality",
        ),
        # a fraction with its order between ("los dos primeros tercios")
        (
            "Los dos primeros tercios del genoma codifican la proteína.",
            "The first two-thirds of the genome encode the protein.",
            None,
        ),
        (
            "Los dos primeros cuartos del genoma codifican la proteína.",
            "The first two-thirds of the genome encode the protein.",
            "number",
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)
