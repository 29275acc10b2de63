"""False alarms on faithful pairs, eighteenth round (session 34, drift39c; docs/drift.md,
"Session 34 (drift39c)"). The sentences are written here for these tests (ordinary
Spanish and English news and health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* "surgery" (Apertium's word for "consulta") is no word of increase ("surg*" matched it):
  "lower respiratory" beside it is no opposite; "surged" still is one;
* "another" is also "one more": it renders "adicional" ("another minute"); "give" is
  also "provide" ("proporcionarán buenas predicciones" → "will give good predictions");
* Apertium's "engage" renders "comprometer" in both its senses (commit, compromise): its
  valence is no evidence against "violate", "jeopardise";
* a passive need with an adverb inside ("are urgently needed", "is also needed") answers
  a source's obligation, as "are needed" does;
* an opening word of addition ("Además", "Asimismo", "Igualmente") is rendered by an
  "also" inside the clause; an "also" nothing says is still added;
* a translation word right after a rendered copula says the source's predicate there
  ("serán sólidos … cifras débiles" → "will be robust … small counts"), no opposite of
  another source word;
* MT "little" before an adjective ("poco frecuentes" → "little frequent") is a degree of
  that word, no size the translation's "severe" is the opposite of;
* a head's prepositional idiom after a determiner ("the fifth month in a row") may render
  the adjective ("consecutivo");
* a preposition glued to a word by a hyphen ("In-person classes") opens a compound
  adjective, not a phrase before a missing subject;
* a reduced clause ("when necessary", "whenever possible") leaves the copula understood;
* "es preciso" is "es necesario" (an obligation);
* verbs of going past a figure ("will pass", "surpass", "will top") render "superar";
* whole or half years said in months ("un año y medio" → "eighteen months");
* "jamás", "nunca" after a superlative, before a participle, are "ever" ("el año más
  cálido jamás registrado" → "the warmest year on record");
* an opposite the translation negates ("se declaró inocente" → "pleaded not guilty") is
  the polarity check's, as the MT's negated word was ("were not included" ↔ "excluded");
* plural record highs and lows ("mínimos históricos") are superlatives, as the singular;
* permission with a particle ("will not be allowed in") renders "no podrán entrar";
* "cien" is a figure alone, unlike "hundred": "cien por cien" is 100 %;
* words of force and weakness ("un fuerte temporal" → "a severe storm", "lluvias débiles"
  → "light rain") answer a severity or a softener;
* a vote that turns a bill down ("voted down") rejects it, as "rechazó", "tumbó la ley" do;
* idioms whose negation English may not say ("no tardó en" → "came quickly", "no dan
  abasto" → "are overwhelmed", "ni mucho menos" → "far from over", "no es de extrañar" →
  "it is no surprise") may be rendered with or without one.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_MINUTE = "Frótese las manos durante 20 segundos y después espere un minuto adicional."
_RECORDS = "El paro bajó por quinto mes consecutivo."
_POPULATION = "La población mundial superará los 8.000 millones."
_HOSPITALS = "Los hospitales recibirán más fondos."
CASES = [
    # "surgery" is no "surge"
    (
        "Ampliación de las pruebas a personas con infecciones de las vías respiratorias "
        "inferiores, siempre que no acudan a la consulta de atención primaria.",
        "Extension of testing to people with lower respiratory tract infections, provided "
        "they are not seen in primary care.",
        None,
    ),
    ("Los precios bajaron en marzo.", "Prices surged in March.", "meaning"),
    # "another" renders "adicional"
    (_MINUTE, "Rub your hands for 20 seconds and then wait another minute.", None),
    (
        "El proyecto necesitará dos años adicionales.",
        "The project will need another two years.",
        None,
    ),
    (_MINUTE, "Rub your hands for 20 seconds and then wait a minute.", "omission"),
    # "give" renders "proporcionar"
    (
        "En caso de estimación exacta, estos factores proporcionarán buenas predicciones.",
        "These factors, if estimated accurately, will give good predictions.",
        None,
    ),
    # "engage" for "comprometer"
    (
        "Asegúrese de que el uso de las aplicaciones y plataformas no comprometa la "
        "confidencialidad de los datos de los alumnos.",
        "Ensure that the use of applications and platforms does not violate students' data "
        "privacy.",
        None,
    ),
    (
        "El gobierno protegerá los datos de los ciudadanos.",
        "The government will violate citizens' data.",
        "meaning",
    ),
    # a passive need with an adverb inside
    ("Se necesitan urgentemente más médicos.", "More doctors are urgently needed.", None),
    ("Se necesita más financiación.", "More funding is also needed.", None),
    # an opening word of addition rendered by "also"
    (
        "Además, los hospitales recibirán más fondos.",
        "Hospitals will also receive more funding.",
        None,
    ),
    (
        "Asimismo, los hospitales recibirán más fondos.",
        "Hospitals will also receive more funding.",
        None,
    ),
    (_HOSPITALS, "Hospitals will also receive more funding.", "addition"),
    # a predicate after a rendered copula
    (
        "Los resultados serán sólidos frente a cifras relativamente débiles.",
        "The results will be robust against relatively small counts.",
        None,
    ),
    ("El puente es seguro.", "The bridge is dangerous.", "meaning"),
    # MT "little" before an adjective
    (
        "Los casos graves siguen siendo poco frecuentes en niños.",
        "Severe cases remain rare in children.",
        None,
    ),
    ("Vivía en una casa pequeña.", "She lived in a large house.", "meaning"),
    # a prepositional idiom after the head
    (_RECORDS, "Unemployment fell for the fifth month in a row.", None),
    (
        "El equipo ganó su tercer título consecutivo.",
        "The team won its third title in a row.",
        None,
    ),
    (_RECORDS, "Unemployment fell for the fifth month.", "omission"),
    # a compound adjective opening the sentence
    (
        "Las clases presenciales se reanudarán en septiembre.",
        "In-person classes will resume in September.",
        None,
    ),
    # a reduced clause
    (
        "Evite los lugares concurridos siempre que sea posible.",
        "Avoid crowded places whenever possible.",
        None,
    ),
    ("Use guantes cuando sea necesario.", "Use gloves when necessary.", None),
    # "es preciso"
    ("Tome el medicamento si es preciso.", "Take the medicine if required.", None),
    ("Es preciso actuar con rapidez.", "We can act quickly.", "modality"),
    # verbs of going past a figure
    (_POPULATION, "The world's population will pass 8 billion.", None),
    (_POPULATION, "The world's population will top 8 billion.", None),
    (_POPULATION, "The world's population will surpass 8 billion.", None),
    (_POPULATION, "The world's population will reach 8 billion.", "number"),
    # an opposite with a negation in the translation
    ("El acusado se declaró inocente.", "The defendant pleaded not guilty.", None),
    ("El acusado se declaró inocente.", "The defendant pleaded guilty.", "meaning"),
    ("El acusado se declaró culpable.", "The defendant pleaded not guilty.", "negation"),
    # "jamás" after a superlative is "ever"
    ("Fue el año más cálido jamás registrado.", "It was the warmest year on record.", None),
    ("Jamás ha llovido tanto en un mes.", "It has rained so much in a month.", "negation"),
    # whole or half years said in months
    ("Las obras durarán un año y medio.", "The works will last eighteen months.", None),
    ("Las obras durarán cuatro años.", "The works will last four months.", "number"),
    # plural record highs and lows
    (
        "La tasa de natalidad cayó a mínimos históricos.",
        "The birth rate fell to a record low.",
        None,
    ),
    ("El paro alcanzó máximos históricos.", "Unemployment hit an all-time high.", None),
    ("La tasa de natalidad cayó.", "The birth rate fell to a record low.", "intensity"),
    # permission with a particle
    ("Los menores de edad no podrán entrar.", "Minors will not be allowed in.", None),
    # "cien por cien" is 100 %
    ("La vacuna es eficaz al cien por cien.", "The vaccine is 100% effective.", None),
    ("El cien por cien de los encuestados respondió.", "100% of respondents answered.", None),
    ("El cien por cien de los encuestados respondió.", "90% of respondents answered.", "number"),
    # words of force and weakness ("casi todos" is still "almost every")
    (
        "Un fuerte temporal azota el norte de España.",
        "A severe storm is battering northern Spain.",
        None,
    ),
    ("Se prevén lluvias débiles en el norte.", "Light rain is forecast in the north.", None),
    (
        "La desigualdad ha aumentado en casi todos los países de la OCDE.",
        "Inequality has risen in almost every OECD country.",
        None,
    ),
    ("Se prevén lluvias en el norte.", "Light rain is forecast in the north.", "intensity"),
    # a vote that turns a bill down
    (
        "El Parlamento rechazó la moción de censura.",
        "Parliament voted down the no-confidence motion.",
        None,
    ),
    ("El Senado tumbó la reforma.", "The Senate voted down the reform.", None),
    ("El Senado aprobó la reforma.", "The Senate voted down the reform.", "meaning"),
    ("El viento tumbó los árboles.", "The wind knocked down the trees.", None),
    # idioms whose negation English may not say
    ("La respuesta no tardó en llegar.", "The response came quickly.", None),
    ("Los médicos no dan abasto.", "Doctors are overwhelmed.", None),
    ("La crisis no ha terminado, ni mucho menos.", "The crisis is far from over.", None),
    ("No es de extrañar que los precios suban.", "It is no surprise that prices are rising.", None),
    ("La respuesta llegó enseguida.", "The response did not come quickly.", "negation"),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)
