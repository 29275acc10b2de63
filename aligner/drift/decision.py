"""The learned decision layer: whether a drift finding is reported at its severity.

The checks produce findings with evidence; a small logistic model per finding type
(fitted by ``bench/drift_fit.py`` on the development files, weights shipped in
``aligner/drift/data/decision.json``) turns each finding's evidence into a calibrated
probability that the pair really has that kind of error. A finding under the shipped
operating point (chosen for at most 5 % of faithful development pairs flagged at
major or above) is kept but demoted to ``minor``: it is still in the report, it no
longer raises an alarm. The finding's confidence becomes the model's probability.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import replace
from functools import cache

from aligner.drift.signals import Finding
from aligner.lang import profile

DATA = os.path.join(os.path.dirname(__file__), "data", "decision.json")

FEATURES = (
    "bias", "confidence", "critical", "has_src_span", "has_tgt_span", "span_share",
    "word_lists", "mt", "findings", "same_type", "length_ratio", "src_words",
    "similarity", "has_similarity", "src_latin",
)


def _latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) / len(letters) \
        if letters else 1.0


def finding_features(a, f: Finding) -> list[float]:
    """The evidence of one finding of a :class:`aligner.drift.checks.PairAnalysis`."""
    src, tgt = a.src.text, a.tgt.text
    shares = [(s[1] - s[0]) / max(1, len(t)) for s, t in ((f.source_span, src),
                                                           (f.target_span, tgt)) if s]
    sim = a.clauses.similarity
    lists = bool(profile(a.src.lang).modality_cues) and bool(profile(a.tgt.lang).modality_cues)
    return [
        1.0,
        float(f.confidence),
        float(f.severity == "critical"),
        float(f.source_span is not None),
        float(f.target_span is not None),
        max(shares, default=0.0),
        float(lists),
        float(a.evidence.mt is not None),
        math.log1p(len(a.findings)),
        math.log1p(sum(g.type == f.type for g in a.findings)),
        abs(math.log((len(tgt) + 1) / (len(src) + 1))),
        math.log1p(len(a.src.ws)),
        float(sim) if sim is not None else 0.0,
        float(sim is not None),
        _latin_share(src),
    ]


@cache
def load_model(path: str = DATA) -> dict | None:
    """The shipped weights, or None when no model has been fitted."""
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        model = json.load(fh)
    if tuple(model.get("features", ())) != FEATURES:
        return None  # fitted for other features: not applicable
    return model


def probability(model: dict, ftype: str, x: list[float]) -> float:
    weights = model["types"].get(ftype) or model["types"]["*"]
    z = sum(w * v for w, v in zip(weights, x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def decide(analyses, model: dict | None = None) -> None:
    """Rescore every finding in place: probability as confidence, demote below threshold."""
    model = model or load_model()
    if model is None:
        return
    threshold = model["threshold"]
    for a in analyses:
        out = []
        for f in a.findings:
            p = probability(model, f.type, finding_features(a, f))
            sev = f.severity if p >= threshold or f.severity == "minor" else "minor"
            out.append(replace(f, severity=sev, confidence=round(p, 3)))
        a.findings = out
