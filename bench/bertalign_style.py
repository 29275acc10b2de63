"""A Bertalign-style peer, reimplemented here from the paper's description, with e5.

Bertalign itself (Liu & Zhu 2022) cannot run here: its PyPI release needs Python 3.12,
torch and sentence-transformers, and downloads its LaBSE model at run time. This module
follows the two steps the paper describes, written for this project, with the same
e5 embedder as the aligner, so that the comparison is of the method, not of the model:

1. Anchor path: for each source sentence the ``TOP_K`` most similar target sentences;
   a DP over 1-1 beads restricted to those candidates, plus 1-0 / 0-1 at ``SKIP``,
   maximising the summed cosine.
2. Second pass: a DP in a window of ``WINDOW`` target sentences around the anchor path
   over every bead of up to ``MAX_ALIGN`` sentences (both sides together), each scored
   by the margin-corrected cosine of the concatenated sentences' embeddings (every span
   of up to ``MAX_ALIGN - 1`` sentences of both documents is embedded), times a length
   penalty; 1-0 / 0-1 beads score ``SKIP``.

It is a peer for the benchmark only; nothing in aligner/ uses it.
"""

from __future__ import annotations

import math

import numpy as np

from aligner.types import Bead

MAX_ALIGN = 5  # sentences per bead, both sides together (the paper's default)
TOP_K = 3
WINDOW = 5
SKIP = -0.1
NEIGHBOURS = 4  # for the margin: mean cosine of a text to its nearest other-side sentences


def overlaps(texts: list[str], longest: int) -> dict[int, list[str]]:
    """Every span of 1..longest consecutive sentences, by length: {k: [text ending at e]}."""
    return {
        k: [" ".join(texts[e - k : e]) for e in range(k, len(texts) + 1)]
        for k in range(1, longest + 1)
    }


def align(src: list[str], tgt: list[str], embed) -> tuple[list[Bead], int]:
    """Beads, and the number of texts embedded (sentences and concatenations)."""
    n, m = len(src), len(tgt)
    longest = MAX_ALIGN - 1
    src_spans, tgt_spans = overlaps(src, longest), overlaps(tgt, longest)
    texts = [t for k in sorted(src_spans) for t in src_spans[k]]
    texts += [t for k in sorted(tgt_spans) for t in tgt_spans[k]]
    vectors = embed(texts)
    at, src_vec, tgt_vec = 0, {}, {}
    for spans, out in ((src_spans, src_vec), (tgt_spans, tgt_vec)):
        for k in sorted(spans):
            out[k] = vectors[at : at + len(spans[k])]  # row e - k: the span ending at e
            at += len(spans[k])
    anchor = _anchor_path(src_vec[1], tgt_vec[1])
    lo, hi = _window(anchor, n, m)
    src_len = [
        np.array([len(t) for t in src_spans[k]], dtype=float) for k in range(longest + 1)[1:]
    ]
    tgt_len = [
        np.array([len(t) for t in tgt_spans[k]], dtype=float) for k in range(longest + 1)[1:]
    ]
    ratio = sum(len(t) for t in tgt) / max(1, sum(len(s) for s in src))
    src_hub = _hubness(src_vec, tgt_vec[1])
    tgt_hub = _hubness(tgt_vec, src_vec[1])
    types = [
        (a, b) for a in range(longest + 1) for b in range(longest + 1) if 0 < a + b <= MAX_ALIGN
    ]
    types = [t for t in types if min(t) > 0 or max(t) == 1]
    score = np.full((n + 1, m + 1), -np.inf)
    back: dict[tuple[int, int], tuple[int, int]] = {}
    score[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            if i == 0 and j == 0:
                continue
            best, choice = -np.inf, None
            for a, b in types:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0 or not np.isfinite(score[pi, pj]):
                    continue
                if a == 0 or b == 0:
                    gain = SKIP
                else:
                    x, y = src_vec[a][i - a], tgt_vec[b][j - b]
                    cos = float(x @ y) - 0.5 * (src_hub[a][i - a] + tgt_hub[b][j - b])
                    s_len, t_len = src_len[a - 1][i - a] * ratio, tgt_len[b - 1][j - b]
                    gain = cos * math.log2(1.0 + min(s_len, t_len) / max(s_len, t_len, 1.0))
                if score[pi, pj] + gain > best:
                    best, choice = score[pi, pj] + gain, (a, b)
            score[i, j] = best
            if choice is not None:
                back[(i, j)] = choice
    beads, i, j = [], n, m
    while i > 0 or j > 0:
        a, b = back[(i, j)]
        beads.append(Bead(tuple(range(i - a, i)), tuple(range(j - b, j))))
        i, j = i - a, j - b
    return beads[::-1], len(set(texts))


def _hubness(own: dict[int, np.ndarray], other: np.ndarray) -> dict[int, np.ndarray]:
    """Each span's mean cosine to its nearest other-side sentences (the margin's baseline)."""
    k = min(NEIGHBOURS, len(other))
    return {size: np.sort(v @ other.T, axis=1)[:, -k:].mean(axis=1) for size, v in own.items()}


def _anchor_path(src: np.ndarray, tgt: np.ndarray) -> list[tuple[int, int]]:
    """Step 1: 1-1 links through each source sentence's top-k targets, by DP."""
    n, m = len(src), len(tgt)
    sims = src @ tgt.T
    k = min(TOP_K, m)
    allowed = np.zeros((n, m), dtype=bool)
    allowed[np.arange(n)[:, None], np.argsort(-sims, axis=1)[:, :k]] = True
    score = np.full((n + 1, m + 1), -np.inf)
    score[0, :] = SKIP * np.arange(m + 1)
    score[:, 0] = SKIP * np.arange(n + 1)
    move = np.zeros((n + 1, m + 1), dtype=np.int8)
    move[0, 1:], move[1:, 0] = 2, 1
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            options = (
                score[i - 1, j - 1] + sims[i - 1, j - 1] if allowed[i - 1, j - 1] else -np.inf,
                score[i - 1, j] + SKIP,
                score[i, j - 1] + SKIP,
            )
            move[i, j] = int(np.argmax(options))
            score[i, j] = options[move[i, j]]
    links, i, j = [], n, m
    while i > 0 and j > 0:
        if move[i, j] == 0:
            links.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif move[i, j] == 1:
            i -= 1
        else:
            j -= 1
    return links[::-1]


def _window(links: list[tuple[int, int]], n: int, m: int) -> tuple[list[int], list[int]]:
    """Step 2's search space: target columns within WINDOW of the anchor path, per row."""
    centre = np.interp(
        np.arange(n + 1), [0, *[i + 1 for i, _ in links], n], [0, *[j + 1 for _, j in links], m]
    )
    lo = np.clip(np.floor(centre) - WINDOW, 0, m).astype(int)
    hi = np.clip(np.ceil(centre) + WINDOW, 0, m).astype(int)
    lo = np.minimum.accumulate(lo[::-1])[::-1]  # monotone, so every cell is reachable
    hi = np.maximum.accumulate(hi)
    lo[0], hi[-1] = 0, m
    lo, hi = lo.tolist(), hi.tolist()
    for i in range(1, n + 1):
        lo[i] = min(lo[i], hi[i - 1])  # no gap between rows where the anchor path jumps
    return lo, hi
