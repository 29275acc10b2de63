"""A determiner straight before a verb in the past: the noun (or the adjective used as
one) between them was cut ("The happened in the case of…" for "The same happened…", "The
fled to the hills") (docs/drift.md, "Session 21, drift26b").

English puts a past participle after a determiner only as a modifier or a noun ("the
proposed law", "the injured", "the accused"), so the verb form must be one WordNet does
not list as a word of its own (no noun, no adjective: "happened", "fled", "began"), an
inflection of a word WordNet knows only as a verb (its "-ed" form, or one of its
irregular forms, verb.exc), and the word after it must open a phrase of its own: a
preposition, a determiner, "that", or a mark ("the proposed law" keeps its noun). Read
from the tokens alone: one of the shapes of :mod:`aligner.drift.stranded`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache

from aligner.drift.lexical_diff import WORDNET, wordnet_parts
from aligner.drift.text import Tok

_DETERMINERS = frozenset("the a an its their his our my your".split())
_PREPOSITIONS = frozenset(
    """of in on at by for with without from to into under over between among through
    during against""".split()
)
_AFTER = _PREPOSITIONS | _DETERMINERS | frozenset((".", ",", ";", "that"))


@cache
def _irregular_forms() -> frozenset[str]:
    """The inflected forms of WordNet's verb.exc ("began", "fled", "gave")."""
    path = os.path.join(WORDNET, "verb.exc")
    if not os.path.exists(path):
        return frozenset()
    with open(path, encoding="latin-1") as fh:
        return frozenset(f[0] for f in (line.split() for line in fh) if len(f) == 2)


def past_verb(word: str) -> bool:
    """Whether ``word`` is a verb's past form and nothing else WordNet lists."""
    if not word.isalpha() or not word.islower() or wordnet_parts(word):
        return False
    if word in _irregular_forms():
        return True
    if not word.endswith("ed"):
        return False
    bases = (word[:-2], word[:-1], word[:-3])  # "happened", "bathed", "stopped"
    return any(len(b) > 2 and wordnet_parts(b) == ("vblex",) for b in bases)


def determiner_before_verb(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the verb after a determiner at ``i`` when the two meet with no noun
    between, or None."""
    if toks[i].norm not in _DETERMINERS or not toks[i].text.isalpha() or i + 2 >= len(toks):
        return None
    verb, after = toks[i + 1], toks[i + 2]
    if not past_verb(verb.text) or after.norm not in _AFTER:
        return None
    return i + 1


def cut_at(toks: Sequence[Tok], start: int) -> bool:
    """Whether the cut that :mod:`stranded` reports from character ``start`` is this
    shape's (its message names a noun)."""
    return any(
        tok.start == start and determiner_before_verb(toks, i) is not None
        for i, tok in enumerate(toks)
    )
