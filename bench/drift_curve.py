"""Critical recall left at a faithful-flag budget, each file left out (the decision layer).

    python bench/drift_flags.py run --features --embeddings --out DIR --files F
    python bench/drift_curve.py --out DIR --files F [--aims 0.05,0.10,0.15]

For each file of ``--files`` left out, the decision layer's per-type logistic models
(``bench/drift_fit.py``: same features, same labels, every file the same weight) are
fitted on the *other* files' saved findings, then an operating point is chosen on those
other files for each aim (every one of them flags at most that share of its faithful
pairs at >= major), and the left-out file is scored at it: critical recall any / typed and its own
faithful flagged. Two kinds of operating point:

* ``global``: one probability threshold for every type (as ``decision.json`` ships);
* ``per-type``: one threshold a finding type, raised greedily on the fitting files, each
  step the type whose next threshold step saves the most faithful flags per genuine
  critical pair lost, until the aim is met.

The saved findings must carry the evidence (``drift_flags.py run --features``).
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

try:
    import drift_fit as fitting
    import drift_public as public
    from drift_flags import read
except ImportError:  # pragma: no cover
    from bench import drift_fit as fitting
    from bench import drift_public as public
    from bench.drift_flags import read

GRID = [round(float(t), 2) for t in np.arange(0.0, 1.0001, 0.02)]


def load_files(out: str, names: list[str]) -> list[dict]:
    """Each file's rows and findings as ``drift_fit`` reads them: (type, severity, x, msg)."""
    files = []
    for name in names:
        rows = read(out, name)
        if any("x" not in f for r in rows for f in r["findings"]):
            raise SystemExit(f"{name}: findings saved without --features")
        pairs = [
            [(f["type"], f["severity"], f["x"], f["message"]) for f in r["findings"]] for r in rows
        ]
        files.append({"name": name, "rows": rows, "pairs": pairs})
    return files


def fit_models(files: list[dict]) -> dict:
    """Per-type weights (types with < 20 of either class share the ``*`` model)."""
    types = {}
    for t, (x, y, w) in fitting.rows_for_fit(files).items():
        if t != "*" and (y.sum() < 20 or (1 - y).sum() < 20):
            continue
        types[t] = [float(v) for v in fitting.fit_logistic(x, y, w)]
    return {"types": types}


def probabilities(model: dict, f: dict) -> list[list[tuple[str, str, float]]]:
    from aligner.drift import decision

    return [
        [(t, s, decision.probability(model, t, x)) for t, s, x, _m in found] for found in f["pairs"]
    ]


def score(f: dict, probs, cut: dict[str, float]) -> dict:
    """The file's scores when a finding under its type's threshold is demoted to minor."""
    found = [
        [(t, s if s == "minor" or p >= cut.get(t, cut["*"]) else "minor") for t, s, p in pair]
        for pair in probs
    ]
    return public.score_public(f["rows"], found)


def worst_ffr(files, probs, cut) -> tuple[float, int]:
    """The largest share of faithful pairs flagged among the fitting files (the aim must
    hold on each), and the faithful findings still at >= major (a tie-break: a step that
    clears findings without yet clearing a whole pair is progress)."""
    rates = [score(f, p, cut)["faithful_flagged"] or 0.0 for f, p in zip(files, probs, strict=True)]
    loud = sum(
        s != "minor" and p >= cut.get(t, cut["*"])
        for f, pr in zip(files, probs, strict=True)
        for row, pair in zip(f["rows"], pr, strict=True)
        if not row["labels"]
        for t, s, p in pair
    )
    return max(rates), loud


def mean_crit(files, probs, cut) -> float:
    return float(
        np.mean(
            [
                score(f, p, cut)["severity"]["critical"]["typed"] or 0.0
                for f, p in zip(files, probs, strict=True)
            ]
        )
    )


def global_cut(files, probs, aim: float) -> dict[str, float]:
    for t in GRID:
        if worst_ffr(files, probs, {"*": t})[0] <= aim + 1e-9:
            return {"*": t}
    return {"*": 1.01}


def per_type_cut(files, probs, aim: float) -> dict[str, float]:
    """Greedy: raise the threshold of the type that buys the most flags per recall lost."""
    # Each type's candidate thresholds: just above the probability of one of its findings
    # on a faithful fitting pair, so every step demotes at least one false alarm.
    steps: dict[str, list[float]] = {}
    for f, pr in zip(files, probs, strict=True):
        for row, pair in zip(f["rows"], pr, strict=True):
            if not row["labels"]:
                for t, s, p in pair:
                    if s != "minor":
                        steps.setdefault(t, []).append(p + 1e-9)
    steps = {t: sorted(set(v)) for t, v in steps.items()}
    cut = {t: 0.0 for t in steps} | {"*": 0.0}
    (ffr, loud), crit = worst_ffr(files, probs, cut), mean_crit(files, probs, cut)
    while ffr > aim + 1e-9:
        best = None
        for t, ladder in steps.items():
            up = next((v for v in ladder if v > cut[t]), None)
            if up is None:
                continue
            trial = {**cut, t: up}
            (f2, l2), c2 = worst_ffr(files, probs, trial), mean_crit(files, probs, trial)
            saved = (ffr - f2) + 1e-4 * (loud - l2)
            if saved > 0:
                gain = saved / max(1e-4, crit - c2)
                if best is None or gain > best[0]:
                    best = (gain, trial, f2, l2, c2)
        if best is None:  # nothing left to demote
            return {t: 1.01 for t in cut} | {"*": 1.01}
        _, cut, ffr, loud, crit = best
    return cut


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True, help="drift_flags.py run --features folder")
    parser.add_argument("--files", required=True)
    parser.add_argument("--aims", default="0.05,0.10,0.15")
    parser.add_argument(
        "--heldout",
        default="corpora-test",
        help="files never fitted on (each still scored by the others' fit)",
    )
    args = parser.parse_args()
    files = load_files(args.out, args.files.split(","))
    held = set(args.heldout.split(","))
    aims = [float(a) for a in args.aims.split(",")]
    print(
        "| left out | before: critical any / typed, faithful | "
        + " | ".join(f"{kind} ≤ {a:.0%}" for kind in ("global", "per-type") for a in aims)
        + " |\n|---|---|"
        + "---|" * (2 * len(aims))
    )
    for k, f in enumerate(files):
        rest = [g for j, g in enumerate(files) if j != k and g["name"] not in held]
        model = fit_models(rest)
        rest_probs = [probabilities(model, g) for g in rest]
        own = probabilities(model, f)
        base = score(f, own, {"*": 0.0})
        cells = [
            f"{public.fmt(base['severity']['critical']['any']).strip()} / "
            f"{public.fmt(base['severity']['critical']['typed']).strip()}, "
            f"{public.fmt(base['faithful_flagged']).strip()}"
        ]
        for chooser in (global_cut, per_type_cut):
            for aim in aims:
                res = score(f, own, chooser(rest, rest_probs, aim))
                crit = res["severity"]["critical"]
                cells.append(
                    f"{public.fmt(crit['any']).strip()} / "
                    f"{public.fmt(crit['typed']).strip()}, "
                    f"{public.fmt(res['faithful_flagged']).strip()}"
                )
        print(f"| {f['name']} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
