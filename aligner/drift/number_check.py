"""Figures that differ between a source and its translation (:func:`check_numbers`, the
`number` findings): counts, dates, percentages, ordinals, units and their bounds."""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.clock_halves import half_lost
from aligner.drift.figure_bounds import bound_change, describe
from aligner.drift.figure_order import check_figure_order
from aligner.drift.list_markers import without_lone_markers
from aligner.drift.quantities import Quantity
from aligner.drift.quantity_match import QuantityDiff, compare_quantities
from aligner.drift.restated_figures import restated
from aligner.drift.signals import Finding, Side, span_of
from aligner.lang import profile
from aligner.textutil import quote


def check_numbers(src: Side, tgt: Side) -> list[Finding]:
    """Figures, dates, percentages, ordinals and units that differ after normalisation."""
    diff = compare_quantities(
        *without_lone_markers(src.text, src.quantities, tgt.text, tgt.quantities)
    )
    out = []
    for a, b in diff.unit_changes:
        out.append(
            _number(
                a,
                b,
                f"Same figure, different unit: {quote(a.text)} in the source "
                f"is {quote(b.text)} in the translation.",
            )
        )
    for a, b in diff.matched:
        lost = half_lost(a, b, tgt.text)  # "23:35" → "11:35": the morning (drift38a)
        if lost is not None:
            severity, message = lost
            out.append(
                Finding("number", severity, 0.8, span_of(a), span_of(b), message, "drift.number")
            )
            continue
        change = bound_change(
            src.text, a, src.lang, tgt.text, b, tgt.lang, src.quantities, tgt.quantities
        )
        if change is not None:
            src_span, tgt_span, message = describe(change, a, src.text, b, tgt.text)
            out.append(
                Finding("number", change.severity, 0.8, src_span, tgt_span, message, "drift.number")
            )
    tgt_left = [b for b in diff.tgt_only if _readable(b, src.lang)]
    src_left = []
    for a in (a for a in diff.src_only if _readable(a, tgt.lang)):
        if _as_multiple(a, tgt.text):  # "un 100 %" → "doubled": one figure, both sides
            tgt_left = [b for b in tgt_left if not _MULTIPLES[a.value].search(b.text)]
            continue
        b = _nearest(a, tgt_left, src, tgt)
        if b is not None:
            tgt_left.remove(b)
            out.append(
                _number(
                    a,
                    b,
                    f"The source says {quote(a.text)} but the translation says {quote(b.text)}.",
                )
            )
        else:
            src_left.append(a)
    for a in src_left:
        if _every_other(a, src.text, tgt.text):
            continue
        said = restated(a, src.text, tgt.text, _unmatched(tgt.quantities, diff, 1), src_left)
        if said:
            out.append(_minor(a, None, said))
        else:
            out.append(
                _number(
                    a,
                    None,
                    f"The figure {quote(a.text)} in the source is missing from the translation.",
                )
            )
    for b in tgt_left:
        if _every_other(b, tgt.text, src.text):
            continue
        said = restated(
            b,
            tgt.text,
            src.text,
            _unmatched(src.quantities, diff, 0),
            tgt_left,
            ("translation", "source"),
        )
        if said:
            out.append(_minor(None, b, said))
        else:
            out.append(
                _number(
                    None,
                    b,
                    f"The translation has {quote(b.text)}, which the source does not state.",
                )
            )
    return out + check_figure_order(src, tgt)


# "cada dos días" is "every other day" (Italian "ogni due giorni"): a frequency whose
# English has no figure. Only "every other" + the unit's word answers it.
_EVERY_TWO = re.compile(r"\b(?:cada|ogni)\s+(?:dos|2|due)\s+(\w+)", re.IGNORECASE)
_EVERY_OTHER = re.compile(r"\bevery\s+other\s+(\w+)", re.IGNORECASE)


def _every_other(q: Quantity, own_text: str, other_text: str) -> bool:
    """Whether ``q`` is the "dos" of "cada dos días" and the other side says "every
    other" before the same unit ("every other day")."""
    if q.value != 2 or not q.unit:
        return False
    every_two = [m for m in _EVERY_TWO.finditer(own_text) if m.start() <= q.start < m.end()]
    if not every_two:
        return False
    said = [w.lower() for w in _EVERY_OTHER.findall(other_text)]
    return q.unit in said or q.unit + "s" in said


# A change by a percentage said as a multiple (session 37, lead): "se redujo un 50 %" →
# "was halved", "creció un 100 %" → "doubled", "un 200 %" → "tripled"; English, Spanish
# and Portuguese words for the other side.
_MULTIPLES = {
    50.0: re.compile(r"\b(halv\w*|(by|in) half|a la mitad|pela metade)\b", re.I),
    100.0: re.compile(r"\b(doubl\w*|duplic\w*)\b", re.I),
    200.0: re.compile(r"\b(tripl\w*|triplic\w*)\b", re.I),
    300.0: re.compile(r"\b(quadrupl\w*|cuadruplic\w*|quadruplic\w*)\b", re.I),
}


def _as_multiple(q: Quantity, other_text: str) -> bool:
    said = _MULTIPLES.get(float(q.value)) if q.kind == "percent" else None
    return bool(said and said.search(other_text))


def _unmatched(
    quantities: Sequence[Quantity], diff: QuantityDiff, side: int
) -> tuple[list[Quantity], list[Quantity]]:
    """One side's quantities, and those of them (weak ones too) that nothing matched."""
    taken = {id(pair[side]) for pair in diff.matched}
    return list(quantities), [q for q in quantities if id(q) not in taken]


# Languages whose number words aligner reads (text2num and the lists in aligner.lang).
_WORD_LANGS = frozenset("es en pt fr de it".split())


def _readable(q: Quantity, other_lang: str) -> bool:
    """Whether the other side could have shown ``q``'s counterpart to this reader.

    "three" or "July" has no counterpart to find in a language whose number words or
    months aligner cannot read (Polish "trzy", Russian "июля"): unjudgeable, not added.
    """
    if q.kind in ("date", "month") and not profile(other_lang).month_names:
        return False
    return any(c.isdigit() for c in q.text) or other_lang in _WORD_LANGS


def _nearest(a: Quantity, pool: list[Quantity], src: Side, tgt: Side) -> Quantity | None:
    """The unmatched target figure most likely to be ``a`` changed: same kind, close by."""
    if not pool:
        return None
    pos = a.start / max(1, len(src.text))
    return min(pool, key=lambda b: (b.kind != a.kind, abs(b.start / max(1, len(tgt.text)) - pos)))


def _minor(a: Quantity | None, b: Quantity | None, message: str) -> Finding:
    """A figure whose value the other side does state: a repetition or a code, not a
    changed figure (reported for a reviewer, below the flagging line)."""
    return Finding("number", "minor", 0.5, span_of(a), span_of(b), message, "drift.number")


def _number(a: Quantity | None, b: Quantity | None, message: str) -> Finding:
    digits = any(c.isdigit() for q in (a, b) if q for c in q.text)
    return Finding(
        "number",
        "critical",
        0.9 if digits else 0.75,
        span_of(a),
        span_of(b),
        message,
        "drift.number",
    )
