"""Fit the drift decision layer (aligner/drift/decision.py) and measure it per file.

    python bench/drift_fit.py [--limit 400] [--embeddings] [--write]

Development files (fitted on): corpora/drift es-en dev and dev2, and the public files
in ../shared/data (DEMETR fr/de/it/ru/pl/cs, ContraTICO fr), each a fixed stratified
subsample of about ``--limit`` pairs (seed 12; the output says what was sampled).
Held out (never fitted on): corpora/drift es-en test and pt-en.

One L2-regularised logistic model per finding type over the evidence of each finding
(``decision.FEATURES``); a finding row is positive when its pair carries a critical or
major label the finding's type can stand for (bench/drift_public.LABEL_MAP), negative
when the pair is faithful; rows on pairs with other labels are left out. Every file
weighs the same in the fit, whatever its size. The operating point is one probability
threshold: the lowest at which the development files flag, on average, at most 5 % of
their faithful pairs at major or above. A finding under it is demoted to minor.

Leave-one-language-out: for each language, the weights and the threshold are fitted on
the files of the other languages and the left-out language's files are scored.
``--write`` ships the model fitted on all development files to
aligner/drift/data/decision.json.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time

import numpy as np

from aligner.drift import decision
from aligner.drift.checks import analyse_pairs

try:
    import drift_public as public
    from drift import DEV_LAST, corpus_rows, load
except ImportError:  # pragma: no cover
    from bench import drift_public as public
    from bench.drift import DEV_LAST, corpus_rows, load

AIM = 0.05
OBJECTIVE = "ffr"  # how the operating point is chosen: "ffr" (AIM) or "mcc"
V2_START = decision.FEATURES.index("mt_has_tgt")  # the v2 (word evidence) features
L2 = 1.0


def _analyse(f: dict, embedder, cache: str | None) -> list:
    """The file's analyses, from ``cache`` (a directory of pickles) when run before."""
    key = f"{f['name'].replace(' ', '_')}-{len(f['rows'])}-{'e5' if embedder else 'none'}.pkl"
    path = os.path.join(cache, key) if cache else None
    if path and os.path.exists(path):
        with open(path, "rb") as fh:
            return pickle.load(fh)
    analyses = analyse_pairs(
        [(r["src"], r["tgt"]) for r in f["rows"]],
        *f["langs"],
        embedder=embedder,
        mt="auto",
        decide=False,
    )
    if path:
        os.makedirs(cache, exist_ok=True)
        with open(path + ".tmp", "wb") as fh:
            pickle.dump(analyses, fh)
        os.replace(path + ".tmp", path)
    return analyses


def with_faithful(rows: list[dict], picked: list[dict]) -> list[dict]:
    """The sample plus every faithful pair of the file (DEMETR has ~100 a file: the sample
    alone holds ~20, too few to measure false alarms or to find each perturbed pair's
    faithful sibling), in file order."""
    ids = {r["id"] for r in picked} | {r["id"] for r in rows if r["kind"] == "faithful"}
    return [r for r in rows if r["id"] in ids]


def collect(
    limit: int | None, embedder, cache: str | None = None, all_faithful: bool = False
) -> list[dict]:
    """Every file: its rows, language, role (dev/held-out) and per-finding evidence."""
    es = load("es-en-drift.jsonl")
    files = [
        ("corpora dev", "es", "dev", [r for r in es if int(r["id"][1:]) <= DEV_LAST]),
        ("corpora dev2", "es", "dev", load("es-en-dev2.jsonl")),
        ("corpora test", "es", "held-out", [r for r in es if int(r["id"][1:]) > DEV_LAST]),
        ("corpora pt-en", "pt", "held-out", load("pt-en-drift.jsonl")),
    ]
    out = []
    for name, lang, role, rows in files:
        out.append(
            {
                "name": name,
                "lang": lang,
                "role": role,
                "rows": corpus_rows(rows),
                "langs": (lang, "en"),
                "total": len(rows),
            }
        )
    for name in public.available():
        rows, langs = public.load_public(name)
        picked = public.sample(rows, limit)
        if all_faithful and name.startswith("demetr"):
            picked = with_faithful(rows, picked)
        out.append(
            {
                "name": name,
                "lang": langs[0],
                "role": "dev",
                "rows": picked,
                "langs": langs,
                "total": len(rows),
            }
        )
    for f in out:
        began = time.perf_counter()
        analyses = _analyse(f, embedder, cache)
        f["pairs"] = [
            [(g.type, g.severity, decision.finding_features(a, g), g.message) for g in a.findings]
            for a in analyses
        ]
        print(
            f"  {f['name']}: {len(f['rows'])} of {f['total']} pairs analysed in "
            f"{time.perf_counter() - began:.0f} s",
            file=sys.stderr,
        )
    return out


def _faithful_findings(f: dict) -> dict[str, set[tuple[str, str]]]:
    """The findings of the file's faithful pairs, under their source and their target.

    DEMETR perturbs the translation of one source, ContraTICO the source of one
    translation: a finding that a perturbed pair shares with its faithful sibling was not
    caused by the perturbation.
    """
    seen: dict[str, set[tuple[str, str]]] = {}
    for row, found in zip(f["rows"], f["pairs"], strict=True):
        if not row["labels"]:
            for ftype, _sev, _x, message in found:
                for key in (row["src"], row["tgt"]):
                    seen.setdefault(key, set()).add((ftype, message))
    return seen


def rows_for_fit(files: list[dict]) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per type: features, targets and weights (every file the same total weight)."""
    by_type: dict[str, list[tuple[list[float], int, float]]] = {}
    for f in files:
        items = []
        seen = _faithful_findings(f)
        for row, found in zip(f["rows"], f["pairs"], strict=True):
            lab = row["labels"][0] if row["labels"] else None
            if lab is not None and lab["severity"] == "minor":
                continue
            for ftype, _sev, x, message in found:
                if (
                    lab is None
                    or (ftype, message) in seen.get(row["src"], ())
                    or (ftype, message) in seen.get(row["tgt"], ())
                ):
                    # On the faithful pair, or the same finding on its unperturbed
                    # sibling (same source or same translation): a false alarm.
                    items.append((ftype, x, 0))
                elif ftype in lab["accept"]:
                    items.append((ftype, x, 1))
        weight = 1000.0 / max(1, len(items))
        for ftype, x, y in items:
            for key in (ftype, "*"):
                by_type.setdefault(key, []).append((x, y, weight))
    return {
        t: (
            np.array([r[0] for r in v]),
            np.array([r[1] for r in v], float),
            np.array([r[2] for r in v]),
        )
        for t, v in by_type.items()
    }


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method (bias not penalised)."""
    mu, sd = x.mean(0), x.std(0)
    sd[sd < 1e-9] = 1.0
    mu[0], sd[0] = 0.0, 1.0
    z = (x - mu) / sd
    beta = np.zeros(z.shape[1])
    pen = np.full(z.shape[1], L2)
    pen[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        grad = z.T @ (w * (p - y)) + pen * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(pen + 1e-6)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    # Back to raw features: z = (x - mu) / sd.
    raw = beta / sd
    raw[0] = beta[0] - float(np.sum(beta[1:] * mu[1:] / sd[1:]))
    return raw


def fit(files: list[dict]) -> dict:
    data = rows_for_fit(files)
    types = {}
    for t, (x, y, w) in data.items():
        if t != "*" and (y.sum() < 20 or (1 - y).sum() < 20):
            continue  # too few of either: the shared model decides this type
        types[t] = [round(float(v), 6) for v in fit_logistic(x, y, w)]
    model = {"features": list(decision.FEATURES), "types": types, "threshold": 0.5}
    model["threshold"] = choose_threshold(model, files)
    return model


def decided(model: dict | None, found) -> list[tuple[str, str]]:
    if model is None:
        return [(t, s) for t, s, _x, _m in found]
    out = []
    for t, s, x, _m in found:
        p = decision.probability(model, t, x)
        out.append((t, s if p >= model["threshold"] or s == "minor" else "minor"))
    return out


def faithful_flagged(model: dict, f: dict) -> float:
    res = public.score_public(f["rows"], [decided(model, p) for p in f["pairs"]])
    return res["faithful_flagged"] or 0.0


def mean_mcc(model: dict, files: list[dict]) -> float:
    scores = [
        public.score_public(f["rows"], [decided(model, p) for p in f["pairs"]])["mcc"]
        for f in files
    ]
    return float(np.mean([m or 0.0 for m in scores]))


def choose_threshold(model: dict, files: list[dict]) -> float:
    """The lowest threshold at which the files flag on average ≤ 5 % of faithful pairs
    (``--objective ffr``), or the one with the best mean MCC (``--objective mcc``)."""
    if OBJECTIVE == "mcc":
        grid = [round(float(t), 2) for t in np.arange(0.05, 1.0, 0.01)]
        return max(grid, key=lambda t: (round(mean_mcc({**model, "threshold": t}, files), 4), -t))
    for t in np.arange(0.05, 1.0, 0.01):
        trial = {**model, "threshold": float(t)}
        if np.mean([faithful_flagged(trial, f) for f in files]) <= AIM:
            return round(float(t), 2)
    return 1.0


def table(files: list[dict], models: dict[str, dict | None]) -> list[str]:
    lines = [public.TABLE_HEAD]
    for f in files:
        res = public.score_public(f["rows"], [decided(models[f["name"]], p) for p in f["pairs"]])
        f.setdefault("results", []).append(res)
        lines.append(public.table_row(f"{f['name']} ({f['role']})", res, f["total"]))
    return lines


def summary(dev: list[dict]) -> str:
    """Means over the development files of each table (before, in-sample, LOLO)."""
    lines = ["\nMeans over the development files: critical recall, faithful flagged, MCC"]
    for k, name in enumerate(("before", "in-sample", "leave-one-language-out")):
        res = [f["results"][k] for f in dev]
        crit = np.mean([r["severity"]["critical"]["any"] for r in res])
        ffr = np.mean([r["faithful_flagged"] or 0.0 for r in res])
        mcc = np.mean([r["mcc"] or 0.0 for r in res])
        lines.append(f"  {name:<24} {crit:.3f}  {ffr:.3f}  {mcc:.3f}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--limit",
        type=int,
        default=400,
        help="public files: stratified subsample of about N pairs each (0: all)",
    )
    parser.add_argument("--embeddings", action="store_true", help="with e5 evidence (slow)")
    parser.add_argument("--write", action="store_true", help="ship the model fitted on all")
    parser.add_argument(
        "--cache",
        help="keep each file's analyses in this directory (refits without rerunning the checks)",
    )
    parser.add_argument("--json", help="also write the tables and models here")
    parser.add_argument(
        "--objective",
        choices=("ffr", "mcc"),
        default="ffr",
        help="operating point: <= 5 %% faithful flagged (ffr) or best MCC",
    )
    parser.add_argument(
        "--all-faithful",
        action="store_true",
        help="DEMETR: the sample plus every faithful pair of the file",
    )
    parser.add_argument(
        "--only-v1",
        action="store_true",
        help="zero the v2 word-evidence features (to measure what they add)",
    )
    args = parser.parse_args()
    global OBJECTIVE
    OBJECTIVE = args.objective
    files = collect(
        args.limit or None, "auto" if args.embeddings else None, args.cache, args.all_faithful
    )
    if args.only_v1:
        for f in files:
            for found in f["pairs"]:
                for _t, _s, x, _m in found:
                    x[V2_START:] = [0.0] * (len(x) - V2_START)
    dev = [f for f in files if f["role"] == "dev"]
    full = fit(dev)
    langs = sorted({f["lang"] for f in dev})
    lolo = {}
    for lang in langs:
        lolo[lang] = fit([f for f in dev if f["lang"] != lang])
    settings = (
        f"limit={args.limit or 'all'} per public file (stratified, seed 12), "
        f"embeddings={'e5' if args.embeddings else 'none'}, mt=auto"
    )
    print(f"\nBEFORE (the checks' own severities; {settings})")
    print("\n".join(table(files, {f["name"]: None for f in files})))
    print(
        f"\nAFTER, development files in-sample, held-out files out of sample "
        f"(threshold {full['threshold']})"
    )
    print("\n".join(table(files, {f["name"]: full for f in files})))
    print(
        "\nAFTER, leave-one-language-out (fitted and thresholded without the file's "
        "language; pt was never fitted on)"
    )
    print("\n".join(table(files, {f["name"]: lolo.get(f["lang"], full) for f in files})))
    print(
        "\nLeave-one-language-out thresholds: "
        + ", ".join(f"{k} {m['threshold']}" for k, m in lolo.items())
    )
    print(summary(dev))
    full["version"] = decision.VERSION
    full["fit"] = {
        "command": "python bench/drift_fit.py "
        + " ".join(a for a in sys.argv[1:] if not a.startswith("/") and a != "--cache"),
        "objective": OBJECTIVE,
        "settings": settings,
        "files": [f"{f['name']}: {len(f['rows'])} of {f['total']}" for f in dev],
        "aim_faithful_flagged": AIM,
        "l2": L2,
    }
    if args.write:
        os.makedirs(os.path.dirname(decision.DATA), exist_ok=True)
        with open(decision.DATA, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(full, indent=1) + "\n")
        print(f"wrote {decision.DATA}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(
                {
                    "model": full,
                    "lolo": lolo,
                    "files": [
                        {k: f[k] for k in ("name", "lang", "role", "total", "results")}
                        for f in files
                    ],
                },
                fh,
                indent=1,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
