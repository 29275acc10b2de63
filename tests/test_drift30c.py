"""False alarms on ContraTICO's label-0 pairs, by class (docs/drift.md, "Session 25
(drift30c)"). Every sentence here is written for this test (the classes were found on
ContraTICO's Spanish proxy, slices fit, A and C; no sentence is taken from the data).
Each quiet case was reported at >= major by the branch start; each reported case is the
same shape with a real change, and stays reported."""

from __future__ import annotations

import pytest

from tests.drift_batch import assert_quiet_or_reported, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # size rendered as severity ("una importante escasez" → "a severe shortage")
        (
            "El país sufre una importante escasez de vacunas desde el invierno.",
            "The country has suffered a severe shortage of vaccines since the winter.",
            None,
        ),
        (
            "El país sufre una escasez de vacunas desde el invierno.",
            "The country has suffered a severe shortage of vaccines since the winter.",
            "intensity",
        ),
        # "severidad" is a word of severity, as "gravedad" is (a word the MT does not
        # know, "frágils", leaves the source's own reading alone)
        (
            "El nuevo fármaco permite reducir la severidad de la gripe en los ancianos frágils.",
            "The new drug can reduce the severity of the flu in the frail elderly.",
            None,
        ),
        (
            "El nuevo fármaco permite reducir la duración de la gripe en los ancianos frágils.",
            "The new drug can reduce the severity of the flu in the frail elderly.",
            "intensity",
        ),
        # a cost in time stated with "require" is no duty
        (
            "La reparación del puente tardará más de dos años, según el ayuntamiento.",
            "Repairing the bridge will require more than two years, according to the council.",
            None,
        ),
        (
            "Los obreros llevan casco en la obra, según el ayuntamiento.",
            "Workers are required to wear helmets at the site, according to the council.",
            "modality",
        ),
        # a duty stated as a judgment: "I find it necessary for"
        (
            "Para proteger la salud de los vecinos en toda la provincia, estimo "
            "imprescindible que todos los vecinos respetan las normas municipals del "
            "ayuntamiento.",
            "To protect the health of residents throughout the province, I find it necessary "
            "for all residents to heed the city rules of the council.",
            None,
        ),
        (
            "Para proteger la salud de los vecinos en toda la provincia, estimo "
            "imprescindible que todos los vecinos respetan las normas municipals del "
            "ayuntamiento.",
            "To protect the health of residents throughout the province, I find it useful "
            "for all residents to heed the city rules of the council.",
            "modality",
        ),
        # a compound that denies its first part: "smoke-free"
        (
            "El hotel solo ofrece habitaciones donde no se fuma a sus clientes.",
            "The hotel offers only smoke-free rooms to its guests.",
            None,
        ),
        (
            "El hotel solo ofrece habitaciones donde no se fuma a sus clientes.",
            "The hotel offers only smoking rooms to its guests.",
            "negation",
        ),
        # French "ne … que" calqued ("no causan que de"): restrictive, no negation
        (
            "Estos virus no causan normalmente que de los resfriados leves en los niños.",
            "These viruses usually cause mild colds in children.",
            None,
        ),
        (
            "Estos virus no causan normalmente resfriados leves en los niños.",
            "These viruses usually cause mild colds in children.",
            "negation",
        ),
        # "nowhere near" for "muy lejos de", with a word the MT leaves untranslated
        (
            "Aunque viváis muy lejos de las zonas afectadas, los viajeros frecuents corren "
            "un riesgo.",
            "Even if you live nowhere near the affected areas, frequent travellers run a risk.",
            None,
        ),
        (
            "Aunque viváis muy cerca de las zonas afectadas, los viajeros frecuents corren "
            "un riesgo.",
            "Even if you live nowhere near the affected areas, frequent travellers run a risk.",
            "negation",
        ),
        # "un demasiado gran número de" is "too many"
        (
            "Evitad pedir a los alumnos que instalen un demasiado gran número de programas.",
            "Avoid asking students to install too many programs.",
            None,
        ),
        # an order named answers "ordered"
        (
            "Por orden del alcalde, el parque de la ciudad permanecerá cerrado.",
            "As ordered by the mayor, the city park will remain closed.",
            None,
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)
