"""qa.numbers: figures, dates, percentages and units compared across the pair.

The comparison itself (normalising 100.000 = 100,000, dos = two, siglo XV = 15th
century for each language) is :mod:`aligner.drift.quantities`, shared with the aligner's
scoring and the drift checks; this module turns its differences into issues, pairing a
figure missing from the translation with the added one most likely to be it changed, and
reporting a matched figure whose bound changed (:mod:`aligner.drift.figure_bounds`).
"""

from __future__ import annotations

from aligner.drift.figure_bounds import bound_change, describe
from aligner.drift.quantities import Quantity, extract_quantities
from aligner.drift.quantity_match import compare_quantities
from aligner.quality.checks.model import Context, Issue, Segment, _issue
from aligner.textutil import quote


def check_numbers(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null:
        return []
    src_figures = extract_quantities(seg.src, ctx.src_lang)
    tgt_figures = extract_quantities(seg.tgt, ctx.tgt_lang)
    diff = compare_quantities(src_figures, tgt_figures)
    out = [
        _issue("qa.numbers", f"Same figure, different unit: {quote(a.text)} in the source is "
               f"{quote(b.text)} in the translation.", (a.start, a.end), (b.start, b.end))
        for a, b in diff.unit_changes
    ]  # fmt: skip
    for a, b in diff.matched:  # same figure, another bound: "más de 3.000" → "almost 3,000"
        change = bound_change(
            seg.src, a, ctx.src_lang, seg.tgt, b, ctx.tgt_lang, src_figures, tgt_figures
        )
        if change is not None:
            src_span, tgt_span, message = describe(change, a, seg.src, b, seg.tgt)
            out.append(Issue("qa.numbers", change.severity, message, src_span, tgt_span, 0.8))
    left = list(diff.tgt_only)
    for a in diff.src_only:
        b = _counterpart(a, left, len(seg.src), len(seg.tgt))
        if b is None:
            out.append(_issue("qa.numbers", f"The figure {quote(a.text)} is missing from the "
                              "translation.", (a.start, a.end)))  # fmt: skip
            continue
        left.remove(b)
        message = f"The source says {quote(a.text)} but the translation says {quote(b.text)}."
        out.append(_issue("qa.numbers", message, (a.start, a.end), (b.start, b.end)))
    for b in left:
        out.append(_issue("qa.numbers", f"The translation has {quote(b.text)}, which the "
                          "source does not state.", None, (b.start, b.end)))  # fmt: skip
    return out


def _counterpart(a: Quantity, pool: list[Quantity], n_src: int, n_tgt: int) -> Quantity | None:
    """The unmatched target figure most likely to be ``a`` changed: same kind, same place."""
    if not pool:
        return None
    where = a.start / max(1, n_src)
    return min(pool, key=lambda b: (b.kind != a.kind, abs(b.start / max(1, n_tgt) - where)))
