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


@lru_cache(maxsize=2048)
def _own_ngrams(line: str) -> tuple[list[str], ...]:
    """The n-grams of orders 1..CHAR_ORDER of a line without whitespace, in order."""
    return tuple(
        [line[i : i + n] for i in range(len(line) - n + 1)] for n in range(1, CHAR_ORDER + 1)
    )


def joined_ngrams(parts: tuple[str, ...]) -> tuple[Counter[str], ...]:
    """Counts of the n-grams of ``" ".join(parts)``, whitespace removed, per order 1..6.

    Each part's own n-grams are cached; a join adds only the n-grams that cross a
    junction, read from the last CHAR_ORDER - 1 characters before it and the first
    ones after it (an n-gram longer than both pieces must cross).
    """
    lists: list[list[str]] = [[] for _ in range(CHAR_ORDER)]
    tail = ""  # the last CHAR_ORDER - 1 characters of the parts so far
    for part in parts:
        line = "".join(part.split())
        own = _own_ngrams(line)
        for n in range(1, CHAR_ORDER + 1):
            if n > 1 and tail:
                junction = tail[-(n - 1) :] + line[: n - 1]
                lists[n - 1].extend(junction[i : i + n] for i in range(len(junction) - n + 1))
            lists[n - 1].extend(own[n - 1])
        tail = (tail + line)[-(CHAR_ORDER - 1) :]
    return tuple(Counter(ngrams) for ngrams in lists)


def char_ngrams(text: str) -> tuple[Counter[str], ...]:
    """Counts of the text's character n-grams of orders 1..CHAR_ORDER, whitespace removed."""
    return joined_ngrams((text,))


Profile = tuple[tuple[Counter[str], int, bool], ...]


@lru_cache(maxsize=2048)
def _profile(parts: tuple[str, ...]) -> Profile:
    """Per order: the joined parts' n-gram counts, their total, whether none repeats."""
    counts = joined_ngrams(parts)
    totals = [counter.total() for counter in counts]
    return tuple(
        (counter, total, len(counter) == total)
        for counter, total in zip(counts, totals, strict=True)
    )


def _matches(hyp: Counter[str], ref: Counter[str], single: bool) -> int:
    """Clipped n-gram matches: the sum over shared n-grams of the smaller count.

    ``single``: one side has no repeated n-gram, so every shared one matches once.
    """
    shared = hyp.keys() & ref.keys()
    if single:
        return len(shared)
    grams = list(shared)
    return sum(map(min, map(hyp.__getitem__, grams), map(ref.__getitem__, grams)))


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
    return joined_chrf((hypothesis,), (reference,))


def joined_chrf(hypothesis: tuple[str, ...], reference: tuple[str, ...]) -> float:
    """chrF of the hypothesis parts joined by spaces against the reference parts joined."""
    stats = []
    for (hyp, n_hyp, h_single), (ref, n_ref, r_single) in zip(
        _profile(hypothesis), _profile(reference), strict=True
    ):
        if n_ref:
            stats.append((n_hyp, n_ref, _matches(hyp, ref, h_single or r_single)))
        else:
            stats.append((0, 0, 0))
    return f_score(stats)
