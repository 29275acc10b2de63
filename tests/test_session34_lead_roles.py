"""Which holder of an office a person is (docs/drift.md, "Session 34, lead",
``drift.role_qualifiers``): "el expresidente" rendered "President", "el vicepresidente"
"the president", "el presidente electo" "the president" kept the name and the role noun,
so nothing saw the change. The sentences are written here for these tests, not taken
from any data."""

from __future__ import annotations

import pytest

from aligner.drift.role_qualifiers import qualifiers
from tests.drift_batch import alarms, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,severity",
    [
        (
            "El expresidente Mariano Rajoy dijo que no volverá a la política.",
            "President Mariano Rajoy said he would not return to politics.",
            "critical",
        ),
        ("La exministra criticó la reforma.", "The minister criticised the reform.", "critical"),
        (
            "El vicepresidente anunció su dimisión.",
            "The president announced his resignation.",
            "critical",
        ),
        ("El ministro habló con la prensa.", "The former minister spoke to the press.", "critical"),
        (
            "El presidente electo prometió bajar los impuestos.",
            "The president promised to cut taxes.",
            "major",
        ),
        (
            "El presidente en funciones anunció su dimisión.",
            "The president announced his resignation.",
            "major",
        ),
        # the same holder, said the translator's way
        (
            "El expresidente Mariano Rajoy dijo que no volverá a la política.",
            "Former Prime Minister Mariano Rajoy said he would not return to politics.",
            None,
        ),
        (
            "El vicepresidente anunció su dimisión.",
            "The vice president announced his resignation.",
            None,
        ),
        (
            "La vicepresidenta primera defendió la ley.",
            "The first deputy prime minister defended the law.",
            None,
        ),
        ("El subdirector del hospital habló.", "The hospital's deputy director spoke.", None),
        (
            "El presidente electo de Argentina viajó a Brasil.",
            "Argentina's president-elect travelled to Brazil.",
            None,
        ),
        (
            "El presidente en funciones, Pedro Sánchez, habló.",
            "Acting Prime Minister Pedro Sánchez spoke.",
            None,
        ),
        (
            "La senadora actual anunció su candidatura.",
            "The former senator announced her candidacy.",
            "critical",
        ),
        # a role noun the lists lack ("Speaker"), a verb in "ex" ("expressed")
        (
            "Gingrich, el antiguo presidente de la cámara baja, habló.",
            "Gingrich, the former speaker of the lower house, spoke.",
            None,
        ),
        (
            "Obama ha expresado la esperanza de un acuerdo.",
            "Obama expressed hope for a deal.",
            None,
        ),
        # no office: a country, a committee, a verb
        (
            "La antigua Yugoslavia se dividió en siete países.",
            "The former Yugoslavia split into seven countries.",
            None,
        ),
        ("La subcomisión aprobó el informe.", "The subcommittee approved the report.", None),
        (
            "El ministro actuó en nombre del presidente.",
            "The minister was acting on behalf of the president.",
            None,
        ),
    ],
)
def test_office_holders(src, tgt, severity):
    found = [s for t, s in alarms(__name__, src, tgt) if t == "entity"]
    assert found == ([severity] if severity else []), found


@pytest.mark.parametrize(
    "text,lang,kinds",
    [
        ("O ex-ministro e o presidente eleito falaram.", "pt", {"former", "elect"}),
        ("L'ancien ministre et le directeur adjoint ont parlé.", "fr", {"former", "deputy"}),
    ],
)
def test_qualifiers_in_other_languages(text, lang, kinds):
    assert set(qualifiers(text, lang)) == kinds
