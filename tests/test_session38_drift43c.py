"""False alarms on ContraTICO's label-0 pairs, twenty-second round (session 38, drift43c;
docs/drift.md, "Session 38 (drift43c)"). The sentences are written here for these tests
(ordinary health and news Spanish), not taken from any data.

Each case is a pair and the alarm expected (None: no alarm at all; a type: an alarm of
that type among them). The classes:

* a figure, a month or a scale word misspelt in the source ("sies", "febreo",
  "millnes", or the translation's "mllions" left in it) is that word, not a figure the
  translation made up: its finding is a minor note; "sies" → "seven" and a year typed
  short ("202") are still critical;
* an acronym with a letter typed twice ("la MPOPC", "la EPOCC") is the translation's in
  another order ("COPD"), as "MPOC" is; "EPOCC" against "CORD" is still a swap;
* a noun of action after a light verb ("le someterán a vigilancia", "le pondrán bajo
  vigilancia") is said by the English verb ("will monitor you"); the clause with nothing
  of watching in the translation is still dropped, and so is one whose English verb a
  word of the source's own stem says ("monitorización … y un seguimiento" ↔ "fetal
  monitoring");
* words that single one item out ("más concretamente", "en concreto", "máxime")
  answer the translation's "particularly", "especially"; "particularly" nothing says
  is still an intensifier added;
* "the spread of" after another verb renders the noun that "contener" acts on
  ("contener la expansión de la epidemia" → "slow the spread of the epidemic"), no
  opposite of "contain"; "El incendio fue contenido" → "The fire spread" still is one;
* an adjective of extent in "-wide" ("nationwide") keeps the MT's "national", so the
  "local" or "worldwide" beside it renders another word ("regionales", "del mundo");
  "cierres nacionales" → "local closures" is still an opposite;
* a word of a name the source writes in lower case ("la Organización mundial de la
  salud") is rendered by the translation's capitalised name ("World Health
  Organization"), so "illness" elsewhere is no opposite of "salud"; a second "salud"
  outside the name still is one;
* "atender" (look after) is no "attend" (be present) whose opposite is "miss": "se
  ausentan del trabajo para atender a sus hijos" → "miss work to care for their
  children"; "asistió a la reunión" → "missed the meeting" is still an opposite;
* going, attending or playing negated is said by "miss" ("no asistió a la reunión" →
  "missed the meeting", "no jugará" → "will miss"); "attended" for "no asistió" and
  "missed a dose" for "no perdió ninguna dosis" are still negations dropped.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_REPORT = "El informe del ministerio tiene al menos sies limitaciones."
_SPENT = "Los turistas gastaron unos 60 millnes de euros en la ciudad."
_MARCH = "El 23 de febreo, el ministro anunció el cierre de los colegios."
_OLDER = "Los mayores de 65 años, y más concretamente los mayores de 85, tienen más riesgo."

# (source, translation, expected alarm type: None is none at all)
CASES = [
    # a figure's word misspelt in the source
    (_REPORT, "The ministry's report has at least six limitations.", None),
    (_REPORT, "The ministry's report has at least seven limitations.", "number"),
    (_SPENT, "Tourists spent about 60 million euros in the city.", None),
    (_SPENT, "Tourists spent about 60 billion euros in the city.", "number"),
    (_MARCH, "On 23 February, the minister announced that schools would close.", None),
    (_MARCH, "On 23 March, the minister announced that schools would close.", "number"),
    (
        "La vigilancia ampliada comprende cinoc elementos.",
        "The extended surveillance comprises five components.",
        None,
    ),
    (
        "A principios de arbil, los contagios se acercaban al millón.",
        "In early April, infections were approaching one million.",
        None,
    ),
    (
        "Los ingresos de la feria llegaron a unos 870 mllions de dólares.",
        "The fair's revenue reached about $870 million.",
        None,
    ),
    (
        "La pandemia fue declarada el 11 de marzo de 202.",
        "The pandemic was declared on 11 March 2020.",
        "number",
    ),
    # an acronym with a letter typed twice, the translation's in another order
    (
        "Por ejemplo, el asma y la MPOPC se incluyeron entre las enfermedades pulmonares.",
        "For example, asthma and COPD were included among lung diseases.",
        None,
    ),
    (
        "El asma y la EPOCC se incluyeron entre las enfermedades pulmonares crónicas.",
        "Asthma and CORD were included among chronic lung diseases.",
        "entity",
    ),
    # a noun of action after a light verb, said by the English verb
    (
        "Muchos países le pondrán en cuarentena y le someterán a vigilancia para detectar "
        "síntomas.",
        "Many countries will quarantine you and monitor you for symptoms.",
        None,
    ),
    (
        "Si ha estado en contacto con un infectado, le pondrán en cuarentena durante 14 días "
        "y le pondrán bajo vigilancia.",
        "If you have been in contact with someone infected, you will be quarantined for 14 "
        "days and monitored.",
        None,
    ),
    (
        "Si ha estado en contacto con un infectado, le pondrán en cuarentena durante 14 días "
        "y le pondrán bajo vigilancia.",
        "If you have been in contact with someone infected, you will be quarantined for 14 days.",
        "omission",
    ),
    (
        "Sugieren que los casos sospechosos se beneficien de una monitorización fetal "
        "continua y de un seguimiento médico regular.",
        "They suggest that suspected cases should have continuous fetal monitoring.",
        "omission",
    ),
    # words that single one item out
    (_OLDER, "People over 65, and particularly those over 85, are at higher risk.", None),
    (
        "Varias comunidades, en concreto Andalucía y Murcia, sufren la sequía.",
        "Several regions, especially Andalusia and Murcia, are suffering from drought.",
        None,
    ),
    (
        "Las farmacias deben reforzar la vigilancia, máxime cuando suben los contagios.",
        "Pharmacies must step up monitoring, especially when infections are rising.",
        None,
    ),
    (
        "Los mayores de 65 años tienen más riesgo de ingreso.",
        "People over 65 are at a particularly high risk of admission.",
        "intensity",
    ),
    # "the spread of" after another verb than "contain"
    (
        "Las medidas buscan contener la expansión de la epidemia.",
        "The measures aim to slow the spread of the epidemic.",
        None,
    ),
    (
        "Las autoridades sanitarias intentan contener la propagación del virus.",
        "Health authorities are trying to track the spread of the virus.",
        None,
    ),
    (
        "El incendio fue contenido por los bomberos.",
        "The fire spread despite the firefighters.",
        "meaning",
    ),
    # an adjective of extent in "-wide" keeps the MT's "national"
    (
        "El 19 de marzo, el 50 % de los alumnos del mundo estaban afectados por el cierre de "
        "las escuelas: cierres nacionales en 102 países y cierres regionales en 11 países.",
        "By 19 March, 50% of students worldwide were affected by school closures: nationwide "
        "closures in 102 countries and local closures in 11 countries.",
        None,
    ),
    (
        "Hubo cierres nacionales en 102 países.",
        "There were local closures in 102 countries.",
        "meaning",
    ),
    # a word of a name the source writes in lower case
    (
        "La Organización mundial de la salud lanzó un ensayo para evaluar fármacos contra "
        "la COVID-19.",
        "The World Health Organization launched a trial to assess drugs against COVID-19 illness.",
        None,
    ),
    (
        "Un informe de la Organización mundial de la salud alerta de que la salud de los "
        "niños empeora.",
        "A World Health Organization report warns that the illness of children is worsening.",
        "meaning",
    ),
    # "atender" is no "attend" whose opposite is "miss"
    (
        "Los trabajadores tuvieron que ausentarse para atender a sus hijos.",
        "The workers had to miss work to care for their children.",
        None,
    ),
    (
        "Muchos padres se ausentan del trabajo para atender a sus hijos cuando cierran "
        "los colegios.",
        "Many parents miss work when schools close in order to take care of their children.",
        None,
    ),
    ("El ministro asistió a la reunión.", "The minister missed the meeting.", "meaning"),
    # going, attending or playing negated, said by "miss"
    (
        "El ministro no asistió a la reunión del lunes.",
        "The minister missed Monday's meeting.",
        None,
    ),
    (
        "Muchos alumnos no fueron a clase por la huelga.",
        "Many pupils missed class because of the strike.",
        None,
    ),
    (
        "El delantero no jugará el próximo partido por lesión.",
        "The striker will miss the next match through injury.",
        None,
    ),
    (
        "El ministro no asistió a la reunión del lunes.",
        "The minister attended Monday's meeting.",
        "negation",
    ),
    ("El paciente no perdió ninguna dosis.", "The patient missed a dose.", "negation"),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_session38_drift43c(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


@needs_apertium
def test_misspelt_figure_is_a_minor_note_naming_the_word():
    notes = [f for f in findings(__name__, *CASES[0][:2]) if f.type == "number"]
    assert [f.severity for f in notes] == ["minor"]
    assert "«sies» for «seis»" in notes[0].message


def test_one_slip_from_one_closed_word_only():
    from aligner.drift.misspelt_figures import _right

    assert _right("sies", "es", "en") == "seis"
    assert _right("millnes", "es", "en") == "millones"
    assert _right("febreo", "es", "en") == "febrero"
    assert _right("mllions", "es", "en") == "millones"  # the translation's word, left
    assert _right("seis", "es", "en") is None  # spelt right
    assert _right("casa", "es", "en") is None  # no word of figures


def test_acted_on_needs_the_x_of_and_a_verb_with_its_object():
    from aligner.drift.acted_on import acted_on
    from aligner.drift.signals import Reading, Side
    from aligner.drift.text import tokenize, words

    def side(text: str) -> Side:
        toks = tokenize(text)
        return Side(text, "en", toks, words(toks), [], [], [], [])

    mt = Reading.of("They want to contain the expansion of the virus")
    assert acted_on(mt, 3, side("They want to slow the spread of the virus"), 5)
    assert not acted_on(mt, 3, side("The virus will spread quickly"), 2)


def test_false_friend_is_read_only_with_its_source_stem():
    from aligner.drift.false_friends import misread, not_opposed
    from aligner.drift.signals import Side
    from aligner.drift.text import tokenize, words

    def side(text: str) -> Side:
        toks = tokenize(text)
        return Side(text, "es", toks, words(toks), [], [], [], [])

    assert misread("attend", side("para atender a sus hijos"))
    assert not misread("attend", side("asistió a la reunión"))
    assert not_opposed("attend", "es") and not not_opposed("attend", "it")


def test_action_noun_both_ways():
    from aligner.drift.action_nouns import said_as_verb
    from aligner.drift.text import tokenize, words

    src = words(tokenize("y le someterán a vigilancia"))
    assert said_as_verb(src, "es", "and monitor you", "en")[-1]
    assert not said_as_verb(src, "es", "and quarantine you", "en")[-1]
    # the English word spelt by a word of the source's own ("un monitoring fetal")
    both = "un monitoring fetal y un seguimiento"
    assert not said_as_verb(words(tokenize(both)), "es", "fetal monitoring", "en", both)[-1]
    tgt = words(tokenize("and monitored you"))
    assert said_as_verb(tgt, "en", "y le someterán a vigilancia", "es")[1]
