"""Ctrl-C and SIGTERM reach the main thread of every command.

The kernel may hand a signal sent to a process to any of its threads that does not block
it, and Python acts on it only in the main thread, when that thread next runs Python. A
signal taken by another thread (numpy's BLAS thread, a pool's manager thread, the
embedding thread) would leave the main thread in its blocking call. So every thread but
the main one blocks the stop signals, and the processes forked with them take them again.

The runs use the bundled seed article; nothing here waits a fixed time.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from tests.interrupt_helpers import (
    QUICK_CHECK,
    SEED_EN,
    SEED_ES,
    TIMEOUT,
    _env,
    alive,
    children,
    start,
    wait_for,
)
from tests.test_interrupts import HOLD_QA_CHECKS

STOP = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


def _blocked(status_path: str) -> set[int]:
    with open(status_path, encoding="ascii") as status:
        mask = int(next(x.split()[1] for x in status if x.startswith("SigBlk:")), 16)
    return {sig for sig in STOP if mask >> (sig - 1) & 1}


def test_threads_started_in_the_block_leave_stop_signals_to_the_main_thread():
    """A thread started inside the block blocks SIGINT, SIGTERM and SIGHUP; the main
    thread's own mask is as before after it."""
    from aligner.runtime.interrupts import threads_leave_signals_to_main

    before = _blocked("/proc/thread-self/status")
    seen: list[set[int]] = []
    with threads_leave_signals_to_main():
        thread = threading.Thread(target=lambda: seen.append(_blocked("/proc/thread-self/status")))
        thread.start()
    thread.join()
    assert seen == [STOP]
    assert _blocked("/proc/thread-self/status") == before and signal.SIGINT not in before


def test_the_background_thread_leaves_stop_signals_to_the_main_thread():
    """The thread that runs the model's calls beside the selective pass (--embed
    selective, on long documents) blocks them from its first call on."""
    from aligner.runtime.background import SerialThread

    with SerialThread("aligner-embed") as thread:
        held = thread.submit(_blocked, "/proc/thread-self/status").result(timeout=TIMEOUT)
    assert held == STOP


# The CLI, recording the signal mask of each Python thread as it starts, and of every
# other thread (a library's own: numpy's BLAS thread) still there at exit.
RECORD_THREADS = """
import atexit, json, os, threading
_log, _main = os.environ["ALIGNER_TEST_THREADS"], os.getpid()
def _mask(path):
    with open(path, encoding="ascii") as status:
        return int(next(x.split()[1] for x in status if x.startswith("SigBlk:")), 16)
def _record(kind, name, mask):
    if os.getpid() == _main:  # a forked worker's threads are its own
        with open(_log, "a", encoding="utf-8") as log:
            log.write(json.dumps([kind, name, mask]) + "\\n")
_run = threading.Thread.run
def _recorded_run(self):
    _record("python", self.name, _mask("/proc/thread-self/status"))
    _run(self)
threading.Thread.run = _recorded_run
def _others():
    for task in os.listdir("/proc/self/task"):
        if int(task) != _main:
            with open(f"/proc/self/task/{task}/comm", encoding="utf-8") as comm:
                name = comm.read().strip()
            _record("native", name, _mask(f"/proc/self/task/{task}/status"))
atexit.register(_others)
from aligner.cli import main
main()
"""


def _threads_of_a_run(tmp_path: Path, *args: str) -> list[tuple[str, str, set[int]]]:
    log = tmp_path / "threads.jsonl"
    # An empty cache: every sentence is embedded, in the embedding thread.
    env = _env(ALIGNER_TEST_THREADS=str(log), ALIGNER_CACHE_DIR=str(tmp_path / "cache"))
    running = start(*args, code=RECORD_THREADS, env=env)
    _out, err = running.communicate(timeout=TIMEOUT * 2)
    assert running.returncode == 0, err
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return [(kind, name, {s for s in STOP if mask >> (s - 1) & 1}) for kind, name, mask in rows]


@pytest.fixture(scope="module")
def short_seed(tmp_path_factory) -> tuple[str, str]:
    """The seed article's first six paragraphs (the model embeds them in seconds)."""
    folder = tmp_path_factory.mktemp("short")
    paths = []
    for lang, whole in (("es", SEED_ES), ("en", SEED_EN)):
        lines = Path(whole).read_text(encoding="utf-8").splitlines(keepends=True)
        paths.append(folder / f"short.{lang}.txt")
        paths[-1].write_text("".join(lines[:12]), encoding="utf-8")
    return str(paths[0]), str(paths[1])


@pytest.mark.parametrize(
    ("command", "python_threads"),
    [
        # MT translates in a pool thread while the model (its OpenMP threads) embeds
        (("align", "--format", "jsonl", "-q"), ("ThreadPoolExecutor",)),
        # the forked drift worker's pool has three manager threads in this process
        (("qa", *QUICK_CHECK, "--format", "json", "-q"), ("Thread-",)),
    ],
    ids=["align", "qa"],
)
def test_no_thread_but_the_main_one_takes_the_stop_signals(
    tmp_path, short_seed, command, python_threads
):
    if command[0] == "qa" and (os.cpu_count() or 1) < 2:
        pytest.skip("qa forks its drift worker on 2+ cores only")
    # qa forks its worker from 16 pairs on: the whole article for qa, the short one else
    inputs = (SEED_ES, SEED_EN) if command[0] == "qa" else short_seed
    threads = _threads_of_a_run(
        tmp_path, command[0], *inputs, *command[1:], "-o", str(tmp_path / "out")
    )
    for wanted in python_threads:
        assert any(k == "python" and n.startswith(wanted) for k, n, _ in threads), threads
    taking = [(kind, name, sorted(STOP - held)) for kind, name, held in threads if held != STOP]
    assert taking == [], f"threads that would take a stop signal: {taking}"


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="qa forks its drift worker on 2+ cores")
def test_the_forked_drift_worker_takes_the_stop_signals_again(tmp_path):
    """Forked while the signals are held for the main thread, the worker must take them
    again: terminate() ends it with SIGTERM, which a blocked mask would leave pending."""
    flag = tmp_path / "checking"
    workers: list[int] = []
    running = start("qa", SEED_ES, SEED_EN, *QUICK_CHECK, "-o", str(tmp_path / "report.html"),
                    code=HOLD_QA_CHECKS, env=_env(ALIGNER_TEST_CHECKING=str(flag)))  # fmt: skip
    try:
        wait_for(flag.exists, running, "qa checks")
        workers += [pid for pid in children(running.pid) if alive(pid)]
        assert workers, "no drift worker"
        # The worker unblocks them in its first step (the pool's initializer): poll.
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            held = {pid: _blocked(f"/proc/{pid}/status") for pid in workers if alive(pid)}
            if not any(held.values()):
                break
            time.sleep(0.05)
        assert not any(held.values()), f"the drift worker holds {held}"
    finally:
        running.kill()
        running.communicate()
        for pid in workers:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
