"""An opposite where both sides use both words of the pair: the translation says one word
once more and its antonym once less than the literal MT ("the large lakes are large
enough …, smaller boats" → "the larger lakes are small enough …, smaller boats"; docs/
drift.md, "Session 23 (drift28c)").

:func:`aligner.drift.antonyms.opposed` passes over a translation word the MT also uses:
a word both sides say renders itself. Where a sentence uses both poles of a pair, one of
them turned round leaves every word on both sides, and only the counts tell: the
translation's words of one pole (the word and its WordNet antonym's other antonyms:
"big" stands with "large" against "small") outnumber the MT's by as many as the MT's
words of the other pole outnumber the translation's, and each side has some of each.

Read by :func:`aligner.drift.antonyms._wordnet_reversal` after every other opposite
reading finds nothing; the reading's guards (negations, names, …) then apply.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

# Switched off only to measure what the rule does (bench runs).
ENABLED = True


@cache
def _senses(word: str) -> frozenset[str]:
    from aligner.drift import antonyms  # it reads this module

    return frozenset(s for lemma in antonyms.lemmas(word) for s in antonyms._senses(lemma))


def shifted(mt_words: Sequence[str], tgt_words: Sequence[str]) -> list[tuple[int, str]]:
    """(index of the translation word, an MT word of the other pole) for the first
    translation word whose pole the translation uses more often than the MT, by as many
    as the MT uses the other pole more often than the translation (module docstring)."""
    from aligner.drift import antonyms  # it reads this module

    if not ENABLED:
        return []
    opposite = antonyms._table()[0]
    ms = [_senses(w) for w in mt_words]
    ts = [_senses(w) for w in tgt_words]

    def count(side: list[frozenset[str]], pole: frozenset[str]) -> int:
        return sum(bool(s & pole) for s in side)

    # Both sides must use the other pole: most pairs have no antonym pair in common.
    t_all, m_all = frozenset().union(*ts), frozenset().union(*ms)
    if not any(opposite.get(x, frozenset()) & t_all & m_all for x in t_all):
        return []
    for k, mine in enumerate(ts):
        for x in sorted(mine):
            for a in sorted(opposite.get(x, ())):
                same, other = opposite.get(a, frozenset()), opposite.get(x, frozenset())
                more = count(ts, same) - count(ms, same)
                fewer = count(ms, other) - count(ts, other)
                if more > 0 and more == fewer and count(ms, same) and count(ts, other):
                    return [(k, next(w for w, s in zip(mt_words, ms, strict=True) if s & other))]
    return []
