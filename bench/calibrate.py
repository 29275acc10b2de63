"""Fit the bead-cost weights and the confidence model on the held-out corpus.

    python bench/calibrate.py corpora/heldout            # search weights, fit, write
    python bench/calibrate.py --check corpora/parallel       # shipped model on unseen data
    python bench/calibrate.py --overlap                   # second pass: calibrate_overlap.py

The confidence model is fitted twice per mode: over the aligner's own features, and
over those plus the machine-translation features (confidence.MT_FEATURES: chrF of
Apertium's translation of the source side against the target) for pairs Apertium
translates. --check reports both on the same beads.

Only corpora/heldout is used for fitting; corpora/parallel and corpora/other
stay unseen so the benchmark figures are honest. --overlap and --overlap-confidence
fit the second pass (bench/calibrate_overlap.py). Writes
aligner/alignment/data/calibration.json and prints the weights to put in score.Weights.
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

from aligner.alignment.confidence import (
    DATA_DIR,
    FEATURES,
    MT_FEATURES,
    auc,
    bead_features,
    expected_calibration_error,
    fit_logistic,
    load_calibration,
    load_mt_calibration,
    mt_bead_features,
)
from aligner.alignment.embed import load_embedder
from aligner.alignment.engine import load_document
from aligner.alignment.evaluate import evaluate
from aligner.alignment.mt import load_translator
from aligner.alignment.score import Weights, fitted_weights, side_features
from aligner.alignment.search import find_path
from aligner.io.atomic import write_text_atomic
from aligner.types import Bead

GRID = {
    "pooling": (0.0, 0.5, 1.0),
    "null": (0.35, 0.5, 0.7, 0.9, 1.2),
    "merge": (0.0, 0.08, 0.16),
    "subwords": (0.0, 0.15, 0.3, 0.6),
    "numbers": (0.15, 0.3),
    "length": (0.0, 0.15, 0.4, 1.0, 2.0),
}


_TRANSLATIONS: dict[tuple[str, str, tuple[str, ...]], list[str] | None] = {}


def translate(src_lang: str, tgt_lang: str, texts: list[str]) -> list[str] | None:
    """Apertium's translation of a document's sentences (one call), None without the pair."""
    key = (src_lang, tgt_lang, tuple(texts))
    if key not in _TRANSLATIONS:
        translator = load_translator(src_lang, tgt_lang, "auto")
        _TRANSLATIONS[key] = translator.translate(texts) if translator else None
    return _TRANSLATIONS[key]


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
                    translate(src.lang, tgt.lang, [s.text for s in src.sentences]),
                    [s.text for s in tgt.sentences],
                    doc.name.split("+")[0],  # perturbed copies belong to their document
                )
            )
    return prepared


def run(prepared, weights: Weights):
    pairs, paths = [], []
    for gold, fs, ft, *_mt in prepared:
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


def labelled_features(prepared, paths, groups: bool = False):
    """Features (aligner's own, then MT's), whether MT was available, right/wrong labels.

    With ``groups=True`` also each bead's document (for cross-validation).
    """
    rows, mt_rows, has_mt, labels, docs = [], [], [], [], []
    for (gold, fs, ft, src_mt, tgt_texts, doc), path in zip(prepared, paths, strict=True):
        gold_keys = {(b.src, b.tgt) for b in gold}
        rows.append(bead_features(path.spans, path.costs, fs, ft, path.gaps))
        if src_mt is None:
            mt_rows.append(np.zeros((len(path.spans), len(MT_FEATURES))))
        else:
            mt_rows.append(mt_bead_features(path.spans, src_mt, tgt_texts))
        has_mt += [src_mt is not None] * len(path.spans)
        docs += [doc] * len(path.spans)
        labels += [
            float((tuple(range(a, b)), tuple(range(c, d))) in gold_keys)
            for a, b, c, d in path.spans
        ]
    out = np.vstack(rows), np.vstack(mt_rows), np.array(has_mt), np.array(labels)
    return (*out, np.array(docs)) if groups else out


# Columns the model with MT may use besides MT_FEATURES: all of FEATURES, or only the
# bead's shape. With embeddings, the cost, cosine and margin features separate right
# from wrong beads no better than chance on unseen documents (AUC 0.47) and blur the
# MT margin; cross-validation on the fitting data decides per mode.
MT_COLUMN_SETS = {
    "all": FEATURES,
    "shape": ("bias", "null", "one_to_one", "sentences"),
}


def fit_with_mt(features: np.ndarray, labels: np.ndarray, docs: np.ndarray) -> tuple:
    """Coefficients over FEATURES + MT_FEATURES (zero for unused columns), the column set
    chosen by leave-one-document-out AUC, and each set's cross-validated AUC and ECE."""
    names = FEATURES + MT_FEATURES
    scores = {}
    for key, base in MT_COLUMN_SETS.items():
        columns = [names.index(n) for n in (*base, *MT_FEATURES)]
        x = features[:, columns]
        held_out = np.zeros(len(labels))
        for doc in np.unique(docs):
            train = docs != doc
            weights = fit_logistic(x[train], labels[train])
            held_out[~train] = 1.0 / (1.0 + np.exp(-np.clip(x[~train] @ weights, -30, 30)))
        scores[key] = {
            "cv_auc": round(auc(held_out, labels), 4),
            "cv_ece": round(expected_calibration_error(held_out, labels), 4),
        }
    best = max(scores, key=lambda k: scores[k]["cv_auc"])
    columns = [names.index(n) for n in (*MT_COLUMN_SETS[best], *MT_FEATURES)]
    coefficients = np.zeros(len(names))
    coefficients[columns] = fit_logistic(features[:, columns], labels)
    return coefficients, best, scores


def metrics(probs: np.ndarray, labels: np.ndarray) -> dict:
    return {
        "mean_confidence": round(float(probs.mean()), 4),
        "ece": round(expected_calibration_error(probs, labels), 4),
        "auc": round(auc(probs, labels), 4),
        "accuracy_when_confident_0.9": round(float(labels[probs >= 0.9].mean()), 4)
        if (probs >= 0.9).any()
        else None,
        "share_confident_0.9": round(float((probs >= 0.9).mean()), 4),
        "accuracy_below_0.5": round(float(labels[probs < 0.5].mean()), 4)
        if (probs < 0.5).any()
        else None,
    }


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
    parser.add_argument("--overlap", action="store_true", help="fit the second pass's weights")
    parser.add_argument("--keys", help="with --overlap: only these weights, comma-separated")
    parser.add_argument(
        "--evidence-starts",
        action="store_true",
        help="with --overlap: boundary weights start where each fold's gold boundaries say",
    )
    parser.add_argument(
        "--overlap-confidence",
        nargs="?",
        const="parallel,other",
        help="fit the second pass's bead confidence; then check it on these sets (unseen)",
    )
    args = parser.parse_args()
    if args.overlap or args.overlap_confidence:
        from calibrate_overlap import fit_overlap, fit_overlap_confidence
    if args.overlap:
        return fit_overlap(args.keys.split(",") if args.keys else None, args.evidence_starts)
    if args.overlap_confidence:
        return fit_overlap_confidence(args.overlap_confidence.split(","))

    if args.check:
        for mode in ("embeddings", "no_embeddings"):
            prepared = prepare(args.check, use_embeddings=mode == "embeddings")
            scores, paths = run(prepared, fitted_weights(mode))
            features, mt_features, has_mt, labels = labelled_features(prepared, paths)
            probs = load_calibration(mode).probability(features)
            # With MT: what the aligner reports when Apertium is on (beads of pairs it
            # cannot translate keep the model without MT), on the very same beads.
            with_mt = probs.copy()
            mt_model = load_mt_calibration(mode)
            if mt_model is not None and has_mt.any():
                both = np.hstack([features, mt_features])[has_mt]
                with_mt[has_mt] = mt_model.probability(both)
            report = {
                "folder": args.check,
                "mode": mode,
                "strict_f1": round(scores["strict"].f1, 4),
                "beads": len(labels),
                "beads_with_mt": int(has_mt.sum()),
                "accuracy": round(float(labels.mean()), 4),
                "without_mt": metrics(probs, labels),
                "with_mt": metrics(with_mt, labels),
            }
            if has_mt.any() and not has_mt.all():
                report["mt_beads_only"] = {
                    "without_mt": metrics(probs[has_mt], labels[has_mt]),
                    "with_mt": metrics(with_mt[has_mt], labels[has_mt]),
                }
            print(json.dumps(report))
        return 0

    payload: dict = {
        "features": list(FEATURES),
        "mt_features": list(MT_FEATURES),
        "fitted_on": corpus_id(args.folder),
        "modes": {},
    }
    for mode in ("embeddings", "no_embeddings"):
        prepared = prepare(args.folder, use_embeddings=mode == "embeddings")
        start = fitted_weights(mode)
        weights = start if args.no_search else search(prepared, start)
        scores, paths = run(prepared, weights)
        features, mt_features, has_mt, labels, docs = labelled_features(
            prepared, paths, groups=True
        )
        coefficients = fit_logistic(features, labels)
        probs = 1.0 / (1.0 + np.exp(-(features @ coefficients)))
        payload["modes"][mode] = {
            "weights": dataclasses.asdict(weights),
            "coefficients": [round(float(c), 6) for c in coefficients],
            "beads": len(labels),
            "ece_on_fit_data": round(expected_calibration_error(probs, labels), 4),
            "strict_f1_on_fit_data": round(scores["strict"].f1, 4),
        }
        if has_mt.any():
            both = np.hstack([features, mt_features])[has_mt]
            coefficients, columns, cv = fit_with_mt(both, labels[has_mt], docs[has_mt])
            probs = 1.0 / (1.0 + np.exp(-(both @ coefficients)))
            payload["modes"][f"{mode}+mt"] = {
                "coefficients": [round(float(c), 6) for c in coefficients],
                "columns": columns,
                "cross_validation": cv,
                "beads": int(has_mt.sum()),
                "ece_on_fit_data": round(expected_calibration_error(probs, labels[has_mt]), 4),
            }
    write_text_atomic(
        os.path.join(DATA_DIR, "calibration.json"), json.dumps(payload, indent=2) + "\n"
    )
    print(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
