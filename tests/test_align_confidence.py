"""Bead confidence after the second pass (overlap evidence), with the real e5 model."""

import numpy as np

from aligner.alignment.confidence import (
    OVERLAP_FEATURES,
    load_overlap_calibration,
    overlap_bead_features,
)
from aligner.alignment.engine import load_document
from aligner.alignment.score import side_features
from aligner.types import AlignConfig
from tests.test_align import EN, ES, MERGED_4_5, run, shape

GROW = OVERLAP_FEATURES.index("grow_gain")
SHRINK = OVERLAP_FEATURES.index("shrink_gain")


def _features(tgt, spans, embedder):
    fs = side_features(load_document("src", "es", True, "\n".join(ES)).sentences, "es", None)
    ft = side_features(load_document("tgt", "en", True, "\n".join(tgt)).sentences, "en", None)
    fs.vectors, ft.vectors = embedder.embed(ES), embedder.embed(tgt)
    return overlap_bead_features(spans, fs, ft)


def test_a_bead_one_sentence_short_gains_from_growing(embedder):
    # The translation merges sentences 4 and 5 into one (written for this test).
    tgt = EN[:4] + [MERGED_4_5] + EN[6:]
    right = (4, 6, 4, 5)  # the 2-1 bead
    short = (4, 5, 4, 5)  # 1-1 with source sentence 5 left out ...
    stray = (5, 6, 5, 5)  # ... as a 1-0 bead
    faithful = (3, 4, 3, 4)
    rows = _features(tgt, [right, short, stray, faithful], embedder)
    assert rows[1, GROW] > 0.0  # taking in sentence 5 matches the merged text better
    assert rows[1, GROW] > rows[0, GROW]
    assert rows[2, GROW] > 0.0  # the stray sentence belongs with its neighbour
    assert rows[0, SHRINK] < 0.0  # the right 2-1 bead loses by giving a sentence up
    assert rows[3, GROW] < rows[1, GROW]


def test_without_vectors_the_overlap_features_are_zero():
    fs = side_features(load_document("src", "es", True, "\n".join(ES)).sentences, "es", None)
    ft = side_features(load_document("tgt", "en", True, "\n".join(EN)).sentences, "en", None)
    assert not overlap_bead_features([(0, 1, 0, 1)], fs, ft).any()


def test_right_beads_of_the_second_pass_keep_a_high_confidence(embedder):
    assert load_overlap_calibration() is not None
    tgt = EN[:4] + [MERGED_4_5] + EN[6:]
    result = run(ES, tgt, embedder, config=AlignConfig(use_mt=False))
    assert ((4, 5), (4,)) in shape(result)
    confidences = np.array([b.confidence for b in result.beads])
    assert ((confidences >= 0.0) & (confidences <= 1.0)).all()
    assert confidences.min() > 0.5  # every bead here is right
