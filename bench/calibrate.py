"""Fit the bead-cost weights and the confidence model on the held-out corpus.

    python bench/calibrate.py corpora/heldout            # search weights, fit, write
    python bench/calibrate.py corpora/heldout --check corpora/parallel

Only corpora/heldout is used for fitting; corpora/parallel and corpora/other
stay unseen so the benchmark figures are honest. Writes
aligner/data/calibration.json and prints the weights to put in score.Weights.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from testsets import PERTURBATIONS, build_testset

from aligner.align import find_path
from aligner.api import load_document
from aligner.atomic import write_text_atomic
from aligner.confidence import (
    DATA_DIR,
    FEATURES,
    auc,
    bead_features,
    expected_calibration_error,
    fit_logistic,
    load_calibration,
)
from aligner.embed import load_embedder
from aligner.evaluate import evaluate
from aligner.score import Weights, fitted_weights, side_features
from aligner.types import Bead

GRID = {
    "pooling": (0.0, 0.5, 1.0),
    "null": (0.35, 0.5, 0.7, 0.9, 1.2),
    "merge": (0.0, 0.08, 0.16),
    "subwords": (0.0, 0.15, 0.3, 0.6),
    "numbers": (0.15, 0.3),
    "length": (0.0, 0.15, 0.4, 1.0, 2.0),
}


def prepare(folder: str, use_embeddings: bool = True):
    embedder = None
    if use_embeddings:
        embedder, problem = load_embedder()
        if problem:
            print(problem, file=sys.stderr)
    sets = build_testset(folder)
    prepared = []
    for name in PERTURBATIONS:
        for doc in sets[name]:
            src_text, tgt_text = doc.presegmented()
            src = load_document(doc.name, doc.src_lang, True, src_text)
            tgt = load_document(doc.name, doc.tgt_lang, True, tgt_text)
            vs = vt = None
            if embedder is not None:
                vs = embedder.embed([s.text for s in src.sentences])
                vt = embedder.embed([s.text for s in tgt.sentences])
            prepared.append(
                (
                    doc.gold(),
                    side_features(src.sentences, src.lang, vs),
                    side_features(tgt.sentences, tgt.lang, vt),
                )
            )
    return prepared


def run(prepared, weights: Weights):
    pairs, paths = [], []
    for gold, fs, ft in prepared:
        path = find_path(fs, ft, weights)
        pairs.append(
            (gold, [Bead(tuple(range(a, b)), tuple(range(c, d))) for a, b, c, d in path.spans])
        )
        paths.append(path)
    return evaluate(pairs), paths


def search(prepared, start: Weights) -> Weights:
    """Coordinate search: one weight at a time, a few rounds, maximising strict F1."""
    best = start
    best_f1 = run(prepared, best)[0]["strict"].f1
    for _round in range(2):
        for key, values in GRID.items():
            for value in values:
                trial = dataclasses.replace(best, **{key: value})
                f1 = run(prepared, trial)[0]["strict"].f1
                if f1 > best_f1 + 1e-9:
                    best, best_f1 = trial, f1
        print(f"round {_round}: strict F1 {best_f1:.4f} with {best}", file=sys.stderr)
    return best


def labelled_features(prepared, paths):
    rows, labels = [], []
    for (gold, fs, ft), path in zip(prepared, paths, strict=True):
        gold_keys = {(b.src, b.tgt) for b in gold}
        rows.append(bead_features(path.spans, path.costs, fs, ft, path.gaps))
        labels += [
            float((tuple(range(a, b)), tuple(range(c, d))) in gold_keys)
            for a, b, c, d in path.spans
        ]
    return np.vstack(rows), np.array(labels)


def corpus_id(folder: str) -> str:
    digest = hashlib.sha256()
    for root, _dirs, files in sorted(os.walk(folder)):
        for name in sorted(f for f in files if f.endswith(".par")):
            with open(os.path.join(root, name), "rb") as handle:
                digest.update(handle.read())
    return f"{os.path.basename(os.path.normpath(folder))}@{digest.hexdigest()[:10]}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default="corpora/heldout")
    parser.add_argument("--check", help="report calibration of the shipped model on this folder")
    parser.add_argument("--no-search", action="store_true", help="keep score.Weights as they are")
    args = parser.parse_args()

    if args.check:
        for mode in ("embeddings", "no_embeddings"):
            prepared = prepare(args.check, use_embeddings=mode == "embeddings")
            scores, paths = run(prepared, fitted_weights(mode))
            features, labels = labelled_features(prepared, paths)
            probs = load_calibration(mode).probability(features)
            report = {
                "folder": args.check,
                "mode": mode,
                "strict_f1": round(scores["strict"].f1, 4),
                "beads": len(labels),
                "accuracy": round(float(labels.mean()), 4),
                "mean_confidence": round(float(probs.mean()), 4),
                "ece": round(expected_calibration_error(probs, labels), 4),
                "auc": round(auc(probs, labels), 4),
                "accuracy_when_confident_0.9": round(float(labels[probs >= 0.9].mean()), 4),
                "share_confident_0.9": round(float((probs >= 0.9).mean()), 4),
                "accuracy_below_0.5": round(float(labels[probs < 0.5].mean()), 4)
                if (probs < 0.5).any()
                else None,
            }
            print(json.dumps(report))
        return 0

    payload: dict = {"features": list(FEATURES), "fitted_on": corpus_id(args.folder), "modes": {}}
    for mode in ("embeddings", "no_embeddings"):
        prepared = prepare(args.folder, use_embeddings=mode == "embeddings")
        start = fitted_weights(mode)
        weights = start if args.no_search else search(prepared, start)
        scores, paths = run(prepared, weights)
        features, labels = labelled_features(prepared, paths)
        coefficients = fit_logistic(features, labels)
        probs = 1.0 / (1.0 + np.exp(-(features @ coefficients)))
        payload["modes"][mode] = {
            "weights": dataclasses.asdict(weights),
            "coefficients": [round(float(c), 6) for c in coefficients],
            "beads": len(labels),
            "ece_on_fit_data": round(expected_calibration_error(probs, labels), 4),
            "strict_f1_on_fit_data": round(scores["strict"].f1, 4),
        }
    write_text_atomic(
        os.path.join(DATA_DIR, "calibration.json"), json.dumps(payload, indent=2) + "\n"
    )
    print(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
