"""English shapes the tag-bigram tables of :mod:`aligner.drift.pos_fluency` call odd
though a reader sees nothing broken: a postpositive adjective after its noun, the
complement after "being", an object and its complement after a verb of describing, and
two words written as alternatives with a slash ("and/or", "his/her").

Moved out of :mod:`aligner.drift.pos_fluency` (session 36, drift41c) to make room; the
slash is new there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aligner.drift.pos_fluency import Tagged

# Adjectives English puts after their noun ("the drugs available at the hospital", "the
# people involved", "the steps required"): session 22 (drift27e).
POSTPOSITIVE = frozenset(
    "available possible involved concerned required needed affected remaining".split()
)


def english_shape(a: Tagged, b: Tagged) -> bool:
    """Bigrams the tables call odd that are plain English (session 22, drift27e): a
    postpositive adjective after its noun; the complement after "being" ("doctors being
    women"), which the tables see rarely; a capital "I" after a preposition, a letter
    naming something ("counts of I and R"), since the pronoun would be "me" there."""
    return (
        (a.tag == "n" and b.tag == "adj" and b.surface.lower() in POSTPOSITIVE)
        or a.tag == "vbser.ger"
        or (a.tag == "pr" and b.surface == "I")
    )


# Verbs that take an object and then say what it is ("called the cut "unfair"", "deemed
# the plan unworkable"): after them a noun before an adjective is no break (session 25).
COMPLEMENT_VERBS = frozenset(
    "call calls called calling deem deems deemed consider considers considered brand "
    "brands branded label labels labelled labeled term terms termed dub dubs dubbed "
    "declare declares declared judge judges judged find finds found".split()
)


def object_complement(words: Sequence[Tagged], k: int) -> bool:
    """Whether the adjective at ``k`` follows a noun that a describing verb governs, at
    most four words before it."""
    return (
        k > 1
        and words[k].tag.startswith("adj")
        and words[k - 1].tag.split(".")[0] == "n"
        and any(w.surface.lower() in COMPLEMENT_VERBS for w in words[max(0, k - 6) : k - 1])
    )


def after_slash(text: str, before: Sequence[Tagged], start: int, surface: str) -> bool:
    """Whether the word ``surface`` at ``start`` of ``text`` is an alternative to the word before,
    written with a slash between and no space ("and/or", "his/her", "he/she",
    "men/women"): the two fill one place of the sentence, so the pair of them is no
    bigram a reader takes for a break (DEMETR's Russian and Czech faithful "and/or",
    "his/her" were "broken" there). The tagger drops the slash itself."""
    if not before or start < 1 or before[-1].end < 0:
        return False
    glued = before[-1].end == start - 1 and text[start - 1] == "/"
    # The same word twice is no alternative ("his/his": a word changed, left broken).
    return glued and surface.lower() != before[-1].surface.lower()


# English prepositions Apertium's analyser knows only as adjectives or nouns ("did not get
# past the first round", "worth the wait", "near the border"): before a determiner they
# make no broken pair.
PREPOSITIONS_TOO = frozenset("past worth near opposite unlike via".split())


def preposition_before_determiner(words: Sequence[Tagged], k: int) -> bool:
    """Whether the pair ending at ``k`` is one of :data:`PREPOSITIONS_TOO` before a
    determiner."""
    return (
        k > 0
        and words[k - 1].surface.lower() in PREPOSITIONS_TOO
        and words[k].tag.startswith("det")
    )
