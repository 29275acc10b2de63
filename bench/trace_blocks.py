"""`aligner trace` on corpora/trace by block: the articles the shipped models were fitted
on, the articles written after them (held out), and all; both routes, with intervals.

    python bench/trace_blocks.py out.json --traced PICKLE [--fitted-on PATTERN...]
                                 [--also PATTERN...] [--unsourced-share SHARE]
                                 [--errors] [--drift] [--weights-out PATH] [--no-mt]
                                 [--index-clauses]

Traces every article of corpora/trace once through both routes (the `--distractors`
archive of bench/trace.py read directly, and an index of it built in a temp folder,
files only; bench/trace_lexicon.py's ``trace_routes``), or reads the traces an earlier
run saved (``--traced``: written when missing, read when present). Labels are read
again from corpora/trace/labels.jsonl and checked (bench/trace.py's ``check_labels``).
Then scores, per route, three protocols on the same candidates:

- ``shipped``: the shipped model (aligner/pipelines/trace/weights.json), fitted on the
  articles matching ``--fitted-on`` (a01–a35): in-sample on them, held out on the rest;
- ``fit_on_old``: every old article by a model fitted on the other old articles (LOAO),
  every new article by the model fitted on all old ones: the shipped protocol, out of
  sample everywhere;
- ``loao_all``: every article by a model fitted on all the other articles, old and new
  (the refit on the larger set, out of sample);

each over the old block, the new block and all, with 95 % Wilson intervals (statements
independent) and an article bootstrap of no-source precision (resampling articles keeps
an article's errors together). Models are fitted on the file route's candidates, as
shipped (bench/trace_routes.py), and the index route is scored by them.
``--weights-out`` writes the model fitted on the ``--fitted-on`` articles (the one that
scores the new block; ``--fitted-on 'a*'`` for every article);
``--unsourced-share`` fits every refit's calibration and cut with the unsourced
statements weighing that share of all (bench/trace.py's ``mix_weights``), whatever share
the training articles were written with; ``--no-mt`` traces without Apertium and scores
with weights-nomt.json (the traces saved apart: a pickle is one or the other);
``--index-clauses`` builds the index with clauses (`aligner index build --clauses`);
``--drift`` adds the drift findings on the best match of the unsourced statements the
shipped model finds (file route), beside the false alarms on exact quotes.
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.util
import json
import os
import sys

import numpy as np

from aligner.drift.checks import check_pairs
from aligner.pipelines.trace.rerank import load_model, weights_path

HERE = os.path.dirname(os.path.abspath(__file__))


# bench/trace_claim.py loads bench/trace_lexicon.py, which loads bench/trace.py.
_spec = importlib.util.spec_from_file_location(
    "bench_trace_claim", os.path.join(HERE, "trace_claim.py")
)
claim = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(claim)  # type: ignore[union-attr]
lexicon, bench = claim.lexicon, claim.bench
OLD = ["a0*", "a1*", "a2*", "a3[0-5]*"]  # the articles the shipped models were fitted on


def with_intervals(figures: dict) -> dict:
    """bench/trace.py's figures, brief, with each rate's Wilson interval and counts."""
    c = figures["counts"]
    said_none = c.get("none_said", 0) + c.get("said_none_wrongly", 0)
    rates = {
        "p_at_1": (c.get("p1", 0), c.get("sourced", 0)),
        "recall_at_5": (c.get("r5", 0), c.get("sourced", 0)),
        "no_source_precision": (c.get("none_said", 0), said_none),
        "no_source_recall": (c.get("none_said", 0), c.get("none", 0)),
    }
    out = {}
    for name, (k, n) in rates.items():
        out[name] = round(k / max(1, n), 3)
        out[f"{name}_n"] = f"{k}/{n}"
        out[f"{name}_wilson95"] = figures["wilson95"][name]
    out["sourced_said_none"] = c.get("said_none_wrongly", 0)
    out["unsourced_found"] = c.get("none", 0) - c.get("none_said", 0)
    out["per_type"] = figures["per_type"]
    out["by_statement_kind"] = figures["by_statement_kind"]
    return out


def bootstrap_precision(runs: list, draws: int = 20000, seed: int = 14) -> dict:
    """No-source precision over article resamples: 95 % interval, share ≥ 0.90."""
    per = [bench.evaluate([run])["counts"] for run in runs]
    right = np.array([c.get("none_said", 0) for c in per], dtype=float)
    said = np.array([c.get("none_said", 0) + c.get("said_none_wrongly", 0) for c in per], float)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(runs), size=(draws, len(runs)))
    prec = right[picks].sum(axis=1) / np.maximum(1, said[picks].sum(axis=1))
    lo, hi = np.percentile(prec, [2.5, 97.5])
    return {"article_bootstrap95": [round(float(lo), 3), round(float(hi), 3)],
            "share_at_least_0.90": round(float((prec >= 0.9).mean()), 3)}  # fmt: skip


def by_block(runs: list, old: list[bool], also: list[bool]) -> dict:
    """Figures over the old block, the new block, all, and the ``--also`` articles."""
    out = {}
    blocks = {"old": old, "new": [not o for o in old], "all": [True] * len(old), "also": also}
    for block, keep in blocks.items():
        chosen = [r for r, k in zip(runs, keep, strict=True) if k]
        if chosen:
            out[block] = with_intervals(bench.evaluate(chosen))
            out[block]["no_source_precision_bootstrap"] = bootstrap_precision(chosen)
    return out


def scored(test: list, train: list, fitted_on: list[bool], protocol: str,
           share: float | None = None) -> list:  # fmt: skip
    """(result, verdicts, labelled) per article of ``test`` (one route), each scored by a
    model fitted on the file route's candidates (``train``) of the articles the
    protocol allows: ``fit_on_old`` (old articles but itself), ``loao_all`` (all but
    itself)."""
    runs, cache = [], {}
    for i, (result, pairs) in enumerate(test):
        allowed = [j for j in range(len(train)) if j != i
                   and (protocol == "loao_all" or fitted_on[j])]  # fmt: skip
        key = tuple(allowed)
        if key not in cache:
            cache[key] = bench.fit_model([train[j] for j in allowed], share=share)
        runs.append((result, bench.rescored(result, cache[key]), pairs))
    return runs


def found_drift(runs: list, old: list[bool]) -> dict:
    """Drift findings (``check_pairs`` on the best match and the statement, as `trace`
    runs it; its pair-level speaker findings left out, as there) of the unsourced
    statements said found, beside those of exact quotes matched right (false alarms),
    per block."""
    groups: dict[str, list] = {}
    for (result, verdicts, pairs), is_old in zip(runs, old, strict=True):
        for label, k in pairs:
            v = verdicts[k]
            if not v.matches or label["type"] not in ("none", "exact"):
                continue
            top = v.ranked[0][0]
            gold = bench.gold_spans(label, result.sources) if label["sources"] else []
            right = any(bench.overlaps(top.doc, top.start, top.end, g) for g in gold)
            if label["type"] == "none" or right:
                key = f"{'none_found' if label['type'] == 'none' else 'exact_right'}_" + (
                    "old" if is_old else "new"
                )
                groups.setdefault(key, []).append((top.text, result.statements[k].statement))
    out = {}
    for key, items in sorted(groups.items()):
        found = check_pairs([(text, st.content) for text, st in items], "es", "en")
        types = [sorted({f.type for f in fs if f.type != "speaker"}) for fs in found]
        out[key] = {"n": len(items), "with_finding": sum(bool(t) for t in types),
                    "number": sum("number" in t for t in types)}  # fmt: skip
        if key.startswith("none"):
            out[key]["statements"] = [
                [st.content, t] for (_x, st), t in zip(items, types, strict=True)
            ]
    return out


def relabel(traced: dict) -> dict:
    """The traces with their labels read again (labels.jsonl may have changed since)."""
    labels = bench.load_labels()
    out = {}
    for route, runs in traced.items():
        out[route] = []
        for result, _pairs in runs:
            name = os.path.basename(result.article.path)
            mine = [lb for lb in labels if lb["article"] == name]
            out[route].append((result, bench.labelled(result, mine)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--traced", required=True, help="Traces of both routes (read or written).")
    ap.add_argument("--fitted-on", nargs="+", default=OLD, metavar="PATTERN",
                    help="The articles the shipped models were fitted on.")  # fmt: skip
    ap.add_argument("--also", nargs="*", default=[], metavar="PATTERN",
                    help="Also report these articles as a block of their own.")  # fmt: skip
    ap.add_argument("--errors", action="store_true", help="List the no-source errors.")
    ap.add_argument("--weights-out", help="Write the model fitted on --fitted-on here.")
    ap.add_argument("--unsourced-share", type=float, metavar="SHARE",
                    help="Refits weigh unsourced statements as this share of all.")  # fmt: skip
    ap.add_argument("--index-clauses", action="store_true",
                    help="Build the index with clauses (when tracing).")  # fmt: skip
    ap.add_argument("--no-mt", action="store_true",
                    help="Trace without Apertium; score weights-nomt.json.")  # fmt: skip
    ap.add_argument("--drift", action="store_true",
                    help="Drift findings of the unsourced statements found (shipped).")  # fmt: skip
    args = ap.parse_args()
    problems = bench.check_labels(bench.load_labels())
    if problems:
        sys.exit("labels.jsonl: " + "; ".join(problems))
    traced = lexicon.saved_traces(args.traced, mt=None if args.no_mt else "auto",
                                  clauses=args.index_clauses)  # fmt: skip
    traced = relabel(traced)
    names = [os.path.basename(r.article.path) for r, _p in traced["file"]]
    old = [any(fnmatch.fnmatch(n, p) for p in args.fitted_on) for n in names]
    also = [any(fnmatch.fnmatch(n, p) for p in args.also) for n in names]
    shipped = load_model(weights_path(not args.no_mt))
    found = sum(len(p) for _r, p in traced["file"])
    report: dict = {"articles": {"old": sum(old), "new": len(old) - sum(old)},
                    "labels_not_found": len(bench.load_labels()) - found}  # fmt: skip
    for route in ("file", "index"):
        runs = {"shipped": [(r, bench.rescored(r, shipped), p) for r, p in traced[route]]}
        for protocol in ("fit_on_old", "loao_all"):
            runs[protocol] = scored(traced[route], traced["file"], old, protocol,
                                    args.unsourced_share)  # fmt: skip
        report[route] = {name: by_block(r, old, also) for name, r in runs.items()}
        if args.drift and route == "file":
            report["drift_found"] = found_drift(runs["shipped"], old)
        if args.errors:
            report[route]["errors"] = {name: claim.error_list(r) for name, r in runs.items()}
        print(route, json.dumps({n: {b: {k: f[k] for k in ("p_at_1", "recall_at_5",
              "no_source_precision", "no_source_recall")} for b, f in v.items()}
              for n, v in report[route].items() if n != "errors"}), file=sys.stderr)  # fmt: skip
    if args.weights_out:
        fitted = [rp for rp, o in zip(traced["file"], old, strict=True) if o]
        note = ("fitted on corpora/trace " + " ".join(args.fitted_on) + " by: python"
                " bench/trace_blocks.py --weights-out" + " --no-mt" * args.no_mt
                + (f" --unsourced-share {args.unsourced_share}" if args.unsourced_share
                   else ""))  # fmt: skip
        bench.write_model(bench.fit_model(fitted, share=args.unsourced_share),
                          args.weights_out, note)  # fmt: skip
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


if __name__ == "__main__":
    main()
