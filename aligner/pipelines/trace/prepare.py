"""The per-document work of an index build: read, segment, find statements, list entries.

:func:`prepare_document` is what an index build hands to its engine (in the driver's
process, a local process pool or a dask cluster: :func:`aligner.pipelines.batch.engines.
choose_mapper`), one document at a time; it never raises for a bad document (the
problem comes back in :class:`Prepared`), so one bad file costs one document. What it
returns is all the driver needs to embed the entries and write them, alone and in the
archive's order, so an index does not depend on the engine or the number of workers.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field

from aligner.errors import InputError
from aligner.pipelines.trace.candidates import MAX_WINDOW, all_passages
from aligner.statements.quotes import find_statements
from aligner.types import Document

QUOTE = -1  # the ordinal of an entry that is a quoted span, not a sentence
# The ordinal of an entry that is a clause of a long sentence (candidates.clause_passages,
# the file route's clause candidates), in an index built with clauses embedded (`aligner
# index build --clauses`: about twice the tokens). Otherwise a clause is not embedded but
# filed under its sentence, as a quoted span found through it (kind "clause"), and a
# search offers it, where it reaches the sentence, at the sentence's cosine with the
# clause's own other evidence (chrF, length, speaker): docs/trace.md, twelfth round.
CLAUSE = -2
# A quoted span inside a sentence this much of it or more is not embedded at build time
# (the «…», dijo X. kind: over half the tokens of the quoted spans). A search embeds it
# when its sentence is among a query's nearest entries (indexed.DEFERRED_TOP), through
# the embedding cache, and offers it at its sentence's cosine further down. Offering such
# spans at the sentence's cosine alone (an earlier try) cost P@1 on corpora/trace
# 0.993 → 0.973; embedded for the queries that reach them they keep P@1 (docs/index.md).
# 1.0 (only spans that are their whole sentence, i.e. none embedded later) is shipped:
# 0.6 cut the build to 1.08x the sentences' tokens (1.21x at 1.0) but lost a partial
# quote from the top 5, and on a cold cache each query then embeds ~3 spans besides the
# statement, more than the 50 ms a statement the index aims at (docs/index.md).
COVERED = 1.0
# A sentence that is mostly one embedded quoted span, this much of it or more («…», dijo X.;
# X aseguró que …), gets that span's vector instead of one of its own: a quote of it
# renders the quoted words; the reporting clause only adds to what the model reads. The
# two vectors' cosines to unrelated English sentences differ by 0.009 on average (bias
# 0.001) on corpora/parallel and corpora/heldout. The build then embeds 1.16x the
# sentences' tokens there, against 1.21x with every sentence its own vector (1.04x at
# 0.6, where more sentences of other quotes take their quote's higher cosine and a
# partial quote of corpora/trace left the top 5: docs/index.md, "Sentences through
# their quote").
STANDS_FOR = 0.8
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Prepared:
    """One document made ready to be written, or why it cannot be."""

    position: int  # in the build's list of new files: the order they are written in
    path: str
    sha: str = ""  # of the bytes that were read
    doc: Document | None = None
    entries: list[tuple] = field(default_factory=list)  # see :func:`entries_of`
    statements: list[tuple] = field(default_factory=list)
    spans: list[tuple] = field(default_factory=list)
    error: str = ""  # one line: the file is left out


def prepare_document(item: tuple[int, str, str | None, bool]) -> Prepared:
    """(position, path, language or None, clauses) → the document and its entries (with
    its clauses when ``clauses``), or its problem."""
    from aligner.alignment.engine import load_document
    from aligner.io.read import extract, read_bytes

    position, path, lang, clauses = item
    try:
        data = read_bytes(path)
        sha = hashlib.sha256(data).hexdigest()
        doc = load_document(path, lang, text=extract(data, path).text)
        entries, statements, spans = entries_of(doc, clauses)
    except InputError as exc:
        return Prepared(position, path, error=f"{exc}; left out")
    except Exception as exc:  # a bug in aligner: this document is left out, the build goes on
        if os.environ.get("ALIGNER_DEBUG"):
            raise
        problem = f"internal error ({exc.__class__.__name__}: {exc}); please report it"
        return Prepared(position, path, error=f"{path}: {problem}; left out")
    return Prepared(position, path, sha, doc, entries, statements, spans)


def prepare_failed(item: tuple[int, str, str | None, bool], problem: str) -> Prepared:
    """A document the engine itself could not prepare (a worker died, say)."""
    return Prepared(item[0], item[1], error=f"{item[1]}: {problem}; left out")


def entries_of(doc: Document, clauses: bool = False
               ) -> tuple[list[tuple], list[tuple], list[tuple]]:  # fmt: skip
    """Of ``doc``: (ordinal, start, end, kind, text, speaker, key, embedded) per sentence,
    quoted span with a vector and (when ``clauses``) clause of a long sentence
    (``embedded``: the text the model embeds for it, its own or, for a sentence, that of
    the quoted span it is mostly: :func:`vector_texts`);
    (start, end, speaker, key) per statement with a speaker (a name, or a role alone:
    key ""); and (ordinal, start, end, text, speaker, key, kind) per quoted span ("quote")
    or clause ("clause", unless embedded) found through its sentence."""
    statements = find_statements(doc)
    sents = [s for s in doc.sentences if s.kind != "heading"]
    ordinals = {(s.start, s.end): k for k, s in enumerate(sents)}
    out, spans = [], []
    for p in all_passages(0, doc, statements):
        who = (p.speaker.name, p.speaker.key)
        if p.kind == "clause":
            if clauses:
                out.append((CLAUSE, p.start, p.end, p.kind, p.text, *who))
            else:  # inside one sentence (split_clauses of it): filed under that sentence
                host = next(k for k, s in enumerate(sents) if s.start <= p.start < s.end)
                spans.append((host, p.start, p.end, p.text, *who, p.kind))
            continue
        if p.kind == "sentences":
            # Windows of several sentences are not embedded: a search finds their
            # sentences and puts the windows back together (.indexed).
            if (p.start, p.end) in ordinals:
                out.append((ordinals[p.start, p.end], p.start, p.end, p.kind, p.text, *who))
            continue
        host = found_through(p.start, p.end, p.text, sents)
        if host is not None:
            spans.append((host, p.start, p.end, p.text, *who, p.kind))
        else:
            out.append((QUOTE, p.start, p.end, p.kind, p.text, *who))
    sts = [(s.start, s.end, s.speaker.name, s.speaker.key) for s in statements if s.speaker.name]
    return [(*e, embedded) for e, embedded in zip(out, vector_texts(out), strict=True)], sts, spans


def vector_texts(entries: list[tuple]) -> list[str]:
    """Per entry (ordinal, start, end, kind, text, ...), the text whose vector it gets: its
    own, but for a sentence the longest quoted span entry inside it that is STANDS_FOR of
    its length or more (the model then embeds that text once, for both rows)."""
    quotes = [e for e in entries if e[0] == QUOTE]
    out = []
    for ordinal, start, end, _kind, text, *_rest in entries:
        inside = [q[4] for q in quotes if ordinal >= 0 and start <= q[1] and q[2] <= end]
        longest = max(inside, key=len, default="")
        out.append(longest if longest and len(longest) >= STANDS_FOR * len(text) else text)
    return out


def found_through(start: int, end: int, text: str, sents: list) -> int | None:
    """The ordinal of the sentence a quoted span is filed under when it is not embedded,
    or None (embed it): a span across two to MAX_WINDOW sentences (its first one; a search
    scores it as the window of its sentences, .indexed), or one inside a sentence whose
    words it has (:func:`same_words`) or of COVERED its length."""
    inside = [k for k, s in enumerate(sents) if s.start < end and start < s.end]
    if 1 < len(inside) <= MAX_WINDOW:
        return inside[0]
    if len(inside) == 1:
        host = sents[inside[0]]
        held = host.start <= start and end <= host.end
        if held and (len(text) >= COVERED * len(host.text) or same_words(text, host.text)):
            return inside[0]
    return None


def same_words(span: str, sentence: str) -> bool:
    """Whether a quoted span has its sentence's words, in order, and no others (the
    sentence is the quote, quote marks and punctuation apart): its vector would be the
    sentence's, so it is found through the sentence instead of embedded again."""
    return _WORD.findall(span.lower()) == _WORD.findall(sentence.lower())
