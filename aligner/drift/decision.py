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

from aligner.drift.signals import Finding, Reading, Side
from aligner.drift.text import Tok, content, coverage, tokenize, words
from aligner.lang import profile

DATA = os.path.join(os.path.dirname(__file__), "data", "decision.json")

FEATURES = (
    "bias",
    "confidence",
    "critical",
    "has_src_span",
    "has_tgt_span",
    "span_share",
    "word_lists",
    "mt",
    "findings",
    "same_type",
    "length_ratio",
    "src_words",
    "similarity",
    "has_similarity",
    "src_latin",
    # v2: evidence about the flagged words themselves (0 when it cannot be measured;
    # shares are centred on 0.5 so that "not measured" sits between found and not found).
    "mt_has_tgt",
    "back_has_src",
    "src_has_tgt",
    "tgt_has_src",
    "chrf",
    "has_chrf",
    "clause_best",
    "clause_cov",
)
VERSION = "v2"
# Whether check_pairs applies the layer unless told otherwise (see docs/drift.md for the
# figures that decided it).
ENABLED = False


def _latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return (
        sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) / len(letters)
        if letters
        else 1.0
    )


def _span_toks(text: str, span: tuple[int, int] | None, lang: str) -> list[Tok]:
    """The words of a span that can be looked for elsewhere: content words and figures."""
    if not span:
        return []
    ws = words(tokenize(text[span[0] : span[1]]))
    keep = {id(t) for t in content(ws, lang)}
    return [t for t in ws if id(t) in keep or any(c.isdigit() for c in t.text)][:_MAX_WORDS]


_MAX_WORDS = 12  # a whole-text span (meaning) is judged on its first words: cost bound


def _share(needles: list[Tok], hay: Reading | Side | None) -> float:
    """Share of the flagged words found (cognates count) in a text, centred: 0 unknown."""
    if not needles or hay is None:
        return 0.0
    return coverage(needles, hay.ws) - 0.5


def _clause_of(scores, span: tuple[int, int] | None):
    """The clause score (lexical coverage, e5 best match) of the clause holding a span."""
    if not span:
        return None
    return next((c for c in scores if c.clause.start <= span[0] < c.clause.end), None)


def word_evidence(a, f: Finding) -> list[float]:
    """v2 evidence: whether the flagged words are in the MT, the back-translation or the
    other side itself (a cognate or transliteration), the pair's chrF against the MT, and
    the e5 match and coverage of the flagged clause."""
    src, tgt, ev, ce = a.src, a.tgt, a.evidence, a.clauses
    t_toks = _span_toks(tgt.text, f.target_span, tgt.lang)
    s_toks = _span_toks(src.text, f.source_span, src.lang)
    clause = (
        _clause_of(ce.tgt, f.target_span) if f.target_span else _clause_of(ce.src, f.source_span)
    )
    best = clause.best if clause is not None and clause.best is not None else None
    return [
        _share(t_toks, ev.mt),
        _share(s_toks, ev.back),
        _share(t_toks, src),
        _share(s_toks, tgt),
        (ce.chrf or 0.0) / 100.0,
        float(ce.chrf is not None),
        best if best is not None else 0.0,
        clause.coverage - 0.5 if clause is not None else 0.0,
    ]


def finding_features(a, f: Finding) -> list[float]:
    """The evidence of one finding of a :class:`aligner.drift.checks.PairAnalysis`."""
    src, tgt = a.src.text, a.tgt.text
    shares = [
        (s[1] - s[0]) / max(1, len(t)) for s, t in ((f.source_span, src), (f.target_span, tgt)) if s
    ]
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
        *word_evidence(a, f),
    ]


def read_model(path: str, features: tuple[str, ...]) -> dict | None:
    """Fitted weights from a JSON file, or None when absent or fitted for other features."""
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        model = json.load(fh)
    return model if tuple(model.get("features", ())) == features else None


@cache
def load_model(path: str = DATA) -> dict | None:
    """The shipped weights, or None when no model has been fitted."""
    return read_model(path, FEATURES)


def logistic(weights, x) -> float:
    """The logistic model's probability for one evidence vector."""
    z = sum(w * v for w, v in zip(weights, x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def probability(model: dict, ftype: str, x: list[float]) -> float:
    return logistic(model["types"].get(ftype) or model["types"]["*"], x)


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


def decide_in_run(analyses, asked: bool | None, run=None) -> None:
    """The decision layer, when asked for (``asked``; None: :data:`ENABLED`), applied to
    a run's analyses and named in the run's record (``run``: a ``DriftRun``)."""
    if asked is None:
        asked = ENABLED
    if asked and load_model() is not None:
        decide(analyses)
        if run is not None:
            run.decision = VERSION
