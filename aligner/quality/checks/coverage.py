"""Is all of it translated, once: qa.omitted, qa.added, qa.untranslated, qa.length.

The checks of coverage: a source segment with no translation (a 1-0 bead) or a
translation with no source (0-1), a target that is still the source text or still in the
source language, and a length ratio that is an outlier for the document, which hints at
an omission or addition inside a segment. ``qa.length`` is a document check: it needs
the whole document's distribution of ratios.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

from aligner.alignment.langid import detect_language
from aligner.quality.checks.model import Context, Issue, Segment, _issue
from aligner.quality.checks.text import _LETTERS, _bare
from aligner.textutil import quote

# --------------------------------------------------------------------------- empty sides


def check_omitted(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.src.strip() and not seg.tgt.strip():
        return [_issue("qa.omitted", f"The source segment has no translation: {quote(seg.src)}",
                       (0, len(seg.src)))]  # fmt: skip
    return []


def check_added(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.tgt.strip() and not seg.src.strip():
        return [_issue("qa.added", f"The translation has a segment with no source: "
                       f"{quote(seg.tgt)}", None, (0, len(seg.tgt)))]  # fmt: skip
    return []


# --------------------------------------------------------------------------- untranslated


def check_untranslated(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null or ctx.src_lang == ctx.tgt_lang:
        return []
    whole = (0, len(seg.tgt))
    if _bare(seg.src) == _bare(seg.tgt) and _has_common_word(seg.tgt):
        # A name or a title ("Misión Verdad") is legitimately the same in both languages;
        # a lower-case word is language.
        return [_issue("qa.untranslated", "The translation is the source text, unchanged.",
                       (0, len(seg.src)), whole)]  # fmt: skip
    words = _LETTERS.findall(seg.tgt)
    if len(words) < ctx.thresholds.untranslated_min_words:
        return []
    lang, share = detect_language(seg.tgt)
    if lang == ctx.src_lang and share >= ctx.thresholds.untranslated_share:
        return [
            _issue(
                "qa.untranslated",
                f"The translation reads as {ctx.src_lang}, the "
                f"source language, not {ctx.tgt_lang}.",
                None,
                whole,
                round(share, 3),
            )
        ]
    return []  # fmt: skip


def _has_common_word(text: str) -> bool:
    return any(w[0].islower() and len(w) >= 3 for w in _LETTERS.findall(text))


# --------------------------------------------------------------------------- length


def check_length(segments: Sequence[Segment], ctx: Context) -> list[tuple[int, Issue]]:
    """Length-ratio outliers against the document's own distribution (robust z-score).

    A fixed ratio would be wrong for every language pair and every translator; the
    median and the median absolute deviation of this document are not moved by the
    few outliers we are looking for.
    """
    th = ctx.thresholds
    # Smoothing keeps short segments ("Sí." -> "Yes, indeed.") from dominating.
    ratios = {
        k: math.log((len(s.tgt) + 20) / (len(s.src) + 20))
        for k, s in enumerate(segments)
        if not s.is_null and max(len(s.src), len(s.tgt)) >= th.length_min_chars
    }
    if len(ratios) < th.length_min_segments:
        return []
    median = statistics.median(ratios.values())
    # A floor on the spread: in a very regular translation (a MAD of 0.04 is common) a
    # sentence condensed by a third is style, not an outlier.
    mad = max(statistics.median(abs(r - median) for r in ratios.values()), 0.08)
    out = []
    for k, r in ratios.items():
        z = 0.6745 * (r - median) / mad
        if abs(z) > th.length_z:
            seg = segments[k]
            actual = len(seg.tgt) / max(1, len(seg.src))
            word = "longer" if z > 0 else "shorter"
            message = (f"The translation is {word} than usual: {actual:.2f}× the source's "
                       f"length, where this document's translations run {math.exp(median):.2f}× "
                       f"(robust z = {z:+.1f}).")  # fmt: skip
            out.append((k, _issue("qa.length", message, None, None, 0.6)))
    return out
