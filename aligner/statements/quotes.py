"""Attributed statements: who is reported as saying what.

A quote attributed to a named person is a claim about what that person said, so a
translation that changes its numbers, negation or speaker changes the claim. This
module finds and attributes the statements of one document; pairing them across
languages goes through the sentence alignment and :func:`same_speaker`.

Kinds: ``direct`` (quotations in any marks — « », “ ”, " ", ‘ ’, „ “, 「 」 — also across
sentences and paragraphs, and Spanish raya dialogue), ``partial`` (quoted fragments in a
reporting sentence: how “fruitful” it was), ``indirect`` (said that…, afirmó que…, "X said
the…", "…, the minister said.") and ``according_to`` (according to X, según X, selon X).

A quotation's speaker is looked for in its reporting clause, then in a sentence ending
in ":" before it, then in one pointing back after it ("These were Lavrov's words"), and
is finally carried over from a statement right before it. Quote marks are
language-neutral; verbs, cues, pronouns and roles come from :mod:`aligner.lang`.
"""

from __future__ import annotations

import bisect
from itertools import accumulate

from aligner.statements.document import Candidate, DocContext, Statement, merge_spans
from aligner.statements.quoted import classify_quotation, quote_groups
from aligner.statements.reported import (
    according_to,
    dialogue_paragraphs,
    indirect,
    prose_sentences,
    raya_dialogue,
)
from aligner.statements.speakers import (
    NO_SPEAKER,
    Salience,
    Speaker,
    person_subjects,
    pronoun_speaker,
    resolve,
    same_speaker,
)
from aligner.types import Document

__all__ = ["Speaker", "Statement", "find_statements", "same_speaker"]


# --- public entry point ---


def find_statements(doc: Document) -> list[Statement]:
    """All attributed statements of ``doc`` in document order."""
    ctx = DocContext(doc)
    groups = quote_groups(ctx)
    dialogue = dialogue_paragraphs(ctx)
    # Words inside quotations are the speaker's, never the narrator's reporting verbs.
    ctx.masks = merge_spans(
        [(spans[0][0] - 1, spans[-1][1] + 1) for spans in groups]
        + [(a, b) for speech, _ in dialogue.values() for a, b in speech]
    )
    cands = [c for gid, spans in enumerate(groups) for c in classify_quotation(ctx, gid, spans)]
    cands += raya_dialogue(ctx, dialogue)
    covered = _Covered(sorted((c.start, c.end) for c in cands))
    cands += [c for c in indirect(ctx) + according_to(ctx) if not _mostly_quoted(c, covered)]
    return _resolve(ctx, sorted(cands, key=lambda c: (c.start, c.end)))


def _resolve(ctx: DocContext, cands: list[Candidate]) -> list[Statement]:
    """Give every candidate a speaker, in document order (pronouns need the past)."""
    out: list[Statement] = []
    groups: dict[int, Speaker] = {}
    salience = Salience(_sentence_subjects(ctx, cands))
    for cand in cands:
        if not 0 <= cand.start < cand.end <= len(ctx.text):
            continue
        speaker = _speaker(ctx, cand, groups, out, salience)
        if speaker is None:
            continue
        if cand.group != -1:
            groups.setdefault(cand.group, speaker)
        salience.spoke(cand.start, speaker, cand.attr.mention if cand.attr else None)
        verb = cand.attr.verb.text if cand.attr and cand.attr.verb else ""
        sents = ctx.sentence_ids(cand.start, cand.end)
        content = ctx.text[cand.start : cand.end]
        out.append(Statement(cand.kind, content, cand.start, cand.end, sents, speaker, verb,
                             len(out)))  # fmt: skip
    return out


def _speaker(
    ctx: DocContext,
    cand: Candidate,
    groups: dict[int, Speaker],
    out: list[Statement],
    salience: Salience,
) -> Speaker | None:
    if cand.group in groups:
        return groups[cand.group]
    attr = cand.attr
    if attr and attr.mention:
        return resolve(attr.mention, ctx.text, ctx.memory, salience.at(attr.mention.start))
    if attr and attr.implicit:
        at = attr.verb.start if attr.verb else cand.start
        return pronoun_speaker(("", -1, -1), ctx.memory, salience.at(at))
    # A bare quotation in a sentence a person opens is that person's ("Porta, the
    # society's president, described the work as "solid""), not the last speaker's.
    opener = _sentence_opener(ctx, cand, salience)
    if opener is not None:
        return Speaker(opener.name, opener.key, "", -1, -1, "carried")
    prev = out[-1] if out else None
    if prev and _carries(prev) and _adjacent(ctx, prev, cand):
        sp = prev.speaker
        return Speaker(sp.name, sp.key, "", -1, -1, "carried")
    return None if cand.carry_only else NO_SPEAKER


def _sentence_opener(ctx: DocContext, cand: Candidate, salience: Salience) -> Speaker | None:
    """The person opening the candidate's sentence before it, if any."""
    k = bisect.bisect_left(salience.subjects, (cand.start,)) - 1
    if k < 0 or ctx.sent_at(salience.subjects[k][0]) != ctx.sent_at(cand.start):
        return None
    return salience.subjects[k][1]


def _carries(prev: Statement) -> bool:
    """Whether the next bare quote may be the previous statement's speaker's.

    An unnamed source cited with "according to" ("según los datos del ministerio",
    "according to ministry data") is a document or a body, not someone who goes on
    speaking: a quote after it is not its words.
    """
    if prev.speaker.resolved_by == "none":
        return False
    return bool(prev.speaker.key) or prev.kind != "according_to"


def _sentence_subjects(ctx: DocContext, cands: list[Candidate]) -> list[tuple[int, Speaker]]:
    """Per sentence, the first opening mention of someone known to be a person: named
    with a role, or quoted by name somewhere (not "West Texas Intermediate")."""
    quoted = {c.attr.mention for c in cands if c.attr and c.attr.mention}
    toks = [ctx.visible(si) for si in prose_sentences(ctx)]
    return person_subjects(toks, ctx.text, ctx.memory, ctx.lex, ctx.casing, quoted)


def _adjacent(ctx: DocContext, prev: Statement, cand: Candidate) -> bool:
    """A statement right after another (same or next paragraph, at most a sentence between)."""
    last, first = prev.sentences[-1], ctx.sent_at(cand.start)
    gap_paras = ctx.sents[first].paragraph - ctx.sents[last].paragraph
    return 0 <= first - last <= 2 and gap_paras <= 1


class _Covered:
    """Sorted spans of the quotations, searchable by position.

    Summing a candidate's overlap with every quotation of the document made long
    documents with many quotes quadratic; only the spans around it can overlap.
    """

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [a for a, _ in spans]
        # reach[k]: the furthest end among spans[: k + 1]; no span before k reaches past it.
        self.reach = list(accumulate((b for _, b in spans), max))

    def overlap(self, start: int, end: int) -> int:
        """Characters of [start, end) inside the spans (counted once per span, as a sum)."""
        total = 0
        k = bisect.bisect_left(self.starts, end)  # spans[k:] start at or after the end
        while k > 0 and self.reach[k - 1] > start:
            k -= 1
            a, b = self.spans[k]
            total += max(0, min(b, end) - max(a, start))
        return total


def _mostly_quoted(cand: Candidate, covered: _Covered) -> bool:
    inside = covered.overlap(cand.start, cand.end)
    return inside >= 0.8 * max(1, cand.end - cand.start)
