"""Nouns and verbs removed, session 19 (docs/drift.md, "Session 19 (drift24d): nouns and
verbs removed"): a source noun or verb whose two neighbours' renderings meet in the
translation (:mod:`aligner.drift.closed_around`), and a preposition whose object is
adjectives alone, or "has to" before an adjective (:mod:`aligner.drift.adjective_objects`),
and a subject pronoun before a preposition (:mod:`aligner.drift.subject_prepositions`), shapes
of :mod:`aligner.drift.stranded`. Every sentence here is written here for these
tests, not taken from any of the data. No e5; the word check reads Apertium's analyses of
the pairs below in one batch."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift import closed_around as closed_around_module
from aligner.drift.closed_around import closed_around
from aligner.drift.stranded import stranded
from aligner.drift.text import tokenize
from tests.drift_batch import analysed_words, batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()


def _cut(text: str) -> list[str]:
    return [text[a:b] for a, b in stranded(tokenize(text))]


@pytest.mark.parametrize(
    "text,cut",
    [
        ("Their growth depends on cycles driven by biological.", "by biological."),
        (
            "Storms vary in kind, depending on geographical, coastal and atmospheric.",
            "on geographical, coastal and atmospheric.",
        ),
        ("He admitted three charges of sexual.", "of sexual."),
        ("The new drug has to significant gains in survival.", "has to significant"),
        ("In the town where I in summer, the library opens daily.", "I in"),
        ("During the war he on ships bound for Malta.", "he on"),
        ("She stood at the edge of the cosmic that surrounds us.", "the cosmic that"),
    ],
)
def test_adjectives_alone_after_a_preposition_or_has_to_and_a_subject_before_one(
    text: str, cut: str
) -> None:
    assert _cut(text) == [cut]


@pytest.mark.parametrize(
    "text",
    [
        "He tried again, but in vain.",
        "The winners were picked at random.",
        "Symptoms range from mild to lethal.",
        "The two teams compete with each other.",
        "The city is on every list and the village is on most.",
        "His snoring kept me from falling asleep.",
        "The roads were dry, so we drove on bare.",
        "He arrived with distinct... intentions.",
        "The rule is directional instead of coercive.",
        "The virus was first found in bats.",
        "The patient has to leave the ward today.",
        "The shop has to close early.",
        "He in turn thanked the staff.",
        "They at least tried to help.",
        "The prize went to him and they with it.",
        "How close are we to town?",
        "Why is he in such a hurry?",
        "Friday the 13th is an unlucky date.",
        "The poor who live here pay more.",
        "Nobody thought her capable of it.",
    ],
)
def test_english_a_preposition_or_has_to_may_have_there_is_left_alone(text: str) -> None:
    # Set phrases (WordNet entries), a range, determiners, participles, a word that is
    # also a verb ("bare"), an ellipsis, "instead of", a plural noun, verbs; asides after
    # a subject ("in turn", "at least"), a pronoun after "and", questions; a figure, an
    # adjective WordNet also has as a noun ("the poor"), "her" as an object.
    assert _cut(text) == []


PAIRS = {
    "removed": (
        "El coche ha sido retirado del lugar del accidente por la tarde.",
        "The car was from the crash site in the afternoon.",
    ),
    "removed kept": (
        "El coche ha sido retirado del lugar del accidente por la tarde.",
        "The car was removed from the crash site in the afternoon.",
    ),
    "expressed": (
        "Un portavoz ha expresado su apoyo al nuevo proyecto.",
        "A spokesman has his support for the new project.",
    ),
    "expressed kept": (
        "Un portavoz ha expresado su apoyo al nuevo proyecto.",
        "A spokesman has expressed his support for the new project.",
    ),
    "comes": ("El término proviene de una palabra griega.", "The term from a Greek word."),
    "comes kept": (
        "El término proviene de una palabra griega.",
        "The term comes from a Greek word.",
    ),
    "these": (
        "Estas entidades tienen una actividad prometedora contra el virus.",
        "These have promising activity against the virus.",
    ),
    "this": (
        "Esta cifra podría ser aumentada si los médicos lo piden.",
        "This could be increased if doctors ask for it.",
    ),
}


def _closed(key: str) -> tuple[str, str, str] | None:
    src, tgt = analysed_words(PAIRS)[key]
    found = closed_around(src, tgt, "es")
    return found and tuple(w.surface for w in found)


@needs_apertium
@pytest.mark.parametrize(
    "key,found",
    [
        ("removed", ("retirado", "was", "from")),
        ("expressed", ("expresado", "has", "his")),
        ("comes", ("proviene", "term", "from")),
    ],
)
def test_a_source_word_whose_neighbours_meet_in_the_translation(key: str, found) -> None:
    # "sido" → "was" and "del" → "from" by the dictionary: the MT's "has been removed
    # of" has neither neighbour of "removed" in the translation.
    assert _closed(key) == found


@needs_apertium
@pytest.mark.parametrize("key", ["removed kept", "expressed kept", "comes kept"])
def test_the_same_words_rendered_are_left_alone(key: str) -> None:
    assert _closed(key) is None


@needs_apertium
@pytest.mark.parametrize("key", ["these", "this"])
def test_a_noun_after_a_determiner_is_left_alone(key: str, monkeypatch) -> None:
    # English lets a demonstrative stand alone ("These have", "This could"): without the
    # guard on the neighbours, both would be reported.
    assert _closed(key) is None
    monkeypatch.setattr(
        closed_around_module,
        "_placed",
        lambda src, i: src[i - 1].surface[:1].isalnum() and src[i + 1].surface[:1].isalnum(),
    )
    assert _closed(key) is not None


@needs_apertium
def test_the_check_reports_an_omission_through_check_pairs() -> None:
    src, tgt = PAIRS["expressed"]
    found = [f for f in findings(__name__, src, tgt) if f.severity == "major"]
    assert [f.type for f in found] == ["omission"]
    assert "expresado" in found[0].message
    assert tgt[found[0].target_span[0] : found[0].target_span[1]] == "has his"


def test_the_adjective_shape_is_reported_without_mt() -> None:
    from aligner.drift.checks import check_pairs

    src = "Su crecimiento depende de ciclos regidos por relojes biológicos."
    tgt = "Their growth depends on cycles driven by biological."
    found = check_pairs([(src, tgt)], "es", "en", embedder=None, mt=None)[0]
    hits = [f for f in found if f.type == "omission" and f.severity == "major"]
    assert hits and "a noun after the adjective" in hits[0].message
