"""Which candidates to fit the index route's model on: leave-one-article-out, both routes.

    python bench/trace_routes.py out.json [--no-mt] [--compare-without NAME]

Traces every article of corpora/trace through both routes (the sources read directly,
and an index of the same archive built in a temp folder; `--distractors` archive of
bench/trace.py, files only for the index). Then scores the index route's statements,
each article with a model fitted on the other articles' candidates from the file route
(``file_fit``, what is shipped), from the index route (``index_fit``) or from both
(``both_fit``). Figures as bench/trace.py's (P@1, R@5, no-source precision and recall).
``--compare-without NAME`` adds ``file_fit_without`` (the same with models fitted
without that reranker feature or calibration input: the models before it) and the file
route's own LOAO with and without it (``file_route_loao[_without]``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
import tempfile

from aligner.alignment.engine import load_document
from aligner.pipelines.trace import trace_documents
from aligner.pipelines.trace.index import build_index
from aligner.pipelines.trace.indexed import trace_index

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("bench_trace", os.path.join(HERE, "trace.py"))
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)  # type: ignore[union-attr]


def loao(test: list, train_sets: list[list], without: str = "") -> dict:
    """Figures over ``test`` (result, labelled) per article, each article scored by a
    model fitted on the other articles of every set in ``train_sets`` (``without``: a
    feature or calibration input left out of the fit)."""
    runs = []
    for i, (result, pairs) in enumerate(test):
        rows = [rp for train in train_sets for j, rp in enumerate(train) if j != i]
        runs.append((result, bench.rescored(result, bench.fit_model(rows, without)), pairs))
    return bench.evaluate(runs)


def main() -> None:
    out_path = sys.argv[1]
    mt = None if "--no-mt" in sys.argv else "auto"
    labels = bench.load_labels()
    src_dir = os.path.join(bench.CORPUS, "sources")
    names = [os.path.join(src_dir, n) for n in sorted(os.listdir(src_dir))]
    sources = [load_document(n, "es") for n in names] + bench.distractor_documents()
    index_dir = tempfile.mkdtemp(prefix="aligner-trace-routes-")
    ix = os.path.join(index_dir, "ix")
    build_index(names + [d.path for d in sources[len(names):] if os.path.isfile(d.path)],
                ix, "es")  # fmt: skip
    by_file, by_index = [], []
    for name in sorted({label["article"] for label in labels}):
        art = load_document(os.path.join(bench.CORPUS, "articles", name), "en")
        mine = [label for label in labels if label["article"] == name]
        result = trace_documents(art, sources, mt=mt)
        by_file.append((result, bench.labelled(result, mine)))
        result = trace_index(art, ix, mt=mt)
        by_index.append((result, bench.labelled(result, mine)))
    shutil.rmtree(index_dir, ignore_errors=True)
    report = {"file_fit": loao(by_index, [by_file]), "index_fit": loao(by_index, [by_index]),
              "both_fit": loao(by_index, [by_file, by_index])}  # fmt: skip
    if "--compare-without" in sys.argv:  # the same, that reranker feature set to 0
        name = sys.argv[sys.argv.index("--compare-without") + 1]
        report["without"] = name
        report["file_fit_without"] = loao(by_index, [by_file], name)
        report["file_route_loao"] = bench.evaluate(bench.loao_runs(by_file))
        report["file_route_loao_without"] = bench.evaluate(bench.loao_runs(by_file, name))
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
