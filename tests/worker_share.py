"""Work done once per test run, whichever pytest-xdist worker asks first.

A module's expensive set-up (a drift batch, three CLI runs) is needed by every worker
that runs one of the module's cases, and worksteal splits modules between workers. The
first worker to ask computes it under a file lock in the run's shared temporary root and
leaves it there; a worker that asks later reads it, and one that asks while it is being
computed waits for it (a lock held on the whole computation), or, when it asked not to
wait, is told so and does without (tests/drift_batch.py). The result is the one a
single process would have computed: the same inputs, computed once. Without xdist, the
root is the run's own temporary folder and nothing changes.
"""

from __future__ import annotations

import fcntl
import os
import pickle
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")


def shared_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder every worker of this run sees: the parent of the workers' own folders
    (``popen-gw0``, ``popen-gw1``) under xdist, the run's folder otherwise."""
    base = tmp_path_factory.getbasetemp()
    root = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "shared"
    root.mkdir(exist_ok=True)
    return root


@contextmanager
def _locked(path: Path, wait: bool = True) -> Iterator[bool]:
    """Hold the lock at ``path``; without ``wait``, yield False at once if another holds it."""
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _load(path: Path):
    with open(path, "rb") as handle:
        return pickle.load(handle)


def shared_value(
    tmp_path_factory: pytest.TempPathFactory,
    name: str,
    compute: Callable[[], T],
    wait: bool = True,
) -> T | None:
    """``compute()``'s value (picklable), computed by the first worker that asks. Without
    ``wait``, None while another worker is computing it (the caller does without)."""
    root = shared_root(tmp_path_factory)
    stored = root / f"{name}.pickle"
    if stored.exists():  # written whole (os.replace): no lock needed to read it
        return _load(stored)
    with _locked(root / f"{name}.lock", wait) as held:
        if not held:
            return None
        if stored.exists():
            return _load(stored)
        value = compute()
        partial = stored.with_suffix(".part")
        with open(partial, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, stored)
        return value


def shared_folder(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]
) -> Path:
    """A folder ``build`` fills, built by the first worker that asks; the tests that use
    it must only read it. A build that failed (raised) is retried by the next asker, as
    each worker built its own before."""
    root = shared_root(tmp_path_factory)
    folder = root / name
    done = root / f"{name}.built"
    with _locked(root / f"{name}.lock"):
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            done.touch()
    return folder
