"""Shared fixtures. Texts here were written for these tests."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys

import pytest
from hypothesis import settings

from tests.cli_server import run_forked, stop_server
from tests.warm_vectors import warm
from tests.worker_share import shared_root, shared_value

# The suite's property tests draw the same examples on every run, so a red CI run can be
# rerun and seen again; bench/fuzz.py runs the same properties at random, for long.
settings.register_profile("suite", derandomize=True, print_blob=True)
settings.load_profile("suite")

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = os.path.join(REPO, "corpora")


def pytest_sessionfinish(session, exitstatus):
    stop_server()


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Every test run gets its own embedding cache, so no test depends on an earlier run.
    The xdist workers of one run share it (the cache is SQLite in WAL mode, made for
    parallel writers), so a text one worker embedded is not embedded again by the other:
    within a run a test could already find another test's texts in its worker's cache.
    It starts with the seed article's vectors, computed by the real model and stored with
    the tests (tests/warm_vectors.py): a user's second run reads them the same way."""
    folder = shared_root(tmp_path_factory) / "cache"
    os.environ["ALIGNER_CACHE_DIR"] = str(folder)
    shared_value(tmp_path_factory, "warm_vectors", lambda: warm(str(folder / "embeddings.sqlite")))


def _installed_by_run() -> list[str]:
    """The FreeDict pairs ./run installs (its ``for pair in …`` loop over freedict-)."""
    with open(os.path.join(REPO, "run"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for line, body in itertools.pairwise(lines):
        words = line.split()
        if words[:3] == ["for", "pair", "in"] and "freedict-" in body:
            return [w.rstrip(";") for w in words[3:] if w.rstrip(";") and w != "do"]
    return []


@pytest.fixture(scope="session", autouse=True)
def _dictionaries_of_the_setup(tmp_path_factory):
    """The suite reads the FreeDict dictionaries ./run installs and no others: one a
    machine has besides (a large deu-eng, say) would change what the German tests read
    and cost seconds to load in each worker. Tests of other dictionaries write their
    own and point ALIGNER_DICTD_DIR at them."""
    folder = tmp_path_factory.mktemp("dictd")
    for pair in _installed_by_run():
        for ext in (".index", ".dict.dz"):
            real = os.path.join("/usr/share/dictd", f"freedict-{pair}{ext}")
            if os.path.exists(real):
                os.symlink(real, folder / f"freedict-{pair}{ext}")
    os.environ["ALIGNER_DICTD_DIR"] = str(folder)


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """A cache folder of the test's own (translations, embeddings, tables), for tests
    that count Apertium or model calls: the suite's shared cache may hold their texts
    already, translated by another test."""
    folder = tmp_path / "own-cache"
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def embedder(_private_cache):
    from aligner.alignment.embed import load_embedder

    model, problem = load_embedder()
    if model is None:
        pytest.skip(problem)
    return model


def run_cli(*args: str, cwd: str | None = None, stdin: str | None = None):
    """Run the real `aligner` console entry point in its own process: forked from the
    worker's process that has already imported aligner (tests/cli_server.py), or a new
    interpreter where the environment asks for one."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    forked = run_forked(args, env, cwd, stdin, timeout=600)
    if forked is not None:
        return forked
    return subprocess.run(
        [sys.executable, "-c", "from aligner.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        input=stdin,
        env=env,
        timeout=600,
    )


# A batch run that stops after recording its first finished document, until signalled.
# Interrupt tests use it so that "some documents finished, not all" holds on a fast
# machine and on a slow one alike (waiting for the state file and hoping raced the run).
HOLD_AFTER_FIRST_DOCUMENT = """
import faulthandler, os, signal, time
faulthandler.register(signal.SIGUSR1, all_threads=True)  # a test that times out asks for stacks
# Ctrl-C as a terminal has it: a child inherits an ignored SIGINT, and some test run
# earlier in the same pytest worker may have left SIGINT ignored there.
signal.signal(signal.SIGINT, signal.default_int_handler)
import aligner.pipelines.batch.run as run
_report = run._report
def _held(*args, **kwargs):
    _report(*args, **kwargs)
    open(os.environ["ALIGNER_TEST_HELD"], "w").close()
    for _ in range(6000):  # short steps, as the driver waits (engines.WAIT_STEP)
        time.sleep(0.1)
run._report = _held
from aligner.cli import main
main()
"""
