"""What an invented court report showed a new user, session 28 (docs/drift.md, "Session
28, lead"). The sentences are written here for these tests, not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* scarcity against a large amount: "escasas" (MT "scarce") rendered "high" or
  "plentiful", "altas" rendered "slim", which no WordNet antonym pair links;
* a speaker given another political family by an adjective: "la portavoz socialista"
  → "the Popular Party spokeswoman" (the party check wanted a party name on both sides);
* "top" answers a source superlative ("máximo goleador" → "top scorer"), never reported
  alone;
* "varios" is a quantity between "some" and "many": "all" changes it;
* an exception dropped ("no habrá más cambios salvo lesión" → "there will be no more
  changes"), quiet when the translation keeps it in other words;
* a range turned round ("del 2,3 % al 1,9 %" → "from 1.9% to 2.3%") and a rank lost
  before a superlative ("la tercera más alta" → "the highest"): every value is found on
  both sides, so the value comparison saw nothing;
* Spain's "vicepresidenta" is the "deputy prime minister" of English news;
* a minimiser before the verb of a figure ("apenas creció un 0,2 %") frames the figure
  as small, as one right before it does;
* fractions are quantity words: "la mayoría" → "half", "un tercio" → "many" change how
  many;
* failing a test is "suspender" it ("suspendió el examen" → "failed the exam" is no
  negation added); a currency "se depreció" → "strengthened" is turned round;
* "no hay que" is as often "should not" as "no need to", and "pero sí" + an infinitive
  after it carries the duty over ("…, pero sí extremar las precauciones" → "but people
  should take extra precautions"); the MT's "be necessary" for "hay que" is no word for
  the antonym check to oppose ("extra");
* a nationality the literal MT says too is no name of the speaker ("el canciller
  alemán" → "the German chancellor"; "the Austrian chancellor" still is another);
  litotes ("no será menor" → "will be considerable"); "lo que haga falta" → "whatever
  it takes";
* a quotation that speaks of someone it leaves unnamed (a dropped subject) is no gender
  change when the source marks only its speaker's ("«…se saltó el semáforo…», contó
  una vecina" → "«…he ran the red light…»"); a positive test is "failed" as often as
  "tested positive"; "light" in "the red light" is no softener;
* English says whose view it is by a genitive ("In the prosecution's view, …" for "A
  juicio de la Fiscalía"), and "la Fiscalía" is "prosecutors", "the prosecution";
* "extremo" is a strong word ("una extrema gravedad" → "extremely serious"), but not in
  "la extrema derecha" or "el extremo sur";
* prices that "se moderaron" rendered "rose";
* guards the first run on the development files asked for: "dos de cada tres" is a
  fraction ("two thirds"), a positive test is made "failed" on the English side (a
  Spanish option turned the whole polarity check off), a phrase cited mid-sentence is
  no speech;
* a technology launch: "nunca" closing a relative clause after a superlative is "ever"
  ("el más potente que hemos fabricado nunca"), a forceful reporting verb ("zanjó")
  answers "said firmly", and a predicate adjective before "and" and a plural noun
  ("The market is saturated and consumers are…") is two clauses, not a cut list;
* the trace archive's "un kilómetro de autovía" → "motorway" (Apertium does not know
  "autovía"): a word near an unknown, unrendered source word may be its rendering.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift import figure_order, lost_exceptions, party_families
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, fresh_alarm_types

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_WATER = "Las reservas de agua del embalse son escasas, advirtió la alcaldesa."
_SPOKESWOMAN = '"Ha sido una semana muy larga", dijo la portavoz socialista, Lucía Ferrer.'
_SPOKESWOMAN_MOVED = (
    '"It has been a very long week," said the Popular Party spokeswoman, Lucía Ferrer.'
)

_LIBRARY = '"La biblioteca seguirá cerrada salvo en época de exámenes", dijo la directora.'
_LIBRARY_CUT = '"The library will stay closed," the director said.'

_FORECAST = "El banco central rebajó su previsión de inflación del 3,1 % al 2,4 %."
_FORECAST_TURNED = "The central bank lowered its inflation forecast from 2.4% to 3.1%."
_RANK = "La tasa de paro de Madrid es la tercera más baja del país."
_RANK_LOST = "Madrid's unemployment rate is the lowest in the country."

_GREW = "El gasto de los hogares apenas creció un 0,3 % en el segundo trimestre."

_POLL = "La mayoría de los afiliados votó a favor de la huelga, según el sindicato."
_EXAM = "Casi la mitad de los aspirantes suspendió el examen de conducir."
_PESO = "El peso se depreció un 4 % frente al euro en marzo."

_CALM = '"No hay que alarmarse, pero hay que tener cuidado", dijo el alcalde.'

_CHANCELLOR = 'El canciller alemán apoyó el plan, aunque advirtió de que su coste "será alto".'
_GERMAN = 'The German chancellor supported the plan, though he warned that its cost "will be high".'

_PRICES = "Los precios se moderaron en marzo hasta el 2,9 %, tres décimas menos que en febrero."

CASES = [
    # scarcity
    (_WATER, "The reservoir's water reserves are high, the mayor warned.", "meaning"),
    (_WATER, "The reservoir's water reserves are scarce, the mayor warned.", None),
    (_WATER, "Water reserves in the reservoir are low, the mayor warned.", None),
    (
        "El sindicato reconoció que las opciones de acuerdo son escasas.",
        "The union acknowledged that the options for an agreement are plentiful.",
        "meaning",
    ),
    (
        "El sindicato reconoció que las opciones de acuerdo son escasas.",
        "The union acknowledged that the chances of an agreement are slim.",
        None,
    ),
    (
        "Las probabilidades de tormenta son altas para el fin de semana, según la agencia.",
        "The chances of a storm are slim for the weekend, according to the agency.",
        "meaning",
    ),
    (
        "Los recursos del centro son escasos pero la demanda es alta.",
        "The centre's resources are scarce but demand is high.",
        None,
    ),
    # "top"
    (
        '"Es el máximo goleador del campeonato", dijo el entrenador.',
        '"He is the top scorer of the championship," the coach said.',
        None,
    ),
    (
        "La directora general, máxima responsable del servicio, dimitió ayer.",
        "The director general, the service's top official, resigned yesterday.",
        None,
    ),
    (
        "La novela ganó el Premio Nadal, el máximo galardón del certamen.",
        "The novel won the Nadal Prize, one of the top awards of the contest.",
        "intensity",
    ),
    (
        '"Es el mejor resultado de la temporada", dijo el entrenador.',
        '"It is a good result for the season," the coach said.',
        "intensity",
    ),
    # "varios"
    (
        "Varios vecinos del barrio denunciaron los ruidos ante la policía.",
        "All the residents of the neighbourhood reported the noise to the police.",
        "intensity",
    ),
    (
        "Varios vecinos del barrio denunciaron los ruidos ante la policía.",
        "Several residents of the neighbourhood reported the noise to the police.",
        None,
    ),
    (
        "Varios vecinos del barrio denunciaron los ruidos ante la policía.",
        "Some residents of the neighbourhood reported the noise to the police.",
        None,
    ),
    (
        "Todos los vecinos del barrio denunciaron los ruidos ante la policía.",
        "Several residents of the neighbourhood reported the noise to the police.",
        "intensity",
    ),
    # exceptions
    (_LIBRARY, _LIBRARY_CUT, "omission"),
    (_LIBRARY, '"The library will stay closed except for exams," the director said.', None),
    (
        '"Nadie podrá salir del edificio excepto los bomberos", advirtió el jefe de policía.',
        '"Nobody will be able to leave the building," the police chief warned.',
        "omission",
    ),
    (
        '"Los rehenes ya están a salvo", confirmó el ministro.',
        '"The hostages are now safe," the minister confirmed.',
        None,
    ),
    # ranges and ranks
    (_FORECAST, _FORECAST_TURNED, "number"),
    (_FORECAST, "The central bank lowered its inflation forecast from 3.1% to 2.4%.", None),
    (
        "El abono mensual pasará de 40 a 55 euros en enero.",
        "The monthly pass will go from 55 to 40 euros in January.",
        "number",
    ),
    (
        "El abono mensual pasará de 40 a 55 euros en enero.",
        "The monthly pass will go up from 40 to 55 euros in January.",
        None,
    ),
    (_RANK, _RANK_LOST, "number"),
    (_RANK, "Madrid's unemployment rate is the third lowest in the country.", None),
    (_RANK, "Madrid's unemployment rate is the third-lowest in the country.", None),
    (
        "Es la segunda empresa más grande del sector, según el informe.",
        "It is the second largest company in the sector, according to the report.",
        None,
    ),
    (
        "Fue la segunda vuelta más reñida de la historia del país.",
        "It was the closest run-off in the country's history.",
        None,
    ),
    # roles
    (
        '"Ningún trabajador quedará desprotegido", insistió la vicepresidenta.',
        '"No worker will be left unprotected," the deputy prime minister insisted.',
        None,
    ),
    (
        '"Ningún trabajador quedará desprotegido", insistió la vicepresidenta.',
        '"No worker will be left unprotected," the finance minister insisted.',
        "speaker",
    ),
    # a minimiser behind its verb
    (_GREW, "Household spending grew by 0.3% in the second quarter.", "intensity"),
    (_GREW, "Household spending grew by just 0.3% in the second quarter.", None),
    (_GREW, "Household spending barely grew, by 0.3%, in the second quarter.", None),
    # fractions
    (_POLL, "Half of the members voted for the strike, the union said.", "intensity"),
    (_POLL, "Most members voted for the strike, the union said.", None),
    (
        "Un tercio de los pacientes esperó más de seis meses.",
        "Many patients waited more than six months.",
        "intensity",
    ),
    (
        "Un tercio de los pacientes esperó más de seis meses.",
        "A third of patients waited more than six months.",
        None,
    ),
    # exams, currencies
    (_EXAM, "Almost half of the candidates failed the driving test.", None),
    (_EXAM, "Almost half of the candidates passed the driving test.", "meaning"),
    (
        "El árbitro suspendió el partido por la lluvia.",
        "The referee suspended the match because of the rain.",
        None,
    ),
    (_PESO, "The peso strengthened 4% against the euro in March.", "meaning"),
    (_PESO, "The peso weakened 4% against the euro in March.", None),
    # "no hay que"
    (_CALM, '"People should not panic, but they should be careful," the mayor said.', None),
    (_CALM, '"There is no need to panic, but people should be careful," the mayor said.', None),
    (_CALM, '"People should panic, and they should be careful," the mayor said.', "negation"),
    (
        '"No hay que alarmarse, pero sí extremar la vigilancia", pidió el alcalde.',
        '"There is no need to panic, but people should take extra care," the mayor urged.',
        None,
    ),
    # nationalities, litotes, idioms of need
    (_CHANCELLOR, _GERMAN, None),
    (_CHANCELLOR, _GERMAN.replace("German", "Austrian"), "speaker"),
    (
        'La ministra advirtió de que el impacto "no será menor".',
        'The minister warned that the impact "will be considerable".',
        None,
    ),
    (
        'La ministra advirtió de que el impacto "no será menor".',
        'The minister warned that the impact "will be minor".',
        "negation",
    ),
    (
        '"Haremos lo que haga falta", prometió el alcalde, Tomás Vidal.',
        '"We will do whatever it takes," promised the mayor, Tomás Vidal.',
        None,
    ),
    # a dropped subject inside a quotation, positive tests
    (
        '"Iba muy rápido y se saltó el semáforo", contó una vecina del barrio.',
        '"He was going very fast and ran the red light," said a local resident.',
        None,
    ),
    (
        "La jueza dijo que él había mentido durante el juicio.",
        "The judge said she had lied during the trial.",
        "meaning",
    ),
    (
        "El conductor, que dio positivo en el control de drogas, quedó detenido.",
        "The driver, who failed a drug test, was arrested.",
        None,
    ),
    (
        "El conductor, que dio positivo en el control de drogas, quedó detenido.",
        "The driver, who tested positive in a drug test, was arrested.",
        None,
    ),
    # views, prosecutors, "extremo"
    (
        'A juicio de la Fiscalía, la sentencia "carece de fundamento".',
        'In the prosecution\'s view, the ruling "lacks any basis".',
        None,
    ),
    (
        'Según la Fiscalía, la sentencia "carece de fundamento".',
        'According to prosecutors, the ruling "lacks any basis".',
        None,
    ),
    (
        'Según la Fiscalía, la sentencia "carece de fundamento".',
        'According to the police, the ruling "lacks any basis".',
        "speaker",
    ),
    (
        "Los bomberos pidieron extrema precaución en los montes.",
        "Firefighters called for extreme caution in the hills.",
        None,
    ),
    (
        'El juez consideró que los hechos "revisten una extrema gravedad".',
        'The judge considered that the events "are extremely serious".',
        None,
    ),
    (
        "Los bomberos pidieron extrema precaución en los montes.",
        "Firefighters called for caution in the hills.",
        "intensity",
    ),
    (
        "El candidato de extrema derecha perdió en el extremo norte del país.",
        "The far-right candidate lost in the far north of the country.",
        None,
    ),
    # less and higher
    (_PRICES, "Prices eased in March to 2.9%, three tenths lower than in February.", None),
    (_PRICES, "Prices rose in March to 2.9%, three tenths higher than in February.", "meaning"),
    # guards the first bench run asked for
    (
        "Dos de cada tres vecinos apoyan el proyecto, según la encuesta municipal.",
        "Two thirds of residents support the project, according to the city's survey.",
        None,
    ),
    (
        "Los protocolos de cada hospital se revisarán en enero, según la consejería.",
        "Each hospital's protocols will be reviewed in January, the regional ministry said.",
        None,
    ),
    (
        '"Ningún jugador ha dado positivo", informó la doctora del club.',
        '"One player has tested positive," the club doctor reported.',
        "negation",
    ),
    (
        "Es la historia de un pintor « cuya obra está marcada por su infancia en Sevilla ».",
        'It is the story of a painter "whose work is marked by her childhood in Seville".',
        "meaning",
    ),
    # a launch
    (
        '"Es el coche más rápido que hemos diseñado nunca", dijo la ingeniera jefe.',
        '"It is the fastest car we have ever designed," the chief engineer said.',
        None,
    ),
    (
        '"Es el coche más rápido que hemos diseñado nunca", dijo la ingeniera jefe.',
        '"It is the fastest car we have never designed," the chief engineer said.',
        "negation",
    ),
    (
        '"No vamos a retirar la oferta", zanjó la directora.',
        '"We are not going to withdraw the offer," the director said firmly.',
        None,
    ),
    (
        '"El sector está estancado y las ventas caen cada mes", señaló el analista.',
        '"The sector is stagnant and sales are falling every month," the analyst said.',
        None,
    ),
    # political families
    (_SPOKESWOMAN, _SPOKESWOMAN_MOVED, "speaker"),
    (
        _SPOKESWOMAN,
        '"It has been a very long week," said the Socialist Party spokeswoman, Lucía Ferrer.',
        None,
    ),
    (
        _SPOKESWOMAN,
        '"It has been a very long week," said the Socialist spokeswoman Lucía Ferrer.',
        None,
    ),
    (
        '"No votaremos estos presupuestos", afirmó el diputado conservador Luis Prieto.',
        '"We will not vote for this budget," said Liberal MP Luis Prieto.',
        "speaker",
    ),
    (
        '"No votaremos estos presupuestos", afirmó el diputado conservador Luis Prieto.',
        '"We will not vote for this budget," said Tory MP Luis Prieto.',
        None,
    ),
    (
        '"El plan llega tarde", señaló la concejala ecologista Marta Gil.',
        '"The plan comes late," said Green councillor Marta Gil.',
        None,
    ),
    (
        '"El plan llega tarde", señaló la concejala ecologista Marta Gil.',
        '"The plan comes late," said Communist councillor Marta Gil.',
        "speaker",
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_reported_and_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_families_read_from_mentions() -> None:
    assert party_families.families("la portavoz socialista, Lucía Ferrer", "es") == {"socialist"}
    assert party_families.families("the Popular Party spokeswoman", "en") == {"conservative"}
    assert party_families.families("the mayor", "en") == frozenset()
    assert party_families.other_family("el diputado laborista", "es", "the Tory MP", "en")
    # one family named on both sides, whatever else either says
    assert not party_families.other_family(
        "el senador republicano y conservador", "es", "the Republican senator", "en"
    )


@needs_apertium
def test_party_families_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(party_families, "PARTY_FAMILIES", False)
    assert "speaker" not in fresh_alarm_types(_SPOKESWOMAN, _SPOKESWOMAN_MOVED)


@needs_apertium
def test_lost_exceptions_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lost_exceptions, "LOST_EXCEPTIONS", False)
    assert "omission" not in fresh_alarm_types(_LIBRARY, _LIBRARY_CUT)


@needs_apertium
def test_figure_order_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figure_order, "FIGURE_ORDER", False)
    assert "number" not in fresh_alarm_types(_FORECAST, _FORECAST_TURNED)
    assert "number" not in fresh_alarm_types(_RANK, _RANK_LOST)


@needs_apertium
def test_unknown_source_word_may_render_a_near_one() -> None:
    """The span-gain reader's candidates (read before e5 weighs them): a word standing
    where the source has a word Apertium does not know, and nothing renders, is no
    candidate addition ("autovía", MT "*autovía" → "motorway"); a modifier far from it
    still is."""
    from aligner.drift.checks import read_side
    from aligner.drift.lexical_check import gather
    from aligner.drift.span_gain import candidates

    pairs = [
        (
            "Con lo que cuesta un kilómetro de autovía podríamos pagar el servicio de un año.",
            "For what one kilometre of motorway costs, we could pay for a year of service.",
        ),
        (
            "Con lo que cuesta un kilómetro de autovía podríamos pagar el servicio de un año.",
            "For what one kilometre of motorway costs, we could pay for a year of free service.",
        ),
    ]
    sides = [(read_side(s, "es"), read_side(t, "en")) for s, t in pairs]
    analysed = gather(sides, "es", "en")
    found = [
        [w.surface for w in candidates(*words, t)]
        for words, (_, t) in zip(analysed, pairs, strict=True)
    ]
    assert "motorway" not in found[0] and "motorway" not in found[1]
    assert "free" in found[1]
