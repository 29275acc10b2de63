"""Hostile conditions through the real CLI: full disks, signals, no permissions, a killed
cache writer, a damaged cache, and runs that must repeat byte for byte.

Every text here was written for these tests (or is the bundled seed article). Each case
runs the console entry point in a subprocess, as a user would. What a failure must look
like is what tests/test_bad_input.py asks of a refusal: exit 2, one stderr line naming
the file and the problem, no traceback, and no output nor ``.aligner-*.tmp`` left (a
file already at the output path stays byte for byte as it was). An interrupted run
exits 128 + the signal number with the one line "aligner: interrupted".

Nothing here waits a fixed time for a process to reach a stage: the tests poll, with
generous timeouts, for something the stage leaves (the cache file, the batch state
file), and where the stage is short they hold it: a wrapper around the same entry point
makes fsync of the temp file, or qa's own checks, wait until the signal comes.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import HOLD_AFTER_FIRST_DOCUMENT, run_cli
from tests.interrupt_helpers import (
    COMMANDS,
    OLD,
    QUICK,
    QUICK_CHECK,
    SEED_EN,
    SEED_ES,
    TIMEOUT,
    _env,
    alive,
    assert_interrupted,
    children,
    run,
    single_output_commands,
    start,
    temp_files,
    wait_for,
)
from tests.test_bad_input import assert_refused


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, str]:
    """The seed article, its first six paragraphs (check and qa take seconds on the whole),
    and the article aligned to aligner's JSONL without the model (export's input)."""
    folder = tmp_path_factory.mktemp("inputs")
    paths = {"jsonl": str(folder / "seed.jsonl")}
    for lang, whole in (("es", SEED_ES), ("en", SEED_EN)):
        lines = Path(whole).read_text(encoding="utf-8").splitlines(keepends=True)
        paths[lang] = str(folder / f"short.{lang}.txt")
        Path(paths[lang]).write_text("".join(lines[:12]), encoding="utf-8")
    done = run_cli("align", SEED_ES, SEED_EN, *QUICK, "--format", "jsonl", "-q",
                   "-o", paths["jsonl"])  # fmt: skip
    assert done.returncode == 0, done.stderr
    return paths


# --------------------------------------------------------------------------- A. full disk


def _file_size_limit(limit: int):
    def limit_file_size() -> None:
        # write() past the limit then fails with EFBIG; without SIG_IGN the kernel's
        # SIGXFSZ would kill the process (an ignored signal stays ignored across exec).
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    return limit_file_size


def _assert_write_refused(result, out: Path, folder: Path, before: set[str], problem: str):
    assert_refused(result, str(out), problem)
    assert out.read_bytes() == OLD
    assert {p.name for p in folder.iterdir()} == before
    assert temp_files(folder) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_file_too_large_is_one_line_and_leaves_the_old_output(tmp_path, inputs, command):
    """RLIMIT_FSIZE: what a quota or a file-size limit does to a write (EFBIG)."""
    out = tmp_path / "out.file"
    out.write_bytes(OLD)
    before = {p.name for p in tmp_path.iterdir()}
    args = single_output_commands(inputs, out)[command]
    result = run(*args, preexec_fn=_file_size_limit(4096))
    _assert_write_refused(result, out, tmp_path, before, "file too large")


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 1 MiB tmpfs at tmp_path/disk (root, and a machine that allows mounts)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(disk)],
        capture_output=True, text=True,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` up to ``leave`` free bytes with one file; return it (delete it to free)."""
    filler = disk / "filler"
    stats = os.statvfs(disk)
    size = max(0, stats.f_bavail * stats.f_frsize - leave)
    with open(filler, "wb") as handle:
        try:
            for _ in range(0, size, 65536):
                handle.write(b"\0" * min(65536, size - handle.tell()))
        except OSError:  # full already (rounding to pages)
            pass
    return filler


@pytest.mark.parametrize("command", COMMANDS)
def test_full_disk_is_one_line_and_leaves_the_old_output(tiny_disk, inputs, command):
    """A real full file system (ENOSPC), with an earlier output on it."""
    out = tiny_disk / "out.file"
    out.write_bytes(OLD)
    fill(tiny_disk)
    before = {p.name for p in tiny_disk.iterdir()}
    result = run(*single_output_commands(inputs, out)[command])
    _assert_write_refused(result, out, tiny_disk, before, "no space left on device")


def _batch_corpus(folder: Path) -> None:
    """'a' is small; 'b' and 'c' are the seed article (some 30 kB of output each)."""
    folder.mkdir()
    (folder / "a.es.txt").write_text("El río crecía.\nEsperamos.\n", encoding="utf-8")
    (folder / "a.en.txt").write_text("The river rose.\nWe waited.\n", encoding="utf-8")
    for name in ("b", "c"):
        shutil.copy(SEED_ES, folder / f"{name}.es.txt")
        shutil.copy(SEED_EN, folder / f"{name}.en.txt")


def _batch_outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.name.startswith(("a.", "b.", "c."))}


def _assert_complete(outputs: dict[str, bytes]) -> None:
    """Every document output is whole: the JSONL parses line by line, the TMX ends."""
    for name, data in outputs.items():
        text = data.decode("utf-8")
        if name.endswith(".jsonl"):
            [json.loads(line) for line in text.splitlines()]
        else:
            assert text.rstrip().endswith("</tmx>"), name


def test_batch_file_too_large_fails_those_documents_and_resumes(tmp_path):
    """A per-file limit fails the big documents only; a rerun without it finishes them."""
    _batch_corpus(tmp_path / "corpus")
    args = ("batch", "corpus", "-o", "out", *QUICK, "--src-lang", "es", "--tgt-lang", "en")
    limited = run(*args, preexec_fn=_file_size_limit(16384), cwd=tmp_path)
    assert "Traceback" not in limited.stderr, limited.stderr
    assert limited.returncode == 1, limited.stderr
    failures = [ln for ln in limited.stderr.splitlines() if ": failed: " in ln]
    assert len(failures) == 2 and all("file too large" in ln for ln in failures), limited.stderr
    out = tmp_path / "out"
    assert set(_batch_outputs(out)) == {"a.jsonl", "a.tmx"}
    _assert_complete(_batch_outputs(out))
    assert temp_files(out) == []

    again = run(*args, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "1 skipped" in again.stderr and "2 done" in again.stderr, again.stderr
    assert set(_batch_outputs(out)) == {f"{d}.{x}" for d in "abc" for x in ("jsonl", "tmx")}
    _assert_complete(_batch_outputs(out))


def test_batch_stops_on_a_full_disk_and_resumes_once_space_is_freed(tmp_path, tiny_disk):
    _batch_corpus(tmp_path / "corpus")
    out = tiny_disk / "out"
    args = ("batch", "corpus", "-o", str(out), *QUICK, "--src-lang", "es", "--tgt-lang", "en")
    # Room for 'a' (a few pages: its two outputs, the state file and its next version),
    # not for the seed article's 34 kB TMX.
    filler = fill(tiny_disk, leave=28 * 1024)
    full = run(*args, cwd=tmp_path)
    assert "Traceback" not in full.stderr, full.stderr
    assert full.returncode == 2, full.stderr
    lines = full.stderr.splitlines()
    assert lines[-1].startswith("aligner: error: ") and str(out / "b.tmx") in lines[-1], lines
    assert "no space left on device" in lines[-1]
    assert "free some space and run the same command again to resume" in full.stderr
    assert not any(ln.startswith("aligner: [3/3] c:") for ln in lines), "did not stop"
    assert set(_batch_outputs(out)) == {"a.jsonl", "a.tmx"}
    _assert_complete(_batch_outputs(out))
    assert temp_files(out) == []
    first = _batch_outputs(out)

    filler.unlink()
    again = run(*args, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "2 done, 1 skipped, 0 failed" in again.stderr, again.stderr
    outputs = _batch_outputs(out)
    assert set(outputs) == {f"{d}.{x}" for d in "abc" for x in ("jsonl", "tmx")}
    _assert_complete(outputs)
    assert {k: outputs[k] for k in first} == first  # 'a' was not redone
    assert temp_files(out) == []


@pytest.mark.parametrize("step", ["fsync", "close"])
def test_a_full_disk_reported_by_fsync_or_close_is_a_write_error(tmp_path, monkeypatch, step):
    """Some file systems (NFS, FUSE) report ENOSPC only when the data leaves the cache."""
    import errno
    import io

    from aligner.io import atomic

    def no_space(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    class FailingClose(io.TextIOWrapper):
        def close(self):
            super().close()
            no_space()

    if step == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", no_space)
    else:
        monkeypatch.setattr(
            atomic.os, "fdopen",
            lambda fd, mode, encoding, newline: FailingClose(
                io.BufferedWriter(io.FileIO(fd, "w")), encoding=encoding, newline=newline
            ),
        )  # fmt: skip
    out = tmp_path / "out.txt"
    out.write_bytes(OLD)
    with pytest.raises(atomic.WriteError, match=r"write failed \(no space left on device\)") as e:
        atomic.write_text_atomic(str(out), "short enough to sit in the buffer\n")
    assert e.value.errno == errno.ENOSPC and str(out) in str(e.value)
    assert out.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


# --------------------------------------------------------------------------- B. signals

# The CLI, with a slow disk: fsync of aligner's temp file says where it is, then hangs,
# so a signal lands while the output is written (deterministically, unlike a race). The
# hang sleeps in short steps: CPython's C handler only notes a signal, and one that lands
# after the last check and before a sleep's system call begins is acted on when that
# sleep ends (a 600 s sleep failed a CI run, "still running 180s after the signal"; 3 of
# 800 runs of a bare sleep with SIGTERM sent at once took the whole sleep).
SLOW_FSYNC = """
import os, time
_fsync = os.fsync
def _slow(fd):
    name = os.readlink(f"/proc/self/fd/{fd}")
    if os.path.basename(name).startswith(".aligner-"):
        with open(os.environ["ALIGNER_TEST_WRITING"] + ".part", "w") as flag:
            flag.write(name)
        os.rename(os.environ["ALIGNER_TEST_WRITING"] + ".part", os.environ["ALIGNER_TEST_WRITING"])
        for _ in range(12000):  # short steps: a signal just before a sleep waits for its end
            time.sleep(0.05)
    _fsync(fd)
os.fsync = _slow
from aligner.cli import main
main()
"""

SIGNALS = {"SIGINT": signal.SIGINT, "SIGTERM": signal.SIGTERM, "SIGHUP": signal.SIGHUP}


@pytest.mark.parametrize(
    ("command", "signame"),
    [("align", "SIGINT"), ("align", "SIGTERM"), ("align", "SIGHUP"), ("export", "SIGINT"),
     ("export", "SIGTERM"), ("qa", "SIGINT"), ("qa", "SIGTERM")],
)  # fmt: skip
def test_a_signal_while_the_output_is_written(tmp_path, inputs, command, signame):
    signum = SIGNALS[signame]
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "out.file"
    out.write_bytes(OLD)
    flag = tmp_path / "writing"
    args = single_output_commands(inputs, out)[command]
    running = start(*args, code=SLOW_FSYNC, env=_env(ALIGNER_TEST_WRITING=str(flag)))
    wait_for(flag.exists, running, "temp file being written")
    temp = Path(flag.read_text())
    assert temp.parent == folder and temp.stat().st_size > 4096  # the whole text, not synced
    running.send_signal(signum)
    assert_interrupted(running, signum)
    assert out.read_bytes() == OLD
    assert sorted(p.name for p in folder.iterdir()) == ["out.file"]


@pytest.mark.parametrize(
    ("command", "signame"), [("align", "SIGINT"), ("align", "SIGTERM"), ("qa", "SIGTERM")]
)
def test_a_signal_while_embedding(tmp_path, embedder, command, signame):
    """Stopped in the middle of the work (the model embedding the sentences)."""
    signum = SIGNALS[signame]
    cache = tmp_path / "cache"  # empty: this run has every sentence to embed
    out = tmp_path / "out.file"
    out.write_bytes(OLD)
    extra = ("--no-mt",) if command == "qa" else ()
    running = start(command, SEED_ES, SEED_EN, *extra, "-o", str(out),
                    env=_env(ALIGNER_CACHE_DIR=str(cache)))  # fmt: skip
    wait_for((cache / "embeddings.sqlite").exists, running, "embedding cache")
    running.send_signal(signum)
    assert_interrupted(running, signum)
    assert out.read_bytes() == OLD
    assert temp_files(tmp_path) == []


# The CLI, with qa's own checks held up: they run while the forked drift worker is alive.
HOLD_QA_CHECKS = """
import os, time
import aligner.pipelines.qa
def _held(*args, **kwargs):
    open(os.environ["ALIGNER_TEST_CHECKING"], "w").close()
    for _ in range(12000):  # short steps: a signal just before a sleep waits for its end
        time.sleep(0.05)
aligner.pipelines.qa.run_checks = _held
from aligner.cli import main
main()
"""


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="qa forks its drift worker on 2+ cores")
@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM"])
def test_a_signal_while_qa_has_a_worker_process(tmp_path, signame):
    """qa's forked drift worker must neither print a traceback nor outlive the run."""
    signum = SIGNALS[signame]
    out = tmp_path / "report.html"
    flag = tmp_path / "checking"
    running = start("qa", SEED_ES, SEED_EN, *QUICK_CHECK, "-o", str(out),
                    code=HOLD_QA_CHECKS, env=_env(ALIGNER_TEST_CHECKING=str(flag)))  # fmt: skip
    wait_for(flag.exists, running, "qa checks")
    workers = children(running.pid)
    assert workers, "no drift worker"
    running.send_signal(signum)
    assert_interrupted(running, signum)
    assert not out.exists() and temp_files(tmp_path) == []
    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers), "the drift worker outlived the run"


def test_sigterm_stops_a_batch_like_ctrl_c(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(12):
        (corpus / f"doc{k:02d}.es.txt").write_text(f"El río {k} crecía.\nEsperamos.\n", "utf-8")
        (corpus / f"doc{k:02d}.en.txt").write_text(f"River {k} rose.\nWe waited.\n", "utf-8")
    out = tmp_path / "out"
    state = out / ".aligner-batch.json"
    held = tmp_path / "held"
    running = start(
        "batch",
        "corpus",
        "-o",
        "out",
        *QUICK,
        "--presegmented",
        cwd=tmp_path,
        code=HOLD_AFTER_FIRST_DOCUMENT,
        env=_env(ALIGNER_TEST_HELD=str(held)),
    )
    wait_for(held.exists, running, "a finished document")
    running.send_signal(signal.SIGTERM)
    _out, err = running.communicate(timeout=TIMEOUT)
    assert "Traceback" not in err, err
    assert running.returncode == 128 + signal.SIGTERM, err
    assert "run the same command again to resume" in err
    assert err.splitlines()[-1] == "aligner: interrupted"
    finished = json.loads(state.read_text(encoding="utf-8"))["documents"]
    assert len(finished) == 1
    assert temp_files(out) == []


HANGING_CLEANUP = """
import time
import aligner.runtime.interrupts as interrupts
interrupts._EXIT_GRACE = 0.5
interrupts.stop_helpers = lambda: time.sleep(600)
interrupts._received = 15
interrupts.exit_interrupted()
"""


def test_a_stopped_run_exits_even_when_ending_its_helpers_hangs():
    """Ending qa's drift worker once hung for minutes in CI (a pool's terminate waiting on
    a lock): the exit gives up waiting and still reports the signal."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", HANGING_CLEANUP], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 128 + 15, done.stderr
    assert time.monotonic() - started < 30
