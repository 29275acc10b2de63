"""Verbs and nouns removed, session 20 (docs/drift.md, "Session 20 (drift25c)"): a subject
straight before its object, "to" after a word that opens only an infinitive, a modal
before a demonstrative, a name before "that" and a clause (:mod:`aligner.drift.verb_gaps`);
a preposition before "and"/"or" (:mod:`aligner.drift.noun_gaps`); a sentence with no verb
where the source has one (:mod:`aligner.drift.verbless`); "according" cut before "to"
(:mod:`aligner.drift.lost_according`). Every sentence here is written here for these
tests, not taken from any of the data. No e5; the English is tagged in one Apertium call,
the pairs checked in one batch."""

from __future__ import annotations

from functools import cache

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift import lost_according, noun_gaps, verb_gaps
from aligner.drift.checks import read_side
from aligner.drift.lexical_diff import analyse
from aligner.drift.pos_fluency import tag_texts
from aligner.drift.subjectless import gaps, sentences
from aligner.drift.verbless import check_verbless, verbless_sentence
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
pytestmark = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

FOUND = {
    # a subject of common nouns straight before its object
    "Several small bakeries the old recipe in the square.": "Several small bakeries the",
    "After the long debate, the mayor the new budget in June.": "the mayor the",
    "In Peru, this factory 4,000 workers and is still growing.": "this factory 4,000",
    "The young goalkeeper first the ball late and fell.": "The young goalkeeper first the",
    # "to" after a word that opens only an infinitive
    "Their willingness to customs officers grew.": "willingness to customs",
    "It is impossible to Lisbon money outside the country.": "impossible to Lisbon",
    # a modal before a demonstrative
    "Maria will this garden that her mother planted.": "will this",
    "Some parents may not that rest is also needed.": "may not that",
    # a name (or a noun and an adverb) before "that" and a clause
    "Madrid that the local firms will build the new bridge.": "Madrid that",
    "Farmers now that the drought has ended early.": "Farmers now that",
    # a noun that is never a verb before an object pronoun
    "The growth of new industries us to travel more.": "industries us",
}
# English that has those shapes' words in good order.
LEFT_ALONE = [
    "The man the police arrested was released on Monday.",
    "Last year the company hired more engineers.",
    "Wash your hands before every meal.",
    "Farmers plant their seeds in the spring.",
    "Claims that the bridge was unsafe proved false.",
    "The report that the minister read was long.",
    "We had the ability to help them.",
    "Return as soon as possible to the base.",
    "This is sufficient to the purpose.",
    "Will this rule change the market?",
    "They will these changes welcome, he joked?",
    "Would this be the right time?",
    "Paris, that the tourists love, is crowded.",
    "The two teams met in the final.",
    "Doctors and nurses their own way.",  # names of neither shape: no article after
    "This rule clearly disadvantages me.",
]
PREPOSITION = {
    "The shop sells apples with and pears without stones.": "with and pears",
    "The talks between and the rest of the board failed.": "between and the",
    "The hall was packed with with ninety guests.": "with with",
}
PREPOSITION_ALONE = [
    "Prices rose before and after the war.",
    "They moved in and put up new shelves.",
    "The plan was, by and large, a success.",
    "He works in and around the city.",
    "They pulled in in front of the station.",
]
VERBLESS = [
    "The lion to the same family as the tiger and the leopard.",
    "Each temple a quiet courtyard and then a small chapel behind it.",
    "Local team leaders often as a bridge between the two offices.",
]
WITH_VERB = [
    "The lion belongs to the same family as the tiger.",
    "Team members often function as a point of contact.",  # "function" tagged a noun
    "The same happened in the old mill near the river.",
    "Lockdowns and other internal restrictions",  # a heading: no full stop
    "On Monday, Smith and Co. will open a new shop in the town.",  # "Co." is no end
    "Three firms won: Acme Belgium, Acme Retail and Acme Financial Services.",
]


@cache
def _tagged() -> dict[str, list]:
    texts = [*FOUND, *LEFT_ALONE, *PREPOSITION, *PREPOSITION_ALONE, *VERBLESS, *WITH_VERB]
    return dict(zip(texts, tag_texts(texts), strict=True))


def _verb_gaps(text: str) -> list[str]:
    words = _tagged()[text]
    return [text[a:b] for _, ws in sentences(words) for a, b in verb_gaps.spans(ws)]


def _noun_gaps(text: str) -> list[str]:
    words = _tagged()[text]
    return [text[a:b] for _, ws in sentences(words) for a, b in noun_gaps.spans(ws)]


@pytest.mark.parametrize("text,cut", FOUND.items())
def test_a_verb_cut_between_subject_and_object_or_after_to_or_a_modal(text: str, cut: str) -> None:
    assert _verb_gaps(text) == [cut]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_english_with_those_words_in_good_order_is_left_alone(text: str) -> None:
    assert _verb_gaps(text) == []


@pytest.mark.parametrize("text,cut", PREPOSITION.items())
def test_a_preposition_straight_before_and_lost_its_object(text: str, cut: str) -> None:
    assert _noun_gaps(text) == [cut]


@pytest.mark.parametrize("text", PREPOSITION_ALONE)
def test_prepositions_sharing_an_object_particles_and_set_phrases_are_left_alone(
    text: str,
) -> None:
    assert _noun_gaps(text) == []


def test_the_shapes_are_read_by_the_subjectless_check_and_questions_left_alone() -> None:
    text = "After the long debate, the mayor the new budget in June."
    assert [text[a:b] for a, b in gaps(_tagged()[text])] == ["the mayor the"]
    assert gaps(_tagged()["Will this rule change the market?"]) == []


@pytest.mark.parametrize("text", VERBLESS)
def test_a_sentence_with_nothing_that_could_be_its_verb(text: str) -> None:
    span = verbless_sentence(_tagged()[text])
    assert span is not None and text[span[0] : span[1]] == text.rstrip(".")


@pytest.mark.parametrize("text", WITH_VERB)
def test_a_verb_the_tagger_misreads_a_heading_or_a_split_at_an_abbreviation(text: str) -> None:
    assert verbless_sentence(_tagged()[text]) is None


PAIRS = {
    "verbless": (
        "El león pertenece a la misma familia que el tigre y el leopardo.",
        "The lion to the same family as the tiger and the leopard.",
    ),
    "verbless twin": (
        "El león pertenece a la misma familia que el tigre y el leopardo.",
        "The lion belongs to the same family as the tiger and the leopard.",
    ),
    "according": (
        "Según el conocido economista, la crisis empezó mucho antes de la guerra.",
        "To the well-known economist, the crisis began long before the war.",
    ),
    "heading": (
        "Restricciones internas y otras medidas en los países vecinos.",
        "Internal restrictions and other measures in the neighbouring countries.",
    ),
    "subject object": (
        "Algunas agencias fiscales consideran un objeto como una antigüedad.",
        "Some tax agencies an object as an antique.",
    ),
}


def test_the_verbless_sentence_is_an_omission_where_the_source_has_a_verb() -> None:
    src, tgt = PAIRS["verbless"]
    twin, heading = PAIRS["verbless twin"], PAIRS["heading"]
    texts = [tgt, twin[1], heading[1]]
    tags = dict(zip(texts, tag_texts(texts), strict=True))
    analysed = {s: analyse([s], "es", "en")[0] for s in (src, heading[0])}
    found = check_verbless(
        read_side(src, "es"), read_side(tgt, "en"), (analysed[src], []), tags[tgt]
    )
    assert [f.type for f in found] == ["omission"] and "has no verb" in found[0].message
    assert not check_verbless(
        read_side(src, "es"), read_side(twin[1], "en"), (analysed[src], []), tags[twin[1]]
    )
    # A heading: the source has no finite verb either.
    side = read_side(heading[0], "es")
    assert not check_verbless(
        side, read_side(heading[1], "en"), (analysed[heading[0]], []), tags[heading[1]]
    )
    # Without the source's words (no direct pair) the check does not run.
    assert not check_verbless(read_side(src, "es"), read_side(tgt, "en"), None, tags[tgt])


@pytest.mark.parametrize("src,tgt", [PAIRS["verbless"]])
def test_the_verbless_pair_is_reported_through_check_pairs(src: str, tgt: str) -> None:
    found = [f for f in findings(__name__, src, tgt) if f.severity != "minor"]
    assert [f.type for f in found] == ["omission"]


@pytest.mark.parametrize("src,tgt", [PAIRS["verbless twin"], PAIRS["heading"]])
def test_the_faithful_twin_and_a_heading_without_a_source_verb_pass(src: str, tgt: str) -> None:
    found = findings(__name__, src, tgt)
    assert not [f for f in found if "has no verb" in f.message]


@pytest.mark.parametrize("src,tgt", [PAIRS["subject object"]])
def test_a_subject_before_its_object_is_reported_through_check_pairs(src: str, tgt: str) -> None:
    found = [f for f in findings(__name__, src, tgt) if f.severity != "minor"]
    assert "omission" in [f.type for f in found]
    spans = [tgt[f.target_span[0] : f.target_span[1]] for f in found if f.target_span]
    assert "Some tax agencies an" in spans


@pytest.mark.parametrize("src,tgt", [PAIRS["according"]])
def test_according_cut_is_an_alarm_through_check_pairs(src: str, tgt: str) -> None:
    found = [f for f in findings(__name__, src, tgt) if f.severity != "minor"]
    assert [f.type for f in found] == ["omission"] and "according" in found[0].message


@pytest.mark.parametrize(
    "src,tgt,lang,cut",
    [
        (
            "Según la policía, el conductor no será acusado.",
            "To the police, the driver will not be charged.",
            "es",
            "To",
        ),
        (
            "Les élus, selon le ministre Paul Roy, doivent voter vite.",
            "The members, to Minister Paul Roy, must vote quickly.",
            "fr",
            "to",
        ),
        (
            "Secondo la polizia, l'autista non sarà accusato.",
            "To the police, the driver will not be charged.",
            "it",
            "To",
        ),
    ],
)
def test_according_cut_before_to(src: str, tgt: str, lang: str, cut: str) -> None:
    found = lost_according.check(read_side(src, lang), read_side(tgt, "en"))
    assert [f.type for f in found] == ["omission"]
    assert tgt[found[0].target_span[0] : found[0].target_span[1]] == cut


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        (
            "Según la policía, el conductor no será acusado.",
            "According to the police, the driver will not be charged.",
            "es",
        ),
        (
            "Según la policía, el conductor no será acusado.",
            "The driver will not be charged, the police said, to the relief of his family.",
            "es",
        ),
        ("Para la policía, el caso está cerrado.", "To the police, the case is closed.", "es"),
        (
            "Il secondo giorno, l'autista è tornato.",
            "On the second day, to the surprise of all, the driver came back.",
            "it",
        ),
    ],
)
def test_according_kept_said_or_a_source_without_it_pass(src: str, tgt: str, lang: str) -> None:
    assert lost_according.check(read_side(src, lang), read_side(tgt, "en")) == []
