"""What invented articles showed, session 22 (docs/drift.md, "Session 22, lead"): a
drought emergency in Catalonia and a central bank's forecast (es→en). Faithful
renderings were reported: "no podrá superar los 200 litros" → "may not exceed 200
litres" as an added bound (the Spanish list had only the present and past of
"superar"); "roza el 102 %" → "nearly 102%" likewise ("rozar" only as "rozando");
"harían falta" → "would be needed" as a negation and an added obligation (the need
idiom was listed in the singular only); "exigió un plan" → "demanded a plan" and
"obligará a reformar" → "will force another reform" as lost obligations; and "litros
diarios" → "litres a day" as a dropped adjective. The sentences are written here for
these tests, not taken from any data."""

from __future__ import annotations

import pytest

from tests.drift_batch import alarm_types, alarms, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            "El consumo por persona no podrá superar los 150 litros diarios.",
            "Consumption per person may not exceed 150 litres a day.",
        ),
        (
            "Las emisiones no deberán sobrepasar las 40 toneladas al año.",
            "Emissions must not exceed 40 tonnes a year.",
        ),
        (
            "La deuda pública roza el 95 % del PIB, según el informe.",
            "Public debt stands at nearly 95% of GDP, according to the report.",
        ),
        (
            "Los técnicos calculan que harían falta seis meses de obras.",
            "Engineers reckon that six months of work would be needed.",
        ),
        (
            "Hicieron falta tres equipos de rescate para llegar al pueblo.",
            "Three rescue teams were needed to reach the village.",
        ),
        (
            "La oposición exigió un plan para reducir el gasto.",
            "The opposition demanded a plan to cut spending.",
        ),
        (
            "El informe advierte de que la sequía obligará a cambiar los cultivos.",
            "The report warns that the drought will force a change of crops.",
        ),
    ],
)
def test_faithful_renderings_of_bounds_needs_and_demands_are_not_reported(src, tgt):
    assert alarms(__name__, src, tgt) == []


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        (  # the bound turned round
            "El consumo por persona no podrá superar los 150 litros diarios.",
            "Consumption per person will be at least 150 litres a day.",
            "number",
        ),
        (  # the need denied, then stated
            "No hace falta cerrar las escuelas, dijo la consejera.",
            "Schools need to be closed, said the regional minister.",
            "negation",
        ),
    ],
)
def test_the_same_phrases_changed_are_still_reported(src, tgt, kind):
    assert kind in alarm_types(__name__, src, tgt)


# A trial (es→en), written here: the defence's statement credited to the prosecution;
# an order received as a noun rendered by a passive verb.


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            "Según la defensa, la inspección no encontró ninguna irregularidad.",
            "According to the prosecution, the inspection found no irregularity.",
        ),
        (
            "Según la fiscalía, el acusado cobró ayudas durante seis años.",
            "According to the defence, the defendant collected aid for six years.",
        ),
    ],
)
def test_a_statement_moved_between_the_parties_of_a_trial_is_a_speaker_change(src, tgt):
    assert ("speaker", "critical") in alarms(__name__, src, tgt)


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            "La empleada declaró que recibía órdenes de borrar los correos.",
            "The employee testified that she had been ordered to delete the emails.",
        ),
        (
            "Según la defensa, la inspección no encontró ninguna irregularidad.",
            "According to the defence, the inspection found no irregularity.",
        ),
    ],
)
def test_an_order_as_a_noun_and_the_same_party_are_not_reported(src, tgt):
    assert alarms(__name__, src, tgt) == []


def test_a_speaker_is_read_past_an_adverb_after_its_auxiliary_and_after_a_subordinator():
    from aligner.alignment.segment import segment
    from aligner.statements.quotes import find_statements
    from aligner.types import Document

    text = (
        "The court will rule in June, although the defence has already said it will "
        "appeal. The ministry has again said that prices will fall."
    )
    found = find_statements(Document("", "en", text, segment(text, "en")))
    speakers = [s.speaker.mention for s in found]
    assert speakers == ["the defence", "The ministry"]


# Wildfires in central Portugal (pt→en), written here: the adjective "europeu" rendered
# as "EU" ("o mecanismo europeu de proteção civil" → "the EU civil protection
# mechanism") was an added name; Spanish's "europeo" was already an alias of "EU".


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        (
            "O Governo vai pedir ajuda ao mecanismo europeu de resposta a catástrofes.",
            "The government will ask the EU disaster response mechanism for help.",
            "pt",
        ),
    ],
)
def test_a_portuguese_european_rendered_as_eu_is_no_added_name(src, tgt, lang):
    assert "entity" not in alarm_types(__name__, src, tgt, lang)


# A rail strike in France (fr→en), written here: "Les associations estiment que…" →
# "Passenger groups estimate that…" was a dropped attribution (critical): the group is
# named in other words, and English "estimate" (plural present) was no reporting verb.


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        (
            "Les associations de locataires estiment que 20 000 logements sont vides.",
            "Tenant groups estimate that 20,000 homes are empty.",
            "fr",
        ),
    ],
)
def test_a_group_that_estimates_keeps_its_statement(src, tgt, lang):
    assert "speaker" not in alarm_types(__name__, src, tgt, lang)


def test_estimate_reports_only_with_its_subject_and_that():
    from aligner.alignment.segment import segment
    from aligner.statements.quotes import find_statements
    from aligner.types import Document

    said = "Tenant groups estimate that 20,000 homes are empty."
    noun = "The estimate that the council gave was low."
    found = [
        [s.speaker.mention for s in find_statements(Document("", "en", t, segment(t, "en")))]
        for t in (said, noun)
    ]
    assert found == [["Tenant groups"], [""]]


# Inflation in Italy (it→en), written here: a figure after an elided article ("all'1,2 %",
# "dall'1,6 %", "l'8 marzo") was read as a word, so "1,2 %" became "2 %" against "1.2%".


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        (
            "L'inflazione è scesa all'1,4 % a marzo, dall'1,9 % di febbraio.",
            "Inflation fell to 1.4% in March from 1.9% in February.",
            "it",
        ),
        (
            "La riunione si terrà l'8 maggio a Milano.",
            "The meeting will be held on 8 May in Milan.",
            "it",
        ),
    ],
)
def test_a_figure_after_an_elided_article_is_read_whole(src, tgt, lang):
    assert "number" not in alarm_types(__name__, src, tgt, lang)


def test_a_figure_after_an_elided_article_still_differs_from_another():
    from aligner.drift.quantities import extract_quantities

    read = [(q.text, q.value) for q in extract_quantities("è scesa all'1,4 %", "it")]
    assert read == [("1,4 %", 1.4)]


# A mayor arrested (es→en), written here: a partial quotation reworded as an idiom
# ("colaborará "en todo lo que haga falta"" → "would cooperate "in every way
# necessary"") was a major added clause, because no word of either quotation matches the
# other's literal MT. One reworded quotation now answers one lost quotation (minor).


@pytest.mark.parametrize(
    "src,tgt,severity",
    [
        (
            'El portavoz dijo que el club colaborará "en todo lo que sea preciso" con la liga.',
            'The spokesman said the club would cooperate with the league "in every way required".',
            "minor",
        ),
        (  # a quotation the source does not have at all
            "El portavoz dijo que el club colaborará con la liga.",
            'The spokesman said the club would cooperate with the league "in every way required".',
            "major",
        ),
    ],
)
def test_a_reworded_partial_quotation_is_no_added_clause(src, tgt, severity):
    from tests.drift_batch import findings

    added = [f.severity for f in findings(__name__, src, tgt) if f.type == "addition"]
    assert added and max(added, key=["minor", "major", "critical"].index) == severity


# Measured on DEMETR's `major:question` perturbations (a statement rendered as a
# question): 11 of 89 were reported on the French proxy, by other checks. The sentences
# below are written here.


@pytest.mark.parametrize(
    "src,tgt,asked",
    [
        (
            "El puente fue cerrado al tráfico durante tres días.",
            "Was the bridge closed to traffic for three days?",
            True,
        ),
        (
            "El puente fue cerrado al tráfico durante tres días.",
            "The bridge was closed to traffic for three days.",
            False,
        ),
        (  # a quoted title with its own mark, inside a statement
            'La obra "Quién teme a la lluvia" se estrenó en 1994.',
            'The play "Who Is Afraid of the Rain?" opened in 1994.',
            False,
        ),
        (  # the source asks too
            "¿Quién pagará las obras del puente?",
            "Who will pay for the work on the bridge?",
            False,
        ),
    ],
)
def test_a_statement_made_a_question_is_a_modality_change(src, tgt, asked):
    from tests.drift_batch import findings

    questions = [f for f in findings(__name__, src, tgt) if "asks a question" in f.message]
    assert bool(questions) == asked
    assert all(f.severity == "major" for f in questions)
