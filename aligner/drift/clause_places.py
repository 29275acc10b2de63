"""A source clause read as omitted where the translation has a clause of its own.

Without embeddings, a source clause is omitted when not one of its content words is
found in the translation (:mod:`aligner.drift.clauses`). A translator who rewords a
whole clause ("y mismo por ciertos funcionarios de Estado" → "and even by some
government officials", "Esto os evita inquietaros inútilmente" → "This also saves you
from unnecessary worry") leaves a clause of the translation with no word found in the
source either, standing where the source's clause stands. A clause really dropped leaves
no such clause behind. So an omitted clause is a rewording (minor) when the translation
has a clause of at least :data:`MIN_WORDS` content words (and at most one fewer than the
source clause), none of them found in the source, whose place in its text (as a share of
the text's length) meets the source clause's place within :data:`REACH`, and the source
clause holds no figure. Only for the no-word rule's findings (with e5 too since session
24, where e5's own rule does not read the clause; e5's findings weigh the rewording by
the clause's similarity). Measured in docs/drift.md, "Session 23 (drift28d)".
"""

from __future__ import annotations

from collections.abc import Sequence

# Content words of the translation's clause: one word is as often a neighbour's word
# reworded ("spinal" for "médula") as a clause.
MIN_WORDS = 2
# How far apart (share of each text's length) the two clauses' places may lie.
REACH = 0.1


def _place(start: int, end: int, text: str) -> tuple[float, float]:
    n = max(1, len(text))
    return start / n, end / n


def _figured(clause) -> bool:
    """A figure in the clause: the translation's clause of figures written otherwise
    ("En los años 70 y 80, New Faces" ↔ "In the 1970s and 1980s") is not its rewording."""
    return any(any(c.isdigit() for c in t.text) for t in clause.toks)


def reworded_in_place(score, src_text: str, tgt_scores: Sequence, tgt_text: str) -> bool:
    """Whether a translation clause with no word found (a :class:`ClauseScore` of
    ``tgt_scores``) stands where the source clause (``score``, a :class:`ClauseScore`)
    stands, with at most one content word fewer (a clause that lost its subject or its
    verb is shorter: "Las plantas lucen su mejor aspecto" ↔ "Look their best")."""
    clause = score.clause
    if _figured(clause):
        return False
    a0, a1 = _place(clause.start, clause.end, src_text)
    for t in tgt_scores:
        if t.attribution or t.coverage > 0 or t.words < max(MIN_WORDS, score.words - 1):
            continue
        b0, b1 = _place(t.clause.start, t.clause.end, tgt_text)
        if a0 < b1 + REACH and b0 < a1 + REACH:
            return True
    return False
