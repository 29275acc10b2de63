"""A cheap doubt signal for selective embedding: does a bead's target fit a shifted source?

A path without embeddings can run a few sentences off the diagonal for a stretch (in
lists of similar verses, next to deleted paragraphs) while each of its beads looks
plausible on length alone, and the confidence model then trusts them. Such a bead's
target sentence shares more words with the translation of a source sentence one or two
places away than with its own. This module measures that with bags of word stems (the
first four letters of each lowercased word, a crude stemmer that serves English, French,
German and Spanish alike): for each bead, the Dice overlap of its source's words
(Apertium's translation when there is one, else the source itself: names and numbers)
with its target's, and the best overlap when either side is moved by up to ``reach``
sentences. A bead whose shifted rival beats it is suspect. Sets of stems are built once
per sentence, so a whole book takes about a second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

Box = tuple[int, int, int, int]

_WORD = re.compile(r"\w+")
STEM = 4  # letters of a word kept: "covenant"/"covenants" and "pacto"/"pactos" match


def stems(text: str, letters: int = STEM) -> frozenset[str]:
    """The set of a text's word stems (lowercased, first ``letters`` letters)."""
    return frozenset(word[:letters] for word in _WORD.findall(text.lower()))


class Bags:
    """Stem sets of both sides' sentences, and the Dice overlap of two spans."""

    def __init__(self, src_words: Sequence[str], tgt_texts: Sequence[str]):
        self.src = [stems(text) for text in src_words]
        self.tgt = [stems(text) for text in tgt_texts]

    def dice(self, s0: int, s1: int, t0: int, t1: int) -> float:
        """2|A∩B| / (|A| + |B|) of the stems of source[s0:s1] and target[t0:t1]; 0 if blank."""
        a, b = _union(self.src, s0, s1), _union(self.tgt, t0, t1)
        if not a or not b:
            return 0.0
        return 2 * len(a & b) / (len(a) + len(b))


def _union(sets: list[frozenset[str]], start: int, end: int) -> frozenset[str]:
    if end - start == 1:
        return sets[start]
    return frozenset().union(*sets[start:end])


def shift_gains(spans: Sequence[Box], bags: Bags, reach: int, beads: Sequence[int]) -> np.ndarray:
    """Per bead in ``beads``: the best Dice overlap of the bead with one side moved by
    1..``reach`` sentences (either way, same span lengths), minus its own overlap.
    Beads with an empty side, and beads not asked for, get -1."""
    n, m = len(bags.src), len(bags.tgt)
    gains = np.full(len(spans), -1.0)
    for k in beads:
        s0, s1, t0, t1 = spans[k]
        if s1 == s0 or t1 == t0:
            continue
        best = -1.0
        for step in range(1, reach + 1):
            for d in (-step, step):
                if s0 + d >= 0 and s1 + d <= n:
                    best = max(best, bags.dice(s0 + d, s1 + d, t0, t1))
                if t0 + d >= 0 and t1 + d <= m:
                    best = max(best, bags.dice(s0, s1, t0 + d, t1 + d))
        gains[k] = best - bags.dice(s0, s1, t0, t1)
    return gains


def join_gains(spans: Sequence[Box], bags: Bags, beads: Sequence[int]) -> np.ndarray:
    """Per bead in ``beads``: how much better the bead joined with a neighbouring bead
    (both sides non-empty) fits, as one 2-2-like bead, than the better of the two alone
    (Dice). Two 1-1 beads of a pair of sentences translated crosswise (a 2-2 bead in
    truth) fit better joined; two right 1-1 beads fit no better joined than apart.
    Beads with an empty side or no such neighbour, and beads not asked for, get -1."""
    gains = np.full(len(spans), -1.0)
    full = [s1 > s0 and t1 > t0 for s0, s1, t0, t1 in spans]
    for k in beads:
        if not full[k]:
            continue
        own = bags.dice(*spans[k])
        for j in (k - 1, k + 1):
            if 0 <= j < len(spans) and full[j]:
                a, b = spans[min(j, k)], spans[max(j, k)]
                joined = bags.dice(a[0], b[1], a[2], b[3])
                gains[k] = max(gains[k], joined - max(own, bags.dice(*spans[j])))
    return gains
