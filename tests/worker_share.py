"""Work done once per test run, whichever pytest-xdist worker asks first.

A module's expensive set-up (a drift batch, three CLI runs) is needed by every worker
that runs one of the module's cases, and worksteal splits modules between workers. The
first worker to ask computes it under a file lock in the run's shared temporary root and
leaves it there; a worker that asks later reads it, and one that asks while it is being
computed waits for it (a lock held on the whole computation). The result is the one a
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
def _locked(path: Path) -> Iterator[None]:
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def shared_value(
    tmp_path_factory: pytest.TempPathFactory, name: str, compute: Callable[[], T]
) -> T:
    """``compute()``'s value (picklable), computed by the first worker that asks."""
    root = shared_root(tmp_path_factory)
    stored = root / f"{name}.pickle"
    with _locked(root / f"{name}.lock"):
        if stored.exists():
            with open(stored, "rb") as handle:
                return pickle.load(handle)
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
