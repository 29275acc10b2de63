"""Fit the second pass's weights and its bead confidence (aligner.alignment.overlap).

    python bench/calibrate.py --overlap [--keys a,b]        # second-pass weights
    python bench/calibrate.py --overlap-confidence [sets]   # its confidence, checked on unseen sets

Split from bench/calibrate.py, which fits the first pass and dispatches these two flags
here. The weights are fitted on Text+Berg dev (../shared/data) and corpora/heldout,
maximising the mean of the two sets' strict F1 while neither set falls more than
TOLERANCE below the first pass (pooled vectors) or below the weights the search starts
from (the shipped ones); they are written as mode "overlap" of
aligner/alignment/data/calibration.json, the rest of the file left as it is.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from calibrate import corpus_id
from testsets import PERTURBATIONS

from aligner.alignment.confidence import (
    DATA_DIR,
    FEATURES,
    auc,
    bead_features,
    expected_calibration_error,
    fit_logistic,
    load_calibration,
)
from aligner.alignment.embed import load_embedder
from aligner.alignment.evaluate import evaluate
from aligner.alignment.score import Weights, fitted_weights, side_features
from aligner.alignment.search import find_path
from aligner.io.atomic import write_text_atomic
from aligner.types import Bead

OVERLAP_GRID = {
    "null": (0.45, 0.55, 0.7, 0.85, 1.0, 1.2),
    "merge": (0.0, 0.04, 0.08, 0.1, 0.12, 0.16, 0.25),
    "numbers": (0.0, 0.1, 0.2, 0.3),
    "subwords": (0.0, 0.15, 0.3, 0.6),
    "concat_pooling": (0.0, 0.25, 0.5, 0.75, 1.0),
    "concat_share": (0.0, 0.3, 0.5, 0.7, 1.0),
    "pooling": (0.25, 0.5, 0.75, 1.0),
    "length": (0.15, 0.4, 1.0, 2.0),
    # Per-sentence null costs (score.sentence_null_costs): dearer for a sentence with a
    # good match near the path, cheaper for a fragment of a few characters.
    "null_match": (0.0, 1.0, 2.0, 4.0, 8.0),
    "null_pivot": (0.7, 0.75, 0.8, 0.85, 0.9),
    "null_short": (0.0, 6.0, 8.0, 10.0, 12.0),
    "long_side": (-0.08, -0.06, -0.05, -0.04, -0.02, 0.0, 0.05),  # 1-3/3-1 and longer
    # A bilingual dictionary's evidence that a 2-2, 2-3 ... bead is two (dictionary.py).
    "dictionary_cut": (0.0, 0.4, 0.8, 1.5, 3.0),
    "dictionary_cut_pivot": (0.05, 0.1, 0.15, 0.2, 0.3),
    "dictionary_crossed": (1.0, 2.0, 3.0, 4.0),
    # A junction sentence moved to the bead whose other side translates more of its words
    # (junction.py); strictest first, so a tie keeps the stricter rule.
    "junction_hits": (0.0, 5.0, 4.0, 3.0, 2.0),
    "junction_cost": (0.2, 0.4, 0.6, 1.0, 1.5),
    # A single null joined to the neighbouring bead whose dictionary-gloss chrF it raises
    # (gloss.py); the gain strictest first, so a tie keeps the stricter rule.
    "null_join_cost": (0.0, 0.3, 0.45, 0.6, 1.0),
    "null_join_gain": (0.02, 0.01, 0.005, 0.002),
    # A bead ending on a segmenter's fragment ("… l' H .") costs more, one ending before a
    # numbered item less (boundary.py); 0 first, so a tie keeps them off.
    "boundary_fragment": (0.0, 0.2, 0.3, 0.5, 0.8),
    "boundary_item": (0.0, 0.1, 0.2, 0.3, 0.5),
    # A null dearer on the side the first path leaves out less often (side_nulls.py), per
    # log unit of the lean; 0 first, so a tie keeps it off.
    "null_asymmetry": (0.0, 0.1, 0.2, 0.3, 0.5),
}


TOLERANCE = 0.002
MIN_GAIN = 0.001  # a move must beat this in mean strict F1 (one Text+Berg bead: ~0.0012)
PARTS = 4  # Text+Berg dev is one document: leave-one-out leaves out a quarter of it


def prepare_overlap(set_names: list[str]):
    """Per set: (gold, first-pass plan) for each document, spans embedded (cached)."""
    from textberg import load_sets

    from aligner.alignment.debris import take_out
    from aligner.alignment.overlap import EXTRA_BEAD, plan
    from aligner.types import AlignConfig

    embedder, problem = load_embedder()
    if embedder is None:
        raise SystemExit(problem)
    first = fitted_weights("embeddings")
    prepared: dict[str, list] = {}
    for name, docs in load_sets(set_names).items():
        prepared[name] = []
        for _doc, src, tgt, gold in docs:
            # Debris inside a sentence out, as align() does; the gold without their nulls.
            cut = take_out(src, tgt)
            if cut is not None:
                src, tgt, gold = cut.src.doc, cut.tgt.doc, cut.reduce(gold)
            src_texts = [s.text for s in src.sentences]
            tgt_texts = [t.text for t in tgt.sentences]
            fs = side_features(src.sentences, src.lang, embedder.embed(src_texts))
            ft = side_features(tgt.sentences, tgt.lang, embedder.embed(tgt_texts))
            if cut is not None:
                fs, ft = cut.flag_halves(fs, ft)
            path = find_path(fs, ft, first)
            planned = plan(
                path, fs, ft, src_texts, tgt_texts, first, embedder,
                AlignConfig().max_bead + EXTRA_BEAD, dictionary=True,  # whatever the weights
            )  # fmt: skip
            prepared[name].append((gold, planned, path))
    return prepared


def _beads(path) -> list[Bead]:
    return [Bead(tuple(range(a, b)), tuple(range(c, d))) for a, b, c, d in path.spans]


class OverlapRuns:
    """The second pass's beads per set for given weights (None: the first pass), memoised:
    the leave-one-out folds search the same weights again and only score differently."""

    def __init__(self, prepared):
        self.prepared = prepared
        self._memo: dict = {}

    def pairs(self, weights: Weights | None) -> dict[str, list]:
        from aligner.alignment.overlap import realign

        if weights not in self._memo:
            self._memo[weights] = {
                name: [
                    (gold, _beads(first if weights is None else realign(planned, weights).path))
                    for gold, planned, first in docs
                ]
                for name, docs in self.prepared.items()
            }
        return self._memo[weights]

    def scores(self, weights: Weights | None, keep=None) -> dict[str, float]:
        """Strict F1 per set; Text+Berg only over the pieces ``keep`` says (all when None)."""
        from textberg import split_parts

        out = {}
        for name, pairs in self.pairs(weights).items():
            if name == "textberg" and keep is not None:
                pairs = [
                    piece
                    for gold, pred in pairs
                    for k, piece in enumerate(split_parts(gold, pred, PARTS))
                    if keep(k)
                ]
            out[name] = round(evaluate(pairs)["strict"].f1, 4)
        return out


def search_overlap(runs: OverlapRuns, start: Weights, keep=None, rounds=2, keys=None) -> Weights:
    """Coordinate search for the second pass's weights: the mean of the sets' strict F1,
    while no set falls more than TOLERANCE below the first pass (pooled vectors) or below
    what the starting weights score; only the grid's ``keys`` when given."""
    first_pass, at_start = runs.scores(None, keep), runs.scores(start, keep)
    floor = {k: max(first_pass[k], at_start[k]) - TOLERANCE for k in first_pass}

    def objective(weights: Weights) -> tuple[float, dict]:
        # The gain on Text+Berg must not be paid for on the corpora.
        per_set = runs.scores(weights, keep)
        if any(per_set[k] < floor[k] for k in per_set):
            return -1.0, per_set
        return sum(per_set.values()) / len(per_set), per_set

    best = start
    best_score, best_sets = objective(best)
    for _round in range(rounds):
        for key, values in OVERLAP_GRID.items():
            if keys and key not in keys:
                continue
            for value in values:
                trial = dataclasses.replace(best, **{key: value})
                score, per_set = objective(trial)
                if score > best_score + MIN_GAIN:
                    best, best_score, best_sets = trial, score, per_set
        print(f"round {_round}: {best_sets} with {best}", file=sys.stderr)
    return best


def gold_end_counts(runs: OverlapRuns, keep=None) -> dict[int, list[int]]:
    """boundary_evidence.end_counts over the fitting sets' gold, Text+Berg only over the
    pieces ``keep`` says (all when None)."""
    from boundary_evidence import add_counts, end_counts
    from textberg import split_parts

    total = {flag: [0, 0] for flag in end_counts([], np.zeros(0), np.zeros(0))}
    for name, docs in runs.prepared.items():
        for gold, planned, _first in docs:
            beads = gold
            if name == "textberg" and keep is not None:
                parts = split_parts(gold, [], PARTS)
                beads = [b for k, (piece, _p) in enumerate(parts) if keep(k) for b in piece]
            add_counts(total, end_counts(beads, planned.src.ends, planned.tgt.ends))
    return total


def gold_lean_rows(runs: OverlapRuns, keep=None) -> list:
    """null_evidence.lean_counts per fitting document, Text+Berg per kept piece (the
    document's lean, read from its whole first path; the piece's gold)."""
    from null_evidence import lean_counts
    from textberg import split_parts

    rows = []
    for name, docs in runs.prepared.items():
        for gold, planned, _first in docs:
            leans = (planned.src.null_lean, planned.tgt.null_lean)
            if name != "textberg":
                rows.append(lean_counts(gold, *leans, len(planned.src), len(planned.tgt)))
                continue
            parts = split_parts(gold, [], PARTS)  # Text+Berg's gold lists its nulls
            for k, (beads, _p) in enumerate(parts):
                if keep is None or keep(k):
                    n, m = sum(len(b.src) for b in beads), sum(len(b.tgt) for b in beads)
                    rows.append(lean_counts(beads, *leans, n, m))
    return rows


def evidence_start(runs: OverlapRuns, start: Weights, keep, keys) -> Weights:
    """``start`` with the boundary weights among ``keys`` set by the gold's boundaries in
    the pieces ``keep`` says (boundary_evidence.py): a fold's start reads no held-out bead."""
    from boundary_evidence import evidence_values
    from null_evidence import lean_supported

    values = evidence_values(gold_end_counts(runs, keep), keys or list(OVERLAP_GRID), OVERLAP_GRID)
    if "null_asymmetry" in (keys or OVERLAP_GRID):
        supported = lean_supported(gold_lean_rows(runs, keep))
        values["null_asymmetry"] = min(v for v in OVERLAP_GRID["null_asymmetry"] if v) * supported
    print(f"evidence starts: {values}", file=sys.stderr)
    return dataclasses.replace(start, **values)


def leave_one_piece_out(
    runs: OverlapRuns, start: Weights, keys, evidence_starts: bool
) -> tuple[float, list[float]]:
    """Leave one piece of Text+Berg out: fit on the rest (and corpora/heldout), score the
    piece; the pieces' beads pooled give an estimate that was not fitted on itself. Also
    each piece's own strict F1."""
    from textberg import split_parts

    held_out_pairs, per_piece = [], []
    for piece in range(PARTS):

        def keep(k: int, p: int = piece) -> bool:
            return k != p

        fold_start = evidence_start(runs, start, keep, keys) if evidence_starts else start
        weights = search_overlap(runs, fold_start, keep, 1, keys)
        pieces = [split_parts(g, p, PARTS)[piece] for g, p in runs.pairs(weights)["textberg"]]
        held_out_pairs += pieces
        per_piece.append(round(evaluate(pieces)["strict"].f1, 4))
    return round(evaluate(held_out_pairs)["strict"].f1, 4), per_piece


CONFIDENCE_KEYS = ("confidence", "confidence_mt")


def kept_confidence(record: dict) -> dict:
    """The confidence models of a mode "overlap" record, which a refit of the weights keeps
    (refit them after new weights): the second pass's own (``confidence``) and the MT
    route's ``crossed`` coefficient (``confidence_mt``). Keeping only the first, as before
    session 23, deleted the shipped MT route's flag whenever the weights were refitted."""
    return {k: v for k, v in record.items() if k in CONFIDENCE_KEYS}


def fit_overlap(keys: list[str] | None = None, evidence_starts: bool = False) -> int:
    from boundary_evidence import BOUNDARY_EVIDENCE

    from aligner.alignment.overlap import second_pass_weights

    evidence_keys = (*BOUNDARY_EVIDENCE, "null_asymmetry")

    runs = OverlapRuns(prepare_overlap(["textberg", "heldout"]))
    start = second_pass_weights()
    first_pass, before = runs.scores(None), runs.scores(start)
    print(f"first pass (pooled vectors): {first_pass}", file=sys.stderr)
    if evidence_starts:
        start = evidence_start(runs, start, None, keys)
    best = search_overlap(runs, start, keys=keys)
    leave_one_out, per_piece = leave_one_piece_out(runs, start, keys, evidence_starts)
    print(f"Text+Berg leave-one-piece-out strict F1: {leave_one_out} {per_piece}", file=sys.stderr)
    zero_starts = None
    if evidence_starts:
        # The protocol before --evidence-starts, for comparison: the boundary keys at 0.
        zeroed = dataclasses.replace(
            start, **{k: 0.0 for k in evidence_keys if k in (keys or OVERLAP_GRID)}
        )
        zero_starts = leave_one_piece_out(runs, zeroed, keys, False)
        print(f"... with the boundary keys at 0 to start: {zero_starts}", file=sys.stderr)
    path = os.path.join(DATA_DIR, "calibration.json")
    with open(path, encoding="utf-8") as handle:
        payload = json.load(handle)
    payload["modes"]["overlap"] = {
        **kept_confidence(payload["modes"].get("overlap", {})),
        "weights": dataclasses.asdict(best),
        "fitted_on": ["textberg-dev", corpus_id("corpora/heldout")],
        "strict_f1_on_fit_data": runs.scores(best),
        "strict_f1_before_fit": before,
        "strict_f1_first_pass": first_pass,
        "textberg_leave_one_piece_out": {
            "pieces": PARTS,
            "strict_f1": leave_one_out,
            "per_piece": per_piece,
            "evidence_starts": evidence_starts,
            **({} if zero_starts is None else {"boundary_keys_at_zero": zero_starts}),
        },
    }
    write_text_atomic(path, json.dumps(payload, indent=2) + "\n")
    print(json.dumps(payload["modes"]["overlap"], indent=2))
    return 0


def overlap_confidence_rows(runs: OverlapRuns, weights: Weights) -> dict[str, tuple]:
    """Per set: features (FEATURES + OVERLAP_FEATURES) of the second pass's beads, right or
    wrong labels, and each bead's group for leave-one-out (a document; a piece of
    Text+Berg, which is one document)."""
    from textberg import split_parts

    from aligner.alignment.confidence import OVERLAP_FEATURES, overlap_bead_features
    from aligner.alignment.overlap import realign

    out = {}
    for name, docs in runs.prepared.items():
        xs, ys, groups = [], [], []
        for number, (gold, planned, _first) in enumerate(docs):
            path = realign(planned, weights).path
            refined_src, refined_tgt = planned.src, planned.tgt
            x = np.hstack(
                [
                    bead_features(path.spans, path.costs, refined_src, refined_tgt, path.gaps),
                    overlap_bead_features(path.spans, refined_src, refined_tgt),
                ]
            )
            keys = {(b.src, b.tgt) for b in gold}
            pred = _beads(path)
            xs.append(x)
            ys += [float((b.src, b.tgt) in keys) for b in pred]
            if name == "textberg":
                where = {
                    id(b): k for k, (_g, p) in enumerate(split_parts(gold, pred, PARTS)) for b in p
                }
                groups += [f"textberg:{where[id(b)]}" for b in pred]
            else:
                # Documents come condition by condition: copies of one document share a group.
                groups += [f"{name}:{number % (len(docs) // len(PERTURBATIONS))}"] * len(pred)
        assert xs[0].shape[1] == len(FEATURES) + len(OVERLAP_FEATURES)
        out[name] = (np.vstack(xs), np.array(ys), np.array(groups))
    return out


def mt_rows(runs: OverlapRuns, weights: Weights) -> dict[str, np.ndarray | None]:
    """Per set: MT_FEATURES of the second pass's beads (rows as :func:`overlap_confidence_rows`),
    None for a set Apertium does not translate directly (the aligner's rule)."""
    from calibrate import translate
    from textberg import load_sets

    from aligner.alignment.confidence import MT_FEATURES, mt_bead_features
    from aligner.alignment.mt import load_translator
    from aligner.alignment.overlap import realign

    out: dict[str, np.ndarray | None] = {}
    texts = load_sets(list(runs.prepared))
    for name, docs in runs.prepared.items():
        rows = []
        for (gold, planned, _first), (_n, src, tgt, gold_again) in zip(
            docs, texts[name], strict=True
        ):
            assert gold == gold_again
            if load_translator(src.lang, tgt.lang, "auto", pivot=False) is None:
                break
            source = [s.text for s in src.sentences]
            translated = translate(src.lang, tgt.lang, source)
            spans = realign(planned, weights).path.spans
            if translated is None:
                rows.append(np.zeros((len(spans), len(MT_FEATURES))))
            else:
                rows.append(mt_bead_features(spans, translated, [t.text for t in tgt.sentences]))
        out[name] = np.vstack(rows) if len(rows) == len(docs) else None
    return out


def fit_offset(offset: np.ndarray, flag: np.ndarray, y: np.ndarray) -> float:
    """The coefficient of one 0/1 feature added to a fitted model's logit ``offset`` (the
    other coefficients kept) that maximises the log-likelihood; 0 when the flag is never
    set. One right and one wrong pseudo-bead, flagged, at the flagged beads' mean logit,
    keep it finite when every flagged bead of the fitting data is wrong (Laplace's rule:
    32 wrong of 32 reads as 33 of 34, not as certainty). The likelihood is concave in
    the coefficient, so its slope is found 0 by bisection (Newton's method overshoots
    from 0 when the flagged beads are mostly wrong)."""
    if not flag.any():
        return 0.0
    centre = float(offset[flag > 0].mean())
    offset = np.append(offset, [centre, centre])
    flag = np.append(flag, [1.0, 1.0])
    y = np.append(y, [1.0, 0.0])

    def slope(c: float) -> float:
        p = 1.0 / (1.0 + np.exp(-np.clip(offset + c * flag, -30, 30)))
        return float(flag @ (y - p))

    lo, hi = -OFFSET_LIMIT, OFFSET_LIMIT
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if slope(mid) > 0 else (lo, mid)
    return (lo + hi) / 2


OFFSET_LIMIT = 30.0


def fit_crossed(
    offset: np.ndarray, flag: np.ndarray, y: np.ndarray, groups: np.ndarray, checks: dict
) -> tuple[float, dict]:
    """``crossed``'s coefficient on top of a model's logit, with leave-one-group-out AUC /
    ECE on the fitting beads and the figures on ``checks`` (name: (offset, flag, y))."""

    def metrics(p: np.ndarray, labels: np.ndarray) -> dict:
        return {
            "auc": round(auc(p, labels), 4),
            "ece": round(expected_calibration_error(p, labels), 4),
        }

    held_out = np.zeros(len(y))
    for group in np.unique(groups):
        train = groups != group
        c = fit_offset(offset[train], flag[train], y[train])
        held_out[~train] = 1.0 / (
            1.0 + np.exp(-np.clip(offset[~train] + c * flag[~train], -30, 30))
        )
    c = fit_offset(offset, flag, y)
    report = {"coefficient": round(c, 6), "leave_one_group_out": metrics(held_out, y), "check": {}}
    for name, (z, f, labels) in checks.items():
        before = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        after = 1.0 / (1.0 + np.exp(-np.clip(z + c * f, -30, 30)))
        report["check"][name] = {"before": metrics(before, labels), "after": metrics(after, labels)}
    return c, report


# The bead's shape (null, 1-1, size) means opposite things in the two fitting sets: a
# null bead is mostly right in corpora/heldout (its damaged copies delete sentences) and
# mostly wrong in Text+Berg, so the model leaves shape out and uses the evidence only.
# ``crossed`` is fitted after the rest (fit_crossed), on corpora/heldout alone: Text+Berg
# has no crossing, and its beads' confidences stay what the other evidence says.
OVERLAP_CONFIDENCE_UNUSED = ("null", "one_to_one", "sentences", "crossed")


def fit_balanced(x: np.ndarray, y: np.ndarray, sets: np.ndarray) -> np.ndarray:
    """Logistic coefficients over FEATURES + OVERLAP_FEATURES (zero for the unused
    columns), each set weighing as much as the biggest (its rows repeated): Text+Berg's
    few hundred beads would otherwise be drowned by corpora/heldout's thousands."""
    from aligner.alignment.confidence import OVERLAP_FEATURES

    names = FEATURES + OVERLAP_FEATURES
    columns = [k for k, n in enumerate(names) if n not in OVERLAP_CONFIDENCE_UNUSED]
    biggest = max(int((sets == name).sum()) for name in np.unique(sets))
    rows = np.concatenate(
        [
            np.repeat(np.flatnonzero(sets == name), max(1, round(biggest / (sets == name).sum())))
            for name in np.unique(sets)
        ]
    )
    coefficients = np.zeros(len(names))
    coefficients[columns] = fit_logistic(x[rows][:, columns], y[rows])
    return coefficients


def _logit(x: np.ndarray, coefficients: np.ndarray) -> np.ndarray:
    return x @ coefficients


def _p(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def fit_overlap_confidence(check: list[str]) -> int:
    """Fit the confidence of the second pass's beads on Text+Berg dev and corpora/heldout,
    with leave-one-group-out AUC and ECE there, then the fitted model on ``check`` sets.

    Two models: over FEATURES + OVERLAP_FEATURES (pairs without Apertium), and the MT
    model of the first pass (calibrate.py) with the ``crossed`` flag added (pairs with).
    """
    from aligner.alignment.confidence import MT_FEATURES, OVERLAP_FEATURES, load_mt_calibration
    from aligner.alignment.overlap import second_pass_weights

    weights = second_pass_weights()
    fit_runs = OverlapRuns(prepare_overlap(["textberg", "heldout"]))
    fit_rows = overlap_confidence_rows(fit_runs, weights)
    x = np.vstack([r[0] for r in fit_rows.values()])
    y = np.concatenate([r[1] for r in fit_rows.values()])
    groups = np.concatenate([r[2] for r in fit_rows.values()])
    sets = np.concatenate([[name] * len(r[1]) for name, r in fit_rows.items()])
    crossed = len(FEATURES) + OVERLAP_FEATURES.index("crossed")
    held_out = np.zeros(len(y))
    for group in np.unique(groups):
        train = groups != group
        coefficients = fit_balanced(x[train], y[train], sets[train])
        heldout_train = train & (sets == "heldout")
        coefficients[crossed] = fit_offset(
            _logit(x[heldout_train], coefficients), x[heldout_train, crossed], y[heldout_train]
        )
        held_out[~train] = _p(_logit(x[~train], coefficients))
    report: dict = {"leave_one_group_out": {}, "unseen": {}, "shipped_before": {}}
    start = 0
    for name, (xs, ys, _g) in fit_rows.items():
        part = held_out[start : start + len(ys)]
        start += len(ys)
        report["leave_one_group_out"][name] = {
            "auc": round(auc(part, ys), 4),
            "ece": round(expected_calibration_error(part, ys), 4),
            "beads": len(ys),
            "accuracy": round(float(ys.mean()), 4),
        }
        before = load_calibration("embeddings").probability(xs[:, : len(FEATURES)])
        report["shipped_before"][name] = {
            "auc": round(auc(before, ys), 4),
            "ece": round(expected_calibration_error(before, ys), 4),
        }
    coefficients = fit_balanced(x, y, sets)
    heldout = sets == "heldout"
    coefficients[crossed] = fit_offset(
        _logit(x[heldout], coefficients), x[heldout, crossed], y[heldout]
    )
    check_rows: dict = {}
    check_mt: dict = {}
    if check:
        check_runs = OverlapRuns(prepare_overlap(check))
        check_rows = overlap_confidence_rows(check_runs, weights)
        check_mt = mt_rows(check_runs, weights)
        for name, (xs, ys, _g) in check_rows.items():
            probs = _p(_logit(xs, coefficients))
            before = load_calibration("embeddings").probability(xs[:, : len(FEATURES)])
            report["unseen"][name] = {
                "auc": round(auc(probs, ys), 4),
                "ece": round(expected_calibration_error(probs, ys), 4),
                "beads": len(ys),
                "accuracy": round(float(ys.mean()), 4),
            }
            report["shipped_before"][name] = {
                "auc": round(auc(before, ys), 4),
                "ece": round(expected_calibration_error(before, ys), 4),
            }
    # With Apertium: the first pass's MT model, its logit the offset for ``crossed``.
    mt_model = load_mt_calibration("embeddings")
    assert mt_model is not None, "fit the MT model first (bench/calibrate.py)"
    mt_coefficients = np.asarray(mt_model.coefficients)
    fit_mt = mt_rows(fit_runs, weights)["heldout"]
    assert fit_mt is not None
    xh, yh, gh = fit_rows["heldout"]
    checks = {
        name: (
            np.hstack([xs[:, : len(FEATURES)], check_mt[name]]) @ mt_coefficients,
            xs[:, crossed],
            ys,
        )
        for name, (xs, ys, _g) in check_rows.items()
        if check_mt.get(name) is not None
    }
    crossed_mt, mt_report = fit_crossed(
        np.hstack([xh[:, : len(FEATURES)], fit_mt]) @ mt_coefficients,
        xh[:, crossed],
        yh,
        gh,
        checks,
    )
    path = os.path.join(DATA_DIR, "calibration.json")
    with open(path, encoding="utf-8") as handle:
        payload = json.load(handle)
    payload["modes"].setdefault("overlap", {})["confidence"] = {
        "features": list(FEATURES + OVERLAP_FEATURES),
        "coefficients": [round(float(c), 6) for c in coefficients],
        "fitted_on": f"textberg-dev+{corpus_id('corpora/heldout')}",
        # The second pass's weights the beads came from: a model fitted on other weights'
        # beads is stale (tb20 moved the weights and the ECE rose; tests check this).
        "weights": dataclasses.asdict(weights),
        **report,
    }
    payload["modes"]["overlap"]["confidence_mt"] = {
        # Added to the "embeddings+mt" model's logit for the beads of the second pass.
        "crossed": round(crossed_mt, 6),
        "features": [*FEATURES, *MT_FEATURES, "crossed"],
        "fitted_on": corpus_id("corpora/heldout"),
        "weights": dataclasses.asdict(weights),
        **mt_report,
    }
    report["with_mt"] = mt_report
    write_text_atomic(path, json.dumps(payload, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 0
