"""Text+Berg dev's wrong regions after the second pass, piece by piece, with their price.

    python bench/textberg_errors.py [--texts] [--json out.json]

For each wrong region (bench/error_regions.py): the piece of Text+Berg dev it sits in
(the four pieces that bench/calibrate.py --overlap leaves out in turn), its class, the
gold and predicted shapes, and the *cost gap*: what the gold's beads cost under the second
pass's own scorer minus what the predicted beads cost (positive: the aligner prefers its
answer, and a rule must move the gold by at least that much). A region whose gold crosses,
skips a sentence inside a bead, or has a bead bigger than the second pass allows
(``max_bead`` + overlap.EXTRA_BEAD sentences) has no gap: no weight of the DP reaches it.
Then the count of regions by class and piece: a class that sits in one piece only cannot
raise the leave-one-piece-out estimate, whatever rule fixes it (docs/benchmarks.md, tb21).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from calibrate_overlap import PARTS, _beads, prepare_overlap
from error_regions import CLASSES, _unreachable, classify, regions, shape
from textberg import load_sets, split_parts

from aligner.alignment.junction import bead_cost, null_cost
from aligner.alignment.overlap import realign, second_pass_weights
from aligner.alignment.score import BeadScorer
from aligner.types import Bead


def piece_of(gold: list[Bead], pred: list[Bead], parts: int = PARTS) -> dict:
    """Each predicted bead's piece, as textberg.split_parts assigns it."""
    return {
        (b.src, b.tgt): k
        for k, (_g, beads) in enumerate(split_parts(gold, pred, parts))
        for b in beads
    }


def beads_cost(scorer: BeadScorer, beads: list[Bead]) -> float:
    """The second pass's cost of a list of beads (null beads at their sentence's cost)."""
    total = 0.0
    for b in beads:
        if b.src and b.tgt:
            total += bead_cost(scorer, (b.src[0], b.src[-1] + 1, b.tgt[0], b.tgt[-1] + 1))
        else:
            side, i = ("src", b.src[0]) if b.src else ("tgt", b.tgt[0])
            total += null_cost(scorer, side, i)
    return total


def reachable(gold: list[Bead], biggest: int) -> bool:
    """Whether a monotone DP with beads of at most ``biggest`` sentences can make ``gold``."""
    return not _unreachable(gold) and all(len(b.src) + len(b.tgt) <= biggest for b in gold)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", action="store_true", help="print each region's sentences")
    parser.add_argument("--json", help="also write the regions here")
    args = parser.parse_args()
    weights = second_pass_weights()
    ((gold, planned, _first),) = prepare_overlap(["textberg"])["textberg"]
    pred = _beads(realign(planned, weights).path)
    scorer = BeadScorer(planned.src, planned.tgt, weights)
    pieces = piece_of(gold, pred)
    rows = []
    for gold_beads, pred_beads in regions(gold, pred):
        ok = reachable(gold_beads, planned.max_bead)
        gap = beads_cost(scorer, gold_beads) - beads_cost(scorer, pred_beads) if ok else None
        first = min(pred_beads, key=lambda b: b.src[:1] or b.tgt[:1])
        rows.append(
            {
                "piece": pieces[(first.src, first.tgt)],
                "class": classify(gold_beads, pred_beads),
                "gold": shape(gold_beads),
                "pred": shape(pred_beads),
                "src": sorted(i for b in gold_beads for i in b.src),
                "tgt": sorted(j for b in gold_beads for j in b.tgt),
                "cost_gap": None if gap is None else round(gap, 3),
            }
        )
    ((_name, src, tgt, _gold),) = load_sets(["textberg"])["textberg"]
    texts = (src.sentences, tgt.sentences)
    for row in rows:
        gap = "beyond reach" if row["cost_gap"] is None else f"gap {row['cost_gap']:+.3f}"
        print(
            f"piece {row['piece']}  {row['class']:<16} {row['gold']} -> {row['pred']}  "
            f"S{row['src'][:1]} T{row['tgt'][:1]}  {gap}"
        )
        if args.texts:
            for side, name in zip(texts, "ST", strict=True):
                for i in row["src" if name == "S" else "tgt"]:
                    print(f"    {name}{i}: {side[i].text}")
    print("\nregions by class and piece:")
    for name in CLASSES:
        counts = [sum(r["class"] == name and r["piece"] == k for r in rows) for k in range(PARTS)]
        if any(counts):
            print(f"  {name:<16} {counts}  in {sum(c > 0 for c in counts)} piece(s)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(rows, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
