"""`aligner trace --index`: candidates from an index instead of reading every source.

Each query (a statement, and each sentence of a quote of several) asks the graph for
its HITS nearest entries (sentences and quoted spans; the rows the graph lacks after an
interrupted build are searched exactly). A sentence hit brings back the windows of two
and three consecutive sentences around it, with their neighbours' vectors from the
index: a window's cosine is that of the length-weighted sum of its sentences' vectors,
corrected (the index embeds no windows; bench/index_scale.py windows fits the correction,
bench/trace.py --index measures the whole against the file route). The quoted spans
the build did not embed come back with their sentence: one across sentences scored as
the window of them; one inside a sentence with its own e5 vector, embedded at query
time (through the embedding cache) when its sentence is among a query's DEFERRED_TOP
nearest entries, else with the sentence's cosine. The clauses of a long sentence
(the file route's clause candidates) come back with it too, at its cosine, unless the
index was built with them embedded. The article's sentence holding each statement is
searched too (:func:`aligner.pipelines.trace.host_texts`): the sentence, quoted spans and
clauses of its HOST_HITS nearest entries join the statement's candidates.
From there the candidates go through the same reranker, verdict and drift checks as
:func:`aligner.pipelines.trace.trace_documents`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import NamedTuple

import numpy as np

from aligner.alignment.embed import DIM
from aligner.alignment.engine import language_code
from aligner.alignment.mt import load_translator
from aligner.errors import InputError
from aligner.pipelines.trace import (
    HOST_HITS,
    RETRIEVE,
    TraceResult,
    _add_findings,
    _Clock,
    _embedder,
    _query,
    host_texts,
    rerank,
    sentence_parts,
    verdict,
)
from aligner.pipelines.trace.candidates import CONTEXT, MAX_WINDOW, Passage, _speaker_of
from aligner.pipelines.trace.index import (
    QUOTE,
    VECTORS,
    committed_vectors,
    load_ann,
    load_vectors,
    meta_value,
    open_meta,
)
from aligner.pipelines.trace.prepare import CLAUSE, same_words
from aligner.pipelines.trace.rerank import can_render, load_model, weights_path
from aligner.statements.quotes import Speaker, find_statements
from aligner.types import Document

HITS = 50  # entries asked of the graph per query; their windows make the candidates
# Fitted by `python bench/index_scale.py windows` on corpora/parallel and corpora/heldout
# (not the trace evaluation set): held-out mean error of a window's cosine 0.011 with the
# shift, 0.031 (two sentences) and 0.047 (three) without.
WINDOW_SHIFT = {2: 0.032, 3: 0.047}
# Deferred quoted spans (prepare.COVERED) of the sentences among a query's DEFERRED_TOP
# nearest entries are embedded at query time; further down, a span has its sentence's
# cosine.
DEFERRED_TOP = 10
Deferred = dict[tuple[int, int, int], np.ndarray]  # (doc, start, end) → a span's own vector


class _Entry(NamedTuple):
    """A sentence or quoted span of an indexed document (a tuple: a search reads
    thousands of rows a statement at 100,000 entries, and a frozen dataclass costs
    several times a tuple to make)."""

    id: int
    doc: int  # the document's id in the index
    ordinal: int  # of the sentence in its document; QUOTE for a quoted span
    start: int
    end: int
    text: str
    speaker: Speaker


@dataclass(frozen=True)
class _Said:
    """A statement of an indexed document as the speaker lookup reads it."""

    start: int
    end: int
    speaker: Speaker


@dataclass
class OpenIndex:
    """An index opened for searching: its database, vectors (memory-mapped) and graph."""

    folder: str
    conn: sqlite3.Connection
    vectors: np.ndarray
    ann: object | None
    ann_count: int
    model: str
    defers: bool = False  # a build deferred quoted spans to the search (prepare.COVERED < 1)
    docs: dict[int, int] = field(default_factory=dict)  # index doc id → position in sources
    sources: list[Document] = field(default_factory=list)
    # Per document reached, read once: its sentences by ordinal, its unembedded quoted
    # spans by their sentence's ordinal.
    sentences: dict[int, dict[int, _Entry]] = field(default_factory=dict)
    spans: dict[int, dict[int, list[_Entry]]] = field(default_factory=dict)
    span_groups: dict[tuple[int, int, int], _Group] = field(default_factory=dict)

    def rows(self, ids: list[int]) -> np.ndarray:
        """The vectors of entries ``ids`` (sorted): from the graph, which holds them in
        memory anyway, so that reading vectors.f32 does not keep a second copy resident;
        rows the graph lacks from the file."""
        ids_arr = np.asarray(ids, dtype=np.int64)
        inside = ids_arr < self.ann_count
        out = np.empty((len(ids), DIM), dtype=np.float32)
        if inside.any():
            out[inside] = self.ann.reconstruct_batch(ids_arr[inside])
        if not inside.all():
            out[~inside] = self.vectors[ids_arr[~inside]]
        return out

    def sentences_of(self, doc: int) -> dict[int, _Entry]:
        if doc not in self.sentences:
            rows = _rows(self.conn, "doc=? AND ordinal>=0", [doc])
            self.sentences[doc] = {e.ordinal: e for e in rows}
        return self.sentences[doc]

    def spans_of(self, doc: int, ordinal: int) -> list[_Entry]:
        """The unembedded quoted spans over sentence ``ordinal`` (a span across sentences
        is filed under its first one and listed under each of them)."""
        if doc not in self.spans:
            sents = self.sentences_of(doc)
            found: dict[int, list[_Entry]] = {}
            for o, s, e, t, name, key, kind in self.conn.execute(
                "SELECT ordinal, start, end, text, speaker, speaker_key, kind FROM spans "
                "WHERE doc=?", (doc,),
            ):  # fmt: skip
                marker = CLAUSE if kind == "clause" else QUOTE
                span = _Entry(-1, doc, marker, s, e, t, _speaker(name, key))
                for k in [o, *(k for k in range(o + 1, o + MAX_WINDOW) if _over(sents, k, s, e))]:
                    found.setdefault(k, []).append(span)
            self.spans[doc] = found
        return self.spans[doc].get(ordinal, [])

    def span_group(self, span: _Entry, deferred: Deferred | None) -> _Group:
        """:func:`_span_group` of an unembedded span, its sentence rows worked out once."""
        key = (span.doc, span.start, span.end)
        if key not in self.span_groups:
            self.span_groups[key] = _span_group(self.sentences_of(span.doc), span)
        group = self.span_groups[key]
        own = (deferred or {}).get(key)
        return group if own is None or len(group.rows) > 1 else replace(group, vector=own)

    def close(self) -> None:
        self.conn.close()


def open_index(folder: str) -> OpenIndex:
    conn = open_meta(folder)
    count = committed_vectors(conn)
    if not count:
        conn.close()
        raise InputError(folder, "is an empty index (no document was indexed)")
    path = os.path.join(folder, VECTORS)
    if not os.path.exists(path) or os.path.getsize(path) < count * DIM * 4:
        conn.close()
        raise InputError(folder, "is a damaged index (vectors.f32 is short); build it again")
    ann = load_ann(folder)
    ann_count = min(count, ann.ntotal) if ann is not None else 0
    return OpenIndex(folder, conn, load_vectors(folder, count), ann, ann_count,
                     meta_value(conn, "model"),
                     float(meta_value(conn, "covered", "1.0")) < 1.0)  # fmt: skip


def nearest(ix: OpenIndex, queries: np.ndarray, k: int = HITS) -> list[list[int]]:
    """Per query, the ids of the ``k`` nearest entries (graph, plus the rows it lacks)."""
    out: list[list[tuple[float, int]]] = [[] for _ in range(len(queries))]
    exact_from = ix.ann_count  # rows the graph lacks (an interrupted build) are read exactly
    if ix.ann is not None and ix.ann_count:
        sims, labels = ix.ann.search(np.ascontiguousarray(queries), min(k, ix.ann_count))
        for row, (ids, found) in enumerate(zip(labels, sims, strict=True)):
            # -1: fewer than k reachable in the graph
            out[row] = [(float(s), int(i)) for i, s in zip(ids, found, strict=True) if i >= 0]
    tail = ix.vectors[exact_from:]
    if len(tail):
        sims = np.asarray(queries) @ np.asarray(tail).T
        for row in range(len(queries)):
            top = np.argsort(-sims[row])[:k]
            out[row] += [(float(sims[row, i]), exact_from + int(i)) for i in top]
    return [[i for _s, i in sorted(hits, reverse=True)[:k]] for hits in out]


def embed_deferred(ix: OpenIndex, found: list[list[int]],
                   encoder) -> Deferred:  # fmt: skip
    """The vectors of the deferred quoted spans (inside one sentence, of COVERED its
    length or more, not embedded at build time) of the sentences among each query's
    DEFERRED_TOP nearest entries, by (doc, start, end): one batched call, through the
    embedding cache, so a span is embedded once for every search that reaches it."""
    firsts = sorted({i for hits in found for i in hits[:DEFERRED_TOP]})
    if not ix.defers or not firsts or encoder is None:  # nothing deferred: no lookup either
        return {}
    marks = ",".join("?" * len(firsts))
    spans = {}
    for e in _rows(ix.conn, f"id IN ({marks}) AND ordinal>=0", firsts):
        sent = ix.sentences_of(e.doc)[e.ordinal]
        for span in ix.spans_of(e.doc, e.ordinal):
            held = sent.start <= span.start and span.end <= sent.end
            if span.ordinal == QUOTE and held and not same_words(span.text, sent.text):
                spans[span.doc, span.start, span.end] = span.text
    if not spans:
        return {}
    keys = list(spans)
    vectors = np.asarray(encoder.embed([spans[k] for k in keys]), dtype=np.float32)
    return dict(zip(keys, vectors, strict=True))


def _rows(conn: sqlite3.Connection, where: str, args: list) -> list[_Entry]:
    sql = ("SELECT id, doc, ordinal, start, end, text, speaker, speaker_key FROM entries "
           f"WHERE {where}")  # fmt: skip
    return [_Entry(i, d, o, s, e, t, _speaker(name, key))
            for i, d, o, s, e, t, name, key in conn.execute(sql, args)]  # fmt: skip


@lru_cache(maxsize=4096)
def _speaker(name: str, key: str) -> Speaker:  # few distinct speakers, made once each
    return Speaker(name, key, "", -1, -1, "index" if key else "none")


def _source(ix: OpenIndex, doc_id: int) -> int:
    """The position of an indexed document among the result's sources (read once)."""
    if doc_id not in ix.docs:
        path, lang, text = ix.conn.execute(
            "SELECT path, lang, text FROM documents WHERE id=?", (doc_id,)
        ).fetchone()
        ix.docs[doc_id] = len(ix.sources)
        ix.sources.append(Document(path, lang, text, ()))
    return ix.docs[doc_id]


def candidates(ix: OpenIndex, query: np.ndarray, hit_ids: list[int],
               said: dict[int, list[_Said]], fits: Callable[[str], bool] = bool,
               keep: int = RETRIEVE,
               deferred: Deferred | None = None, clauses: bool = True,
               also: Sequence[int] = (),
               ) -> tuple[list[Passage], np.ndarray]:  # fmt: skip
    """The ``keep`` candidates closest to ``query`` whose text ``fits`` (the file route's
    :func:`aligner.pipelines.trace.rerank.can_render`): the quoted spans hit, and
    around each sentence hit, every window of 1..MAX_WINDOW sentences holding it and the
    sentence's unembedded quoted spans and (``clauses``) clauses; with their cosines.
    Then the candidates of the entries ``also`` (those the statement's own sentence in
    the article reaches: :func:`host_texts`) not among them, whatever their cosine.

    A clause filed under its sentence has the sentence's cosine: its evidence of its own
    is its chrF to the query's translation. Without a translation (no Apertium pair) it
    would be its sentence made shorter, which the length features reward: four
    unsourced statements of corpora/trace were found at such clauses (docs/trace.md,
    twelfth round), so the caller leaves them out then."""
    seen: set[tuple[int, int, int]] = set()
    pool = _pool(ix, hit_ids, fits, deferred, clauses, seen)
    cosines = _cosines(ix, query, pool)
    best = list(np.argsort(-cosines, kind="stable")[:keep])
    kept = [pool[i] for i in best]
    # What the statement's sentence reaches joins past the cut: the sentence itself, its
    # quoted spans and clauses (a clause at its sentence's cosine ranks far below where
    # its own vector would); not the windows around it (as many candidates again, and
    # no statement of corpora/trace gained by them: docs/trace.md, thirteenth round).
    more = _pool(ix, list(also), fits, deferred, clauses, {_key(g) for g in kept}, longest=1)
    kept += more
    scores = np.concatenate([cosines[best], _cosines(ix, query, more)]).astype(np.float32)
    passages = [_passage(ix, g.members, said, g.kind) for g in kept]
    return passages, scores


def _pool(ix: OpenIndex, hit_ids: list[int], fits: Callable[[str], bool],
          deferred: Deferred | None, clauses: bool, seen: set[tuple[int, int, int]],
          longest: int = MAX_WINDOW) -> list[_Group]:  # fmt: skip
    """The candidates of entries ``hit_ids`` whose text ``fits``, each once (``seen``):
    around a sentence, its windows of up to ``longest`` sentences."""
    hits = _rows(ix.conn, f"id IN ({','.join('?' * len(hit_ids))})", hit_ids) if hit_ids else []
    pool: list[_Group] = []
    for hit in hits:
        if hit.ordinal < 0:  # a quoted span or a clause, embedded: e5's own vector
            kind = "quote" if hit.ordinal == QUOTE else "clause"
            groups = [_Group([hit], [hit.id], [1.0], kind)]
        else:
            sents = ix.sentences_of(hit.doc)
            groups = [_Group(w, [e.id for e in w], [float(len(e.text)) for e in w], "sentences")
                      for w in _windows(sents, hit.ordinal, longest)]  # fmt: skip
            groups += [ix.span_group(span, deferred) for span in ix.spans_of(hit.doc, hit.ordinal)
                       if clauses or span.ordinal != CLAUSE]  # fmt: skip
        for group in groups:
            key = _key(group)
            if key not in seen and fits(" ".join(e.text for e in group.members)):
                seen.add(key)
                pool.append(group)
    return pool


def _key(group: _Group) -> tuple[int, int, int]:
    """Where a candidate is: (document, start, end)."""
    return group.members[0].doc, group.members[0].start, group.members[-1].end


@dataclass(frozen=True)
class _Group:
    """A candidate: its entries (sentences of a window, or one quoted span) and the vector
    rows its cosine is made of, with their weights (one row: e5's own vector)."""

    members: list[_Entry]
    rows: list[int]
    weights: list[float]
    kind: str  # of the passage: "sentences" | "quote" | "clause" (candidates.Passage)
    vector: np.ndarray | None = None  # a deferred span's own e5 vector, embedded at query time


def _span_group(sents: dict[int, _Entry], span: _Entry) -> _Group:
    """An unembedded quoted span or clause: inside one sentence, that sentence's vector (or
    its own, when it was embedded for this search: :meth:`OpenIndex.span_group`); across
    sentences, the window of them, each weighted by the characters of the span it holds."""
    kind = "clause" if span.ordinal == CLAUSE else "quote"
    over = [e for _o, e in sorted(sents.items()) if e.start < span.end and span.start < e.end]
    if len(over) == 1:
        return _Group([span], [over[0].id], [1.0], kind)
    weights = [float(min(e.end, span.end) - max(e.start, span.start)) for e in over]
    return _Group([span], [e.id for e in over], weights, kind)


def _over(sents: dict[int, _Entry], ordinal: int, start: int, end: int) -> bool:
    return ordinal in sents and sents[ordinal].start < end and start < sents[ordinal].end


def _windows(sents: dict[int, _Entry], ordinal: int,
             longest: int = MAX_WINDOW) -> list[list[_Entry]]:  # fmt: skip
    return [[sents[o] for o in range(first, first + n)]
            for n in range(1, longest + 1)
            for first in range(ordinal - n + 1, ordinal + 1)
            if all(o in sents for o in range(first, first + n))]  # fmt: skip


def _cosines(ix: OpenIndex, query: np.ndarray, pool: list) -> np.ndarray:
    """Cosine of ``query`` to each candidate: e5's own for one vector; for a window, to the
    sum of its sentences' vectors weighted by their length (from the sentences' cosines
    and their dot products, all in a few array operations), lowered by WINDOW_SHIFT (that
    cosine runs high against the window's own e5 vector by about that much)."""
    if not pool:
        return np.zeros(0, dtype=np.float32)
    ids = sorted({i for g in pool for i in g.rows})
    where = {i: k for k, i in enumerate(ids)}
    vectors = ix.rows(ids)
    sims = vectors @ query
    # Rows padded to MAX_WINDOW with weight 0 (any row will do for the padding).
    at = np.zeros((len(pool), MAX_WINDOW), dtype=np.int64)
    w = np.zeros((len(pool), MAX_WINDOW), dtype=np.float32)
    for k, g in enumerate(pool):
        at[k, : len(g.rows)] = [where[i] for i in g.rows]
        w[k, : len(g.rows)] = g.weights
    dots = (w * sims[at]).sum(axis=1)
    summed = np.einsum("na,nad->nd", w, vectors[at])  # each window's weighted vector sum
    quad = (summed * summed).sum(axis=1)
    sizes = (w > 0).sum(axis=1)
    shift = np.array([WINDOW_SHIFT.get(int(n), 0.0) for n in range(MAX_WINDOW + 1)])[sizes]
    out = (dots / np.sqrt(np.maximum(quad, 1e-12)) - shift).astype(np.float32)
    for k, g in enumerate(pool):
        if g.vector is not None:
            out[k] = float(g.vector @ query)
    return out


def _passage(ix: OpenIndex, window: list[_Entry], said: dict[int, list[_Said]],
             kind: str) -> Passage:  # fmt: skip
    doc = window[0].doc
    start, end = window[0].start, window[-1].end
    if len(window) == 1:
        speaker = window[0].speaker  # as the build resolved it
    else:
        if doc not in said:
            rows = ix.conn.execute(
                "SELECT start, end, speaker, speaker_key FROM statements WHERE doc=?", (doc,)
            )
            said[doc] = [_Said(s, e, _speaker(name, key)) for s, e, name, key in rows]
        speaker = _speaker_of(said[doc], start, end)  # type: ignore[arg-type]
    text = " ".join(e.text for e in window)
    return Passage(_source(ix, doc), start, end, text, speaker, kind,
                   _context(ix.sentences_of(doc), window[0], kind != "sentences"))  # fmt: skip


def _context(sents: dict[int, _Entry], first: _Entry, inside: bool) -> str:
    """What :func:`aligner.pipelines.trace.candidates.context_before` gives the passage."""
    if inside:  # a quoted span or a clause: the sentence holding it, after the ones before
        host = next((o for o, e in sents.items() if e.start <= first.start < e.end), None)
        if host is None:
            return ""
        at, own = host, sents[host].text
    else:
        at, own = first.ordinal, ""
    before = [sents[o].text for o in range(max(0, at - CONTEXT), at) if o in sents]
    return " ".join([*before, own]).strip()


def trace_index(
    article: Document, folder: str, embedder: object = "auto", mt: object = "auto",
    model_path: str | None = None, drift: bool = True, src_lang: str | None = None,
) -> TraceResult:  # fmt: skip
    """Trace every attributed statement of ``article`` to passages of the index ``folder``
    (``src_lang``: the sources' language the article is translated into; by default the
    language most of the index's documents are in)."""
    clock = _Clock()
    warnings: list[str] = []
    ix = open_index(folder)
    try:
        src_lang = _source_lang(ix, src_lang)
        statements = list({(s.start, s.end): s for s in find_statements(article)}.values())
        encoder = _embedder(embedder, warnings)
        model_id = getattr(encoder, "model_id", "")
        if ix.model and model_id and ix.model != model_id:
            raise InputError(folder, f"was built with the embedding model {ix.model}, "
                                     f"not {model_id}; build it again")  # fmt: skip
        translator = load_translator(article.lang, src_lang, mt)
        if translator is None and mt is not None:
            warnings.append(f"no machine translation {article.lang}→{src_lang}; "
                            "ranking without chrF")  # fmt: skip
        parts = [sentence_parts(article, st) for st in statements]
        queries = [s.content for s in statements] + [text for ps in parts for text in ps]
        translations = translator.translate(queries) if translator else []
        clock.lap("translate")
        hosts = host_texts(article, statements)
        vecs = np.asarray(encoder.embed(queries + hosts), dtype=np.float32) if queries else None
        qvecs = vecs[: len(queries)] if vecs is not None else None
        clock.lap("embed")
        found = nearest(ix, qvecs) if qvecs is not None else []
        host_found = nearest(ix, vecs[len(queries) :], HOST_HITS) if hosts else []
        clock.lap("search")
        deferred = embed_deferred(ix, found, encoder)
        clock.lap("deferred")
        reranker = load_model(model_path or weights_path(translator is not None))
        said: dict[int, list[_Said]] = {}
        # What rerank keeps: the passages that can render the query by their form.
        cands = [candidates(ix, qvecs[row], found[row], said,
                            partial(_renders, queries[row],
                                    translations[row] if translations else ""),
                            deferred=deferred, clauses=bool(translations),
                            also=host_found[row] if row < len(statements) else [])
                 for row in range(len(queries))]  # fmt: skip
        clock.lap("candidates")
        traced = []
        row = len(statements)
        for k, st in enumerate(statements):
            ranked = _ranked(ix, queries, translations, k, article, st, cands, reranker)
            part_ranked = []
            for _text in parts[k]:
                part_ranked.append(_ranked(ix, queries, translations, row, article, st, cands,
                                           reranker))  # fmt: skip
                row += 1
            traced.append(verdict(st, ranked, ix.sources, reranker.threshold, part_ranked))
        clock.lap("rerank")
        if drift:
            _add_findings(traced, ix.sources, article.lang, encoder, mt, reranker.threshold)
        clock.lap("drift")
        return TraceResult(article, list(ix.sources), traced, warnings, clock.seconds)
    finally:
        ix.close()


def _renders(query: str, translation: str, text: str) -> bool:
    return can_render(text, query, translation)


def _ranked(ix, queries, translations, row, article, st, cands, reranker):
    passages, cosines = cands[row]
    query = _query(queries, translations, row, article.lang, st)
    return rerank(query, st.kind, passages, ix.sources, cosines, reranker, len(passages))


def _source_lang(ix: OpenIndex, asked: str | None) -> str:
    """``asked`` when the index holds documents in it (else an InputError naming the
    languages it does hold), or the language most of its documents are in."""
    asked = language_code(asked) if asked else None  # "es-ES" is es, as the files' route reads it
    langs = [lang for (lang,) in ix.conn.execute(
        "SELECT lang FROM documents GROUP BY lang ORDER BY COUNT(*) DESC")]  # fmt: skip
    if asked and asked not in langs:
        held = ", ".join(langs) or "none"
        raise InputError(ix.folder, f"holds no documents in {asked} (its languages: {held}); "
                                    "leave out --src-lang or index those documents")  # fmt: skip
    return asked or (langs[0] if langs else "es")
