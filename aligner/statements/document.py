"""What the statement finders share: the Statement type, a document's context, candidates."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from aligner.statements.speakers import (
    GAP,
    Attribution,
    Lexicon,
    Memory,
    Speaker,
    Tok,
    casing_of,
    find_mentions,
    lexicon,
    tokenize,
)
from aligner.textutil import merge_ranges
from aligner.types import Document, Sentence


@dataclass(frozen=True)
class Statement:
    kind: str  # "direct" | "partial" | "indirect" | "according_to"
    content: str  # the quoted/reported words, without the quote marks
    start: int  # offsets of content in Document.text
    end: int
    sentences: tuple[int, ...]  # indices of the sentences the content touches
    speaker: Speaker
    verb: str  # reporting verb as written, "" if none
    index: int  # 0-based order in the document


@dataclass
class Candidate:
    kind: str
    start: int
    end: int
    attr: Attribution | None = None
    group: int = -1  # pieces of one quotation share one speaker
    carry_only: bool = False  # keep only if a previous speaker carries over


class DocContext:
    """One document with what every detector needs: sentences, tokens, memory, masks."""

    def __init__(self, doc: Document):
        self.text = doc.text
        self.lex: Lexicon = lexicon(doc.lang)
        self.sents: tuple[Sentence, ...] = doc.sentences or _fallback_sentences(doc)
        self.starts = [s.start for s in self.sents]
        self.toks = [tokenize(self.text, s.start, s.end) for s in self.sents]
        self.casing = casing_of([t for ts in self.toks for t in ts])
        prose = [i for i, s in enumerate(self.sents) if s.kind != "heading"]
        mentions = [m for i in prose for m in find_mentions(self.toks[i], self.lex, self.casing)]
        self.memory = Memory(mentions, self.lex)
        self.paras: dict[int, tuple[int, int]] = {}
        for s in self.sents:
            lo, hi = self.paras.get(s.paragraph, (s.start, s.end))
            self.paras[s.paragraph] = (min(lo, s.start), max(hi, s.end))
        self.masks: list[tuple[int, int]] = []

    def sent_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def masked(self, pos: int) -> bool:
        i = bisect.bisect_right(self.masks, (pos, float("inf"))) - 1
        return i >= 0 and self.masks[i][0] <= pos < self.masks[i][1]

    def visible(self, si: int, lo: int = -1, hi: int = 1 << 62) -> list[Tok]:
        """Sentence tokens in [lo, hi) with each quotation reduced to one boundary."""
        out: list[Tok] = []
        for tok in self.toks[si]:
            if lo <= tok.start < hi:
                if not self.masked(tok.start):
                    out.append(tok)
                elif not out or out[-1] is not GAP:
                    out.append(GAP)
        return out

    def sentence_ids(self, start: int, end: int) -> tuple[int, ...]:
        first, last = self.sent_at(start), self.sent_at(max(start, end - 1))
        return tuple(i for i in range(first, last + 1) if self.sents[i].start < max(end, start + 1))


def _fallback_sentences(doc: Document) -> tuple[Sentence, ...]:
    from aligner.alignment.segment import segment  # only for documents built without sentences

    return segment(doc.text, doc.lang)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans (a quotation inside raya speech is one mask)."""
    return merge_ranges(spans)


def trim(text: str, start: int, end: int, lead: str = "", tail: str = ",;:") -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in lead):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in tail):
        end -= 1
    return start, end
