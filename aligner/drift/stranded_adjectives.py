"""An adjective left where its noun was: a determiner and an adjective that English
never uses as a noun, then a preposition, the sentence's end, or a comma before the next
phrase ("the internal of the party", "a difficult.", "the well-known political, the
erosion…") (docs/drift.md, "Session 21, drift26b").

A noun cut from a good translation leaves its adjectives standing; where they stood
after "the", "a" or a possessive, the phrase now ends on an adjective. English does that
only with adjectives that are nouns too ("the poor of the city", "a local", "the
Turkish"), with superlatives and comparatives ("the largest of", "the more difficult of
the two"), and with determiners WordNet files as adjectives ("the other", "the former").
So the adjective must be an adjective and nothing else in WordNet (not "local", "public":
nouns; not "open": a verb), not a participle or a word in "-s" or "-est", and no word
between it and the determiner may be a noun, a verb, "more", "most", "less" or "least";
before a preposition, the two must not be a WordNet phrase ("unheard of"). Read from the
tokens alone (no MT, no tagger): one of the shapes of :mod:`aligner.drift.stranded`, so
it runs on every English translation, the pivots too. :mod:`adjective_objects` reads the
same adjectives after a preposition and before a relative word or an auxiliary.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.adjective_objects import _adjective_only
from aligner.drift.lexical_diff import synsets, wordnet_parts
from aligner.drift.text import Tok

# Determiners that open a noun phrase ("her", "those" are left: "made her angry.",
# "those responsible.").
_OPENERS = frozenset("the a an its their his our this these my your".split())
_PREPOSITIONS = frozenset(
    """of in on at by for with without from to into under over between among through
    during against""".split()
)
_ENDS = frozenset((".", ";", "!", "?"))
# After "the political," a new phrase opens: a determiner or a subject pronoun.
_NEW_PHRASE = _OPENERS | frozenset("he she they we it i".split())
# Degree words that make the adjective a compared one ("the more difficult of the two").
_COMPARED = frozenset("more most less least".split())
# Comparatives of their own that English uses as nouns ("the lesser of two evils").
_NOUN_COMPARATIVES = frozenset("lesser greater elder better worse upper inner outer".split())
# How many modifiers may stand between the determiner and the adjective.
_BETWEEN = 3


def _modifier(tok: Tok) -> bool:
    """A word that may stand between a determiner and the stranded adjective: a figure,
    an adjective that is no noun nor verb, a participle WordNet files as an adjective, a
    "-ly" adverb, or a hyphenated compound that does not end on a noun."""
    if tok.text[:1].isdigit():
        return True
    word = tok.norm
    if not tok.text.islower() or word in _COMPARED:
        return False
    if "-" in word:
        pieces = word.split("-")
        return all(p.isalpha() for p in pieces) and "n" not in wordnet_parts(pieces[-1])
    parts = wordnet_parts(word)
    if word.endswith("ed") and "adj" in parts:
        return True
    if word.endswith("ly") and "adv" in parts:
        return True
    return bool(parts) and "n" not in parts and "vblex" not in parts


def _stranded(word: str) -> bool:
    if word.endswith("est") or word in _NOUN_COMPARATIVES:
        return False
    return _adjective_only(word)


def adjective_without_noun(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the word after a determiner at ``i``, its modifiers and an adjective
    that qualifies no noun, when that word is a preposition, the sentence's end mark, or
    a comma before a determiner or a subject pronoun; or None."""
    if toks[i].norm not in _OPENERS or not toks[i].text.isalpha():
        return None
    # The modifiers after the determiner; the last of them is the stranded adjective.
    k = i + 1
    while k + 1 < len(toks) and k - i <= _BETWEEN and _modifier(toks[k + 1]):
        if not _modifier(toks[k]):
            break
        k += 1
    if k + 1 >= len(toks):
        return None
    adj, nxt = toks[k], toks[k + 1]
    if not adj.text.islower() or not adj.norm.replace("-", "").isalpha():
        return None
    if not _stranded(adj.norm):
        return None
    if nxt.text in _ENDS:
        if k + 2 < len(toks) and toks[k + 2].text == ".":  # an ellipsis
            return None
        return k + 1
    if nxt.norm in _PREPOSITIONS and nxt.text.islower():
        phrase = synsets(f"{adj.norm} {nxt.norm}") or synsets(f"{adj.norm}-{nxt.norm}")
        return None if phrase else k + 1
    if nxt.text == "," and k + 2 < len(toks) and toks[k + 2].norm in _NEW_PHRASE:
        # "the rural, the urban and the coastal towns": determiners of one list.
        after = toks[k + 3] if k + 3 < len(toks) else None
        listed = toks[k + 2].norm in _OPENERS and after is not None and _modifier(after)
        return None if listed else k + 1
    return None


def cut_at(toks: Sequence[Tok], start: int) -> bool:
    """Whether the cut that :mod:`stranded` reports from character ``start`` is this
    shape's (its message names a noun)."""
    for i, tok in enumerate(toks):
        if tok.start == start:
            return adjective_without_noun(toks, i) is not None
    return False
