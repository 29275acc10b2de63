"""Two prepositions that English does not stack: the first one's object is gone ("a point
of for their group", "did not open to until March", "came into for the industry")
(docs/drift.md, "Session 23 (drift28a)").

A noun cut after a preposition leaves it straight before the next phrase's preposition.
English stacks prepositions in set pairs ("from among", "in between", "up to", "out
of"), after a phrasal verb's particle ("stood in for", "went on until", "the laying on
of hands") and where a relative clause strands one ("what he thought of during the
night"); the first two are "in", "on", "up", "out", "from"…, so the first preposition
here is one of :data:`FIRST`, which are no particles, and the second one of
:data:`SECOND`, which open a phrase of their own (time, purpose, a possessor). A second
one glued by a hyphen is a compound's ("of for-profit firms"). Measured on the faithful
English of the public development files (DEMETR's six languages, ContraTICO's fit,
half-A and C label-0 pairs, corpora dev and dev2), corpora/'s English segments and
WordNet 3.0's 48,339 example sentences: none. A shape of :mod:`aligner.drift.stranded`
(English tokens only, so it runs on every English translation), named as a noun's cut
through :func:`aligner.drift.cut_nouns.cut_at`.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.text import Tok

# Prepositions that are no verb particles: their object must follow.
FIRST = frozenset("of to into onto at for among without between".split())
# Prepositions that open a phrase of their own.
SECOND = frozenset("until during for of".split())


def stacked_preposition(toks: Sequence[Tok], i: int) -> int | None:
    """The index of a preposition of :data:`SECOND` straight after one of :data:`FIRST`
    at ``i`` (lower case, no hyphen after the second): the first one's object is gone."""
    if i + 1 >= len(toks):
        return None
    first, second = toks[i], toks[i + 1]
    if first.text not in FIRST or second.text not in SECOND:
        return None
    if i + 2 < len(toks) and toks[i + 2].start == second.end and toks[i + 2].text[:1] in "-‐":
        return None
    return i + 1
