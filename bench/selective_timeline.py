"""Where a cold run's wall time goes: a timeline of its steps and model calls, and the
main thread's CPU while a model call runs and while none does.

    python bench/selective_timeline.py [--system selective|all] [--sample 2600] [--out F]

As bench/longbook.py's worker (the long book's first N source sentences, empty embedding
and translation caches, the model loaded before the clock starts), with each step of the
engine and of selective embedding stamped (start and end in seconds from the start of
``align``, the thread's CPU seconds, the thread), every model batch too (with the
process's CPU seconds during it). A thread samples the main thread's CPU clock every
5 ms: seconds spent while a model batch runs (in another thread: overlapped) and while
none does (serial; with the model called in the main thread, "overlapped" is the model).
It also samples the process's CPU clock (all threads) and Apertium's (its finished
processes), and gives each phase's wall seconds, CPU seconds and the cores they kept busy
(:func:`phases`): before the first model batch (Apertium beside the cheap pass), the
first round's batches (the head start and round one), and the regions after them (their
concatenated spans, round two, the last steps). On 2 cores, a phase's idle core-seconds
are 2 x wall - CPU: what overlapping could still win there; the rest is CPU to cut.
To compare two versions, run it with ``PYTHONPATH`` on each version's tree.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np
from longbook import TimedEmbedder, head, per_text_seconds
from make_longbook import ensure
from textberg import cpu_seconds

import aligner.alignment.engine as engine
import aligner.alignment.overlap as overlap
import aligner.alignment.selective as selective
from aligner.alignment.mt import Apertium
from aligner.io.gold import read_ladder
from aligner.types import AlignConfig

STEPS = {
    engine: ("language_warnings", "side_features", "find_path", "_translation", "MtRows",
             "path_confidences", "cheap_confidences", "_select_and_align"),
    selective: ("find_path", "path_confidences", "shift_gains", "refine_many", "_realign"),
    overlap: ("choose", "realign"),
}  # fmt: skip


class Timeline:
    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.events: list[tuple[float, float, float, str, str]] = []
        self.busy = False  # a model batch is running
        self.split = {"overlapped": 0.0, "serial": 0.0}
        self.samples: list[tuple[float, bool, float]] = []  # (seconds, batch running, CPU s)
        # (seconds, the process's CPU s so far, its finished children's CPU s so far)
        self.process: list[tuple[float, float, float]] = []
        self.done = False

    def stamp(self, name: str, fn, clock=time.thread_time):
        @functools.wraps(fn)
        def stamped(*args, **kwargs):
            began, cpu = time.perf_counter(), clock()
            try:
                return fn(*args, **kwargs)
            finally:
                thread = threading.current_thread().name
                self.events.append((began - self.start, time.perf_counter() - self.start,
                                    clock() - cpu, thread, name))  # fmt: skip

        return stamped

    def batch(self, fn):
        def run(texts):
            self.busy = True
            try:
                return fn(texts)
            finally:
                self.busy = False

        return self.stamp("model batch", run, cpu_seconds)

    def watch(self) -> None:
        clock = time.pthread_getcpuclockid(threading.main_thread().ident)
        last = time.clock_gettime(clock)
        process, children = cpu_seconds(), cpu_seconds(resource.RUSAGE_CHILDREN)
        self.process.append((0.0, 0.0, 0.0))
        while not self.done:
            time.sleep(0.005)
            now = time.clock_gettime(clock)
            at = time.perf_counter() - self.start
            self.split["overlapped" if self.busy else "serial"] += now - last
            self.samples.append((at, self.busy, now - last))
            self.process.append((
                at, cpu_seconds() - process, cpu_seconds(resource.RUSAGE_CHILDREN) - children
            ))  # fmt: skip
            last = now

    def serial_by_phase(self) -> dict[str, float]:
        """The main thread's CPU while no batch runs: before the first batch (beside
        Apertium), between batches (the model waiting for Python), after the last."""
        batches = [(b, e) for b, e, _c, _t, name in self.events if name == "model batch"]
        first = min((b for b, _e in batches), default=float("inf"))
        last = max((e for _b, e in batches), default=float("inf"))
        out = {"before": 0.0, "between": 0.0, "after": 0.0}
        for at, busy, cpu in self.samples:
            if not busy:
                out["before" if at <= first else "after" if at >= last else "between"] += cpu
        return {k: round(v, 2) for k, v in out.items()}


def phases(
    events: list[tuple[float, float, float, str, str]],
    process: list[tuple[float, float, float]],
    wall: float,
    cores: int = 2,
) -> list[dict[str, float | str]]:
    """Wall seconds, process and Apertium CPU seconds, and cores kept busy, of each phase
    of a selective run: ``start`` (up to the first model batch), ``first round`` (up to
    the end of the last batch that began before the regions were aligned again:
    ``selective._realign``), ``regions`` (the rest, to ``wall``). ``process``: samples of
    (seconds, the process's CPU so far, Apertium's so far), in time order."""
    batches = sorted((b, e) for b, e, _c, _t, name in events if name == "model batch")
    realign = min(
        (b for b, _e, _c, _t, name in events if name == "selective._realign"), default=wall
    )
    first = batches[0][0] if batches else wall
    round_end = max((e for b, e in batches if b < realign), default=first)
    bounds = [
        ("start", 0.0, first),
        ("first round", first, round_end),
        ("regions", round_end, wall),
    ]
    samples = np.array(process, dtype=np.float64).reshape(-1, 3)
    times, own, apertium = samples[:, 0], samples[:, 1], samples[:, 2]

    def clock(at: float) -> tuple[float, float]:
        """The CPU clocks at ``at``, between the samples either side (after the last: it)."""
        return float(np.interp(at, times, own)), float(np.interp(at, times, apertium))

    out: list[dict[str, float | str]] = []
    for name, began, ended in bounds:
        (p0, c0), (p1, c1) = clock(began), clock(ended)
        span = max(0.0, ended - began)
        cpu = (p1 - p0) + (c1 - c0)
        out.append({
            "phase": name, "wall_s": round(span, 2), "process_cpu_s": round(p1 - p0, 2),
            "apertium_cpu_s": round(c1 - c0, 2),
            "cores_busy": round(cpu / span, 2) if span else 0.0,
            "idle_core_s": round(max(0.0, cores * span - cpu), 2),
        })  # fmt: skip
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--system", default="selective")
    parser.add_argument("--sample", type=int, default=2600)
    parser.add_argument("--out", help="also write the timeline here")
    args = parser.parse_args()
    files = ensure()
    src = engine.load_document(files["src"], "es", True)
    tgt = engine.load_document(files["tgt"], "en", True)
    src, tgt, _gold = head(src, tgt, read_ladder(files["gold"]), args.sample)
    folder = tempfile.mkdtemp(prefix="aligner-timeline-")
    os.environ["ALIGNER_CACHE_DIR"] = folder  # Apertium's translations cold too
    per_text_seconds([s.text for s in src.sentences + tgt.sentences])  # loads the model
    embedder = TimedEmbedder(os.path.join(folder, "cold.sqlite"))
    timeline = Timeline()
    for module, names in STEPS.items():
        for name in names:
            if hasattr(module, name):
                short = f"{module.__name__.rsplit('.', 1)[1]}.{name}"
                setattr(module, name, timeline.stamp(short, getattr(module, name)))
    Apertium.translate = timeline.stamp("apertium", Apertium.translate)  # type: ignore[method-assign]
    embedder._model.passage = timeline.batch(embedder._model.passage)
    watcher = threading.Thread(target=timeline.watch, daemon=True)
    children = cpu_seconds(resource.RUSAGE_CHILDREN)
    timeline.start, cpu = time.perf_counter(), cpu_seconds()
    watcher.start()
    engine.align(src, tgt, config=AlignConfig(embed=args.system), embedder=embedder)
    wall, cpu = time.perf_counter() - timeline.start, cpu_seconds() - cpu
    children = cpu_seconds(resource.RUSAGE_CHILDREN) - children
    timeline.done = True
    watcher.join()
    lines = [
        f"{args.system}: wall {wall:.2f} s, process CPU {cpu:.2f} s (Apertium's "
        f"{children:.2f} s), in the embedder "
        f"{embedder.wall:.2f} s wall; main thread's CPU outside the model while a batch "
        f"runs {timeline.split['overlapped']:.2f} s, while none runs "
        f"{timeline.split['serial']:.2f} s; while none runs, by phase (before the first "
        f"batch, between batches, after the last): {timeline.serial_by_phase()}",
    ]
    lines += [
        "phase\twall s\tprocess CPU s\tApertium CPU s\tcores busy\tidle core-s",
        *(
            "\t".join(str(v) for v in row.values())
            for row in phases(timeline.events, timeline.process, wall, os.cpu_count() or 2)
        ),
        "start\tend\tCPU s\tthread\tstep",
    ]
    lines += [f"{b:.3f}\t{e:.3f}\t{c:.3f}\t{t}\t{n}" for b, e, c, t, n in sorted(timeline.events)]
    print("\n".join(lines))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
