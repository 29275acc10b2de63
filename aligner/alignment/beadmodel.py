"""A discriminative bead scorer for the second pass: a logistic model over a bead's signals.

The hand-weighted cost of aligner.alignment.score adds the signals with weights found
by coordinate search. Here the same signals (and a few more: the shape of the bead,
whether its multi-sentence sides were embedded as one text, the pooled cosine next to
the concatenated one, whether numbers are present at all) are combined by a logistic
model fitted to tell gold beads from the other beads the DP considers at the same
points (bench/fit_bead_model.py), and the DP's cost of a bead is -log p(gold).

The model would ship as data (data/bead_model.json, written by the fit script with
--write); without that file the hand-weighted cost stays in use. None ships: neither
the local logistic fit nor the structured perceptron of the fit script beat the hand
cost on held-out Text+Berg pieces without losing on corpora/heldout (docs/benchmarks.md).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache

import numpy as np

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
MODEL_FILE = "bead_model.json"

# Signals of a bead with both sides; a null bead (1-0, 0-1) has only the "null" column.
FEATURES = (
    "bias",
    "null",
    "hand",  # the hand-weighted cost of aligner.alignment.score (second-pass weights)
    "meaning",  # Vecalign-normalised 1 - cos, concatenated vectors where embedded
    "meaning_pooled",  # the same with pooled vectors
    "margin",  # cosine minus the best cosine with either side shifted by one sentence
    "meaning_extra",  # meaning x (sentences beyond a 1-1 bead)
    "concat",  # every multi-sentence side judged by its concatenated text
    "length",  # Gale–Church cost against the document's length ratio
    "length_extra",
    "numbers",  # 1 - Dice of the numbers (0 when neither side has any)
    "has_numbers",
    "subwords",  # 1 - Dice of the shared subword units
    "crossing",  # paragraph breaks crossed
    "extra",  # a + b - 2
    "skew",  # |a - b|
    "many_many",  # both sides of two or more sentences
    "big_side",  # a side of four or more sentences
)


@dataclass(frozen=True)
class BeadModel:
    """Logistic coefficients over FEATURES; ``version`` names the fit in the signature."""

    coefficients: np.ndarray
    version: str
    offset: float = 0.0  # added to every bead's cost (a per-bead price)
    # "logp": a bead costs -log p(gold); "logit": -log(p / (1 - p)), which does not
    # flatten out for beads the model is sure of.
    link: str = "logp"

    def null_cost(self, hand_null: float) -> float:
        """The constant cost of one unaligned sentence (its hand cost is ``hand_null``)."""
        z = np.array([float(self.coefficients[0] + self.coefficients[1])])
        z = z + self.coefficients[2] * hand_null
        return float(self._link(z)[0]) + self.offset

    def cost(self, signals: dict[str, np.ndarray]) -> np.ndarray:
        """-log p(gold) of beads given their signals (arrays of one shape)."""
        z = np.zeros_like(signals["meaning"], dtype=np.float64) + self.coefficients[0]
        for k, name in enumerate(FEATURES[2:], start=2):
            if self.coefficients[k]:
                z = z + self.coefficients[k] * signals[name]
        return self._link(z) + self.offset

    def _link(self, z: np.ndarray) -> np.ndarray:
        return -z if self.link == "logit" else neg_log_sigmoid(z)


def neg_log_sigmoid(z: np.ndarray) -> np.ndarray:
    """-log(1 / (1 + exp(-z))), stable for large |z|."""
    return np.logaddexp(0.0, -z)


def shape_signals(a: int, b: int) -> dict[str, float]:
    """The features that depend on the bead's shape alone."""
    return {
        "extra": float(a + b - 2),
        "skew": float(abs(a - b)),
        "many_many": float(min(a, b) >= 2),
        "big_side": float(max(a, b) >= 4),
    }


def feature_rows(signals: dict[str, np.ndarray], a: int, b: int, hand_null: float) -> np.ndarray:
    """(beads, len(FEATURES)) rows for fitting, from one bead type's flattened signals."""
    if a == 0 or b == 0:
        row = np.zeros(len(FEATURES))
        row[0] = row[1] = 1.0
        row[2] = hand_null
        return row[None, :]
    count = signals["meaning"].size
    out = np.zeros((count, len(FEATURES)))
    out[:, 0] = 1.0
    for k, name in enumerate(FEATURES[2:], start=2):
        out[:, k] = np.broadcast_to(signals[name], signals["meaning"].shape).ravel()
    return out


@cache
def load_bead_model() -> BeadModel | None:
    """The shipped model, or None when there is none (the hand-weighted cost is used)."""
    try:
        with open(os.path.join(DATA_DIR, MODEL_FILE), encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return None
    if tuple(data.get("features", ())) != FEATURES:
        return None
    return BeadModel(
        np.asarray(data["coefficients"], dtype=np.float64),
        str(data["version"]),
        float(data.get("offset", 0.0)),
        str(data.get("link", "logp")),
    )


def model_version(model: BeadModel | None) -> str:
    return "hand" if model is None else model.version
