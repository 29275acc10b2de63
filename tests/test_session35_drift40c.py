"""False alarms on faithful pairs, nineteenth round (session 35, drift40c; docs/drift.md,
"Session 35 (drift40c)"). The sentences are written here for these tests (ordinary
Spanish and English news, sports and health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* a name misspelt in the source, one slip from the translation's (a letter dropped or
  added inside it, two neighbours swapped: "Sacramento Kins", "NCB News", "Jonh Smith"),
  is the same name, no other team, network or person, and an acronym of four letters
  with one slipped in ("MOOCK") is the acronym; a letter replaced ("Joan" for "John"),
  another name ("CBS News"), a last letter more ("Juana"), "NSA" for "NASA" still are
  changes;
* a word of the source the literal MT did not know, spelt as the translation's hedge,
  degree or added word ("prbable" → "probable", "probablment" → "probably"), or as a
  hedge or degree word of the source's lists ("grves", "suceptibles de"), says it: the
  translation adds nothing; without that word the hedge is still added;
* a point of the compass glued to a demonym ("surcoreanos", "norcoreanas",
  "centroamericanos") names the people English writes in two words ("South Korean");
* "británico" names the United Kingdom, as "estadounidense" names the United States:
  "las exportaciones británicas" → "UK exports"; "UK" with no such word is still added;
* "widely", "extensively" render a verb's "mucho" ("se usa mucho" → "is widely used");
  with no such word in the source "widely" is still added;
* a proportion with "sobre" ("un 7 sobre 10", "un alumno sobre cinco"), or "de" and
  English "of" between two figures side by side before a round base ("tres de cuatro",
  "nine of ten respondents"), are proportions as "de cada" and "out of" are; another
  figure is still a change, and "un extra de cinco" (a noun between) is none.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_KINGS = "Los Sacramento Kings ganaron el miércoles a los Boston Celtics."
_NETWORK = "El partido se aplazó por la lluvia, según informó NBC News."
_COACH = "El entrenador John Smith dijo que el equipo está listo."
_CASES_REAL = "El número real de casos es mucho mayor que el oficial."
_EXAM = "La nota media del examen fue de 7 sobre 10."
CASES = [
    # a name misspelt in the source
    (
        "Los Sacramento Kins ganaron el miércoles a los Boston Celtics.",
        "The Sacramento Kings beat the Boston Celtics on Wednesday.",
        None,
    ),
    (_KINGS, "The Sacramento Kigns beat the Boston Celtics on Wednesday.", None),
    (_KINGS, "The Sacramento Kings beat the Boston Lakers on Wednesday.", "entity"),
    (
        "El partido se aplazó por la lluvia, según informó NCB News.",
        "The game was postponed because of rain, NBC News reported.",
        None,
    ),
    (
        "El partido se aplazó por la lluvia, según informó CBS News.",
        "The game was postponed because of rain, NBC News reported.",
        "speaker",
    ),
    (
        "El entrenador Jonh Smith dijo que el equipo está listo.",
        "Coach John Smith said the team is ready.",
        None,
    ),
    (_COACH, "Coach Joan Smith said the team is ready.", "speaker"),
    (
        "La universidad ofrece lecciones en vídeo y MOOCK gratuitos.",
        "The university offers video lessons and free MOOCs.",
        None,
    ),
    ("La NASA lanzó ayer el cohete.", "The NSA launched the rocket yesterday.", "entity"),
    # a word the MT did not know, spelt as the translation's word
    (
        "El paciente tiene una infección prbable por el virus.",
        "The patient has a probable infection with the virus.",
        None,
    ),
    (
        "El número real de casos es probablment mucho mayor que el oficial.",
        "The real number of cases is probably much higher than the official one.",
        None,
    ),
    (
        _CASES_REAL,
        "The real number of cases is probably much higher than the official one.",
        "modality",
    ),
    (
        "La situación es especialmnte grave en el norte del país.",
        "The situation is especially serious in the north of the country.",
        None,
    ),
    (
        "Se registraron complicaciones grves tras la infección respiratoria.",
        "Severe complications were recorded after the respiratory infection.",
        None,
    ),
    (
        "Se registraron complicaciones tras la infección respiratoria.",
        "Severe complications were recorded after the respiratory infection.",
        "intensity",
    ),
    (
        "No se siente cerca de personas que son suceptibles de estar enfermas.",
        "Do not sit near people who might be sick.",
        None,
    ),
    # a compass point glued to a demonym
    (
        "Los equipos surcoreanos llegaron ayer al aeropuerto.",
        "South Korean teams arrived at the airport yesterday.",
        None,
    ),
    (
        "Las autoridades norcoreanas lanzaron otro misil.",
        "North Korean authorities launched another missile.",
        None,
    ),
    (
        "Los turistas centroamericanos llenaron los hoteles.",
        "Central American tourists filled the hotels.",
        None,
    ),
    (
        "Los equipos llegaron ayer al aeropuerto.",
        "South Korean teams arrived at the airport yesterday.",
        "entity",
    ),
    # "británico" is the United Kingdom's ("UK exports")
    (
        "Las exportaciones británicas cayeron un 3 % en marzo.",
        "UK exports fell by 3% in March.",
        None,
    ),
    (
        "El Gobierno británico y la UE firmaron ayer el acuerdo.",
        "The UK government and the EU signed the deal yesterday.",
        None,
    ),
    ("Las exportaciones cayeron un 3 % en marzo.", "UK exports fell by 3% in March.", "entity"),
    # "widely" renders a verb's "mucho"
    ("El fármaco se usa mucho en los hospitales.", "The drug is widely used in hospitals.", None),
    ("Este método se emplea mucho en Europa.", "This method is widely used in Europe.", None),
    ("El fármaco se usa en los hospitales.", "The drug is widely used in hospitals.", "addition"),
    # proportions with "sobre", "de" and "of"
    (_EXAM, "The average mark in the exam was 7 out of 10.", None),
    (_EXAM, "The average mark in the exam was 8 out of 10.", "number"),
    (
        "Un alumno sobre cinco no iba a la escuela.",
        "One in five pupils was not going to school.",
        None,
    ),
    (
        "Nueve de cada diez encuestados están satisfechos.",
        "Nine of ten respondents are satisfied.",
        None,
    ),
    (
        "Tres sobre cuatro hogares tienen conexión a internet.",
        "Three of four households have an internet connection.",
        None,
    ),
    (
        "Tres sobre cuatro hogares tienen conexión a internet.",
        "Two of four households have an internet connection.",
        "number",
    ),
    (
        "El equipo ganó tres de cuatro partidos fuera de casa.",
        "The team won three out of four away games.",
        None,
    ),
    (
        "La leche subirá un extra de cinco céntimos por litro.",
        "Milk will go up by an extra five cents a litre.",
        None,
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("Kins", "Kings", True),
        ("NCB", "NBC", True),
        ("Jonh", "John", True),
        ("prbable", "probable", True),
        ("John", "Joan", False),  # a letter replaced: another name
        ("Juan", "Juana", False),  # a last letter more: another person
        ("Ana", "Anna", False),  # too short to tell
        ("Iran", "Iraq", False),
        ("Kings", "Kings", False),
    ],
)
def test_misspelt(a: str, b: str, slip: bool) -> None:
    from aligner.drift.misspelt import misspelt

    assert misspelt(a, b) is slip
