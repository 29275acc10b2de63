"""What a finding quotes as evidence: a cue with the word it governs, or the clause of
one side that faces the other side's cue (where a translator looks first)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from aligner.drift.text import Clause
from aligner.lang import profile
from aligner.textutil import quote

if TYPE_CHECKING:
    from aligner.drift.signals import Side
    from aligner.drift.text import Cue


def cue_text(side: Side, cue: Cue | None) -> str:
    if cue is None:
        return ""
    # Show a one-word cue with the word after it: "no obliga", not just "no"; but a
    # content word before a function word stands alone ("excelentes", not "excelentes que").
    end = cue.char_end
    if cue.end < len(side.ws) and cue.end - cue.start == 1:
        after, own = side.ws[cue.end], side.ws[cue.start]
        if not (len(own.norm) >= 5 and after.norm in profile(side.lang).stopwords):
            end = after.end
    return side.text[cue.char_start : end]


def quoted_cue(side: Side, cue: Cue | None, across: tuple[Side, Cue | None] | None = None) -> str:
    """What to quote from a side: its own cue; else, given the other side and its cue, this
    side's clause at the cue's place (where a translator looks first: "We are going to
    raise taxes", not the whole sentence with its attribution); else the text itself."""
    if cue:
        return quote(cue_text(side, cue))
    clause = clause_facing(side, *across) if across else None
    return quote(_closed(side.text, clause) if clause else side.text)


_CLOSING = {"«": "»", "“": "”", '"': '"'}


def _closed(text: str, clause: Clause) -> str:
    """The clause's text with the closing mark of a quotation it opens, so that the
    evidence never shows a quotation mark left open."""
    shown = text[clause.start : clause.end]
    for opener, closer in _CLOSING.items():
        if opener == closer:
            left_open = shown.count(opener) % 2 == 1
        else:
            left_open = shown.count(opener) > shown.count(closer)
        if left_open:
            at = text.find(closer, clause.end)
            if at != -1 and at - clause.end <= 3:
                return text[clause.start : at + 1]
    return shown


def clause_facing(side: Side, other: Side, other_cue: Cue | None) -> Clause | None:
    """The clause of ``side`` at the relative place of ``other_cue`` in ``other``, when
    ``side`` has several clauses and that one is well short of the whole text."""
    if other_cue is None or len(side.clauses) < 2:
        return None
    # A cue inside the n-th quotation faces the n-th quotation of a side that quotes as
    # often ("podría poner en riesgo" → "will put at risk").
    theirs, mine = _quotations(other.text), _quotations(side.text)
    inside = [n for n, (a, b) in enumerate(theirs) if a <= other_cue.char_start < b]
    if inside and len(theirs) == len(mine):
        a, b = mine[inside[0]]
        if a < b:
            return _span_clause(side, a, b)
    where = (other_cue.char_start + other_cue.char_end) / 2 / max(1, len(other.text))
    at = where * len(side.text)
    clause = min(
        side.clauses,
        key=lambda c: 0 if c.start <= at < c.end else min(abs(c.start - at), abs(c.end - at)),
    )
    return clause if len(clause.text) < 0.8 * len(side.text) else None


_QUOTATION = re.compile(r"«([^«»]*)»|“([^“”]*)”|\"([^\"]*)\"")


def _quotations(text: str) -> list[tuple[int, int]]:
    """The character spans inside each quotation (marks excluded), in order."""
    out = []
    for m in _QUOTATION.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        start, end = m.span(group)
        # English puts the sentence's comma inside the marks ("…this year," she said)
        while end > start and text[end - 1] in ",;:":
            end -= 1
        out.append((start, end))
    return out


def _span_clause(side: Side, start: int, end: int) -> Clause:
    toks = tuple(t for t in side.ws if start <= t.start and t.end <= end)
    return Clause(start, end, side.text[start:end], toks)
