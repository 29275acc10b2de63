"""Session 22 (ci27): set-up shared by the xdist workers of one run (tests/worker_share.py).

A value or folder is computed once, by the first asker; a later asker reads it, and one
that asks meanwhile waits for it rather than computing it again. The texts of the drift
batch case were written for this test.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests import drift_batch
from tests.worker_share import shared_folder, shared_root, shared_value


def _factory(base: Path) -> SimpleNamespace:
    """What worker_share asks of pytest's tmp_path_factory: the worker's own folder, one
    level below the test's own, so that under xdist (where the shared root is that
    folder's parent) each test has a root of its own."""
    own = base / "worker"
    own.mkdir(exist_ok=True)
    return SimpleNamespace(getbasetemp=lambda: own)


def test_the_workers_of_a_run_share_the_parent_of_their_folders(tmp_path, monkeypatch):
    (tmp_path / "popen-gw0").mkdir()
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
    worker = SimpleNamespace(getbasetemp=lambda: tmp_path / "popen-gw0")
    assert shared_root(worker) == tmp_path / "shared"
    monkeypatch.delenv("PYTEST_XDIST_WORKER")
    assert shared_root(SimpleNamespace(getbasetemp=lambda: tmp_path)) == tmp_path / "shared"


def test_a_value_is_computed_once_by_the_first_of_two_concurrent_askers(tmp_path):
    calls: list[int] = []

    def compute() -> dict:
        calls.append(1)
        time.sleep(0.2)  # the second asker arrives while this one computes
        return {"findings": [1, 2, 3]}

    got: list[dict] = []
    askers = [
        threading.Thread(target=lambda: got.append(shared_value(_factory(tmp_path), "v", compute)))
        for _ in range(2)
    ]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join()
    assert calls == [1]
    assert got == [{"findings": [1, 2, 3]}] * 2
    # A later asker reads it too.
    assert shared_value(_factory(tmp_path), "v", lambda: pytest.fail("computed again")) == got[0]


def test_a_folder_whose_build_failed_is_built_again_by_the_next_asker(tmp_path):
    def broken(folder: Path) -> None:
        (folder / "half.txt").write_text("half")
        raise AssertionError("the CLI failed")

    with pytest.raises(AssertionError):
        shared_folder(_factory(tmp_path), "out", broken)
    built = shared_folder(_factory(tmp_path), "out", lambda f: (f / "out.json").write_text("{}"))
    assert sorted(p.name for p in built.iterdir()) == ["out.json"]
    again = shared_folder(_factory(tmp_path), "out", lambda f: pytest.fail("built again"))
    assert again == built


def test_a_drift_batch_another_worker_checked_is_read_not_checked_again(tmp_path):
    pairs = [("El puente abrió en mayo.", "The bridge opened in May."),
             ("No hubo heridos.", "There were injuries.")]  # fmt: skip
    run_pairs = {"es": {"tests.mod": pairs, "tests.glossed": pairs}}
    share = (_factory(tmp_path), "tests.mod", run_pairs)
    # The other worker's results for the run's Spanish pairs (any picklable lists); None
    # for a module whose own glossary pass changed its findings.
    run = {"tests.mod": [["first"], ["second"]], "tests.glossed": None}
    shared_value(_factory(tmp_path), "drift-run-es", lambda: run)
    batch = drift_batch.BatchedFindings({"es": pairs}, share)
    assert batch(*pairs[1], "es") == ["second"]
    assert batch(*pairs[0], "es") == ["first"]
    # The glossed module is checked on its own (here: the other worker did that too).
    shared_value(_factory(tmp_path), "drift-tests.glossed-es", lambda: [["own 1"], ["own 2"]])
    glossed = drift_batch.BatchedFindings(
        {"es": pairs}, (_factory(tmp_path), "tests.glossed", run_pairs)
    )
    assert glossed(*pairs[0], "es") == ["own 1"]


def test_an_asker_that_need_not_wait_is_told_while_another_computes(tmp_path):
    started, release = threading.Event(), threading.Event()

    def slow() -> str:
        started.set()
        release.wait(5)
        return "value"

    first = threading.Thread(target=lambda: shared_value(_factory(tmp_path), "v", slow))
    first.start()
    started.wait(5)
    assert shared_value(_factory(tmp_path), "v", lambda: "again", wait=False) is None
    release.set()
    first.join()
    assert shared_value(_factory(tmp_path), "v", lambda: "again", wait=False) == "value"
