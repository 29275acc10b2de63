"""Newsroom classes a reviewer meets, session 37 (lead; docs/drift.md "Session 37, lead").
The sentences are written here for these tests: ordinary Spanish, Portuguese and English
news text of the seed's kind (parliaments, courts, health, local news), not taken from
any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* a vote's margin said as another (:mod:`aligner.drift.vote_margins`): "por unanimidad"
  → "by a narrow margin", "por amplia mayoría" → "narrowly", "por la mínima" → "by a
  wide majority" (critical); "por unanimidad" → "by a large majority" (major: some voted
  against); the same margin in other words ("unanimously", "by a comfortable majority",
  "by a razor-thin margin") and two votes in one sentence stay quiet;
* an abstention said as a vote cast, or the reverse ("se abstuvo" → "voted in favour",
  "votó a favor" → "abstained"; critical ``meaning``, the same module); a sentence with
  both ("el PP votó en contra y Vox se abstuvo") stays quiet;
* an event called off said as confirmed, cordial talks as tense (the common opposites);
* a negated verb said as "few" (:mod:`aligner.drift.zero_amounts`): "Los diputados no
  apoyaron la propuesta" → "Few deputies backed the proposal" says some did; the faithful
  "did not back" and a sentence that gives an amount another way ("no se presentaron
  muchas" → "few", "no suelen" → "rarely") stay quiet;
* a hint reported as certain, or a firm statement as a hint
  (:mod:`aligner.drift.reporting_stance`): "insinuó" → "confirmed", "los datos sugieren"
  → "the data confirm", "aseguró" → "suggested"; the same stance ("hinted", "suggest",
  "assured") and "confirmed" used as an adjective stay quiet;
* one nationality said as another (:mod:`aligner.drift.demonym_swaps`): "su homólogo
  brasileño" → "his Argentine counterpart", "turistas británicos" → "German tourists";
  the country said by its name ("his counterpart from Brazil") and a second country
  named in the source ("hoteles de Alemania" → "German hotels") stay quiet;
* "el año anterior" said as the following year: Apertium's "anterior" before a period
  reads as past (:mod:`aligner.drift.closed_words`);
* a change by a percentage said as a multiple ("en un 50 por ciento" → "halved", "un
  100 %" → "doubled") is the same figure (:mod:`aligner.drift.number_check`); a multiple
  said as its opposite ("se duplicó" → "halved", "se redujo a la mitad" → "doubled") is
  read through the common opposites;
* a post left said as one taken ("dimitió" → "was appointed", "dimisión" →
  "appointment": :mod:`aligner.drift.opposite_words`' common opposites);
* a person named beside a role and its body, gone from the translation that keeps the
  role and the body ("la portavoz de la asociación de pacientes, Eva Torres" → "the
  association's spokeswoman"): the body said again is no trace of the person; a body's
  own name ("La Organización Mundial de la Salud" → "The UN health agency") still is.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import alarms, assert_quiet_or_reported, batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_UNANIMOUS = "El pleno del Ayuntamiento aprobó los presupuestos por unanimidad."
_WIDE = "La reforma salió adelante por amplia mayoría en el Congreso."
_NARROW = "La moción de censura se aprobó por la mínima."
_NARROW_MARGIN = "El Senado rechazó la enmienda por un estrecho margen."
_DEPUTIES = "Los diputados no apoyaron la propuesta del Gobierno."
_RESIDENTS = "Los vecinos no acudieron a la reunión con el alcalde."
_DOCTORS = "Los médicos no recomiendan este fármaco a los niños."
_TORRES = "La portavoz de la asociación de pacientes, Eva Torres, dijo que «no hay camas»."
_MAYOR = "Según la alcaldesa de la ciudad, Ana Ruiz, el cierre será temporal."

_HINT = "La alcaldesa insinuó que hubo errores en la gestión."
_DATA = "Los datos sugieren que el fármaco reduce la mortalidad."
_ENSURED = "El director aseguró que el hospital tiene camas suficientes para todos."

_COUNTERPART = "El canciller ruso se reunió con su homólogo brasileño."
_TOURISTS = "Los turistas británicos llenaron los hoteles de la costa."

_GROWTH = "El gasto sanitario creció un 5 % respecto al año anterior."

_HALVED = "El fármaco redujo el riesgo de infarto en un 50 por ciento."
_CASES_HALF = "El número de contagios se redujo a la mitad."
_CASES_DOUBLE = "El número de contagios se duplicó."

_ABSTAINED = "Brasil se abstuvo en la votación de la resolución."

CASES = [
    # a vote's margin
    (_UNANIMOUS, "The city council approved the budget by a narrow margin.", "intensity"),
    (_UNANIMOUS, "The city council approved the budget by a large majority.", "intensity"),
    (_UNANIMOUS, "The city council unanimously approved the budget.", None),
    (_UNANIMOUS, "The city council approved the budget.", None),
    (_WIDE, "The reform narrowly passed in Congress.", "intensity"),
    (_WIDE, "The reform passed in Congress by a comfortable majority.", None),
    (_WIDE, "The reform passed in Congress by a wide margin.", None),
    (_NARROW, "The censure motion was passed by a wide majority.", "intensity"),
    (_NARROW, "The censure motion was passed unanimously.", "intensity"),
    (_NARROW, "The censure motion passed by the narrowest of margins.", None),
    (_NARROW_MARGIN, "The Senate rejected the amendment by an overwhelming majority.", "intensity"),
    (_NARROW_MARGIN, "The Senate rejected the amendment by a razor-thin margin.", None),
    (
        "La ley se aprobó por unanimidad en comisión y por la mínima en el pleno.",
        "The law was approved unanimously in committee and narrowly in the plenary session.",
        None,
    ),
    (
        "La mayoría de los vecinos apoya el proyecto.",
        "A large majority of residents support the project.",
        None,
    ),
    # an abstention said as a vote cast, a vote cast as an abstention
    (_ABSTAINED, "Brazil voted in favour of the resolution.", "meaning"),
    (_ABSTAINED, "Brazil abstained in the vote on the resolution.", None),
    ("Brasil votó a favor de la resolución.", "Brazil abstained on the resolution.", "meaning"),
    (
        "El PP votó en contra y Vox se abstuvo.",
        "The PP voted against and Vox abstained.",
        None,
    ),
    # an event called off said as confirmed; cordial talks said as tense
    (
        "La visita fue cancelada en el último momento.",
        "The visit was confirmed at the last minute.",
        "meaning",
    ),
    (
        "La visita fue cancelada en el último momento.",
        "The visit was called off at the last minute.",
        None,
    ),
    ("Las conversaciones fueron cordiales.", "The talks were tense.", "meaning"),
    ("Las conversaciones fueron cordiales.", "The talks were friendly.", None),
    # a negated verb said as "few"
    (_DEPUTIES, "Few deputies backed the government's proposal.", "negation"),
    (_DEPUTIES, "The deputies did not back the government's proposal.", None),
    (_RESIDENTS, "Few residents came to the meeting with the mayor.", "negation"),
    (_RESIDENTS, "Residents did not come to the meeting with the mayor.", None),
    (_DOCTORS, "Few doctors recommend this drug for children.", "negation"),
    (_DOCTORS, "Doctors do not recommend this drug for children.", None),
    (
        "No se presentaron muchas candidaturas al concurso.",
        "Few candidates entered the competition.",
        None,
    ),
    (
        "No hubo tantos contagios como el año pasado.",
        "There were fewer infections than last year.",
        None,
    ),
    # a hint made certain, a firm statement made a hint (the reporting verb)
    (_HINT, "The mayor confirmed that there were errors in the management.", "modality"),
    (_HINT, "The mayor hinted that there were errors in the management.", None),
    (_DATA, "The data confirm that the drug reduces mortality.", "modality"),
    (_DATA, "The data suggest that the drug reduces mortality.", None),
    (_ENSURED, "The director suggested that the hospital has enough beds.", "modality"),
    (_ENSURED, "The director assured that the hospital has enough beds.", None),
    (
        "El estudio sugiere que los casos confirmados son más.",
        "The study suggests that there are more confirmed cases.",
        None,
    ),
    # one nationality said as another
    (_COUNTERPART, "The Russian foreign minister met his Argentine counterpart.", "entity"),
    (_COUNTERPART, "The Russian foreign minister met his Brazilian counterpart.", None),
    (_COUNTERPART, "Russia's foreign minister met his counterpart from Brazil.", None),
    (_TOURISTS, "German tourists filled the hotels on the coast.", "entity"),
    (_TOURISTS, "British tourists filled the hotels on the coast.", None),
    (
        "Los turistas británicos llenaron los hoteles de Alemania.",
        "British tourists filled German hotels.",
        None,
    ),
    ("La selección argentina ganó a Brasil.", "The Argentine team beat the Brazilians.", None),
    # "el año anterior" (Apertium: "the anterior year") said as the next
    (_GROWTH, "Health spending grew 5% compared with the following year.", "number"),
    (_GROWTH, "Health spending grew 5% compared with the previous year.", None),
    # a change by a percentage said as a multiple; a multiple said as its opposite
    (_HALVED, "The drug halved the risk of heart attack.", None),
    (_HALVED, "The drug cut the risk of heart attack by 40 percent.", "number"),
    ("Las ventas crecieron un 100 % en un año.", "Sales doubled in a year.", None),
    (_CASES_HALF, "The number of infections doubled.", "meaning"),
    (_CASES_HALF, "The number of infections halved.", None),
    (_CASES_DOUBLE, "The number of infections halved.", "meaning"),
    (_CASES_DOUBLE, "The number of infections doubled.", None),
    (
        "La empresa redujo los costes y duplicó los beneficios.",
        "The company cut costs and doubled its profits.",
        None,
    ),
    # a post left said as one taken
    (
        "El ministro de Cultura dimitió el martes.",
        "The culture minister was appointed on Tuesday.",
        "meaning",
    ),
    (
        "El ministro de Cultura dimitió el martes.",
        "The culture minister resigned on Tuesday.",
        None,
    ),
    (
        "La dimisión del director sorprendió a la plantilla.",
        "The director's appointment surprised the staff.",
        "meaning",
    ),
    # a person named beside a role and its body
    (_TORRES, 'The patients\' association spokeswoman said "there are no beds".', "speaker"),
    (_TORRES, 'The association\'s spokeswoman said "there are no beds".', "speaker"),
    (
        _TORRES,
        'Eva Torres, spokeswoman for the patients\' association, said "there are no beds".',
        None,
    ),
    (
        _TORRES,
        'The patients\' association spokeswoman, Eva Torres, said "there are no beds".',
        None,
    ),
    (_MAYOR, "According to the city's mayor, the closure will be temporary.", "speaker"),
    (
        _MAYOR,
        "According to the city's mayor, Ana Ruiz, the closure will be temporary.",
        None,
    ),
    (
        "La Organización Mundial de la Salud advirtió que la epidemia sigue creciendo.",
        "The UN health agency warned that the epidemic is still growing.",
        None,
    ),
    (
        "La presidenta de la Comunidad anunció el cierre de los colegios.",
        "The regional president announced the closure of schools.",
        None,
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_newsroom_classes(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


@needs_apertium
def test_margin_findings_quote_both_sides_and_grade_severity():
    narrow = findings(
        __name__, _UNANIMOUS, "The city council approved the budget by a narrow margin."
    )
    (margin,) = [f for f in narrow if f.check == "drift.intensity" and "margin" in f.message]
    assert margin.severity == "critical"
    assert _UNANIMOUS[slice(*margin.source_span)] == "por unanimidad"
    assert "by a narrow margin" in margin.message
    wide = alarms(__name__, _UNANIMOUS, "The city council approved the budget by a large majority.")
    assert ("intensity", "major") in wide and ("intensity", "critical") not in wide


@needs_apertium
def test_negated_verb_points_at_the_verb_past_its_clitics():
    src = "El fármaco no se recomienda en niños pequeños."
    got = [f for f in findings(__name__, src, "The drug is rarely recommended for small children.")]
    negation = [f for f in got if f.type == "negation"]
    assert negation and negation[0].severity == "critical"
    assert src[slice(*negation[0].source_span)] == "no se recomienda"


def test_margins_read_in_portuguese_and_english_without_mt():
    from aligner.drift.text import tokenize, words
    from aligner.drift.vote_margins import margins

    def labels(text, lang):
        return [c.label for c in margins(words(tokenize(text)), lang)]

    assert labels("O projeto foi aprovado por unanimidade na Assembleia.", "pt") == ["unanimous"]
    assert labels("A lei passou por uma margem estreita.", "pt") == ["narrow"]
    assert labels("The bill passed by a slim majority.", "en") == ["narrow"]
    assert labels("A large majority of voters backed it.", "en") == []
    assert labels("La gran mayoría de los vecinos lo apoya.", "es") == []


def test_a_person_beside_a_role_is_told_from_a_body_name():
    from aligner.drift.signals import Voice
    from aligner.drift.voice_bodies import apposed_person

    role = (frozenset({"spokesperson"}),)
    torres = Voice(
        "La portavoz de la asociación, Eva Torres", 0, 40, "torres", "Eva Torres", "explicit", role
    )
    body = Voice("La presidenta de la Comunidad", 0, 29, "comunidad", "Comunidad", "explicit", role)
    assert apposed_person(torres) == ["eva", "torres"]
    assert not apposed_person(body)
    assert not apposed_person(Voice("Eva Torres", 0, 10, "torres", "Eva Torres", "explicit", ()))


def test_nationalities_are_countries_only():
    from aligner.drift.demonym_swaps import _nationalities

    table = _nationalities()
    assert "brazil" in table["brazilian"] and "argentina" in table["argentine"]
    for no_country in ("english", "latin", "hispanic", "european"):
        assert no_country not in table
