"""The evidence on each of Text+Berg dev's wrong regions: what could tell gold from predicted.

    python bench/textberg_evidence.py [--json out.json]

For every wrong region of the second pass (bench/textberg_errors.py's regions, shipped
weights): each gold and predicted bead with its characters per side, its length ratio
against the document's, the second pass's cost and its signals (meaning cost by the
concatenated vector where the side was embedded as one text, by the pooled vector
otherwise; Gale–Church length cost; number and subword Dice costs), the sentences'
last characters (how they end: ".", ":", ";", ")" …), and the *gap* (gold's cost minus
the prediction's) with each term's share: the gap minus the gap with that term's weight
at 0 (positive: the term holds the prediction in place). Then, per class, the regions,
pieces, summed gap and summed share per term. No model call beyond the cached vectors.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from calibrate_overlap import _beads, prepare_overlap
from error_regions import classify, regions, shape
from textberg import load_sets
from textberg_errors import beads_cost, piece_of, reachable

from aligner.alignment.junction import bead_cost, null_cost
from aligner.alignment.overlap import realign, second_pass_weights
from aligner.alignment.score import BeadScorer
from aligner.types import Bead

# Weights whose share of each gap is reported (the meaning cost and the null costs are
# what is left when these are all at 0).
TERMS = ("length", "numbers", "subwords", "merge", "long_side", "null_asymmetry")
SIGNALS = ("meaning", "meaning_pooled", "concat", "length", "numbers", "subwords")


def bead_row(scorer: BeadScorer, bead: Bead, texts: tuple[list[str], list[str]]) -> dict:
    """One bead's evidence (module docstring)."""
    src_chars = sum(len(texts[0][i]) for i in bead.src)
    tgt_chars = sum(len(texts[1][j]) for j in bead.tgt)
    ends = [
        "".join(texts[k][i].rstrip()[-1:] for i in side)
        for k, side in enumerate((bead.src, bead.tgt))
    ]
    row: dict = {"src": list(bead.src), "tgt": list(bead.tgt), "chars": [src_chars, tgt_chars]}
    row["ends"] = ends
    if bead.src and bead.tgt:
        s1, t1, a, b = bead.src[-1] + 1, bead.tgt[-1] + 1, len(bead.src), len(bead.tgt)
        row["length_ratio"] = round(tgt_chars / max(1, src_chars) / scorer.ratio, 3)
        row["cost"] = round(bead_cost(scorer, (s1 - a, s1, t1 - b, t1)), 3)
        signals = scorer.bead_signals(s1, np.array([t1]), a, b)
        row.update({k: round(float(np.ravel(signals[k])[0]), 3) for k in SIGNALS})
    else:
        side, i = ("src", bead.src[0]) if bead.src else ("tgt", bead.tgt[0])
        row["cost"] = round(null_cost(scorer, side, i), 3)
    return row


def term_shares(planned, weights, gold_beads, pred_beads, gap: float) -> dict[str, float]:
    """Each term's share of the gap: the gap minus the gap with its weight at 0."""
    out = {}
    for term in TERMS:
        if not getattr(weights, term):
            continue
        zeroed = BeadScorer(planned.src, planned.tgt, dataclasses.replace(weights, **{term: 0.0}))
        without = beads_cost(zeroed, gold_beads) - beads_cost(zeroed, pred_beads)
        out[term] = round(gap - without, 3)
    return out


def study(weights=None) -> list[dict]:
    weights = weights or second_pass_weights()
    ((gold, planned, _first),) = prepare_overlap(["textberg"])["textberg"]
    pred = _beads(realign(planned, weights).path)
    scorer = BeadScorer(planned.src, planned.tgt, weights)
    ((_name, src, tgt, _gold),) = load_sets(["textberg"])["textberg"]
    texts = ([s.text for s in src.sentences], [t.text for t in tgt.sentences])
    pieces = piece_of(gold, pred)
    rows = []
    for gold_beads, pred_beads in regions(gold, pred):
        first = min(pred_beads, key=lambda b: b.src[:1] or b.tgt[:1])
        row = {
            "piece": pieces[(first.src, first.tgt)],
            "class": classify(gold_beads, pred_beads),
            "shape": f"{shape(gold_beads)} -> {shape(pred_beads)}",
            "gold": [bead_row(scorer, b, texts) for b in gold_beads],
            "pred": [bead_row(scorer, b, texts) for b in pred_beads],
            "gap": None,
        }
        if reachable(gold_beads, planned.max_bead):
            gap = beads_cost(scorer, gold_beads) - beads_cost(scorer, pred_beads)
            row["gap"] = round(gap, 3)
            row["shares"] = term_shares(planned, weights, gold_beads, pred_beads, gap)
        row["texts"] = {
            **{f"S{i}": texts[0][i] for b in gold_beads for i in b.src},
            **{f"T{j}": texts[1][j] for b in gold_beads for j in b.tgt},
        }
        rows.append(row)
    return rows


def by_class(rows: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for row in rows:
        empty = {"regions": 0, "pieces": set(), "reachable": 0, "gap": 0.0, "shares": {}}
        entry = out.setdefault(row["class"], empty)
        entry["regions"] += 1
        entry["pieces"].add(row["piece"])
        if row["gap"] is not None:
            entry["reachable"] += 1
            entry["gap"] = round(entry["gap"] + row["gap"], 3)
            for term, value in row["shares"].items():
                entry["shares"][term] = round(entry["shares"].get(term, 0.0) + value, 3)
    for entry in out.values():
        entry["pieces"] = sorted(entry["pieces"])
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", help="also write the regions and the summary here")
    args = parser.parse_args()
    rows = study()
    for row in rows:
        gap = "beyond reach" if row["gap"] is None else f"gap {row['gap']:+.3f} {row['shares']}"
        print(f"piece {row['piece']}  {row['class']:<16} {row['shape']}  {gap}")
        for name in ("gold", "pred"):
            for b in row[name]:
                extra = {k: b[k] for k in ("length_ratio", *SIGNALS) if k in b}
                print(f"    {name} {b['src']}:{b['tgt']} chars {b['chars']}", end="")
                print(f" ends {b['ends']} cost {b['cost']} {extra}")
    summary = by_class(rows)
    print("\nby class: regions, pieces, reachable, summed gap, summed share per term")
    for name, e in summary.items():
        print(
            f"  {name:<16} {e['regions']}  pieces {e['pieces']}  reachable {e['reachable']}", end=""
        )
        print(f"  gap {e['gap']}  {e['shares']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"regions": rows, "by_class": summary}, handle, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
