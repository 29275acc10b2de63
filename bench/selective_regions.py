"""Which of selective embedding's regions change a bead, and where its time goes outside the model.

    python bench/selective_regions.py --cache PATH [--sample N] [--profile 30]

Runs ``engine.align(embed="selective")`` on the long book (bench/make_longbook.py), or on
its first N source verses, with the embedding cache at PATH (a cold run's cache of the same
code, so nothing or nearly nothing is computed: every second left is outside the model),
and records each region the run aligns again (aligner.alignment.selective._realign): its
sentences, its beads before and after, and how many of them are in the gold before and
after. Apertium's translation is read from ``translations.sqlite`` beside PATH when it is
there (set ``ALIGNER_CACHE_DIR``). Prints per round: regions, their sentences, those
whose beads did not change, by the number of beads in the region; with ``--profile``,
cProfile's functions by their own time.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import pstats
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from longbook import TimedEmbedder, head
from make_longbook import ensure

from aligner.alignment import selective
from aligner.alignment.engine import align, load_document
from aligner.alignment.evaluate import evaluate
from aligner.io.gold import read_ladder
from aligner.types import AlignConfig


class Recorder:
    """Wraps selective's doubtful (to see each round's beads) and _realign (its regions)."""

    def __init__(self, gold: set):
        self.gold = gold
        self.spans: list = []
        self.rounds: list[list[dict]] = []
        self._doubtful, self._realign = selective.doubtful, selective._realign

    def __enter__(self):
        selective.doubtful, selective._realign = self.doubtful, self.realign
        return self

    def __exit__(self, *exc):
        selective.doubtful, selective._realign = self._doubtful, self._realign

    def doubtful(self, spans, *args, **kwargs):
        self.spans = list(spans)
        return self._doubtful(spans, *args, **kwargs)

    def realign(self, boxes, *args, **kwargs):
        out = self._realign(boxes, *args, **kwargs)
        rows = []
        for (s0, s1, t0, t1), (sub, _conf) in zip(boxes, out, strict=True):
            before = [
                b for b in self.spans if s0 <= b[0] and b[1] <= s1 and t0 <= b[2] and b[3] <= t1
            ]
            after = [(a + s0, b + s0, c + t0, d + t0) for a, b, c, d in sub.spans]
            rows.append({
                "sentences": s1 - s0 + t1 - t0, "beads": len(before),
                "changed": before != after,
                "right_before": sum(self._right(b) for b in before),
                "right_after": sum(self._right(b) for b in after),
            })  # fmt: skip
        self.rounds.append(rows)
        return out

    def _right(self, span) -> bool:
        s0, s1, t0, t1 = span
        return (tuple(range(s0, s1)), tuple(range(t0, t1))) in self.gold


def size_class(beads: int) -> str:
    return {1: "1 bead", 2: "2 beads", 3: "3 beads"}.get(beads, "4-6 beads" if beads <= 6 else "7+")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", required=True, help="embedding cache (a cold run's)")
    parser.add_argument("--sample", type=int, help="only the first N source sentences")
    parser.add_argument("--profile", type=int, default=0, help="print this many functions")
    args = parser.parse_args()
    files = ensure()
    src = load_document(files["src"], "es", True)
    tgt = load_document(files["tgt"], "en", True)
    gold = read_ladder(files["gold"])
    if args.sample:
        src, tgt, gold = head(src, tgt, gold, args.sample)
    embedder = TimedEmbedder(args.cache)
    profile = cProfile.Profile()
    began = time.perf_counter()
    with Recorder({(b.src, b.tgt) for b in gold}) as recorder:
        profile.enable()
        result = align(src, tgt, config=AlignConfig(embed="selective"), embedder=embedder)
        profile.disable()
    seconds = time.perf_counter() - began
    strict = evaluate([(gold, result.beads)])["strict"].f1
    sentences = len(src.sentences) + len(tgt.sentences)
    print(
        f"strict {strict:.4f}  {seconds:.1f} s ({embedder.wall:.1f} s in the embedder, "
        f"{embedder.computed} texts computed)  texts requested {len(embedder.requested)}  "
        f"signature mt:{result.signature.split('|mt:')[1].split('|')[0]}"
    )
    print("timings:", {k: round(v, 1) for k, v in result.timings.items()})
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory (ru_maxrss) {peak:.0f} MiB")
    for n, rows in enumerate(recorder.rounds):
        same = [r for r in rows if not r["changed"]]
        print(
            f"round {n + 1}: {len(rows)} regions, {sum(r['sentences'] for r in rows):,} "
            f"sentences ({sum(r['sentences'] for r in rows) / sentences:.3f} of the book); "
            f"unchanged {len(same)} regions, {sum(r['sentences'] for r in same):,} sentences; "
            f"right beads {sum(r['right_before'] for r in rows)} -> "
            f"{sum(r['right_after'] for r in rows)}"
        )
        by_size = collections.defaultdict(lambda: [0, 0, 0, 0])
        for r in rows:
            row = by_size[size_class(r["beads"])]
            row[0] += 1
            row[1] += r["sentences"]
            row[2] += not r["changed"]
            row[3] += 0 if r["changed"] else r["sentences"]
        for name in ("1 bead", "2 beads", "3 beads", "4-6 beads", "7+"):
            if name in by_size:
                total, sents, unchanged, unchanged_sents = by_size[name]
                print(
                    f"    {name:10} {total:4} regions {sents:6,} sentences; "
                    f"unchanged {unchanged:4} regions {unchanged_sents:6,} sentences"
                )
    if args.profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
