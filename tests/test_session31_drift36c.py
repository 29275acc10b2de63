"""False alarms on faithful pairs, fifteenth round (session 31, drift36c; docs/drift.md,
"Session 31 (drift36c)"). The sentences are written here for these tests, not taken
from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* an expectation or a schedule without "que" ("Se espera su vuelta", "está previsto
  que") answers "is expected to"; a plain future does not;
* an adverb of manner opening a sentence ("Generalmente, se considera que …") is
  nobody's name: no attribution to it is lost; a minister's still is;
* a fraction said with an ordinal and "parte(s)" ("una quinta parte", "tres cuartas
  partes") is "a fifth", "three quarters"; after "la" ("la cuarta parte") it is "a
  quarter" or the fourth part; a changed one is still a changed figure;
* "menos" at the end of the tagger's multiword adverb ("mucho menos elevada") turns the
  adjective round ("much lower"), also where the tagger reads the same form as another
  lemma elsewhere in the sentence ("más elevada" a participle, "menos elevada" an
  adjective), and "bastante" before a comparative answers "considerably";
* a demonstrative pronoun after "of" before a verb ("Most of these have caused") is no
  break where the source has a pronoun; "de estos países" → "of these have" still is;
* a participle right after an imperative verb that is never a noun ("Avoid crowded
  places") leaves the sentence an instruction, which renders a duty;
* a judgement reported impersonally in the preterite ("Inicialmente se pensó que") answers
  "was thought to", as the present does;
* a noun of people after an adjective Spanish uses as a noun ("uno de cada cinco
  infectados" → "one in five infected people") is no word added;
* "sin necesidad de" denies a need ("without needing treatment"): no duty lost;
* a demonym of a two-word place ("neozelandesas") is the place the translation names
  ("New Zealand"), not the name "Zealand" added; another country's still is not;
* an adjective the translator moved next to the head ("la identificación inicial
  precoz" → "initial early identification") is no word added inside a stretch worded
  as the MT.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_RETURN = "She is expected to return home next Monday."
_RATE = "La tasa de paro es mucho {} elevada en las ciudades."
_INFECTIONS = "La mayoría de {} han causado infecciones graves."
_EARLY = "This allowed initial early identification of transmission in low-risk patients."
_FOUND = (
    "Esto permitió la identificación inicial{} de la transmisión en los pacientes de bajo riesgo."
)
CASES = [
    # an expectation without "que"
    ("Se espera su vuelta a casa el próximo lunes.", _RETURN, None),
    ("Su vuelta a casa será el próximo lunes.", _RETURN, "modality"),
    # an adverb opening a sentence is nobody's name
    (
        "Generalmente, se considera que la enseñanza superior incluye los estudios de grado.",
        "Higher education is normally taken to include undergraduate studies.",
        None,
    ),
    (
        "Finalmente, el ministro dijo que la reunión se aplazaba.",
        "In the end the meeting was postponed.",
        "speaker",
    ),
    # a fraction said with an ordinal
    (
        "Una quinta parte de los alumnos y la cuarta parte de los profesores faltaron a clase.",
        "A fifth of pupils and a quarter of teachers were absent.",
        None,
    ),
    (
        "Tres cuartas partes de los votantes apoyaron la reforma.",
        "A third of voters backed the reform.",
        "number",
    ),
    # "mucho menos", "bastante menos"
    (_RATE.format("menos"), "The unemployment rate is much lower in the cities.", None),
    (
        "Inicialmente se pensó que la mortalidad era bastante menos elevada entre los jóvenes.",
        "Mortality was initially thought to be considerably lower among young people.",
        None,
    ),
    (
        "La tasa es claramente más elevada en los mayores de 70 años, pero en los menores de "
        "40 años es bastante menos elevada.",
        "The rate is much higher for those over 70 but considerably lower for those under 40.",
        None,
    ),
    (_RATE.format("más"), "The unemployment rate is much lower in the cities.", "meaning"),
    # a demonstrative pronoun after "of"
    (_INFECTIONS.format("ellos"), "Most of these have caused serious infections.", None),
    (
        _INFECTIONS.format("estos virus"),
        "Most of these have caused serious infections.",
        "omission",
    ),
    # an instruction with a participle after its verb
    (
        "En la medida de lo posible, deben evitarse los lugares concurridos.",
        "Avoid crowded places whenever possible.",
        None,
    ),
    # a noun of people after an adjective Spanish uses as a noun
    (
        "Uno de cada cinco infectados necesita hospitalización.",
        "One in five infected people needs hospital care.",
        None,
    ),
    # a need denied by "sin"
    (
        "La mayoría de los pacientes se recuperan sin necesidad de tratamiento especial.",
        "Most patients recover without needing special treatment.",
        None,
    ),
    # a demonym of a two-word place
    (
        "El 26 de marzo, todas las escuelas neozelandesas fueron cerradas.",
        "On 26 March, all New Zealand schools were closed.",
        None,
    ),
    (
        "El gobierno australiano aprobó la ley.",
        "The New Zealand government passed the law.",
        "entity",
    ),
    # an adjective moved next to the head
    (_FOUND.format(" precoz"), _EARLY, None),
    (_FOUND.format(""), _EARLY, "addition"),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)
