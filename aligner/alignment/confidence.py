"""Per-bead confidence: a probability that the bead is exactly right.

A small logistic model over features the aligner already has (the bead's own
cost, how clearly it beats its neighbours, its shape) turns raw costs into
probabilities. Its coefficients are fitted on corpora/heldout by
bench/calibrate.py and shipped in aligner/alignment/data/calibration.json, so confidences
mean the same thing on every machine.
"""

from __future__ import annotations

import itertools
import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from aligner.alignment.chrf import SpanChrf
from aligner.alignment.crossing import crossed_beads
from aligner.alignment.score import DATA_DIR, SideFeatures

FEATURES = (
    "bias",
    "cost_per_sentence",
    "cosine",
    "margin",
    "null",
    "one_to_one",
    "sentences",
    "null_best_cosine",
    "boundary_gap",
)

# Machine-translation evidence, when Apertium translates this pair (aligner.alignment.mt): the
# source side's literal translation compared with the target by chrF (sacrebleu's
# definition, computed by aligner.alignment.chrf).
MT_FEATURES = (
    "mt_chrf",  # chrF of the bead: MT(source sentences, joined) against the target text
    "mt_margin",  # chrF of the bead minus the best of its one-sentence-longer/shorter rivals
    "mt_null_best",  # null beads: how much of the sentence a neighbour covers (chrF)
)

# Evidence of the second pass (aligner.alignment.overlap): spans judged by the vector of
# their concatenated text where it was embedded (the pooled one elsewhere).
OVERLAP_FEATURES = (
    "span_cosine",  # cosine of the bead's two sides
    "grow_gain",  # best cosine gain from taking in one more neighbouring sentence
    "shrink_gain",  # best cosine gain from giving up one of the bead's edge sentences
    "crossed",  # 1 between two nulls of opposite sides that translate each other (crossing.py)
)

NEIGHBOURHOOD = 3  # sentences on each side a bead is compared with


@dataclass(frozen=True)
class Calibration:
    coefficients: tuple[float, ...]
    fitted_on: str

    def probability(self, features: np.ndarray) -> np.ndarray:
        z = features @ np.asarray(self.coefficients)
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


# Used only when no fitted calibration ships with the package (a fresh checkout
# before bench/calibrate.py has run): lower cost, higher confidence.
_FALLBACK = Calibration((3.0, -3.0, 0.0, 0.0, -1.0, 0.5, 0.0, 0.0, 0.0), "fallback")


def read_calibration_file() -> dict:
    try:
        with open(os.path.join(DATA_DIR, "calibration.json"), encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return {}


@cache
def load_calibration(mode: str = "embeddings") -> Calibration:
    """The fitted model for a mode ("embeddings" or "no_embeddings")."""
    data = read_calibration_file()
    fitted = data.get("modes", {}).get(mode)
    if not fitted or tuple(data.get("features", ())) != FEATURES:
        return _FALLBACK
    return Calibration(tuple(fitted["coefficients"]), data.get("fitted_on", "unknown"))


@cache
def load_overlap_calibration() -> Calibration | None:
    """The model over :data:`FEATURES` + :data:`OVERLAP_FEATURES` for beads of the second
    pass, if bench/calibrate.py --overlap-confidence fitted one."""
    data = read_calibration_file()
    fitted = data.get("modes", {}).get("overlap", {}).get("confidence")
    if not fitted or tuple(fitted.get("features", ())) != FEATURES + OVERLAP_FEATURES:
        return None
    return Calibration(tuple(fitted["coefficients"]), fitted.get("fitted_on", "unknown"))


@cache
def load_overlap_mt_calibration(mode: str = "embeddings") -> Calibration | None:
    """The model for beads of the second pass when Apertium translated the source: the
    MT model (:func:`load_mt_calibration`) over :data:`FEATURES` + :data:`MT_FEATURES`,
    plus the ``crossed`` flag's coefficient that bench/calibrate.py --overlap-confidence
    fitted on top of it (features: those, then ``crossed``)."""
    mt_model = load_mt_calibration(mode)
    fitted = read_calibration_file().get("modes", {}).get("overlap", {}).get("confidence_mt")
    if mt_model is None or not fitted or "crossed" not in fitted:
        return None
    return Calibration((*mt_model.coefficients, float(fitted["crossed"])), mt_model.fitted_on)


@cache
def load_mt_calibration(mode: str = "embeddings") -> Calibration | None:
    """The model over :data:`FEATURES` + :data:`MT_FEATURES` for a mode, if one was fitted.

    None means confidences are scored without MT (by :func:`load_calibration`).
    """
    data = read_calibration_file()
    fitted = data.get("modes", {}).get(f"{mode}+mt")
    if (
        not fitted
        or tuple(data.get("features", ())) != FEATURES
        or tuple(data.get("mt_features", ())) != MT_FEATURES
    ):
        return None
    return Calibration(tuple(fitted["coefficients"]), data.get("fitted_on", "unknown"))


def bead_features(
    spans: list[tuple[int, int, int, int]],
    costs: list[float],
    src: SideFeatures,
    tgt: SideFeatures,
    gaps: list[float] | None = None,
) -> np.ndarray:
    """One feature row per bead, in the order of :data:`FEATURES`."""
    rows = np.zeros((len(spans), len(FEATURES)))
    gaps = gaps if gaps is not None else [0.0] * len(spans)
    for k, ((s0, s1, t0, t1), cost, gap) in enumerate(zip(spans, costs, gaps, strict=True)):
        a, b = s1 - s0, t1 - t0
        cosine = margin = null_best = 0.0
        if src.vectors is not None and tgt.vectors is not None:
            if a and b:
                x = _unit(src.vectors[s0:s1].sum(axis=0))
                y = _unit(tgt.vectors[t0:t1].sum(axis=0))
                cosine = float(x @ y)
                rivals = _neighbour_cosines(x, tgt.vectors, t0, t1)
                rivals += _neighbour_cosines(y, src.vectors, s0, s1)
                margin = cosine - max(rivals, default=0.0)
            else:
                # A null bead is doubtful when its sentence has a close match nearby.
                own, other, at = (
                    (src.vectors[s0:s1], tgt.vectors, t0)
                    if a
                    else (tgt.vectors[t0:t1], src.vectors, s0)
                )
                lo, hi = max(0, at - NEIGHBOURHOOD), min(len(other), at + NEIGHBOURHOOD)
                if hi > lo:
                    null_best = float((own @ other[lo:hi].T).max())
        rows[k] = (
            1.0,
            cost / max(1.0, (a + b) / 2.0),
            cosine,
            margin,
            float(a == 0 or b == 0),
            float(a == 1 and b == 1),
            float(a + b),
            null_best,
            gap,
        )
    return rows


def overlap_bead_features(
    spans: list[tuple[int, int, int, int]], src: SideFeatures, tgt: SideFeatures
) -> np.ndarray:
    """One row of :data:`OVERLAP_FEATURES` per bead (zeros without vectors).

    A wrong bead is usually one sentence too big or too small: the gains say how much
    better the bead's text matches with one sentence more or less on either side.
    Null beads get their sentence's gain as the neighbour's extra sentence. ``crossed``
    marks beads inside a passage the translation moved (aligner.alignment.crossing).
    """
    rows = np.zeros((len(spans), len(OVERLAP_FEATURES)))
    if src.vectors is None or tgt.vectors is None:
        return rows
    cos = _SpanCosine(src, tgt)
    n, m = len(src), len(tgt)
    for k, (s0, s1, t0, t1) in enumerate(spans):
        if s1 > s0 and t1 > t0:
            own = cos(s0, s1, t0, t1)
            grown = [
                cos(*b)
                for b in ((s0 - 1, s1, t0, t1), (s0, s1 + 1, t0, t1),
                          (s0, s1, t0 - 1, t1), (s0, s1, t0, t1 + 1))
                if b[0] >= 0 and b[1] <= n and b[2] >= 0 and b[3] <= m
            ]  # fmt: skip
            shrunk = [
                cos(*b)
                for b in ((s0 + 1, s1, t0, t1), (s0, s1 - 1, t0, t1),
                          (s0, s1, t0 + 1, t1), (s0, s1, t0, t1 - 1))
                if b[0] < b[1] and b[2] < b[3]
            ]  # fmt: skip
            rows[k, :3] = (own, max(grown, default=own) - own, max(shrunk, default=own) - own)
        elif s1 > s0 or t1 > t0:
            # The null sentence joined to the sentence pair before or after it.
            gains = []
            for i, j in ((s0 - 1, t0 - 1), (s1, t1)):
                if 0 <= i < n and 0 <= j < m:
                    alone = cos(i, i + 1, j, j + 1)
                    if s1 > s0:
                        joined = cos(min(i, s0), max(i + 1, s1), j, j + 1)
                    else:
                        joined = cos(i, i + 1, min(j, t0), max(j + 1, t1))
                    gains.append(joined - alone)
            rows[k, 1] = max(gains, default=0.0)
    rows[:, 3] = crossed_beads(spans, src.vectors, tgt.vectors)
    return rows


class _SpanCosine:
    """Cosine of a source span and a target span, by concatenated-text vectors where the
    second pass embedded them, pooled ones elsewhere."""

    def __init__(self, src: SideFeatures, tgt: SideFeatures):
        self.src, self.tgt = src, tgt

    def __call__(self, s0: int, s1: int, t0: int, t1: int) -> float:
        return float(_span_vector(self.src, s0, s1) @ _span_vector(self.tgt, t0, t1))


def _span_vector(side: SideFeatures, start: int, end: int) -> np.ndarray:
    assert side.vectors is not None
    if end - start > 1 and side.spans is not None:
        row = int(side.spans.lookup(end - start, np.array([end]))[0])
        if row >= 0:
            return side.spans.vectors[row].astype(np.float64)
    return _unit(side.vectors[start:end].sum(axis=0).astype(np.float64))


def mt_bead_features(
    spans: list[tuple[int, int, int, int]],
    src_mt: Sequence[str],
    tgt_texts: Sequence[str],
    chrf: SpanChrf | None = None,
) -> np.ndarray:
    """One row of :data:`MT_FEATURES` per bead.

    ``src_mt`` is the machine translation of each source sentence (one batched call
    per document, see aligner.alignment.mt), ``tgt_texts`` the target sentences. A bead that is
    one sentence short (the aligner's typical near-miss: 1-1 + 1-0 where the truth
    is 2-1) gains chrF when the missing sentence is added, and the null bead beside
    it finds its translation in the neighbour: the margin and null-best features.
    ``chrf``: the document's :class:`SpanChrf` of ``src_mt`` against ``tgt_texts``, when
    the caller scores its beads in several calls (its texts are coded once).
    """
    score = _ChrfCache(chrf or SpanChrf(src_mt, tgt_texts))
    n, m = len(src_mt), len(tgt_texts)
    rows = np.zeros((len(spans), len(MT_FEATURES)))
    for k, (s0, s1, t0, t1) in enumerate(spans):
        if s1 > s0 and t1 > t0:
            own = score(s0, s1, t0, t1)
            rivals = [
                score(a, b, c, d)
                for a, b, c, d in (
                    (s0 - 1, s1, t0, t1), (s0, s1 + 1, t0, t1),
                    (s0, s1, t0 - 1, t1), (s0, s1, t0, t1 + 1),
                    (s0 + 1, s1, t0, t1), (s0, s1 - 1, t0, t1),
                    (s0, s1, t0 + 1, t1), (s0, s1, t0, t1 - 1),
                )
                if 0 <= a < b <= n and 0 <= c < d <= m
            ]  # fmt: skip
            rows[k, 0] = own
            rows[k, 1] = own - max(rivals, default=0.0)
        # A null bead: how much of its sentence a neighbour on the other side covers. The
        # null sentence is chrF's reference, so recall (which chrF weighs most) is that
        # share, however much more the neighbour says.
        elif s1 > s0:
            lo, hi = max(0, t0 - NEIGHBOURHOOD), min(m, t0 + NEIGHBOURHOOD)
            rows[k, 2] = max((score.covers(s0, s1, j) for j in range(lo, hi)), default=0.0)
        elif t1 > t0:
            lo, hi = max(0, s0 - NEIGHBOURHOOD), min(n, s0 + NEIGHBOURHOOD)
            rows[k, 2] = max((score(i, i + 1, t0, t1) for i in range(lo, hi)), default=0.0)
    return rows


class _ChrfCache:
    """Sentence-level chrF (sacrebleu's defaults) of source span vs target span, in [0, 1]
    (0 when either side is blank)."""

    def __init__(self, chrf: SpanChrf):
        self.chrf = chrf
        self.seen: dict[tuple[int, int, int, int], float] = {}

    def __call__(self, s0: int, s1: int, t0: int, t1: int) -> float:
        """chrF of the source span's translation against the target span."""
        key = (s0, s1, t0, t1)
        if key not in self.seen:
            self.seen[key] = self.chrf((s0, s1), (t0, t1))
        return self.seen[key]

    def covers(self, s0: int, s1: int, j: int) -> float:
        """chrF of target sentence j against the source span's translation as reference."""
        return self.chrf((j, j + 1), (s0, s1), swap=True)


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-12)


def _neighbour_cosines(x: np.ndarray, other: np.ndarray, start: int, end: int) -> list[float]:
    lo, hi = max(0, start - NEIGHBOURHOOD), min(len(other), end + NEIGHBOURHOOD)
    outside = [j for j in range(lo, hi) if not start <= j < end]
    return [float(other[j] @ x) for j in outside]


def fit_logistic(features: np.ndarray, labels: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Ridge logistic regression by Newton's method; column 0 must be the bias.

    Features are standardised before fitting so the ridge treats a cosine (which
    varies by hundredths) and a sentence count (which varies by units) alike; the
    returned coefficients apply to the raw features.
    """
    mean = features[:, 1:].mean(axis=0)
    std = features[:, 1:].std(axis=0)
    std[std < 1e-9] = 1.0
    scaled = np.hstack([features[:, :1], (features[:, 1:] - mean) / std])
    weights = np.zeros(scaled.shape[1])
    ridge = l2 * np.eye(len(weights))
    ridge[0, 0] = 0.0  # the bias is not shrunk
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(scaled @ weights, -30, 30)))
        gradient = scaled.T @ (p - labels) + ridge @ weights
        hessian = (scaled * (p * (1 - p))[:, None]).T @ scaled + ridge
        update = np.linalg.solve(hessian, gradient)
        weights -= update
        if np.abs(update).max() < 1e-8:
            break
    raw = np.empty_like(weights)
    raw[1:] = weights[1:] / std
    raw[0] = weights[0] - float((weights[1:] * mean / std).sum())
    return raw


def auc(probs: np.ndarray, labels: np.ndarray) -> float:
    """Probability that a right bead gets a higher confidence than a wrong one."""
    right, wrong = probs[labels == 1], probs[labels == 0]
    if not len(right) or not len(wrong):
        return float("nan")
    wins = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(wins / (len(right) * len(wrong)))


def reliability_bins(probs: np.ndarray, labels: np.ndarray, bins: int = 10) -> list[dict]:
    """The reliability diagram behind :func:`expected_calibration_error`: per non-empty
    equal-width bin of confidence, its bounds, bead count, share right and mean confidence.
    A bin whose ``accuracy`` exceeds its ``confidence`` is under-confident."""
    edges = np.linspace(0, 1, bins + 1)
    out = []
    for lo, hi in itertools.pairwise(edges):
        inside = (probs >= lo) & ((probs < hi) if hi < 1 else (probs <= hi))
        if inside.any():
            out.append(
                {
                    "low": round(float(lo), 4),
                    "high": round(float(hi), 4),
                    "beads": int(inside.sum()),
                    "accuracy": float(labels[inside].mean()),
                    "confidence": float(probs[inside].mean()),
                }
            )
    return out


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, bins: int = 10) -> float:
    """Mean |accuracy - confidence| over equal-width bins, weighted by bin size."""
    total = 0.0
    for row in reliability_bins(probs, labels, bins):
        total += row["beads"] * abs(row["accuracy"] - row["confidence"])
    return total / max(1, len(probs))


def document_quality(spans: list[tuple[int, int, int, int]], confidences: np.ndarray) -> float:
    """Expected share of the document's sentences that sit in a correct *pair*.

    Sentences left unaligned (1-0, 0-1) count as not aligned whatever their
    confidence: a null bead may well be right, but a translation made of them is
    not a translation of this source.
    """
    sizes = np.array([(s1 - s0) + (t1 - t0) for s0, s1, t0, t1 in spans], dtype=np.float64)
    if not len(sizes):
        return 0.0
    paired = np.array([s1 > s0 and t1 > t0 for s0, s1, t0, t1 in spans], dtype=np.float64)
    return float(math.fsum(sizes * confidences * paired) / sizes.sum())


class MtRows:
    """Apertium's chrF features (MT_FEATURES) of beads in a document's
    coordinates, each distinct span computed once (chrF is the slow part), the texts
    coded for chrF once (chrf.SpanChrf)."""

    def __init__(self, src_mt: Sequence[str], tgt_texts: Sequence[str]):
        self.src_mt, self.tgt_texts = src_mt, tgt_texts
        self.chrf = SpanChrf(src_mt, tgt_texts)
        self.seen: dict[tuple[int, int, int, int], np.ndarray] = {}

    def __call__(self, spans: list[tuple[int, int, int, int]]) -> np.ndarray:
        new = [span for span in dict.fromkeys(spans) if span not in self.seen]
        if new:
            rows = mt_bead_features(new, self.src_mt, self.tgt_texts, self.chrf)
            self.seen.update(zip(new, rows, strict=True))
        return np.array([self.seen[span] for span in spans])
