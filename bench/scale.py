"""Long-document scaling: time per stage and peak memory for an N-sentence pair.

    python bench/scale.py --sentences 10000 [--folders corpora/parallel corpora/heldout]

The pair is the gold documents of the given folders laid end to end, repeated until
the source has N sentences (so its text repeats: the embedding cache serves the
repeats, and the measured search and memory are those of an N-sentence pair; the
embedding time is that of the distinct sentences). Each size runs in a fresh
process so peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def build_pair(folders: list[str], sentences: int) -> tuple[str, str, str, str]:
    from testsets import load_docs

    docs = [d for folder in folders for d in load_docs(folder)]
    src_parts, tgt_parts, count = [], [], 0
    while count < sentences:
        for doc in docs:
            src, tgt = doc.presegmented()
            src_parts.append(src)
            tgt_parts.append(tgt)
            count += len(doc.sentences()[0])
            if count >= sentences:
                break
    return "\n".join(src_parts), "\n".join(tgt_parts), docs[0].src_lang, docs[0].tgt_lang


def measure(folders: list[str], sentences: int) -> dict:
    from aligner.alignment.embed import Embedder
    from aligner.alignment.engine import align, load_document

    src_text, tgt_text, src_lang, tgt_lang = build_pair(folders, sentences)
    cache = os.path.join(tempfile.mkdtemp(prefix="aligner-scale-"), "cache.sqlite")
    embedder = Embedder(cache_path=cache)
    began = time.perf_counter()
    src = load_document("src", src_lang, True, src_text)
    tgt = load_document("tgt", tgt_lang, True, tgt_text)
    result = align(src, tgt, embedder=embedder)
    total = time.perf_counter() - began
    return {
        "src_sentences": len(src.sentences),
        "tgt_sentences": len(tgt.sentences),
        "distinct_embedded": embedder.computed,
        "seconds_total": round(total, 2),
        "seconds_by_stage": {k: round(v, 2) for k, v in result.timings.items()},
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "quality": result.quality,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--folders", nargs="+", default=["corpora/parallel", "corpora/heldout"])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.folders, args.child)))
        return 0
    rows = []
    for n in args.sentences:
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(n), "--folders", *args.folders],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
