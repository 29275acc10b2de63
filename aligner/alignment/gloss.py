"""A word-by-word dictionary gloss, scored with chrF: does a sentence the second pass left
unaligned belong in its neighbour's bead?

Text+Berg's wrong nulls (a 1-2 bead taken as 1-1 + 0-1: "c ) les réductions au géoïde ."
cut from the German sentence that ends in "Geoid-Korrekturen") cost the second pass only
0.25-0.5 more to join than to leave out, and every signal tried so far found corpora/
heldout's real deletions just as close to their neighbours (docs/benchmarks.md, tb13c,
tb17d, tb18). What differs is the *gain*: a deleted sentence adds nothing that its
neighbour's translation lacks, while a split-off sentence carries words that only it
translates. Apertium gives Spanish→English a translation to measure that with; German–
French has no Apertium pair, so the source is glossed word by word with the FreeDict
dictionary (each content word's first translations, unknown words and numbers kept as they
are: names and cognates still match) and compared with the target's content words by chrF,
whose character n-grams also match inflections and near-cognates. A null sentence joins
the neighbouring bead when that raises the bead's chrF by at least ``min_gain`` and the
second pass's own cost rises by at most ``max_cost`` (:func:`join_nulls`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from aligner.alignment.chrf import sentence_chrf
from aligner.alignment.dictionary import MIN_LETTERS, dictionary_dir, folded, load_pair, lookup
from aligner.alignment.junction import Span, bead_cost, null_cost
from aligner.alignment.score import BeadScorer
from aligner.alignment.search import Path
from aligner.lang import profile
from aligner.textutil import fold_accents

_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def content_words(text: str, language: str) -> list[str]:
    """The text's content words (accent-folded, lower case) and numbers, in order."""
    stopwords = folded(profile(language).stopwords)
    words = (fold_accents(token.lower()) for token in _TOKEN.findall(text))
    return [w for w in words if w[0].isdigit() or (len(w) >= MIN_LETTERS and w not in stopwords)]


def gloss_texts(texts: Sequence[str], source: str, target: str) -> list[str] | None:
    """Each text glossed word by word into ``target`` (None: no dictionary for the pair):
    a known word becomes its first translations, a compound its modifier's and head's
    first translation, and any other word stays as it is."""
    if load_pair(source, target) is None:
        return None
    folder = dictionary_dir()
    return [_gloss(text, source, target, folder) for text in texts]


# Selective embedding's regions overlap, and each one's second pass reads its sentences
# again: a sentence's gloss and words are remembered (with the dictionaries' folder).
@lru_cache(maxsize=1 << 14)
def _gloss(text: str, source: str, target: str, folder: str) -> str:
    pair = load_pair(source, target)
    assert pair is not None
    words: list[str] = []
    for word in content_words(text, source):
        found = None if word[0].isdigit() else lookup(word, pair[0].gloss)
        if found is None:
            words.append(word)
        elif found[1] is None:
            words.extend(found[0])
        else:
            words.extend(found[1][:1] + found[0][:1])
    return " ".join(words)


@lru_cache(maxsize=1 << 14)
def joined_words(text: str, language: str) -> str:
    """:func:`content_words` joined by spaces (a target sentence's side of the gloss)."""
    return " ".join(content_words(text, language))


def join_gain(
    src_gloss: Sequence[str], tgt_words: Sequence[str], bead: Span, joined: Span
) -> float:
    """chrF of the joined bead's source gloss against its target words, minus the bead's."""

    def chrf(span: Span) -> float:
        s0, s1, t0, t1 = span
        return sentence_chrf(" ".join(src_gloss[s0:s1]), " ".join(tgt_words[t0:t1]))

    return chrf(joined) - chrf(bead)


def join_nulls(
    path: Path,
    scorer: BeadScorer,
    src_gloss: Sequence[str],
    tgt_words: Sequence[str],
    runs: tuple[np.ndarray, np.ndarray],
    min_gain: float,
    max_cost: float,
    max_bead: int,
) -> Path:
    """``path`` with each single unaligned sentence (not in a run of nulls, ``runs``'
    source and target masks: a passage left out) joined to the neighbouring bead whose
    gloss chrF it raises most, by at least ``min_gain``, if the second pass's cost of the
    joined bead is at most ``max_cost`` above the bead's and the null's together. A bead
    that changes gets a min-marginal gap of 0."""
    spans, costs = list(path.spans), list(path.costs)
    gaps = list(path.gaps) if path.gaps is not None else None
    best: dict[int, tuple[float, int, Span, float]] = {}
    for k, (s0, s1, t0, t1) in enumerate(spans):
        if (s1 - s0) + (t1 - t0) != 1:
            continue
        side, i = ("src", s0) if s1 > s0 else ("tgt", t0)
        if runs[0 if side == "src" else 1][i]:
            continue
        alone = null_cost(scorer, side, i)
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(spans):
                continue
            a0, a1, b0, b1 = spans[nb]
            if a1 == a0 or b1 == b0:
                continue
            if side == "src":
                joined = (min(a0, s0), max(a1, s1), b0, b1)
            else:
                joined = (a0, a1, min(b0, t0), max(b1, t1))
            if joined[1] - joined[0] + joined[3] - joined[2] > max_bead:
                continue
            gain = join_gain(src_gloss, tgt_words, spans[nb], joined)
            if gain < min_gain or (k in best and gain <= best[k][0]):
                continue
            cost = bead_cost(scorer, joined)
            if cost - costs[nb] - alone <= max_cost:
                best[k] = (gain, nb, joined, cost)
    used: set[int] = set()
    for k in sorted(best, reverse=True):  # right to left: earlier indices stay valid
        _gain, nb, joined, cost = best[k]
        if k in used or nb in used:
            continue
        used |= {k, nb}
        lo = min(k, nb)
        spans[lo : lo + 2], costs[lo : lo + 2] = [joined], [cost]
        if gaps is not None:
            gaps[lo : lo + 2] = [0.0]
    return Path(spans, costs, gaps)
