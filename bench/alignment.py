"""Alignment benchmark: aligner vs a Gale–Church baseline, in one run.

    python bench/alignment.py corpora/parallel [--json out.json] [--no-embeddings]

Builds the test documents of bench/testsets.py (as written, and with deletions,
insertions, merges, splits and swapped paragraphs in the translation), aligns
each with aligner and with NLTK's Gale–Church implementation, and reports
strict and lax precision/recall/F1 per condition, plus speed: the total align
time divided by the time the e5 model needs to embed each distinct sentence
once (measured in the same run, so machine load cancels out).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from testsets import PERTURBATIONS, TestDoc, build_testset

from aligner.alignment.embed import Embedder
from aligner.alignment.engine import align, load_document
from aligner.alignment.evaluate import evaluate
from aligner.types import AlignConfig, Bead


def gale_church(src: list[str], tgt: list[str]) -> list[Bead]:
    """NLTK's Gale–Church over the whole document, turned into beads."""
    from nltk.translate.gale_church import align_blocks

    pairs = align_blocks([len(s) for s in src], [len(t) for t in tgt])
    return beads_from_links(pairs, len(src), len(tgt))


def beads_from_links(links: list[tuple[int, int]], n: int, m: int) -> list[Bead]:
    """Group sentence links into beads (connected components), with null beads for the rest."""
    parent = {("s", i): ("s", i) for i in range(n)} | {("t", j): ("t", j) for j in range(m)}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in links:
        parent[find(("s", i))] = find(("t", j))
    groups: dict = {}
    for node in parent:
        groups.setdefault(find(node), []).append(node)
    beads = []
    for members in groups.values():
        src = tuple(sorted(k for side, k in members if side == "s"))
        tgt = tuple(sorted(k for side, k in members if side == "t"))
        beads.append(Bead(src, tgt))
    return sorted(beads, key=lambda b: (b.src[0] if b.src else -1, b.tgt[0] if b.tgt else -1))


def run_aligner(doc: TestDoc, config: AlignConfig, embedder) -> list[Bead]:
    # Gold segmentation, as the community's benchmarks do: alignment is scored on its own.
    src_text, tgt_text = doc.presegmented()
    src = load_document(doc.name, doc.src_lang, True, src_text)
    tgt = load_document(doc.name, doc.tgt_lang, True, tgt_text)
    return align(src, tgt, config=config, embedder=embedder).beads


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default="corpora/parallel")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--no-embeddings", action="store_true")
    args = parser.parse_args()

    sets = build_testset(args.folder)
    docs = [d for name in PERTURBATIONS for d in sets[name]]
    distinct = sorted({s for d in docs for side in d.sentences() for s in side})

    embedder = None
    embed_once = 0.0
    if not args.no_embeddings:
        # Baseline for speed: the model embedding every distinct sentence once, no cache.
        bare = Embedder(cache_path=None)
        began = time.perf_counter()
        bare.embed(distinct)
        embed_once = time.perf_counter() - began
        cache_dir = tempfile.mkdtemp(prefix="aligner-bench-")
        embedder = Embedder(cache_path=os.path.join(cache_dir, "cold.sqlite"))

    config = AlignConfig(use_embeddings=not args.no_embeddings)
    results: dict = {"conditions": {}, "documents": len(sets["as_written"])}
    ours_total = baseline_total = 0.0
    all_ours, all_base = [], []
    for name in PERTURBATIONS:
        ours_pairs, base_pairs = [], []
        for doc in sets[name]:
            gold = doc.gold()
            began = time.perf_counter()
            ours_pairs.append((gold, run_aligner(doc, config, embedder)))
            ours_total += time.perf_counter() - began
            src_sents, tgt_sents = doc.sentences()
            began = time.perf_counter()
            base_pairs.append((gold, gale_church(src_sents, tgt_sents)))
            baseline_total += time.perf_counter() - began
        all_ours += ours_pairs
        all_base += base_pairs
        results["conditions"][name] = {
            "aligner": {k: vars(v) for k, v in evaluate(ours_pairs).items()},
            "gale_church": {k: vars(v) for k, v in evaluate(base_pairs).items()},
        }
    results["overall"] = {
        "aligner": {k: vars(v) for k, v in evaluate(all_ours).items()},
        "gale_church": {k: vars(v) for k, v in evaluate(all_base).items()},
    }
    results["speed"] = {
        "distinct_sentences": len(distinct),
        "embed_once_seconds": round(embed_once, 2),
        "aligner_total_seconds": round(ours_total, 2),
        "gale_church_seconds": round(baseline_total, 2),
        "align_over_embed_ratio": round(ours_total / embed_once, 3) if embed_once else None,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print_table(results)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=2)
    return 0


def print_table(results: dict) -> None:
    head = ("condition", "system", "strict P", "strict R", "strict F1", "lax F1")
    print(f"{head[0]:12} {head[1]:12} " + " ".join(f"{h:>9}" for h in head[2:]))
    rows = list(results["conditions"].items()) + [("OVERALL", results["overall"])]
    for name, systems in rows:
        for system, s in systems.items():
            st, lx = s["strict"], s["lax"]
            print(
                f"{name:12} {system:12} {st['precision']:9.3f} {st['recall']:9.3f} "
                f"{st['f1']:9.3f} {lx['f1']:9.3f}"
            )
    print(json.dumps(results["speed"], indent=2))


if __name__ == "__main__":
    sys.exit(main())
