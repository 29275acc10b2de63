"""Which aligned units make it into an exported corpus: score, shape, nulls, length, repeats.

`aligner export` and `aligner batch` apply the same :class:`Filters` to the units read
from an alignment, and report how many each filter removed.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aligner.io.export import Unit


@dataclass
class Filters:
    """Which units to drop before export; every filter is off by default."""

    min_score: float | None = None  # drop units scored below this (or with no score)
    one_to_one: bool = False  # keep 1-1 beads only
    drop_null: bool = False  # drop omissions and additions (1-0, 0-1, an empty side)
    dedupe: bool = False  # drop repeats of the same source+target after whitespace folding
    max_length_ratio: float | None = None  # drop units whose longer side is > ratio x shorter

    def __post_init__(self) -> None:
        if self.min_score is not None and math.isnan(self.min_score):
            raise ValueError("min_score must be a number")
        if self.max_length_ratio is not None and not self.max_length_ratio >= 1:
            raise ValueError("max_length_ratio must be at least 1")


Step = Callable[[list["Unit"]], list["Unit"]]


def apply_filters(units: Iterable[Unit], filters: Filters) -> tuple[list[Unit], dict[str, int]]:
    """Kept units, and how many each active filter removed, in the order applied."""
    kept = list(units)
    removed: dict[str, int] = {}
    for name, step in _steps(filters):
        before = len(kept)
        kept = step(kept)
        removed[name] = before - len(kept)
    return kept, removed


def _steps(filters: Filters) -> list[tuple[str, Step]]:
    # Per-unit filters first; dedupe last, so the copy it keeps is one that passed the others.
    steps: list[tuple[str, Step]] = []
    if filters.min_score is not None:
        threshold = filters.min_score
        steps.append(("min_score", _keep(lambda u: u.score is not None and u.score >= threshold)))
    if filters.one_to_one:
        steps.append(("one_to_one", _keep(lambda u: u.bead == "1-1")))
    if filters.drop_null:
        steps.append(("drop_null", _keep(lambda u: not is_null(u))))
    if filters.max_length_ratio is not None:
        limit = filters.max_length_ratio
        steps.append(("max_length_ratio", _keep(lambda u: length_ratio(u) <= limit)))
    if filters.dedupe:
        steps.append(("dedupe", _dedupe))
    return steps


def _keep(predicate: Callable[[Unit], bool]) -> Step:
    return lambda units: [u for u in units if predicate(u)]


def is_null(unit: Unit) -> bool:
    """An omission or addition: a bead with an empty side, or a side with no text."""
    src_n, _, tgt_n = unit.bead.partition("-")
    return src_n == "0" or tgt_n == "0" or not unit.src.strip() or not unit.tgt.strip()


def length_ratio(unit: Unit) -> float:
    """Longer side over shorter side, in characters; 1.0 when a side is empty.

    A null unit has no meaningful ratio, and dropping it is --drop-null's decision.
    """
    a, b = len(unit.src.strip()), len(unit.tgt.strip())
    if not a or not b:
        return 1.0
    return max(a, b) / min(a, b)


def fold(text: str) -> str:
    """Whitespace runs (any Unicode space) to one space, ends trimmed, NFC."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _dedupe(units: list[Unit]) -> list[Unit]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for unit in units:
        key = (fold(unit.src), fold(unit.tgt))
        if key not in seen:
            seen.add(key)
            kept.append(unit)
    return kept
