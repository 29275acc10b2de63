"""The source texts the drift checks give machine translation, known before the alignment.

`aligner check` and `aligner qa` translate the source twice with the same Apertium mode:
its sentences for the alignment's confidences, then each pair's source text, clauses,
names and speakers for the drift checks. Most pairs are one sentence each, so the
pipelines list these texts per source sentence and the alignment's call translates them
too (aligner.alignment.mt.shared_translations,
aligner.pipelines.check.source_mt_texts): one Apertium process instead of two.
"""

from __future__ import annotations

from aligner.drift.signals import Side


def forward_parts(side: Side) -> tuple[list[str], list[str], list[str], list[str]]:
    """One source side's texts in the drift checks' forward MT batch: the text, its
    clauses, its names and its speakers' mentions (aligner.drift.checks._gather_mt)."""
    return (
        [side.text],
        [c.text for c in side.clauses],
        [e.text for e in side.entities],
        [v.mention for v in side.voices],
    )
