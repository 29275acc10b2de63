"""Evidence that tells "this claim" from "a claim about the same things": a trial for
`aligner trace`'s no-source decision, leave one article out, both routes.

    python bench/trace_claim.py out.json --traced PICKLE [--features a,b,...] [--errors]

Reads (or, when missing, writes) the traces of both routes that bench/trace_lexicon.py
saves (``--traced``: every article of corpora/trace traced once through the files and
once through an index of the same archive). For every retrieved candidate of every
statement (and of each sentence of a quote of several) it computes trial features of a
different kind from the word-level evidence of the eighth round:

- ``mono``: e5 cosine of the statement's Apertium eng→spa translation with the passage
  (a monolingual Spanish comparison beside the cross-lingual cosine; the passage's
  vector is the one retrieval already has, so it costs one more embedding a query);
- ``back_margin``: how far the statement is the passage's best partner among the
  article's statements: cosine(statement, passage) minus the best cosine of the
  passage with another statement of the article (one that does not overlap it); a
  quote's own passage usually prefers it, a near miss often prefers the statement it
  really renders;
- ``back_best``: 1 when that margin is positive (the passage's nearest statement);
- ``doc_nb``: the statement's neighbours in the article (the statements before and
  after it) find their best candidate by cosine in the passage's document (sourced
  quotes cluster in the documents their neighbours come from);
- ``doc_nb_own``: ``doc_nb`` when the passage prefers the statement (``back_best``): a
  passage that renders another statement of the article better lends it no credit;
- ``doc_nb_taken``: ``doc_nb`` when the passage prefers another statement (the
  complement of ``doc_nb_own``: for the calibration, beside ``doc_nb`` in the reranker);
- ``doc_share``: the share of the article's other statements whose best candidate by
  cosine lies in the passage's document.

Each is scored as bench/trace_lexicon.py scores its features (its fit path: in the
reranker, or in the calibration alone; the index route by models fitted on the file
route's candidates, as shipped), with the no-source errors of each trial listed when
``--errors`` (the best candidate's text, score and the gold passage's rank).
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import os
import sys
import time

import numpy as np

from aligner.alignment.embed import load_embedder
from aligner.alignment.mt import load_translator
from aligner.pipelines.trace import sentence_parts

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


lexicon = _load("bench_trace_lexicon", "trace_lexicon.py")
bench = lexicon.bench
ALONE = 0.1  # a passage with no other statement to prefer stands out this much


class Claims:
    """Vectors of every query, its translation and every retrieved passage (one cached
    e5 call), and the per-article structures the trial features read."""

    def __init__(self, traced: dict[str, list]) -> None:
        both = traced["file"] + traced["index"]
        queries, passages = lexicon.queries_and_passages(both)
        self.seconds: dict[str, float] = {}
        began = time.perf_counter()
        mt = load_translator("en", "es", "auto", pivot=False)
        self.translation = dict(zip(queries, mt.translate(queries) if mt else queries,
                                    strict=True))  # fmt: skip
        self.seconds["translate_queries"] = time.perf_counter() - began
        embedder, _problem = load_embedder()
        began = time.perf_counter()
        texts = list(dict.fromkeys([*queries, *self.translation.values(), *passages]))
        self.vec = dict(zip(texts, embedder.embed(texts), strict=True))
        self.seconds["embed"] = time.perf_counter() - began

    def article_rows(self, result) -> dict:
        """The article's statements' vectors and spans, and each statement's document of
        its best candidate by cosine."""
        sts = result.statements
        vecs = np.array([self.vec[t.statement.content] for t in sts])
        spans = [(t.statement.start, t.statement.end) for t in sts]
        top_doc = [max(t.whole, key=lambda r: r[2][1])[0].doc if t.whole else -1 for t in sts]
        return {"vecs": vecs, "spans": spans, "top_doc": top_doc}

    def values(self, names: list[str], art: dict, k: int, query: str, passage) -> list[float]:
        out = []
        pv = self.vec[passage.text]
        own = float(self.vec[query] @ pv)
        s, e = art["spans"][k]
        others = [j for j, (s2, e2) in enumerate(art["spans"]) if not (s2 < e and s < e2)]
        back = own - max(float(art["vecs"][j] @ pv) for j in others) if others else ALONE
        for name in names:
            if name == "mono":
                out.append(float(self.vec[self.translation[query]] @ pv))
            elif name == "back_margin":
                out.append(back)
            elif name == "back_best":
                out.append(float(back > 0))
            elif name == "doc_nb":
                nb = [j for j in (k - 1, k + 1) if 0 <= j < len(art["top_doc"]) and j in others]
                out.append(float(any(art["top_doc"][j] == passage.doc for j in nb)))
            elif name == "doc_nb_own":  # the neighbours' document, when the passage prefers it
                nb = [j for j in (k - 1, k + 1) if 0 <= j < len(art["top_doc"]) and j in others]
                near = any(art["top_doc"][j] == passage.doc for j in nb)
                out.append(float(near and back > 0))
            elif name == "doc_nb_taken":  # the neighbours' document, but another statement's
                nb = [j for j in (k - 1, k + 1) if 0 <= j < len(art["top_doc"]) and j in others]
                near = any(art["top_doc"][j] == passage.doc for j in nb)
                out.append(float(near and back < 0))
            elif name == "doc_share":
                hits = [art["top_doc"][j] == passage.doc for j in others]
                out.append(sum(hits) / len(hits) if hits else 0.0)
            else:
                raise ValueError(name)
        return out


def with_features(traced: list, claims: Claims, names: list[str]) -> list:
    """Copies of the traces whose candidate rows end with the trial features ``names``."""
    out = []
    for result, pairs in traced:
        art = claims.article_rows(result)
        copied = copy.copy(result)
        copied.statements = []
        for k, t in enumerate(result.statements):
            t2 = copy.copy(t)
            q = t.statement.content
            t2.whole = [(p, s, [*row, *claims.values(names, art, k, q, p)])
                        for p, s, row in t.whole]  # fmt: skip
            texts = sentence_parts(result.article, t.statement)
            t2.parts = [[(p, s, [*row, *claims.values(names, art, k, text, p)])
                         for p, s, row in part]
                        for text, part in zip(texts, t.parts, strict=True)]  # fmt: skip
            copied.statements.append(t2)
        out.append((copied, pairs))
    return out


def error_list(runs: list) -> list[dict]:
    """Every no-source error of a LOAO run: the statement, its best candidate (text,
    score), the gold passage's rank among the candidates and its text."""
    out = []
    for result, label, k, v, rank in lexicon.no_source_errors(runs):
        top = v.ranked[0] if v.ranked else None
        out.append({
            "article": label["article"][:3], "type": label["type"],
            "kind": result.statements[k].statement.kind,
            "said": "found" if v.matches else "none", "quote": label["quote"],
            "top_score": round(top[1], 3) if top else 0.0,
            "top_text": top[0].text[:120] if top else "",
            "top_doc": os.path.basename(result.sources[top[0].doc].path) if top else "",
            "gold_rank": rank,
            "gold_text": label["sources"][0]["text"][:120] if label["sources"] else "",
        })  # fmt: skip
    return out


def trial(traced: dict, claims: Claims, route: str, names: list[str], where: str,
          errors: bool, calibrated: list[str] = ()) -> dict:  # fmt: skip
    """LOAO figures with ``names`` in the reranker (``where`` "rerank") or in the
    calibration alone; ``calibrated``: more features for the calibration alone, beside
    ``names`` in the reranker."""
    both = [*names, *calibrated]
    test = with_features(traced[route], claims, both)
    train = with_features(traced["file"], claims, both)
    if calibrated:
        figures, runs = lexicon.loao(test, train, len(calibrated), "calibration")
    else:
        figures, runs = lexicon.loao(test, train, len(names), where)
    out = lexicon.brief(figures)
    if errors:
        out["errors"] = error_list(runs)
    return out


def shown(route: str, title: str, figures: dict) -> None:
    """One trial's figures on stderr (its error list left out)."""
    brief = {k: v for k, v in figures.items() if k != "errors"}
    print(route, title, brief, file=sys.stderr, flush=True)


def save(path: str, report: dict) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--traced", required=True, help="Traces of both routes (read or written).")
    ap.add_argument("--features", default="mono,back_margin,back_best,doc_nb,doc_share")
    ap.add_argument("--combos", default="", help="Also try these sets, ';'-separated.")
    ap.add_argument(
        "--mixed",
        default="",
        help="RERANK|CALIBRATION feature sets, ';'-separated (e.g. doc_nb|mono).",
    )
    ap.add_argument("--only-mixed", action="store_true", help="No single-feature trials.")
    ap.add_argument("--errors", action="store_true", help="List the no-source errors.")
    args = ap.parse_args()
    traced = lexicon.saved_traces(args.traced)
    claims = Claims(traced)
    report: dict = {"seconds": claims.seconds}
    sets = [] if args.only_mixed else [[n] for n in args.features.split(",")]
    sets += [c.split(",") for c in args.combos.split(";") if c]
    for route in ("file", "index"):
        report[route] = {"shipped": trial(traced, claims, route, [], "rerank", args.errors)}
        shown(route, "shipped", report[route]["shipped"])
        for names in sets:
            for where in ("rerank", "calibration"):
                title = f"{'+'.join(names)} in the {'reranker' if where == 'rerank' else where}"
                report[route][title] = trial(traced, claims, route, names, where, args.errors)
                shown(route, title, report[route][title])
        for mixed in [m for m in args.mixed.split(";") if m]:
            rer, cal = (part.split(",") if part else [] for part in mixed.split("|"))
            title = f"{'+'.join(rer)} in the reranker, {'+'.join(cal)} in the calibration"
            report[route][title] = trial(traced, claims, route, rer, "rerank", args.errors, cal)
            shown(route, title, report[route][title])
    save(args.out, report)


if __name__ == "__main__":
    main()
