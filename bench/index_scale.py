"""The trace index at scale: window vectors, build time, memory and query latency.

    python bench/index_scale.py windows            # the window-cosine correction
    python bench/index_scale.py build [--json F]   # build time against embedding once
    python bench/index_scale.py query [--n 100000] [--json F]

``windows``: the index embeds sentences, not windows of two or three; a search rebuilds
a window's vector as the length-weighted sum of its sentences' vectors. That cosine runs
high against the e5 vector of the window itself; the constant it is lowered by, per
window size, is fitted here on documents that are not the trace evaluation set (the
Spanish side of corpora/parallel and corpora/heldout as archive, English sentences of
corpora/parallel as queries; vectors from the shared cache), on half the documents, and
its error measured on the other half.

``build``: `aligner index build` of corpora/parallel + corpora/heldout (Spanish side) with
an empty embedding cache of its own, against embedding the same documents' sentences
once with the same model and an empty cache, in the same run (the baseline).

``query``: an index of the real archive (corpora/trace/sources with the distractors,
every vector real e5) topped up to ``--n`` entries with SYNTHETIC ones (vectors as in
bench/index_compare.py, covariance mode; each a noisy copy of a real entry's vector,
filed as a sentence of a synthetic document whose text is "sintético N", so that no
synthetic entry can pass for a source); then every article of corpora/trace traced
through it: per statement, the time of the index search and candidate building (the
part that grows with the index), of reranking, and of Apertium, apart from embedding the
statement; the process's memory beyond the vectors; and P@1/R@5 at that size.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPORA = os.path.join(ROOT, "corpora")


def distractor_files() -> list[str]:
    out = []
    for folder in ("parallel", "heldout"):
        where = os.path.join(CORPORA, folder)
        out += [os.path.join(where, n) for n in sorted(os.listdir(where)) if n.endswith(".es.txt")]
    return out


def windows() -> dict:
    from aligner.alignment.embed import load_embedder
    from aligner.alignment.engine import load_document

    model, problem = load_embedder()
    if model is None:
        sys.exit(problem)
    docs = [load_document(p, "es") for p in distractor_files()]
    queries = []
    for name in sorted(os.listdir(os.path.join(CORPORA, "parallel"))):
        if name.endswith(".en.txt"):
            doc = load_document(os.path.join(CORPORA, "parallel", name), "en")
            queries += [s.text for s in doc.sentences if len(s.text.split()) >= 5][:12]
    q = model.embed(queries)
    report: dict = {"queries": len(queries), "documents": len(docs)}
    for n in (2, 3):
        rows = []  # (document, window text, member texts)
        for k, doc in enumerate(docs):
            sents = [s.text for s in doc.sentences if s.kind != "heading"]
            rows += [(k, " ".join(sents[i : i + n]), sents[i : i + n])
                     for i in range(len(sents) - n + 1)]  # fmt: skip
        true = q @ model.embed([r[1] for r in rows]).T
        members = sorted({t for r in rows for t in r[2]})
        vec = dict(zip(members, model.embed(members), strict=True))
        summed = np.stack([sum(len(t) * vec[t] for t in r[2]) for r in rows])
        approx = q @ (summed / np.linalg.norm(summed, axis=1, keepdims=True)).T
        fit = np.array([r[0] % 2 == 0 for r in rows])
        shift = float((approx[:, fit] - true[:, fit]).mean())
        held = approx[:, ~fit] - shift - true[:, ~fit]
        report[f"window_{n}"] = {
            "windows": len(rows), "shift": round(shift, 4),
            "heldout_mean_abs_error": round(float(np.abs(held).mean()), 4),
            "heldout_error_without_shift": round(float(np.abs(held + shift).mean()), 4),
            "heldout_rank_correlation": round(float(np.corrcoef(
                approx[:, ~fit].argsort(1).argsort(1).ravel(),
                true[:, ~fit].argsort(1).argsort(1).ravel())[0, 1]), 4),
        }  # fmt: skip
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=("windows", "build", "query"))
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--json")
    args = ap.parse_args()
    began = time.perf_counter()
    report = {"windows": windows}[args.what]() if args.what == "windows" else {}
    if args.what == "build":
        report = build()
    elif args.what == "query":
        report = query(args.n)
    report["seconds"] = round(time.perf_counter() - began, 1)
    report["load_average"] = round(os.getloadavg()[0], 1)
    text = json.dumps(report, indent=2)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    print(text)


def build() -> dict:
    raise NotImplementedError


def query(n: int) -> dict:
    raise NotImplementedError


if __name__ == "__main__":
    main()
