"""False alarms on medical text, fifth round (docs/drift.md, "Session 21 (drift26e)").
Every sentence here is written for this test (the classes were found on ContraTICO's
Spanish proxy, slice C; no sentence is taken from the data). Each quiet case was
reported at >= major by the branch start, except the guards marked so; each reported
case is the same shape with a real change, and stays reported ("esperaron" → "having to
wait", an added duty, is found now)."""

from __future__ import annotations

import pytest

from aligner.drift.quantities import extract_quantities
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a capitalised half word inside a sentence is a name's, no figure
        (
            "Un viajero que volvía de Oriente Medio se ha quedado en dos clínicas.",
            "A traveller returning from the Middle East stayed in two clinics.",
            None,
        ),
        # a country's dollar letters answered by that country's dollars
        (
            "El gobierno anunció 40 millones de dólares canadienses para la investigación.",
            "The government announced CA$40 million for research.",
            None,
        ),
        (
            "El gobierno anunció 40 millones de dólares australianos para la investigación.",
            "The government announced CA$40 million for research.",
            "entity",
        ),
        # "missing" before a noun is the adjective of absence, a privative
        (
            "En cambio, 120 pacientes no fueron hospitalizados y ningún dato sobre la "
            "hospitalización estaba disponible para otros 300.",
            "In contrast, 120 patients were not hospitalized and 300 others had missing data "
            "on hospitalization.",
            None,
        ),
        # the verb "missed" against a negated verb stays a reversal
        ("No perdió el tren de las ocho.", "He missed the eight o'clock train.", "negation"),
        # a "no" long after a preverbal n-word is concord
        (
            "Ningún dato específico sobre los pacientes ingresados en los hospitales de la "
            "región no ha sido publicado todavía.",
            "No specific data on patients admitted to hospitals in the region have been "
            "published yet.",
            None,
        ),
        (
            "Ningún dato específico sobre los pacientes ingresados en los hospitales de la "
            "región ha sido publicado todavía.",
            "Specific data on patients admitted to hospitals in the region have been "
            "published already.",
            "negation",
        ),
        # the adjective of "significantly", a manner adverb before a comparative
        (
            "Cerrar las escuelas no produjo un descenso significativo del número de casos.",
            "Closing schools did not significantly decrease the number of cases.",
            None,
        ),
        (
            "Cerrar las escuelas no produjo un descenso del número de casos.",
            "Closing schools did not significantly decrease the number of cases.",
            "intensity",
        ),
        (
            "La tasa es claramente más elevada en los mayores de 70 años, pero bien menos "
            "elevada en los menores de 40 años.",
            "The rate is significantly higher in those over 70, but significantly lower in "
            "those under 40.",
            None,
        ),
        # strictness answers a word of severity
        (
            "Las restricciones más estrictas afectan a los viajeros que vienen de zonas afectadas.",
            "The most severe restrictions affect travellers coming from affected areas.",
            None,
        ),
        # a forecast answers a conditional or an expectation
        (
            "Se espera que esta colaboración tendría un coste menor que el de los proyectos "
            "anteriores.",
            "It is anticipated that this collaboration will cost less than earlier projects.",
            None,
        ),
        (
            "Las medidas de control que tendrían que ser elevadas en nuestros centros.",
            "The control measures anticipated to be high in our centres.",
            None,
        ),
        (
            "Las medidas de control que tendrían que ser elevadas en nuestros centros.",
            "The control measures are high in our centres.",
            "modality",
        ),
        # "where they are most needed" answers "donde se tiene necesidad de ellos"
        (
            "Los médicos no están en los hospitales donde se tiene más necesidad de ellos.",
            "Doctors are not in the hospitals where they are most needed.",
            None,
        ),
        # the proxy's French "plus" before an adjective: "the most"
        (
            "El plus reciente ancestro común de estos virus vivió hace unos 3 000 años.",
            "The most recent common ancestor of these viruses lived about 3,000 years ago.",
            None,
        ),
        # a prohibition by "no deber" rendered by "should not": guidance, minor
        (
            "Los pacientes no deben tomar estos medicamentos sin receta.",
            "Patients should not take these medicines without a prescription.",
            None,
        ),
        (
            "Los pacientes no deben tomar estos medicamentos.",
            "Patients should take these medicines.",
            "modality",
        ),
        # "no tiene que" is "does not have to": "should not" stays a change
        (
            "La separación de una madre y de su bebé no tiene que estar tomada a la ligera.",
            "The separation of a mother and a healthy baby should not be undertaken lightly.",
            "modality",
        ),
        # "a la ligera" is "lightly", no softener; "una tos ligera" keeps its softener
        (
            "La separación de la madre y del bebé no debe tomarse a la ligera.",
            "Separating the mother and the baby should not be undertaken lightly.",
            None,
        ),
        ("Tenía una tos ligera y fiebre.", "He had a cough and a fever.", "intensity"),
        # the spelled-out standard of a comparison ("than patients without …")
        (
            "Los pacientes diabéticos parecen tener un riesgo mayor de desarrollar una forma "
            "grave de la enfermedad.",
            "Diabetic patients appear to be at higher risk of severe disease than patients "
            "without diabetes.",
            None,
        ),
        # Spanish compound demonyms of the Koreas
        (
            "El fármaco fue recomendado por las autoridades chinas, surcoreanas e italianas.",
            "The drug was recommended by Chinese, South Korean and Italian authorities.",
            None,
        ),
        (
            "El fármaco fue recomendado por las autoridades chinas, norcoreanas e italianas.",
            "The drug was recommended by Chinese, South Korean and Italian authorities.",
            "entity",
        ),
        # the infinitive "tener que" is a duty, "having to" renders it; "sin tener que"
        # denies one, so its loss is none
        (
            "Arriesgáis tener que quedaros más tiempo del previsto.",
            "There is a risk that you will have to stay longer than planned.",
            None,
        ),
        (
            "Arriesgáis quedaros más tiempo del previsto.",
            "There is a risk that you will have to stay longer than planned.",
            "modality",
        ),
        # guards of the new entries (quiet before and after; the last one is found now)
        ("Arriesgáis tener que quedaros más tiempo.", "You risk having to stay longer.", None),
        (
            "Los vecinos esperaron horas.",
            "Residents were left having to wait for hours.",
            "modality",
        ),
        (
            "¿Podéis tocar la mano de la otra persona sin tener que dar un paso hacia ella?",
            "Can you touch the other person's hand without taking a step towards them?",
            None,
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_a_half_at_the_start_of_a_sentence_is_still_a_figure():
    found = extract_quantities("Media hora después llegó la ambulancia.", "es")
    assert [(q.text, q.value) for q in found] == [("Media hora", 0.5)]
    assert extract_quantities("fuera de Oriente Medio ha sido causado", "es") == []
