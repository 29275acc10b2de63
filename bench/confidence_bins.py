"""Where the second pass's bead confidence is too high or too low, and what a refit costs.

    python bench/confidence_bins.py [--fit textberg,heldout] [--check parallel,other]
                                    [--json docs/results/confidence-bins-align26.json]

For each set, the confidences as shipped (the route engine._score_beads takes: Apertium's
MT model plus the ``crossed`` coefficient for es→en, the second pass's model otherwise)
by ECE's bins, by the bead's shape, and with the beads inside a crossing (crossing.py)
apart. Then three recalibrations of those confidences, each fitted on the ``--fit`` sets
only (Text+Berg dev and corpora/heldout; the ``--check`` sets stay unseen and are scored
last), so that one can see whether heldout's calibration can be bettered without
spoiling the sets the model was not fitted on:

* ``mt_bias``: the MT route's bias refitted on heldout's second-pass beads (the other
  coefficients and ``crossed`` kept): the refit a fit on heldout alone asks for;
* ``platt``: ``a · logit + b`` on both routes, each fitting set weighing alike;
* ``shape``: one logit offset per bead shape (null, 1-1, larger) on both routes, each
  fitting set weighing alike;
* ``platt_<set>``: ``a · logit + b`` fitted on one fitting set alone, scored on the
  others: whether the fitting sets agree on what a confidence should say.

Session 21 (align26), docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from calibrate_overlap import OverlapRuns, mt_rows, overlap_confidence_rows, prepare_overlap

from aligner.alignment.confidence import (
    FEATURES,
    OVERLAP_FEATURES,
    auc,
    expected_calibration_error,
    load_mt_calibration,
    load_overlap_calibration,
    load_overlap_mt_calibration,
    reliability_bins,
)
from aligner.alignment.overlap import second_pass_weights

CROSSED = len(FEATURES) + OVERLAP_FEATURES.index("crossed")
NULL, ONE_TO_ONE = FEATURES.index("null"), FEATURES.index("one_to_one")


def _p(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def shipped_logits(x: np.ndarray, mt: np.ndarray | None) -> np.ndarray:
    """The shipped confidence's logit of each bead, by the route the aligner takes."""
    if mt is not None:
        model = load_overlap_mt_calibration("embeddings")
        assert model is not None
        columns = np.hstack([x[:, : len(FEATURES)], mt, x[:, CROSSED : CROSSED + 1]])
        return columns @ np.asarray(model.coefficients)
    overlap = load_overlap_calibration()
    assert overlap is not None
    return x @ np.asarray(overlap.coefficients)


def shapes(x: np.ndarray) -> np.ndarray:
    """One column per bead shape: null, 1-1, larger."""
    null, one = x[:, NULL], x[:, ONE_TO_ONE]
    return np.column_stack([null, one, 1.0 - null - one])


def platt_rows(r: dict) -> tuple[np.ndarray, np.ndarray]:
    """(offset, columns) for ``a · logit + b``: no offset; a constant and the logit."""
    return np.zeros(len(r["y"])), np.column_stack([np.ones(len(r["y"])), r["z"]])


def fit_on_offset(offset: np.ndarray, columns: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Coefficients of ``columns`` added to a fixed logit ``offset`` (maximum likelihood,
    Newton's method with a tiny ridge so a column that is never set stays at 0)."""
    w = np.zeros(columns.shape[1])
    for _ in range(100):
        q = _p(offset + columns @ w)
        gradient = columns.T @ (q - y) + 1e-6 * w
        hessian = (columns * (q * (1 - q))[:, None]).T @ columns + 1e-6 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def balanced(rows: dict[str, dict], make) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(offset, columns, labels) over the fitting sets, each set's rows repeated so that
    every set weighs about as much as the biggest."""
    biggest = max(len(r["y"]) for r in rows.values())
    parts = []
    for r in rows.values():
        times = max(1, round(biggest / len(r["y"])))
        offset, columns = make(r)
        parts.append((np.tile(offset, times), np.tile(columns, (times, 1)), np.tile(r["y"], times)))
    return tuple(np.concatenate([p[k] for p in parts]) for k in range(3))  # type: ignore[return-value]


def figures(q: np.ndarray, r: dict) -> dict:
    y, crossed = r["y"], r["x"][:, CROSSED] > 0
    by_shape = {}
    for name, column in zip(("null", "1-1", "larger"), shapes(r["x"]).T, strict=True):
        inside = (column > 0) & ~crossed
        if inside.any():
            by_shape[name] = {
                "beads": int(inside.sum()),
                "accuracy": round(float(y[inside].mean()), 4),
                "confidence": round(float(q[inside].mean()), 4),
            }
    return {
        "auc": round(auc(q, y), 4),
        "ece": round(expected_calibration_error(q, y), 4),
        "bins": [
            {**b, "accuracy": round(b["accuracy"], 4), "confidence": round(b["confidence"], 4)}
            for b in reliability_bins(q, y)
        ],
        "not_crossed_by_shape": by_shape,
    }


def rows_for(sets: list[str]) -> dict[str, dict]:
    weights = second_pass_weights()
    runs = OverlapRuns(prepare_overlap(sets))
    features = overlap_confidence_rows(runs, weights)
    mts = mt_rows(runs, weights)
    out = {}
    for name, (x, y, _groups) in features.items():
        out[name] = {"x": x, "y": y, "mt": mts[name], "z": shipped_logits(x, mts[name])}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fit", default="textberg,heldout")
    parser.add_argument("--check", default="parallel,other")
    parser.add_argument("--json")
    args = parser.parse_args()
    fit = rows_for(args.fit.split(","))
    check = rows_for(args.check.split(",")) if args.check else {}
    every = {**fit, **check}
    mt_model = load_mt_calibration("embeddings")
    assert mt_model is not None

    # The MT route's bias refitted on its fitting beads (heldout, es→en), the rest kept.
    mt_fit = {n: r for n, r in fit.items() if r["mt"] is not None}
    shift = (
        fit_on_offset(
            np.concatenate([r["z"] for r in mt_fit.values()]),
            np.ones((sum(len(r["y"]) for r in mt_fit.values()), 1)),
            np.concatenate([r["y"] for r in mt_fit.values()]),
        )[0]
        if mt_fit
        else 0.0
    )
    platt = fit_on_offset(*balanced(fit, platt_rows))
    shape = fit_on_offset(*balanced(fit, lambda r: (r["z"], shapes(r["x"]))))
    alone = {name: fit_on_offset(*platt_rows(r), r["y"]) for name, r in fit.items()}
    variants = {
        "shipped": lambda r: r["z"],
        "mt_bias": lambda r: r["z"] + (shift if r["mt"] is not None else 0.0),
        "platt": lambda r: platt[0] + platt[1] * r["z"],
        "shape": lambda r: r["z"] + shapes(r["x"]) @ shape,
        **{
            f"platt_{name}": (lambda r, w=w: w[0] + w[1] * r["z"])  # type: ignore[misc]
            for name, w in alone.items()
        },
    }
    report: dict = {
        "fitted_on": list(fit),
        "unseen": list(check),
        "coefficients": {
            "mt_bias": round(float(shift), 4),
            "platt": [round(float(v), 4) for v in platt],
            "shape": dict(zip(("null", "1-1", "larger"), np.round(shape, 4).tolist(), strict=True)),
            **{f"platt_{n}": [round(float(v), 4) for v in w] for n, w in alone.items()},
        },
        "sets": {},
    }
    for name, r in every.items():
        report["sets"][name] = {v: figures(_p(make(r)), r) for v, make in variants.items()}
        route = "MT + crossed" if r["mt"] is not None else "second pass"
        print(f"{name} ({'fit' if name in fit else 'unseen'}, {route}, {len(r['y'])} beads)")
        for v, f in report["sets"][name].items():
            top = f["bins"][-1]
            print(
                f"  {v:16} AUC {f['auc']:.4f} ECE {f['ece']:.4f}  top bin {top['beads']} beads "
                f"right {top['accuracy']:.3f} conf {top['confidence']:.3f}  "
                + " ".join(
                    f"{k} {s['accuracy']:.3f}/{s['confidence']:.3f}"
                    for k, s in f["not_crossed_by_shape"].items()
                )
            )
    print(json.dumps(report["coefficients"]))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(report, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
