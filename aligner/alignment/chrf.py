"""Sentence-level chrF with sacrebleu's default settings, fast for texts seen repeatedly.

chrF (Popović 2015) compares the character n-grams (orders 1 to 6, whitespace removed)
of a hypothesis and a reference and combines precision and recall with beta = 2. The
per-bead MT features (aligner.alignment.confidence) score the same sentence and span
texts against many neighbours, so this module keeps each text's n-gram counts in a
small cache and matches only the n-grams two texts share. Values equal sacrebleu's
``CHRF().sentence_score(hyp, [ref]).score / 100`` (tests/test_chrf.py checks them),
including its "effective order" rule: orders where either side has no n-gram are left
out of the averages.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

CHAR_ORDER = 6
BETA = 2
_EPS = 1e-16  # sacrebleu's stand-in for an undefined precision or recall


@lru_cache(maxsize=16384)
def char_ngrams(text: str) -> tuple[Counter[str], ...]:
    """Counts of the text's character n-grams of orders 1..CHAR_ORDER, whitespace removed."""
    line = "".join(text.split())
    return tuple(
        Counter([line[i : i + n] for i in range(len(line) - n + 1)])
        for n in range(1, CHAR_ORDER + 1)
    )


def _matches(hyp: Counter[str], ref: Counter[str]) -> int:
    """Clipped n-gram matches: the sum over shared n-grams of the smaller count."""
    return sum(min(hyp[g], ref[g]) for g in hyp.keys() & ref.keys())


def f_score(stats: list[tuple[int, int, int]]) -> float:
    """chrF in [0, 1] from (hypothesis n-grams, reference n-grams, matches) per order."""
    factor = BETA**2
    avg_prec = avg_rec = 0.0
    effective = 0
    for n_hyp, n_ref, n_match in stats:
        if n_hyp > 0 and n_ref > 0:
            avg_prec += n_match / n_hyp
            avg_rec += n_match / n_ref
            effective += 1
    if effective == 0:
        return 0.0
    avg_prec /= effective
    avg_rec /= effective
    if not avg_prec + avg_rec:
        return 0.0
    score = (1 + factor) * avg_prec * avg_rec
    score /= (factor * avg_prec) + avg_rec
    return 100 * score / 100.0


def sentence_chrf(hypothesis: str, reference: str) -> float:
    """chrF of one hypothesis against one reference, in [0, 1]."""
    stats = []
    for hyp, ref in zip(char_ngrams(hypothesis), char_ngrams(reference), strict=True):
        n_ref = hyp_total = 0
        if ref:
            n_ref = ref.total()
            hyp_total = hyp.total()
        stats.append((hyp_total, n_ref, _matches(hyp, ref) if ref else 0))
    return f_score(stats)
