"""Doubtful beads settled by their words (selective.settled_by_stems), on sentences
written for this test (not from any corpus)."""

from __future__ import annotations

import numpy as np

from aligner.alignment.selective import Settings, settled_by_stems
from aligner.alignment.shift import Bags, shift_gains

# A source "translated" into English and its target, sentence for sentence (written here).
SOURCE_MT = [
    "The ferryman tied his boat to the willow before the rain.",
    "Seven goats climbed the slope behind the chapel of Saint Roch.",
    "The schoolteacher read the letter from Lisbon twice.",
    "Her nephew mended the fence with nails borrowed from the smith.",
    "At noon the bells rang for the drowned fisherman.",
    "The widow Carvalho sold her cow for forty silver coins.",
]
TARGET = [
    "Before the rain the ferryman tied his boat to the willow.",
    "Behind the chapel of Saint Roch seven goats climbed the slope.",
    "The schoolteacher read twice the letter that came from Lisbon.",
    "Her nephew mended the fence with nails he borrowed from the smith.",
    "The bells rang at noon for the fisherman who drowned.",
    "The widow Carvalho sold her cow for forty coins of silver.",
]
RIGHT = [(k, k + 1, k, k + 1) for k in range(6)]


def _gains(spans):
    return shift_gains(spans, Bags(SOURCE_MT, TARGET), 2, range(len(spans)))


def test_a_doubtful_bead_on_the_diagonal_is_settled_and_a_shifted_one_is_not():
    settings = Settings(shift_settle=-0.05)
    conf = [0.3] * 6
    assert settled_by_stems([2, 4], RIGHT, conf, _gains(RIGHT), settings) == []
    # Target 2 left unpaired and target 3 paired with source 2: bead 3 is one place off.
    spans = [(0, 1, 0, 1), (1, 2, 1, 2), (2, 2, 2, 3), (2, 3, 3, 4), (3, 5, 4, 6)]
    gains = _gains(spans)
    assert gains[3] > 0  # target 3 fits source 3 better than source 2
    # Bead 3 is shifted; bead 1 is right but its neighbour (the null bead) has no gain,
    # so it is settled; bead 4 is next to the shifted bead 3, so it is kept.
    assert settled_by_stems([1, 3, 4], spans, [0.3] * 5, gains, settings) == [3, 4]


def test_the_setting_off_settles_nothing_and_is_on_by_default():
    assert Settings().shift_settle > -1.0 and Settings().settle_join == 0.0
    gains = _gains(RIGHT)
    off = Settings(shift_settle=-2.0)
    assert settled_by_stems([1, 2], RIGHT, [0.3] * 6, gains, off) == [1, 2]


def test_null_beads_are_settled_only_when_likely_enough():
    spans = [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 2), (3, 4, 2, 3), (4, 5, 3, 4)]
    source = SOURCE_MT[:2] + ["A sentence the translator left out entirely."] + SOURCE_MT[2:4]
    gains = shift_gains(spans, Bags(source, TARGET[:4]), 2, range(5))
    assert gains[2] == -1.0 and gains[1] < -0.05 and gains[3] < -0.05
    conf = [0.9, 0.9, 0.93, 0.9, 0.9]
    nulls_off = Settings(shift_settle=-0.05, settle_null=1.01)
    assert settled_by_stems([2], spans, conf, gains, nulls_off) == [2]
    settings = Settings(shift_settle=-0.05, settle_null=0.9)
    assert settled_by_stems([2], spans, conf, gains, settings) == []
    assert settled_by_stems([2], spans, [0.5] * 5, gains, settings) == [2]


def test_gains_at_the_document_ends_use_the_one_neighbour_there():
    gains = np.array([-0.2, 0.3, -0.2, -0.2])
    spans = RIGHT[:4]
    settings = Settings(shift_settle=-0.05)
    assert settled_by_stems([0, 3], spans, [0.3] * 4, gains, settings) == [0]


# Two sentences translated crosswise (a 2-2 bead in truth), written for this test.
CROSS_MT = [
    "The ferryman tied his boat to the willow before the rain.",
    "The mayor opened the stone bridge on Sunday morning.",
    "Children threw red flowers into the river below.",
    "At noon the bells rang for the drowned fisherman.",
]
CROSS_TARGET = [
    "Before the rain the ferryman tied his boat to the willow.",
    "On Sunday morning the mayor stood above the river with the children.",
    "The stone bridge was opened while red flowers were thrown below.",
    "The bells rang at noon for the fisherman who drowned.",
]


def test_a_crosswise_pair_fits_better_joined_and_right_beads_do_not():
    from aligner.alignment.shift import join_gains

    spans = [(k, k + 1, k, k + 1) for k in range(4)]
    gains = join_gains(spans, Bags(CROSS_MT, CROSS_TARGET), range(4))
    assert gains[1] > 0 and gains[2] > 0
    assert gains[0] < 0 and gains[3] < 0
    right = join_gains(RIGHT, Bags(SOURCE_MT, TARGET), range(6))
    assert (right <= 0).all()  # joined, right beads fit no better than the better alone
    # A null bead has no join gain, and its neighbour does not join across it.
    with_null = [(0, 1, 0, 1), (1, 2, 1, 1), (2, 3, 1, 2)]
    assert join_gains(with_null, Bags(SOURCE_MT, TARGET), range(3)).tolist() == [-1.0] * 3


def test_a_bead_that_fits_better_joined_is_not_settled():
    from aligner.alignment.shift import join_gains

    spans = [(k, k + 1, k, k + 1) for k in range(4)]
    bags = Bags(CROSS_MT, CROSS_TARGET)
    gains = np.full(4, -0.3)  # as if every shifted rival fitted worse
    joins = join_gains(spans, bags, [1, 2])
    settings = Settings(shift_settle=-0.05, settle_join=0.0)
    assert settled_by_stems([1, 2], spans, [0.4] * 4, gains, settings, joins) == [1, 2]
    assert settled_by_stems([1, 2], spans, [0.4] * 4, gains, Settings(shift_settle=-0.05)) == []


def test_one_sided_regions_take_the_outer_or_the_less_likely_neighbour():
    from aligner.alignment.selective import one_sided

    # 1-1, 1-1, null, null, null (a paragraph left out), 1-1, 1-1
    spans = [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 2), (3, 4, 2, 2), (4, 5, 2, 2)]
    spans += [(5, 6, 2, 3), (6, 7, 3, 4)]
    conf = [0.95, 0.4, 0.9, 0.9, 0.9, 0.3, 0.6]
    # The run's ends take the bead outside the run; the 1-1 bead its less likely neighbour.
    assert one_sided([2], spans, conf) == [(1, 3)]
    assert one_sided([4], spans, conf) == [(4, 6)]
    assert one_sided([1], spans, conf) == [(1, 3)]  # bead 2 (0.9) is less likely than bead 0
    assert one_sided([5], spans, conf) == [(5, 7)]
    assert one_sided([2, 4], spans, conf) == [(1, 3), (4, 6)]
