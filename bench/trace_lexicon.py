"""Word-level evidence for `aligner trace`'s no-source decision: a trial, LOAO, both routes.

    python bench/trace_lexicon.py out.json [--route file|index] [--traced PICKLE]
                                  [--features lex,rlex,bchrf] [--errors]

Traces every article of corpora/trace (with Apertium, `--distractors` archive of
bench/trace.py; `--route index` through an index of it built in a temp folder, files
only) once, or reads the traces saved by an earlier run (``--traced``: written when
missing, read when present; tracing takes minutes, a trial seconds). Then, for every
retrieved candidate of every statement (and of each sentence of a quote of several),
computes trial features the shipped reranker does not have:

- ``lex``: share of the statement's content words (not light words) that a word of the
  passage renders, by :func:`aligner.drift.lexical_diff.partners` (Apertium's analyser
  and bilingual dictionary with all its senses, shared stems, WordNet synonyms of the
  translations, cognates): the word-level bilingual lexicon;
- ``rlex``: the same from the passage's side (its content words the statement renders);
- ``bchrf``: chrF of the candidate's Apertium spa→eng translation against the statement.

and scores leave-one-article-out (bench/trace.py's fit path: each article by models
fitted on the other 34; the index route, as shipped, by models fitted on the file
route's candidates, which ``--route index`` traces too) three ways: as shipped, with
each trial feature added to the reranker, and with it added to the calibration alone
(the statement-level fit that makes the no-source decision; the reranker's weight for
it 0). The Apertium cost of each feature is timed (one batched call for all the
retrieved candidates of the run) and reported per statement.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import importlib.util
import json
import os
import pickle
import shutil
import sys
import tempfile
import time

import numpy as np

from aligner.alignment.chrf import sentence_chrf
from aligner.alignment.engine import load_document
from aligner.alignment.mt import load_translator
from aligner.drift.lexical_diff import LIGHT, Word, analyse, partners
from aligner.pipelines.trace import sentence_parts, trace_documents
from aligner.pipelines.trace.rerank import Model

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("bench_trace", os.path.join(HERE, "trace.py"))
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)  # type: ignore[union-attr]
# The module, not the function `rerank` the package exports under the same name.
rerank_module = importlib.import_module("aligner.pipelines.trace.rerank")


def trace_routes(route: str, mt: object = "auto", clauses: bool = False) -> dict[str, list]:
    """(result, labelled) per article for the file route, and the index route if asked
    (``mt`` None: without Apertium, as `--no-mt`; ``clauses``: the index built with them)."""
    labels = bench.load_labels()
    src_dir = os.path.join(bench.CORPUS, "sources")
    names = [os.path.join(src_dir, n) for n in sorted(os.listdir(src_dir))]
    sources = [load_document(n, "es") for n in names] + bench.distractor_documents()
    articles = sorted({label["article"] for label in labels})
    out: dict[str, list] = {"file": [], "index": []}
    folder = None
    if route == "index":
        from aligner.pipelines.trace.index import build_index

        folder = tempfile.mkdtemp(prefix="aligner-trace-lexicon-")
        files = names + [d.path for d in sources[len(names) :] if os.path.isfile(d.path)]
        build_index(files, os.path.join(folder, "ix"), "es", clauses=clauses)
    for name in articles:
        art = load_document(os.path.join(bench.CORPUS, "articles", name), "en")
        mine = [label for label in labels if label["article"] == name]
        result = trace_documents(art, sources, drift=False, mt=mt)
        out["file"].append((result, bench.labelled(result, mine)))
        if folder:
            from aligner.pipelines.trace.indexed import trace_index

            result = trace_index(art, os.path.join(folder, "ix"), drift=False, mt=mt)
            out["index"].append((result, bench.labelled(result, mine)))
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
    return out


def saved_traces(path: str | None, route: str = "index", mt: object = "auto",
                 clauses: bool = False) -> dict[str, list]:  # fmt: skip
    """:func:`trace_routes`, read from ``path`` when an earlier run saved it there, else
    traced (and saved there when a path is given): tracing takes minutes, a trial seconds."""
    if path and os.path.exists(path):
        with open(path, "rb") as fh:
            return pickle.load(fh)
    traced = trace_routes(route, mt, clauses)
    if path:
        with open(path, "wb") as fh:
            pickle.dump(traced, fh)
    return traced


def queries_and_passages(traced: list) -> tuple[list[str], list[str]]:
    """Every query text (a statement, a sentence of a quote of several) and every
    retrieved candidate's text, each once."""
    queries: set[str] = set()
    passages: set[str] = set()
    for result, _pairs in traced:
        for t in result.statements:
            queries.add(t.statement.content)
            queries.update(sentence_parts(result.article, t.statement))
            passages.update(p.text for ranked in [t.whole, *t.parts] for p, _s, _r in ranked)
    return sorted(queries), sorted(passages)


def coverage(words: list[Word], other: list[Word], english: str, lang: str) -> float:
    """Share of the content words of ``words`` (not light ones) that ``other`` renders."""
    content = [i for i, w in enumerate(words) if w.content and w.lemma not in LIGHT[lang]]
    if not content:
        return 0.0
    found = partners(words, other, english)
    return sum(found[i] >= 0 for i in content) / len(content)


class Evidence:
    """The trial features of (query, passage) pairs, from one batched Apertium call per
    stage for the whole run (timed)."""

    def __init__(self, queries: list[str], passages: list[str]) -> None:
        self.seconds: dict[str, float] = {}
        began = time.perf_counter()
        self.q = dict(zip(queries, analyse(queries, "en", "es") or [], strict=True))
        self.p = dict(zip(passages, analyse(passages, "es", "en") or [], strict=True))
        self.seconds["analyse"] = time.perf_counter() - began
        began = time.perf_counter()
        back = load_translator("es", "en", "auto", pivot=False)
        self.back = dict(zip(passages, back.translate(passages) if back else passages,
                             strict=True))  # fmt: skip
        self.seconds["translate_candidates"] = time.perf_counter() - began
        self._memo: dict[tuple[str, str, str], float] = {}

    def value(self, name: str, query: str, passage: str) -> float:
        key = (name, query, passage)
        if key not in self._memo:
            if name == "lex":
                x = coverage(self.q[query], self.p[passage], "target", "en")
            elif name == "rlex":
                x = coverage(self.p[passage], self.q[query], "source", "es")
            else:
                x = sentence_chrf(self.back[passage], query)
            self._memo[key] = x
        return self._memo[key]


def with_features(traced: list, evidence: Evidence, names: list[str]) -> list:
    """Copies of the traces whose candidate rows end with the trial features ``names``."""
    out = []
    for result, pairs in traced:
        copied = copy.copy(result)
        copied.statements = []
        for t in result.statements:
            t2 = copy.copy(t)
            q = t.statement.content
            t2.whole = [(p, s, [*row, *(evidence.value(n, q, p.text) for n in names)])
                        for p, s, row in t.whole]  # fmt: skip
            texts = sentence_parts(result.article, t.statement)
            t2.parts = [[(p, s, [*row, *(evidence.value(n, text, p.text) for n in names)])
                         for p, s, row in part]
                        for text, part in zip(texts, t.parts, strict=True)]  # fmt: skip
            copied.statements.append(t2)
        out.append((copied, pairs))
    return out


def in_calibration(extra: int) -> None:
    """Make the calibration read the last ``extra`` columns of a candidate's row as
    inputs of its own (0: as shipped). A trial: the shipped calibration has no such
    inputs, so its row function is wrapped here, in this process only."""
    shipped = in_calibration.__dict__.setdefault("shipped", rerank_module.calibration_row)

    def row(z: float, kind: str, features: list[float]) -> list[float]:
        return shipped(z, kind, features) + (list(features[-extra:]) if extra else [])

    rerank_module.calibration_row = row
    bench.calibration_row = row


def fit_model(results_pairs: list, extra: int, where: str) -> Model:
    """bench/trace.py's fit with ``extra`` trial columns at the end of the rows: in the
    reranker (``where`` "rerank") or in the calibration alone ("calibration")."""
    if where == "rerank" or not extra:
        in_calibration(0)
        return bench.fit_model(results_pairs)
    in_calibration(extra)
    data = [bench.training_rows(r, p) for r, p in results_pairs]
    rows = np.array([x for a, _b in data for x in a])
    rows[:, -extra:] = 0.0  # the reranker does not read them
    w = bench.fit(rows, np.array([y for _a, b in data for y in b]))
    xs, ys, sourced = bench.top_rows(results_pairs, tuple(w))
    cal = bench.fit(np.array(xs), np.array(ys), l2=0.01)
    probs = 1 / (1 + np.exp(-np.clip(np.array(xs) @ cal, -30, 30)))
    cut = bench.best_cut(probs, ys, sourced)
    return Model(tuple(float(x) for x in w), tuple(float(x) for x in cal), cut)


def loao(test: list, train: list, extra: int, where: str) -> tuple[dict, list]:
    runs = []
    for i, (result, pairs) in enumerate(test):
        model = fit_model([rp for j, rp in enumerate(train) if j != i], extra, where)
        runs.append((result, bench.rescored(result, model), pairs))
    in_calibration(0)
    return bench.evaluate(runs), runs


def no_source_errors(runs: list):
    """(result, label, statement index, verdict, gold rank) of each no-source decision a
    LOAO run gets wrong; the rank of the gold passage among the candidates (-1: none)."""
    for result, verdicts, pairs in runs:
        for label, k in pairs:
            v = verdicts[k]
            gold = bench.gold_spans(label, result.sources) if label["sources"] else []
            if bool(gold) == bool(v.matches):
                continue
            hits = [i for i, (p, _s, _r) in enumerate(v.ranked)
                    if any(bench.overlaps(p.doc, p.start, p.end, g) for g in gold)]  # fmt: skip
            yield result, label, k, v, hits[0] if hits else -1


def errors(runs: list) -> list[str]:
    """The no-source decisions LOAO gets wrong, with the gold passage's rank."""
    out = []
    for _result, label, _k, v, rank in no_source_errors(runs):
        top = v.ranked[0][1] if v.ranked else 0.0
        out.append(f"{label['article'][:3]} {label['type']} "
                   f"{'found' if v.matches else 'none'} gold rank {rank} "
                   f"top {top:.3f} {label['quote']!r}")  # fmt: skip
    return out


def brief(figures: dict) -> dict:
    c = figures["counts"]
    keys = ("p_at_1", "recall_at_5", "found", "no_source_precision", "no_source_recall")
    return {**{k: round(figures[k], 3) for k in keys},
            "sourced_said_none": c.get("said_none_wrongly", 0),
            "unsourced_found": c.get("none", 0) - c.get("none_said", 0)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--route", choices=("file", "index"), default="file")
    ap.add_argument("--traced", help="Traces saved here (read when present, else written).")
    ap.add_argument("--features", default="lex,rlex,bchrf")
    ap.add_argument("--errors", action="store_true", help="List the no-source errors.")
    args = ap.parse_args()
    traced = saved_traces(args.traced, args.route)
    test = traced[args.route]
    queries, passages = queries_and_passages(traced["file"] + traced["index"])
    evidence = Evidence(queries, passages)
    statements = sum(len(r.statements) for r, _p in test)
    # One batched call for every candidate of both routes; the route's share of it, per
    # statement, is what tracing through that route alone would have cost.
    own = len(queries_and_passages(test)[1])
    share = own / max(1, len(passages)) / max(1, statements)
    report: dict = {
        "route": args.route,
        "statements": statements,
        "candidates_retrieved": own,
        "apertium_seconds_all_candidates": evidence.seconds,
        "apertium_ms_per_statement": {k: round(1000 * v * share, 1)
                                      for k, v in evidence.seconds.items()},
    }  # fmt: skip
    trials = [("shipped", [], "rerank")]
    for name in args.features.split(","):
        trials += [(f"{name} in the reranker", [name], "rerank"),
                   (f"{name} in the calibration", [name], "calibration")]  # fmt: skip
    for title, names, where in trials:
        test_rows = with_features(test, evidence, names)
        train = with_features(traced["file"], evidence, names)
        figures, runs = loao(test_rows, train, len(names), where)
        report[title] = brief(figures)
        if args.errors:
            report[title]["errors"] = errors(runs)
        print(title, report[title], file=sys.stderr, flush=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


if __name__ == "__main__":
    main()
