"""Critical antonyms and removed adjectives by class (session 38, drift43b; docs/drift.md,
"Session 38 (drift43b)"). The sentences are written here for these tests (ordinary
Spanish and English news and health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* a quality "poco" denies said as held (:mod:`aligner.drift.litotes`): "es poco probable"
  → "is likely", "poco frecuente" → "common", "poco preparados" → "well prepared"; the
  faithful "unlikely", "not likely", "little-known", "poorly prepared", "un poco
  cansado" and "pocos casos" stay quiet, and "poorly" is no judgement added
  (:mod:`aligner.drift.emphasis`);
* a figure stated exactly against one approximated or bounded
  (:mod:`aligner.drift.figure_bounds`): "aproximadamente 300" → "exactly 300",
  "exactamente 3 millones" → "about 3 million";
* common opposites WordNet does not pair (``data/opposites_common_en.tsv``): "resistant"
  / "fragile", "launch" / "end", "activate" / "disable", "during" / "before", "after",
  "leave" / "stay" ("were left uninhabitable" is a state, not a place left:
  :func:`aligner.drift.antonym_guards.state_left`; "remain" was taken out again at the
  merge, see docs/drift.md "Session 38, lead": "three stages left" is what remains);
* Apertium's words for "activar" ("actuated", the adjective "active") read as "activate",
  and "come back" as "return" (:mod:`aligner.drift.mt_senses`);
* people named by a stage before the law ("los acusados" → "the acquitted";
  :func:`aligner.drift.legal_status.roles`);
* "propio" after a possessive with no "own" in the translation
  (:mod:`aligner.drift.removed_adverbs`).
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.text import tokenize
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_MINISTER = "Es poco probable que el ministro dimita esta semana."
_DISEASE = "Es una enfermedad poco frecuente en niños."
_HOSPITALS = "Los hospitales siguen poco preparados para una nueva ola."
_BRIDGE = "El puente mide aproximadamente 300 metros."
_WORKS = "La obra costó exactamente 3 millones de euros."
_CROWD = "Unas 2.000 personas asistieron al acto, según la policía."
_MATERIAL = "El material es muy resistente al calor."
_CAMPAIGN = "La empresa lanzó una campaña de vacunación en marzo."
_PANDEMIC = "Durante la pandemia, los hospitales se llenaron."
_PROTOCOL = "El Ayuntamiento activó el protocolo de emergencia."
_TEAM = "El equipo debe partir mañana hacia Roma."
_RESIDENTS = "Muchos vecinos prefirieron quedarse en sus casas."
_RESIGN = "El ministro se marchará del Gobierno en enero."
_MASK = "Cada paciente debe traer su propia mascarilla."
_NAMES = "Los acusados se llaman Juan Pérez y Luis Gómez."
CASES = [
    # a quality "poco" denies, said as held
    (_MINISTER, "The minister is likely to resign this week.", "negation"),
    (_MINISTER, "The minister is unlikely to resign this week.", None),
    (_MINISTER, "The minister is not likely to resign this week.", None),
    (_DISEASE, "It is a common disease in children.", "negation"),
    (_DISEASE, "It is a rare disease in children.", None),
    ("El resultado del análisis es poco claro.", "The result of the analysis is clear.",
     "negation"),
    (_HOSPITALS, "Hospitals remain well prepared for a new wave.", "negation"),
    (_HOSPITALS, "Hospitals remain poorly prepared for a new wave.", None),
    ("Se trata de un autor poco conocido en España.", "He is a little-known author in Spain.",
     None),
    ("El tratamiento resultó poco eficaz en los ensayos.",
     "The treatment proved ineffective in the trials.", None),
    ("Estaba un poco cansado después del viaje.", "He was a bit tired after the trip.", None),
    ("No es poco probable que llueva mañana.", "Rain is quite likely tomorrow.", None),
    ("Se registraron pocos casos graves en la región.",
     "Few severe cases were recorded in the region.", None),
    # a figure stated exactly against one approximated or bounded
    (_BRIDGE, "The bridge is exactly 300 metres long.", "number"),
    (_BRIDGE, "The bridge is about 300 metres long.", None),
    (_WORKS, "The work cost about 3 million euros.", "number"),
    (_WORKS, "The work cost exactly 3 million euros.", None),
    (_CROWD, "Exactly 2,000 people attended the event, according to the police.", "number"),
    (_CROWD, "Some 2,000 people attended the event, according to the police.", None),
    # common opposites
    (_MATERIAL, "The material is very fragile in heat.", "meaning"),
    (_MATERIAL, "The material is very resistant to heat.", None),
    (_CAMPAIGN, "The company ended a vaccination campaign in March.", "meaning"),
    (_CAMPAIGN, "The company launched a vaccination campaign in March.", None),
    (_PANDEMIC, "Before the pandemic, hospitals filled up.", "meaning"),
    (_PANDEMIC, "After the pandemic, hospitals filled up.", "meaning"),
    (_PANDEMIC, "During the pandemic, hospitals filled up.", None),
    (_RESIDENTS, "Many residents preferred to leave their homes.", "meaning"),
    (_RESIDENTS, "Many residents preferred to stay in their homes.", None),
    (_RESIGN, "The minister will stay in government in January.", "meaning"),
    (_RESIGN, "The minister will leave the government in January.", None),
    ("Las casas quedaron inhabitables tras el terremoto.",
     "The houses were left uninhabitable after the earthquake.", None),
    ("La decisión dejó a miles de familias sin hogar.",
     "The decision left thousands of families homeless.", None),
    # Apertium's words read otherwise
    (_PROTOCOL, "The city council deactivated the emergency protocol.", "meaning"),
    (_PROTOCOL, "The city council activated the emergency protocol.", None),
    (_TEAM, "The team is due to come back from Rome tomorrow.", "meaning"),
    (_TEAM, "The team is due to leave for Rome tomorrow.", None),
    ("Los turistas regresaron a casa el domingo.", "The tourists came back home on Sunday.",
     None),
    # people named by a stage before the law
    (_NAMES, "The names of the acquitted are Juan Pérez and Luis Gómez.", "meaning"),
    (_NAMES, "The names of the accused are Juan Pérez and Luis Gómez.", None),
    ("Los acusados fueron absueltos el lunes.", "The accused were acquitted on Monday.", None),
    # "propio" after a possessive
    (_MASK, "Each patient must bring a mask.", "omission"),
    (_MASK, "Each patient must bring their own mask.", None),
    ("El propio ministro reconoció el error.", "The minister himself admitted the mistake.",
     None),
]  # fmt: skip


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_units() -> None:
    from aligner.drift import antonym_guards, litotes, mt_senses

    assert litotes._says("well-known", {"known"})
    assert not litotes._says("little-known", {"known"})
    assert mt_senses.first_parts(["They", "came", "back", "home"])[1] == "return"
    assert mt_senses.first_parts(["They", "came", "home"])[1] == "came"
    ws = tokenize("The houses were left uninhabitable.")
    assert antonym_guards._state_left(ws, 3)
    assert not antonym_guards._state_left(tokenize("Residents left the city."), 1)
