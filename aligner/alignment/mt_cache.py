"""Apertium's outputs kept between runs, one row per text and stage: a text read
before is never sent again, whatever batch it comes in. (Kept per batch before, a
sentence edited in a long document sent its whole chunk again, and a text checked
alone missed the batch it had been read in.) A text's output does not depend on its
batch: texts go to Apertium separated by sentence boundaries."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Sequence

from aligner.alignment.embed import default_cache_path

_IN_CLAUSE = 500  # keys a query; SQLite allows 999 variables in older builds


def translation_cache_path() -> str:
    """The translation cache: beside the embedding cache (``ALIGNER_CACHE_DIR`` moves both)."""
    return os.path.join(os.path.dirname(default_cache_path()), "translations.sqlite")


class TranslationCache:
    """Outputs by sha256(stage, the mode file's date, the text); only ever a cache: any
    database error and it is left unused for the rest of the run."""

    def __init__(self, path: str):
        self.path = path
        self._conn: sqlite3.Connection | None = None

    def _open(self) -> sqlite3.Connection | None:
        if self._conn is None and self.path:
            try:
                os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=60, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("CREATE TABLE IF NOT EXISTS chunks (key BLOB PRIMARY KEY, out TEXT)")
                self._conn = conn
            except (OSError, sqlite3.Error):
                self.path = ""  # unusable: translate without it
        return self._conn

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, list[str]]:
        """The stored parts of those keys that have any."""
        conn = self._open()
        found: dict[bytes, list[str]] = {}
        if conn is None:
            return found
        try:
            for at in range(0, len(keys), _IN_CLAUSE):
                some = list(keys[at : at + _IN_CLAUSE])
                marks = ",".join("?" * len(some))
                query = f"SELECT key, out FROM chunks WHERE key IN ({marks})"
                for key, out in conn.execute(query, some):
                    parts = json.loads(out)
                    if isinstance(parts, list) and all(isinstance(p, str) for p in parts):
                        found[bytes(key)] = parts
        except (sqlite3.Error, ValueError, TypeError):
            return {}
        return found

    def put_many(self, items: dict[bytes, list[str]]) -> None:
        conn = self._open()
        if conn is None or not items:
            return
        try:
            rows = [(key, json.dumps(parts)) for key, parts in items.items()]
            conn.executemany("INSERT OR REPLACE INTO chunks VALUES (?, ?)", rows)
            conn.commit()
        except sqlite3.Error:
            conn.close()
            self.path, self._conn = "", None


def per_text(
    cache: TranslationCache,
    stage: str,
    stamp: str,
    texts: Sequence[str],
    compute: Callable[[list[str]], tuple[list[list[str]], bool] | None],
) -> list[list[str]] | None:
    """Each text's output parts: from ``cache``, else ``compute(missing texts)``, which
    gives theirs and whether to keep them (None: no output; nothing is kept)."""
    keys = [_key(stage, stamp, t) for t in texts]
    found = cache.get_many(list(dict.fromkeys(keys)))
    missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in found))
    if missing:
        computed = compute(missing)
        if computed is None:
            return None
        outputs, keep = computed
        new = {_key(stage, stamp, t): out for t, out in zip(missing, outputs, strict=True)}
        if keep:
            cache.put_many(new)
        found.update(new)
    return [found[k] for k in keys]


def _key(stage: str, stamp: str, text: str) -> bytes:
    return hashlib.sha256(f"{stage}\x00{stamp}\x00{text}".encode()).digest()
