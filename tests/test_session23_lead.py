"""What invented articles showed, session 23 (docs/drift.md, "Session 23, lead"):
migrant arrivals in the Canary Islands, a court ruling on a housing decree and surgical
waiting lists (es→en). Faithful renderings were reported: "Salvamento Marítimo" → "the
Maritime Rescue service" as an added word; "la sentencia considera que" → "the ruling
finds that" as a dropped attribution ("finds" was no reporting verb); "exige medidas"
→ "calls for measures" as a lost obligation; "la Defensora del Paciente" → "the Patients'
Ombudsman" as an added name (the apostrophe cut the name in two); "la gestión sanitaria"
→ "healthcare management" as a dropped adjective ("healthcare", unknown to the analyser,
was not read as a word that could render it); "Ministerio de Trabajo" → "Ministry of
Labour" as another speaker (the MT says "Work"; the dictionary knows "labour"). Real
drift was missed: a quoted "no tiene medios" → "has enough resources" beside "apenas" →
"barely" (the MT's "hardly" did not answer "barely"). The
sentences are written here for these tests, not taken from any data."""

from __future__ import annotations

import pytest

from tests.drift_batch import alarm_types, alarms, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            "Según Salvamento Marítimo, al menos dos personas murieron.",
            "According to the Maritime Rescue service, at least two people died.",
        ),
        (
            "La sentencia concluye que la empresa incumplió el contrato.",
            "The ruling found that the company breached the contract.",
        ),
        (
            "Los sindicatos exigen más personal en los hospitales.",
            "The unions are calling for more staff in hospitals.",
        ),
        (
            "La Defensora del Paciente criticó la falta de médicos en verano.",
            "The Patients' Ombudsman criticised the shortage of doctors in summer.",
        ),
        (
            "Desde el Ministerio de Sanidad se limitaron a recordar que la gestión sanitaria "
            "es competencia autonómica.",
            "The Ministry of Health merely recalled that healthcare management is a regional "
            "responsibility.",
        ),
        (
            "Desde el Ministerio de Trabajo recordaron que el plazo termina en mayo.",
            "The Ministry of Labour recalled that the deadline ends in May.",
        ),
        (  # a comparison with a figure of its own, not a bound on the years
            "La Liga ha limitado el gasto a 60 millones, un 40 % menos que hace tres años.",
            "LaLiga has capped spending at 60 million, 40% less than three years ago.",
        ),
        (
            "El paro es hoy un 12 % más alto que hace dos años.",
            "Unemployment is now 12% higher than two years ago.",
        ),
        (  # an evaluative phrase rendered by its adjective, or by a record
            "Las lluvias causaron daños sin precedentes en la comarca.",
            "The rains caused unprecedented damage in the district.",
        ),
        (
            "El turismo vivió un verano sin precedentes en la isla.",
            "Tourism had a record summer on the island.",
        ),
        (
            "Los médicos advierten de la gravedad de la epidemia.",
            "Doctors warn of the severity of the epidemic.",
        ),
    ],
)
def test_newsroom_renderings_of_institutions_and_reports_are_not_reported(src, tgt):
    assert alarms(__name__, src, tgt) == []


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        (  # a quoted negation lost beside a privative rendered by its synonym
            'El alcalde dijo que la isla, con apenas 9.000 habitantes, "no tiene camas '
            'suficientes" para los heridos.',
            'The mayor said that the island, with barely 9,000 inhabitants, "has enough beds" '
            "for the injured.",
            "negation",
        ),
        (  # an evaluative phrase dropped from a quotation
            '"Es una crisis sin precedentes", dijo el director del hospital.',
            '"It is a crisis," said the hospital director.',
            "intensity",
        ),
        (  # a ministry named by another portfolio is still another speaker
            "Desde el Ministerio de Trabajo recordaron que el plazo termina en mayo.",
            "The Ministry of Defence recalled that the deadline ends in May.",
            "entity",
        ),
    ],
)
def test_negation_beside_a_privative_and_a_reversed_verb_are_reported(src, tgt, kind):
    assert kind in alarm_types(__name__, src, tgt)


@pytest.mark.parametrize(
    "src,tgt",
    [
        (  # a kind noun after a name, but no article opens it: an addition all the same
            "Los pescadores de Cádiz protestaron ayer.",
            "Cádiz fishermen protested violently yesterday.",
        ),
    ],
)
def test_a_word_added_outside_a_name_is_still_an_addition(src, tgt):
    assert "addition" in alarm_types(__name__, src, tgt)


# Speakers (a flood report, es/pt/en, written here): a named minister spoke first, then
# residents. Their statements were credited to the minister through an unsaid subject:
# the coordinated verb's subject ("Los vecinos de la zona criticaron … y afirmaron") and
# a subject after the verb too long to read whole ("declaró una vecina del barrio de La
# Torre") were not found.

_MINISTER = {
    "es": "La ministra de Vivienda, Isabel Rodríguez, anunció ayudas de 20 millones. ",
    "pt": "A ministra da Habitação, Jader Barbalho, anunciou ajudas de 20 milhões. ",
    "en": "Housing minister Isabel Rodríguez announced 20 million in aid. ",
}


def _speakers(text: str, lang: str) -> list[str]:
    from aligner.alignment.segment import segment
    from aligner.statements.quotes import find_statements
    from aligner.types import Document

    doc = Document("test", lang, text, segment(text, lang))
    return [s.speaker.name for s in find_statements(doc) if s.start >= len(text) // 3]


@pytest.mark.parametrize(
    "lang,later,speaker",
    [
        (
            "es",
            "Los vecinos de la zona baja criticaron el retraso y afirmaron que nadie los avisó.",
            "Los vecinos",
        ),
        (
            "es",
            '"Nadie vino a ayudarnos", declaró una vecina del barrio de San Roque, que perdió '
            "su coche.",
            "una vecina",
        ),
        (
            "pt",
            "Os moradores da zona baixa criticaram o atraso e afirmaram que ninguém os avisou.",
            "Os moradores",
        ),
        (
            "en",
            "Residents of the lower town criticised the delay and said nobody had warned them.",
            "Residents",
        ),
        (
            "en",
            '"Nobody came to help us," said a resident of the San Roque district, who lost her '
            "car.",
            "a resident",
        ),
    ],
)
def test_residents_speaking_after_a_minister_are_not_the_minister(lang, later, speaker):
    assert _speakers(_MINISTER[lang] + later, lang) == [speaker]


# A parliamentary clash (es→en, written here): a quotation of one leader credited to the
# other, who is named in the translation as the one addressed, was not reported (the
# addressee after "told" was read as the speaker's apposition, and "espetó" was no
# reporting verb); a level of government added to a body ("la Asamblea" → "the regional
# assembly") and a verb of saying rendered by another verb ("calificó … de" → "called")
# were reported as additions.


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            '"Usted ha fracasado", le espetó Montes durante el debate.',
            '"You have failed," Ortega told Montes during the debate.',
        ),
        (
            '"Usted ha fracasado", le dijo Montes a Ortega.',
            '"You have failed," Ortega told Montes.',
        ),
    ],
)
def test_a_quotation_credited_to_the_person_it_was_addressed_to_is_a_speaker_change(src, tgt):
    assert ("speaker", "critical") in alarms(__name__, src, tgt)


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            '"Usted ha fracasado", le espetó Montes a Ortega durante el debate.',
            '"You have failed," Montes told Ortega during the debate.',
        ),
        (
            "Por su parte, el presidente gallego, Luis Vidal, calificó el plan de injusto.",
            "Galician regional president Luis Vidal, for his part, called the plan unfair.",
        ),
        (
            "La portavoz del PSOE en la Asamblea pidió explicaciones al Gobierno.",
            "The PSOE spokeswoman in the regional assembly asked the government for explanations.",
        ),
    ],
)
def test_the_same_speaker_and_a_body_explained_by_its_level_are_not_reported(src, tgt):
    assert alarms(__name__, src, tgt) == []


def test_a_bare_quotation_in_a_sentence_a_person_opens_is_that_persons():
    """A science story (en, written here): a body's estimate, then its president
    "described the work as "solid"", then "he said": the president spoke both times, not
    the body cited before."""
    text = (
        "The Society of Cardiology estimates that there are 90,000 heart attacks a year. "
        'The society\'s president, Marta Iriarte, described the study as "careful" but '
        'urged caution. "It is one more sign that diet matters," he said.'
    )
    assert _speakers(text, "en")[-2:] == ["Marta Iriarte", "Marta Iriarte"]


# Floods in Brazil (pt→en, written here): read through the pivot's Spanish, a surname
# the first leg translates as a common word ("Leite" → "Leche") made the speaker another
# person; a Portuguese superlative the first leg leaves as it is ("gravíssima") was no
# intensifier.


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        (
            "O prefeito Rui Leite afirmou que a cidade precisa de ajuda federal.",
            "Mayor Rui Leite said the city needs federal help.",
            "pt",
        ),
    ],
)
def test_a_surname_the_first_leg_translates_is_still_the_same_speaker(src, tgt, lang):
    assert "speaker" not in alarm_types(__name__, src, tgt, lang)


def test_a_superlative_left_by_the_first_leg_intensifies():
    from aligner.drift.intensity import _degree_classes
    from aligner.drift.text import tokenize

    for text in ("La situación es *gravíssima.", "Il paesaggio è bellissimo."):
        assert "boost" in _degree_classes(tokenize(text), "es")
