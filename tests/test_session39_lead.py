"""Newsroom classes a reviewer meets, session 39 (lead; docs/drift.md "Session 39, lead").
The sentences are written here for these tests: ordinary Spanish news text of the seed's
kind (courts, markets, football, councils, hospitals), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all at major or
above). The classes:

* news events said as their opposite, in families the session-38 tables lacked
  (:mod:`aligner.drift.event_reversals`, critical ``meaning``): a contract or deadline
  extended said as ended and back; who left office, resigned said as dismissed; a market
  or forecast up said as down ("cerró al alza" → "closed lower"); ahead in the standings
  said as behind; a filing admitted said as dismissed; a pardon said as a sentence; a
  match drawn, won or lost said as another result; people who stayed said as gone and
  back; and "declaró el fin del estado de alarma" said as the state declared;
* a manager is a coach, a director or an executive in news English, so "el gerente" or
  "el director del hospital" → "the manager" is no change of speaker, while "el juez"
  → "the manager" still is;
* unnamed sources ("fuentes policiales") made the body itself ("Police said") and
  back, a major ``speaker`` finding (:mod:`aligner.drift.anonymous_sources`); "X said the
  minister will resign" takes X as the speaker, never the minister;
* "poco" as an amount ("Poco cambió", "Poco se sabe") said as none ("Nothing changed"),
  critical ``negation`` (:mod:`aligner.drift.zero_amounts`);
* the preterite of "poder" ("pudo", "no pudo más que") said by "could" adds no hedge.

The faithful rendering of each event stays quiet, and so do sentences that say one pole
of a family in words the tables do not list.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.alignment.segment import segment
from aligner.statements.quotes import find_statements
from aligner.types import Document
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

CASES = [
    (
        "El Ejecutivo amplió el plazo de solicitud hasta el viernes.",
        "The government closed the application period on Friday.",
        "meaning",
    ),
    ("El Gobierno indultó a los condenados.", "The government sentenced the convicts.", "meaning"),
    (
        "El Gobierno prorrogó el contrato con la empresa.",
        "The government terminated the contract with the company.",
        "meaning",
    ),
    (
        "El Ibex 35 cerró la sesión en positivo.",
        "The Ibex 35 ended the session in the red.",
        "meaning",
    ),
    (
        "El candidato socialista encabeza las encuestas.",
        "The Socialist candidate trails in the polls.",
        "meaning",
    ),
    (
        "El club renovó el contrato del entrenador hasta 2027.",
        "The club terminated the coach's contract until 2027.",
        "meaning",
    ),
    (
        "El club rescindió el contrato del entrenador.",
        "The club extended the coach's contract.",
        "meaning",
    ),
    ("El equipo empató con el Betis.", "The team beat Betis.", "meaning"),
    ("El juez admitió a trámite la demanda.", "The judge dismissed the lawsuit.", "meaning"),
    (
        "El presidente declaró el fin del estado de alarma.",
        "The president declared a state of alarm.",
        "meaning",
    ),
    (
        "El presidente dimitió tras el escándalo.",
        "The president was sacked after the scandal.",
        "meaning",
    ),
    (
        "La Bolsa cerró al alza este viernes.",
        "The stock market closed lower this Friday.",
        "meaning",
    ),
    ("El juez dijo que el caso está cerrado.", "The manager said the case is closed.", "speaker"),
    (
        "El director del hospital dijo que la situación está controlada.",
        "The hospital's manager said the situation is under control.",
        None,
    ),
    (
        "El director del hospital dijo que la situación está controlada.",
        "The hospital director said the situation is under control.",
        None,
    ),
    (
        "El gerente de la empresa dijo que no habrá despidos.",
        "The company's manager said there will be no layoffs.",
        None,
    ),
    (
        "El entrenador dijo que el equipo está preparado.",
        "The manager said the team is ready.",
        None,
    ),
    (
        "El director del hospital confirmó el cierre de la planta.",
        "The hospital's manager confirmed the closure of the ward.",
        None,
    ),
    (
        "El Gobierno prorrogó el contrato con la empresa.",
        "The government extended the contract with the company.",
        None,
    ),
    (
        "El presidente declaró el fin del estado de alarma.",
        "The president declared the end of the state of alarm.",
        None,
    ),
    ("El presidente dimitió tras el escándalo.", "The president resigned after the scandal.", None),
    (
        "El presidente dimitió tras el escándalo.",
        "The president stepped down after the scandal.",
        None,
    ),
    (
        "El Gobierno destituyó al jefe de la policía.",
        "The government sacked the police chief.",
        None,
    ),
    (
        "El Gobierno aceptó la dimisión del ministro.",
        "The government accepted the minister's resignation.",
        None,
    ),
    (
        "La oposición pidió el cese del ministro.",
        "The opposition called for the minister's dismissal.",
        None,
    ),
    ("La Bolsa cerró al alza este viernes.", "The stock market closed higher this Friday.", None),
    (
        "El Ibex 35 cerró la sesión en positivo.",
        "The Ibex 35 ended the session in positive territory.",
        None,
    ),
    (
        "El Banco de España revisó a la baja sus previsiones de crecimiento.",
        "The Bank of Spain revised its growth forecasts downwards.",
        None,
    ),
    (
        "El FMI revisó al alza la previsión de crecimiento.",
        "The IMF revised its growth forecast upward.",
        None,
    ),
    (
        "El candidato socialista encabeza las encuestas.",
        "The Socialist candidate leads the polls.",
        None,
    ),
    (
        "El candidato socialista encabeza las encuestas.",
        "The Socialist candidate is ahead in the polls.",
        None,
    ),
    ("El Gobierno indultó a los condenados.", "The government pardoned the convicts.", None),
    (
        "El Gobierno indultó a los condenados por sedición.",
        "The government pardoned those convicted of sedition.",
        None,
    ),
    (
        "El club renovó el contrato del entrenador hasta 2027.",
        "The club renewed the coach's contract until 2027.",
        None,
    ),
    (
        "El club rescindió el contrato del entrenador.",
        "The club terminated the coach's contract.",
        None,
    ),
    (
        "El Ejecutivo amplió el plazo de solicitud hasta el viernes.",
        "The government extended the application deadline to Friday.",
        None,
    ),
    ("El juez admitió a trámite la demanda.", "The judge agreed to hear the lawsuit.", None),
    (
        "El tribunal desestimó el recurso de la defensa.",
        "The court dismissed the defence's appeal.",
        None,
    ),
    ("El equipo empató con el Betis.", "The team drew with Betis.", None),
    (
        "El Sevilla venció al Betis por dos goles a uno.",
        "Sevilla beat Betis two goals to one.",
        None,
    ),
    ("El Sevilla perdió ante el Betis.", "Sevilla lost to Betis.", None),
    (
        "El Madrid cayó ante el Barcelona en la final.",
        "Madrid fell to Barcelona in the final.",
        None,
    ),
    (
        "El presidente declaró el fin del estado de alarma.",
        "The president announced the end of the state of emergency.",
        None,
    ),
    ("El Gobierno puso fin al toque de queda.", "The government ended the curfew.", None),
    ("El Gobierno puso fin al toque de queda.", "The government put an end to the curfew.", None),
    (
        "La empresa despidió al director financiero.",
        "The company fired its chief financial officer.",
        None,
    ),
    (
        "El juez condenó al acusado a dos años de prisión.",
        "The judge sentenced the defendant to two years in prison.",
        None,
    ),
    ("El Gobierno condenó el atentado.", "The government condemned the attack.", None),
    ("El entrenador renovó hasta 2026.", "The coach extended his contract until 2026.", None),
    (
        "El contrato vence en junio y el club no lo renovará.",
        "The contract expires in June and the club will not renew it.",
        None,
    ),
    ("El líder del partido dimitió el lunes.", "The party leader resigned on Monday.", None),
    (
        "El partido lidera las encuestas desde enero.",
        "The party has topped the polls since January.",
        None,
    ),
    ("Los precios cerraron el año con subidas del 3 %.", "Prices ended the year up 3%.", None),
    ("La aerolínea canceló cien vuelos.", "The airline cancelled a hundred flights.", None),
    ("El atleta quedó por detrás de su rival.", "The athlete finished behind his rival.", None),
    ("El alcalde pudo reconocer el error.", "The mayor could admit the mistake.", None),
    ("El alcalde no pudo reconocer el error.", "The mayor could not admit the mistake.", None),
    (
        "El alcalde no pudo más que reconocer el error.",
        "The mayor could only admit the mistake.",
        None,
    ),
    (
        "El alcalde no pudo sino reconocer el error.",
        "The mayor could only admit the mistake.",
        None,
    ),
    (
        "El alcalde no pudo más que reconocer el error.",
        "The mayor could do nothing but admit the mistake.",
        None,
    ),
    ("La empresa no puede más que esperar.", "The company can only wait.", None),
    # unnamed sources made the body itself, and back
    (
        "Según fuentes policiales, el detenido tiene antecedentes.",
        "Police confirmed that the detainee has a criminal record.",
        "speaker",
    ),
    (
        "Según fuentes policiales, el detenido tiene antecedentes.",
        "According to police, the detainee has a criminal record.",
        "speaker",
    ),
    (
        "Fuentes del Gobierno aseguraron que el acuerdo está cerrado.",
        "The government said the deal is done.",
        "speaker",
    ),
    (
        "Aseguraron fuentes del Gobierno que el acuerdo está cerrado.",
        "The government said the deal is done.",
        "speaker",
    ),
    (
        "El Gobierno aseguró que el acuerdo está cerrado.",
        "Government sources said the deal is done.",
        "speaker",
    ),
    (
        "Según fuentes policiales, el detenido confesó el crimen.",
        "Authorities said the detainee confessed to the crime.",
        "speaker",
    ),
    (
        "Fuentes del Gobierno aseguraron que el acuerdo está cerrado.",
        "Government sources said the deal is done.",
        None,
    ),
    (
        "Las fuentes de energía renovables crecieron un 10 %.",
        "Renewable energy sources grew by 10%.",
        None,
    ),
    (
        "La policía, según fuentes del caso, detuvo a dos personas.",
        "Police, according to sources in the case, arrested two people.",
        None,
    ),
    (
        "Según fuentes sanitarias, hay 30 personas ingresadas.",
        "Health officials say 30 people are in hospital.",
        None,
    ),
    (
        "Fuentes cercanas al presidente dijeron que no dimitirá.",
        "People close to the president said he will not resign.",
        None,
    ),
    (
        "Según una fuente del club, el jugador está lesionado.",
        "A club source said the player is injured.",
        None,
    ),
    (
        "El Ministerio aseguró que la vacuna es segura.",
        "The ministry said the vaccine is safe.",
        None,
    ),
    (
        "Según el Ministerio, la vacuna es segura.",
        "According to the ministry, the vaccine is safe.",
        None,
    ),
    (
        "Según fuentes del Ministerio de Sanidad, la vacuna es segura.",
        "According to Health Ministry sources, the vaccine is safe.",
        None,
    ),
    (
        "El ministro dijo que se necesitan nuevas fuentes de energía.",
        "The minister said new energy supplies are needed.",
        None,
    ),
    (
        "El agua de las fuentes públicas es potable, dijo el alcalde.",
        "Water from public fountains is drinkable, the mayor said.",
        None,
    ),
    (
        "Según fuentes de la investigación, el incendio fue provocado.",
        "Investigators said the fire was started deliberately.",
        None,
    ),
    # "poco" as an amount said as none
    ("Poco cambió tras las elecciones.", "Nothing changed after the election.", "negation"),
    ("Poco se sabe del sospechoso.", "Nothing is known about the suspect.", "negation"),
    ("Poco se sabe del sospechoso.", "Little is known about the suspect.", None),
    ("Cambió poco tras las elecciones.", "Little changed after the election.", None),
    ("Poco después, la policía llegó.", "Soon after, police arrived.", None),
    ("El plan es poco probable.", "The plan is not likely.", None),
    # people stayed or left
    (
        "El alcalde se quedó en casa durante la tormenta.",
        "The mayor left home during the storm.",
        "meaning",
    ),
    (
        "El alcalde se quedó en casa durante la tormenta.",
        "The mayor stayed at home during the storm.",
        None,
    ),
    (
        "Los vecinos permanecieron en sus casas pese a la orden.",
        "Residents left their homes despite the order.",
        "meaning",
    ),
    (
        "Los vecinos permanecieron en sus casas pese a la orden.",
        "Residents remained in their homes despite the order.",
        None,
    ),
    (
        "Los vecinos abandonaron sus casas por el incendio.",
        "Residents stayed in their homes because of the fire.",
        "meaning",
    ),
    (
        "Los vecinos abandonaron sus casas por el incendio.",
        "Residents left their homes because of the fire.",
        None,
    ),
    (
        "Cientos de personas fueron evacuadas por el incendio.",
        "Hundreds of people were evacuated because of the fire.",
        None,
    ),
    (
        "El ministro permanecerá en el cargo hasta junio.",
        "The minister will remain in office until June.",
        None,
    ),
    (
        "El presidente se quedó sin apoyos tras la votación.",
        "The president was left without support after the vote.",
        None,
    ),
    (
        "La inflación se mantuvo estable y el paro se quedó en el 12 %.",
        "Inflation remained stable and unemployment stayed at 12%.",
        None,
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_newsroom_class(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A source said the minister will resign.", "A source"),
        ("A club source said the player is injured.", "A club source"),
        ("The club said the player is injured.", "The club"),
        ("Sources said the minister will resign.", "Sources"),
        ("Afirmó el ministro que la economía crece.", "el ministro"),
        ("Lavrov said the talks will resume.", "Lavrov"),
    ],
)
def test_the_reported_clause_holds_no_speaker(text: str, speaker: str) -> None:
    """ "X said the minister will resign": the minister is what is reported on, never the
    one who said it, whether or not X is a word the finder knows as a speaker."""
    lang = "es" if text.startswith("Afirmó") else "en"
    doc = Document("test", lang, text, segment(text, lang))
    [statement] = find_statements(doc)
    assert statement.speaker.mention == speaker
