"""Property-based fuzz targets shared by tests/test_fuzz.py (small budgets, every test run)
and bench/fuzz.py (large budgets, run by hand; see docs/fuzzing.md).

Each :class:`Target` pairs a hypothesis strategy with a plain property function that
raises AssertionError (or lets a bug's exception escape) when the property fails, so
the fast tests and the long fuzz run drive exactly the same code. A package, one module a
stage (fragments, text, numbers, files, pipelines); not test modules (pytest collects
test_*.py only).

Texts are built from fragments written for these tests (Spanish and English words,
abbreviations, figures in both locales, quote marks and dashes, other scripts, line
breaks, invisible and control characters) mixed with arbitrary Unicode from
hypothesis: arbitrary Unicode alone almost never forms "Sr. Pérez dijo: «…»", which is
where the interesting decisions are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aligner.io.export import FORMATS
from tests.properties.files import READERS, export_property, file_bytes, reader_property, unit_lists
from tests.properties.fragments import LANGS, WORDS, digit_number, long_digits, news_text
from tests.properties.numbers import (
    number_locales_property,
    number_words_property,
    numbers_property,
)
from tests.properties.pipelines import drift_property, qa_property, text_pairs
from tests.properties.text import quotes_property, segment_forms_property, segment_property

# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Target:
    """One fuzz target: a strategy of argument tuples and the property they must pass."""

    name: str
    strategy: st.SearchStrategy[tuple]
    check: Callable[..., None]
    examples: int  # the budget in the fast test suite


TARGETS: tuple[Target, ...] = (
    Target("segment", st.tuples(news_text(), st.sampled_from(LANGS)), segment_property, 100),
    Target(
        "segment-forms", st.tuples(news_text(), st.sampled_from(LANGS)), segment_forms_property, 50
    ),
    Target(
        "quotes",
        st.tuples(news_text(60), st.sampled_from(LANGS), st.booleans()),
        quotes_property,
        80,
    ),
    Target(
        "numbers",
        st.tuples(
            news_text() | st.tuples(news_text(8), long_digits(), news_text(8)).map("".join),
            st.sampled_from(LANGS) | st.sampled_from(["ES", "en-GB", "pt-PT"]),
        ),
        numbers_property,
        100,
    ),
    Target("number-locales", st.tuples(digit_number()), number_locales_property, 150),
    Target(
        "number-words",
        st.tuples(st.integers(0, 10**9 - 1), st.sampled_from(["es", "en"]), st.booleans()),
        number_words_property,
        150,
    ),
    Target("export", st.tuples(unit_lists(), st.sampled_from(FORMATS)), export_property, 50),
    Target(
        "readers", st.tuples(file_bytes(), st.sampled_from(sorted(READERS))), reader_property, 150
    ),
    Target("drift", st.tuples(text_pairs()), drift_property, 20),
    Target(
        "qa",
        st.tuples(
            text_pairs(),
            st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)), max_size=3),
        ),
        qa_property,
        12,
    ),
)
TARGETS_BY_NAME = {t.name: t for t in TARGETS}


def run(
    target: Target, max_examples: int, count: list[int] | None = None, **overrides: Any
) -> None:
    """Run ``target`` under hypothesis; raises the (shrunk) failure. ``count[0]`` is
    increased once per example tried, shrinking included."""

    def body(args: tuple) -> None:
        if count is not None:
            count[0] += 1
        target.check(*args)

    options = {
        "max_examples": max_examples,
        "deadline": None,
        "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    }
    options |= overrides
    settings(**options)(given(target.strategy)(body))()
