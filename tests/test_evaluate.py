import pytest

from aligner.alignment.evaluate import evaluate
from aligner.io.gold import format_ladder, parse_ladder
from aligner.types import Bead


def beads(*pairs):
    return [Bead(tuple(s), tuple(t)) for s, t in pairs]


GOLD = beads(([0], [0]), ([1], [1, 2]), ([2], []), ([3], [3]))
PRED = beads(([0], [0]), ([1], [1]), ([], [2]), ([2], []), ([3], [3]))


def test_strict_and_lax_follow_the_definitions():
    result = evaluate([(GOLD, PRED)])
    # strict: 3 of 5 predicted beads are exact (the null bead [2]:[] included);
    # 2 of the 3 gold beads with both sides are found exactly.
    assert result["strict"].precision == pytest.approx(3 / 5)
    assert result["strict"].recall == pytest.approx(2 / 3)
    # lax: [1]:[1] overlaps the gold [1]:[1,2]; the null []:[2] never counts without an exact match.
    assert result["lax"].precision == pytest.approx(4 / 5)
    assert result["lax"].recall == pytest.approx(1.0)


def test_counts_are_summed_over_documents_before_dividing():
    perfect = beads(([0], [0]), ([1], [1]))
    result = evaluate([(GOLD, PRED), (perfect, perfect)])
    assert result["strict"].precision == pytest.approx((3 + 2) / (5 + 2))
    assert result["strict"].recall == pytest.approx((2 + 2) / (3 + 2))


def test_ladder_round_trip_and_vecalign_syntax():
    text = "[0]:[0]:0.9\n[1, 2]:[1]:0.5\n[]:[2]:0.1\n"
    parsed = parse_ladder(text)
    assert [(b.src, b.tgt) for b in parsed] == [((0,), (0,)), ((1, 2), (1,)), ((), (2,))]
    assert parse_ladder(format_ladder(parsed)) == parsed
