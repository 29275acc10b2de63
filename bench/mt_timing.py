"""What the MT confidence feature costs: align with and without it, in one run.

    python bench/mt_timing.py [--repeats 5] [--json out.json]

Aligns the seed article (raw text, full pipeline) and the 12 documents of
corpora/parallel as written (gold segmentation), alternating runs with and
without Apertium (AlignConfig.use_mt), and reports median times and their
ratio. Two settings: a warm embedding cache (everything but embedding, the worst
case for the ratio) and a cold one (a fresh cache per run, a first alignment).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from testsets import build_testset

from aligner.alignment.embed import Embedder
from aligner.alignment.engine import align, load_document
from aligner.types import AlignConfig


def seed_pairs():
    src = load_document("corpora/seed/lavrov.es.txt", "es")
    tgt = load_document("corpora/seed/lavrov.en.txt", "en")
    return [(src, tgt)]


def parallel_pairs():
    out = []
    for doc in build_testset("corpora/parallel")["as_written"]:
        src_text, tgt_text = doc.presegmented()
        out.append(
            (
                load_document(doc.name, doc.src_lang, True, src_text),
                load_document(doc.name, doc.tgt_lang, True, tgt_text),
            )
        )
    return out


def timed(pairs, use_mt: bool, cache: str) -> float:
    embedder = Embedder(cache_path=cache)
    config = AlignConfig(use_mt=use_mt)
    began = time.perf_counter()
    for src, tgt in pairs:
        result = align(src, tgt, config=config, embedder=embedder)
        assert ("|mt:none" not in result.signature) == use_mt, result.signature
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="aligner-mt-timing-")
    results = {}
    for name, pairs in (("seed", seed_pairs()), ("parallel", parallel_pairs())):
        warm = os.path.join(folder, f"{name}-warm.sqlite")
        timed(pairs, False, warm)  # fill the cache
        for setting in ("warm", "cold"):
            times: dict[str, list[float]] = {"with_mt": [], "without_mt": []}
            for k in range(args.repeats):
                # Alternate which goes first so drifting machine load favours neither.
                order = (True, False) if k % 2 == 0 else (False, True)
                for use_mt in order:
                    cache = warm
                    if setting == "cold":
                        cache = os.path.join(folder, f"{name}-cold-{k}-{use_mt}.sqlite")
                    key = "with_mt" if use_mt else "without_mt"
                    times[key].append(timed(pairs, use_mt, cache))
            with_mt = statistics.median(times["with_mt"])
            without = statistics.median(times["without_mt"])
            results[f"{name}/{setting}"] = {
                "documents": len(pairs),
                "median_with_mt_s": round(with_mt, 3),
                "median_without_mt_s": round(without, 3),
                "ratio": round(with_mt / without, 3),
                "runs": {k: [round(t, 3) for t in v] for k, v in times.items()},
            }
            print(json.dumps({name + "/" + setting: results[f"{name}/{setting}"]}), flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
