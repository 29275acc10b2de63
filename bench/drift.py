"""Drift-detection benchmark on corpora/drift, with an e5-cosine baseline, in one run.

    python bench/drift.py [--json out.json] [--no-mt] [--no-embeddings] [--show dev|dev2]
                          [--limit N] [--files demetr-fr,contratico-fr] [--no-public]
                          [--no-corpora]

Splits: es-en ids d0001–d0245 are DEVELOPMENT (thresholds and word lists were tuned
on these only), d0246 onwards are TEST; es-en-dev2.jsonl (e0001–) is a second
development set, written after the first was exhausted (tuned on too); pt-en is
reported on its own (no word lists for Portuguese: language-independent signals,
plus MT through Spanish when apertium-es-pt is installed).

Scoring, per split: a gold label counts as found when the pair has a finding of
the same type ("any-type": a finding of any type). Precision of a type is the share
of findings of that type that sit on a pair with a gold label of that type.
Critical recall is over critical gold labels; the false-flag rate is the share of
faithful pairs (no labels) with any finding. The baseline flags a pair when the e5
cosine of source and target is below a threshold chosen on dev (the one with the
best any-type recall at a false-flag rate of at most 10%, else the best F1).

Public files (``../shared/data``: DEMETR fr/de/it/ru/pl/cs, ContraTICO fr; read in
place, see bench/drift_public.py for the label map and the scores): per file, recall
per label, per finding type and per severity, pair precision, faithful pairs flagged
and MCC, a pair being flagged when it has a finding at >= major. ``--limit N`` scores
a fixed stratified subsample of about N pairs per file (the output says so).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict

import numpy as np

from aligner.drift.checks import analyse_pairs

try:  # run as a script (python bench/drift.py) or as a module (python -m bench.drift)
    import drift_public as public
except ImportError:  # pragma: no cover
    from bench import drift_public as public

TYPES = (
    "number",
    "negation",
    "entity",
    "speaker",
    "modality",
    "intensity",
    "omission",
    "addition",
    "meaning",
)
# The types of the target (critical drift): the "critical checks only" operating
# point runs just these and ignores the others.
CRITICAL_TYPES = ("number", "negation", "entity", "speaker", "omission")
DEV_LAST = 245
# The learned decision layer: None = as shipped (aligner.drift.decision.ENABLED);
# --decision on|off forces it.
DECIDE: bool | None = None
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpora", "drift")


def load(name: str) -> list[dict]:
    with open(os.path.join(CORPUS, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(rows: list[dict], found: list[set[str]]) -> dict:
    """Per-type precision/recall, any-type and critical recall, false-flag rate."""
    per_type: dict[str, dict[str, int]] = defaultdict(
        lambda: {"gold": 0, "hit": 0, "flagged": 0, "right": 0}
    )
    crit = crit_hit = anyg = any_hit = faithful = false_flags = 0
    for row, types in zip(rows, found, strict=True):
        gold = {lab["type"] for lab in row["labels"]}
        for t in types:
            per_type[t]["flagged"] += 1
            per_type[t]["right"] += t in gold
        for lab in row["labels"]:
            per_type[lab["type"]]["gold"] += 1
            per_type[lab["type"]]["hit"] += lab["type"] in types
            if lab["severity"] == "critical":
                crit += 1
                crit_hit += lab["type"] in types
        if row["labels"]:
            anyg += 1
            any_hit += bool(types)
        else:
            faithful += 1
            false_flags += bool(types)
    table = {
        t: {
            "gold": v["gold"],
            "recall": v["hit"] / v["gold"] if v["gold"] else None,
            "flagged": v["flagged"],
            "precision": v["right"] / v["flagged"] if v["flagged"] else None,
        }
        for t, v in sorted(per_type.items(), key=lambda kv: TYPES.index(kv[0]))
    }
    return {
        "pairs": len(rows),
        "types": table,
        "any_recall": any_hit / anyg if anyg else None,
        "critical_recall": crit_hit / crit if crit else None,
        "critical_labels": crit,
        "false_flag_rate": false_flags / faithful if faithful else None,
        "faithful_pairs": faithful,
    }


def _located(text: str, words: str | None) -> tuple[int, int] | None:
    """Where a label's words sit in the text (first occurrence), or None without words."""
    if not words:
        return None
    at = text.find(words)
    return (at, at + len(words)) if at >= 0 else None


def _touches(span, where) -> bool:
    return bool(span) and where is not None and span[0] < where[1] and where[0] < span[1]


def span_recall(rows: list[dict], analyses) -> dict:
    """Recall when a label counts only if a finding of its type points at its words.

    A finding points at a label when its source span overlaps the label's ``src_span``
    words or its target span the ``tgt_span`` words. A label with no words on either side
    (an omission has none in the target, an addition none in the source) counts on the
    side it has; one with none at all counts by type, as in :func:`score`.
    """
    hit = total = crit = crit_hit = 0
    for row, a in zip(rows, analyses, strict=True):
        for lab in row["labels"]:
            src_at = _located(row["src"], lab.get("src_span"))
            tgt_at = _located(row["tgt"], lab.get("tgt_span"))
            same = [f for f in a.findings if f.type == lab["type"]]
            if src_at is None and tgt_at is None:
                ok = bool(same)
            else:
                ok = any(_touches(f.source_span, src_at) or _touches(f.target_span, tgt_at)
                         for f in same)  # fmt: skip
            total += 1
            hit += ok
            if lab["severity"] == "critical":
                crit += 1
                crit_hit += ok
    return {"recall": hit / total if total else None,
            "critical_recall": crit_hit / crit if crit else None}  # fmt: skip


def baseline_threshold(sims: list[float], rows: list[dict]) -> float:
    """The cosine threshold with the best recall at ≤10% false flags on these rows."""
    best, best_key = 0.0, (-1.0, -1.0)
    for t in sorted(set(np.round(sims, 3))):
        flagged = [s < t for s in sims]
        drift = [f for f, r in zip(flagged, rows, strict=True) if r["labels"]]
        clean = [f for f, r in zip(flagged, rows, strict=True) if not r["labels"]]
        recall, ffr = sum(drift) / len(drift), sum(clean) / len(clean)
        key = (1.0 if ffr <= 0.10 else 0.0, recall if ffr <= 0.10 else -ffr)
        if key > best_key:
            best, best_key = float(t), key
    return best


def fmt(x: float | None) -> str:
    return "  –  " if x is None else f"{x:5.2f}"


def print_report(name: str, result: dict, base: dict | None) -> None:
    print(f"\n== {name}: {result['pairs']} pairs, {result['faithful_pairs']} faithful")
    print(f"{'type':<10} {'gold':>4} {'recall':>6} {'flagged':>7} {'precision':>9}")
    for t in TYPES:
        v = result["types"].get(t)
        if v:
            print(
                f"{t:<10} {v['gold']:>4} {fmt(v['recall']):>6} {v['flagged']:>7} "
                f"{fmt(v['precision']):>9}"
            )
    print(
        f"any-type recall {fmt(result['any_recall'])}   critical recall "
        f"{fmt(result['critical_recall'])} ({result['critical_labels']} labels)   "
        f"false-flag rate {fmt(result['false_flag_rate'])}"
    )
    spans = result.get("at_the_words")
    if spans:
        print(
            f"pointing at the labelled words: recall {fmt(spans['recall'])}   critical "
            f"recall {fmt(spans['critical_recall'])}"
        )
    only = result["critical_checks_only"]
    print(
        f"critical checks only ({', '.join(CRITICAL_TYPES)}): critical recall "
        f"{fmt(only['critical_recall'])}   false-flag rate {fmt(only['false_flag_rate'])}"
    )
    if base:
        print(
            f"baseline e5 cosine < {base['threshold']:.3f}: any-type recall "
            f"{fmt(base['any_recall'])}   false-flag rate {fmt(base['false_flag_rate'])}"
        )


def show(rows: list[dict], analyses, only_errors: bool = True) -> None:
    """Print the pairs with their gold labels and findings (for error analysis)."""
    for row, a in zip(rows, analyses, strict=True):
        gold = {lab["type"] for lab in row["labels"]}
        got = {f.type for f in a.findings}
        if only_errors and gold == got:
            continue
        print(f"\n{row['id']} gold={sorted(gold) or 'faithful'} got={sorted(got)}")
        print("  S:", row["src"])
        print("  T:", row["tgt"])
        print("  note:", row["note"])
        for f in a.findings:
            print(f"   - {f.type} {f.confidence:.2f}: {f.message}")


def run_split(name, rows, src_lang, tgt_lang, embedder, mt, threshold=None):
    began = time.perf_counter()
    analyses = analyse_pairs(
        [(r["src"], r["tgt"]) for r in rows],
        src_lang,
        tgt_lang,
        embedder=embedder,
        mt=mt,
        decide=DECIDE,
    )
    seconds = time.perf_counter() - began
    found = [{f.type for f in a.findings} for a in analyses]
    result = score(rows, found)
    result["seconds"] = round(seconds, 1)
    only = score(rows, [t & set(CRITICAL_TYPES) for t in found])
    result["critical_checks_only"] = {
        "critical_recall": only["critical_recall"],
        "false_flag_rate": only["false_flag_rate"],
    }
    result["at_the_words"] = span_recall(rows, analyses)
    sims = [a.clauses.similarity for a in analyses]
    base = None
    if all(s is not None for s in sims):
        if threshold is None:
            threshold = baseline_threshold(sims, rows)
        flagged = [{"meaning"} if s < threshold else set() for s in sims]
        b = score(rows, flagged)
        base = {
            "threshold": threshold,
            "any_recall": b["any_recall"],
            "false_flag_rate": b["false_flag_rate"],
        }
    result["baseline"] = base
    return result, analyses, threshold


def run_public(args, embedder, mt) -> dict:
    """Score every public file (a stratified subsample with --limit) and print its table."""
    out, rows_out = {}, []
    names = public.available()
    if args.files:
        names = [n for n in args.files.split(",") if n in names + public.proxies()]
    if not names:
        print(f"\n(no public files under {public.data_dir()}: skipped)")
    for name in names:
        rows, langs = public.load_public(name)
        picked = public.sample(rows, args.limit)
        began = time.perf_counter()
        analyses = analyse_pairs(
            [(r["src"], r["tgt"]) for r in picked], *langs, embedder=embedder, mt=mt, decide=DECIDE
        )
        seconds = time.perf_counter() - began
        found = [[(f.type, f.severity) for f in a.findings] for a in analyses]
        res = public.score_public(picked, found)
        res["total"], res["seconds"], res["langs"] = len(rows), round(seconds, 1), list(langs)
        public.print_public(name, res, len(rows), langs)
        out[name] = res
        rows_out.append(public.table_row(name, res, len(rows)))
    return {"files": out, "table": rows_out}


def corpus_rows(rows: list[dict]) -> list[dict]:
    """corpora/drift rows in the public shape (the most severe label stands for the pair)."""
    out = []
    for r in rows:
        labs = sorted(r["labels"], key=lambda lab: -public.RANK[lab["severity"]])
        kind = f"{labs[0]['severity']}:{labs[0]['type']}" if labs else "faithful"
        out.append(
            {
                **r,
                "kind": kind,
                "labels": [
                    {"type": lab["type"], "severity": lab["severity"], "accept": [lab["type"]]}
                    for lab in labs
                ],
            }
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--no-mt", action="store_true", help="run without Apertium")
    parser.add_argument("--no-embeddings", action="store_true")
    parser.add_argument(
        "--show",
        choices=("dev", "dev2"),
        help="print the errors of a development split (never of test)",
    )
    parser.add_argument("--all", action="store_true", help="with --show: every pair")
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        help="public files: a fixed stratified subsample of about N pairs each",
    )
    parser.add_argument(
        "--files",
        help="public files to run, comma-separated (default all; "
        "the Spanish-source proxies, e.g. demetr-fr>es, only when named)",
    )
    parser.add_argument("--no-public", action="store_true", help="corpora/drift only")
    parser.add_argument("--no-corpora", action="store_true", help="public files only")
    parser.add_argument(
        "--decision",
        choices=("on", "off"),
        help="force the learned decision layer on or off (default: as shipped)",
    )
    args = parser.parse_args()
    global DECIDE
    DECIDE = None if args.decision is None else args.decision == "on"
    embedder = None if args.no_embeddings else "auto"
    mt = None if args.no_mt else "auto"
    results: dict = {}
    table: list[str] = []
    if not args.no_corpora:
        results, table = run_corpora(args, embedder, mt)
    if not args.no_public:
        pub = run_public(args, embedder, mt)
        results["public"] = pub["files"]
        table += pub["table"]
    print(
        f"\nPer file (flagged = a finding at ≥ major; recall = flagged with any finding; "
        f"mt={mt}, embeddings={embedder}, limit={args.limit or 'all'})"
    )
    print(public.TABLE_HEAD)
    print("\n".join(table))
    results["settings"] = {
        "mt": mt,
        "embeddings": embedder,
        "dev_last_id": f"d{DEV_LAST:04d}",
        "limit": args.limit,
        "seed": 12,
    }
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2)
    return 0


def run_corpora(args, embedder, mt) -> tuple[dict, list[str]]:
    es = load("es-en-drift.jsonl")
    dev = [r for r in es if int(r["id"][1:]) <= DEV_LAST]
    test = [r for r in es if int(r["id"][1:]) > DEV_LAST]
    dev2 = load("es-en-dev2.jsonl")
    pt = load("pt-en-drift.jsonl")
    results, analyses = {}, {}
    dev_res, analyses["dev"], threshold = run_split("dev", dev, "es", "en", embedder, mt)
    results["dev"] = dev_res
    results["dev2"], analyses["dev2"], _ = run_split(
        "dev2", dev2, "es", "en", embedder, mt, threshold
    )
    results["test"], analyses["test"], _ = run_split(
        "test", test, "es", "en", embedder, mt, threshold
    )
    results["pt-en"], analyses["pt-en"], _ = run_split(
        "pt", pt, "pt", "en", embedder, mt, threshold
    )
    if args.show == "dev":
        show(dev, analyses["dev"], only_errors=not args.all)
    elif args.show == "dev2":
        show(dev2, analyses["dev2"], only_errors=not args.all)
    names = {
        "dev": "es-en DEV (d0001–d0245, tuned on)",
        "dev2": "es-en DEV2 (e0001–, second development set, tuned on)",
        "test": "es-en TEST (d0246–, held out)",
        "pt-en": "pt-en (no word lists; MT through Spanish if installed)",
    }
    for key, res in results.items():
        print_report(names[key], res, res["baseline"])
    for label, res in (
        ("all checks", results["test"]),
        ("critical checks only", results["test"]["critical_checks_only"]),
    ):
        ffr = res["false_flag_rate"]
        met = (res["critical_recall"] or 0) >= 0.85 and ffr is not None and ffr <= 0.10
        print(
            f"Target on TEST, {label}: critical recall ≥ 0.85 with ≤ 10% of faithful pairs "
            f"flagged: {'MET' if met else 'NOT MET'}"
        )
    table = []
    for key, rows in (("dev", dev), ("dev2", dev2), ("test", test), ("pt-en", pt)):
        found = [[(f.type, f.severity) for f in a.findings] for a in analyses[key]]
        res = public.score_public(corpus_rows(rows), found)
        results[key]["per_file"] = res
        table.append(public.table_row(f"corpora/drift {key}", res))
    return results, table


if __name__ == "__main__":
    sys.exit(main())
