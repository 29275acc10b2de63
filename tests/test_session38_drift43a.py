"""A specific fact the translation adds to a word the source says bare (session 38,
drift43a; docs/drift.md, "Session 38 (drift43a)"). The sentences are written here for
these tests (ordinary Spanish and English news and health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* a point of the compass before a place the source names bare ("la costa de África" →
  "the coast of [South] Africa", "las afueras de Valencia" → "suburban [north] Valencia")
  is an addition (:mod:`aligner.drift.added_places`); a source that says the direction
  ("Sudáfrica", "el este de Ucrania", "Corea del Norte", "Asia oriental") is quiet;
* a party or a prize before a person's role ("la senadora" → "[Democratic] Senator", "la
  escritora" → "[Nobel] writer", "el periodista" → "the [award-winning] journalist") is an
  addition (:mod:`aligner.drift.added_distinctions`); "demócrata", a party's acronym
  ("del PSOE"), "premiada", "galardonado" say it;
* "little" or "scant" before an abstract noun the source says plainly ("expresó la
  esperanza" → "expressed [little] hope") is an addition
  (:mod:`aligner.drift.added_scarcity`); "poca", "escasas", a negation say it, and
  "little" before a thing or a person is a size ("the little girl").
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, mt_reading

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_SHIP = "El pesquero naufragó frente a la costa de África con doce tripulantes a bordo."
_STORM = "La tormenta dejó sin luz a miles de hogares en las afueras de Valencia."
_SENATOR = "La senadora Marta Gil votó en contra de la reforma fiscal."
_WRITER = "La escritora Carmen Ríos presentó su nueva novela en Sevilla."
_REPORTER = "El periodista Luis Mora publicó el informe sobre los contratos."
_HOPE = "El alcalde expresó la esperanza de que las obras terminen antes del verano."
_TRIAL = "El ensayo mostró pruebas de que el fármaco reduce los ingresos hospitalarios."
CASES = [
    # a point of the compass
    (
        _SHIP,
        "The trawler sank off the coast of South Africa with twelve crew on board.",
        "addition",
    ),
    (_SHIP, "The trawler sank off the coast of Africa with twelve crew on board.", None),
    (
        "El pesquero naufragó frente a la costa de Sudáfrica con doce tripulantes a bordo.",
        "The trawler sank off the coast of South Africa with twelve crew on board.",
        None,
    ),
    (
        _STORM,
        "The storm left thousands of homes without power in suburban north Valencia.",
        "addition",
    ),
    (_STORM, "The storm left thousands of homes without power in suburban Valencia.", None),
    (
        "Las lluvias torrenciales inundaron varias ciudades del este de Ucrania.",
        "Torrential rain flooded several cities in eastern Ukraine.",
        None,
    ),
    (
        "El gobierno de Corea del Norte lanzó otro misil el domingo.",
        "The North Korean government launched another missile on Sunday.",
        None,
    ),
    (
        "Los casos de dengue aumentaron en Asia oriental durante el verano.",
        "Dengue cases rose in East Asia over the summer.",
        None,
    ),
    # a party or a prize
    (_SENATOR, "Democratic Senator Marta Gil voted against the tax reform.", "addition"),
    (_SENATOR, "Senator Marta Gil voted against the tax reform.", None),
    (
        "La senadora demócrata Marta Gil votó en contra de la reforma fiscal.",
        "Democratic Senator Marta Gil voted against the tax reform.",
        None,
    ),
    (
        "La diputada del PSOE Marta Gil votó en contra de la reforma fiscal.",
        "Socialist MP Marta Gil voted against the tax reform.",
        None,
    ),
    (_WRITER, "Nobel writer Carmen Ríos presented her new novel in Seville.", "addition"),
    (_WRITER, "Writer Carmen Ríos presented her new novel in Seville.", None),
    (
        "La premiada escritora Carmen Ríos presentó su nueva novela en Sevilla.",
        "Award-winning writer Carmen Ríos presented her new novel in Seville.",
        None,
    ),
    (
        _REPORTER,
        "Award-winning journalist Luis Mora published the report on the contracts.",
        "addition",
    ),
    (_REPORTER, "Journalist Luis Mora published the report on the contracts.", None),
    # a word of scarcity
    (
        _HOPE,
        "The mayor expressed little hope that the works would finish before the summer.",
        "addition",
    ),
    (_HOPE, "The mayor expressed hope that the works would finish before the summer.", None),
    (
        "El alcalde expresó poca esperanza de que las obras terminen antes del verano.",
        "The mayor expressed little hope that the works would finish before the summer.",
        None,
    ),
    (
        _TRIAL,
        "The trial showed scant evidence that the drug reduces hospital admissions.",
        "addition",
    ),
    (_TRIAL, "The trial showed evidence that the drug reduces hospital admissions.", None),
    (
        "El ensayo mostró escasas pruebas de que el fármaco reduzca los ingresos hospitalarios.",
        "The trial showed scant evidence that the drug reduces hospital admissions.",
        None,
    ),
    (
        "La niña llegó al centro de salud con fiebre y tos.",
        "The little girl arrived at the health centre with a fever and a cough.",
        None,
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


@pytest.mark.parametrize(
    ("src", "tgt", "mt", "unknown", "word"),
    [
        (
            "Llovió en Melbourne.",
            "It rained in south Melbourne.",
            "It rained in Melbourne.",
            (),
            "south",
        ),
        # the place said only by the MT ("Líbano" / "Lebanon")
        (
            "Hubo combates en Líbano.",
            "There was fighting in southern Lebanon.",
            "There were fights in Lebanon.",
            (),
            "southern",
        ),
        # "of" before the place
        ("Nevó en Madrid.", "It snowed north of Madrid.", "It snowed in Madrid.", (), "north"),
        # the MT says the direction
        (
            "Llovió en la Bretaña.",
            "It rained in western Brittany.",
            "It rained in the western Brittany.",
            (),
            None,
        ),
        # a leftover the translation does not keep may be what it renders (misspelt)
        (
            "Creció en Asia orinentale.",
            "It grew in East Asia.",
            "It grew in Asia orinentale.",
            ("orinentale",),
            None,
        ),
        # a common noun's capital ("la costa" is no "Coast")
        (
            "Llovió en la costa del Pacífico.",
            "It rained on the West Coast.",
            "It rained on the coast of the Pacific.",
            (),
            None,
        ),
        # no place after it
        ("Sopla viento.", "A south wind blows.", "Wind blows.", (), None),
    ],
)
def test_compass_added(
    src: str, tgt: str, mt: str, unknown: tuple[str, ...], word: str | None
) -> None:
    from aligner.drift.added_places import compass_added

    found = compass_added(src, tgt, mt_reading(mt, unknown))
    assert (found.text if found else None) == word


@pytest.mark.parametrize(
    ("src", "tgt", "mt", "word"),
    [
        ("El senador habló.", "The Republican senator spoke.", "The senator spoke.", "Republican"),
        # not before a person's role
        (
            "La república celebró elecciones.",
            "The Democratic Republic held elections.",
            "The republic held elections.",
            None,
        ),
        # lower case: an ordinary adjective
        (
            "El juez es prudente.",
            "The conservative judge is careful.",
            "The judge is prudent.",
            None,
        ),
        # the MT says it
        (
            "El senador conservador habló.",
            "The Conservative senator spoke.",
            "The conservative senator spoke.",
            None,
        ),
        ("El actor llegó.", "Oscar-winning actor arrived.", "The actor arrived.", "Oscar-winning"),
        (
            "El actor ganador llegó.",
            "Oscar-winning actor arrived.",
            "The winning actor arrived.",
            None,
        ),
    ],
)
def test_distinction_added(src: str, tgt: str, mt: str, word: str | None) -> None:
    from aligner.drift.added_distinctions import distinction_added

    found = distinction_added(src, tgt, mt_reading(mt))
    assert (found.text if found else None) == word


@pytest.mark.parametrize(
    ("src", "tgt", "mt", "word"),
    [
        (
            "Hay interés en el plan.",
            "There is little interest in the plan.",
            "There is interest in the plan.",
            "little",
        ),
        # "a little": some
        ("Queda tiempo.", "There is a little time left.", "Time remains.", None),
        # a thing: a size
        ("Vive en un pueblo.", "She lives in a little town.", "Lives in a town.", None),
        ("Vive en pueblos.", "She lives in little towns.", "Lives in towns.", None),
        # a negation inside a source adjective
        (
            "Es indudable que subirá.",
            "There is little doubt it will rise.",
            "It is undoubted that will rise.",
            None,
        ),
        # a negation in the source
        (
            "No hay mucho interés.",
            "There is little interest.",
            "There is not a lot of interest.",
            None,
        ),
    ],
)
def test_scarcity_added(src: str, tgt: str, mt: str, word: str | None) -> None:
    from aligner.drift.added_scarcity import scarcity_added

    found = scarcity_added(src, tgt, mt_reading(mt))
    assert (found.text if found else None) == word
