"""Verbs and subjects removed, and a person's gender, session 22 (docs/drift.md, "Session
22 (drift27d)"): a verb cut where the words left still stand (:mod:`aligner.drift.verb_cuts`:
one name and an adverb before an object, "have to" before a noun phrase, "have" before an
adjective, a subordinator and a pronoun with no verb, "To" before a source of
information, an opening noun phrase before a clause, a sentence whose every verb is a
subordinate clause's); a subject cut (:mod:`aligner.drift.subject_cuts`: an opening modal,
"Who" with no head, "where" before a base form, a preposition and "which" before a past,
a noun phrase and a comma before the verb, a possessive before a bare adjective, a name's
"'s" before "of", a quantifier's participle, a coordination whose verb disagrees, a
coordinated preposition's phrase before "be"); a pronoun of the other gender beside the
source's own (:mod:`aligner.drift.person_gender`). Every sentence here is written here for
these tests, not taken from any of the data. No e5; the English is tagged in one
Apertium call, the pairs checked in one batch."""

from __future__ import annotations

from functools import cache

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift import subject_cuts, verb_cuts
from aligner.drift.pos_fluency import tag_texts
from aligner.drift.subjectless import gaps, sentences
from tests.drift_batch import alarm_types, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
pytestmark = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

# Written here: each sentence lost a verb, and the span read.
VERBS = {
    "Marta already the answer from her teacher.": "Marta already the",
    "Bakers usually hours to prepare the dough.": "Bakers usually hours",
    "The new rules may have to voters who live abroad.": "have to voters",
    "The discovery has to significant gains in farming.": "has to significant",
    "Train tickets have also much more costly in the north.": "have also much more costly",
    "In the first weeks, when we abroad, the food was strange.": "when we abroad",
    "To the latest figures, the town has 8,000 people.": "To the latest figures",
    "The Nordia merger, Acme will therefore raise its prices.": "The Nordia merger,",
    "A new survey that 70% of nurses use the app to plan their shifts.": (
        "A new survey that 70% of nurses use the app to plan their shifts"
    ),
    "Ana Ruiz, local farmers and the town council the new road.": "and the town council the",
    "Lena to the city last week after a long trip abroad.": "Lena to the",
    "Lena in an interview in Oslo hope that the plan will pass.": (
        "Lena in an interview in Oslo hope"
    ),
    "The experts that it is certainly a fake, but the owner refuses to sell it.": (
        "The experts that it is certainly a fake"
    ),
    "It would be vain to that the rules are fair to everyone.": "vain to that",
    "A young man who in hospital after being hit by a bus while walking home has been named.": (
        "A young man who in hospital after being hit by a bus while walking home has been named"
    ),
}
# Written here: each sentence lost its subject (or a subject's noun).
SUBJECTS = {
    "Will remain open until the end of the month.": "Will remain",
    "Who are leaving early should tell the desk.": "Who are",
    "It is a small town where live in the hills some 2,000 people.": "where live",
    "It is a job for which needed a permit from the city.": "for which needed",
    "Former mayor of the town, was not present at the meeting.": ("Former mayor of the town, was"),
    "Their well-trained, speed and skill won the match.": "Their well-trained",
    "Acme's of cheaper phones for students was a success.": "Acme's of",
    "Many discovered in the caves are older than the town.": "Many discovered",
    "A lawyer has filed the papers, but have not heard from the court.": "but have",
    "The coast is warm, and in the mountains are quite cold.": "and in the mountains are",
    "According to the latest report, generally pay less than 5% in tax.": ", generally pay",
    "We would save a lot of time if asked them to stay.": "if asked",
    "They spoke of the rarely played behind closed doors in winter.": "the rarely played",
    "The West African are known for their music.": "The West African are",
}
# Written here: English with those words in good order.
LEFT_ALONE = [
    "Marta already knows the answer.",
    "They spoke of the rarely played match behind closed doors.",
    "The Taliban are known for their rules.",
    "The West Africans are known for their music.",
    "The experts that it trusts are sure, but the owner refuses to sell it.",
    "It would be vain to claim that the rules are fair.",
    "According to the report, they generally pay less than 5% in tax.",
    "If asked, they stay at home.",
    "In that case, always call the doctor.",
    "Ana Ruiz, local farmers and the town council backed the new road.",
    "Lena went to the city last week.",
    "Lena in an interview in Oslo said that the plan will pass.",
    "The Smiths hope that the plan will pass.",
    "Bakers usually work long hours.",
    "The rules may have to change soon.",
    "The driver had to hot-wire the van.",
    "Prices have risen much more in the north.",
    "When we arrived abroad, the food was strange.",
    "To date, the town has 8,000 people.",
    "To me, it was clear.",
    "The next morning, Acme will raise its prices.",
    "The company, Acme, will raise its prices.",
    "A survey that nurses trust was published today.",
    "A young man who died in hospital after being hit by a bus while walking home has been named.",
    "So book a direct flight if you can, and if not, think about where to change.",
    "May 5 saw heavy rain in the north.",
    "Who knows what will happen next?",
    "It is a small town where people live in peace.",
    "It is a job for which you need a permit.",
    "A high wire, brought down by the storm, can still spark.",
    "They did their best, and it worked.",
    "The studio signed her and made her famous.",
    "Acme's share of the market grew.",
    "Many people in the caves are older than the town.",
    "A lawyer has filed the papers, but has not heard from the court.",
    "The coast is warm, and in the mountains are two lakes.",
]


@cache
def _tagged() -> dict[str, list]:
    texts = [*VERBS, *SUBJECTS, *LEFT_ALONE]
    return dict(zip(texts, tag_texts(texts), strict=True))


def _spans(text: str, module) -> list[str]:
    words = _tagged()[text]
    out = []
    for first, ws in sentences(words):
        args = (ws, words, first) if module is verb_cuts else (ws,)
        out += [text[a:b] for a, b in module.spans(*args)]
    return out


@pytest.mark.parametrize("text,cut", VERBS.items())
def test_a_verb_cut_leaves_a_shape_english_does_not_write(text: str, cut: str) -> None:
    assert _spans(text, verb_cuts) == [cut]


@pytest.mark.parametrize("text,cut", SUBJECTS.items())
def test_a_subject_cut_leaves_a_shape_english_does_not_write(text: str, cut: str) -> None:
    assert _spans(text, subject_cuts) == [cut]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_english_with_those_words_in_good_order_is_left_alone(text: str) -> None:
    assert gaps(_tagged()[text]) == []


def test_the_shapes_are_read_by_the_subjectless_check() -> None:
    text = "Marta already the answer from her teacher."
    assert [text[a:b] for a, b in gaps(_tagged()[text])] == ["Marta already the"]
    text = "Will remain open until the end of the month."
    assert [text[a:b] for a, b in gaps(_tagged()[text])] == ["Will remain"]


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a verb cut, and its faithful twin
        (
            "Un nuevo estudio ha concluido que el 70 % de las enfermeras usa la aplicación.",
            "A new study that 70% of nurses use the app.",
            "omission",
        ),
        (
            "Un nuevo estudio ha concluido que el 70 % de las enfermeras usa la aplicación.",
            "A new study concluded that 70% of nurses use the app.",
            None,
        ),
        # "la gira" after a participle is an article and a noun, not a clitic and a verb;
        # the "she" has nobody in the source, beside the singer's "himself"
        (
            "Han cancelado la gira después de que el cantante Pedro Ruiz se hiriera en el "
            "escenario.",
            "They cancelled the tour after singer Pedro Ruiz hurt himself when she fell on stage.",
            "meaning",
        ),
        (
            "Han cancelado la gira después de que el cantante Pedro Ruiz se hiriera en el "
            "escenario.",
            "They cancelled the tour after singer Pedro Ruiz hurt himself when he fell on stage.",
            None,
        ),
        # a clitic before the verb still stands for a person of either gender
        (
            "El director la saludó y luego se fue a casa.",
            "The director greeted her and then he went home.",
            None,
        ),
    ],
)
def test_through_check_pairs(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found
