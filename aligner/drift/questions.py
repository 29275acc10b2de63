"""A statement turned into a question ("Los ritmos dependen de la luz." → "Do the rhythms
depend on light?"), the mood of the sentence changed.

A question asks what the statement asserted: the claim is gone, whatever words it keeps,
and no word-level check sees it (every word may be rendered). Read on punctuation, which
every script here marks: the translation ends a sentence with a question mark and the
source has none anywhere (no "?", no Spanish "¿", no full-width or Arabic mark), so a
question the source asks elsewhere in the pair, or a quoted title with its own mark,
is left alone. Only this direction: a source question rendered as a statement is as
often a headline's or an indirect question's ("¿Quién paga?" → "Who pays" in a title,
"preguntó si…" → "asked whether…"), and the development files show no such change.
"""

from __future__ import annotations

import re

from aligner.drift.signals import Finding, Side
from aligner.textutil import quote

_SOURCE_MARKS = ("?", "¿", "？", "؟")
# A question mark that ends the sentence: closing marks, then the end or a new sentence
# ("The book "Who Killed…?" was published" is a statement that quotes a question).
_ASKED = re.compile(r"\?[\"'”’»)\]]*(?=\s*$|\s+[\"“«¿¡]?[A-Z])")
_SENTENCE_END = re.compile(r"[.!?…]\s+")


def check_questions(src: Side, tgt: Side) -> list[Finding]:
    """A major modality change where the translation asks and the source states."""
    if any(mark in src.text for mark in _SOURCE_MARKS):
        return []
    asked = _ASKED.search(tgt.text)
    if asked is None:
        return []
    start = max((m.end() for m in _SENTENCE_END.finditer(tgt.text, 0, asked.start())), default=0)
    question = tgt.text[start : asked.end()].strip()
    return [
        Finding(
            "modality",
            "major",
            0.7,
            None,
            (start, asked.end()),
            f"The translation asks a question ({quote(question)}) where the source makes a "
            "statement: the claim becomes a question.",
            "drift.modality",
        )
    ]
