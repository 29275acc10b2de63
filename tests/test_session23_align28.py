"""Session 23 (align28): refitting the second pass's weights keeps both confidence models.

``bench/calibrate.py --overlap`` (the leave-one-piece-out command of docs/benchmarks.md)
rewrites mode "overlap" of calibration.json. It kept the second pass's own confidence
model and dropped ``confidence_mt`` (the MT route's ``crossed`` coefficient, align25), so
reproducing the LOPO figure silently took the flag out of the shipped confidences.

No model and no data files: the records are made up here, except the last test, which
reads the shipped calibration.json.
"""

from __future__ import annotations

import json
import os
import sys

import pytest

from aligner.alignment.confidence import DATA_DIR


@pytest.fixture(scope="module")
def calibrate_overlap():
    """bench/calibrate_overlap.py, imported from bench/."""
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
    try:
        import calibrate_overlap
    finally:
        sys.path.pop(0)
    return calibrate_overlap


def test_both_confidence_models_survive_a_weight_refit(calibrate_overlap):
    record = {
        "weights": {"null": 0.7},
        "confidence": {"coefficients": [0.1, -2.0]},
        "confidence_mt": {"crossed": -7.5},
        "strict_f1_on_fit_data": {"textberg": 0.9},
    }
    kept = calibrate_overlap.kept_confidence(record)
    assert kept == {"confidence": {"coefficients": [0.1, -2.0]}, "confidence_mt": {"crossed": -7.5}}


def test_the_fit_record_and_its_figures_are_not_kept(calibrate_overlap):
    # The weights and the figures are the refit's to write; nothing else carries over.
    record = {"weights": {"null": 0.7}, "fitted_on": ["x"], "textberg_leave_one_piece_out": {}}
    assert calibrate_overlap.kept_confidence(record) == {}


def test_a_record_without_the_mt_model_keeps_what_it_has(calibrate_overlap):
    kept = calibrate_overlap.kept_confidence({"confidence": {"a": 1}, "weights": {}})
    assert kept == {"confidence": {"a": 1}}


def test_the_shipped_record_holds_every_model_a_refit_must_keep(calibrate_overlap):
    # If a model is added to the record under another key, CONFIDENCE_KEYS must list it.
    with open(os.path.join(DATA_DIR, "calibration.json"), encoding="utf-8") as handle:
        overlap = json.load(handle)["modes"]["overlap"]
    models = {k for k, v in overlap.items() if isinstance(v, dict) and "weights" in v}
    assert models == set(calibrate_overlap.CONFIDENCE_KEYS)
    assert set(calibrate_overlap.kept_confidence(overlap)) == models
