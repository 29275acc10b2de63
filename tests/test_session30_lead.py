"""Who said it when the reporting verb is not the sentence's first, session 30 (docs/drift.md,
"Session 30, lead"). The sentences are written here for these tests, not taken from any
data.

An invented article on an education reform, translated faithfully, was reported with a
critical speaker change: "The opposition, however, accused the government of improvising
and said it would table an amendment" credited the announcement to "the government". A
verb coordinated after another verb's object shares the sentence's subject; the object
is no subject, nor a phrase that holds a verb in past form ("The opposition accused the
government", "Los vecinos culparon"). And a report inside a subordinate clause opening
the sentence ("Although the defence said the evidence was weak, the judge disagreed")
ends where the main clause starts, and its speaker is the subordinate clause's subject,
not the main clause's.
"""

from __future__ import annotations

import pytest

from aligner.alignment.engine import load_document
from aligner.alignment.mt import installed_modes
from aligner.pipelines.check import check_documents
from aligner.statements.quotes import find_statements
from aligner.types import Document
from tests.drift_batch import batch_fixture, findings

_OPPOSITION_ES = (
    "La oposición, en cambio, acusó al Gobierno de improvisar y anunció que presentará "
    "una enmienda."
)
_OPPOSITION_EN = (
    "The opposition, however, accused the government of improvising and said it would "
    "table an amendment."
)
_FLOODS_ES = (
    "Los vecinos culparon al Ayuntamiento de las inundaciones y dijeron que los desagües no "
    "se habían limpiado."
)
_FLOODS_EN = "Residents blamed the council for the floods and said the drains had not been cleaned."

STATEMENTS = [
    # (language, sentence, speaker as written, what was reported)
    ("en", _OPPOSITION_EN, "The opposition", "it would table an amendment"),
    (
        "en",
        "The opposition accused the government of improvising and said it would table an "
        "amendment.",
        "The opposition",
        "it would table an amendment",
    ),
    ("en", _FLOODS_EN, "Residents", "the drains had not been cleaned"),
    (
        "en",
        "Although the defence said the evidence was weak, the judge disagreed.",
        "the defence",
        "the evidence was weak",
    ),
    (
        "en",
        "While the ministry insisted the figures were provisional, the opposition called for "
        "an audit.",
        "the ministry",
        "the figures were provisional",
    ),
    ("es", _OPPOSITION_ES, "La oposición", "presentará una enmienda"),
    ("es", _FLOODS_ES, "Los vecinos", "los desagües no se habían limpiado"),
    (
        "es",
        "Aunque la defensa dijo que las pruebas eran débiles, el juez discrepó.",
        "la defensa",
        "las pruebas eran débiles",
    ),
    # A quotation right after the subject of a reported clause continues the clause ("that
    # Sanz" is no determiner and noun, as "confirmed that point" is).
    (
        "en",
        'He added that Sanz "is still a great player" and that the door is open.',
        "He",
        'Sanz "is still a great player" and that the door is open',
    ),
    # Left as they were: a comma before the verb ends no subordinate clause, a past
    # participle before a role modifies it, a subject with no verb before it.
    (
        "es",
        "Tras la reunión, el ministro dijo que el plan era bueno.",
        "el ministro",
        "el plan era bueno",
    ),
    (
        "en",
        "After the meeting, the minister said the plan was good.",
        "the minister",
        "the plan was good",
    ),
    (
        "en",
        "Newly elected president Ana Ruiz said the plan was good.",
        "Ana Ruiz",
        "the plan was good",
    ),
    (
        "en",
        "The retired teachers said the plan was good.",
        "The retired teachers",
        "the plan was good",
    ),
    (
        "es",
        "Los profesores jubilados dijeron que el plan era bueno.",
        "Los profesores jubilados",
        "el plan era bueno",
    ),
    (
        "en",
        "The talks failed, and the unions said they would strike.",
        "the unions",
        "they would strike",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "speaker", "content"), STATEMENTS)
def test_the_speaker_and_the_report(lang: str, sentence: str, speaker: str, content: str) -> None:
    found = find_statements(Document("", lang, sentence, ()))
    reports = [(s.speaker.name, s.content) for s in found if s.kind != "partial"]
    assert reports == [(speaker, content)]


APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
_batch = batch_fixture()

PAIRS = [
    (_OPPOSITION_ES, _OPPOSITION_EN, False),
    (
        _OPPOSITION_ES,
        "The opposition, however, accused the government of improvising, and the government "
        "said it would table an amendment.",
        True,
    ),
    (_FLOODS_ES, _FLOODS_EN, False),
]


@pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")
@pytest.mark.parametrize(("src", "tgt", "moved"), PAIRS)
def test_a_speaker_change_only_where_the_speaker_changed(src: str, tgt: str, moved: bool) -> None:
    types = {f.type for f in findings(__name__, src, tgt, "es")}
    assert ("speaker" in types) is moved


# A plan stated as a fact (aligner/drift/stated_plans.py): the Spanish verb of intention
# with an infinitive, the English with no word of intention.
_HIRE = "El Gobierno prevé contratar a unos 4.500 docentes en los próximos tres años."
_SIGN = "El club pretende fichar a un delantero en enero."
_TAX = "El ministerio tiene previsto subir el impuesto."
_SUBMIT = "El equipo espera presentar los datos completos antes de que termine el año."
_PASS = "El Gobierno quiere aprobar la ley antes del verano."
PLANS = [
    (_HIRE, "The government will hire about 4,500 teachers over the next three years.", True),
    (_HIRE, "The government plans to hire about 4,500 teachers over the next three years.", False),
    (_HIRE, "The government expects to hire some 4,500 teachers in the next three years.", False),
    (_SIGN, "The club will sign a striker in January.", True),
    (_SIGN, "The club wants to sign a striker in January.", False),
    (_TAX, "The ministry is raising the tax.", True),
    (_TAX, "The ministry is set to raise the tax.", False),
    # A forecast of a thing, and a text that provides for something: no one's plan.
    (
        "El Banco Central prevé un crecimiento del 2 %.",
        "The central bank forecasts 2% growth.",
        False,
    ),
    (
        "La ley prevé sancionar a los infractores.",
        "Offenders will be punished under the law.",
        False,
    ),
    # A hope and a wish are no more facts than a plan.
    (_SUBMIT, "The team will submit the full data before the end of the year.", True),
    (_SUBMIT, "The team hopes to submit the full data before the end of the year.", False),
    (_PASS, "The government will pass the law before the summer.", True),
    (_PASS, "The government wants the law passed before the summer.", False),
    ("El equipo espera a los bomberos.", "The team is waiting for the firefighters.", False),
    # "la espera" is the wait, a noun; what a treatment "pretende" is its purpose.
    (
        "La espera asociada puede significar varias horas antes de embarcar.",
        "The associated waiting can add hours before boarding.",
        False,
    ),
    (
        "El tratamiento de la gripe pretende aliviar los síntomas.",
        "Flu is treated by relieving the symptoms.",
        False,
    ),
    # A relative clause of intention on a noun: an English infinitive of purpose.
    (
        "Crearán un observatorio que pretende publicar los datos cada semana.",
        "They will set up an observatory to publish the data every week.",
        False,
    ),
]


@pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")
@pytest.mark.parametrize(("src", "tgt", "stated"), PLANS)
def test_a_plan_stated_as_a_fact(src: str, tgt: str, stated: bool) -> None:
    found = [f for f in findings(__name__, src, tgt, "es") if f.check == "drift.modality"]
    assert bool([f for f in found if "states it as a fact" in f.message]) is stated


# One speaker change, one finding: the source's second statement of the same speaker (a
# relative clause) credited to the translation's one speaker is not a second change.
_TWO_STATEMENTS = (
    '"Sin más profesores, esta reforma se quedará en el papel", advirtió el portavoz de la '
    "Federación de Enseñanza, Tomás Ibarra, quien recordó que las aulas superan los 30 alumnos."
)
_OTHER_SPEAKER = '"Without more teachers, this reform will stay on paper," warned Carmen Olmedo.'
SPEAKER_ONCE = [(_TWO_STATEMENTS, _OTHER_SPEAKER)]


@pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")
@pytest.mark.parametrize(("src", "tgt"), SPEAKER_ONCE)
def test_one_speaker_change_is_reported_once(src: str, tgt: str) -> None:
    found = findings(__name__, src, tgt, "es")
    assert [f.type for f in found].count("speaker") == 1


# Two nulls side by side that translate each other (aligner/alignment/paired_nulls.py):
# an invented article whose translation credits a quotation to someone else and drops the
# relative clause after it. The second pass left that sentence out on both sides.
_ARTICLE_ES = """El Ministerio de Educación anunció este martes una reforma del bachillerato que reducirá de nueve a siete las asignaturas obligatorias a partir del curso 2027-2028.
"No queremos alumnos que memoricen, queremos alumnos que piensen", afirmó la ministra, Elena Robles, durante la presentación en Madrid.
Según Robles, la reforma se aplicará de forma gradual y las comunidades autónomas tendrán hasta dos años para adaptar sus planes de estudio.
Los sindicatos docentes recibieron el anuncio con cautela.
"Sin más profesores, esta reforma se quedará en el papel", advirtió el portavoz de la Federación de Enseñanza, Tomás Ibarra, quien recordó que las aulas de secundaria superan con frecuencia los 30 alumnos.
El Gobierno prevé contratar a unos 4.500 docentes en los próximos tres años, una cifra que Ibarra calificó de "claramente insuficiente".
La Filosofía, que había perdido peso en reformas anteriores, volverá a ser obligatoria en los dos cursos.
La asociación de directores de institutos celebró esa decisión, aunque pidió aclarar cómo se evaluarán las nuevas materias optativas.
"""  # noqa: E501
_ARTICLE_EN = """Spain's Education Ministry on Tuesday announced an overhaul of the final two years of secondary school that will cut the number of compulsory subjects from nine to seven from the 2027-2028 school year.
"We don't want students who memorise, we want students who think," Education Minister Elena Robles said at the presentation in Madrid.
According to Robles, the reform will be phased in, and the regions will have up to two years to adapt their curricula.
Teachers' unions gave the announcement a cautious welcome.
"Without more teachers, this reform will stay on paper," warned Carmen Olmedo, president of the heads' association.
The government plans to hire about 4,500 teachers over the next three years, a figure Ibarra described as "clearly insufficient".
Philosophy, which had lost ground in previous reforms, will again be compulsory in both years.
The association of secondary school heads welcomed that decision, but asked for clarity on how the new elective subjects will be assessed.
"""  # noqa: E501


def test_a_rewritten_quotation_is_paired_and_its_speaker_change_reported(embedder) -> None:
    src = load_document("a.es.txt", "es", text=_ARTICLE_ES)
    tgt = load_document("a.en.txt", "en", text=_ARTICLE_EN)
    result = check_documents(src, tgt, embedder=embedder)
    assert [b.kind for b in result.alignment.beads] == ["1-1"] * 8
    at_quote = result.beads[4].findings
    assert "speaker" in {f.type for f in at_quote}
    assert not [f for f in at_quote if f.check in ("align.omission", "align.addition")]


# A part of a whole against the whole (es_cues.PORTIONS, "toda la" / "todo el" as "all").
_CROP = "La sequía destruyó parte de la cosecha."
_WHOLE_CROP = "La sequía destruyó toda la cosecha."
PORTIONS = [
    (_CROP, "The drought destroyed the entire harvest.", True),
    (_CROP, "The drought destroyed part of the harvest.", False),
    (_CROP, "The drought destroyed some of the harvest.", False),
    (_WHOLE_CROP, "The drought destroyed part of the harvest.", True),
    (_WHOLE_CROP, "The drought destroyed the whole harvest.", False),
    ("Llovió todo el día.", "It rained for part of the day.", True),
    ("Llovió todo el día.", "It rained all day.", False),
    (
        "El puerto forma parte de la red europea.",
        "The port is part of the European network.",
        False,
    ),
    (
        "Hubo críticas por parte de todos los partidos.",
        "There was criticism from all parties.",
        False,
    ),
]


@pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")
@pytest.mark.parametrize(("src", "tgt", "changed"), PORTIONS)
def test_a_part_against_the_whole(src: str, tgt: str, changed: bool) -> None:
    types = {f.type for f in findings(__name__, src, tgt, "es") if f.severity != "minor"}
    assert ("intensity" in types) is changed


# Avoiding doing is not doing (es_cues.AVOIDING, en_cues.AGAINST); a comparison with
# "nadie" / "nada" is no negation (es_cues.NEGATION_IDLE_MORE). From an invented sports
# article: "Sanz evitó criticar al seleccionador" → "Sanz criticised the coach" passed, and
# "él conoce mejor que nadie" → "he knows better than anyone" was a critical negation.
_AVOIDED = "Sanz evitó criticar al seleccionador."
POLARITY = [
    (_AVOIDED, "Sanz criticised the coach.", True),
    (_AVOIDED, "Sanz avoided criticising the coach.", False),
    (_AVOIDED, "Sanz did not criticise the coach.", False),
    (_AVOIDED, "Sanz refrained from criticising the coach.", False),
    ("El ministro evitó dar detalles.", "The minister declined to give details.", False),
    ("Evitad las salas cerradas.", "Avoid closed rooms.", False),
    # The French calque "evitar de" (Apertium's "éviter de"), as the plain verb.
    ("Conviene evitar de tocar la cara.", "It is best to avoid touching your face.", False),
    (
        "Para evitar contagiar a otros, quédese en casa.",
        "To prevent infecting others, stay home.",
        False,
    ),
    (
        "Él conoce mejor que nadie lo que necesitamos.",
        "He knows better than anyone what we need.",
        False,
    ),
    ("Llegó antes que nadie.", "He arrived before anyone else.", False),
    ("Nadie llegó a tiempo.", "Everyone arrived on time.", True),
]


@pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")
@pytest.mark.parametrize(("src", "tgt", "turned"), POLARITY)
def test_avoiding_and_comparisons_with_nobody(src: str, tgt: str, turned: bool) -> None:
    types = {f.type for f in findings(__name__, src, tgt, "es") if f.severity != "minor"}
    assert bool(types & {"negation", "meaning"}) is turned
