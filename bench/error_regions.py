"""Alignment errors as regions: what the aligner made of each stretch it got wrong.

A *region* is a smallest stretch of sentences that the gold and the predicted beads
both cover whole (the connected groups of beads that share a sentence); a region is
wrong when its gold and predicted beads differ. Each wrong region gets one class:

* ``unreachable``: the gold crosses (a later source sentence with an earlier target
  one) or skips a sentence inside a bead; no monotone aligner can produce it;
* ``wrong null``: the prediction leaves out a sentence the gold aligns, cutting a gold
  bead (a 1-2 predicted as 1-1 + 0-1);
* ``null absorbed``: the gold leaves a sentence out and the prediction folds it into
  a neighbour's bead;
* ``nulls paired``: the gold leaves out only (a source sentence whose translation
  was replaced by an unrelated one: 1-0 + 0-1) and the prediction pairs them;
* ``over-merge``: fewer predicted beads than gold ones, no null involved (two gold
  1-1 beads predicted as one 2-2);
* ``over-split``: more predicted beads than gold ones, no null involved (a gold 2-2
  predicted as two 1-1);
* ``boundary shifted``: as many beads as the gold, a boundary moved by a sentence or
  more inside a merge region.

Sentences that a gold file leaves out of every bead (the corpora's gold lists only
aligned beads) count as gold null beads.
"""

from __future__ import annotations

import itertools

from aligner.types import Bead

CLASSES = (
    "wrong null",
    "null absorbed",
    "nulls paired",
    "over-merge",
    "over-split",
    "boundary shifted",
    "unreachable",
)


def with_implicit_nulls(gold: list[Bead], pred: list[Bead]) -> list[Bead]:
    """The gold beads plus a null bead for each sentence that only the prediction covers."""
    src = {i for b in gold for i in b.src}
    tgt = {j for b in gold for j in b.tgt}
    extra = [Bead((i,), ()) for b in pred for i in b.src if i not in src]
    extra += [Bead((), (j,)) for b in pred for j in b.tgt if j not in tgt]
    return list(gold) + extra


def regions(gold: list[Bead], pred: list[Bead]) -> list[tuple[list[Bead], list[Bead]]]:
    """The wrong regions: (gold beads, predicted beads) of each, in document order."""
    items = [(True, b) for b in with_implicit_nulls(gold, pred)] + [(False, b) for b in pred]
    parent = list(range(len(items)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    owner: dict[tuple[str, int], int] = {}
    for k, (_is_gold, bead) in enumerate(items):
        for key in [("s", i) for i in bead.src] + [("t", j) for j in bead.tgt]:
            if key in owner:
                parent[root(k)] = root(owner[key])
            else:
                owner[key] = k
    groups: dict[int, list[tuple[bool, Bead]]] = {}
    for k, item in enumerate(items):
        groups.setdefault(root(k), []).append(item)
    out = []
    for group in groups.values():
        gold_beads = [b for is_gold, b in group if is_gold]
        pred_beads = [b for is_gold, b in group if not is_gold]
        if {_key(b) for b in gold_beads} != {_key(b) for b in pred_beads}:
            out.append((gold_beads, pred_beads))
    # In the prediction's order (it covers every sentence, so each region has a bead of it).
    order = {_key(b): k for k, b in enumerate(pred)}
    out.sort(key=lambda r: min((order.get(_key(b), len(pred)) for b in r[1]), default=len(pred)))
    return out


def classify(gold: list[Bead], pred: list[Bead]) -> str:
    """The class of one wrong region (module docstring)."""
    if _unreachable(gold):
        return "unreachable"
    gold_nulls = sum(1 for b in gold if not b.src or not b.tgt)
    pred_nulls = sum(1 for b in pred if not b.src or not b.tgt)
    if gold_nulls == len(gold) and pred_nulls < gold_nulls:
        return "nulls paired"
    if pred_nulls > gold_nulls and len(pred) > len(gold):
        return "wrong null"
    if gold_nulls > pred_nulls and len(pred) < len(gold):
        return "null absorbed"
    if len(pred) < len(gold):
        return "over-merge"
    if len(pred) > len(gold):
        return "over-split"
    return "boundary shifted"


def region_breakdown(pairs) -> dict[str, dict[str, int]]:
    """Per class: wrong regions and the gold beads with both sides they hold."""
    out = {name: {"regions": 0, "gold_beads": 0} for name in CLASSES}
    for gold, pred in pairs:
        for gold_beads, pred_beads in regions(gold, pred):
            row = out[classify(gold_beads, pred_beads)]
            row["regions"] += 1
            row["gold_beads"] += sum(1 for b in gold_beads if b.src and b.tgt)
    return dict(sorted(out.items(), key=lambda kv: -kv[1]["gold_beads"]))


def shape(beads: list[Bead]) -> str:
    """The bead shapes of one side of a region in document order, e.g. "1-1 + 0-1"."""
    return " + ".join(f"{len(b.src)}-{len(b.tgt)}" for b in sorted(beads, key=_place(beads)))


def _place(beads: list[Bead]):
    """Sort key in reading order: a 0-1 bead goes after the beads whose targets precede it."""

    def key(bead: Bead) -> tuple[float, float]:
        if bead.src:
            return (min(bead.src), min(bead.tgt, default=-1))
        before = [max(b.src) for b in beads if b.src and b.tgt and max(b.tgt) < min(bead.tgt)]
        return (max(before, default=-1) + 0.5, min(bead.tgt))

    return key


def shape_breakdown(pairs, top: int = 12) -> dict[str, int]:
    """The commonest wrong regions by shape, "gold -> predicted" (a gold 1-2 predicted as
    1-1 + 0-1 is "1-2 -> 1-1 + 0-1"), with how many regions each; the rest as "other"."""
    counts: dict[str, int] = {}
    for gold, pred in pairs:
        for gold_beads, pred_beads in regions(gold, pred):
            key = f"{shape(gold_beads)} -> {shape(pred_beads)}"
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out = dict(ranked[:top])
    if len(ranked) > top:
        out["other"] = sum(v for _k, v in ranked[top:])
    return out


def _key(bead: Bead) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return (tuple(bead.src), tuple(bead.tgt))


def _contiguous(ids: tuple[int, ...] | list[int]) -> bool:
    return not ids or list(ids) == list(range(min(ids), max(ids) + 1))


def _unreachable(gold: list[Bead]) -> bool:
    if any(not _contiguous(b.src) or not _contiguous(b.tgt) for b in gold):
        return True
    full = sorted((b for b in gold if b.src and b.tgt), key=lambda b: min(b.src))
    return any(min(b.tgt) < max(a.tgt) for a, b in itertools.pairwise(full))
