"""List markers and citation markers: the "1)", "(3)", "2." that number the items of a
list, and the "[12]", "[3, 4]", "[5–7]" that cite a reference.

A list item's number orders the list; it states no quantity. When only one side numbers
its item ("2) The system shall …" for a source without the marker), the number check
would read the marker as an added or dropped figure, a critical finding: a layout
difference. A citation marker numbers an entry of the reference list the same way
("los pacientes [12]" → "patients", a translation that moves or drops the citations).
Markers are compared only when both sides have markers of the kind ("(3)" → "(4)",
"[12]" → "[13]" are still changed figures).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.quantities import Quantity

# Before a marker: the text's start, or a sentence's end, with an optional bracket.
_BEFORE = re.compile(r"(?:^|[.!?:;]\s+)\(?\s*$")
# After it: a closing bracket, or a period at the text's start ("1. Para …").
_AFTER_BRACKET = re.compile(r"\s*\)\s")
_AFTER_PERIOD = re.compile(r"\.\s+\S")
# A citation in square brackets: reference numbers, lists and ranges of them, nothing else.
_CITATION = re.compile(r"\[\s*\d{1,3}(?:\s*[,;–—-]\s*\d{1,3})*\s*\]")


def is_citation_marker(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a reference number in a citation bracket ("[12]", "[3, 4]")."""
    if q.kind != "number" or q.unit:
        return False
    return any(m.start() < q.start and q.end < m.end() for m in _CITATION.finditer(text))


def is_list_marker(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a list item's number: a bare figure of one or two digits that
    begins the text or a sentence and is closed by a bracket ("1)", "(3)") or, at the
    text's start, by a period ("2. Limpieza …")."""
    if q.kind != "number" or q.unit or not re.fullmatch(r"\d{1,2}", q.text):
        return False
    before, after = text[: q.start], text[q.end :] + " "
    if not _BEFORE.search(before):
        return False
    if _AFTER_BRACKET.match(after):
        return True
    return not before.strip() and bool(_AFTER_PERIOD.match(after))


def without_lone_markers(
    src_text: str,
    src: Sequence[Quantity],
    tgt_text: str,
    tgt: Sequence[Quantity],
) -> tuple[list[Quantity], list[Quantity]]:
    """Both sides' quantities, less the list markers and the citation markers of a side
    whose other side has none of the kind: a marker only one side has is layout, not a
    figure."""
    src, tgt = list(src), list(tgt)
    for is_marker in (is_list_marker, is_citation_marker):
        src_marks = [q for q in src if is_marker(src_text, q)]
        tgt_marks = [q for q in tgt if is_marker(tgt_text, q)]
        if src_marks and tgt_marks:
            continue
        src = [q for q in src if q not in src_marks]
        tgt = [q for q in tgt if q not in tgt_marks]
    return src, tgt
