"""A preposition whose object is adjectives alone, then the sentence's end: the noun they
qualified was cut ("their production by biological.", "depending on geographical,
topographical and atmospheric.") (docs/drift.md, "Session 19, drift24d").

English lets a preposition's object be an adjective only in set phrases ("in vain", "at
random", "for sure", WordNet entries of their own) or in a range ("from mild to
lethal"). Read from the tokens alone (no MT, no tagger), so it runs on every English
translation; one of the shapes of :mod:`stranded`. Each word of the object must be an
adjective and nothing else in WordNet (not "big", "abroad": adverbs too; not "live",
"bare": verbs; not "bats", "over": nouns), not a participle ("exposed", "trying": "kept
from falling asleep"), not a determiner WordNet files as an adjective ("each other",
"on most", "another"); and the mark after it a full stop, a semicolon, "!" or "?", not
an ellipsis ("with distinct... intentions"). And the same adjective straight after "has
to" ("The use of video has to significant breakthroughs": the verb before "to" is gone), or
after a determiner before a relative word or an auxiliary ("at the top of the cosmic
that is…": the noun is gone).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import synsets, wordnet_parts
from aligner.drift.text import Tok

_PREPOSITIONS = frozenset(
    """of in on at by for with without from to into under over between among through
    during against""".split()
)
_DETERMINERS = frozenset(
    "another each other most many few several all some such more less least own same "
    "former latter".split()
)
_COORDINATION = frozenset((",", "and", "or"))
_ENDS = frozenset((".", ";", "!", "?"))


def _adjective_only(word: str) -> bool:
    if word in _DETERMINERS or word.endswith(("s", "ing", "ed")):
        return False
    return wordnet_parts(word) == ("adj",)


def adjective_object(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the mark after a preposition at ``i`` whose object is adjectives
    only, or None."""
    prep = toks[i]
    if prep.norm not in _PREPOSITIONS or not prep.text.islower():
        return None
    if i and toks[i - 1].norm == "instead":  # "directional instead of coercive"
        return None
    if prep.norm == "to" and any(t.norm == "from" for t in toks[max(0, i - 4) : i]):
        return None  # a range: "from mild to lethal"
    k, adjectives = i + 1, []
    while k < len(toks) and (toks[k].norm in _COORDINATION or toks[k].norm.isalpha()):
        if toks[k].norm not in _COORDINATION:
            if toks[k].norm in _PREPOSITIONS or not toks[k].text.islower():
                return None
            adjectives.append(toks[k].norm)
        k += 1
    if not adjectives or k >= len(toks) or toks[k].text not in _ENDS:
        return None
    if k + 1 < len(toks) and toks[k + 1].text == ".":  # an ellipsis
        return None
    if not all(_adjective_only(a) for a in adjectives):
        return None
    if synsets(f"{prep.norm} {adjectives[0]}"):  # "in vain", "at random"
        return None
    return k


_HAVE = frozenset("has have had having".split())


def have_to_adjective(toks: Sequence[Tok], i: int) -> int | None:
    """The index of an adjective straight after "has to" (or "have", "had"), when it is
    an adjective and nothing else in WordNet ("has to significant breakthroughs": "led"
    was cut), or None. "have to" opens an infinitive; "has led to" a phrase."""
    if toks[i].norm not in _HAVE or i + 2 >= len(toks) or toks[i + 1].norm != "to":
        return None
    nxt = toks[i + 2]
    return i + 2 if nxt.text.islower() and _adjective_only(nxt.norm) else None


_DETERMINERS_BEFORE = frozenset("the a an its their his our this these my your".split())
# What may follow a noun phrase's head but not an adjective that qualifies none.
_AFTER_HEAD = frozenset("that which who is was are were has have had would can could".split())


def adjective_before_clause(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the word after a determiner and an adjective (nothing else in
    WordNet) when it is a relative word or an auxiliary ("the cosmic that is", "the
    global would be"): the noun between was cut. ("her beautiful.": "her" may be an
    object; "the 13th is": a figure.)"""
    if toks[i].norm not in _DETERMINERS_BEFORE or i + 2 >= len(toks):
        return None
    adj, nxt = toks[i + 1], toks[i + 2]
    if not adj.text.islower() or not adj.norm.isalpha() or not _adjective_only(adj.norm):
        return None
    return i + 2 if nxt.norm in _AFTER_HEAD and nxt.text.islower() else None
