"""What a newsroom's faithful quotations and a few invented drifts showed, session 27
(docs/drift.md, "Session 27, lead"). The sentences are written here for these tests, not
taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* going on said as "not stopping" ("no paran de subir" → "keep rising") and its
  opposite ("have stopped rising"), which the literal MT's "do not stop to go up" had
  excused;
* "without" before a worry or a hitch ("votar con tranquilidad" → "vote without
  worry") is no negation;
* grief said by a participle ("Estamos destrozados" → "We are devastated") answers a
  strong word;
* what a law "manda" is a duty ("como manda la ley" → "as the law requires");
* a role read from inside the quotation ("«… había enviado …», dijo el consejero": the
  participle "enviado" was read as an envoy and clashed with "the regional minister");
* opposing is refusing ("el 25 % que la rechaza" → "25% who oppose it");
* "cada dos días" is "every other day";
* "single" stresses the source's n-word ("ni un euro" → "not a single euro");
* "parecer" before an adjective of outcome is a hedge ("parece inevitable" → "is
  inevitable" drops it);
* existential "there" is a subject ("In two years there will be…" read as missing one);
* "full", "whole" render the source's "todo el" ("todo el apoyo" → "the full support");
* a place named where the source says its people's demonym ("cada cruceño" → "every
  person from Santa Cruz"); "turned out in force" is no obligation;
* an invented flood report: two portfolios of one role ("de Justicia e Interior" →
  "justice and interior minister") read as another ministry, "a primera hora" →
  "early" as an addition, "no hay que lamentar víctimas" as a duty lost; and, drifted,
  "afortunadamente no hay…" → "unfortunately there are…" excused as a negation moved
  into "unfortunately", the same person credited with another party, and "al menos
  hasta el jueves" → "until Thursday" (a lower bound no figure carries) quiet.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

CASES = [
    # going on, stopping
    (
        '"Los alquileres no paran de subir", lamentó la inquilina.',
        '"Rents have stopped rising," the tenant lamented.',
        "meaning",
    ),
    (
        '"Los alquileres no paran de subir", lamentó la inquilina.',
        '"Rents keep rising," the tenant lamented.',
        None,
    ),
    (
        '"Los alquileres no paran de subir", lamentó la inquilina.',
        '"Rents do not stop rising," the tenant lamented.',
        None,
    ),
    (
        "La policía detuvo la manifestación en la plaza.",
        "The police did not stop the demonstration in the square.",
        "negation",
    ),
    # without a worry
    (
        '"Podéis salir a la calle con tranquilidad", dijo la alcaldesa.',
        '"You can go out without worry," the mayor said.',
        None,
    ),
    (
        "La jornada electoral transcurrió con normalidad en toda la provincia.",
        "Election day went off without incident across the province.",
        None,
    ),
    (
        "La jornada electoral transcurrió sin incidentes en toda la provincia.",
        "Election day went off smoothly across the province.",
        None,
    ),
    # grief said by a participle
    (
        '"Estamos destrozados", dijo la madre del joven.',
        '"We are devastated," said the young man\'s mother.',
        None,
    ),
    (
        '"Estamos cansados", dijo la madre del joven.',
        '"We are devastated," said the young man\'s mother.',
        "intensity",
    ),
    # what the law lays down
    (
        '"Lo haremos como manda la ley", aseguró el alcalde.',
        '"We will do it as the law requires," the mayor said.',
        None,
    ),
    (
        "La norma establece que los comercios deben cerrar a las diez.",
        "The rule requires shops to close at ten.",
        None,
    ),
    # the speaker's role, not a word of the quotation
    (
        '"Nunca se había enviado tanto dinero", dijo el consejero.',
        '"So much money had never been sent," the regional minister said.',
        None,
    ),
    # opposing, refusing
    (
        "El 58 % apoya la ley, frente al 31 % que la rechaza.",
        "58% support the law, against 31% who oppose it.",
        None,
    ),
    (
        "Los diputados de la oposición votaron en contra del presupuesto.",
        "Opposition lawmakers voted against the budget.",
        None,
    ),
    (
        "Los diputados de la oposición apoyaron el presupuesto.",
        "Opposition lawmakers opposed the budget.",
        "meaning",
    ),
    # every other day
    (
        "El camión de la basura pasa cada dos días por el barrio.",
        "The rubbish truck comes through the neighbourhood every other day.",
        None,
    ),
    (
        "El camión de la basura pasa cada dos semanas por el barrio.",
        "The rubbish truck comes through the neighbourhood every other day.",
        "number",
    ),
    (
        "El camión de la basura pasa cada dos días por el barrio.",
        "The rubbish truck comes through the neighbourhood every day.",
        "number",
    ),
    # a single euro
    (
        '"No vamos a pagar ni un euro más por ese contrato", dijo el alcalde.',
        '"We will not pay a single euro more for that contract," the mayor said.',
        None,
    ),
    (
        "Una madre crió a sus tres hijos en el barrio.",
        "A single mother raised her three children in the neighbourhood.",
        "addition",
    ),
    # seeming
    (
        '"La segunda vuelta parece inevitable", dijo el analista.',
        '"The runoff is inevitable," the analyst said.',
        "modality",
    ),
    (
        '"La segunda vuelta parece inevitable", dijo el analista.',
        '"The runoff seems inevitable," the analyst said.',
        None,
    ),
    (
        '"La segunda vuelta parece inevitable", dijo el analista.',
        '"A runoff looks inevitable," the analyst said.',
        None,
    ),
    (
        "¿Qué te parece el nuevo horario del metro?",
        "What do you think of the new metro timetable?",
        None,
    ),
    # existential "there" is a subject
    (
        '"Dentro de tres años habrá una escuela nueva", prometió la alcaldesa.',
        '"In three years there will be a new school," the mayor promised.',
        None,
    ),
    # totality said by the noun's modifier
    (
        '"Tenemos todo el apoyo de los vecinos", dijo la directora.',
        '"We have the full support of the residents," the director said.',
        None,
    ),
    (
        '"Tenemos el apoyo de los vecinos", dijo la directora.',
        '"We have the full support of the residents," the director said.',
        "addition",
    ),
    # a place named where the source says its people's demonym
    (
        '"Cada cruceño debe sentirse orgulloso", dijo el gobernador.',
        '"Every person from Santa Cruz should feel proud," the governor said.',
        None,
    ),
    (
        "Los madrileños votaron en masa el domingo.",
        "People in Madrid turned out in force to vote on Sunday.",
        None,
    ),
    # an invented flood report, faithful: two portfolios of one role, "early", a news idiom
    (
        '"No salgan de casa", pidió la consejera de Sanidad y Consumo.',
        '"Do not leave your homes," urged the regional health and consumer affairs minister.',
        None,
    ),
    (
        "Los bomberos activaron el plan a primera hora de la mañana.",
        "Firefighters activated the plan early in the morning.",
        None,
    ),
    (
        '"Afortunadamente, no hay que lamentar daños personales", dijo el jefe de bomberos.',
        '"Fortunately, there are no injuries," said the fire chief.',
        None,
    ),
    # and drifted: "unfortunately there are" flips the source's negation; the same
    # person with another party
    (
        '"Afortunadamente, no hay que lamentar daños personales", dijo el jefe de bomberos.',
        '"Unfortunately, there are injuries," said the fire chief.',
        "negation",
    ),
    (
        '"Las ayudas llegaron tarde", denunció el portavoz del PSOE, Luis Romero.',
        '"The aid arrived late," said the PP spokesman, Luis Romero.',
        "speaker",
    ),
    (
        '"Las ayudas llegaron tarde", denunció el portavoz del PSOE, Luis Romero.',
        '"The aid arrived late," said the PSOE spokesman, Luis Romero.',
        None,
    ),
    # a lower bound dropped where no figure carries it
    (
        "Según los meteorólogos, la ola de frío durará al menos hasta el domingo.",
        "According to forecasters, the cold snap will last until Sunday.",
        "omission",
    ),
    (
        "Según los meteorólogos, la ola de frío durará al menos hasta el domingo.",
        "According to forecasters, the cold snap will last at least until Sunday.",
        None,
    ),
    # after the merge: an opposite under an idle "without", a noun moved, not cut
    (
        "La leche del comedor es segura y se puede tomar con tranquilidad.",
        "The canteen's milk is safe and can be drunk without worry.",
        None,
    ),
    (
        "Los vecinos pagan más por un autobús que cada día es peor.",
        "Residents pay more for a bus that gets worse every day.",
        None,
    ),
    # ContraTICO's whole file after the merge (classes, written here): a body speaking is
    # no person with another body; "no formal" beside a plain "formal" is "non-formal";
    # "at the very least" renders "al menos"
    (
        '"Hay que vacunarse", dijo el departamento de Salud y Servicios Sociales de Chile.',
        '"People must get vaccinated," said the Chilean Department of Health and Social Services.',
        None,
    ),
    (
        "Los cursos formales (a diferencia de la formación informal o no formal) dan título.",
        "Formal courses, as opposed to informal or non-formal training, lead to a degree.",
        None,
    ),
    (
        "Podéis al menos llamar a vuestra familia desde el hotel.",
        "At the very least you can call your family from the hotel.",
        None,
    ),
    # the trace archive's faithful quotations: a verb of becoming, a past inability
    (
        "La universidad pública no puede convertirse en un negocio",
        "Public university cannot become a business",
        None,
    ),
    (
        '"Tuvimos que cerrar la cocina porque no encontrábamos cocineros", dijo el dueño.',
        '"We had to close the kitchen because we could not find cooks," the owner said.',
        None,
    ),
]


@needs_apertium
@pytest.mark.parametrize("src,tgt,kind", CASES)
def test_newsroom_classes(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


@needs_apertium
def test_a_negation_more_or_less_is_not_called_affirmative():
    """A translation that keeps negations of its own is not "affirmative": the message
    says which side has a negation more (the flood report's "salvo que" dropped)."""
    from aligner.drift.checks import check_pairs

    pairs = [
        (
            '"Pedimos que nadie salga salvo que sea imprescindible", dijo el alcalde.',
            '"We are asking that nobody go out," the mayor said.',
        ),
        ("No sabemos si vendrán.", "We do not know if they will not come."),
        ("No sabemos si vendrán.", "We know they will come."),
    ]
    fewer, more, plain = (
        [f.message for f in found if f.type == "negation"]
        for found in check_pairs(pairs, "es", "en", embedder=None, mt="auto")
    )
    assert fewer and "negation more" in fewer[0] and "affirmative" not in fewer[0], fewer
    assert more and "The translation has a negation more" in more[0], more
    assert plain and "affirmative" in plain[0], plain


def test_a_weekday_is_no_speaker_and_a_bare_apposition_gives_the_role():
    """ "Ana Ruiz, mayor of Aldea, on Monday asked…" (written here): the mayor quoted
    later is Ana Ruiz, not someone called Monday."""
    from aligner.statements.quotes import find_statements
    from aligner.types import Document

    text = (
        "Ana Ruiz, mayor of Aldea, on Monday asked for emergency funds.\n\n"
        '"We cannot rebuild the bridge every winter," the mayor said.\n'
    )
    (statement,) = find_statements(Document("", "en", text, ()))
    assert statement.speaker.name == "Ana Ruiz"
