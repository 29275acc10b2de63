"""A list of adjectives closed by a bare plural noun: the last adjective of the list, or
the noun its first adjectives qualified, was cut ("depending on geographical,
topographical and characteristics", "different and customs") (docs/drift.md, "Session
22, drift27b").

English coordinates adjectives before the noun they share ("geographical, topographical
and atmospheric characteristics"), or nouns after their own adjectives ("different
traditions and customs"); a word that is only an adjective, then "and"/"or" and a plural
noun that ends the phrase, is neither. Reported when all of these hold:

* one or more words WordNet knows only as adjectives ("geographical", "different"), in a
  list joined by commas, then "and" or "or";
* then a plural in "-s" whose singular WordNet knows as a noun ("characteristics",
  "customs"), itself no adjective nor adverb;
* and after it the phrase ends: a mark, a preposition, "and"/"or", a relative word or an
  auxiliary ("economic and workforce development" goes on with its head noun).

Read from the English tokens alone: a shape of :mod:`stranded`, so it runs on every
English translation, through every route.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.text import Tok

_COORDINATION = frozenset(("and", "or"))
_LIST_MARKS = _COORDINATION | {","}
# What may follow a noun that ends its phrase.
_PHRASE_END = frozenset(
    """. , ; : ) of in on at by for with from to into that which who and or are is were
    was have has will would can could may might""".split()
)
# Verbs before a predicate adjective: what follows its "and" is the next clause's subject.
_COPULAS = frozenset(
    "is are was were be been being am remain remains remained seem seems seemed looks "
    "looked became become becomes 's 're".split()
)
# Words in "-s" that are no plural nouns.
_NOT_PLURALS = frozenset("is was has does us this its his thus as yes".split())


def _only_adjective(t: Tok) -> bool:
    word = t.text
    return word.isalpha() and word.islower() and wordnet_parts(word) == ("adj",)


def _bare_plural(t: Tok) -> bool:
    word = t.text
    if not word.isalpha() or not word.islower() or not word.endswith("s"):
        return False
    if word in _NOT_PLURALS:
        return False
    parts = wordnet_parts(word)
    if "adj" in parts or "adv" in parts:
        return False
    return "n" in wordnet_parts(word[:-1]) or (
        word.endswith("es") and "n" in wordnet_parts(word[:-2])
    )


def adjectives_then_noun(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the plural noun closing a list of adjectives that starts at ``i``."""
    if i + 1 >= len(toks) or toks[i + 1].text not in _LIST_MARKS:
        return None  # checked first: WordNet is read only before a list's mark
    if not _only_adjective(toks[i]) or (i and _only_adjective(toks[i - 1])):
        return None
    if i and toks[i - 1].norm in _COPULAS:
        return None  # "the market is saturated and consumers are…": two clauses
    if i > 1 and toks[i - 1].text == "," and _only_adjective(toks[i - 2]):
        return None  # inside a list: read from its first adjective
    k = i + 1
    while k + 1 < len(toks) and toks[k].text == "," and _only_adjective(toks[k + 1]):
        k += 2
    if k + 1 >= len(toks) or toks[k].text not in _COORDINATION:
        return None
    noun = toks[k + 1]
    if not _bare_plural(noun):
        return None
    if k + 2 < len(toks) and toks[k + 2].norm not in _PHRASE_END:
        return None
    return k + 1


def cut_at(toks: Sequence[Tok], start: int) -> bool:
    """Whether the cut :mod:`stranded` reports from character ``start`` is this shape's."""
    return any(
        tok.start == start and adjectives_then_noun(toks, i) is not None
        for i, tok in enumerate(toks)
    )
