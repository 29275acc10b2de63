"""merge_ranges, the one interval union behind selective regions and quotation masks."""

from aligner.textutil import merge_ranges


def test_overlapping_and_touching_ranges_join_and_apart_ones_stay():
    assert merge_ranges([(8, 10), (0, 3), (3, 5), (2, 4), (12, 13)]) == [(0, 5), (8, 10), (12, 13)]


def test_a_range_inside_another_leaves_the_outer_end():
    assert merge_ranges([(0, 10), (2, 4)]) == [(0, 10)]


def test_no_ranges_give_none():
    assert merge_ranges([]) == []
