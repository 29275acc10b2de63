"""A comparison left without its comparative: "Reintegration shock occurs than culture
shock", "they pay than 5 %", "who has than 1,000 patients" (docs/drift.md, "Session 20
(drift25a)").

A removed "earlier", "more", "less" or "larger" leaves its "than" behind, and English
never writes "than" without something compared before it in the sentence. So "than"
is reported (an omission, major) when nothing before it in its sentence (bracketed
asides skipped) is a comparative: "more", "less", "fewer", "rather", "other", "else",
"different", "prefer", "sooner", "twice" …, or a word in "-er"/"-ier"/"-r" whose stem
is a WordNet adjective or adverb ("bigger", "earlier", "safer", "higher"). Where "than"
is followed by "that" or "those" (a compared noun phrase: "higher among X … than that
among Y") the comparative may stand far back, past a loose list; it is left alone.

Read from the English alone (no MT, no source analysis), so it runs on every route.
Measured on every faithful English sentence of the public development files, corpora/
and WordNet's example sentences that hold "than" (none of them is reported).
"""

from __future__ import annotations

import re

from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.signals import Finding, Side, removed_word
from aligner.textutil import quote

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")
_COMPARATIVES = frozenset(
    """more less fewer rather other others otherwise else different differently prefer
    preferred prefers preferable sooner later better worse further farther elder superior
    inferior twice times""".split()
)
# Comparative endings and what their stem ends in: "earlier" → "early", "safer" → "safe".
_ENDINGS = (("ier", "y"), ("er", ""), ("er", "e"), ("r", ""))
_SENTENCE_ENDS = frozenset(".?!")
_COMPARED_PHRASE = frozenset(("that", "those"))


def comparative(word: str) -> bool:
    """Whether an English word is a comparative (a listed word, or "-er" on a WordNet
    adjective or adverb, a doubled consonant undone: "bigger" → "big")."""
    w = word.lower()
    if w in _COMPARATIVES:
        return True
    for ending, stem_end in _ENDINGS:
        if not w.endswith(ending) or len(w) <= len(ending) + 2:
            continue
        base = w[: -len(ending)] + stem_end
        if {"adj", "adv"} & set(wordnet_parts(base)):
            return True
        if base[-1] == base[-2] and "adj" in wordnet_parts(base[:-1]):
            return True
    return False


def _outside_brackets(text: str) -> list[re.Match]:
    out, depth = [], 0
    for m in _TOKEN.finditer(text):
        t = m.group()
        if t in "([":
            depth += 1
        elif t in ")]":
            depth = max(0, depth - 1)
        elif not depth:
            out.append(m)
    return out


def orphan_than(text: str) -> tuple[int, int] | None:
    """The span of the first "than" with no comparative before it in its sentence."""
    toks = _outside_brackets(text)
    for k, m in enumerate(toks):
        if m.group().lower() != "than":
            continue
        if k + 1 < len(toks) and toks[k + 1].group().lower() in _COMPARED_PHRASE:
            continue
        if not any(comparative(t.group()) for t in _sentence_before(toks, k)):
            return m.span()
    return None


def _sentence_before(toks: list[re.Match], k: int) -> list[re.Match]:
    """The tokens before token ``k`` back to the start of its sentence."""
    j = k
    while j > 0 and toks[j - 1].group() not in _SENTENCE_ENDS:
        j -= 1
    return toks[j:k]


def check_lost_comparative(src: Side, tgt: Side) -> list[Finding]:
    """An omission (major) at a "than" that nothing before it compares."""
    if tgt.lang[:2] != "en":
        return []
    span = orphan_than(tgt.text)
    if span is None:
        return []
    return [
        removed_word(
            None,
            span,
            f"The translation's {quote(tgt.text[span[0] : span[1]])} compares with nothing "
            "before it (no comparative such as 'more', 'less' or 'earlier'): the "
            "comparative the source states seems to have been left out.",
        )
    ]
