"""Single nulls side by side in the aligner's output and in gold, per benchmark set.

    python bench/paired_nulls.py [--sets textberg,heldout,parallel,other,seed] [--show]

For each set (bench/textberg.py's sets: Text+Berg dev and the corpora with their damaged
copies), aligns every document with the default engine with the join of
aligner/alignment/paired_nulls.py switched off, and counts the source null and target
null side by side (one sentence each) in its output: how many there are, how many the gold
aligns 1-1, and how many match above the document's threshold (the 10th percentile of its
1-1 beads' cosines), which the join takes. Then aligns again with the join and counts the
documents whose beads differ. Also counts such pairs in the gold. Written for session 30
(docs/benchmarks.md, "Session 30 (lead)").
"""

from __future__ import annotations

import argparse
import os
import sys
from itertools import pairwise

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np
from textberg import load_sets

from aligner.alignment import paired_nulls
from aligner.alignment.crossing import MATCH_PERCENTILE
from aligner.alignment.embed import load_embedder
from aligner.alignment.engine import align
from aligner.types import Bead


def side_by_side(beads: list[Bead]) -> list[tuple[int, int]]:
    """(source sentence, target sentence) of each single source null next to a single
    target null."""
    out = []
    for a, b in pairwise(beads):
        single = a.is_null and b.is_null and len(a.src + a.tgt) == 1 == len(b.src + b.tgt)
        if single and bool(a.src) != bool(b.src):
            out.append(((a.src or b.src)[0], (a.tgt or b.tgt)[0]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="textberg,heldout,parallel,other,seed")
    parser.add_argument("--show", action="store_true", help="print every pair")
    args = parser.parse_args()
    embedder, problem = load_embedder()
    if embedder is None:
        sys.exit(f"paired_nulls: {problem}")
    print(
        "| set | documents | beads (gold) | side by side in gold | in the output without the "
        "join | of them gold 1-1 | above threshold | documents changed by the join |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, docs in load_sets(args.sets.split(",")).items():
        n_beads = gold_pairs = found = gold_one = above = changed = 0
        for doc_name, src, tgt, gold in docs:
            paired_nulls.ENABLED = False
            result = align(src, tgt, embedder=embedder)
            paired_nulls.ENABLED = True
            joined = align(src, tgt, embedder=embedder)
            changed += [(b.src, b.tgt) for b in joined.beads] != [
                (b.src, b.tgt) for b in result.beads
            ]
            n_beads += len(gold)
            gold_pairs += len(side_by_side(gold))
            ones = {(b.src, b.tgt) for b in gold if len(b.src) == 1 == len(b.tgt)}
            vs = embedder.embed([s.text for s in src.sentences])
            vt = embedder.embed([s.text for s in tgt.sentences])
            cos = [
                float(vs[b.src[0]] @ vt[b.tgt[0]])
                for b in result.beads
                if len(b.src) == 1 == len(b.tgt)
            ]
            threshold = float(np.percentile(cos, MATCH_PERCENTILE)) if cos else 1.0
            for i, j in side_by_side(result.beads):
                found += 1
                gold_one += ((i,), (j,)) in ones
                match = float(vs[i] @ vt[j])
                above += match > threshold
                if args.show:
                    print(
                        f"  {name} {doc_name}: {i} {j} cosine {match:.3f} threshold {threshold:.3f}"
                    )
        print(
            f"| {name} | {len(docs)} | {n_beads} | {gold_pairs} | {found} | {gold_one} | "
            f"{above} | {changed} |"
        )


if __name__ == "__main__":
    main()
