"""Beads inside a crossing: evidence for the bead confidence, not for the path.

An alignment is monotone, so when the translation moved a passage (two paragraphs
swapped, a sentence set elsewhere) the path can follow only one order: one passage
comes out as 1-1 beads, the other as a run of source nulls on one side of them and a
run of target nulls on the other. Those nulls translate each other. Whether the beads
between them are the right reading is a coin toss (a reference marks both passages as
omitted and added, or either one as paired), so they deserve less confidence than
their own cosine says.

``crossed_beads`` flags each bead with both sides (not the nulls: they are the other
reading) that lies strictly between a source null and a target null (in the path's
order) whose sentence vectors match better than the document's weakest 1-1 beads (its
10th percentile). No text is embedded: the sentence vectors the path was found with
are enough.
"""

from __future__ import annotations

import numpy as np

# A null pair "translates each other" when its cosine reaches this percentile of the
# document's 1-1 beads' cosines (each document's own scale: e5's cosines of unrelated
# sentences sit high). Chosen by leave-one-document-out AUC on corpora/heldout.
MATCH_PERCENTILE = 10.0
CHUNK = 1024  # source nulls compared at a time


def crossed_beads(
    spans: list[tuple[int, int, int, int]], src_vectors: np.ndarray, tgt_vectors: np.ndarray
) -> np.ndarray:
    """1.0 for each bead between two nulls of opposite sides that match, else 0.0."""
    flags = np.zeros(len(spans))
    src_nulls = [(k, s0) for k, (s0, s1, t0, t1) in enumerate(spans) if s1 > s0 and t1 == t0]
    tgt_nulls = [(k, t0) for k, (s0, s1, t0, t1) in enumerate(spans) if t1 > t0 and s1 == s0]
    if not src_nulls or not tgt_nulls:
        return flags
    pairs = [
        float(src_vectors[s0] @ tgt_vectors[t0])
        for s0, s1, t0, t1 in spans
        if s1 - s0 == 1 and t1 - t0 == 1
    ]
    if not pairs:
        return flags
    threshold = float(np.percentile(pairs, MATCH_PERCENTILE))
    # Per source null, only its first and last matching target null (in path order)
    # matter: the beads between it and either are crossed. Rows in chunks keep the cosine
    # matrix small on a long document with many nulls; a difference array marks spans.
    src_at = np.array([k for k, _s in src_nulls])
    tgt_at = np.array([k for k, _t in tgt_nulls])
    tgt_rows = tgt_vectors[[t for _k, t in tgt_nulls]].T
    marks = np.zeros(len(spans) + 1)
    for lo in range(0, len(src_nulls), CHUNK):
        rows = src_vectors[[s for _k, s in src_nulls[lo : lo + CHUNK]]]
        match = (rows @ tgt_rows) > threshold
        found = match.any(axis=1)
        first = tgt_at[match.argmax(axis=1)][found]
        last = tgt_at[len(tgt_at) - 1 - match[:, ::-1].argmax(axis=1)][found]
        at = src_at[lo : lo + CHUNK][found]
        for a, b in ((np.minimum(at, first), np.maximum(at, first)),
                     (np.minimum(at, last), np.maximum(at, last))):  # fmt: skip
            np.add.at(marks, a + 1, 1.0)
            np.add.at(marks, b, -1.0)
    flags = (np.cumsum(marks[:-1]) > 0).astype(np.float64)
    # The nulls inside are the reading that leaves the moved passage out: not doubted.
    flags[[k for k, _s in src_nulls] + [k for k, _t in tgt_nulls]] = 0.0
    return flags
