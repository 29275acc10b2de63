"""`aligner trace` on corpora/trace: retrieval, no-source and drift figures, and the fit.

    python bench/trace.py [--fit] [--distractors] [--show] [--json out.json] [--no-mt]
                          [--held-out PATTERN...] [--weights-out PATH] [--index]
                          [--no-passage-cache] [--no-clauses] [--model PATH]
                          [--compare-without NAME] [--index-clauses]

Every article of corpora/trace/articles is traced against the whole archive of
corpora/trace/sources (its own sources hidden among the other stories' documents and
same-speaker distractors). Labels (corpora/trace/labels.jsonl) are matched to the
statements the finder reports by their quote (a substring of the statement; the
shortest such statement wins). Figures, over the labelled statements the finder reports:

- P@1: share of statements with a source whose top-ranked candidate overlaps a gold span;
- R@5: share whose five shown candidates overlap every gold span (a stitched quote: both);
- found: share of statements with a source reported as found (score ≥ threshold);
- no-source precision/recall: "no source found" against the statements labelled none;
- drift: share of changed-figure matches with a number finding, of changed-speaker
  matches with a speaker finding, and of exact quotes with any finding (false alarms);
- latency per statement (translate + embed the statements + rerank; the sources' own
  embeddings come from the cache after the first run, which is timed apart). The
  sources' candidate passages are found once per process and reused by the following
  articles (aligner.pipelines.trace.source_passages); ``--no-passage-cache`` finds them
  again for every article, as a one-article `aligner trace` run does.

``--fit`` (with ``--no-mt``: the model used where Apertium is missing,
weights-nomt.json) fits the reranker's logistic weights on every candidate (label: Jaccard ≥ 0.5
with a gold span) and writes aligner/pipelines/trace/weights.json; the figures printed
are leave-one-article-out (each article scored with weights fitted on all the others)
next to the all-data fit. Without --fit, the shipped weights are scored.
``--weights-out`` writes the fit elsewhere (the shipped files stay as they are);
``--unsourced-share`` weighs the unsourced statements as that share of all in the
calibration and its cut (the shipped weights.json: 0.17, fitted on a01–a46 by
bench/trace_blocks.py);
``--held-out`` adds the figures over the articles matching the patterns alone (the
articles written after the shipped models were fitted).

``--compare-without NAME`` (with ``--fit``) also scores leave-one-article-out with
models fitted without that reranker feature or calibration input (its column set to 0
in the fit, so it weighs 0: ``leave_one_article_out_without``): the models as they were
before it, on the same candidates in the same run.

``--index`` builds an index of the same archive (aligner.pipelines.trace.index, in a temp
folder; its build time is reported; ``--index-clauses``: with the clauses of long
sentences, as `aligner index build --clauses`) and traces every article through it
(aligner.pipelines.trace.indexed) instead of reading the sources: the same figures, to
set beside the file route's. The index holds files only: with ``--distractors`` the
drift-pair sentences (documents made in memory) are left out of that route.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict

import numpy as np

from aligner.alignment.engine import load_document
from aligner.pipelines.trace import (
    TraceResult,
    rescore,
    shown,
    source_passages,
    trace_documents,
    verdict,
)
from aligner.pipelines.trace.rerank import (
    CALIBRATION,
    FEATURES,
    Model,
    calibration_row,
    load_model,
    logit,
    weights_path,
)
from aligner.types import Document

HERE = os.path.dirname(os.path.abspath(__file__))
# "search" and "candidates": --index only
QUERY_STAGES = ("translate", "embed", "search", "candidates", "rerank")
CORPUS = os.path.join(os.path.dirname(HERE), "corpora", "trace")
TYPES = ("exact", "partial", "stitched", "paraphrase", "figure", "speaker", "addition", "none")


def load_labels() -> list[dict]:
    with open(os.path.join(CORPUS, "labels.jsonl"), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check_labels(labels: list[dict]) -> list[str]:
    """What is wrong with labels.jsonl: a gold passage that is not in its source document
    exactly once, a ``none`` label with sources or a sourced one without, an unknown type."""
    texts: dict[str, str] = {}
    problems = []
    for lb in labels:
        where = f"{lb['article']} {lb['quote']!r}"
        if lb["type"] not in TYPES:
            problems.append(f"{where}: unknown type {lb['type']!r}")
        if (lb["type"] == "none") != (not lb["sources"]):
            problems.append(f"{where}: type {lb['type']} with {len(lb['sources'])} sources")
        for s in lb["sources"]:
            path = os.path.join(CORPUS, "sources", s["document"])
            if path not in texts:
                texts[path] = ""
                if os.path.isfile(path):
                    with open(path, encoding="utf-8") as fh:
                        texts[path] = fh.read()
            if (n := texts[path].count(s["text"])) != 1:
                problems.append(f"{where}: gold passage found {n} times in {s['document']}")
    return problems


def distractor_documents() -> list[Document]:
    """The archive's extra Spanish documents: corpora/trace/distractors (the stories'
    speakers and topics on other days), the project's other Spanish news
    (corpora/parallel, corpora/heldout, corpora/seed) and the Spanish sides of the drift
    pairs (corpora/drift, every distinct source sentence once, 20 to a document). All
    were written for this project; none holds a labelled source."""
    root = os.path.dirname(CORPUS)
    names = [os.path.join(CORPUS, "distractors", n)
             for n in sorted(os.listdir(os.path.join(CORPUS, "distractors")))]  # fmt: skip
    for folder in ("parallel", "heldout", "seed"):
        where = os.path.join(root, folder)
        names += [os.path.join(where, n) for n in sorted(os.listdir(where))
                  if n.endswith(".es.txt")]  # fmt: skip
    docs = [load_document(name, "es") for name in names]
    for name in ("es-en-drift.jsonl", "es-en-dev2.jsonl"):
        path = os.path.join(root, "drift", name)
        with open(path, encoding="utf-8") as fh:
            seen = list(dict.fromkeys(json.loads(line)["src"] for line in fh if line.strip()))
        for k in range(0, len(seen), 20):
            text = "\n\n".join(seen[k : k + 20]) + "\n"
            docs.append(load_document(f"{path}#{k // 20 + 1:02d}", "es", text=text))
    return docs


def gold_spans(label: dict, sources) -> list[tuple[int, int, int]]:
    """(doc index, start, end) of each gold passage."""
    by_name = {os.path.basename(d.path): k for k, d in enumerate(sources)}
    out = []
    for s in label["sources"]:
        if s["document"] not in by_name:  # --index: only the documents a search reached
            out.append((-1, 0, 0))
            continue
        k = by_name[s["document"]]
        start = sources[k].text.index(s["text"])
        out.append((k, start, start + len(s["text"])))
    return out


def overlaps(doc: int, start: int, end: int, gold: tuple[int, int, int]) -> bool:
    return doc == gold[0] and start < gold[2] and gold[1] < end


def jaccard(doc: int, start: int, end: int, gold: tuple[int, int, int]) -> float:
    if doc != gold[0]:
        return 0.0
    inter = max(0, min(end, gold[2]) - max(start, gold[1]))
    return inter / (max(end, gold[2]) - min(start, gold[1]))


def labelled(result: TraceResult, labels: list[dict]) -> list[tuple[dict, int]]:
    """(label, statement index) for the labels whose quote the finder reported."""
    out = []
    for label in labels:
        contents = [t.statement.content for t in result.statements]
        hits = [k for k, content in enumerate(contents) if label["quote"] in content]
        if hits:
            out.append((label, min(hits, key=lambda k: len(contents[k]))))
    return out


def rescored(result: TraceResult, model: Model) -> list:
    """The statements' verdicts under another model (same retrieved candidates)."""
    out = []
    for t in result.statements:
        kind = t.statement.kind
        ranked = rescore([(p, row) for p, _s, row in t.whole], kind, model)
        parts = [rescore([(p, row) for p, _s, row in part], kind, model) for part in t.parts]
        out.append(verdict(t.statement, ranked, result.sources, model.threshold, parts))
    return out


def evaluate(runs: list[tuple[TraceResult, list, list[tuple[dict, int]]]]) -> dict:
    """Figures over (result, verdicts, labelled) of each article."""
    c: Counter = Counter()
    per_type: dict[str, Counter] = defaultdict(Counter)
    by_kind: dict[str, Counter] = defaultdict(Counter)  # the statement finder's kind
    for result, verdicts, pairs in runs:
        for label, k in pairs:
            v = verdicts[k]
            typ = label["type"]
            per_type[typ]["n"] += 1
            kind = by_kind[result.statements[k].statement.kind]
            if typ == "none":
                c["none"] += 1
                c["none_said"] += not v.matches
                kind["none"] += 1
                kind["none_said"] += not v.matches
                per_type[typ]["right"] += not v.matches
                continue
            gold = gold_spans(label, result.sources)
            c["sourced"] += 1
            top = v.ranked[0][0] if v.ranked else None
            hit1 = top is not None and any(overlaps(top.doc, top.start, top.end, g) for g in gold)
            five = [(p.doc, p.start, p.end) for p, _s in shown(v.ranked, v.parts)]
            docs = {os.path.basename(d.path): i for i, d in enumerate(result.sources)}
            all5 = all(any(overlaps(d, s, e, g) for d, s, e in five) for g in gold)
            c["p1"] += hit1
            c["r5"] += all5
            reported = [(docs[os.path.basename(m.document)], m.start, m.end) for m in v.matches]
            c["r_reported"] += all(any(overlaps(*m, g) for m in reported) for g in gold)
            c["found"] += bool(v.matches)
            c["said_none_wrongly"] += not v.matches
            kind["sourced"] += 1
            kind["said_none_wrongly"] += not v.matches
            per_type[typ]["p1"] += hit1
            per_type[typ]["r5"] += all5
            per_type[typ]["found"] += bool(v.matches)
    said_none = c["none_said"] + c["said_none_wrongly"]
    return {
        "counts": dict(c),
        "wilson95": {
            "p_at_1": wilson(c["p1"], c["sourced"]),
            "recall_at_5": wilson(c["r5"], c["sourced"]),
            "no_source_precision": wilson(c["none_said"], said_none),
            "no_source_recall": wilson(c["none_said"], c["none"]),
        },
        "per_type": {k: dict(v) for k, v in per_type.items()},
        "by_statement_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
        "p_at_1": c["p1"] / max(1, c["sourced"]),
        "recall_at_5": c["r5"] / max(1, c["sourced"]),
        "recall_reported": c["r_reported"] / max(1, c["sourced"]),
        "found": c["found"] / max(1, c["sourced"]),
        "no_source_precision": c["none_said"] / max(1, c["none_said"] + c["said_none_wrongly"]),
        "no_source_recall": c["none_said"] / max(1, c["none"]),
    }


def wilson(k: int, n: int, z: float = 1.96) -> list[float]:
    """95 % Wilson score interval of k successes in n trials (statements independent)."""
    if n == 0:
        return [0.0, 1.0]
    p, shrink = k / n, 1 + z * z / n
    mid = (p + z * z / (2 * n)) / shrink
    half = z * float(np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))) / shrink
    return [round(mid - half, 3), round(mid + half, 3)]


def drift_figures(results: list[TraceResult], pairs_per: list) -> dict:
    """Findings on the shipped verdicts: expected number/speaker findings, exact-quote alarms."""
    c: Counter = Counter()
    for result, pairs in zip(results, pairs_per, strict=True):
        for label, k in pairs:
            t = result.statements[k]
            types = {f.type for f in t.findings}
            gold = gold_spans(label, result.sources) if label["sources"] else []
            right = bool(t.matches) and any(
                overlaps(*_doc_span(result, t.matches[0]), g) for g in gold
            )
            if label["expect"]:
                c[f"{label['expect']}_n"] += 1
                c[f"{label['expect']}_matched"] += right
                c[f"{label['expect']}_flagged"] += right and label["expect"] in types
            if right and label["type"] != "none":
                kind = label["type"]
                c[f"type_{kind}_matched"] += 1
                c[f"type_{kind}_any_finding"] += bool(types)
                for typ in types:
                    c[f"type_{kind}_finding_{typ}"] += 1
    return dict(c)


def _doc_span(result: TraceResult, m) -> tuple[int, int, int]:
    k = [d.path for d in result.sources].index(m.document)
    return k, m.start, m.end


def fit(raw: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50,
        weights: np.ndarray | None = None) -> np.ndarray:  # fmt: skip
    """Logistic regression by Newton steps on standardised features (L2 on all but the
    bias), returned as weights on the raw features; ``weights``: each row's weight."""
    sw = np.ones(len(y)) if weights is None else weights
    mean, std = raw.mean(axis=0), raw.std(axis=0)
    mean[0], std[0] = 0.0, 1.0
    std[std == 0] = 1.0
    rows = (raw - mean) / std
    w = np.zeros(rows.shape[1])
    reg = np.full(rows.shape[1], l2)
    reg[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(rows @ w, -30, 30)))
        grad = rows.T @ (sw * (p - y)) + reg * w
        hess = (rows * (sw * p * (1 - p))[:, None]).T @ rows + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    raw_w = w / std
    raw_w[0] = w[0] - float((w[1:] * mean[1:] / std[1:]).sum())
    return raw_w


def top_rows(results_pairs: list, weights) -> tuple[list, list, list]:
    """Per labelled statement: the calibration row of its best candidate, whether
    that candidate overlaps a gold span, and whether the statement has a source."""
    xs, ys, sourced = [], [], []
    for result, pairs in results_pairs:
        for label, k in pairs:
            t = result.statements[k]
            if not t.whole:
                continue
            z, p, row = max(((logit(row, weights), p, row) for p, _s, row in t.whole),
                            key=lambda r: r[0])  # fmt: skip
            gold = gold_spans(label, result.sources) if label["sources"] else []
            xs.append(calibration_row(z, t.statement.kind, row))
            ys.append(float(any(overlaps(p.doc, p.start, p.end, g) for g in gold)))
            sourced.append(bool(gold))
    return xs, ys, sourced


def fit_model(results_pairs: list, without: str = "", share: float | None = None) -> Model:
    """Candidate weights, then the statement-level calibration, then the best cut
    (``without``: a feature or calibration input left out, weighing 0; ``share``: the
    calibration and the cut weigh unsourced statements as if they were that share of the
    statements, so the training set's written mix does not move them)."""
    data = [training_rows(r, p) for r, p in results_pairs]
    rows = np.array([x for a, _b in data for x in a])
    if without in FEATURES:
        rows[:, FEATURES.index(without)] = 0.0
    w = fit(rows, np.array([y for _a, b in data for y in b]))
    xs, ys, sourced = top_rows(results_pairs, tuple(w))
    if without in CALIBRATION:
        for x in xs:
            x[CALIBRATION.index(without)] = 0.0
    weights = mix_weights(sourced, share)
    cal = fit(np.array(xs), np.array(ys), l2=0.01, weights=weights)
    probs = 1 / (1 + np.exp(-np.clip(np.array(xs) @ cal, -30, 30)))
    return Model(tuple(float(x) for x in w), tuple(float(x) for x in cal),
                 best_cut(probs, ys, sourced, weights))  # fmt: skip


def mix_weights(sourced: list[bool], share: float | None) -> np.ndarray | None:
    """Statement weights that make the unsourced ones ``share`` of the total weight."""
    if share is None:
        return None
    has = np.array(sourced, dtype=bool)
    written = max(1e-9, 1 - has.mean())
    return np.where(has, (1 - share) / max(1e-9, 1 - written), share / written)


def best_cut(probs, hits: list, sourced: list, weights=None) -> float:
    """The cut that gets the most statements right (by weight, when given): sourced ones
    found at a right top match, unsourced ones not found (ties: the cut nearest 0.5)."""
    best, best_right = 0.5, -1.0
    weights = np.ones(len(hits)) if weights is None else weights
    for cut in sorted({round(float(q), 4) for q in probs} | {0.5}, key=lambda c: abs(c - 0.5)):
        right = sum(wt * ((q >= cut and hit) or (q < cut and not src))
                    for q, hit, src, wt in zip(probs, hits, sourced, weights,
                                               strict=True))  # fmt: skip
        if right > best_right:
            best, best_right = cut, right
    return best


def training_rows(result: TraceResult, pairs) -> tuple[list, list]:
    xs, ys = [], []
    for label, k in pairs:
        gold = gold_spans(label, result.sources) if label["sources"] else []
        for p, _s, row in result.statements[k].whole:
            xs.append(row)
            ys.append(float(any(jaccard(p.doc, p.start, p.end, g) >= 0.5 for g in gold)))
    return xs, ys


def loao_runs(both: list, without: str = "", share: float | None = None) -> list:
    """(result, verdicts, labelled) per article, each scored by a model fitted on the
    others (``without``, ``share``: as :func:`fit_model`)."""
    out = []
    for i, (r, p) in enumerate(both):
        model = fit_model([rp for j, rp in enumerate(both) if j != i], without, share)
        out.append((r, rescored(r, model), p))
    return out


def show(results: list[TraceResult], pairs_per: list, model: Model) -> None:
    for result, pairs in zip(results, pairs_per, strict=True):
        verdicts = rescored(result, model)
        for label, k in pairs:
            v = verdicts[k]
            gold = gold_spans(label, result.sources) if label["sources"] else []
            top = v.ranked[0] if v.ranked else None
            hit = top is not None and any(overlaps(top[0].doc, top[0].start, top[0].end, g)
                                          for g in gold)  # fmt: skip
            if (hit and v.matches) or (not gold and not v.matches):
                continue
            print(
                f"{label['type']:10} {'found' if v.matches else 'none '} top={hit} "
                f"{top[1] if top else 0:.3f} {label['quote']!r} -> "
                f"{top[0].text[:90] if top else ''!r}",
                file=sys.stderr,
            )


def write_model(model: Model, path: str, note: str) -> dict:
    """Write a fitted model as the shipped weights files are written; returns it."""
    payload = {
        "note": note,
        "threshold": round(model.threshold, 4),
        "weights": {name: round(x, 4) for name, x in zip(FEATURES, model.weights, strict=True)},
        "calibration": {
            n: round(x, 4) for n, x in zip(CALIBRATION, model.calibration, strict=True)
        },
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, indent=2)
        fh.write("\n")
    return payload


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("--no-mt", action="store_true")
    ap.add_argument("--show", action="store_true", help="List the statements scored wrong.")
    ap.add_argument("--index", action="store_true", help="Trace through an index of the archive.")
    ap.add_argument(
        "--distractors",
        action="store_true",
        help="Add corpora/trace/distractors and the project's other Spanish text.",
    )
    ap.add_argument(
        "--held-out",
        nargs="+",
        default=[],
        metavar="PATTERN",
        help="Also report the articles matching these patterns alone.",
    )
    ap.add_argument("--weights-out", help="Write the --fit model here, not the shipped file.")
    ap.add_argument("--model", help="Score this weights file as 'shipped' (default: the shipped"
                    " model of the route and translation).")  # fmt: skip
    ap.add_argument("--no-passage-cache", action="store_true",
                    help="Find the sources' passages again for every article.")  # fmt: skip
    ap.add_argument("--compare-without", metavar="NAME", choices=FEATURES + CALIBRATION[2:],
                    help="Also score LOAO fitted without this feature or calibration"
                    " input.")  # fmt: skip
    ap.add_argument("--unsourced-share", type=float, metavar="SHARE",
                    help="Fit the calibration and its cut with unsourced statements"
                    " weighing this share of all (shipped: 0.17).")  # fmt: skip
    ap.add_argument("--no-clauses", action="store_true",
                    help="No clauses of long source sentences as candidates.")  # fmt: skip
    ap.add_argument("--index-clauses", action="store_true",
                    help="--index: the index built with clauses.")  # fmt: skip
    args = ap.parse_args()
    labels = load_labels()
    if problems := check_labels(labels):
        sys.exit("corpora/trace/labels.jsonl: " + "; ".join(problems))
    src_dir = os.path.join(CORPUS, "sources")
    began = time.perf_counter()
    names = [os.path.join(src_dir, n) for n in sorted(os.listdir(src_dir))]
    sources = [load_document(name, "es") for name in names]
    if args.distractors:
        sources += distractor_documents()
    load_seconds = time.perf_counter() - began
    index_dir = None
    if args.index:
        from aligner.pipelines.trace.index import build_index

        index_dir = tempfile.mkdtemp(prefix="aligner-trace-index-")
        began = time.perf_counter()
        files = names + [d.path for d in sources[len(names) :] if os.path.isfile(d.path)]
        built = build_index(files, os.path.join(index_dir, "ix"), "es",
                            clauses=args.index_clauses)  # fmt: skip
        index_seconds = time.perf_counter() - began
    articles = sorted({label["article"] for label in labels})
    results, pairs_per = [], []
    stage: Counter = Counter()
    first = None
    for name in articles:
        art = load_document(os.path.join(CORPUS, "articles", name), "en")
        if index_dir:
            from aligner.pipelines.trace.indexed import trace_index

            result = trace_index(art, os.path.join(index_dir, "ix"),
                                 mt=None if args.no_mt else "auto")  # fmt: skip
        else:
            if args.no_passage_cache:
                source_passages.cache_clear()
            result = trace_documents(art, sources, mt=None if args.no_mt else "auto",
                                     clauses=not args.no_clauses)  # fmt: skip
        if first is None:
            first = dict(result.seconds)  # includes embedding the archive when not cached
        else:
            stage.update(result.seconds)
        results.append(result)
        pairs_per.append(labelled(result, [lb for lb in labels if lb["article"] == name]))
    n_statements = sum(len(r.statements) for r in results[1:])
    n_passages = len(
        {(p.doc, p.start, p.end) for r in results for t in r.statements for p, _s, _r in t.ranked}
    )
    gold_docs = {s["document"] for label in labels for s in label["sources"]}
    hiding = [d for d in sources if os.path.basename(d.path) not in gold_docs]
    report: dict = {
        "articles": len(articles),
        "labels": len(labels),
        "labels_found_by_statement_finder": sum(len(p) for p in pairs_per),
        "labels_not_found": [
            (lb["article"], lb["quote"])
            for lb in labels
            if not any(lb is x for p in pairs_per for x, _k in p)
        ],
        "statements": sum(len(r.statements) for r in results),
        "sources": len(sources),
        "source_sentences": sum(len(d.sentences) for d in sources),
        "distractor_documents": len(hiding),
        "distractor_sentences": sum(len(d.sentences) for d in hiding),
        "candidates_retrieved": n_passages,
        "first_article_seconds": {k: round(v, 3) for k, v in first.items()},
        "per_statement_ms": {
            k: round(1000 * v / max(1, n_statements), 1) for k, v in stage.items()
        },
        "query_ms_per_statement": round(
            1000 * sum(stage[k] for k in QUERY_STAGES) / max(1, n_statements), 1
        ),
        "load_and_segment_seconds": round(load_seconds, 2),
    }
    if index_dir:
        report["index"] = {"build_seconds": round(index_seconds, 2), "documents": built.added,
                           "entries": built.total_entries, "embedded": built.embedded}  # fmt: skip
        shutil.rmtree(index_dir, ignore_errors=True)
    shipped = load_model(args.model or weights_path(not args.no_mt))
    report["shipped"] = evaluate(
        [(r, rescored(r, shipped), p) for r, p in zip(results, pairs_per, strict=True)]
    )
    # Baseline in the same run: the same candidates ranked by e5 cosine alone.
    cosine_only = Model(tuple(1.0 if f == "cosine" else 0.0 for f in FEATURES),
                        tuple(1.0 if n == "logit" else 0.0 for n in CALIBRATION),
                        shipped.threshold)  # fmt: skip
    baseline = evaluate([(r, rescored(r, cosine_only), p)
                         for r, p in zip(results, pairs_per, strict=True)])  # fmt: skip
    report["e5_cosine_only"] = {k: baseline[k] for k in ("p_at_1", "recall_at_5")}
    report["drift"] = drift_figures(results, pairs_per)
    report["per_article"] = {}
    for name, r, p in zip(articles, results, pairs_per, strict=True):
        one = evaluate([(r, rescored(r, shipped), p)])["counts"]
        report["per_article"][name] = {
            "sourced": one.get("sourced", 0), "p1": one.get("p1", 0), "r5": one.get("r5", 0),
            "found": one.get("found", 0), "none": one.get("none", 0),
            "none_said": one.get("none_said", 0),
            "found_without_source": one.get("none", 0) - one.get("none_said", 0),
            "listed": one.get("r_reported", 0),
        }  # fmt: skip
    held = [i for i, name in enumerate(articles)
            if any(fnmatch.fnmatch(name, pat) for pat in args.held_out)]  # fmt: skip
    if held:
        report["held_out_articles"] = [articles[i] for i in held]
        report["held_out_shipped"] = evaluate(
            [(results[i], rescored(results[i], shipped), pairs_per[i]) for i in held]
        )
    if args.show:
        show(results, pairs_per, shipped)
    if args.fit:
        both = list(zip(results, pairs_per, strict=True))
        loao = loao_runs(both, share=args.unsourced_share)
        report["leave_one_article_out"] = evaluate(loao)
        if args.compare_without:
            old = loao_runs(both, args.compare_without, args.unsourced_share)
            report["leave_one_article_out_without"] = evaluate(old)
            if held:
                report["held_out_leave_one_article_out_without"] = evaluate([old[i] for i in held])
        if held:
            report["held_out_leave_one_article_out"] = evaluate([loao[i] for i in held])
        model = fit_model(both, share=args.unsourced_share)
        report["all_data_fit"] = evaluate([(r, rescored(r, model), p) for r, p in both])
        note = ("fitted on corpora/trace by: python bench/trace.py --fit"
                + " --distractors" * args.distractors + " --no-mt" * args.no_mt
                + (f" --unsourced-share {args.unsourced_share}" if args.unsourced_share
                   else ""))  # fmt: skip
        report["fitted"] = write_model(model, args.weights_out or weights_path(not args.no_mt),
                                       note)  # fmt: skip
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    print(text)


if __name__ == "__main__":
    sys.exit(main())
