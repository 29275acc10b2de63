"""The translation's own typing: qa.doubled_words and qa.whitespace.

Slips made while writing the target rather than in translating it: the same word twice
in a row (unless grammatical in the target language, or the source repeats one too), and
leading/trailing whitespace, double spaces and a space before punctuation (French keeps
its space before ; : ! ?). Both look at the target and use the source only as an excuse.
"""

from __future__ import annotations

import re

from aligner.quality.checks.model import Context, Issue, Segment, _capped, _issue
from aligner.textutil import quote

# --------------------------------------------------------------------------- doubled words

# Repetitions that are grammatical: "he had had", "said that that was", "nous nous".
_GRAMMATICAL_DOUBLES = {
    "en": frozenset({"had", "that", "is"}),
    "fr": frozenset({"nous", "vous"}),
    "de": frozenset({"die", "der", "das", "sie"}),
}
_DOUBLED = re.compile(r"(?<![^\W_])([^\W\d_]+)\s+\1(?![^\W_])", re.IGNORECASE)


def check_doubled_words(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null or _DOUBLED.search(seg.src):
        return []  # a source that repeats itself ("muy, muy") may be rendered the same way
    allowed = _GRAMMATICAL_DOUBLES.get(ctx.tgt_lang, frozenset())
    out = []
    for m in _DOUBLED.finditer(seg.tgt):
        if m.group(1).lower() in allowed:
            continue
        out.append(_issue("qa.doubled_words", f"{quote(m.group(0))}: the word is doubled.",
                          None, (m.start(), m.end())))  # fmt: skip
    return _capped(out, ctx.thresholds.max_per_segment)


# --------------------------------------------------------------------------- whitespace

_MULTI_SPACE = re.compile(r"(?<=\S)[ \t\u00a0\u202f]{2,}(?=\S)")
_SPACE_BEFORE = re.compile(r"(?<=[^\W_])[ \t]+(?=[,.;:!?)\]](?:\s|$))")
_FRENCH_SPACED = frozenset(";:!?")


def check_whitespace(seg: Segment, ctx: Context) -> list[Issue]:
    if seg.is_null:
        return []
    out = []
    for name, src_ws, tgt_ws, at in (
        ("leading", _lead(seg.src), _lead(seg.tgt), 0),
        ("trailing", _trail(seg.src), _trail(seg.tgt), len(seg.tgt) - len(_trail(seg.tgt))),
    ):
        if src_ws != tgt_ws:
            span = (at, at + len(tgt_ws)) if tgt_ws else None
            out.append(_issue("qa.whitespace", f"The {name} whitespace differs from the "
                              f"source's ({len(src_ws)} vs {len(tgt_ws)} characters).",
                              None, span))  # fmt: skip
    if not _MULTI_SPACE.search(seg.src):
        for m in _MULTI_SPACE.finditer(seg.tgt):
            out.append(_issue("qa.whitespace", "Double space in the translation.", None,
                              (m.start(), m.end())))  # fmt: skip
    for m in _SPACE_BEFORE.finditer(seg.tgt):
        mark = seg.tgt[m.end()]
        if ctx.tgt_lang == "fr" and mark in _FRENCH_SPACED:
            continue
        out.append(_issue("qa.whitespace", f"Space before {quote(mark)} in the translation.",
                          None, (m.start(), m.end())))  # fmt: skip
    return _capped(out, ctx.thresholds.max_per_segment)


def _lead(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


def _trail(text: str) -> str:
    return text[len(text.rstrip()) :]
