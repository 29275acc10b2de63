"""Seconds outside the embedding model, for ``--embed selective`` and ``--embed all``.

    python bench/selective_outside.py [--set book2600] [--systems selective,all] [--steps]
                                      [--thread-cpu N]

Uses the shared (warm) embedding cache, so the model costs next to nothing and the rest
shows. Default: each system through ``engine.align`` (Apertium running beside the cheap
search, as in use), printing wall seconds, seconds outside the embedder and the engine's
``timings``. ``--steps``: selective's steps one after the other with Apertium's
translation read from a pickle (made once), so each step's own seconds show: side
features, the search without vectors, the cheap path's confidences (chrF), and the
regions (``select_and_align`` less the embedder). ``--thread-cpu N``: ``--embed
selective`` through ``engine.align`` N times after a first run, and the main thread's CPU
seconds per run, by step (the outermost step timed counts; Apertium's and the model's
threads and processes are left out: their work is the same in every version). To compare
two versions, run this script alternately with ``PYTHONPATH`` pointing at each version's tree.
Sets: those of bench/selective_curve.py (``book2600``: the long book's first 2,600 verses).
"""

from __future__ import annotations

import argparse
import collections
import functools
import os
import pickle
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np
from longbook import TimedEmbedder
from make_longbook import default_out
from selective_curve import load_docs

from aligner.alignment.engine import _confidence_translator, align
from aligner.alignment.overlap import second_pass_weights
from aligner.alignment.score import fitted_weights, side_features
from aligner.alignment.search import find_path
from aligner.alignment.selective import MtRows, Settings, path_confidences, select_and_align
from aligner.types import AlignConfig


def engine_runs(src, tgt, systems: list[str]) -> None:
    for system in systems:
        embedder = TimedEmbedder("default")
        began = time.perf_counter()
        result = align(src, tgt, config=AlignConfig(embed=system), embedder=embedder)
        wall = time.perf_counter() - began
        timings = {k: round(v, 2) for k, v in result.timings.items()}
        print(f"{system} wall {wall:.2f} outside {wall - embedder.wall:.2f} {timings}", flush=True)


def thread_cpu(src, tgt, runs: int) -> None:
    import aligner.alignment.engine as engine
    import aligner.alignment.overlap as overlap
    import aligner.alignment.selective as selective

    spent: collections.Counter[str] = collections.Counter()
    inside = threading.local()

    def timed(module, name: str, label: str) -> None:
        fn = getattr(module, name)

        @functools.wraps(fn)
        def run(*args, **kwargs):
            if threading.current_thread() is not threading.main_thread() or getattr(
                inside, "step", False
            ):
                return fn(*args, **kwargs)
            inside.step, began = True, time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] += time.thread_time() - began
                inside.step = False

        setattr(module, name, run)

    for module, name, label in (
        (engine, "side_features", "side features"), (engine, "find_path", "cheap search"),
        (selective, "path_confidences", "confidences (chrF)"),
        (selective, "find_path", "region search"), (overlap, "choose", "spans chosen"),
        (overlap, "realign", "second pass"),
    ):  # fmt: skip
        timed(module, name, label)
    embedder = TimedEmbedder("default")
    align(src, tgt, config=AlignConfig(embed="selective"), embedder=embedder)  # caches warm
    spent.clear()
    totals = []
    for _ in range(runs):
        began = time.thread_time()
        align(src, tgt, config=AlignConfig(embed="selective"), embedder=embedder)
        totals.append(time.thread_time() - began)
    print("main thread CPU s per run:", " ".join(f"{t:.2f}" for t in totals))
    for label, seconds in spent.most_common():
        print(f"  {label:20} {seconds / runs:.3f}")
    print(f"  {'the rest':20} {(sum(totals) - sum(spent.values())) / runs:.3f}")


def steps(name: str, src, tgt) -> None:
    cache = os.path.join(os.path.dirname(default_out()), f"apertium-{name}.pickle")
    if not os.path.exists(cache):
        translator = _confidence_translator(src.lang, tgt.lang, AlignConfig())
        assert translator is not None, "no Apertium pair"
        with open(cache, "wb") as handle:
            pickle.dump(translator.translate([s.text for s in src.sentences]), handle)
    with open(cache, "rb") as handle:
        src_mt = pickle.load(handle)
    src_texts, tgt_texts = [s.text for s in src.sentences], [t.text for t in tgt.sentences]
    out = {}
    began = time.perf_counter()
    s_f = side_features(src.sentences, src.lang, None)
    t_f = side_features(tgt.sentences, tgt.lang, None)
    out["features"] = time.perf_counter() - began
    began = time.perf_counter()
    path = find_path(s_f, t_f, fitted_weights("no_embeddings"), 5, 24)
    out["search"] = time.perf_counter() - began
    began = time.perf_counter()
    rows = MtRows(src_mt, tgt_texts)
    conf = path_confidences(path, s_f, t_f, "no_embeddings", src_mt, tgt_texts, rows)
    out["confidence"] = time.perf_counter() - began
    embedder = TimedEmbedder("default")
    began = time.perf_counter()
    select_and_align(
        path, conf, s_f, t_f, src_texts, tgt_texts, embedder, fitted_weights("embeddings"),
        second_pass_weights(), 5, 24, True, src_mt, Settings(), rows,
    )  # fmt: skip
    out["selective"] = time.perf_counter() - began - embedder.wall
    out["total"] = sum(out.values())
    print(" ".join(f"{k}={v:.2f}" for k, v in out.items()), "texts", len(embedder.requested))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default="book2600")
    parser.add_argument("--systems", default="selective,all")
    parser.add_argument("--steps", action="store_true")
    parser.add_argument("--thread-cpu", type=int, metavar="N")
    args = parser.parse_args()
    ((_name, src, tgt, _gold),) = load_docs(args.set)
    if args.thread_cpu:
        thread_cpu(src, tgt, args.thread_cpu)
    elif args.steps:
        steps(args.set, src, tgt)
    else:
        engine_runs(src, tgt, args.systems.split(","))
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())
