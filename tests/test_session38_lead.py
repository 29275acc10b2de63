"""Newsroom classes a reviewer meets, session 38 (lead; docs/drift.md "Session 38, lead").
The sentences are written here for these tests: ordinary Spanish news text of the seed's
kind (central banks, courts, police, football, councils, transport), not taken from any
data.

Each case is a pair and the alarm type expected (None: no alarm at all). The class is a
news event said as its opposite where Apertium renders the Spanish idiom word by word
(:mod:`aligner.drift.event_reversals`, critical ``meaning``): rates raised said as cut
("subió los tipos", Apertium's "went up the types"); a person freed said as arrested, or
held on remand said as released; charges dropped said as pressed; a player signed said
as sold; a team promoted said as relegated; a meeting behind closed doors said as public;
a late train said as early; a state of alarm lifted said as declared; support withdrawn
said as given; a vote put off said as brought forward; a patient discharged said as
admitted; talks resumed said as suspended; a fire still burning said as put out; a strike
called said as called off.

And a class of who did it: a subject's role before a verb of stance or announcement with
an object ("Un portavoz del club confirmó el fichaje" → "The club's president confirmed
the signing"; :mod:`aligner.drift.acting_roles`, critical ``speaker``), which no
statement is found in, so the speaker checks never compared the two. The faithful rendering of each
stays quiet, and so does a sentence that says both poles of one event.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_ECB = "El Banco Central Europeo subió los tipos de interés un cuarto de punto."
_FED = "La Reserva Federal bajó los tipos por segunda vez este año."
_TAXES = "El Ayuntamiento subirá los impuestos municipales el año que viene."
_POLICE = "La policía liberó a los detenidos tras doce horas en comisaría."
_REMAND = "El juez decretó prisión provisional para el empresario."
_FREED = "El juez dejó en libertad al empresario."
_CHARGES = "La fiscalía retiró la acusación contra el exalcalde."
_SIGNED = "El club fichó al delantero por veinte millones."
_PROMOTED = "El equipo ascendió a Primera División tras ganar en Vigo."
_DOORS = "La reunión se celebró a puerta cerrada."
_TRAIN = "El tren llegó con dos horas de retraso."
_ALARM = "El Gobierno levantó el estado de alarma en todo el país."
_SUPPORT = "La oposición retiró su apoyo al Gobierno."
_VOTE = "El Parlamento aplazó la votación hasta septiembre."
_DISCHARGED = "El hospital dio de alta a la paciente el lunes."
_ADMITTED = "El paciente ingresó en el hospital el martes."
_TALKS = "El Gobierno reanudó las negociaciones con los sindicatos."
_FIRE = "El incendio sigue activo tras dos días."
_CONTAINED = "Los bomberos sofocaron el incendio tras seis horas."
_STRIKE = "El sindicato convocó una huelga para el lunes."
_STRIKE_OFF = "El sindicato desconvocó la huelga del lunes."
_SPOKESMAN = "Un portavoz del club confirmó el fichaje del delantero."
_JUDGE = "El juez rechazó el recurso de la defensa."
_MINISTER = "La ministra de Sanidad anunció nuevas medidas contra la gripe."

CASES = [
    # rates and taxes raised or cut
    (_ECB, "The European Central Bank cut interest rates by a quarter of a point.", "meaning"),
    (_ECB, "The European Central Bank raised interest rates by a quarter of a point.", None),
    (_FED, "The Federal Reserve raised rates for the second time this year.", "meaning"),
    (_FED, "The Federal Reserve lowered rates for the second time this year.", None),
    (_TAXES, "The city council will lower municipal taxes next year.", "meaning"),
    (_TAXES, "The city council will raise municipal taxes next year.", None),
    (
        "El banco subió los tipos de interés y bajó las comisiones.",
        "The bank raised interest rates and cut its fees.",
        None,
    ),
    # a person freed or held
    (_POLICE, "Police arrested the detainees after twelve hours at the station.", "meaning"),
    (_POLICE, "Police released the detainees after twelve hours at the station.", None),
    (_REMAND, "The judge released the businessman on bail.", "meaning"),
    (_REMAND, "The judge remanded the businessman in custody.", None),
    (_FREED, "The judge sent the businessman to prison.", "meaning"),
    (_FREED, "The judge released the businessman.", None),
    # charges dropped or brought
    (_CHARGES, "Prosecutors pressed charges against the former mayor.", "meaning"),
    (_CHARGES, "Prosecutors dropped the charges against the former mayor.", None),
    # a player signed or sold
    (_SIGNED, "The club sold the striker for twenty million.", "meaning"),
    (_SIGNED, "The club signed the striker for twenty million.", None),
    # promoted or relegated
    (_PROMOTED, "The team was relegated to the First Division after winning in Vigo.", "meaning"),
    (_PROMOTED, "The team won promotion to the First Division after winning in Vigo.", None),
    # behind closed doors or in public
    (_DOORS, "The meeting was held in public.", "meaning"),
    (_DOORS, "The meeting was held behind closed doors.", None),
    # late or early
    (_TRAIN, "The train arrived two hours early.", "meaning"),
    (_TRAIN, "The train arrived two hours late.", None),
    (
        "La votación se retrasó hasta principios de marzo.",
        "The vote was delayed until early March.",
        None,
    ),
    # restrictions lifted or imposed
    (_ALARM, "The government declared a state of emergency across the country.", "meaning"),
    (_ALARM, "The government lifted the state of emergency across the country.", None),
    # support withdrawn or given
    (_SUPPORT, "The opposition gave its support to the government.", "meaning"),
    (_SUPPORT, "The opposition withdrew its support from the government.", None),
    # a date put off or brought forward
    (_VOTE, "Parliament brought the vote forward to September.", "meaning"),
    (_VOTE, "Parliament postponed the vote until September.", None),
    # a patient discharged or admitted
    (_DISCHARGED, "The hospital admitted the patient on Monday.", "meaning"),
    (_DISCHARGED, "The hospital discharged the patient on Monday.", None),
    (_ADMITTED, "The patient was discharged from hospital on Tuesday.", "meaning"),
    (_ADMITTED, "The patient was admitted to hospital on Tuesday.", None),
    # talks resumed or suspended
    (_TALKS, "The government suspended negotiations with the unions.", "meaning"),
    (_TALKS, "The government resumed negotiations with the unions.", None),
    # a fire still burning or put out
    (_FIRE, "The fire was put out after two days.", "meaning"),
    (_FIRE, "The fire is still burning after two days.", None),
    (_CONTAINED, "Firefighters fought the blaze, still raging after six hours.", "meaning"),
    (_CONTAINED, "Firefighters put out the fire after six hours.", None),
    # a strike called or called off
    (_STRIKE, "The union called off the strike planned for Monday.", "meaning"),
    (_STRIKE, "The union called a strike for Monday.", None),
    (_STRIKE_OFF, "The union called a strike for Monday.", "meaning"),
    (_STRIKE_OFF, "The union called off Monday's strike.", None),
    # who did it, by role, with no statement reported
    (_SPOKESMAN, "The club's president confirmed the signing of the striker.", "speaker"),
    (_SPOKESMAN, "A club spokesman confirmed the signing of the striker.", None),
    (_JUDGE, "The prosecutor rejected the defence's appeal.", "speaker"),
    (_JUDGE, "The judge rejected the defence's appeal.", None),
    (_MINISTER, "The mayor announced new measures against flu.", "speaker"),
    (_MINISTER, "The health minister announced new measures against flu.", None),
    (
        "El presidente del Gobierno anunció su dimisión.",
        "The prime minister announced his resignation.",
        None,
    ),
    ("El Papa criticó la guerra.", "The Pope criticised the war.", None),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_newsroom_classes(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


@needs_apertium
def test_a_reversed_event_is_critical_and_quotes_both_sides():
    tgt = "The European Central Bank cut interest rates by a quarter of a point."
    reversals = [f for f in findings(__name__, _ECB, tgt) if "opposite event" in f.message]
    assert len(reversals) == 1, reversals
    (found,) = reversals
    assert found.severity == "critical" and found.type == "meaning"
    assert _ECB[found.source_span[0] : found.source_span[1]] == "subió los tipos"
    assert tgt[found.target_span[0] : found.target_span[1]] == "cut interest rates"


def test_event_tables_read_each_language_without_mt():
    """The tables read Spanish and English on their own, with no MT at all; a pair whose
    translation says both poles stays quiet."""
    from aligner.drift.checks import read_side
    from aligner.drift.event_reversals import check_event_reversals
    from aligner.drift.signals import Evidence

    side = read_side

    ev = Evidence(mt=None)
    src = side("El club fichó al delantero.", "es")
    (found,) = check_event_reversals(src, side("The club sold the striker.", "en"), ev)
    assert "a player was sold" in found.message
    both = side("The club sold its captain and signed the striker.", "en")
    assert check_event_reversals(src, both, ev) == []
    # English source, Spanish translation: the same families, read the other way.
    english = side("Police arrested three protesters.", "en")
    spanish = side("La policía liberó a tres manifestantes.", "es")
    (back,) = check_event_reversals(english, spanish, ev)
    assert "someone was freed" in back.message
