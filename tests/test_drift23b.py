"""Additions and antonyms, session 18 (docs/drift.md, "Session 18 (drift23b)").

Each reported case was missed at the branch start: a negative prefix on the MT's word
("inspirada" → MT "inspired" ↔ "uninspired"), or on a synonym of it ("relacionados" →
"related" ↔ "disconnected"); an antonym beside a negation that governs neither word
("falló" → MT "failed", far from "late" ↔ "early"); a verb of beginning against one of
ending ("inició" → MT "initiated" ↔ "finished"); a source adjective the tagger read
as a noun ("culpable") against the opposite of its rendering; an added manner adverb
before a verb the dictionary does not pair with the source's; an added adjective beside
a conjugated source verb nothing renders. Each quiet case is the
faithful twin or a guard of the new rules. The sentences are written here for these
tests; none is taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.drift.lexical_diff import Word
from aligner.drift.modifiers import _rendered, added_modifier
from aligner.drift.opposite_forms import (
    _one_word,
    negation_far,
    prefixed_opposites,
    synonyms_of_opposites,
)
from aligner.drift.synonyms import synsets
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a negative prefix on the MT's word, or on a frequent synonym of it
        (
            "La novela parece inspirada en la vida de su autor.",
            "The novel seems uninspired by the life of its author.",
            "meaning",
        ),
        (
            "La novela parece inspirada en la vida de su autor.",
            "The novel seems inspired by the life of its author.",
            None,
        ),
        (
            "Los dos casos están relacionados con la misma fábrica.",
            "The two cases are disconnected from the same factory.",
            "meaning",
        ),
        (
            "Los dos casos están relacionados con la misma fábrica.",
            "The two cases are related to the same factory.",
            None,
        ),
        # the source's negation is what the prefix renders
        (
            "La novela no parece inspirada en la vida de su autor.",
            "The novel seems uninspired by the life of its author.",
            None,
        ),
        (
            "Ninguno de los mineros resultó herido en el accidente.",
            "All the miners came out of the accident unhurt.",
            None,
        ),
        # "without" before the MT's word
        (
            "Es un disco sin precedentes en la historia del grupo.",
            "It is an unprecedented record in the band's history.",
            None,
        ),
        # a synonym of the MT's word (the synonym of the opposite is measured, off)
        (
            "El examen fue muy difícil para los alumnos.",
            "The exam was very hard for the students.",
            None,
        ),
        # a negation far from both words ("failed" a penalty, "late" ↔ "early")
        (
            "El delantero llegó tarde al partido y falló un penalti.",
            "The striker arrived early for the match and missed a penalty.",
            "meaning",
        ),
        (
            "El delantero llegó tarde al partido y falló un penalti.",
            "The striker arrived late for the match and missed a penalty.",
            None,
        ),
        # a source adjective tagged as a noun, against its rendering's opposite
        (
            "Me sentí culpable de violar las normas del club.",
            "I felt innocent of breaking the club's rules.",
            "meaning",
        ),
        (
            "Me sentí culpable de violar las normas del club.",
            "I felt guilty of breaking the club's rules.",
            None,
        ),
        # a beginning against an end, said by verbs
        (
            "La empresa inició las obras del puente en marzo.",
            "The company finished the work on the bridge in March.",
            "meaning",
        ),
        (
            "La empresa inició las obras del puente en marzo.",
            "The company began the work on the bridge in March.",
            None,
        ),
        # Apertium's "with the end to" for "con el fin de" is no end
        (
            "En marzo, la OMS inició el ensayo en diez países con el fin de evaluar cuatro "
            "tratamientos.",
            "In March, the WHO initiated the trial in ten countries to assess four treatments.",
            None,
        ),
        # an added manner adverb before a verb the dictionary does not pair
        (
            "El ministro anunció la medida el martes.",
            "The minister irresponsibly unveiled the measure on Tuesday.",
            "addition",
        ),
        (
            "El ministro anunció la medida el martes.",
            "The minister unveiled the measure on Tuesday.",
            None,
        ),
        # an adverb after its verb qualifies nothing there
        ("El incendio fue provocado.", "The fire was started deliberately.", None),
    ],
)
def test_opposites_and_added_adverbs(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found


def _needs_wordnet() -> None:
    if not synsets("related", 2):
        pytest.skip("WordNet's synonym table is not shipped")


def test_prefixed_opposites() -> None:
    _needs_wordnet()
    assert prefixed_opposites(["it", "is", "inspired"], ["it", "is", "uninspired"]) == [
        (2, "inspired")
    ]
    assert prefixed_opposites(["they", "are", "related"], ["they", "are", "disconnected"])
    # the MT turns its word round, or the translation also has the bare word
    assert not prefixed_opposites(["without", "precedent"], ["unprecedented"])
    assert not prefixed_opposites(["connected"], ["connected", "and", "disconnected"])
    # a prefix that leaves no word ("union" → "ion"), or a word the MT has too
    assert not prefixed_opposites(["ion"], ["union"])
    assert not prefixed_opposites(["display"], ["display"])


def test_synonyms_of_opposites_measured() -> None:
    """The rule is off (:data:`opposite_forms.SYNONYMS_OF_OPPOSITES`); its reading holds."""
    _needs_wordnet()
    assert synonyms_of_opposites(["very", "difficult"], ["very", "simple"]) == [(1, "difficult")]
    # a synonym of the MT's word is no opposite
    assert not synonyms_of_opposites(["very", "difficult"], ["very", "hard"])
    # the shared synset must be of the antonym pair's part of speech ("fell", a hide)
    assert not synonyms_of_opposites(["the", "moon", "showed"], ["the", "moon", "fell"])


def test_negation_far() -> None:
    # "failed" (0) far from "late" (7) ↔ "early" (7): the negation governs neither
    assert negation_far([(0, 1)], [7], [], 7, "late", "early")
    # "not" a few words before the MT's word, or right after the translation's
    assert not negation_far([(3, 4)], [7], [], 7, "late", "early")
    assert not negation_far([], [7], [(8, 9)], 7, "late", "early")
    # the same word with a prefix is the polarity check's
    assert not negation_far([(0, 1)], [7], [], 7, "indiscipline", "disciplined")
    assert _one_word("indiscipline", "disciplined")
    assert not _one_word("natural", "artificial")


def _word(surface: str, pos: str, known: bool = True) -> Word:
    return Word(surface, surface.lower(), pos, frozenset(), 0, len(surface), known)


def test_a_modifier_rendered_by_a_function_word_is_unrendered() -> None:
    src = [_word("por", "pr"), _word("Gran Bretaña", "np"), _word("agricultores", "n")]
    assert not _rendered(src, 0)  # "poor" by the cognate "por"
    assert not _rendered(src, 1)  # "great" by a name "Britain" renders
    assert _rendered(src, 2)
    assert not _rendered(src, -1)


def _placed(text: str, spec: list[tuple[str, str, str, set[str], bool]]) -> list[Word]:
    out, at = [], 0
    for surface, lemma, pos, trans, finite in spec:
        start = text.index(surface, at)
        at = start + len(surface)
        out.append(Word(surface, lemma, pos, frozenset(trans), start, at, True, finite))
    return out


def test_a_conjugated_source_verb_is_no_plain_adjective() -> None:
    """Written here: "firmaron la ley" → "it was a harsh law": the unrendered source verb
    near "ley" is conjugated, so "harsh" renders nothing; "firmada" might be rendered so."""
    tgt_text = "It was a harsh law"
    tgt = _placed(
        tgt_text,
        [
            ("It", "it", "prn", set(), False),
            ("was", "be", "vbser", {"ser"}, True),
            ("a", "a", "det", {"uno"}, False),
            ("harsh", "harsh", "adj", {"duro"}, False),
            ("law", "law", "n", {"ley"}, False),
        ],
    )
    for verb, finite, reported in (("firmaron", True, True), ("firmada", False, False)):
        src_text = f"{verb} la ley"
        src = _placed(
            src_text,
            [
                (verb, "firmar", "vblex", {"sign"}, finite),
                ("la", "el", "det", {"the"}, False),
                ("ley", "ley", "n", {"law"}, False),
            ],
        )
        found = added_modifier(src, tgt, tgt_text)
        assert (found is not None) == reported, (verb, found)
        if found:
            assert found[0].surface == "harsh"
