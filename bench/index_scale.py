"""The trace index at scale: window vectors, build time, memory and query latency.

    python bench/index_scale.py windows            # the window-cosine correction
    python bench/index_scale.py build [--docs 10] [--json F]  # against embedding once
    python bench/index_scale.py query [--n 100000] [--json F]
    python bench/index_scale.py workers [--docs 0] [--cold] [--json F]  # --workers 2 vs 1

``windows``: the index embeds sentences, not windows of two or three; a search rebuilds
a window's vector as the length-weighted sum of its sentences' vectors. That cosine runs
high against the e5 vector of the window itself; the constant it is lowered by, per
window size, is fitted here on documents that are not the trace evaluation set (the
Spanish side of corpora/parallel and corpora/heldout as archive, English sentences of
corpora/parallel as queries; vectors from the shared cache), on half the documents, and
its error measured on the other half.

``build``: `aligner index build` of ``--docs`` documents of corpora/parallel (Spanish side)
with an empty embedding cache of its own, against reading, segmenting and embedding the
same documents' sentences once with the same model and an empty cache, alternating (the
baseline first in even rounds, the build first in odd ones), ``--rounds`` rounds in the
same run (the median ratio reported); wall and CPU time (CPU time drifts less with the
load of a shared machine), and the e5 tokens of the texts the build gives the model
against the sentences' (``tokens_ratio``: what the model's time follows, whatever the
load).

``workers``: `aligner index build` of the project's Spanish archive (corpora/trace
sources and distractors, the Spanish side of corpora/parallel, heldout and seed, and the
drift pairs' Spanish sentences written out 20 to a file: 217 documents; ``--docs N`` the
first N) with one process against ``--workers 2`` (the local process pool), alternating,
three rounds; the vectors from the shared cache (what a build costs besides the model),
or with ``--cold`` from an empty cache of each build's own (the model's share included).

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
    ap.add_argument("what", choices=("windows", "build", "query", "memory", "workers"))
    ap.add_argument("--cold", action="store_true", help="workers: an empty embedding cache")
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--docs", type=int, default=10, help="build: distractor documents used")
    ap.add_argument("--rounds", type=int, default=3, help="build: alternating rounds")
    ap.add_argument("--index", help=argparse.SUPPRESS)
    ap.add_argument("--queries", help=argparse.SUPPRESS)
    ap.add_argument("--json")
    args = ap.parse_args()
    if args.what == "memory":
        print(json.dumps(memory(args.index, args.queries)))
        return
    began = time.perf_counter()
    if args.what == "windows":
        report = windows()
    elif args.what == "build":
        report = build(args.docs, args.rounds)
    elif args.what == "workers":
        report = workers(args.docs, args.cold)
    else:
        report = query(args.n)
    report["seconds"] = round(time.perf_counter() - began, 1)
    report["load_average"] = round(os.getloadavg()[0], 1)
    text = json.dumps(report, indent=2)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    print(text)


def build(n_docs: int, n_rounds: int = 3) -> dict:
    """`aligner index build` of ``n_docs`` distractor documents against embedding their
    sentences once, both with an empty cache of their own."""
    import tempfile

    from aligner.alignment.embed import Embedder
    from aligner.alignment.engine import load_document
    from aligner.pipelines.trace.index import build_index

    files = distractor_files()[:n_docs]
    Embedder(cache_path=None).embed(["Calentamiento."])  # the model loaded before round 1

    def embed_once(tmp: str, name: str) -> tuple[float, float, int, int, int]:
        """Read, segment and embed the sentences once (an empty cache): wall, CPU seconds."""
        wall, cpu = time.perf_counter(), time.process_time()
        docs = [load_document(p, "es") for p in files]
        sentences = [s.text for d in docs for s in d.sentences if s.kind != "heading"]
        model = Embedder(cache_path=os.path.join(tmp, f"{name}.sqlite"))
        model.embed(sentences)
        return (
            time.perf_counter() - wall,
            time.process_time() - cpu,
            len(sentences),
            sum(map(len, sentences)),
            _tokens(model, sentences),
        )

    rounds = []
    with tempfile.TemporaryDirectory(prefix="aligner-index-build-") as tmp:
        # Baseline and build alternate, each with an empty cache of its own: the load of
        # a shared machine drifts during a run, and the median ratio is what is reported.
        for k in range(n_rounds):
            if k % 2 == 0:  # the order alternates too (ABBA): neither always runs first
                base = embed_once(tmp, f"once-{k}")
            model = Embedder(cache_path=os.path.join(tmp, f"build-{k}.sqlite"))
            wall, cpu = time.perf_counter(), time.process_time()
            built = build_index(files, os.path.join(tmp, f"ix-{k}"), "es", embedder=model)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            if k % 2 == 1:
                base = embed_once(tmp, f"once-{k}")
            rounds.append({"baseline_wall_s": round(base[0], 2),
                           "baseline_cpu_s": round(base[1], 2), "build_wall_s": round(wall, 2),
                           "build_cpu_s": round(cpu, 2),
                           "build_ann_s": round(built.seconds.get("ann", 0.0), 3),
                           "ratio_wall": round(wall / base[0], 3),
                           "ratio_cpu": round(cpu / base[1], 3)})  # fmt: skip
    embedded = _embedded_texts(files)
    chars, tokens = sum(map(len, set(embedded))), _tokens(model, embedded)
    return {
        "documents": len(files), "sentences": base[2], "entries": built.total_entries,
        "texts_embedded": built.embedded, "rounds": rounds,
        "sentence_chars": base[3], "embedded_chars": chars,
        "sentence_tokens": base[4], "entry_tokens": tokens,
        "tokens_ratio": round(tokens / max(1, base[4]), 4),
        "build_vs_embedding_once_cpu_median": float(np.median([r["ratio_cpu"] for r in rounds])),
        "build_vs_embedding_once_wall_median": float(np.median([r["ratio_wall"] for r in rounds])),
    }  # fmt: skip


def _embedded_texts(files: list[str]) -> list[str]:
    """The texts a build of ``files`` gives the model (each entry's vector text)."""
    from aligner.alignment.engine import load_document
    from aligner.pipelines.trace.prepare import entries_of

    return [e[7] for path in files for e in entries_of(load_document(path, "es"))[0]]


def _tokens(model, texts: list[str]) -> int:
    """e5 tokens (specials included) of the distinct ``texts``, as the model is fed them."""
    from aligner.alignment.embed import MAX_CHARS

    return sum(model._model.token_count(t) for t in {t[:MAX_CHARS] for t in texts})


def archive_files(folder: str) -> list[str]:
    """The project's Spanish archive as files: the drift sentences written into ``folder``."""
    trace = _bench_module("trace")
    files = []
    for doc in [None, *trace.distractor_documents()]:
        if doc is None:
            src = os.path.join(trace.CORPUS, "sources")
            files += [os.path.join(src, n) for n in sorted(os.listdir(src))]
        elif os.path.isfile(doc.path):
            files.append(doc.path)
        else:  # corpora/drift/….jsonl#NN, made in memory
            path = os.path.join(folder, os.path.basename(doc.path).replace("#", "-") + ".txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(doc.text)
            files.append(path)
    return files


def workers(n_docs: int, cold: bool, n_rounds: int = 3) -> dict:
    """Build time of one process against --workers 2, alternating, the same archive."""
    import tempfile

    from aligner.alignment.embed import Embedder, load_embedder
    from aligner.pipelines.trace.index import build_index

    rounds = []
    with tempfile.TemporaryDirectory(prefix="aligner-index-workers-") as tmp:
        files = archive_files(tmp)[: n_docs or None]
        shared, _problem = load_embedder()
        for k in range(n_rounds):
            row = {}
            for n in (1, 2) if k % 2 == 0 else (2, 1):
                fresh = os.path.join(tmp, f"c{k}{n}.sqlite")
                model = Embedder(cache_path=fresh) if cold else shared
                wall, cpu = time.perf_counter(), time.process_time()
                built = build_index(files, os.path.join(tmp, f"ix-{k}-{n}"), "es", embedder=model,
                                    workers=n)  # fmt: skip
                row[f"workers_{n}_wall_s"] = round(time.perf_counter() - wall, 2)
                row[f"workers_{n}_driver_cpu_s"] = round(time.process_time() - cpu, 2)
                row[f"workers_{n}_embedded"] = built.embedded
            row["ratio_wall_2_over_1"] = round(row["workers_2_wall_s"] / row["workers_1_wall_s"], 3)
            rounds.append(row)
    return {
        "documents": len(files), "entries": built.total_entries, "cold_cache": cold,
        "rounds": rounds,
        "ratio_wall_2_over_1_median": float(np.median([r["ratio_wall_2_over_1"] for r in rounds])),
    }  # fmt: skip


def _bench_module(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"bench_{name}", os.path.join(HERE, f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pad_index(folder: str, n: int) -> dict:
    """Top the index at ``folder`` up to ``n`` entries with synthetic sentences."""
    import sqlite3

    from aligner.pipelines.trace.index import META, VECTORS, committed_vectors, load_vectors

    compare = _bench_module("index_compare")
    conn = sqlite3.connect(os.path.join(folder, META))
    count = committed_vectors(conn)
    real = np.asarray(load_vectors(folder, count))
    vectors, stats = compare.synthesize(real, n)
    extra = vectors[count:]
    with open(os.path.join(folder, VECTORS), "ab") as fh:
        fh.write(extra.tobytes())
    per_doc = 20
    with conn:
        next_id = count
        for first in range(0, len(extra), per_doc):
            rows = range(first, min(first + per_doc, len(extra)))
            texts = [f"sintético {next_id + i - first}." for i in rows]
            doc = conn.execute(
                "INSERT INTO documents (path, real, lang, sha256, text) VALUES (?, ?, ?, ?, ?)",
                (f"synthetic/{first}.txt", f"synthetic/{first}.txt", "es", f"synthetic-{first}",
                 " ".join(texts)),
            ).lastrowid  # fmt: skip
            offsets = np.cumsum([0] + [len(t) + 1 for t in texts])
            conn.executemany(
                "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, '', '')",
                [(next_id + j, doc, j, int(offsets[j]), int(offsets[j]) + len(t), t)
                 for j, t in enumerate(texts)],
            )  # fmt: skip
            next_id += len(texts)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('vectors', ?)", (str(next_id),))
    conn.close()
    return stats


def memory(folder: str, queries: str) -> dict:
    """Resident memory of opening the index and answering every query (a fresh process)."""
    from aligner.pipelines.trace.indexed import candidates, nearest, open_index

    def rss(field: str = "VmRSS:") -> int:  # VmHWM: the peak
        with open("/proc/self/status") as fh:
            return next(int(ln.split()[1]) * 1024 for ln in fh if ln.startswith(field))

    import faiss  # noqa: F401  (its code, not the index: loaded before measuring)

    q = np.load(queries)
    before = rss()
    began = time.perf_counter()
    ix = open_index(folder)
    opened = time.perf_counter() - began
    after_open = rss() - before
    began = time.perf_counter()
    found = nearest(ix, q)
    searched = time.perf_counter() - began
    said: dict = {}
    began = time.perf_counter()
    for row in range(len(q)):
        candidates(ix, q[row], found[row], said)
    built = time.perf_counter() - began
    grown = rss() - before
    n = len(ix.vectors)
    files = sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder))
    return {
        "entries": n, "rss_growth_mib": round(grown / 2**20, 1),
        "rss_after_open_mib": round(after_open / 2**20, 1),
        "peak_rss_mib": round(rss("VmHWM:") / 2**20, 1),  # the whole process, Python included
        "index_files_mib": round(files / 2**20, 1),
        "vector_bytes_per_entry": 384 * 4,
        "bytes_per_entry_beyond_vectors": round((grown - n * 384 * 4) / n, 1),
        "open_s": round(opened, 3),
        "search_ms_per_query": round(1000 * searched / len(q), 3),
        "candidates_ms_per_query": round(1000 * built / len(q), 3),
    }  # fmt: skip


def query(n: int) -> dict:
    import subprocess
    import tempfile

    from aligner.alignment.embed import load_embedder
    from aligner.alignment.engine import load_document
    from aligner.pipelines.trace.index import build_index, sync_ann
    from aligner.pipelines.trace.indexed import trace_index
    from aligner.statements.quotes import find_statements

    bt = _bench_module("trace")
    src = os.path.join(CORPORA, "trace", "sources")
    names = [os.path.join(src, f) for f in sorted(os.listdir(src))] + distractor_files()
    labels = bt.load_labels()
    articles = sorted({lb["article"] for lb in labels})
    arts = [load_document(os.path.join(CORPORA, "trace", "articles", a), "en") for a in articles]
    report: dict = {}
    with tempfile.TemporaryDirectory(prefix="aligner-index-scale-") as tmp:
        folder = os.path.join(tmp, "ix")
        built = build_index(names, folder, "es")
        report["real_entries"] = built.total_entries
        report["synthetic"] = pad_index(folder, n)
        began = time.perf_counter()
        from aligner.pipelines.trace.index import committed_vectors, open_meta

        conn = open_meta(folder)
        sync_ann(folder, committed_vectors(conn))
        conn.close()
        report["ann_build_s_for_synthetic_rows"] = round(time.perf_counter() - began, 1)
        model, _problem = load_embedder()
        statements = [s.content for a in arts for s in find_statements(a)]
        np.save(os.path.join(tmp, "q.npy"), model.embed(statements))
        out = subprocess.run([sys.executable, __file__, "memory", "--index", folder,
                              "--queries", os.path.join(tmp, "q.npy")],
                             capture_output=True, text=True)  # fmt: skip
        report["memory"] = json.loads(out.stdout) if out.returncode == 0 else out.stderr[-500:]
        results, pairs_per = [], []
        stage: dict[str, float] = {}
        for name, art in zip(articles, arts, strict=True):
            result = trace_index(art, folder)
            for k, v in result.seconds.items():
                stage[k] = stage.get(k, 0.0) + v
            results.append(result)
            pairs_per.append(bt.labelled(result, [lb for lb in labels if lb["article"] == name]))
    n_st = sum(len(r.statements) for r in results)
    report["statements"] = n_st
    report["per_statement_ms"] = {k: round(1000 * v / n_st, 2) for k, v in stage.items()}
    # The index's part: the graph search, the deferred spans' lookup (and their model
    # time when an index defers any; none at the shipped prepare.COVERED), candidates.
    index_part = sum(stage.get(k, 0.0) for k in ("search", "deferred", "candidates"))
    report["index_ms_per_statement"] = round(1000 * index_part / n_st, 2)
    shipped = bt.load_model(bt.weights_path(True))
    figures = bt.evaluate([(r, bt.rescored(r, shipped), p)
                           for r, p in zip(results, pairs_per, strict=True)])  # fmt: skip
    keys = ("p_at_1", "recall_at_5", "found", "no_source_precision", "no_source_recall")
    report["at_n"] = {k: figures[k] for k in keys}
    return report


if __name__ == "__main__":
    main()
