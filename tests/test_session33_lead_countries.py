"""Czech has no Apertium pair, and no Czech–English dictionary is installed by the
project's commands: a country the source names in Czech, declined ("Bulharsko",
"Rakouska"), and the translation in English was a critical name swap (session 33, lead;
docs/drift.md "Session 33, lead"). Debian's iso-codes gives each country's name in both
languages. The sentences are written here for these tests, not taken from any data."""

from __future__ import annotations

import pytest

from aligner.drift.word_lexicon import tables
from tests.drift_batch import alarms, batch_fixture

_batch = batch_fixture("cs")

CASES = [
    (
        "Prezident Ruska navštívil v pondělí Bulharsko.",
        "The Russian president visited Bulgaria on Monday.",
        [],
    ),
    (
        "Prezident Ruska navštívil v pondělí Bulharsko.",
        "The Russian president visited Romania on Monday.",
        [("entity", "critical")],
    ),
    (
        "Ministr zahraničí odletěl ve středu do Rakouska.",
        "The foreign minister flew to Austria on Wednesday.",
        [],
    ),
    (
        "Ministr zahraničí odletěl ve středu do Rakouska.",
        "The foreign minister flew to Hungary on Wednesday.",
        [("entity", "critical")],
    ),
]


@pytest.mark.parametrize("src,tgt,expected", CASES)
def test_a_country_named_in_each_language_without_a_dictionary(src, tgt, expected):
    if tables("cs", "en") is not None:
        pytest.skip("a Czech-English dictionary is installed: it reads the names itself")
    assert [a for a in alarms(__name__, src, tgt, "cs") if a[0] == "entity"] == expected
