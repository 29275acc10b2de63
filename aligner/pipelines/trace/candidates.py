"""Candidate source passages for `aligner trace`: sentence windows, quoted parts, clauses.

A quote in an English article may render one Spanish sentence, part of one (the words
inside quote marks, or one clause of a long sentence), or two to three consecutive
sentences; every such span of every source document is a candidate, with the speaker
the source attributes it to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aligner.drift.text import split_clauses
from aligner.statements.quotes import Speaker, Statement, find_statements
from aligner.statements.speakers import NO_SPEAKER
from aligner.types import Document

# A sentence of this many words or more also gives its clauses as candidates: a short
# paraphrase of one clause ("the sector lacked workers") scores low against the whole.
CLAUSE_MIN_WORDS = 12
CLAUSE_MIN_LEN = 3  # words; shorter clauses render nothing a statement says
MAX_WINDOW = 3  # sentences; longer renderings are rare and would flood the candidates
CONTEXT = 2  # sentences before a passage read for who speaks there (Passage.context)
# Words inside quote marks, also where the statement finder sees no statement (a quoted
# label: calificó las restricciones de «sentencia de muerte»).
_QUOTED = re.compile(r"«([^«»]{2,400})»|“([^“”]{2,400})”|\"([^\"\n]{2,400})\"")


@dataclass(frozen=True)
class Passage:
    """A span of one source document; ``start``/``end`` cut ``text`` out of its file."""

    doc: int  # index into the list of source documents
    start: int
    end: int
    text: str  # sentence texts joined by a space (what is embedded and compared)
    speaker: Speaker  # whom the source attributes the span to; NO_SPEAKER when no one
    kind: str  # "sentences" | "quote" | "clause"
    # The CONTEXT sentences before it (and a quoted span's own sentence): where a source
    # names whom «…», añadió el diputado means, when the finder cannot resolve the role.
    context: str = ""


def document_passages(doc_index: int, doc: Document,
                      statements: list[Statement] | None = None) -> list[Passage]:  # fmt: skip
    """Windows of 1..MAX_WINDOW consecutive sentences and the quoted parts of ``doc``
    (whose statements are found unless given)."""
    if statements is None:
        statements = find_statements(doc)
    sents = [s for s in doc.sentences if s.kind != "heading"]
    out: list[Passage] = []
    seen: set[tuple[int, int]] = set()
    for i in range(len(sents)):
        for n in range(1, MAX_WINDOW + 1):
            if i + n > len(sents):
                break
            window = sents[i : i + n]
            start, end = window[0].start, window[-1].end
            seen.add((start, end))
            text = " ".join(s.text for s in window)
            out.append(Passage(doc_index, start, end, text, _speaker_of(statements, start, end),
                               "sentences", context_before(sents, i)))  # fmt: skip
    # A quoted fragment inside a longer sentence is a candidate of its own: the article
    # may quote only those words ("how 'fruitful' it was"); so is what a sentence reports,
    # without its reporting clause ("Paz explicó que | el viento complica las labores").
    spans = [(st.start, st.end) for st in statements]
    spans += [m.span(m.lastindex or 0) for m in _QUOTED.finditer(doc.text)]
    for start, end in spans:
        text = " ".join(doc.text[start:end].split())
        if (start, end) not in seen and any(c.isalpha() for c in text):
            seen.add((start, end))
            host = next((k for k, s in enumerate(sents) if s.start <= start < s.end), None)
            context = "" if host is None else context_before(sents, host, sents[host].text)
            out.append(Passage(doc_index, start, end, text, _speaker_of(statements, start, end),
                               "quote", context))  # fmt: skip
    return out


def clause_passages(doc_index: int, doc: Document, statements: list[Statement],
                    taken: set[tuple[int, int]] = frozenset()) -> list[Passage]:  # fmt: skip
    """The clauses (:func:`aligner.drift.text.split_clauses`) of the sentences of ``doc``
    of CLAUSE_MIN_WORDS words or more, each a passage of kind "clause"; spans already
    ``taken`` (a sentence, a quoted part) are left out."""
    sents = [s for s in doc.sentences if s.kind != "heading"]
    out: list[Passage] = []
    seen = set(taken)
    for k, sent in enumerate(sents):
        raw = doc.text[sent.start : sent.end]
        if len(raw.split()) < CLAUSE_MIN_WORDS:
            continue
        clauses = split_clauses(raw, doc.lang)
        if len(clauses) < 2:
            continue
        context = context_before(sents, k, sent.text)
        for c in clauses:
            start, end = sent.start + c.start, sent.start + c.end
            text = " ".join(c.text.split())
            if (start, end) in seen or len(text.split()) < CLAUSE_MIN_LEN:
                continue
            seen.add((start, end))
            out.append(Passage(doc_index, start, end, text, _speaker_of(statements, start, end),
                               "clause", context))  # fmt: skip
    return out


def all_passages(doc_index: int, doc: Document, statements: list[Statement],
                 clauses: bool = True) -> list[Passage]:  # fmt: skip
    """Every candidate passage of ``doc``: :func:`document_passages`, then (when
    ``clauses``) :func:`clause_passages` of the spans not already among them. What the
    file route reads of a source and what an index built with clauses holds of it."""
    out = document_passages(doc_index, doc, statements)
    if clauses:
        out += clause_passages(doc_index, doc, statements, {(p.start, p.end) for p in out})
    return out


def context_before(sents: list, first: int, own: str = "") -> str:
    """The texts of the CONTEXT sentences before sentence ``first`` (then ``own``)."""
    return " ".join([s.text for s in sents[max(0, first - CONTEXT) : first]] + [own]).strip()


def _speaker_of(statements: list[Statement], start: int, end: int) -> Speaker:
    """The speaker of the known-speaker statement overlapping [start, end) the most; else
    that of a statement whose speaker the source gives by role alone («…», añadió el
    diputado: a name without a key, which no speaker check compares); else NO_SPEAKER."""
    best, best_overlap = NO_SPEAKER, (False, 0)
    for st in statements:
        if st.start >= end or st.end <= start or not st.speaker.name:
            continue
        overlap = (bool(st.speaker.key), min(end, st.end) - max(start, st.start))
        if overlap > best_overlap:
            best, best_overlap = st.speaker, overlap
    return best
