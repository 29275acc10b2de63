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
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

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


# Integer-coded n-grams (:class:`SpanChrf`): a character is its index in the document's
# alphabet, GRAM_BITS bits; an n-gram packs its characters and, above them, its order.
GRAM_BITS = 10
ORDER_SHIFT = GRAM_BITS * CHAR_ORDER
SPAN_PROFILES = 512  # span profiles kept (~10 KB each): beads are scored in path order


class SpanChrf:
    """chrF of a span of hypothesis texts against a span of reference texts (each span
    joined by spaces), equal to :func:`joined_chrf` of the spans' texts.

    The per-bead MT features score ~10 overlapping spans a bead along a whole document.
    Here both sides' texts, whitespace removed, are coded once as one array of alphabet
    indices (a span is then a slice), a span's n-grams are packed into 64-bit integers
    and counted by sorting, and two spans match by a sorted search: the same counts as
    the string n-grams, 3x faster and in a fraction of the memory. A document of more
    than 2**GRAM_BITS distinct characters falls back to :func:`joined_chrf`.
    """

    def __init__(self, hyp_texts: Sequence[str], ref_texts: Sequence[str]):
        self.texts = (hyp_texts, ref_texts)
        lines = [["".join(t.split()) for t in side] for side in self.texts]
        points = np.frombuffer("".join(lines[0] + lines[1]).encode("utf-32-le"), dtype=np.uint32)
        alphabet, codes = np.unique(points, return_inverse=True)
        self.coded = len(alphabet) <= 2**GRAM_BITS
        ends = np.cumsum([len(line) for line in lines[0] + lines[1]])
        starts = np.concatenate(([0], ends))
        split = len(lines[0])
        # Two bytes a character (3,000,000 characters, the MT limit, in 6 MB).
        self.codes = codes.astype(np.int16).ravel()
        self.starts = (starts[: split + 1].tolist(), starts[split:].tolist())
        self.profiles: dict[tuple[int, int, int], tuple[np.ndarray, np.ndarray, list[int]]] = {}

    def __call__(self, hyp: tuple[int, int], ref: tuple[int, int], swap: bool = False) -> float:
        """chrF of hypothesis texts [hyp) against reference texts [ref); ``swap``: of the
        reference side's texts [hyp) against the hypothesis side's [ref)."""
        hyp_side, ref_side = (1, 0) if swap else (0, 1)
        if not self.coded:
            return joined_chrf(
                tuple(self.texts[hyp_side][hyp[0] : hyp[1]]),
                tuple(self.texts[ref_side][ref[0] : ref[1]]),
            )
        h_keys, h_counts, h_totals = self._profile(hyp_side, *hyp)
        r_keys, r_counts, r_totals = self._profile(ref_side, *ref)
        matched = _sorted_matches(h_keys, h_counts, r_keys, r_counts)
        stats = [
            (h_totals[n], r_totals[n], matched[n]) if r_totals[n] else (0, 0, 0)
            for n in range(CHAR_ORDER)
        ]
        return f_score(stats)

    def _profile(self, side: int, start: int, end: int) -> tuple[np.ndarray, np.ndarray, list[int]]:
        key = (side, start, end)
        found = self.profiles.get(key)
        if found is None:
            at = self.starts[side]
            found = coded_profile(self.codes[at[start] : at[end]])
            if len(self.profiles) >= SPAN_PROFILES:
                del self.profiles[next(iter(self.profiles))]
            self.profiles[key] = found
        return found


def coded_profile(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """The distinct packed n-grams of a coded line (sorted), their counts, and the
    number of n-grams of each order."""
    length = len(codes)
    codes = codes.astype(np.int64)
    totals = [max(0, length - n + 1) for n in range(1, CHAR_ORDER + 1)]
    packed = np.empty(sum(totals), dtype=np.int64)
    grams, at = codes, 0
    for n, total in enumerate(totals, start=1):
        if not total:
            break
        if n > 1:
            grams = grams[:-1] | (codes[n - 1 :] << (GRAM_BITS * (n - 1)))
        np.bitwise_or(grams, (n - 1) << ORDER_SHIFT, out=packed[at : at + total])
        at += total
    packed.sort()
    if not len(packed):
        return packed, packed, totals
    # The first of each run of equal n-grams, and the run's length.
    first = np.flatnonzero(np.concatenate(([True], packed[1:] != packed[:-1])))
    counts = np.diff(np.append(first, len(packed)))
    return packed[first], counts, totals


def _sorted_matches(
    a_keys: np.ndarray, a_counts: np.ndarray, b_keys: np.ndarray, b_counts: np.ndarray
) -> list[int]:
    """Clipped matches per order of two profiles: the sum over shared n-grams of the
    smaller count (as :func:`_matches`)."""
    if len(a_keys) > len(b_keys):
        a_keys, a_counts, b_keys, b_counts = b_keys, b_counts, a_keys, a_counts
    if not len(a_keys) or not len(b_keys):
        return [0] * CHAR_ORDER
    at = np.minimum(np.searchsorted(b_keys, a_keys), len(b_keys) - 1)
    hit = b_keys[at] == a_keys
    smaller = np.minimum(a_counts[hit], b_counts[at[hit]])
    per_order = np.bincount(a_keys[hit] >> ORDER_SHIFT, weights=smaller, minlength=CHAR_ORDER)
    return [int(x) for x in per_order]
