"""The readers of a specific fact the translation adds to a word the source says bare
(docs/drift.md, "Session 38 (drift43a)"), run together: a point of the compass before a
place (:mod:`added_places`), a party or a prize before a person's role
(:mod:`added_distinctions`), a word of scarcity before an abstract noun
(:mod:`added_scarcity`), "all" before a possessed phrase (:mod:`added_wholes`, session
40). Each reads closed English lists against Spanish stems by the
whole sentence, as :mod:`added_qualities` does, and reports an addition (major)."""

from __future__ import annotations

from aligner.drift.added_distinctions import check_added_distinction
from aligner.drift.added_places import check_added_compass
from aligner.drift.added_scarcity import check_added_scarcity
from aligner.drift.added_wholes import check_added_whole
from aligner.drift.signals import Evidence, Finding, Side


def check(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """The additions the four readers find (English translations with an MT)."""
    return (
        check_added_compass(src, tgt, ev)
        + check_added_distinction(src, tgt, ev)
        + check_added_scarcity(src, tgt, ev)
        + check_added_whole(src, tgt, ev)
    )
