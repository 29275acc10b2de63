"""Session 17 (speed22): where a selective run's wall time goes, phase by phase.

bench/selective_timeline.py splits a cold run into the phases before the first model
batch, the first round's batches, and the regions after them, each with its wall
seconds, CPU seconds and the cores they kept busy. The timelines below are made up here
(no model, no Apertium): numbers chosen so each phase's figures can be worked out by hand.
"""

from __future__ import annotations

import os
import sys

import pytest


@pytest.fixture(scope="module")
def timeline_module():
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
    try:
        import selective_timeline
    finally:
        sys.path.pop(0)
    return selective_timeline


def _events():
    """Two batches of the first round, a region step, then a batch of the regions."""
    return [
        (0.1, 3.0, 0.4, "MainThread", "engine.find_path"),
        (4.0, 5.0, 1.9, "aligner-embed", "model batch"),  # the head start
        (5.0, 25.0, 39.0, "aligner-embed", "model batch"),  # round one
        (25.5, 29.0, 0.8, "MainThread", "selective._realign"),
        (26.0, 28.0, 3.6, "aligner-embed", "model batch"),  # concatenated spans
    ]


def _clocks():
    """(seconds, process CPU so far, Apertium's so far): Apertium's 5 CPU-s end at 4 s."""
    return [
        (0.0, 0.0, 0.0),
        (2.0, 2.0, 0.0),
        (4.0, 3.0, 5.0),
        (25.0, 42.0, 5.0),
        (30.0, 48.0, 5.0),
    ]


def test_phases_split_at_the_first_batch_and_at_the_regions(timeline_module) -> None:
    rows = timeline_module.phases(_events(), _clocks(), wall=30.0, cores=2)
    assert [r["phase"] for r in rows] == ["start", "first round", "regions"]
    start, first, regions = rows
    # Start: 0-4 s, 3 CPU-s of the process and 5 of Apertium: 2 cores busy, none idle.
    assert (start["wall_s"], start["process_cpu_s"], start["apertium_cpu_s"]) == (4.0, 3.0, 5.0)
    assert start["cores_busy"] == 2.0 and start["idle_core_s"] == 0.0
    # The first round ends with round one's batch (25 s), not with the regions' batch.
    assert (first["wall_s"], first["process_cpu_s"], first["apertium_cpu_s"]) == (21.0, 39.0, 0.0)
    assert first["cores_busy"] == round(39 / 21, 2) and first["idle_core_s"] == 3.0
    # The regions: 25-30 s, 6 CPU-s: 4 core-seconds left idle.
    assert (regions["wall_s"], regions["process_cpu_s"]) == (5.0, 6.0)
    assert regions["cores_busy"] == 1.2 and regions["idle_core_s"] == 4.0


def test_phases_of_a_run_that_never_aligns_regions_again(timeline_module) -> None:
    """``--embed all``: no ``selective._realign``; the first round is every batch."""
    events = [e for e in _events() if e[4] != "selective._realign"]
    rows = timeline_module.phases(events, _clocks(), wall=30.0, cores=2)
    assert [r["wall_s"] for r in rows] == [4.0, 24.0, 2.0]
    # 4-28 s: the clocks between their samples (28 s: 42 + 6 x 3 / 5 CPU-s).
    assert rows[1]["process_cpu_s"] == 42.6 and rows[2]["process_cpu_s"] == 2.4


def test_a_document_of_a_few_hundred_thousand_characters_is_one_apertium_call() -> None:
    """Each Apertium call starts a dozen processes and fills and drains its pipeline:
    the long book's first 2,600 verses (321,480 characters) now go in one call, not two,
    and a longer document still in chunks under the limit, never splitting a sentence.
    (Sentences made up here; only their lengths matter.)"""
    from aligner.alignment.mt import CHUNK_CHARS, chunks

    sentence = "Y dijo el pastor a los suyos que el río crecería antes del alba. "
    verses = [sentence * (1 + k % 3) for k in range(2_600)]
    assert 300_000 < sum(len(v) + 3 for v in verses) < CHUNK_CHARS
    assert chunks(verses) == [(0, 2_600)]
    book = verses * 5  # ~1.7 million characters
    ranges = chunks(book)
    assert len(ranges) == 5
    assert [r[0] for r in ranges[1:]] == [r[1] for r in ranges[:-1]]
    assert (ranges[0][0], ranges[-1][1]) == (0, len(book))
    assert all(sum(len(t) + 3 for t in book[a:b]) <= CHUNK_CHARS for a, b in ranges)
