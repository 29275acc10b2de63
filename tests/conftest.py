"""Shared fixtures. Texts here were written for these tests."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = os.path.join(REPO, "corpora")


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Every test run gets its own embedding cache, so no test depends on an earlier run."""
    os.environ["ALIGNER_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def embedder(_private_cache):
    from aligner.embed import load_embedder

    model, problem = load_embedder()
    if model is None:
        pytest.skip(problem)
    return model


def run_cli(*args: str, cwd: str | None = None, stdin: str | None = None):
    """Run the real `aligner` console entry point in a subprocess."""
    return subprocess.run(
        [sys.executable, "-c", "from aligner.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        input=stdin,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=600,
    )
