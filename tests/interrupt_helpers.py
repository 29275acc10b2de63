"""Helpers shared by the hostile-condition tests (tests/test_interrupts.py and
tests/test_interrupts_state.py): running the real CLI in a subprocess, holding it at a
stage, and checking what a failed or interrupted run leaves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

CLI = [sys.executable, "-c", "from aligner.cli import main; main()"]
SEED = Path(REPO) / "corpora" / "seed"
SEED_ES, SEED_EN = str(SEED / "lavrov.es.txt"), str(SEED / "lavrov.en.txt")
OLD = b"an earlier output, which a failed run must leave as it is\n"
QUICK = ("--no-embeddings",)
QUICK_CHECK = ("--no-embeddings", "--no-mt")
LANGS = ("--src-lang", "es", "--tgt-lang", "en")
TIMEOUT = 180  # seconds for anything to happen on a slow, busy machine


# --------------------------------------------------------------------------- helpers


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONIOENCODING": "utf-8", **extra}


def run(*args: str, preexec_fn=None, cwd=None, env=None) -> subprocess.CompletedProcess:
    """run_cli, with a hook into the child before it starts (limits, another user)."""
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, cwd=cwd, env=env or _env(),
        preexec_fn=preexec_fn, timeout=600,
    )  # fmt: skip


def _default_signals() -> None:
    # As from a terminal, even when the tests run where these are ignored (a background
    # job ignores SIGINT; nohup, SIGHUP): an ignored signal would stay ignored in the CLI.
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)


def start(*args: str, code: str | None = None, env=None, cwd=None) -> subprocess.Popen:
    command = [sys.executable, "-c", code, *args] if code else [*CLI, *args]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env or _env(), cwd=cwd, preexec_fn=_default_signals,
    )  # fmt: skip


def wait_for(condition, process: subprocess.Popen, what: str, every: float = 0.005) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if process.poll() is not None:
            _out, err = process.communicate()
            pytest.fail(f"the run ended before {what}: exit {process.returncode}\n{err}")
        if time.monotonic() > deadline:
            process.kill()
            process.communicate()
            pytest.fail(f"no {what} after {TIMEOUT}s")
        time.sleep(every)


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob(".aligner-*.tmp"))


def assert_interrupted(process: subprocess.Popen, signum: int) -> None:
    try:
        _out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"still running {TIMEOUT}s after the signal")
    assert "Traceback" not in err, err
    assert process.returncode == 128 + signum, (process.returncode, err)
    assert err.splitlines() == ["aligner: interrupted"], err


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def single_output_commands(inputs: dict[str, str], out: Path) -> dict[str, tuple[str, ...]]:
    """One command a kind, each writing more than 4 kB to ``out``."""
    es, en = inputs["es"], inputs["en"]
    return {
        "align": ("align", SEED_ES, SEED_EN, *QUICK, "--format", "jsonl", "-o", str(out)),
        "check": ("check", es, en, *QUICK_CHECK, "--format", "json", "-o", str(out)),
        "qa": ("qa", es, en, *QUICK_CHECK, "--format", "html", "-o", str(out)),
        "export": ("export", inputs["jsonl"], "--to", "tmx", "-o", str(out)),
    }


COMMANDS = ["align", "check", "qa", "export"]
