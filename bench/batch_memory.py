"""Peak memory of `aligner batch`: many small documents, and one very long one.

    python bench/batch_memory.py [--docs 200] [--long 20000] [--workers 2] [--engine local]

Two corpora are built in a temporary folder from the gold `.par` documents of
corpora/parallel and corpora/heldout (22 es-en pairs of 30-38 sentences):

(a) ``--docs`` documents of about 60 sentences: two gold documents laid end to end,
    cycling through the gold set, so the text of a document repeats in others;
(b) one pair of ``--long`` source sentences: the gold documents laid end to end and
    repeated until the source has that many sentences (the text repeats).

Both are run through the real CLI in a subprocess (plain text, the segmenter runs).
While it runs, the RSS of the driver and of every descendant (pool workers) is
sampled with psutil; after it, resource.getrusage(RUSAGE_CHILDREN) gives the kernel's
peak for the largest single process. Both runs share one embedding cache, fresh
for this benchmark, so (a) pays for embedding the distinct sentences once and (b)
is served by the cache: the figures are those of aligning and writing, which is
what batch runs hold in memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = [os.path.join(REPO, "corpora", "parallel"), os.path.join(REPO, "corpora", "heldout")]


def gold_texts() -> list[tuple[str, str, int]]:
    """(source text, target text, source sentences) of every gold document."""
    from testsets import load_docs

    docs = [doc for folder in FOLDERS for doc in load_docs(folder)]
    return [(*doc.texts(), len(doc.sentences()[0])) for doc in docs]


def build_many(folder: str, count: int, golds: list[tuple[str, str, int]]) -> int:
    """``count`` pairs of two consecutive gold documents each; returns the source sentences."""
    total = 0
    for i in range(count):
        first, second = golds[i % len(golds)], golds[(i + 1) % len(golds)]
        write_pair(folder, f"doc{i:04d}", first[0] + "\n" + second[0], first[1] + "\n" + second[1])
        total += first[2] + second[2]
    return total


def build_long(folder: str, sentences: int, golds: list[tuple[str, str, int]]) -> int:
    """One pair of at least ``sentences`` source sentences; returns how many it has."""
    src, tgt, count = [], [], 0
    while count < sentences:
        for text_src, text_tgt, n in golds:
            src.append(text_src)
            tgt.append(text_tgt)
            count += n
            if count >= sentences:
                break
    write_pair(folder, "long", "\n".join(src), "\n".join(tgt))
    return count


def write_pair(folder: str, name: str, src: str, tgt: str) -> None:
    for lang, text in (("es", src), ("en", tgt)):
        with open(os.path.join(folder, f"{name}.{lang}.txt"), "w", encoding="utf-8") as handle:
            handle.write(text)


class Sampler(threading.Thread):
    """Samples RSS of a process and its descendants: driver peak, largest child, total."""

    def __init__(self, pid: int, every: float = 0.05):
        super().__init__(daemon=True)
        import psutil

        self.root = psutil.Process(pid)
        self.every = every
        self.driver = self.child = self.total = 0
        self.stop = threading.Event()

    def run(self) -> None:
        import psutil

        while not self.stop.is_set():
            try:
                driver = self.root.memory_info().rss
                children = [c.memory_info().rss for c in self.root.children(recursive=True)]
            except psutil.Error:  # a process ended between listing and reading it
                continue
            self.driver = max(self.driver, driver)
            self.child = max([self.child, *children])
            self.total = max(self.total, driver + sum(children))
            time.sleep(self.every)


def run(args: list[str], cache: str) -> dict:
    command = [sys.executable, "-c", "from aligner.cli import main; main()", *args]
    print("$ ALIGNER_CACHE_DIR=" + cache + " aligner " + " ".join(args), flush=True)
    env = {**os.environ, "ALIGNER_CACHE_DIR": cache}
    began = time.perf_counter()
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    sampler = Sampler(process.pid)
    sampler.start()
    _, stderr = process.communicate()
    sampler.stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"batch failed ({process.returncode}):\n{stderr}")
    mib = 1024 * 1024
    return {
        "seconds": round(time.perf_counter() - began, 1),
        "driver_peak_rss_mib": round(sampler.driver / mib, 1),
        "largest_worker_peak_rss_mib": round(sampler.child / mib, 1),
        "all_processes_peak_rss_mib": round(sampler.total / mib, 1),
        # Kernel figure: the largest peak of any single finished descendant (not a sum).
        "rusage_children_max_rss_mib": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
        ),
    }


def measure(folder: str, cache: str, options: list[str]) -> dict:
    """Run in a process of its own, so RUSAGE_CHILDREN covers this case alone."""
    return run(["batch", folder, "-o", folder + "-out", *options], cache)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--long", type=int, default=20000, help="source sentences of (b)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--to", default="tmx")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--measure", nargs=2, metavar=("FOLDER", "CACHE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    options = ["--to", args.to, "--engine", args.engine, "--workers", str(args.workers), "-q"]
    if args.measure:
        print(json.dumps(measure(*args.measure, options)))
        return 0

    root = tempfile.mkdtemp(prefix="aligner-batch-memory-")
    cache = os.path.join(root, "cache")
    golds = gold_texts()
    many, long = os.path.join(root, "many"), os.path.join(root, "long")
    os.makedirs(many)
    os.makedirs(long)
    cases = []  # --docs 0 or --long 0 leaves a case out
    if args.docs:
        sentences = build_many(many, args.docs, golds)
        cases.append((f"{args.docs} documents, {sentences} source sentences", many))
    if args.long:
        cases.append((f"1 document, {build_long(long, args.long, golds)} source sentences", long))
    for label, folder in cases:
        child = [sys.executable, __file__, "--measure", folder, cache, "--to", args.to]
        child += ["--engine", args.engine, "--workers", str(args.workers)]
        done = subprocess.run(child, capture_output=True, text=True, check=True)
        *commands, figures = done.stdout.strip().splitlines()
        print("\n".join(commands))
        print(json.dumps({"case": label, **json.loads(figures)}), flush=True)
    if args.keep:
        print(f"kept {root}")
    else:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
