"""The error classes of bench/error_regions.py, on bead lists written here for the test."""

import importlib.util
import os
import sys

from aligner.types import Bead


def load_bench(name: str):
    """bench/<name>.py as a module (bench/ is not a package)."""
    path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "bench", f"{name}.py")
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


er = load_bench("error_regions")


def B(src, tgt):
    return Bead(tuple(src), tuple(tgt))


def _classes(gold, pred):
    return [er.classify(g, p) for g, p in er.regions(gold, pred)]


def test_right_alignment_has_no_wrong_region():
    gold = [B([0], [0]), B([1], [1, 2]), B([], [3])]
    assert er.regions(gold, list(gold)) == []


def test_each_kind_of_mistake_gets_its_class():
    gold = [
        B([0], [0, 1]),  # predicted 1-1 + 0-1: wrong null
        B([1], [2]),
        B([2], [3]),  # these two 1-1 predicted as one 2-2: over-merge
        B([3, 4], [4, 5]),  # predicted as two 1-1: over-split
        B([], [6]),  # folded into the next bead: null absorbed
        B([5], [7]),
        B([6], [8]),
        B([7, 8], [9]),  # boundary moved: [6,7]:[8] + [8]:[9]
        B([9], []),
        B([], [10]),  # a replaced translation paired as 1-1: nulls paired
    ]
    pred = [
        B([0], [0]),
        B([], [1]),
        B([1, 2], [2, 3]),
        B([3], [4]),
        B([4], [5]),
        B([5], [6, 7]),
        B([6, 7], [8]),
        B([8], [9]),
        B([9], [10]),
    ]
    assert _classes(gold, pred) == [
        "wrong null",
        "over-merge",
        "over-split",
        "null absorbed",
        "boundary shifted",
        "nulls paired",
    ]
    counts = er.region_breakdown([(gold, pred)])
    assert counts["over-merge"] == {"regions": 1, "gold_beads": 2}
    assert counts["nulls paired"] == {"regions": 1, "gold_beads": 0}


def test_crossing_or_skipping_gold_is_unreachable():
    crossing = [B([0], [1]), B([1], [0])]
    assert _classes(crossing, [B([0, 1], [0, 1])]) == ["unreachable"]
    skipping = [B([0], [0, 2]), B([], [1])]
    assert _classes(skipping, [B([0], [0, 1, 2])]) == ["unreachable"]


def test_sentences_a_gold_file_leaves_out_are_gold_nulls():
    # The corpora's gold lists aligned beads only: source sentence 1 is a deletion.
    gold = [B([0], [0]), B([2], [1])]
    assert er.regions(gold, [B([0], [0]), B([1], []), B([2], [1])]) == []
    assert _classes(gold, [B([0, 1], [0]), B([2], [1])]) == ["null absorbed"]


def test_shape_breakdown_names_gold_and_predicted_shapes():
    gold = [B([0], [0, 1]), B([1], [2]), B([2], [3]), B([3], [4])]
    pred = [B([0], [0]), B([], [1]), B([1, 2], [2, 3]), B([3], [4])]
    assert er.shape_breakdown([(gold, pred)]) == {"1-2 -> 1-1 + 0-1": 1, "1-1 + 1-1 -> 2-2": 1}
    # Beyond ``top`` shapes, the rest is counted together.
    assert er.shape_breakdown([(gold, pred)], top=1) == {"1-1 + 1-1 -> 2-2": 1, "other": 1}
