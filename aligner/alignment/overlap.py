"""Second pass: embed concatenated sentences near the first path, then align again.

A pooled vector (the sum of its sentences' vectors) judges a 2-1 bead poorly: it
matches a merged translation little better than a 1-1 bead plus a dropped
sentence. Vecalign and Bertalign embed the concatenated text instead, for every
span of up to 3-4 sentences of both documents, which costs several times the
embedding of the sentences themselves. Here only the spans of beads that lie on
or near the best path of the first pass are embedded (search.plausible_spans),
and the DP is re-run in a narrow band around that path with their vectors.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future
from functools import cache
from typing import Any

import numpy as np

from aligner.alignment.beadmodel import BeadModel, load_bead_model, model_version
from aligner.alignment.blas import single_blas
from aligner.alignment.boundary import end_flags
from aligner.alignment.dictionary import dictionary_sides, load_pair
from aligner.alignment.embed import Embedder
from aligner.alignment.gloss import gloss_texts, join_nulls, joined_words
from aligner.alignment.junction import move_junctions
from aligner.alignment.lexicon import build_lexicon
from aligner.alignment.paired_nulls import PAIRED_AT, pair_nulls
from aligner.alignment.score import (
    DATA_DIR,
    BeadScorer,
    SideFeatures,
    SpanVectors,
    Weights,
    fitted_weights,
)
from aligner.alignment.search import (
    Path,
    band_from_path,
    bead_types,
    plausible_spans,
    run_dp,
)
from aligner.alignment.side_nulls import SMOOTHING as NULL_SMOOTHING
from aligner.alignment.side_nulls import side_leans
from aligner.runtime.background import SerialThread

LONGEST = 5  # sentences in the longest span embedded as one text (1-5 and 5-1 beads)
MARGIN = 0.25  # a bead this much dearer than the best path still gets its spans embedded
HALF_WIDTH = 8  # columns either side of the first path searched again
# The second pass searches a narrow band, so it affords beads one sentence bigger than
# the first pass (x + y <= max_bead + 1: 1-5, 2-4, 3-3 ...); Text+Berg's gold has them.
EXTRA_BEAD = 1
NULL_RUN = 2  # null beads in a row on the first path that count as a passage left out
MATCH_WINDOW = 1  # sentences either side of the first path searched for a sentence's best match
# refine_many: concatenated texts of the parts chosen so far that go to the model (in a
# thread) while the next parts are chosen.
GROUP_TEXTS = 12
# ... or as few as this many while the caller's model thread has nothing to do (its
# first call, or the last one back): the model starts after a region or two (~0.05 s of
# Python on one core) instead of three or four, and does not wait for a full group.
IDLE_GROUP_TEXTS = 4


@cache
def second_pass_weights() -> Weights:
    """The weights bench/calibrate.py --overlap fitted for the second pass; the first
    pass's (mode "embeddings") until it has."""
    first = fitted_weights("embeddings")
    try:
        with open(os.path.join(DATA_DIR, "calibration.json"), encoding="utf-8") as handle:
            fitted = json.load(handle).get("modes", {}).get("overlap", {}).get("weights", {})
    except (OSError, ValueError):
        return first
    known = {f.name for f in dataclasses.fields(Weights)}
    return dataclasses.replace(first, **{k: float(v) for k, v in fitted.items() if k in known})


@dataclasses.dataclass(frozen=True)
class Refined:
    path: Path
    src: SideFeatures
    tgt: SideFeatures
    embedded: int  # concatenated texts sent to the embedder


def refine(
    path: Path,
    src: SideFeatures,
    tgt: SideFeatures,
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    weights: Weights,
    embedder: Embedder,
    max_bead: int = 5,
    second: Weights | None = None,
    margin: float = MARGIN,
    longest: int = LONGEST,
    half_width: int = HALF_WIDTH,
) -> Refined:
    """The path re-aligned with concatenated-span vectors where the first pass was near a
    many-to-one bead; the first path itself when there is no such place.

    ``weights`` are the first pass's (they choose the spans); ``second`` scores the
    second pass (default: the first pass's).
    """
    parts = [Part(path, src, tgt, src_texts, tgt_texts)]
    (refined,) = refine_many(
        parts, weights, embedder, max_bead, second, margin, longest, half_width
    )
    return refined


@dataclasses.dataclass(frozen=True)
class Part:
    """One alignment to refine: its first path, both sides' features and texts."""

    path: Path
    src: SideFeatures
    tgt: SideFeatures
    src_texts: Sequence[str]
    tgt_texts: Sequence[str]


def refine_many(*args: Any, **kwargs: Any) -> list[Refined]:
    """:func:`refine` for several independent alignments (selective embedding's regions),
    their concatenated spans embedded in few calls: the model costs several times more
    per text in a call of a few texts than in a full batch (more so on a loaded machine).
    The list of :func:`refine_each`, which takes the same arguments."""
    return list(refine_each(*args, **kwargs))


def refine_each(
    parts: Iterable[Part],
    weights: Weights,
    embedder: Embedder,
    max_bead: int = 5,
    second: Weights | None = None,
    margin: float = MARGIN,
    longest: int = LONGEST,
    half_width: int = HALF_WIDTH,
    group: int | None = None,
    model: SerialThread | None = None,
) -> Iterator[Refined]:
    """:func:`refine_many`'s results one by one, each as soon as it is aligned again.

    ``parts`` may be a generator (selective's regions, each searched as it is taken).
    Once the parts chosen so far have ``group`` (:data:`GROUP_TEXTS`) texts, they go to
    the model in a thread (aligner.runtime.background) while the next parts are chosen,
    and each part is aligned again as soon as its call is back, while the model embeds
    the later ones: the Python steps run on the core the model would leave idle between
    calls, and so does the caller's work on each result (selective's confidences) before
    it takes the next. The vectors, and so the result, are those of one call (a text's
    vector does not depend on the batch it is in). ``model``: the thread to make the
    calls in (the caller's, which makes its own calls there too; a group goes as soon as
    it is full, or at :data:`IDLE_GROUP_TEXTS` texts while the model is idle); without
    it a single call is made in this thread, more in a thread of their own (a group goes
    once another part follows).
    """
    bead = max_bead + EXTRA_BEAD
    lexicon = bool((second or weights).lexicon)
    dictionary = uses_dictionary(second or weights)
    group = GROUP_TEXTS if group is None else group
    chosen: list[tuple[Part, Chosen, int, int]] = []  # part, its spans, call, first row
    calls: list[Future[np.ndarray]] = []
    waiting: list[str] = []  # texts for the next call
    full: list[str] = []  # a group's texts, sent once another part follows
    thread = model or SerialThread("aligner-embed")
    with contextlib.nullcontext() if model else thread:  # the caller's goes on after
        for p in parts:
            if full:
                calls.append(thread.submit(embedder.embed, full))
                full = []
            spans = choose(
                p.path, p.src, p.tgt, p.src_texts, p.tgt_texts, weights, bead, margin, longest,
                half_width, lexicon, dictionary,
            )  # fmt: skip
            chosen.append((p, spans, len(calls), len(waiting)))
            waiting += spans.texts
            idle = not calls or calls[-1].done()  # the model has nothing to do
            if model and len(waiting) >= (min(group, IDLE_GROUP_TEXTS) if idle else group):
                calls.append(thread.submit(embedder.embed, waiting))
                waiting = []
            elif len(waiting) >= group:
                full, waiting = waiting, []
        last = full or waiting
        if last and (calls or model):
            calls.append(thread.submit(embedder.embed, last))
        elif last:  # one call in all (--embed all's one part): made here, as always
            calls.append(_done(embedder.embed(last)))
        for part, spans, call, at in chosen:
            if not spans.texts:
                kept = pair_nulls(part.path, lambda p=part: BeadScorer(p.src, p.tgt, weights))
                yield Refined(kept, part.src, part.tgt, 0)
                continue
            planned = attach(spans, calls[call].result()[at : at + len(spans.texts)])
            yield realign(planned, second or weights, load_bead_model())


def prepare_second_pass(second: Weights, source: str, target: str) -> None:
    """Load what the second pass reads on its first part, before it is needed (selective
    embedding: while the model embeds the first round): the bilingual dictionary (~0.2 s
    to build from Debian's files when the cache has no copy yet) and the bead scorer."""
    if uses_dictionary(second):
        load_pair(source, target)
    load_bead_model()


def _done(value: np.ndarray) -> Future[np.ndarray]:
    future: Future[np.ndarray] = Future()
    future.set_result(value)
    return future


def constants_signature() -> str:
    """The second pass's constants and bead scorer, for the alignment signature."""
    return (
        f"longest={LONGEST},extra_bead={EXTRA_BEAD},margin={MARGIN:g},"
        f"half_width={HALF_WIDTH},match_window={MATCH_WINDOW},null_run={NULL_RUN},"
        f"junction_recut=1,null_smoothing={NULL_SMOOTHING:g},paired_nulls={PAIRED_AT:g},"
        f"scorer={model_version(load_bead_model())}"
    )


@dataclasses.dataclass(frozen=True)
class Plan:
    src: SideFeatures  # with the embedded spans
    tgt: SideFeatures
    lo: np.ndarray  # the band around the first path
    hi: np.ndarray
    embedded: int
    max_bead: int = 5  # the biggest bead (x + y) the second pass considers


@dataclasses.dataclass(frozen=True)
class Chosen:
    """A plan whose spans are chosen but not yet embedded (:func:`choose`)."""

    plan: Plan  # without the spans' vectors (embedded 0)
    src_order: list[tuple[int, int]]
    tgt_order: list[tuple[int, int]]
    texts: list[str]  # the spans' concatenated texts, source spans first


def plan(
    path: Path,
    src: SideFeatures,
    tgt: SideFeatures,
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    weights: Weights,
    embedder: Embedder,
    max_bead: int = 5,
    margin: float = MARGIN,
    longest: int = LONGEST,
    half_width: int = HALF_WIDTH,
    lexicon: bool = False,
    dictionary: bool = False,
) -> Plan:
    """Choose the spans near the first path, embed their concatenated text, index them;
    with ``lexicon``, also a lexicon trained on the first path's 1-1 beads; with
    ``dictionary``, the bilingual dictionary's words of each sentence."""
    chosen = choose(
        path,
        src,
        tgt,
        src_texts,
        tgt_texts,
        weights,
        max_bead,
        margin,
        longest,
        half_width,
        lexicon,
        dictionary,
    )
    if not chosen.texts:
        return chosen.plan
    # One call for both sides: one batch schedule, one cache round trip.
    return attach(chosen, embedder.embed(chosen.texts))


def choose(
    path: Path,
    src: SideFeatures,
    tgt: SideFeatures,
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    weights: Weights,
    max_bead: int = 5,
    margin: float = MARGIN,
    longest: int = LONGEST,
    half_width: int = HALF_WIDTH,
    lexicon: bool = False,
    dictionary: bool = False,
) -> Chosen:
    """:func:`plan` up to the embedding: the spans near the first path and their texts."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0 or src.vectors is None or tgt.vectors is None:
        return Chosen(Plan(src, tgt, *full_band(n, m), 0, max_bead), [], [], [])
    lo, hi = band_from_path(path, n, m, half_width, scale=1)
    with single_blas():
        scorer = BeadScorer(src, tgt, weights)
        src_spans, tgt_spans = plausible_spans(
            scorer, n, m, lo, hi, bead_types(max_bead), margin, longest
        )
        src_best, tgt_best = best_matches(path, scorer, MATCH_WINDOW)
    src_lean, tgt_lean = side_leans(path)
    src = dataclasses.replace(
        src, best_match=src_best, ends=end_flags(src_texts, src.lang, src.ends), null_lean=src_lean
    )
    tgt = dataclasses.replace(
        tgt, best_match=tgt_best, ends=end_flags(tgt_texts, tgt.lang, tgt.ends), null_lean=tgt_lean
    )
    if lexicon:
        src_lex, tgt_lex = build_lexicon(src_texts, tgt_texts, one_to_one(path))
        src = dataclasses.replace(src, lexicon=src_lex)
        tgt = dataclasses.replace(tgt, lexicon=tgt_lex)
    if dictionary:
        src, tgt = with_dictionary(src, tgt, src_texts, tgt_texts)
    src_order, tgt_order = sorted(src_spans), sorted(tgt_spans)
    texts = [" ".join(src_texts[s:e]) for s, e in src_order]
    texts += [" ".join(tgt_texts[s:e]) for s, e in tgt_order]
    return Chosen(Plan(src, tgt, lo, hi, 0, max_bead), src_order, tgt_order, texts)


def attach(chosen: Chosen, vectors: np.ndarray) -> Plan:
    """The plan with its spans' vectors (rows in the order of ``chosen.texts``)."""
    planned, split = chosen.plan, len(chosen.src_order)
    n, m = len(planned.src), len(planned.tgt)
    src = dataclasses.replace(planned.src, spans=span_vectors(chosen.src_order, vectors[:split], n))
    tgt = dataclasses.replace(planned.tgt, spans=span_vectors(chosen.tgt_order, vectors[split:], m))
    return dataclasses.replace(planned, src=src, tgt=tgt, embedded=len(chosen.texts))


def realign(planned: Plan, weights: Weights, model: BeadModel | None = None) -> Refined:
    """The DP again, in the band, with the concatenated spans' vectors; beads scored by
    ``model`` (-log p) when given, else by the hand-weighted cost."""
    src, tgt, max_bead = planned.src, planned.tgt, planned.max_bead
    with single_blas():
        scorer = BeadScorer(src, tgt, weights, model=model)
        path = run_dp(
            scorer, len(src), len(tgt), planned.lo, planned.hi, bead_types(max_bead),
            with_gaps=True,
        )  # fmt: skip
        if weights.junction_hits and src.dictionary is not None and tgt.dictionary is not None:
            path = move_junctions(
                path, scorer, src.dictionary, tgt.dictionary, weights.junction_hits,
                weights.junction_cost, max_bead,
            )  # fmt: skip
        if weights.null_join_cost and src.gloss is not None and tgt.gloss is not None:
            path = join_nulls(
                path, scorer, src.gloss, tgt.gloss, null_runs(path, len(src), len(tgt), NULL_RUN),
                weights.null_join_gain, weights.null_join_cost, max_bead,
            )  # fmt: skip
        path = pair_nulls(path, scorer)
    return Refined(path, src, tgt, planned.embedded)


def best_matches(path: Path, scorer: BeadScorer, window: int) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's lowest 1-1 meaning cost against the other side's sentences within
    ``window`` of its place on the first path (inf where there is none)."""
    src, tgt = scorer.src, scorer.tgt
    n, m = len(src), len(tgt)
    src_best, tgt_best = np.full(n, np.inf), np.full(m, np.inf)
    if not scorer.has_vectors or n == 0 or m == 0:
        return src_best, tgt_best
    first = np.zeros(n, dtype=np.int64)
    last = np.zeros(n, dtype=np.int64)
    for s0, s1, t0, t1 in path.spans:
        first[s0:s1], last[s0:s1] = t0, max(t0, t1 - 1)
    src_run, tgt_run = null_runs(path, n, m, NULL_RUN)
    widest = int((last - first).max()) + 1
    offsets = np.arange(-window, window + widest)
    for start in range(0, n, 1024):
        rows = np.arange(start, min(n, start + 1024))
        raw = first[rows, None] + offsets[None, :]
        keep = (raw >= 0) & (raw < m) & (raw <= last[rows, None] + window)
        cols = np.clip(raw, 0, m - 1)
        cos = np.einsum("rd,rwd->rw", src.vectors[rows], tgt.vectors[cols]).astype(np.float64)
        rand = 0.5 * (scorer.src_rand[rows, None] + scorer.tgt_rand[cols])
        cost = np.where(keep, (1.0 - cos) / np.maximum(1.0 - rand, 0.02), np.inf)
        src_best[rows] = cost.min(axis=1)
        np.minimum.at(tgt_best, cols[keep], cost[keep])
    # A run of unaligned sentences is a passage left out (a paragraph deleted), not a
    # sentence split off its neighbour: no match evidence there, the plain null cost.
    src_best[src_run], tgt_best[tgt_run] = np.inf, np.inf
    return src_best, tgt_best


def uses_dictionary(weights: Weights) -> bool:
    return bool(weights.dictionary_cut or weights.junction_hits or weights.null_join_cost)


def with_dictionary(
    src: SideFeatures, tgt: SideFeatures, src_texts: Sequence[str], tgt_texts: Sequence[str]
) -> tuple[SideFeatures, SideFeatures]:
    """Both sides with each sentence's dictionary words and gloss; unchanged when no
    dictionary for the pair is installed, or one that knows too few words (the engine warns)."""
    sides = dictionary_sides(src_texts, tgt_texts, src.lang, tgt.lang)
    if sides is None:
        return src, tgt
    src_words, tgt_words = sides
    return (
        dataclasses.replace(
            src, dictionary=src_words, gloss=gloss_texts(src_texts, src.lang, tgt.lang)
        ),
        dataclasses.replace(
            tgt,
            dictionary=tgt_words,
            gloss=[joined_words(t, tgt.lang) for t in tgt_texts],
        ),
    )


def one_to_one(path: Path) -> list[tuple[int, int]]:
    """(source, target) of the path's 1-1 beads: the lexicon's training pairs."""
    return [(s0, t0) for s0, s1, t0, t1 in path.spans if s1 - s0 == 1 and t1 - t0 == 1]


def null_runs(path: Path, n: int, m: int, shortest: int) -> tuple[np.ndarray, np.ndarray]:
    """Source and target masks of the sentences in runs of at least ``shortest``
    consecutive null beads of the path."""
    src_mask, tgt_mask = np.zeros(n, dtype=bool), np.zeros(m, dtype=bool)
    null = [s0 == s1 or t0 == t1 for s0, s1, t0, t1 in path.spans]
    spans = path.spans
    k = 0
    while k < len(spans):
        end = k
        while end < len(spans) and null[end]:
            end += 1
        if end - k >= shortest:
            for s0, s1, t0, t1 in spans[k:end]:
                src_mask[s0:s1], tgt_mask[t0:t1] = True, True
        k = max(end, k + 1)
    return src_mask, tgt_mask


def full_band(n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1, dtype=np.int64)


def span_vectors(spans: list[tuple[int, int]], vectors: np.ndarray, n: int) -> SpanVectors:
    """Index the embedded spans by (length, end) for the scorer."""
    index: dict[int, np.ndarray] = {}
    for row, (start, end) in enumerate(spans):
        table = index.setdefault(end - start, np.full(n + 1, -1, dtype=np.int64))
        table[end] = row
    return SpanVectors(index, np.asarray(vectors, dtype=np.float32))
