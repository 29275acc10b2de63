"""False alarms on faithful pairs, thirteenth round (session 29, drift34c; docs/drift.md,
"Session 29 (drift34c)"). The sentences are written here for these tests, not taken
from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* an English verb and its particle render a source verb through WordNet's entry for the
  pair ("se rindieron" → "gave up" = "surrender"), which neither word does alone;
* an exception by a noun worded as a condition ("salvo el día de Navidad" → "unless it
  is Christmas Day"), and a condition of exception worded by a preposition ("a menos que
  llueva" → "except when it rains"): "unless" and "a menos que" count as negations;
* a halt denied is going on ("no debe interrumpirse" → "must continue", "no se
  suspenderá" → "will go ahead"), but failing an exam ("no suspendió el examen") is
  no halt;
* "la carencia de" is "lack of", a negative verb as English "lack" and Spanish "falta
  de" are;
* avoiding a thing is not doing it ("evitando todo contacto" → "not having contact");
* advice against doing is advice not to do ("recomienda no viajar" → "advises against
  travel");
* an antonym with a negation at one of the two words only ("personal no esencial" →
  "nonessential staff", "no es todavía bien conocido" → "is still unknown"), where
  another negation of the sentence evens the count ("ha cesado" → MT "has ceased",
  rendered "shut down"); with an odd count the reversal is still read;
* "any" under "little" ("pocas pruebas … conclusiones" → "little evidence … any
  conclusions") is no opposite of "few";
* a source word rendered only by the head that renders another ("el número total" →
  "number", through the verb "to total") may be what an added modifier renders ("the
  overall number");
* a light Spanish adverb of time nothing renders ("ya", "todavía") is what an added
  English one renders ("las que ya han dado a luz" → "who have previously given birth");
* a prefixed word renders "no" and an adjective ("proteínas no estructurales" →
  "nonstructural proteins") inside a stretch worded as the MT;
* a degree word after "más" compares ("un más grande número" → "even more").
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_REBELS = "Los rebeldes se rindieron tras tres días de combates en la ciudad."
_MUSEUM = "El museo abrirá todos los días salvo el día de Navidad."
_MARKET = "El mercado abrirá a las nueve a menos que llueva."
_SUPPLY = "El suministro eléctrico no debe interrumpirse durante la tormenta."
_EXAM = "No suspendió el examen y continuó sus estudios en Madrid."
_LACK = (
    "La carencia de acceso a internet puede perjudicar a los alumnos teletrabajadores de "
    "las zonas rurales."
)
_QUARANTINE = "Aunque no se ha impuesto una cuarentena, se pide a los vecinos quedarse en casa "
_EMBASSY = "El consulado ha evacuado al personal {} y la embajada ha cesado su actividad."
_NONESSENTIAL = (
    "The consulate has evacuated nonessential staff and the embassy has ceased operations."
)
_VIRUS = (
    "Aunque el virus {} todavía bien conocido, los datos sugieren que es contagioso y no es letal."
)
_UNKNOWN = (
    "Although the virus is still unknown, the data suggest that it is contagious and not lethal."
)
_VOTERS = "Los vecinos que {} votado se marcharon a casa."
_PROTEINS = "La proteína se divide para formar proteínas {} en la célula."
_NONSTRUCTURAL = "The protein splits to form nonstructural proteins in the cell."
_COUNTRIES = "Un más grande número de países ha impuesto restricciones a los viajeros."

CASES = [
    # a verb and its particle
    (_REBELS, "The rebels gave up after three days of fighting in the city.", None),
    # exceptions and conditions
    (_MUSEUM, "The museum will open every day unless it is Christmas Day.", None),
    (_MUSEUM, "The museum will not open unless it is Christmas Day.", "negation"),
    (_MARKET, "The market will open at nine except when it rains.", None),
    (_MARKET, "The market will open at nine when it rains.", "negation"),
    # a halt denied
    (_SUPPLY, "The power supply must continue during the storm.", None),
    (
        "La producción de la fábrica no se detendrá durante las fiestas.",
        "The factory's production will continue during the holidays.",
        None,
    ),
    (
        "El partido no se suspenderá aunque llueva, dijo el árbitro.",
        "The match will go ahead even if it rains, the referee said.",
        None,
    ),
    (_SUPPLY, "The power supply must be interrupted during the storm.", "negation"),
    (_EXAM, "He did not fail the exam and continued his studies in Madrid.", None),
    (_EXAM, "He failed the exam and continued his studies in Madrid.", "negation"),
    # avoiding
    (
        _QUARANTINE + "evitando todo contacto con los demás.",
        "Although no quarantine has been imposed, residents are asked to stay at home, "
        "not having contact with others.",
        None,
    ),
    (
        _QUARANTINE + "y mantener el contacto con los demás.",
        "Although no quarantine has been imposed, residents are asked to stay at home, "
        "not having contact with others.",
        "negation",
    ),
    # advice against
    (
        "El Ministerio de Asuntos Exteriores recomienda no viajar al país.",
        "The Foreign Office advises against travel to the country.",
        None,
    ),
    (
        "Los médicos recomiendan no tomar el fármaco durante el embarazo.",
        "Doctors recommend against taking the drug during pregnancy.",
        None,
    ),
    (
        "El Ministerio de Asuntos Exteriores recomienda viajar al país.",
        "The Foreign Office advises against travel to the country.",
        "meaning",
    ),
    # lacking ("teletrabajadores" is unknown to the MT, whose reading then excuses nothing)
    (_LACK, "Lack of internet access can hurt remote-working pupils in rural areas.", None),
    (_LACK, "Internet access can hurt remote-working pupils in rural areas.", "meaning"),
    # an antonym negated at one word
    (_EMBASSY.format("no esencial"), _NONESSENTIAL.replace("ceased", "shut down"), None),
    (_EMBASSY.format("esencial"), _NONESSENTIAL, "meaning"),
    (
        "El virus no es todavía bien conocido y los laboratorios han cesado los ensayos.",
        "The virus is still unknown and laboratories have halted the trials.",
        None,
    ),
    (_VIRUS.format("es"), _UNKNOWN, "meaning"),
    # "any" under "little"
    (
        "Hay pocas pruebas que permitan sacar conclusiones firmes sobre el caso.",
        "Little evidence exists to allow any firm conclusions about the case.",
        None,
    ),
    (
        "Hay pocas pruebas sobre el caso, según el juez.",
        "There is any amount of evidence about the case, according to the judge.",
        "meaning",
    ),
    # a word rendered by the head that renders another
    (
        "El informe indica el número total de pacientes ingresados en la región.",
        "The report shows the overall number of patients admitted in the region.",
        None,
    ),
    (
        "El informe indica el número de pacientes ingresados en la región.",
        "The report shows the overall number of patients admitted in the region.",
        "addition",
    ),
    # a light adverb of time
    (_VOTERS.format("ya habían"), "Residents who had previously voted went home.", None),
    (_VOTERS.format("habían"), "Residents who had previously voted went home.", "addition"),
    (
        _VOTERS.format("ya habían"),
        "Residents who had already secretly voted went home.",
        "addition",
    ),
    # "no" and an adjective, one prefixed word
    (_PROTEINS.format("no estructurales"), _NONSTRUCTURAL, None),
    (_PROTEINS.format("estructurales"), _NONSTRUCTURAL, "meaning"),
    # a comparison
    (_COUNTRIES, "Even more countries have imposed restrictions on travellers.", None),
    (_COUNTRIES, "A number of countries have imposed restrictions on travellers.", "intensity"),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)
