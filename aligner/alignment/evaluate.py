"""Alignment evaluation with the community's definitions (as in Vecalign's scorer).

* strict: a predicted bead counts only if the same bead is in the gold.
* lax: a predicted bead counts if it shares at least one sentence on each side
  with a gold bead.
* precision is over predicted beads; null beads (1-0, 0-1) count only on an
  exact match. Recall is over gold beads that have both sides.
* Counts are summed over documents before dividing.
"""

from __future__ import annotations

from dataclasses import dataclass

from aligner.types import Bead


@dataclass
class Counts:
    strict_correct_pred: int = 0
    lax_correct_pred: int = 0
    predicted: int = 0
    strict_correct_gold: int = 0
    lax_correct_gold: int = 0
    gold: int = 0

    def add(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        return (
            self.strict_correct_pred,
            self.lax_correct_pred,
            self.predicted,
            self.strict_correct_gold,
            self.lax_correct_gold,
            self.gold,
        )


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float


def _key(bead: Bead) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return (tuple(bead.src), tuple(bead.tgt))


def _overlaps(pred: Bead, gold: Bead) -> bool:
    return bool(set(pred.src) & set(gold.src)) and bool(set(pred.tgt) & set(gold.tgt))


def _matches(beads: list[Bead], reference: list[Bead]) -> tuple[int, int]:
    """(exact, lax) matches of ``beads`` in ``reference``; lax needs both sides to overlap,
    so a null bead only ever matches exactly."""
    keys = {_key(b) for b in reference}
    by_src: dict[int, list[Bead]] = {}
    for bead in reference:
        for i in bead.src:
            by_src.setdefault(i, []).append(bead)
    exact = lax = 0
    for bead in beads:
        if _key(bead) in keys:
            exact += 1
            lax += 1
        elif (
            bead.src
            and bead.tgt
            and any(_overlaps(bead, other) for i in bead.src for other in by_src.get(i, ()))
        ):
            lax += 1
    return exact, lax


def count(gold: list[Bead], pred: list[Bead]) -> Counts:
    gold_full = [b for b in gold if b.src and b.tgt]
    strict_pred, lax_pred = _matches(pred, gold)
    strict_gold, lax_gold = _matches(gold_full, pred)
    return Counts(strict_pred, lax_pred, len(pred), strict_gold, lax_gold, len(gold_full))


def _prf(correct_pred: int, predicted: int, correct_gold: int, gold: int) -> Scores:
    precision = correct_pred / predicted if predicted else 0.0
    recall = correct_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1)


def scores(counts: Counts) -> dict[str, Scores]:
    return {
        "strict": _prf(
            counts.strict_correct_pred, counts.predicted, counts.strict_correct_gold, counts.gold
        ),
        "lax": _prf(
            counts.lax_correct_pred, counts.predicted, counts.lax_correct_gold, counts.gold
        ),
    }


def evaluate(pairs: list[tuple[list[Bead], list[Bead]]]) -> dict[str, Scores]:
    """Score (gold, predicted) bead lists, summing counts over documents."""
    total = Counts()
    for gold, pred in pairs:
        total = total.add(count(gold, pred))
    return scores(total)
