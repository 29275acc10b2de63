"""False alarms on faithful text, seventh round (docs/drift.md, "Session 23 (drift28d)").
Every sentence here is written for this test (the classes were found on ContraTICO's
Spanish proxy, slices fit, A and C, and on the DEMETR proxies' faithful pairs; no
sentence is taken from the data). Each quiet case was reported at >= major by the
branch start; each reported case is the same shape with a real change, and stays
reported."""

from __future__ import annotations

import pytest

from aligner.drift.privative import unmatched_privatives
from aligner.drift.text import tokenize, words
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # "not missing" renders "no faltar": two negations, as the source's
        (
            "Probablemente no faltáis gran cosa quedándoos en casa este fin de semana.",
            "You probably aren't missing much by staying home this weekend.",
            None,
        ),
        (
            "No faltan médicos en los hospitales de la ciudad.",
            "The city's hospitals are not missing doctors.",
            None,
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    kinds = alarm_types(__name__, src, tgt)
    if kind is None:
        assert not kinds, kinds
    else:
        assert kind in kinds


def _ws(text: str):
    return words(tokenize(text))


def test_missing_counts_against_a_negative_verb_even_where_the_reading_has_it():
    side = _ws("You are not missing much.")
    reading = _ws("You do not are missing much.")  # the MT of "no faltáis gran cosa"
    assert unmatched_privatives(side, "en", reading, set(), missing=True) == 1
    # without a negative verb on the other side "missing" is the verb, no privative
    assert unmatched_privatives(side, "en", reading, set(), missing=False) == 0
    # another privative the reading uses stays matched
    lack = _ws("They lack much.")
    assert unmatched_privatives(lack, "en", _ws("They lack much."), set(), missing=True) == 0
