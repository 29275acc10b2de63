"""Comparing the quantities of a source and its translation: which state the same
figure, which are left over on either side, and which changed their unit.

:mod:`aligner.drift.quantities` reads the quantities of one text; the drift number check and
qa.numbers both compare through :func:`compare_quantities`.
"""

from __future__ import annotations

from dataclasses import dataclass

from aligner.drift.quantities import YEAR_UNITS, Quantity

# Units that name the same measure: "diez puntos" = "ten percentage points".
_SAME_UNITS = ({"pt", "pp"},)


# Spans of days Spanish (and French, Italian) count by the calendar's inclusive way: "en
# quince días" is "in two weeks", "dentro de ocho días" is "in a week" (session 33).
_CONVENTIONAL = frozenset({((15.0, "day"), (2.0, "week")), ((8.0, "day"), (1.0, "week"))})


def _conventional(a: Quantity, b: Quantity) -> bool:
    pair = ((a.value, a.unit), (b.value, b.unit))
    return (
        pair in _CONVENTIONAL or pair[::-1] in _CONVENTIONAL or _in_months(a, b) or _in_months(b, a)
    )


def _in_months(a: Quantity, b: Quantity) -> bool:
    """Whole or half years said in months ("un año y medio" → "eighteen months", "dos años"
    → "24 months"; session 34, drift39c): "cuatro años" → "four months" is still a change."""
    whole = a.value >= 1 and float(a.value * 2).is_integer()
    return a.unit == "year" and b.unit == "month" and whole and abs(a.value * 12 - b.value) < 1e-9


def same_quantity(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities (from any two languages) may state the same figure."""
    if _conventional(a, b):
        return True
    approx = a.approx or b.approx
    years_a = {v for dim, v in a.readings if dim == "ymd"}
    years_b = {v for dim, v in b.readings if dim == "ymd"}
    if years_a and years_b and not years_a & years_b:
        return False  # two full dates: the year decides (aligner.drift.dates)
    for dim, va in a.readings:
        for dim_b, vb in b.readings:
            if dim != dim_b:
                continue
            if approx and dim == "r" and abs(va - vb) <= 0.011:
                return True
            if abs(va - vb) <= 1e-9 * max(1.0, abs(va), abs(vb)):
                return True
    return False


def unit_conflict(a: Quantity, b: Quantity) -> bool:
    """Same figure, different unit ("cuatro años" → "four months", hectares → acres)."""
    if not a.unit or not b.unit or a.unit == b.unit:
        return False
    if any({a.unit, b.unit} <= same for same in _SAME_UNITS) or _conventional(a, b):
        return False
    return not (a.unit in YEAR_UNITS and b.unit in YEAR_UNITS)


@dataclass(frozen=True)
class QuantityDiff:
    matched: list[tuple[Quantity, Quantity]]
    src_only: list[Quantity]  # not weak, with no counterpart in the target
    tgt_only: list[Quantity]  # (soft ones only when the other side has one left too)
    unit_changes: list[tuple[Quantity, Quantity]]


def compare_quantities(src: list[Quantity], tgt: list[Quantity]) -> QuantityDiff:
    """Pair up source and target quantities; what is left over differs.

    A maximum matching (augmenting paths; lists are short) so that an early greedy
    choice cannot strand a later figure; pairs with the same unit, then the same kind,
    are preferred.
    """
    pairs = [[j for j, b in enumerate(tgt) if same_quantity(a, b)] for a in src]
    # Same unit first, then same kind: "dos" is "two" before it is "second".
    for i, options in enumerate(pairs):
        options.sort(
            key=lambda j, a=src[i]: (tgt[j].unit != a.unit, tgt[j].kind != a.kind, abs(j - i))
        )
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:
        for j in pairs[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(src)):
        place(i, set())
    matched = sorted(((src[i], tgt[j]) for j, i in owner.items()), key=lambda p: p[0].start)
    taken_src = set(owner.values())
    # A proportion left on each side ("la mitad" → "a third") is a changed proportion,
    # even when each alone would be too loose to report.
    both_ratios = any(q.kind == "ratio" for i, q in enumerate(src) if i not in taken_src) and any(
        q.kind == "ratio" for j, q in enumerate(tgt) if j not in owner
    )
    src_only = [
        q
        for i, q in enumerate(src)
        if i not in taken_src and (not q.weak or (both_ratios and q.kind == "ratio"))
    ]
    tgt_only = [
        q
        for j, q in enumerate(tgt)
        if j not in owner and (not q.weak or (both_ratios and q.kind == "ratio"))
    ]
    if not tgt_only:
        src_only = [q for q in src_only if not q.soft]
    if not src_only:
        tgt_only = [q for q in tgt_only if not q.soft]
    return QuantityDiff(
        matched, src_only, tgt_only, [(a, b) for a, b in matched if unit_conflict(a, b)]
    )
