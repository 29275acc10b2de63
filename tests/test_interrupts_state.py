"""Hostile conditions, continued: no permissions, a killed cache writer, a damaged cache,
and runs that must repeat byte for byte (see tests/test_interrupts.py for the rules
every case here follows). Every text here was written for these tests."""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest

from tests.interrupt_helpers import (
    LANGS,
    OLD,
    QUICK,
    SEED_EN,
    SEED_ES,
    TIMEOUT,
    _env,
    run,
    start,
    wait_for,
)
from tests.test_bad_input import DE, EN, assert_refused

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
WRITER_BATCH = 32  # small batches, so the writer is killed between two of them
CACHE_WRITER = f"""
import sys
from aligner.alignment import embed
from aligner.alignment.embed import Embedder
embed.BATCH = {WRITER_BATCH}
texts = [f"Frase {{k}}." for k in range(int(sys.argv[2]))]
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
    from aligner.alignment.embed import Embedder, EmbeddingCache

    BATCH = WRITER_BATCH

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


# The first paragraphs of the seed article: its dropped sentence, nine attributed
# statements, names and figures; enough for every stage to have something to order. The
# whole article (71 and 73 lines) cost the test ~1.6x the CPU time and showed nothing more.
DETERMINISM_LINES = 24


@pytest.mark.slow
def test_align_check_and_qa_repeat_byte_for_byte(tmp_path):
    """The seed article's opening, twice each: the same bytes (no time stamps or durations
    inside), under two different string-hash seeds, so output that followed the order of a
    set or of a dict built from one differs every time rather than by chance.

    align and qa run with the model (the second run reads the vectors the first one may
    have computed) and Apertium; check runs without the model, whose drift checks embed
    every clause: minutes with a cold cache, and the alignment part is the same code.
    """
    es, en = tmp_path / "seed.es.txt", tmp_path / "seed.en.txt"
    for whole, part in ((SEED_ES, es), (SEED_EN, en)):
        lines = Path(whole).read_text(encoding="utf-8").splitlines(keepends=True)
        part.write_text("".join(lines[:DETERMINISM_LINES]), encoding="utf-8")
    commands = {
        "align.jsonl": ("align", str(es), str(en), "--format", "jsonl", "-q"),
        "check.json": ("check", str(es), str(en), "--no-embeddings", "--format", "json"),
        "qa.json": ("qa", str(es), str(en), "--format", "json", "-q"),
    }
    for name, args in commands.items():
        for k in (1, 2):
            done = run(*args, "-o", str(tmp_path / f"{k}.{name}"), env=_env(PYTHONHASHSEED=str(k)))
            assert done.returncode == 0, done.stderr
        first, second = ((tmp_path / f"{k}.{name}").read_bytes() for k in (1, 2))
        assert first == second, name
