"""Bead scoring: how likely is it that these source sentences translate these target ones?

Four signals, each computed per *sentence* once and combined per *bead*, so a
2-1 or 3-2 candidate costs no extra embedding work:

* meaning: e5 cosine of the bead's vectors. A span of several sentences is
  first judged by its pooled vector (the normalised sum of its sentences'); the
  second pass (aligner.alignment.overlap) embeds the concatenated text of the
  spans that matter, near the first path, and those vectors replace the pooled
  ones (:class:`SpanVectors`). Following Vecalign, the cosine is normalised by
  how similar each side is to random sentences of the other document, which
  removes e5's high baseline cosine.
* length: Gale–Church's length-ratio cost, with the ratio estimated from the
  document pair itself, so it adapts to any language pair.
* numbers: the digit numbers of the two sides, normalised across locales.
* subwords: shared subword units (names, cognates) from a sentencepiece model.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, fields, replace
from functools import cache

import numpy as np

from aligner.alignment.baseline_cosine import random_mean as _random_mean
from aligner.alignment.baseline_cosine import shrunk_cosine as _shrunk_cosine
from aligner.alignment.beadmodel import BeadModel, shape_signals
from aligner.alignment.bitsets import bitsets, dice_cost, popcount
from aligner.alignment.boundary import end_costs, span_ends
from aligner.alignment.dictionary import split_evidence
from aligner.alignment.lengths import length_cost
from aligner.alignment.lexicon import LexiconSides, lexicon_span, uncovered_words
from aligner.alignment.numbers import numbers_with_words
from aligner.lang import profile
from aligner.textutil import fold_accents
from aligner.types import Sentence

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


@dataclass(frozen=True)
class Weights:
    """How the signals combine into one bead cost; fitted on corpora/heldout."""

    null: float = 0.45  # cost of one unaligned sentence
    length: float = 0.05
    numbers: float = 0.3
    subwords: float = 0.15
    merge: float = 0.06  # extra cost per sentence beyond a 1-1 bead
    paragraph: float = 0.1
    pooling: float = 0.5  # gamma: how fast the meaning cost grows with bead size
    # gamma for beads whose every multi-sentence side was embedded as one text (the
    # second pass): such a vector does not match everything a little, as a pool does.
    concat_pooling: float = 0.5
    # How much of a concatenated bead's meaning cost comes from the concatenation's
    # vector (the rest from the pooled one, which an untranslated extra sentence dilutes).
    concat_share: float = 1.0
    # A sentence whose best single-sentence match near the path is good (a low meaning
    # cost, SideFeatures.best_match) is dearer to leave unaligned: its content is
    # probably translated, inside a neighbour's bead. Its null cost is
    # null * exp(null_match * max(0, null_pivot - best_match)); 0 keeps one null cost.
    null_match: float = 0.0
    null_pivot: float = 0.7
    # A fragment shorter than this many characters (a page number, OCR debris) costs
    # less to leave unaligned, in proportion to its length; 0: no such discount.
    null_short: float = 0.0
    # Added per sentence beyond two on a bead's longer side (1-3: 1, 1-5: 3), on top of
    # ``merge``: a bead-shape prior for 1-3/3-1 and longer beads; negative makes them
    # cheaper than the linear merge cost alone. 0: no such term.
    long_side: float = 0.0
    # Second pass, opt-in: cost per known word of a bead that the document-internal
    # lexicon finds untranslated on the other side (an unaligned sentence: all of its
    # known words; aligner.alignment.lexicon). 0: no lexicon is built. Not shipped: it
    # lost on Text+Berg at every weight tried (docs/benchmarks.md, branch lex13i).
    lexicon: float = 0.0
    # Second pass: a bilingual dictionary's evidence that a many-to-many bead (2-2, 2-3 ...)
    # is two beads (aligner.alignment.dictionary.split_evidence: at the best cut, the
    # lower coverage of the two diagonal parts minus ``dictionary_crossed`` times the
    # higher of the two crossed parts); cost per unit above ``dictionary_cut_pivot``.
    # 0: no dictionary is read.
    dictionary_cut: float = 0.0
    dictionary_cut_pivot: float = 0.1
    dictionary_crossed: float = 3.0
    # Second pass, after the DP: a sentence at the junction of two beads moves to the
    # neighbouring bead when the dictionary finds at least ``junction_hits`` more of its
    # words translated there than in its own bead, and the two beads then cost at most
    # ``junction_cost`` more (aligner.alignment.junction). 0: no move.
    junction_hits: float = 0.0
    junction_cost: float = 0.6
    # Second pass, last: a single null joins a neighbouring bead whose gloss chrF rises by
    # ``null_join_gain`` and cost by at most ``null_join_cost`` (gloss.py). 0: no join.
    null_join_cost: float = 0.0
    null_join_gain: float = 0.005
    # Second pass: added to a bead (null beads too) that ends on a sentence the segmenter
    # cut after an initial or abbreviation; subtracted from a bead whose next sentence
    # opens an item on both sides (aligner.alignment.boundary). 0: none.
    boundary_fragment: float = 0.0
    boundary_item: float = 0.0
    # Second pass: added to each null of a side that the first path leaves out less often
    # than the other, per log unit of that lean (side_nulls.py; SideFeatures.null_lean).
    # 0: one null cost for both sides.
    null_asymmetry: float = 0.0


@cache
def fitted_weights(mode: str = "embeddings") -> Weights:
    """The weights bench/calibrate.py fitted for a mode, shipped with the confidence model."""
    try:
        with open(os.path.join(DATA_DIR, "calibration.json"), encoding="utf-8") as handle:
            fitted = json.load(handle).get("modes", {}).get(mode, {}).get("weights", {})
    except (OSError, ValueError):
        return Weights()
    known = {f.name for f in fields(Weights)}
    return Weights(**{k: float(v) for k, v in fitted.items() if k in known})


@dataclass(frozen=True)
class SpanVectors:
    """Vectors of concatenated sentence spans of one side, where they were embedded.

    ``index[k][e]`` is the row in ``vectors`` of the span of k sentences ending before
    sentence e (sentences e-k .. e-1), or -1 where that span was not embedded.
    """

    index: dict[int, np.ndarray]
    vectors: np.ndarray  # (spans, d) unit rows

    def lookup(self, k: int, ends: np.ndarray) -> np.ndarray:
        table = self.index.get(k)
        if table is None:
            return np.full(len(ends), -1, dtype=np.int64)
        return table[np.clip(ends, 0, len(table) - 1)]


@dataclass(frozen=True)
class Whole:
    """The whole document, when a side's features are a slice of it (a region aligned
    again by aligner.alignment.selective): scored on the document's length ratio and
    meaning baseline, not on the slice's own (a region with a paragraph left out has a
    length ratio far from the document's)."""

    length: float  # characters in the whole side
    mean: np.ndarray | None = None  # mean vector of sentences from all over the side
    sample: int = 0  # how many sentences that mean averages


@dataclass
class SideFeatures:
    """Per-sentence signals of one side of a document pair."""

    vectors: np.ndarray | None  # (n, d) unit rows, or None without embeddings
    lengths: np.ndarray  # characters per sentence
    numbers: np.ndarray  # (n, WORDS) uint64 bitsets of hashed canonical numbers
    subwords: np.ndarray  # (n, WORDS) uint64 bitsets of hashed subword units
    paragraph_end: np.ndarray  # bool: sentence i is the last of its paragraph
    paragraph: np.ndarray
    spans: SpanVectors | None = None  # concatenated spans, from the second pass
    whole: Whole | None = None  # set when these features are a slice of a document
    # Each sentence's lowest 1-1 meaning cost against the other side near the first
    # path (the second pass sets it; aligner.alignment.overlap.best_matches).
    best_match: np.ndarray | None = None
    lexicon: LexiconSides | None = None  # known words and translations (second pass)
    lang: str = ""  # the side's language: which dictionary applies
    dictionary: LexiconSides | None = None  # the same from a bilingual dictionary
    # For chrF (gloss.py): source sentences glossed word by word, target ones' content words.
    gloss: list[str] | None = None
    # Per sentence, boundary.end_flags: how a sentence ends (second pass).
    ends: np.ndarray | None = None
    # side_nulls.side_leans: how much less often the first path leaves this side's
    # sentences out than the other side's (second pass; 0 elsewhere).
    null_lean: float = 0.0

    def __len__(self) -> int:
        return len(self.lengths)


def side_features(
    sentences: tuple[Sentence, ...] | list[Sentence], lang: str, vectors: np.ndarray | None
) -> SideFeatures:
    texts = [s.text for s in sentences]
    paragraphs = np.array([s.paragraph for s in sentences], dtype=np.int64)
    para_end = np.ones(len(sentences), dtype=bool)
    if len(sentences) > 1:
        para_end[:-1] = paragraphs[1:] != paragraphs[:-1]
    return SideFeatures(
        vectors=vectors,
        lengths=np.array([max(1, len(t)) for t in texts], dtype=np.float64),
        numbers=bitsets([numbers_with_words(t, lang) for t in texts]),
        subwords=bitsets(subword_unit_sets(texts, lang)),
        paragraph_end=para_end,
        paragraph=paragraphs,
        lang=lang,
    )


# --- subword anchors ---------------------------------------------------------------


@cache
def _subword_model():
    import sentencepiece

    model = sentencepiece.SentencePieceProcessor()
    model.load(os.path.join(DATA_DIR, "subwords.model"))
    return model


_EDGE_PUNCTUATION = ".,;:«»“”\"'()¿?¡!"


def subword_units(text: str, lang: str) -> frozenset[str]:
    """Subword pieces of the sentence's content words, accent-folded.

    Function words are dropped (they differ between languages and would only add
    noise); pieces shorter than four letters say little about names or cognates.
    """
    return subword_unit_sets([text], lang)[0]


def subword_unit_sets(texts: list[str], lang: str) -> list[frozenset[str]]:
    """:func:`subword_units` of each text, the pieces cut in one call (a third of the
    time of one call per sentence on a long document)."""
    stopwords = profile(lang).stopwords
    content = [
        " ".join(w for w in fold_accents(t).split() if w.strip(_EDGE_PUNCTUATION) not in stopwords)
        for t in texts
    ]
    cut = _subword_model().encode([c for c in content if c], out_type=str)
    pieces = iter(cut)
    return [
        frozenset(u for p in next(pieces) if len(u := p.lstrip("\u2581")) >= 4)
        if c
        else frozenset()
        for c in content
    ]


class BeadScorer:
    """Costs of every bead type ending at a block of source rows, over target columns.

    The DP walks row by row, but rows that share a window of columns are scored
    together as one (rows x columns) array: per-call overhead, not arithmetic,
    dominated when each row was scored alone.
    """

    def __init__(
        self,
        src: SideFeatures,
        tgt: SideFeatures,
        weights: Weights,
        seed: int = 0,
        model: BeadModel | None = None,
        neighbours: bool = False,
    ):
        # With a bead model (the second pass's discriminative scorer), a bead costs
        # -log p(gold) and an unaligned sentence the model's null cost.
        self.hand = weights
        if model is not None:
            weights = replace(weights, null=model.null_cost(weights.null))
        self.src, self.tgt, self.w, self.model = src, tgt, weights, model
        # The vectors of the spans one sentence before and after, for the margin signal.
        self.neighbours = neighbours or model is not None
        self.ratio = float(_total_length(tgt) / max(1.0, _total_length(src)))
        self.has_vectors = src.vectors is not None and tgt.vectors is not None
        self._window: tuple[int, int, int] | None = None
        self._window_spans: dict[int, dict] = {}
        if self.has_vectors:
            assert src.vectors is not None and tgt.vectors is not None
            rng = np.random.default_rng(seed)
            # dot(x, mean of random other-side rows) = x's mean cosine to random sentences.
            self.src_mean = _whole_mean(tgt) or _random_mean(tgt.vectors, rng)
            self.tgt_mean = _whole_mean(src) or _random_mean(src.vectors, rng)
            self.src_rand = _shrunk_cosine(src.vectors, *self.src_mean)
            self.tgt_rand = _shrunk_cosine(tgt.vectors, *self.tgt_mean)
        self.src_end = end_costs(src.ends, weights.boundary_fragment)
        self.tgt_end = end_costs(tgt.ends, weights.boundary_fragment)
        self.src_null = sentence_null_costs(src, weights)
        self.tgt_null = sentence_null_costs(tgt, weights)

    def null_steps(self, cols: np.ndarray) -> np.ndarray | float:
        """Cost of the 0-1 bead ending at each column (target sentence col-1): one
        number when every sentence costs the same."""
        if self.tgt_null is None:
            return self.w.null
        return self.tgt_null[np.clip(cols - 1, 0, len(self.tgt_null) - 1)]

    def _null_cost(self, rows: np.ndarray, cols: np.ndarray, a: int, b: int) -> np.ndarray:
        shape = (len(rows), len(cols))
        if a == 1 and b == 0 and self.src_null is not None:
            own = self.src_null[np.clip(rows - 1, 0, len(self.src_null) - 1)]
            return np.repeat(own[:, None], len(cols), axis=1)
        if a == 0 and b == 1 and self.tgt_null is not None:
            return np.repeat(np.asarray(self.null_steps(cols))[None, :], len(rows), axis=0)
        return np.full(shape, self.w.null * (a + b), dtype=np.float64)

    def block_costs(
        self, rows: np.ndarray, cols: np.ndarray, bead_types: list[tuple[int, int]]
    ) -> dict[tuple[int, int], np.ndarray]:
        """{(a, b): (len(rows), len(cols)) costs of src[i-a:i] x tgt[j-b:j]}.

        inf where the bead does not fit (j < b or i < a); types that fit no row
        of the block are left out.
        """
        max_b = max(b for _, b in bead_types)
        window = (int(cols[0]), int(cols[-1]), max_b) if len(cols) else (0, -1, max_b)
        if window != self._window:
            # Consecutive blocks usually share their window (always, in a full search).
            self._window = window
            self._window_spans = {b: self._tgt_spans(cols, b) for b in range(1, max_b + 1)}
        tgt_spans = self._window_spans
        src_spans: dict[int, dict] = {}
        last_row = int(rows[-1])
        out = {}
        for a, b in bead_types:
            if a > last_row:
                continue
            if a == 0 or b == 0:
                cost = self._null_cost(rows, cols, a, b)
            else:
                if a not in src_spans:
                    src_spans[a] = self._src_spans(rows, a)
                cost = self._pair_cost(src_spans[a], tgt_spans[b], a, b)
            if b:
                cost = np.where(cols[None, :] >= b, cost, np.inf)
            if a:
                cost = np.where(rows[:, None] >= a, cost, np.inf)
            out[(a, b)] = cost
        return out

    def _src_spans(self, rows: np.ndarray, a: int, near: bool = True) -> dict:
        s = self.src
        # Sentences i-a .. i-1 in reading order; rows with i < a are clipped here and
        # masked to inf by the caller.
        idx = np.clip(rows[:, None] - np.arange(a, 0, -1)[None, :], 0, len(s) - 1)
        span = {
            "length": s.lengths[idx].sum(axis=1),
            "numbers": np.bitwise_or.reduce(s.numbers[idx], axis=1),
            "subwords": np.bitwise_or.reduce(s.subwords[idx], axis=1),
            "inner_breaks": s.paragraph_end[idx[:, :-1]].sum(axis=1).astype(np.float64),
            "ends_paragraph": s.paragraph_end[idx[:, -1]],
        }
        span["numbers_count"] = popcount(span["numbers"])
        span["subwords_count"] = popcount(span["subwords"])
        lexicon_span(span, s.lexicon, idx)
        lexicon_span(span, s.dictionary, idx, "dict_")
        span_ends(span, s.ends, self.src_end, idx[:, -1], self.hand.boundary_item)
        if self.has_vectors:
            assert s.vectors is not None
            x = s.vectors[idx].sum(axis=1).astype(np.float64)
            norm = np.sqrt(np.maximum(np.einsum("ij,ij->i", x, x), 1e-12))
            span["unit"] = x / norm[:, None]
            span["rand"] = self.src_rand[idx].sum(axis=1) / norm
            if a > 1 and s.spans is not None:
                _use_span_vectors(span, s.spans.lookup(a, rows), s.spans.vectors, self.src_mean)
            if near and self.neighbours:
                span["near"] = [self._src_spans(rows + d, a, False)["unit"] for d in (-1, 1)]
        return span

    def _tgt_spans(self, cols: np.ndarray, b: int, near: bool = True) -> dict:
        t = self.tgt
        idx = np.clip(cols[:, None] - np.arange(1, b + 1)[None, :], 0, len(t) - 1)
        spans = {
            "length": t.lengths[idx].sum(axis=1),
            "numbers": np.bitwise_or.reduce(t.numbers[idx], axis=1),
            "subwords": np.bitwise_or.reduce(t.subwords[idx], axis=1),
            "inner_breaks": t.paragraph_end[idx[:, 1:]].sum(axis=1).astype(np.float64),
            "ends_paragraph": t.paragraph_end[idx[:, 0]],
        }
        spans["numbers_count"] = popcount(spans["numbers"])
        spans["subwords_count"] = popcount(spans["subwords"])
        lexicon_span(spans, t.lexicon, idx)
        lexicon_span(spans, t.dictionary, idx, "dict_")
        span_ends(spans, t.ends, self.tgt_end, idx[:, 0], self.hand.boundary_item)
        if self.has_vectors:
            assert t.vectors is not None
            y = t.vectors[idx].sum(axis=1).astype(np.float64)
            norm = np.sqrt(np.maximum(np.einsum("ij,ij->i", y, y), 1e-12))
            spans["unit"] = y / norm[:, None]
            spans["rand"] = self.tgt_rand[idx].sum(axis=1) / norm
            if b > 1 and t.spans is not None:
                _use_span_vectors(spans, t.spans.lookup(b, cols), t.spans.vectors, self.tgt_mean)
            if near and self.neighbours:
                spans["near"] = [self._tgt_spans(cols + d, b, False)["unit"] for d in (-1, 1)]
        return spans

    def _pair_cost(self, x: dict, y: dict, a: int, b: int) -> np.ndarray:
        """Costs for every (source row, target column): x fields per row, y per column."""
        if self.model is not None:
            return self.model.cost(self.signals(x, y, a, b))
        return self._hand_cost(x, y, a, b)

    def _hand_cost(self, x: dict, y: dict, a: int, b: int) -> np.ndarray:
        """The hand-weighted sum of the signals (weights from bench/calibrate.py)."""
        w = self.hand
        size = (a + b) / 2.0
        # A pooled vector of many sentences matches almost anything a little, so big
        # beads must earn their place: the meaning cost grows from (a+b)/2 (gamma=0)
        # towards Vecalign's a*b (gamma=1).
        scale = size * (a * b / size) ** w.pooling
        total = np.zeros((len(x["length"]), len(y["length"])), dtype=np.float64)
        if self.has_vectors:
            meaning = meaning_cost(x, y)
            if "concat" in x or "concat" in y:
                # Beads judged by concatenated text on every side of several sentences.
                no_x = np.zeros(len(x["length"]), dtype=bool)
                no_y = np.zeros(len(y["length"]), dtype=bool)
                concat = np.logical_and(
                    x.get("concat", no_x)[:, None] if a > 1 else True,
                    y.get("concat", no_y)[None, :] if b > 1 else True,
                )
                concat_scale = size * (a * b / size) ** w.concat_pooling
                if w.concat_share < 1.0:
                    pooled = meaning_cost(_pooled(x), _pooled(y))
                    mixed = w.concat_share * meaning + (1.0 - w.concat_share) * pooled
                    meaning = np.where(concat, mixed, pooled)
                total += meaning * np.where(concat, concat_scale, scale)
            else:
                total += meaning * scale
        lengths = length_cost(x["length"][:, None], y["length"][None, :], self.ratio)
        total += w.length * lengths * size
        numbers = dice_cost(x["numbers"], y["numbers"], x["numbers_count"], y["numbers_count"])
        total += w.numbers * numbers
        subwords = dice_cost(x["subwords"], y["subwords"], x["subwords_count"], y["subwords_count"])
        total += w.subwords * subwords * size
        if w.lexicon and "lex_words" in x and "lex_words" in y:
            total += w.lexicon * uncovered_words(x, y)
        if w.dictionary_cut and a >= 2 and b >= 2 and "dict_words" in x and "dict_words" in y:
            evidence = split_evidence(x, y, w.dictionary_crossed)
            total += w.dictionary_cut * np.maximum(0.0, evidence - w.dictionary_cut_pivot)
        total += w.merge * (a + b - 2) + w.long_side * max(0, max(a, b) - 2)
        crossing = x["inner_breaks"][:, None] + y["inner_breaks"][None, :]
        crossing = crossing + 0.5 * (y["ends_paragraph"][None, :] != x["ends_paragraph"][:, None])
        total += w.paragraph * crossing
        if "end" in x:
            total += x["end"][:, None]
        if "end" in y:
            total += y["end"][None, :]
        if "item" in x and "item" in y:  # both sides end before an item ("1." | "1.")
            total -= w.boundary_item * (x["item"][:, None] & y["item"][None, :])
        return total

    def signals(self, x: dict, y: dict, a: int, b: int) -> dict[str, np.ndarray]:
        """The bead model's features (beadmodel.FEATURES) for every (row, column)."""
        shape = (len(x["length"]), len(y["length"]))
        extra = float(a + b - 2)
        out: dict[str, np.ndarray] = {"hand": self._hand_cost(x, y, a, b)}
        if self.has_vectors:
            meaning = meaning_cost(x, y)
            no_x = np.zeros(len(x["length"]), dtype=bool)
            no_y = np.zeros(len(y["length"]), dtype=bool)
            concat = np.logical_and(
                x.get("concat", no_x)[:, None] if a > 1 else True,
                y.get("concat", no_y)[None, :] if b > 1 else True,
            ) & (a + b > 2)
            pooled = (
                meaning_cost(_pooled(x), _pooled(y)) if "concat" in x or "concat" in y else meaning
            )
            out["meaning"], out["meaning_pooled"] = meaning, pooled
            out["concat"] = np.broadcast_to(concat, shape).astype(np.float64)
            out["margin"] = neighbour_margin(x, y)
        else:
            out["meaning"] = out["meaning_pooled"] = out["concat"] = np.zeros(shape)
            out["margin"] = np.zeros(shape)
        out["meaning_extra"] = out["meaning"] * extra
        out["length"] = length_cost(x["length"][:, None], y["length"][None, :], self.ratio)
        out["length_extra"] = out["length"] * extra
        out["numbers"] = dice_cost(
            x["numbers"], y["numbers"], x["numbers_count"], y["numbers_count"]
        )
        out["has_numbers"] = (
            (x["numbers_count"][:, None] + y["numbers_count"][None, :]) > 0
        ).astype(np.float64)
        out["subwords"] = dice_cost(
            x["subwords"], y["subwords"], x["subwords_count"], y["subwords_count"]
        )
        crossing = x["inner_breaks"][:, None] + y["inner_breaks"][None, :]
        out["crossing"] = crossing + 0.5 * (
            y["ends_paragraph"][None, :] != x["ends_paragraph"][:, None]
        )
        out.update({k: np.full(shape, v) for k, v in shape_signals(a, b).items()})
        return out

    def bead_signals(self, row: int, cols: np.ndarray, a: int, b: int) -> dict:
        """Signals of the a-b beads ending at source row ``row`` and each column (for fitting)."""
        x = self._src_spans(np.array([row]), a)
        y = self._tgt_spans(np.asarray(cols), b)
        return {k: v[0] for k, v in self.signals(x, y, a, b).items()}


def sentence_null_costs(side: SideFeatures, weights: Weights) -> np.ndarray | None:
    """Per-sentence null costs (None: one cost for every sentence)."""
    scale = np.ones(len(side))
    if weights.null_match and side.best_match is not None:
        gap = np.nan_to_num(weights.null_pivot - side.best_match, posinf=0.0, neginf=0.0)
        scale *= np.exp(weights.null_match * np.clip(gap, 0.0, 2.0))
    if weights.null_short:
        scale *= np.minimum(1.0, side.lengths / weights.null_short)
    lexical = bool(weights.lexicon) and side.lexicon is not None
    ends = end_costs(side.ends, weights.boundary_fragment)
    lean = weights.null_asymmetry * side.null_lean
    if not weights.null_match and not weights.null_short and not lexical and ends is None:
        return None if not lean else np.full(len(side), weights.null + lean)
    out = weights.null * scale + lean
    if lexical:
        assert side.lexicon is not None
        out = out + weights.lexicon * popcount(side.lexicon.words)
    if ends is not None:  # a null bead ends on its sentence too
        out = out + ends
    return out


def _total_length(side: SideFeatures) -> float:
    return side.whole.length if side.whole is not None else float(side.lengths.sum())


def _whole_mean(side: SideFeatures) -> tuple[np.ndarray, int] | None:
    whole = side.whole
    return (whole.mean, whole.sample) if whole is not None and whole.mean is not None else None


def _use_span_vectors(
    span: dict, rows: np.ndarray, vectors: np.ndarray, mean: tuple[np.ndarray, int]
) -> None:
    """Where a span's concatenated text was embedded, judge it by that vector, not the pool."""
    have = rows >= 0
    if not have.any():
        return
    own = vectors[rows[have]].astype(np.float64)
    span["pooled_unit"], span["pooled_rand"] = span["unit"], span["rand"]
    span["unit"] = span["unit"].copy()
    span["unit"][have] = own
    span["concat"] = have
    span["rand"] = span["rand"].copy()
    span["rand"][have] = _shrunk_cosine(own, *mean)


def _pooled(span: dict) -> dict:
    if "pooled_unit" not in span:
        return span
    return {"unit": span["pooled_unit"], "rand": span["pooled_rand"]}


def neighbour_margin(x: dict, y: dict) -> np.ndarray:
    """The bead's cosine minus the best cosine of the same spans shifted by one sentence
    on either side (0 without the neighbours' vectors)."""
    cos = x["unit"] @ y["unit"].T
    if "near" not in x or "near" not in y:
        return np.zeros_like(cos)
    rivals = [near @ y["unit"].T for near in x["near"]]
    rivals += [x["unit"] @ near.T for near in y["near"]]
    return cos - np.maximum.reduce(rivals)


def meaning_cost(x: dict, y: dict) -> np.ndarray:
    """(1 - cos) divided by its value for random pairs: ~1 for unrelated text, ~0.3 for a match.

    ``x`` holds source spans (rows), ``y`` target spans (columns).
    """
    cos = x["unit"] @ y["unit"].T
    baseline = 1.0 - 0.5 * (x["rand"][:, None] + y["rand"][None, :])
    return (1.0 - cos) / np.maximum(baseline, 0.02)
