"""Fit the word-by-word judge (``aligner/drift/lexical_judge.py``) and score it per file.

    python bench/drift_flags.py run --out BASE --files FILES       # the base findings
    python bench/drift_words_fit.py --base BASE [--files FILES] [--e5] [--heldout FILES]
                                    [--write] [--budget 0.02]

Each file's pairs are analysed word by word (Apertium's dictionary, cached under
``--cache``), and every candidate (replaced, removed, added) gets its evidence and a
label: 1 in a perturbed pair of a matching kind when the pair's unperturbed twin (the
faithful pair with the same source in DEMETR, the same translation in ContraTICO) has
no candidate of the same kind on the same words; 0 in a faithful pair, or when the twin
has it too (paraphrase both share). Pairs of the corpora files only give 0s (their
faithful pairs). A logistic model per kind is fitted on the fitting files (weighted so
that each file counts the same), and each kind's threshold is the lowest at which the
faithful pairs newly flagged (not already flagged by the base findings) stay within
``--budget`` of each fitting file's faithful pairs.

With ``--e5`` each candidate also gets its e5 undo gain (``aligner/drift/lexical_e5.py``;
one embedder call per file, the texts deduplicated and cached by content).

Printed: leave-one-file-out (each file scored by the fit on the others; ContraTICO is in
every fit but its own), then the fit on all, per file (and on ``--heldout`` files): critical
pairs flagged at >= major by any finding (base → with the judge), genuine ones (a
finding the faithful twin lacks), faithful pairs flagged. ``--write`` ships the fit on
all files as ``aligner/drift/data/lexical_judge.json``; ``--save DIR`` writes each
left-out file's findings (base and the judge's) for ``drift_flags.py table --out DIR``.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys

import numpy as np

try:
    import drift_flags as flags
    from drift_fit import fit_logistic
except ImportError:  # pragma: no cover
    from bench import drift_flags as flags
    from bench.drift_fit import fit_logistic

from aligner.drift import lexical_judge as judge

FILES = "demetr-fr>es,demetr-it>es,contratico-fr>es,corpora-dev,corpora-dev2"
CACHE = os.path.join(os.path.expanduser("~"), ".cache", "aligner-bench", "words")
# Which file labels each kind of candidate finds.
FINDS = {
    "replaced": {"critical:antonym", "major:hypernym", "alteration", "critical:gender"},
    "removed": {
        "critical:noun_removed",
        "critical:verb_removed",
        "critical:adj_adv_removed",
        "critical:subj_removed",
        "major:pp_removed",
        "expansion_impact",
    },
    "added": {"critical:addition", "omission"},
}
# The finding type and severity each kind is reported as, and the labels' accepted types.
REPORT = {
    "replaced": ("meaning", "major"),
    "removed": ("omission", "major"),
    "added": ("addition", "major"),
}


def words_of(name: str, rows: list[dict], langs: tuple[str, str], cache: str) -> list:
    """Both sides word by word for every pair (cached per file)."""
    from aligner.drift.checks import read_side
    from aligner.drift.lexical_check import gather

    path = os.path.join(cache, name.replace(">", "-to-") + f"-{len(rows)}.pkl")
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return pickle.load(fh)
    sides = [(read_side(r["src"], langs[0]), read_side(r["tgt"], langs[1])) for r in rows]
    out = gather(sides, *langs)
    if rows and all(w is None for w in out):  # no analysis (route or stage missing): not cached
        return out
    os.makedirs(cache, exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump(out, fh)
    return out


def _key(c: judge.Candidate) -> tuple:
    return (c.kind, c.src.lemma if c.src else "", c.tgt.lemma if c.tgt else "")


def e5_candidates(rows: list[dict], cands: list[list]) -> tuple[list[list], float, int]:
    """The candidates with their e5 undo gains: every text of the file in one embedder
    call (deduplicated; the embedder's cache keys them by content). Also the seconds
    that call took and the number of distinct texts."""
    import time

    from aligner.alignment.embed import load_embedder
    from aligner.drift import lexical_e5

    model, problem = load_embedder()
    if model is None:
        raise SystemExit(f"--e5 needs the embedding model: {problem}")
    texts = [
        lexical_e5.texts_to_embed(r["src"], r["tgt"], cs) for r, cs in zip(rows, cands, strict=True)
    ]
    flat = list(dict.fromkeys(t for ts in texts for t in ts))
    began = time.perf_counter()
    matrix = model.embed(flat) if flat else None
    seconds = time.perf_counter() - began
    index = {t: matrix[i] for i, t in enumerate(flat)}
    out = [
        lexical_e5.with_e5(r["src"], r["tgt"], cs, index) for r, cs in zip(rows, cands, strict=True)
    ]
    return out, seconds, len(flat)


def load(name: str, base: str, cache: str, e5: bool = False) -> dict:
    """One file: rows, base findings, candidates per pair, and each candidate's label."""
    rows = flags.read(base, name)
    _, langs, _ = flags.load_file(name, 600)
    words = words_of(name, rows, langs, cache)
    cands = [judge.candidates(*w, *langs) if w else [] for w in words]
    if e5:
        cands, seconds, n = e5_candidates(rows, cands)
        print(f"{name}: {n} texts embedded in {seconds:.1f} s ({len(rows)} pairs)", flush=True)
    twin_by = "tgt" if name.startswith("contratico") else "src"
    twins: dict[str, set] = {}
    for r, cs in zip(rows, cands, strict=True):
        if not r["labels"]:
            twins.setdefault(r[twin_by], set()).update(_key(c) for c in cs)
    labels = []
    for r, cs in zip(rows, cands, strict=True):
        twin = twins.get(r[twin_by], set())
        labels.append(
            [
                0
                if not r["labels"] or _key(c) in twin
                else 1
                if r["kind"] in FINDS[c.kind] and not name.startswith("corpora")
                else None
                for c in cs
            ]
        )
    return {"name": name, "rows": rows, "cands": cands, "labels": labels}


def fit(files: list[dict], budget: float) -> dict:
    """Weights per kind, then the thresholds within the faithful budget."""
    kinds = {}
    for kind in judge.KINDS:
        xs, ys, ws = [], [], []
        for f in files:
            items = [
                (c.x, y)
                for cs, ls in zip(f["cands"], f["labels"], strict=True)
                for c, y in zip(cs, ls, strict=True)
                if c.kind == kind and y is not None
            ]
            for x, y in items:
                xs.append(x)
                ys.append(y)
                ws.append(1000.0 / max(1, len(items)))
        x, y, w = np.array(xs), np.array(ys, float), np.array(ws)
        if y.sum() < 3:
            continue
        pos = y == 1
        w[pos] *= w[~pos].sum() / w[pos].sum()  # balance the classes
        kinds[kind] = {
            "weights": [round(float(v), 5) for v in fit_logistic(x, y, w)],
            "threshold": 1.0,
        }
    model = {"features": list(judge.FEATURES), "kinds": kinds}
    for kind, t in thresholds(files, model, budget).items():
        kinds[kind]["threshold"] = t
    return model


def _probabilities(f: dict, model: dict, kind: str) -> list[float]:
    """Per pair, the highest probability of a candidate of this kind (0 when none)."""
    w = model["kinds"][kind]["weights"]
    return [
        max((judge.probability(w, c.x) for c in cs if c.kind == kind), default=0.0)
        for cs in f["cands"]
    ]


def thresholds(files: list[dict], model: dict, budget: float) -> dict[str, float]:
    """Greedy: lower the kind whose next step gains the most critical pairs not flagged
    before, while every file's faithful pairs newly flagged stay within the budget."""
    kinds = list(model["kinds"])
    probs = {f["name"]: {k: _probabilities(f, model, k) for k in kinds} for f in files}
    steps = [round(float(t), 2) for t in np.arange(0.99, 0.3, -0.01)]
    at = dict.fromkeys(kinds, 0)  # index into steps

    def counts(level: dict[str, int]) -> tuple[int, bool]:
        gain, ok = 0, True
        for f in files:
            new_faithful = 0
            for i, r in enumerate(f["rows"]):
                if flags.flagged(r):
                    continue
                hit = any(probs[f["name"]][k][i] >= steps[level[k]] for k in kinds)
                if not hit:
                    continue
                if not r["labels"]:
                    new_faithful += 1
                elif r["labels"][0]["severity"] == "critical":
                    gain += 1
            ok &= new_faithful <= budget * sum(not r["labels"] for r in f["rows"])
        return gain, ok

    current, _ = counts(at)
    while True:
        best = None
        for k in kinds:
            for nxt in range(at[k] + 1, len(steps)):
                trial = {**at, k: nxt}
                gain, ok = counts(trial)
                if not ok:
                    break
                if gain > current:
                    if best is None or gain > best[0]:
                        best = (gain, trial)
                    break
        if best is None:
            break
        current, at = best
    return {k: steps[at[k]] for k in kinds}


def findings(f: dict, model: dict) -> list[list[dict]]:
    """The base findings plus the judge's, per pair, in the saved format."""
    out = []
    for r, cs in zip(f["rows"], f["cands"], strict=True):
        extra = []
        for c, p in judge.judged(cs, model):
            typ, sev = REPORT[c.kind]
            src = (c.src.start, c.src.end) if c.src else None
            tgt = (c.tgt.start, c.tgt.end) if c.tgt else None
            extra.append(
                {
                    "type": typ,
                    "severity": sev,
                    "src": src,
                    "tgt": tgt,
                    "message": c.kind,
                    "confidence": p,
                    "check": "words",
                }
            )
        out.append(r["findings"] + extra)
    return out


def report(f: dict, found: list[list[dict]]) -> str:
    from drift_synonyms import genuine_counts

    rows = f["rows"]
    after = [{**r, "findings": fs} for r, fs in zip(rows, found, strict=True)]
    b = genuine_counts(rows)
    a = genuine_counts(after)

    def any_crit(rs: list[dict]) -> int:
        return sum(
            bool(flags.flagged(r))
            for r in rs
            if r["labels"] and r["labels"][0]["severity"] == "critical"
        )

    n_crit = b[1]
    return (
        f"{f['name']}: critical (any) {any_crit(rows)}/{n_crit} -> {any_crit(after)}/"
        f"{n_crit}, genuine {b[0]} -> {a[0]}, faithful flagged {b[2]}/{b[3]} -> "
        f"{a[2]}/{a[3]}"
    )


def save(folder: str, f: dict, found: list[list[dict]]) -> None:
    """The file's findings with the judge's, in ``drift_flags.py``'s format (its
    ``table`` reads them)."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f["name"].replace(">", "-to-") + ".jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r, fs in zip(f["rows"], found, strict=True):
            fh.write(json.dumps({**r, "findings": fs}, ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True, help="drift_flags.py run --out folder")
    parser.add_argument("--files", default=FILES)
    parser.add_argument("--cache", default=CACHE)
    parser.add_argument("--budget", type=float, default=0.02)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--e5", action="store_true", help="the e5 undo gains as features")
    parser.add_argument("--heldout", default="", help="files scored with the fit on all only")
    parser.add_argument("--save", help="folder for each left-out file's findings (LOFO)")
    args = parser.parse_args()
    files = [load(n, args.base, args.cache, args.e5) for n in args.files.split(",")]
    # Leave one file out; ContraTICO (whose harmless synonym swaps look like replaced
    # words) is in every fit but its own.
    for f in files:
        model = fit([g for g in files if g is not f], args.budget)
        print(
            f"fit without {f['name']}: thresholds "
            f"{ {k: v['threshold'] for k, v in model['kinds'].items()} }"
        )
        found = findings(f, model)
        print("  held out " + report(f, found), flush=True)
        if args.save:
            save(args.save, f, found)
    model = fit(files, args.budget)
    print(f"fit on all: thresholds { {k: v['threshold'] for k, v in model['kinds'].items()} }")
    for kind, m in model["kinds"].items():
        print(
            f"  {kind}: "
            + ", ".join(f"{n}={w:+.2f}" for n, w in zip(judge.FEATURES, m["weights"], strict=True))
        )
    for f in files:
        print("  " + report(f, findings(f, model)))
    for name in filter(None, args.heldout.split(",")):
        f = load(name, args.base, args.cache, args.e5)
        print("  held-out file " + report(f, findings(f, model)))
    if args.write:
        with open(judge.DATA, "w", encoding="utf-8") as fh:
            json.dump(model, fh, indent=1)
            fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
