"""`aligner trace`: find the source passages of an article's quotes among documents that
are not its translation, then check how each quote renders its best source.

Stages: the article's attributed statements (:mod:`aligner.statements.quotes`); candidate
passages of the sources (:mod:`.candidates`); e5 retrieval (one batched, cached embed
call, exact cosine); a reranker over the project's other evidence with a calibrated
score (:mod:`.rerank`); the drift checks (:func:`aligner.drift.check_pairs`) on the
best match. A statement whose best candidate scores below the threshold has no source,
and its best candidate is reported as a near miss.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from aligner.alignment.embed import load_embedder
from aligner.alignment.mt import load_translator
from aligner.alignment.segment import segment
from aligner.drift.checks import Finding, check_pairs
from aligner.pipelines.trace.candidates import Passage, all_passages
from aligner.pipelines.trace.rerank import (
    Model,
    Query,
    calibrated,
    can_render,
    distinctness,
    features,
    load_model,
    logit,
    weights_path,
)
from aligner.statements.quotes import Statement, find_statements, same_speaker
from aligner.types import Document

RETRIEVE = 30  # candidates kept by cosine per statement for the reranker
# The single sentences or quoted spans the article's sentence holding a statement
# (reporting clause and all: :func:`host_texts`) reaches; they, and the quoted spans and
# clauses inside such a sentence, join the statement's candidates past the cosine cut. A
# short statement that renders one clause of a long source sentence ("the sector lacked
# workers") is far from the sentence (85th of an index's entries), while the article's
# sentence ("Pablo Ezquerra, the president of the hoteliers' association, said …") is
# close to it (1st): docs/trace.md, thirteenth round.
HOST_HITS = 5
SHOWN = 5  # matches reported per statement, at most
MIN_SHOWN = 0.05  # score below which a match after the best is not reported


@dataclass(frozen=True)
class Match:
    document: str  # the source file's path as given
    start: int  # offsets into that file's text
    end: int
    text: str
    score: float  # calibrated probability that this passage is a source of the statement
    speaker: str  # whom the source attributes it to ("" when no one)


@dataclass
class TracedStatement:
    statement: Statement
    matches: list[Match]  # best first; empty when no source was found
    near_miss: Match | None  # the best candidate when it was not good enough
    findings: list[Finding] = field(default_factory=list)  # drift of the best match
    # Best first: ``whole``, led by a sentence's place when a stitched quote is found
    # through its sentences (:func:`verdict`).
    ranked: list[tuple[Passage, float, list[float]]] = field(default_factory=list, repr=False)
    # Per sentence of a quote of several, its own ranked candidates (a stitched quote).
    parts: list[list[tuple[Passage, float, list[float]]]] = field(default_factory=list,
                                                                 repr=False)  # fmt: skip
    # The statement's own candidates as ranked against it (what the models are fitted on).
    whole: list[tuple[Passage, float, list[float]]] = field(default_factory=list, repr=False)


@dataclass
class TraceResult:
    article: Document
    sources: list[Document]
    statements: list[TracedStatement]
    warnings: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def trace_documents(
    article: Document, sources: list[Document], embedder: object = "auto", mt: object = "auto",
    model_path: str | None = None, drift: bool = True, clauses: bool = True,
) -> TraceResult:  # fmt: skip
    """Trace every attributed statement of ``article`` to passages of ``sources``
    (``clauses``: the clauses of long source sentences are candidates too); besides the
    RETRIEVE passages nearest a statement, those its article sentence reaches
    (:class:`_Reached`)."""
    clock = _Clock()
    warnings: list[str] = []
    # The statement finder may report one span twice (two reporting clauses).
    statements = list({(s.start, s.end): s for s in find_statements(article)}.values())
    passages = [p for k, doc in enumerate(sources) for p in source_passages(k, doc, clauses)]
    clock.lap("candidates")
    encoder = _embedder(embedder, warnings)
    src_lang = _main_lang(sources)
    # Direct pairs only: the reranker's MT weights were fitted on a direct pair's output.
    translator = load_translator(article.lang, src_lang, mt, pivot=False)
    if translator is None and mt is not None:
        warnings.append(f"no machine translation {article.lang}→{src_lang}; ranking without chrF")
    parts = [sentence_parts(article, st) for st in statements]
    # Statements and their sentences in one Apertium call and one embedding call.
    queries = [s.content for s in statements] + [text for ps in parts for text in ps]
    translations = translator.translate(queries) if translator else []
    clock.lap("translate")
    hosts = host_texts(article, statements)
    cosines = _cosines(encoder, queries + hosts, [p.text for p in passages])
    clock.lap("embed")
    reached = _Reached(passages, sources) if hosts else None
    reranker = load_model(model_path or weights_path(translator is not None))
    traced = []
    row = len(statements)
    for k, st in enumerate(statements):
        also = reached.by(cosines[len(queries) + k]) if reached else []
        ranked = rerank(_query(queries, translations, k, article.lang, st), st.kind, passages,
                        sources, cosines[k], reranker, also=also)  # fmt: skip
        part_ranked = []
        for _text in parts[k]:
            part = _query(queries, translations, row, article.lang, st)
            part_ranked.append(rerank(part, st.kind, passages, sources, cosines[row], reranker))
            row += 1
        traced.append(verdict(st, ranked, sources, reranker.threshold, part_ranked))
    clock.lap("rerank")
    if drift:
        _add_findings(traced, sources, article.lang, encoder, mt, reranker.threshold)
    clock.lap("drift")
    return TraceResult(article, sources, traced, warnings, clock.seconds)


@lru_cache(maxsize=8192)
def source_passages(doc_index: int, doc: Document, clauses: bool = True) -> tuple[Passage, ...]:
    """The candidate passages of one source (with the clauses of its long sentences when
    ``clauses``), found once per process: tracing several articles against the same
    sources (the API, the bench) segments and finds the statements of each source once,
    not once per article."""
    return tuple(all_passages(doc_index, doc, find_statements(doc), clauses))


def host_texts(article: Document, statements: list[Statement]) -> list[str]:
    """The article's sentences holding each statement, reporting clause and all (what a
    source sentence that reports it, «El presidente de …, Pablo Ezquerra, advirtió de …»,
    reads like), one text a statement."""
    return [" ".join(article.sentences[i].text for i in st.sentences) or st.content
            for st in statements]  # fmt: skip


class _Reached:
    """The file route's counterpart of an index search for HOST_HITS entries: the single
    sentences and quoted spans of ``passages`` (an index's entries), each sentence with
    the quoted spans and clauses over it (what an index files under it)."""

    def __init__(self, passages: list[Passage], sources: list[Document]) -> None:
        single = {(k, s.start, s.end) for k, doc in enumerate(sources) for s in doc.sentences}
        self.entries = np.array([i for i, p in enumerate(passages) if p.kind == "quote"
                                 or (p.doc, p.start, p.end) in single], dtype=np.int64)  # fmt: skip
        spans: dict[int, list[int]] = {}
        for i, p in enumerate(passages):
            if p.kind != "sentences":
                spans.setdefault(p.doc, []).append(i)
        self.passages, self.spans = passages, spans

    def by(self, cosines: np.ndarray, n: int = HOST_HITS) -> list[int]:
        """The entries nearest by ``cosines``, each sentence followed by its spans."""
        if not len(self.entries):
            return []
        near = self.entries[np.argsort(-cosines[self.entries], kind="stable")[:n]]
        out = []
        for i in near:
            p = self.passages[i]
            out.append(int(i))
            if p.kind == "sentences":
                out += [
                    j
                    for j in self.spans.get(p.doc, [])
                    if self.passages[j].start < p.end and p.start < self.passages[j].end
                ]
        return out


def _query(texts: list[str], translations: list[str], k: int, lang: str, st: Statement) -> Query:
    return Query(texts[k], lang, translations[k] if translations else "", st.speaker)


def sentence_parts(article: Document, st: Statement) -> list[str]:
    """The sentences of a quote of several (of three words or more), or none.

    A quote stitched from two places renders each place in its own sentence(s); searched
    whole, the second place ranks low, since it renders only half of the quote. The
    quote is split on its own: the article's segmentation keeps a quotation inside its
    reporting sentence.
    """
    parts = [" ".join(s.text.split()) for s in segment(st.content, article.lang)]
    parts = [p for p in parts if len(p.split()) >= 3]
    return parts if len(parts) >= 2 else []


def _embedder(embedder: object, warnings: list[str]):
    """The e5 model (or the one given); tracing cannot rank candidates without one."""
    from aligner.errors import AlignerError

    if embedder is None:
        raise AlignerError("trace needs the e5 model to find candidates (embedder=None given)")
    if embedder != "auto":
        return embedder
    model, problem = load_embedder()
    if model is None:
        raise AlignerError(f"trace needs the e5 model to find candidates: {problem}")
    if problem:
        warnings.append(problem)
    return model


def _main_lang(sources: list[Document]) -> str:
    langs = [d.lang for d in sources]
    return max(set(langs), key=langs.count) if langs else "es"


def _cosines(model, queries: list[str], texts: list[str]) -> np.ndarray:
    """Statement × passage cosine."""
    if not queries or not texts:
        return np.zeros((len(queries), len(texts)), dtype=np.float32)
    vectors = model.embed(list(queries) + list(texts))  # one call: the cache batches misses
    return vectors[: len(queries)] @ vectors[len(queries) :].T


Ranked = list[tuple[Passage, float, list[float]]]  # passage, score, features; best first


def rerank(query: Query, kind: str, passages: list[Passage], sources: list[Document],
           cosines: np.ndarray, model: Model, keep: int = RETRIEVE,
           also: list[int] = ()) -> Ranked:  # fmt: skip
    """The ``keep`` passages closest by cosine, and the passages ``also`` (by position),
    best first by calibrated score."""
    if not passages:
        return []
    # A one-word quotation ("propaganda") is no source of a sentence, nor a question of
    # a statement, however close their vectors (rerank.can_render). Checked in order of
    # cosine until RETRIEVE fit: a few dozen passages, not the whole archive.
    order: list[int] = []
    for i in np.argsort(-cosines, kind="stable"):
        if can_render(passages[i].text, query.text, query.translation):
            order.append(int(i))
            if len(order) == keep:
                break
    taken = set(order)
    order += [
        i
        for i in dict.fromkeys(also)
        if i not in taken and can_render(passages[i].text, query.text, query.translation)
    ]
    distinct = distinctness([(passages[i].doc, passages[i].start, passages[i].end)
                             for i in order], [float(cosines[i]) for i in order])  # fmt: skip
    rows = [features(query, passages[i].text, sources[passages[i].doc].lang,
                     passages[i].speaker, float(cosines[i]), passages[i].context,
                     passages[i].kind == "quote", passages[i].kind == "clause", d)
            for i, d in zip(order, distinct, strict=True)]  # fmt: skip
    return rescore([(passages[i], row) for i, row in zip(order, rows, strict=True)], kind, model)


def rescore(candidates: list[tuple[Passage, list[float]]], kind: str, model: Model) -> Ranked:
    """Candidates with their features, scored by ``model``, best first."""
    out = [(p, calibrated(logit(row, model.weights), kind, row, model.calibration), row)
           for p, row in candidates]  # fmt: skip
    out.sort(key=lambda r: -r[1])
    return out


def shown(ranked: Ranked, parts: list[Ranked] = ()) -> list[tuple[Passage, float]]:
    """The SHOWN best candidates that do not overlap a better one, best first; after the
    best, the best candidate of each sentence of the quote (``parts``)."""
    chosen: list[tuple[Passage, float]] = []
    firsts = ranked[:1] + [part[0] for part in parts if part] + ranked[1:]
    for p, score, _row in firsts:
        if len(chosen) == SHOWN:
            break
        if any(q.doc == p.doc and q.start < p.end and p.start < q.end for q, _ in chosen):
            continue  # a window around a chosen one says nothing new
        chosen.append((p, score))
    return chosen


def verdict(st: Statement, ranked: Ranked, sources: list[Document], cut: float,
            parts: list[Ranked] = ()) -> TracedStatement:  # fmt: skip
    """The shown matches when the best scores ``cut`` or more; else none and a near miss.

    A match found for one sentence of the quote is scored against that sentence.
    """
    order = sentence_lead(ranked, parts, cut) + ranked
    matches = [_match(p, score, sources) for p, score in shown(order, parts)]
    if matches and matches[0].score >= cut:
        # Candidates far below the best are noise to a reader; a second place of a
        # stitched quote scores well above this.
        kept = [m for m in matches[1:] if m.score >= MIN_SHOWN]
        return TracedStatement(st, matches[:1] + kept, None, ranked=order, parts=list(parts),
                               whole=ranked)  # fmt: skip
    return TracedStatement(st, [], matches[0] if matches else None, ranked=order,
                           parts=list(parts), whole=ranked)  # fmt: skip


def sentence_lead(ranked: Ranked, parts: list[Ranked], cut: float) -> Ranked:
    """The place that leads a quote stitched from places: when every sentence of the
    quote finds a place scoring ``cut`` or more, and the weakest of them outscores the
    best candidate of the quote as a whole, the best of those places (else nothing).

    Searched whole, such a quote matches neither place well ("All the safety reports
    were in order. We will not send anyone down again…": each half is a sentence of
    its own in the source), while each sentence finds its place.
    """
    bests = [part[0] for part in parts if part]
    if len(bests) < 2 or len(bests) < len(parts):
        return []
    weakest = min(score for _p, score, _row in bests)
    if weakest < cut or (ranked and weakest <= ranked[0][1]):
        return []
    return [max(bests, key=lambda r: r[1])]


def _match(p: Passage, score: float, sources: list[Document]) -> Match:
    doc = sources[p.doc]
    return Match(doc.path, p.start, p.end, doc.text[p.start : p.end], round(score, 4),
                 p.speaker.name if p.speaker.key else "")  # fmt: skip


def _add_findings(traced: list[TracedStatement], sources: list[Document], lang: str,
                  model, mt: object, cut: float) -> None:  # fmt: skip
    """Drift of each statement against its best match (source → article), by language pair.

    A quote stitched from two places is checked against both: its best match followed by
    the other places its sentences were traced to (scoring ``cut`` or more), so the half
    found elsewhere is not reported as an addition.
    """
    by_pair: dict[str, list[TracedStatement]] = {}
    for t in traced:
        if t.matches:
            best = t.ranked[0][0]
            by_pair.setdefault(sources[best.doc].lang, []).append(t)
    for src_lang, group in by_pair.items():
        # The file's own text first, so that a source span plus the match's start is a
        # file offset; spans in the other places have no single file offset and are dropped.
        pairs = [(" ".join([t.matches[0].text, *other_places(t, cut)]), t.statement.content)
                 for t in group]  # fmt: skip
        found = check_pairs(pairs, src_lang, lang, embedder=model, mt=mt)
        for t, findings in zip(group, found, strict=True):
            # The passage keeps its reporting clause ("El alcalde anunció que…") and the
            # statement is the quoted words alone, so the pair check would report every
            # attribution as dropped; speakers are compared as resolved in each document.
            own = len(t.matches[0].text)
            kept = [f if not f.source_span or f.source_span[1] <= own
                    else replace(f, source_span=None)
                    for f in findings if f.type != "speaker"]  # fmt: skip
            t.findings = kept + _speaker_finding(t)


def other_places(t: TracedStatement, cut: float) -> list[str]:
    """Texts of the places a stitched quote's sentences were traced to, besides its best
    match: each sentence's best candidate when it scores ``cut`` or more and does not
    overlap the best match (or an earlier place)."""
    best = t.ranked[0][0]
    taken = [best]
    texts = []
    for part in t.parts:
        if not part or part[0][1] < cut:
            continue
        p = part[0][0]
        if any(q.doc == p.doc and q.start < p.end and p.start < q.end for q in taken):
            continue
        taken.append(p)
        texts.append(p.text)
    return texts


def _speaker_finding(t: TracedStatement) -> list[Finding]:
    """The source attributes the passage to someone else: the quote changed its speaker."""
    src, tgt = t.ranked[0][0].speaker, t.statement.speaker
    if not (src.key and tgt.key) or same_speaker(src, tgt):
        return []
    return [Finding("speaker", "critical", 0.8, None, None,
                    f"The source attributes this to {src.name}, the article to {tgt.name}.",
                    "trace.speaker")]  # fmt: skip


class _Clock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = now - self._last
        self._last = now


# --- inputs and records ----------------------------------------------------------------


def source_files(paths: list[str], article: str | None = None) -> list[str]:
    """The files named, or found (recursively, in sorted order) in folders ``paths``: the
    kinds an index reads (.txt, .md, .html, .docx: index.READABLE).

    The article itself is left out when a folder holds it (it would match itself).
    """
    import os

    from aligner.errors import InputError
    from aligner.pipelines.trace.index import READABLE

    out: list[str] = []
    own = os.path.realpath(article) if article else None
    for path in paths:
        if not os.path.isdir(path):
            out.append(path)  # the reader names a missing or unreadable file
            continue
        found = sorted(
            os.path.join(root, name)
            for root, _dirs, names in os.walk(path)
            for name in names
            if name.lower().endswith(READABLE) and os.path.realpath(os.path.join(root, name)) != own
        )
        if not found:
            raise InputError(path, "is a folder with no documents (.txt, .md, .html, .docx)")
        out.extend(found)
    return list(dict.fromkeys(out))


def trace_record(t: TracedStatement) -> dict:
    """One statement as `--format json/jsonl` writes it."""
    from aligner.pipelines.check import finding_record

    st = t.statement
    return {
        "statement": {"text": st.content, "start": st.start, "end": st.end,
                      "speaker": st.speaker.name if st.speaker.key else "", "kind": st.kind},
        "found": bool(t.matches),
        "matches": [_match_record(m) for m in t.matches],
        "near_miss": _match_record(t.near_miss) if t.near_miss else None,
        "findings": [finding_record(f) for f in t.findings],
    }  # fmt: skip


def _match_record(m: Match) -> dict:
    return {"document": m.document, "text": m.text, "start": m.start, "end": m.end,
            "score": m.score, "speaker": m.speaker}  # fmt: skip
