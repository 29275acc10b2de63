"""qa.numbers: figures, dates, percentages and units compared across the pair.

The comparison itself (normalising 100.000 = 100,000, dos = two, siglo XV = 15th
century for each language) is :mod:`aligner.drift.quantities`, shared with the aligner's
scoring and the drift checks; this module turns its differences into issues, pairing a
figure missing from the translation with the added one most likely to be it changed.
"""

from __future__ import annotations

from aligner.drift.quantities import Quantity, extract_quantities
from aligner.drift.quantity_match import compare_quantities
from aligner.quality.checks.model import Context, Issue, Segment, _issue
from aligner.textutil import quote


def check_numbers(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null:
        return []
    diff = compare_quantities(
        extract_quantities(seg.src, ctx.src_lang), extract_quantities(seg.tgt, ctx.tgt_lang)
    )
    out = [
        _issue("qa.numbers", f"Same figure, different unit: {quote(a.text)} in the source is "
               f"{quote(b.text)} in the translation.", (a.start, a.end), (b.start, b.end))
        for a, b in diff.unit_changes
    ]  # fmt: skip
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
