"""Speed of the per-bead MT features with aligner.alignment.chrf against sacrebleu's chrF.

    python bench/chrf_speed.py [--sets book1500,heldout]

Per set (the cheap pass kept by bench/selective_curve.py), computes the MT features of
the cheap path's beads (aligner.alignment.confidence.mt_bead_features) twice in the same
run: with sacrebleu's ``CHRF().sentence_score`` and with aligner.alignment.chrf
(``SpanChrf``: integer-coded n-grams, since branch speed17a). Reports both times, their
ratio and the largest difference between the two feature matrices.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np
from sacrebleu.metrics import CHRF
from selective_curve import cheap_pass

from aligner.alignment import confidence
from aligner.alignment.chrf import SpanChrf


class _SacrebleuChrf(SpanChrf):
    """SpanChrf's interface, scored by sacrebleu on the joined texts."""

    def __call__(self, hyp: tuple[int, int], ref: tuple[int, int], swap: bool = False) -> float:
        hyp_side, ref_side = (1, 0) if swap else (0, 1)
        hypothesis = " ".join(self.texts[hyp_side][hyp[0] : hyp[1]])
        reference = " ".join(self.texts[ref_side][ref[0] : ref[1]])
        if not (hypothesis.strip() and reference.strip()):
            return 0.0
        return CHRF().sentence_score(hypothesis, [reference]).score / 100.0


def _features(docs) -> tuple[list[np.ndarray], float]:
    began = time.perf_counter()
    rows = [
        confidence.mt_bead_features(cheap.path.spans, cheap.src_mt, cheap.tgt_texts)
        for cheap, _src, _tgt in docs
        if cheap.src_mt is not None
    ]
    return rows, time.perf_counter() - began


def measure(set_name: str) -> dict:
    """Both timings and the largest feature difference on one set."""
    docs = cheap_pass(set_name)
    try:
        confidence.SpanChrf = _SacrebleuChrf
        slow, slow_s = _features(docs)
    finally:
        confidence.SpanChrf = SpanChrf
    fast, fast_s = _features(docs)
    diff = max((float(np.abs(a - b).max()) for a, b in zip(slow, fast, strict=True) if a.size),
               default=0.0)  # fmt: skip
    return {
        "set": set_name,
        "beads": sum(len(r) for r in fast),
        "sacrebleu_s": round(slow_s, 2),
        "fast_s": round(fast_s, 2),
        "ratio": round(slow_s / fast_s, 2),
        "max_abs_diff": diff,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="book1500,heldout")
    args = parser.parse_args()
    for name in args.sets.split(","):
        print(measure(name), flush=True)


if __name__ == "__main__":
    main()
