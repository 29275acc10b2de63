"""The shift signal of selective embedding (aligner.alignment.shift), on sentences
written for this test (not from any corpus)."""

from __future__ import annotations

from aligner.alignment.selective import merged
from aligner.alignment.shift import Bags, shift_gains, stems

# A source "translated" into English and its target, sentence for sentence.
SOURCE_MT = [
    "The miller crossed the river at dawn with three sacks of flour.",
    "His daughter counted the geese that waited by the gate.",
    "A storm broke over the hills before the market opened.",
    "The baker paid him in copper coins and a loaf of rye bread.",
    "They walked home along the frozen road, singing old songs.",
]
TARGET = [
    "At dawn the miller crossed the river carrying three sacks of flour.",
    "His daughter counted the geese waiting at the gate.",
    "Before the market opened a storm broke over the hills.",
    "The baker paid him with copper coins and a rye loaf.",
    "They walked home on the frozen road singing old songs.",
]


def test_stems_keep_four_letters_lowercased():
    assert stems("Covenants and COVENANT, 12 pactos") == {"cove", "and", "12", "pact"}


def test_dice_is_higher_for_the_right_pair_and_zero_for_blank_sides():
    bags = Bags(SOURCE_MT + [""], TARGET)
    assert bags.dice(0, 1, 0, 1) > 0.5 > bags.dice(0, 1, 2, 3)
    assert bags.dice(5, 6, 0, 1) == 0.0
    # A span's stems are its sentences' together.
    assert bags.dice(0, 2, 0, 2) > bags.dice(0, 2, 0, 1)


def test_a_path_off_by_one_is_suspect_and_the_right_one_is_not():
    bags = Bags(SOURCE_MT, TARGET)
    right = [(k, k + 1, k, k + 1) for k in range(5)]
    assert (shift_gains(right, bags, 2, range(5)) < 0).all()
    # Source k paired with target k + 1: each target fits the source one place later.
    off = [(0, 1, 1, 2), (1, 2, 2, 3), (2, 3, 3, 4), (3, 4, 4, 5)]
    assert (shift_gains(off, bags, 1, range(4)) > 0.2).all()


def test_null_beads_and_beads_not_asked_for_get_minus_one():
    bags = Bags(SOURCE_MT, TARGET)
    spans = [(0, 1, 0, 0), (1, 2, 1, 2), (2, 3, 1, 2)]
    gains = shift_gains(spans, bags, 2, [0, 2])
    assert gains[0] == -1.0 and gains[1] == -1.0 and gains[2] > 0


def test_merged_joins_touching_and_overlapping_ranges_in_order():
    assert merged([(8, 10), (0, 3), (3, 5), (2, 4), (12, 13)]) == [(0, 5), (8, 10), (12, 13)]


def test_selective_picks_the_shifted_beads_that_no_other_rule_picked():
    from aligner.alignment.selective import Settings, _shifted

    spans = [(0, 1, 0, 1), (1, 2, 2, 3), (2, 3, 3, 4), (3, 5, 4, 5)]
    settings = Settings(shift_reach=2, shift_gain=0.05)
    # Beads 1 and 2 pair source k with target k + 1; bead 0 is right; bead 3 was picked.
    assert _shifted([3], spans, SOURCE_MT, TARGET, settings) == [1, 2]
    assert _shifted([1, 3], spans, SOURCE_MT, TARGET, settings) == [2]


def test_selective_settings_signature_changes_with_any_setting():
    from aligner.alignment.selective import Settings

    shipped = Settings().signature()
    assert "shift_gain=0.05" in shipped and "merge_sure=0.8" in shipped
    assert Settings(shift_gain=0.1).signature() != shipped
    assert Settings(context=2).signature() != shipped
