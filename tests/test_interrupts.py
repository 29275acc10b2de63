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

import ctypes
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import HOLD_AFTER_FIRST_DOCUMENT, REPO, run_cli
from tests.test_bad_input import DE, EN, assert_refused

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
# so a signal lands while the output is written (deterministically, unlike a race).
SLOW_FSYNC = """
import os, time
_fsync = os.fsync
def _slow(fd):
    name = os.readlink(f"/proc/self/fd/{fd}")
    if os.path.basename(name).startswith(".aligner-"):
        with open(os.environ["ALIGNER_TEST_WRITING"] + ".part", "w") as flag:
            flag.write(name)
        os.rename(os.environ["ALIGNER_TEST_WRITING"] + ".part", os.environ["ALIGNER_TEST_WRITING"])
        time.sleep(600)
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
    time.sleep(600)
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
    running = start("batch", "corpus", "-o", "out", *QUICK, "--presegmented", cwd=tmp_path,
                    code=HOLD_AFTER_FIRST_DOCUMENT, env=_env(ALIGNER_TEST_HELD=str(held)))
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


# --------------------------------------------------------------------------- C. permissions

NOBODY = 65534


def _as_nobody() -> None:
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def _without_root_file_access() -> None:
    """Root without CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH: file modes bind it like anyone.

    Dropped from the bounding set, they are not in the capabilities root gets at exec.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


@pytest.fixture(scope="module")
def unprivileged():
    """(folder anyone can enter, preexec_fn): the CLI runs where file modes apply to it.

    Not pytest's tmp_path (0700 under root). As root, the CLI runs as nobody when nobody
    can run this Python and import aligner, else as root without the capabilities that
    bypass file modes; otherwise the tests skip, saying why.
    """
    folder = Path(tempfile.mkdtemp(prefix="aligner-perm-"))
    try:
        os.chmod(folder, 0o755)
        (folder / "probe.txt").write_text("x", encoding="utf-8")
        if os.geteuid() == 0:
            candidates = [("as nobody", _as_nobody),
                          ("as root without CAP_DAC_*", _without_root_file_access)]  # fmt: skip
        else:
            candidates = [("as this user", None)]
        chosen, problems = None, []
        for how, preexec in candidates:
            try:
                probe = subprocess.run(
                    [sys.executable, "-c", "import aligner.cli; open('probe.txt').read()"],
                    cwd=folder, preexec_fn=preexec, capture_output=True, text=True, env=_env(),
                )  # fmt: skip
            except (OSError, subprocess.SubprocessError) as exc:  # e.g. cannot exec Python
                problems.append(f"{how}: {exc}")
                continue
            if probe.returncode == 0:
                chosen = (folder, preexec)
                break
            problems.append(f"{how}: {(probe.stderr.strip().splitlines() or ['?'])[-1]}")
        if chosen is None:
            pytest.skip("cannot run the CLI unprivileged here (" + "; ".join(problems) + ")")
        yield chosen
    finally:
        for path in folder.rglob("*"):
            os.chmod(path, 0o755)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def shared(unprivileged, request):
    folder, preexec = unprivileged
    case = folder / request.node.name.replace("[", "-").replace("]", "")
    case.mkdir(mode=0o755)
    os.chmod(case, 0o755)  # whatever the umask
    return case, preexec


@pytest.mark.parametrize("command", ["align", "check"])
def test_unreadable_input_refused_for_an_unprivileged_user(shared, command):
    """tests/test_bad_input.py's case, real under root too."""
    folder, preexec = shared
    (folder / "s.txt").write_text(EN, encoding="utf-8")
    (folder / "t.txt").write_text(DE, encoding="utf-8")
    os.chmod(folder / "s.txt", 0o644)
    os.chmod(folder / "t.txt", 0)
    extra = ("--no-mt",) if command == "check" else ()
    result = run(command, str(folder / "s.txt"), str(folder / "t.txt"), *QUICK, *extra,
                 "-o", str(folder / "out.txt"), preexec_fn=preexec, cwd=folder)  # fmt: skip
    assert_refused(result, "t.txt", "permission denied")
    assert sorted(p.name for p in folder.iterdir()) == ["s.txt", "t.txt"]


def test_output_folder_not_writable_for_an_unprivileged_user(shared):
    folder, preexec = shared
    (folder / "s.txt").write_text(EN, encoding="utf-8")
    (folder / "t.txt").write_text(DE, encoding="utf-8")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "out.txt").write_bytes(OLD)
    for path in (folder / "s.txt", folder / "t.txt", locked / "out.txt"):
        os.chmod(path, 0o644)
    os.chmod(locked, 0o555)
    out = locked / "out.txt"
    result = run("align", str(folder / "s.txt"), str(folder / "t.txt"), *QUICK,
                 "-o", str(out), preexec_fn=preexec, cwd=folder)  # fmt: skip
    assert_refused(result, str(out), "permission denied")
    assert out.read_bytes() == OLD
    assert sorted(p.name for p in locked.iterdir()) == ["out.txt"]


# --------------------------------------------------------------------------- D. the cache

# Embeds TEXTS[:count] into the cache at argv[1] (batches of 32, one transaction each).
CACHE_WRITER = """
import sys
from aligner.alignment.embed import Embedder
texts = [f"Frase {k}." for k in range(int(sys.argv[2]))]
embedder = Embedder(cache_path=sys.argv[1])
embedder.embed(texts)
print(embedder.computed)
"""
WRITTEN = 128


def _rows(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return 0
    try:
        return conn.execute("SELECT COUNT(*) FROM vectors").fetchone()[0]
    except sqlite3.Error:  # no table yet, or busy
        return 0
    finally:
        conn.close()


def test_cache_survives_a_killed_writer(tmp_path, embedder):
    from aligner.alignment.embed import BATCH, Embedder, EmbeddingCache

    path = tmp_path / "cache.sqlite"
    writer = start(str(path), str(WRITTEN), code=CACHE_WRITER)
    wait_for(lambda: _rows(path) >= BATCH, writer, "rows in the cache", every=0.05)
    writer.kill()  # SIGKILL: no cleanup of any kind, maybe in the middle of a transaction
    writer.communicate(timeout=TIMEOUT)
    assert writer.returncode == -signal.SIGKILL, "the writer finished before it was killed"

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    texts = [f"Frase {k}." for k in range(WRITTEN)]
    cache = EmbeddingCache(str(path))
    assert cache.problem is None
    keys = [EmbeddingCache.key(embedder.model_id, t) for t in texts]
    found = cache.get_many(keys)
    cache.close()
    # Whole batches or nothing: the writer embeds by length in batches of BATCH.
    assert BATCH <= len(found) < WRITTEN and len(found) % BATCH == 0, len(found)
    order = sorted(texts, key=len)
    present = order[: len(found)]
    assert {keys[texts.index(t)] for t in present} == set(found)
    fresh = Embedder(cache_path=None)
    for start_at in range(0, len(present), BATCH):
        batch = present[start_at : start_at + BATCH]
        vectors = fresh.embed(batch)
        for text, vector in zip(batch, vectors, strict=True):
            np.testing.assert_array_equal(found[keys[texts.index(text)]], vector)

    rerun = subprocess.run([sys.executable, "-c", CACHE_WRITER, str(path), str(WRITTEN)],
                           capture_output=True, text=True, timeout=600)  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    assert int(rerun.stdout) == WRITTEN - len(found)  # only the missing ones
    assert _rows(path) == WRITTEN


@pytest.fixture(scope="module")
def small_pair(tmp_path_factory):
    """A three-sentence es/en pair, its JSONL alignment, and the cache file it filled."""
    folder = tmp_path_factory.mktemp("small")
    (folder / "s.txt").write_text(
        "El puente estuvo cerrado dos días.\nLos vecinos protestaron.\nHoy reabrió.\n", "utf-8"
    )
    (folder / "t.txt").write_text(
        "The bridge was closed for two days.\nResidents protested.\nIt reopened today.\n",
        "utf-8",
    )
    cache = folder / "cache"
    done = run("align", str(folder / "s.txt"), str(folder / "t.txt"), *LANGS, "--format",
               "jsonl", "-q", "-o", str(folder / "good.jsonl"),
               env=_env(ALIGNER_CACHE_DIR=str(cache)))  # fmt: skip
    assert done.returncode == 0, done.stderr
    if "emb:none" in (folder / "good.jsonl").read_text(encoding="utf-8"):
        pytest.skip("the embedding model does not run here")
    return folder, (cache / "embeddings.sqlite").read_bytes()


def test_a_cache_file_of_garbage_warns_once_and_is_replaced(tmp_path, small_pair):
    folder, good = small_pair
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "embeddings.sqlite").write_bytes(np.random.default_rng(7).bytes(len(good)))
    out = tmp_path / "out.jsonl"
    result = run("align", str(folder / "s.txt"), str(folder / "t.txt"), *LANGS, "--format",
                 "jsonl", "-q", "-o", str(out), env=_env(ALIGNER_CACHE_DIR=str(cache)))  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("aligner: warning: embedding cache"), lines
    assert "damaged" in lines[0] and str(cache / "embeddings.sqlite") in lines[0]
    assert out.read_bytes() == (folder / "good.jsonl").read_bytes()
    assert (cache / "embeddings.sqlite.damaged").exists()
    assert _rows(cache / "embeddings.sqlite") == 6  # the new cache, filled by this run


def _damaged_cache(path: Path, where: str) -> list[bytes]:
    """A cache of 300 made-up vectors with 64 kB of garbage ``where``; returns the keys."""
    from aligner.alignment.embed import DIM, EmbeddingCache

    rng = np.random.default_rng(3)
    keys = [EmbeddingCache.key("test", f"text {k}") for k in range(300)]
    cache = EmbeddingCache(str(path))
    cache.put_many([(key, rng.standard_normal(DIM).astype(np.float32)) for key in keys])
    cache.close()
    data = bytearray(path.read_bytes())
    at = 4096 if where == "after-first-page" else len(data) // 2
    data[at : at + 65536] = rng.bytes(65536)
    path.write_bytes(bytes(data))
    return keys


def _assert_replaced(cache, path: Path, keys: list[bytes]) -> None:
    assert cache.problem and "damaged" in cache.problem, cache.problem
    assert Path(f"{path}.damaged").exists()
    vector = np.arange(384, dtype=np.float32)
    cache.put_many([(keys[0], vector)])
    np.testing.assert_array_equal(cache.get_many(keys[:1])[keys[0]], vector)
    cache.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_damage_found_at_open_replaces_the_cache(tmp_path):
    from aligner.alignment.embed import EmbeddingCache

    path = tmp_path / "c.sqlite"
    keys = _damaged_cache(path, "after-first-page")
    cache = EmbeddingCache(str(path))
    assert cache.get_many(keys) == {}  # a new, empty cache
    _assert_replaced(cache, path, keys)


def test_damage_found_mid_run_replaces_the_cache(tmp_path, caplog):
    """Damage deep in the file passes the check at open and shows in a lookup."""
    from aligner.alignment.embed import EmbeddingCache

    path = tmp_path / "c.sqlite"
    keys = _damaged_cache(path, "middle")
    cache = EmbeddingCache(str(path))
    assert cache.problem is None  # the first pages are fine
    found = cache.get_many(keys)  # must not raise
    assert len(found) < len(keys)
    assert any("embedding cache" in r.getMessage() for r in caplog.records)
    _assert_replaced(cache, path, keys)


# --------------------------------------------------------------------------- E. determinism


@pytest.mark.slow
def test_align_check_and_qa_repeat_byte_for_byte(tmp_path):
    """The seed article, twice each: the same bytes (no time stamps or durations inside).

    align and qa run with the model (the second run reads the vectors the first one may
    have computed) and Apertium; check runs without the model, whose drift checks embed
    every clause: minutes with a cold cache, and the alignment part is the same code.
    """
    commands = {
        "align.jsonl": ("align", SEED_ES, SEED_EN, "--format", "jsonl", "-q"),
        "check.json": ("check", SEED_ES, SEED_EN, "--no-embeddings", "--format", "json"),
        "qa.json": ("qa", SEED_ES, SEED_EN, "--format", "json", "-q"),
    }
    for name, args in commands.items():
        for k in (1, 2):
            done = run_cli(*args, "-o", str(tmp_path / f"{k}.{name}"))
            assert done.returncode == 0, done.stderr
        first, second = ((tmp_path / f"{k}.{name}").read_bytes() for k in (1, 2))
        assert first == second, name
