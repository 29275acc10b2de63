"""Fit the second pass's discriminative bead scorer (aligner.alignment.beadmodel).

    python bench/fit_bead_model.py [--write] [--l2 1.0] [--offsets 0,0.1,0.2]

Training beads: on Text+Berg dev (../shared/data) and corpora/heldout (each document
and its damaged copies), the gold beads are the positives; the negatives are every
other bead the second pass's DP considers that starts or ends at a point of the gold
path (the alternatives it chooses between there), inside the second pass's band.
corpora/parallel and corpora/other stay unseen.

Each set weighs alike (Text+Berg's few hundred gold beads against heldout's
thousands). A per-bead offset (added to every bead's -log p) is chosen from
``--offsets`` on the fitting sets. Text+Berg dev is one document: leave-one-piece-out
cuts it into 4 pieces of ~105 gold beads (textberg.split_parts), fits on heldout and
3 pieces, aligns the whole document and scores the 4th piece; the 4 held-out pieces
are pooled. With ``--write`` the model fitted on everything goes to
aligner/alignment/data/bead_model.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from calibrate_overlap import PARTS, _beads, prepare_overlap
from textberg import split_parts

from aligner.alignment.beadmodel import DATA_DIR, FEATURES, MODEL_FILE, BeadModel, feature_rows
from aligner.alignment.evaluate import evaluate
from aligner.alignment.overlap import realign, second_pass_weights
from aligner.alignment.score import BeadScorer
from aligner.alignment.search import bead_types, run_dp
from aligner.io.atomic import write_text_atomic


def gold_spans(gold) -> list[tuple[int, int, int, int]]:
    """The gold beads as (s0, s1, t0, t1) in reading order; non-contiguous beads dropped."""
    out, i, j = [], 0, 0
    for bead in sorted(gold, key=lambda b: (b.src[0] if b.src else -1, b.tgt[0] if b.tgt else -1)):
        s0 = bead.src[0] if bead.src else i
        t0 = bead.tgt[0] if bead.tgt else j
        span = (s0, s0 + len(bead.src), t0, t0 + len(bead.tgt))
        if bead.src != tuple(range(span[0], span[1])) or bead.tgt != tuple(range(span[2], span[3])):
            continue
        out.append(span)
        i, j = span[1], span[3]
    return out


def training_rows(gold, planned) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, labels, source start) of the gold beads and their rivals at gold points."""
    src, tgt = planned.src, planned.tgt
    n, m = len(src), len(tgt)
    scorer = BeadScorer(src, tgt, second_pass_weights(), neighbours=True)
    golden = set(gold_spans(gold))
    points = {(s0, t0) for s0, _s1, t0, _t1 in golden} | {(s1, t1) for _s0, s1, _t0, t1 in golden}
    candidates: set[tuple[int, int, int, int]] = set(golden)
    for i, j in points:
        for a, b in bead_types(planned.max_bead):
            for s0, t0 in ((i, j), (i - a, j - b)):
                s1, t1 = s0 + a, t0 + b
                if (
                    s0 >= 0
                    and s1 <= n
                    and t0 >= 0
                    and t1 <= m
                    and planned.lo[s1] <= t1 < planned.hi[s1]
                ):
                    candidates.add((s0, s1, t0, t1))
    ordered = sorted(candidates)
    feats = features_of(scorer, ordered)
    labels = np.array([float(bead in golden) for bead in ordered])
    starts = np.array([s0 for s0, _s1, _t0, _t1 in ordered])
    return feats, labels, starts


def features_of(scorer: BeadScorer, beads: list[tuple[int, int, int, int]]) -> np.ndarray:
    """Feature rows (beadmodel.FEATURES) of beads given as (s0, s1, t0, t1), in order."""
    out = np.zeros((len(beads), len(FEATURES)))
    by_type: dict[tuple[int, int, int], list[int]] = {}
    for k, (s0, s1, t0, t1) in enumerate(beads):
        by_type.setdefault((s1 - s0, t1 - t0, s1), []).append(k)
    for (a, b, s1), ks in by_type.items():
        if a == 0 or b == 0:
            out[ks] = feature_rows({}, a, b, scorer.hand.null)
        else:
            signals = scorer.bead_signals(s1, np.array([beads[k][3] for k in ks]), a, b)
            out[ks] = feature_rows(signals, a, b, scorer.hand.null)
    return out


def hand_start() -> np.ndarray:
    """Coefficients under which the model's cost (logit link) is the hand-weighted cost."""
    coef = np.zeros(len(FEATURES))
    coef[FEATURES.index("hand")] = -1.0
    return coef


class LossAugmented(BeadScorer):
    """Training-time scorer: every bead not in the gold costs ``delta`` less (the DP then
    finds the most violating path, as in a structured SVM)."""

    def __init__(self, src, tgt, weights, model, golden, delta: float):
        super().__init__(src, tgt, weights, model=model)
        self.golden, self.delta = golden, delta

    def block_costs(self, rows, cols, bead_types):
        out = super().block_costs(rows, cols, bead_types)
        first, c0 = int(rows[0]), int(cols[0])
        for (a, b), cost in out.items():
            if a == 0:
                continue
            cost -= self.delta
            for s0, s1, t0, t1 in self.golden:
                if (
                    s1 - s0 == a
                    and t1 - t0 == b
                    and first <= s1 <= rows[-1]
                    and c0 <= t1 <= cols[-1]
                ):
                    cost[s1 - first, t1 - c0] += self.delta
        return out


def train_structured(
    prepared,
    scale: np.ndarray,
    epochs: int,
    eta: float,
    held_piece: int | None = None,
    start: np.ndarray | None = None,
    log=None,
    delta: float = 0.0,
    heldout_weight: float = 1.0,
) -> np.ndarray:
    """Averaged structured perceptron over the second pass's DP (cost = -coef . features):
    after aligning a document, move the coefficients towards the gold beads it missed and
    away from the wrong beads it chose; Text+Berg beads in ``held_piece`` are left out."""
    weights = second_pass_weights()
    docs = []
    for name, items in prepared.items():
        for gold, planned, _first in items:
            scorer = BeadScorer(planned.src, planned.tgt, weights, neighbours=True)
            golden = set(gold_spans(gold))
            pieces = piece_of(gold, None) if name == "textberg" else None
            weight = 1.0 if name == "textberg" else heldout_weight
            docs.append((gold, planned, scorer, golden, pieces, weight))
    coef = hand_start() if start is None else start.copy()
    total, count = np.zeros_like(coef), 0
    rng = np.random.default_rng(0)
    for epoch in range(epochs):
        for k in rng.permutation(len(docs)):
            gold, planned, scorer, golden, pieces, weight = docs[k]
            model = BeadModel(coef, "train", 0.0, "logit")
            scorer_k = LossAugmented(planned.src, planned.tgt, weights, model, golden, delta)
            path = run_dp(
                scorer_k,
                len(planned.src),
                len(planned.tgt),
                planned.lo,
                planned.hi,
                bead_types(planned.max_bead),
            )
            pred = set(path.spans)
            missed = sorted(
                b for b in golden - pred if (b[1] - b[0]) + (b[3] - b[2]) <= planned.max_bead
            )
            wrong = sorted(pred - golden)
            if pieces is not None and held_piece is not None:
                missed = [b for b in missed if pieces(b[0]) != held_piece]
                wrong = [b for b in wrong if pieces(b[0]) != held_piece]
            step = np.zeros_like(coef)
            if missed:
                step += features_of(scorer, missed).sum(axis=0)
            if wrong:
                step -= features_of(scorer, wrong).sum(axis=0)
            coef = coef + eta * weight * step / scale**2
            total += coef
            count += 1
        if log is not None:
            log(epoch, total / count)
    return total / count


def fit_weighted(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float) -> np.ndarray:
    """Weighted ridge logistic regression by Newton's method (column 0 the bias), on
    standardised features; coefficients returned for the raw features."""
    mean, std = x[:, 1:].mean(axis=0), x[:, 1:].std(axis=0)
    std[std < 1e-9] = 1.0
    scaled = np.hstack([x[:, :1], (x[:, 1:] - mean) / std])
    coef = np.zeros(scaled.shape[1])
    ridge = l2 * np.eye(len(coef))
    ridge[0, 0] = 0.0
    for _ in range(60):
        p = 1.0 / (1.0 + np.exp(-np.clip(scaled @ coef, -30, 30)))
        gradient = scaled.T @ (weight * (p - y)) + ridge @ coef
        hessian = (scaled * (weight * p * (1 - p))[:, None]).T @ scaled + ridge
        step = np.linalg.solve(hessian, gradient)
        coef -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = np.empty_like(coef)
    raw[1:] = coef[1:] / std
    raw[0] = coef[0] - float((coef[1:] * mean / std).sum())
    return raw


def piece_of(gold, starts: np.ndarray | None):
    """Which of the PARTS pieces of Text+Berg each training bead starts in (as
    textberg.split_parts cuts it); with ``starts`` None, the function of one start."""
    ordered = sorted((b for b in gold if b.src and b.tgt), key=lambda b: (b.src[0], b.tgt[0]))
    cuts = np.array([ordered[round(k * len(ordered) / PARTS)].src[0] for k in range(1, PARTS)])
    if starts is None:
        return lambda s0: int(np.searchsorted(cuts, s0, side="right"))
    return np.searchsorted(cuts, starts, side="right")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--offsets", default="0,0.1,0.2,0.4")
    parser.add_argument("--link", default="logp", choices=("logp", "logit"))
    parser.add_argument("--structured", type=int, default=0, help="perceptron epochs")
    parser.add_argument("--eta", type=float, default=0.01)
    parser.add_argument("--delta", type=float, default=0.0, help="loss augmentation")
    parser.add_argument("--heldout-weight", type=float, default=1.0)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    prepared = prepare_overlap(["textberg", "heldout"])
    weights = second_pass_weights()
    data = {}
    for name, docs in prepared.items():
        parts = [training_rows(gold, planned) for gold, planned, _first in docs]
        x = np.vstack([p[0] for p in parts])
        y = np.concatenate([p[1] for p in parts])
        piece = piece_of(docs[0][0], parts[0][2]) if name == "textberg" else np.full(len(y), -1)
        data[name] = (x, y, piece)
        print(f"{name}: {len(y)} beads, {int(y.sum())} gold", file=sys.stderr)

    def fit(keep_piece=None) -> np.ndarray:
        xs, ys, ws = [], [], []
        for _name, (x, y, piece) in data.items():
            use = piece != keep_piece if keep_piece is not None else np.ones(len(y), bool)
            xs.append(x[use])
            ys.append(y[use])
            ws.append(np.full(int(use.sum()), 1.0 / max(1, int(y[use].sum()))))
        w = np.concatenate(ws)
        return fit_weighted(np.vstack(xs), np.concatenate(ys), w / w.mean(), args.l2)

    def aligned(model) -> dict[str, list]:
        return {
            name: [
                (gold, _beads(realign(planned, weights, model).path)) for gold, planned, _f in docs
            ]
            for name, docs in prepared.items()
        }

    def strict(pairs) -> float:
        return round(evaluate(pairs)["strict"].f1, 4)

    def lax(pairs) -> float:
        return round(evaluate(pairs)["lax"].f1, 4)

    hand = aligned(None)
    print("hand:", {k: (strict(v), lax(v)) for k, v in hand.items()})
    if args.structured:
        allx = np.vstack([x for x, _y, _p in data.values()])
        scale = np.maximum(allx.std(axis=0), 0.2)
        scale[0] = 1.0

        def log(epoch, coef):
            pairs = aligned(BeadModel(coef, "avg", 0.0, "logit"))
            print(
                f"epoch {epoch}: { ({k: (strict(v), lax(v)) for k, v in pairs.items()}) }",
                flush=True,
            )

        coef = train_structured(
            prepared,
            scale,
            args.structured,
            args.eta,
            log=log,
            delta=args.delta,
            heldout_weight=args.heldout_weight,
        )
        print(json.dumps(dict(zip(FEATURES, np.round(coef, 4).tolist(), strict=True))))
        held = []
        for k in range(PARTS):
            fold = train_structured(
                prepared,
                scale,
                args.structured,
                args.eta,
                held_piece=k,
                delta=args.delta,
                heldout_weight=args.heldout_weight,
            )
            gold, planned, _f = prepared["textberg"][0]
            path = realign(planned, weights, BeadModel(fold, "fold", 0.0, "logit")).path
            held.append(split_parts(gold, _beads(path), PARTS)[k])
            print(f"fold {k}: {strict([held[-1]])}", flush=True)
        print(f"structured leave-one-piece-out: {(strict(held), lax(held))}")
        return 0
    coef = fit()
    report: dict = {
        "l2": args.l2,
        "coefficients": dict(zip(FEATURES, np.round(coef, 4).tolist(), strict=True)),
    }
    print(json.dumps(report["coefficients"]))
    by_offset = {}
    for offset in [float(v) for v in args.offsets.split(",")]:
        pairs = aligned(BeadModel(coef, "fit", offset, args.link))
        by_offset[offset] = {k: (strict(v), lax(v)) for k, v in pairs.items()}
        print(f"offset {offset}: {by_offset[offset]}")
    best = max(by_offset, key=lambda o: sum(s for s, _l in by_offset[o].values()))
    held: list = []
    for k in range(PARTS):
        model = BeadModel(fit(keep_piece=k), "fold", best, args.link)
        gold, planned, _f = prepared["textberg"][0]
        held.append(split_parts(gold, _beads(realign(planned, weights, model).path), PARTS)[k])
    report["offset"], report["by_offset"] = best, by_offset
    report["textberg_leave_one_piece_out"] = (strict(held), lax(held))
    print(f"leave-one-piece-out (offset {best}): {report['textberg_leave_one_piece_out']}")
    if args.write:
        digest = hashlib.sha1(json.dumps(coef.round(6).tolist()).encode()).hexdigest()[:8]
        payload = {
            "version": f"bead-logistic-1-{digest}",
            "features": list(FEATURES),
            "coefficients": coef.round(6).tolist(),
            "offset": best,
            "link": args.link,
            "fitted_on": "textberg-dev + corpora/heldout (bench/fit_bead_model.py)",
            "fit": report,
        }
        write_text_atomic(os.path.join(DATA_DIR, MODEL_FILE), json.dumps(payload, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
