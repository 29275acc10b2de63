"""What an invented article showed, session 26 (docs/drift.md, "Session 26, lead"): a strike
at a Chilean copper mine (es→en). The sentences are written here for these tests, not
taken from any data.

* A superlative's rank: "fue la más larga" rendered "was one of the longest", and "uno
  de los peores atentados" rendered "the worst attack", were quiet; a fact-checker reads
  them as two claims (:mod:`aligner.drift.superlative_rank`).
* One of two coordinated adjectives dropped inside a quotation ('"competitiva y
  responsable"' → '"competitive"', '"una decisión injusta y arbitraria"' → '"an unfair
  decision"') was quiet: the removed-modifier reader looked for the noun right beside
  the adjective only, and the second adjective stands after the first and "y".
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.superlative_rank import english_ranks, source_ranks
from aligner.drift.text import tokenize
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # ranked first in the source, one of several in the translation, and back
        (
            "La huelga de 2017 fue la más larga de la historia del país.",
            "The 2017 strike was one of the longest in the country's history.",
            "intensity",
        ),
        (
            "La huelga de 2017 fue una de las más largas de la historia del país.",
            "The 2017 strike was the longest in the country's history.",
            "intensity",
        ),
        (
            '"Es el peor atentado que ha sufrido la ciudad", dijo el alcalde.',
            '"It is one of the worst attacks the city has suffered," the mayor said.',
            "intensity",
        ),
        (
            '"Es uno de los peores atentados que ha sufrido la ciudad", dijo el alcalde.',
            '"It is the worst attack the city has suffered," the mayor said.',
            "intensity",
        ),
        (
            "Es la empresa más rentable del sector.",
            "It is one of the most profitable companies in the sector.",
            "intensity",
        ),
        # the same rank, worded otherwise
        (
            "Es la mayor productora de cobre del mundo.",
            "It is the world's largest copper producer.",
            None,
        ),
        (
            "Es uno de los mayores productores de cobre del mundo.",
            "It is one of the world's largest copper producers.",
            None,
        ),
        (
            "El estadio es de los más grandes de Europa.",
            "The stadium is one of the biggest in Europe.",
            None,
        ),
        ("Fue el mejor resultado desde 2010.", "It was the best result since 2010.", None),
        ("La ciudad es más grande que su rival.", "The city is bigger than its rival.", None),
        ("Es la inflación más alta en 30 años.", "It is the highest inflation in 30 years.", None),
        (
            "Los mejores jugadores del torneo llegaron ayer.",
            "The best players in the tournament arrived yesterday.",
            None,
        ),
        (
            "Es el segundo mayor productor del mundo.",
            "It is the world's second largest producer.",
            None,
        ),
        ("Es uno de los principales productores.", "It is one of the leading producers.", None),
        (
            "El hijo mayor de la familia heredó la empresa.",
            "The family's eldest son inherited the company.",
            None,
        ),
        (
            "La mayoría de los votantes eligió al candidato más joven.",
            "Most voters chose the youngest candidate.",
            None,
        ),
    ],
)
def test_a_superlative_ranked_otherwise(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


@pytest.mark.parametrize(
    "text,lang,among",
    [
        ("É um dos maiores produtores de soja.", "pt", True),
        ("É o maior produtor de soja do mundo.", "pt", False),
        ("C'est l'une des plus grandes villes.", "fr", True),
        ("C'est la plus grande ville du pays.", "fr", False),
        ("È uno dei più grandi porti.", "it", True),
        ("È il porto più grande del paese.", "it", False),
        ("Está entre los mejores del mundo.", "es", True),
    ],
)
def test_the_source_side_reads_other_romance_languages(text, lang, among):
    assert [r.among for r in source_ranks(tokenize(text), lang)] == [among]


@pytest.mark.parametrize(
    "text",
    [
        "La huelga fue más larga que la anterior.",  # a comparison
        "Obtuvo la mayor parte de los votos.",  # "most of", no rank
        "Cobran más de 20 euros.",
        "Llegó lo más pronto que pudo.",
    ],
)
def test_comparisons_and_quantities_are_no_rank(text):
    assert source_ranks(tokenize(text), "es") == []


@pytest.mark.parametrize(
    "text,among",
    [
        ("one of the world's deadliest earthquakes", [True]),
        ("among the most profitable firms", [True]),
        ("the latest figures", []),  # the most recent, no rank
        ("an honest and modest man", []),
        ("most people agree", []),
        ("the second largest producer", []),
    ],
)
def test_the_english_side(text, among):
    assert [r.among for r in english_ranks(tokenize(text))] == among


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        (
            'La empresa considera su oferta "competitiva y responsable".',
            'The company considers its offer "competitive."',
            "omission",
        ),
        (
            '"Es una decisión injusta y arbitraria", dijo el alcalde.',
            '"It is an unfair decision," the mayor said.',
            "omission",
        ),
        (
            '"Queremos un salario justo y digno", dijo Tapia.',
            '"We want a fair wage," Tapia said.',
            "omission",
        ),
        (
            'Gaviria se limitó a decir que "el país necesita un cambio profundo y urgente".',
            'Gaviria merely said that "the country needs change."',
            "omission",
        ),
        (
            'Gaviria se limitó a decir que "el país necesita un cambio profundo y urgente".',
            'Gaviria merely said that "the country urgently needs far-reaching change."',
            None,
        ),
        (
            'Gaviria se limitó a decir que "el país necesita un cambio profundo y urgente".',
            'Gaviria merely said that "the country needs sweeping change, and fast."',
            None,
        ),
        # both adjectives rendered, or reworded together
        (
            '"Es una decisión injusta y arbitraria", dijo el alcalde.',
            '"It is an unjust, arbitrary decision," the mayor said.',
            None,
        ),
        (
            '"Queremos un salario justo y digno", dijo Tapia.',
            '"We want a fair and decent wage," Tapia said.',
            None,
        ),
        (
            '"Fue un proceso largo y difícil", admitió la ministra.',
            '"It was a long and painful process," the minister admitted.',
            None,
        ),
        (
            '"Llegaron todos sanos y salvos", dijo el capitán.',
            '"They all arrived safe and sound," the captain said.',
            None,
        ),
    ],
)
def test_one_of_two_coordinated_adjectives_dropped_in_a_quotation(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # an ordinal and its noun rendered as one term: no ordinal lost
        (
            "Los analistas coinciden en que la segunda vuelta parece inevitable.",
            "Analysts agree that a runoff seems inevitable.",
            None,
        ),
        ("Es la segunda vez que ocurre.", "It has happened again.", None),
        # the noun it picked out kept, the ordinal lost
        ("El séptimo país de la UE aprobó la ley.", "The EU country approved the law.", "omission"),
        (
            "La segunda fase del proyecto empieza hoy.",
            "The project's phase starts today.",
            "omission",
        ),
    ],
)
def test_an_ordinal_is_lost_only_beside_the_noun_it_picked_out(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a relative's n-word ("a ningún candidato") is no concord for the main verb's "no"
        (
            'El expresidente, que no ha respaldado a ningún candidato, pidió a los votantes "no '
            'dejarse llevar por el miedo".',
            'The former president, who has not endorsed any candidate, urged voters "not to be '
            'swayed by fear."',
            None,
        ),
        (
            'El expresidente, que no ha respaldado a ningún candidato, pidió a los votantes "no '
            'dejarse llevar por el miedo".',
            'The former president, who has endorsed a candidate, urged voters "not to be swayed '
            'by fear."',
            "negation",
        ),
        # concord inside one clause still counts once
        (
            "Ningún paciente no ha muerto en el hospital.",
            "No patient has died in the hospital.",
            None,
        ),
    ],
)
def test_negative_concord_stays_in_its_clause(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


@needs_apertium
def test_a_verb_the_tagger_reads_as_a_noun_after_a_pronoun_is_a_verb():
    """ "It ranks among…": the tagger calls "ranks" a noun; a pronoun's tag "prn" was
    read as a preposition's ("pr"), so no word of the sentence could be its verb."""
    from aligner.drift.pos_fluency import tag_texts
    from aligner.drift.verbless import verbless_sentence

    tags = tag_texts(["It ranks among the safest cities in the country."], "en")[0]
    assert verbless_sentence(tags) is None
    assert verbless_sentence(tag_texts(["The safest cities in the whole country."], "en")[0])


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # people bounded by age: a noun phrase the verb's negation does not turn round
        (
            "El fármaco no debe administrarse a menores de 12 años.",
            "The drug should not be given to children under 12.",
            None,
        ),
        (
            "El fármaco no debe administrarse a menores de 12 años.",
            "The drug should not be given to children over 12.",
            "number",
        ),
        # a negation right before the verb of a size still does
        (
            "El tumor no es mayor de 5 centímetros.",
            "The tumour is not larger than 5 centimetres.",
            None,
        ),
        # "such as" before a list is no opposite of "leve" (WordNet: "such" ~ "much")
        (
            "La vacuna puede causar efectos secundarios leves como dolor en el brazo.",
            "The vaccine can cause mild side effects such as a sore arm.",
            None,
        ),
        # "soler" + infinitive is said by an adverb
        (
            "Los síntomas suelen aparecer entre dos y cinco días después del contagio.",
            "Symptoms usually appear two to five days after infection.",
            None,
        ),
        (
            "Los síntomas aparecen entre dos y cinco días después del contagio.",
            "Symptoms usually appear two to five days after infection.",
            "addition",
        ),
    ],
)
def test_a_medical_leaflet_rendered_faithfully(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a "no" after a preposition negates its infinitive: no concord with "Ningún"
        (
            '"Ningún estudiante va a dejar de estudiar por no poder pagar".',
            '"No student will stop studying because they cannot pay."',
            None,
        ),
        # "no parar de" goes on; "más … que nunca" is "than ever"; "for nothing" is vain
        (
            '"Los costes no paran de subir mientras la financiación sigue igual".',
            '"Costs keep rising while the funding stays the same."',
            None,
        ),
        (
            '"El Estado ha enviado este año más dinero que nunca".',
            '"The State has sent more money this year than ever."',
            None,
        ),
        (
            '"Preferimos evacuar cien veces en vano que llegar tarde una sola vez".',
            '"We prefer to evacuate a hundred times for nothing than to be late once."',
            None,
        ),
        # a real "nunca" is still a negation
        (
            '"Nunca hemos recibido tanto dinero del Estado".',
            '"We have always received so much money from the State."',
            "negation",
        ),
        # the perfect of "tener que" is a duty
        (
            '"Este verano hemos tenido que cerrar plantas enteras".',
            '"This summer we had to close entire floors."',
            None,
        ),
        # an n-word rendered by "anything" under the negation is no dropped modifier
        (
            "«No hemos ganado nada todavía», dijo Berrocal.",
            '"We have not won anything yet," Berrocal said.',
            None,
        ),
    ],
)
def test_faithful_quotations_of_a_tracing_archive(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)
