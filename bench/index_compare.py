"""Approximate-nearest-neighbour libraries for the trace index, compared on e5 vectors.

    python bench/index_compare.py [--n 100000] [--json out.json] [--threads 2]

The archive: the real e5 vectors (384 dims, L2-normalised, from the shared embedding
cache) of every trace candidate passage of the project's Spanish documents
(corpora/trace/sources, corpora/parallel, corpora/heldout: a few thousand), topped up to
``--n`` with SYNTHETIC vectors drawn to resemble them: a real vector plus Gaussian noise
scaled per dimension by the real vectors' spread, renormalised, the noise level set so
that a synthetic vector's cosine to its real parent is the median cosine of a real
passage to its nearest other real passage (the same neighbourhood tightness). The
queries: the real e5 vectors of the English statements of corpora/trace/articles (what
`aligner trace` searches with). Embedding 100,000 sentences here would take an hour or
more of a shared 2-core machine; the embedding rate is measured on a sample in the same
run instead (uncached, through the project's embedder), to state each build time as a
fraction of embedding the archive once.

Per library (each in a fresh process, so that its memory is its own): build time with
``--threads`` threads, peak memory growth over the vectors already loaded (ru_maxrss),
size on disk, load time, single-query latency (one statement at a time, one thread, as
`trace` queries) and recall@10 against exact numpy search (a float32 matrix product, the
baseline, measured in the same run). sqlite-vec is tried and reported as unavailable
when this Python's sqlite3 cannot load extensions.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
K = 10
WIDE = 50  # trace asks for dozens of candidates: the exact top 10 within the ANN's top 50
# (library, settings): graph degree M and the search breadth (ef); ef trades recall for time.
CONFIGS = [
    ("numpy", {}),
    ("hnswlib", {"M": 16, "ef_construction": 100, "ef": 128}),
    ("hnswlib", {"M": 16, "ef_construction": 100, "ef": 256}),
    ("usearch", {"M": 16, "ef_construction": 100, "ef": 128, "dtype": "f32"}),
    ("usearch", {"M": 16, "ef_construction": 100, "ef": 256, "dtype": "f16"}),
    ("faiss", {"M": 16, "ef_construction": 100, "ef": 128}),
    ("faiss", {"M": 16, "ef_construction": 100, "ef": 256}),
    ("sqlite-vec", {}),
]


def real_vectors() -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Passage vectors of the Spanish documents, statement vectors of the articles, and
    the texts of the passages (for the embedding-rate sample)."""
    from aligner.alignment.embed import load_embedder
    from aligner.alignment.engine import load_document
    from aligner.pipelines.trace.candidates import document_passages
    from aligner.statements.quotes import find_statements

    corpora = os.path.join(ROOT, "corpora")
    names = [os.path.join(corpora, "trace", "sources", n)
             for n in sorted(os.listdir(os.path.join(corpora, "trace", "sources")))]  # fmt: skip
    for folder in ("parallel", "heldout"):
        where = os.path.join(corpora, folder)
        names += [os.path.join(where, n) for n in sorted(os.listdir(where))
                  if n.endswith(".es.txt")]  # fmt: skip
    docs = [load_document(name, "es") for name in names]
    texts = list(dict.fromkeys(p.text for k, d in enumerate(docs) for p in document_passages(k, d)))
    art_dir = os.path.join(corpora, "trace", "articles")
    queries = list(dict.fromkeys(
        s.content for n in sorted(os.listdir(art_dir))
        for s in find_statements(load_document(os.path.join(art_dir, n), "en"))))  # fmt: skip
    model, problem = load_embedder()
    if model is None:
        sys.exit(f"index_compare: needs the e5 model: {problem}")
    return model.embed(texts), model.embed(queries), texts


def embedding_rate(texts: list[str], n: int = 64) -> float:
    """Sentences per second through the project's embedder, uncached (a sample of ``n``
    one-sentence passages spread over the archive)."""
    from aligner.alignment.embed import Embedder

    sample = texts[:: max(1, len(texts) // n)][:n]
    model = Embedder(cache_path=None)
    began = time.perf_counter()
    model.embed(sample)
    return len(sample) / (time.perf_counter() - began)


def synthesize(real: np.ndarray, n: int, mode: str = "covariance", seed: int = 14
               ) -> tuple[np.ndarray, dict]:  # fmt: skip
    """``real`` topped up to ``n`` rows with noisy, renormalised copies of real rows.

    ``covariance``: the noise is the difference of two other random real vectors, so it
    lies where the real vectors vary (their few main directions, as e5 vectors do);
    ``isotropic``: Gaussian noise in every dimension, scaled by the real spread per
    dimension, which makes the archive far more spread out (higher intrinsic dimension)
    than real text and is the harder case for a graph index. Either way the noise level
    makes a synthetic vector's cosine to its parent the median cosine of a real passage to
    its nearest other real passage.
    """
    rng = np.random.default_rng(seed)
    sims = real @ real.T
    np.fill_diagonal(sims, -1)
    nn = sims.max(axis=1)
    target = float(np.median(nn))
    extra = n - len(real)
    parents = rng.integers(0, len(real), size=extra)
    std = real.std(axis=0)
    if mode == "covariance":
        sample = real[rng.integers(0, len(real), 2000)] - real[rng.integers(0, len(real), 2000)]
        spread = float(np.sqrt((sample**2).sum(axis=1).mean()))
    else:
        spread = float(np.sqrt((std**2).sum()))
    # A unit vector plus noise of norm r (nearly orthogonal to it) has cosine 1/sqrt(1+r²).
    scale = float(np.sqrt(1 / target**2 - 1) / spread)
    out = np.empty((n, real.shape[1]), dtype=np.float32)
    out[: len(real)] = real
    for start in range(0, extra, 20_000):
        idx = parents[start : start + 20_000]
        if mode == "covariance":
            noise = (
                real[rng.integers(0, len(real), len(idx))]
                - real[rng.integers(0, len(real), len(idx))]
            )
        else:
            noise = rng.standard_normal((len(idx), real.shape[1])).astype(np.float32) * std
        v = real[idx] + scale * noise
        out[len(real) + start : len(real) + start + len(idx)] = v / np.linalg.norm(
            v, axis=1, keepdims=True
        )
    synth = out[len(real) :][:2000]
    to_parent = (synth * real[parents[:2000]]).sum(axis=1)
    to_synth = synth[:1000] @ out[len(real) :].T
    to_synth[np.arange(1000), np.arange(1000)] = -1
    stats = {"mode": mode, "real_nn_cosine_median": round(target, 4),
             "real_nn_cosine_p10_p90": [round(float(x), 4) for x in np.percentile(nn, [10, 90])],
             "synthetic_to_parent_cosine_median": round(float(np.median(to_parent)), 4),
             "synthetic_nn_cosine_median": round(float(np.median(to_synth.max(axis=1))), 4),
             "noise_scale": round(scale, 4)}  # fmt: skip
    return out, stats


def exact_top(vectors: np.ndarray, queries: np.ndarray) -> np.ndarray:
    return np.argsort(-(queries @ vectors.T), axis=1, kind="stable")[:, :K]


def _rss_mib() -> float:
    """Resident memory of this process now (VmRSS)."""
    with open("/proc/self/status") as fh:
        return next(int(ln.split()[1]) / 1024 for ln in fh if ln.startswith("VmRSS:"))


def _peak_mib(reset: bool = False) -> float:
    """Peak resident memory of this process (VmHWM); ``reset`` starts the peak afresh.

    ru_maxrss will not do: Linux keeps it across the exec that started this child, so it
    carries the parent's peak (the e5 model and the exact-search matrix).
    """
    if reset:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(lib: str, cfg: dict, data: str, threads: int) -> dict:
    """Build, save, load and query one library on the saved vectors."""
    vectors = np.load(os.path.join(data, "vectors.npy"))
    queries = np.load(os.path.join(data, "queries.npy"))
    truth = np.load(os.path.join(data, "truth.npy"))
    n, dim = vectors.shape
    path = os.path.join(data, f"index-{lib}")
    # The library's own code is loaded before memory is measured: only the index counts.
    module = {"hnswlib": "hnswlib", "usearch": "usearch.index", "faiss": "faiss",
              "sqlite-vec": "sqlite_vec"}.get(lib)  # fmt: skip
    if module:
        importlib.import_module(module)
    base = _peak_mib(reset=True)
    base_rss = _rss_mib()
    began = time.perf_counter()
    if lib == "numpy":
        np.save(path + ".npy", vectors)

        def search(q: np.ndarray, k: int = K) -> np.ndarray:
            sims = vectors @ q
            top = np.argpartition(-sims, k)[:k]
            return top[np.argsort(-sims[top])]
    elif lib == "hnswlib":
        import hnswlib

        index = hnswlib.Index(space="ip", dim=dim)
        index.init_index(max_elements=n, M=cfg["M"], ef_construction=cfg["ef_construction"])
        index.add_items(vectors, np.arange(n), num_threads=threads)
        index.save_index(path)
        index.set_ef(cfg["ef"])
        index.set_num_threads(1)
        search = lambda q, k=K: index.knn_query(q, k=k)[0][0]  # noqa: E731
    elif lib == "usearch":
        from usearch.index import Index

        index = Index(ndim=dim, metric="ip", dtype=cfg["dtype"], connectivity=cfg["M"],
                      expansion_add=cfg["ef_construction"], expansion_search=cfg["ef"])  # fmt: skip
        index.add(np.arange(n), vectors, threads=threads)
        index.save(path)
        search = lambda q, k=K: index.search(q, k, threads=1).keys  # noqa: E731
    elif lib == "faiss":
        import faiss

        faiss.omp_set_num_threads(threads)
        index = faiss.IndexHNSWFlat(dim, cfg["M"], faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = cfg["ef_construction"]
        index.add(vectors)
        faiss.write_index(index, path)
        index.hnsw.efSearch = cfg["ef"]
        faiss.omp_set_num_threads(1)
        search = lambda q, k=K: index.search(q[None, :], k)[1][0]  # noqa: E731
    elif lib == "sqlite-vec":
        import sqlite3

        import sqlite_vec

        conn = sqlite3.connect(path + ".sqlite")
        if not hasattr(conn, "enable_load_extension"):
            return {"unavailable": "this Python's sqlite3 was built without extension loading"}
        conn.enable_load_extension(True)
        sqlite_vec.load(conn)
        conn.execute(f"CREATE VIRTUAL TABLE v USING vec0(e float[{dim}])")
        conn.executemany("INSERT INTO v(rowid, e) VALUES (?, ?)",
                         ((i, vectors[i].tobytes()) for i in range(n)))  # fmt: skip
        conn.commit()
        sql = "SELECT rowid FROM v WHERE e MATCH ? ORDER BY distance LIMIT ?"

        def search(q: np.ndarray, k: int = K) -> list[int]:
            return [r[0] for r in conn.execute(sql, (q.tobytes(), k))]
    else:
        raise SystemExit(f"unknown library {lib}")
    build = time.perf_counter() - began
    grown = _peak_mib() - base
    held = _rss_mib() - base_rss
    size = sum(os.path.getsize(os.path.join(data, f)) for f in os.listdir(data)
               if f.startswith(f"index-{lib}"))  # fmt: skip
    try:
        for q in queries[:5]:
            search(q)  # warm caches
        search(queries[0], WIDE)
    except RuntimeError as exc:  # hnswlib: fewer than k reachable from the entry point
        return {"build_s": round(build, 2), "error": f"search failed: {exc}"}
    began = time.perf_counter()
    found = [search(q) for q in queries]
    per_query = (time.perf_counter() - began) / len(queries)
    recall = float(np.mean([len(set(map(int, f)) & set(map(int, t))) / K
                            for f, t in zip(found, truth, strict=True)]))  # fmt: skip
    wide = [search(q, WIDE) for q in queries]
    recall_wide = float(np.mean([len(set(map(int, f)) & set(map(int, t))) / K
                                 for f, t in zip(wide, truth, strict=True)]))  # fmt: skip
    for f in os.listdir(data):
        if f.startswith(f"index-{lib}"):
            os.unlink(os.path.join(data, f))
    vec_bytes = n * dim * 4
    return {
        "build_s": round(build, 2),
        "query_ms": round(1000 * per_query, 3),
        "recall_at_10": round(recall, 4),
        "recall_10_in_50": round(recall_wide, 4),
        "peak_rss_growth_mib": round(grown, 1),
        "rss_held_mib": round(held, 1),
        "disk_mib": round(size / 2**20, 1),
        "disk_bytes_per_vector_beyond_f32_vectors": round((size - vec_bytes) / n, 1),
        "rss_held_bytes_per_vector": round(held * 2**20 / n, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--json")
    ap.add_argument("--synthetic", choices=("covariance", "isotropic"), default="covariance")
    ap.add_argument("--child", nargs=3, metavar=("LIB", "CONFIG", "DATA"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        lib, cfg, data = args.child
        print(json.dumps(child(lib, json.loads(cfg), data, args.threads)))
        return
    real, queries, texts = real_vectors()
    rate = embedding_rate(texts)
    vectors, synth_stats = synthesize(real, args.n, args.synthetic)
    report: dict = {
        "vectors": args.n, "real_vectors": len(real), "synthetic_vectors": args.n - len(real),
        "queries": len(queries), "synthetic": synth_stats, "threads": args.threads,
        "embedding_sentences_per_s": round(rate, 1),
        "embedding_archive_once_s": round(args.n / rate, 1),
        "load_average": os.getloadavg()[0], "libraries": [],
    }  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="aligner-ann-") as data:
        np.save(os.path.join(data, "vectors.npy"), vectors)
        np.save(os.path.join(data, "queries.npy"), queries)
        np.save(os.path.join(data, "truth.npy"), exact_top(vectors, queries))
        for lib, cfg in CONFIGS:
            out = subprocess.run(
                [sys.executable, __file__, "--threads", str(args.threads), "--child", lib,
                 json.dumps(cfg), data], capture_output=True, text=True,
            )  # fmt: skip
            try:
                row = json.loads(out.stdout.strip().splitlines()[-1])
            except (ValueError, IndexError):
                row = {"error": (out.stderr.strip().splitlines() or ["no output"])[-1]}
            if "build_s" in row:
                once = report["embedding_archive_once_s"]
                row["build_vs_embedding"] = round(row["build_s"] / once, 4)
            report["libraries"].append({"library": lib, **cfg, **row})
            print(json.dumps(report["libraries"][-1]), file=sys.stderr)
    text = json.dumps(report, indent=2)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
