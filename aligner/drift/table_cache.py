"""The drift checks' word tables, built once and read back fast by later processes.

Every `aligner check`, `qa` or `trace` that runs the drift checks builds the same
WordNet tables from ``data/*.tsv`` (opposite senses, synonyms, antonym pairs): ~0.4
CPU-s of parsing a process, paid again by each run although the files never change
between runs. Here a table is built once and written to the user's cache folder (the
embedding cache's, ``ALIGNER_CACHE_DIR``); a later process unmarshals it in a fraction
of that (docs/benchmarks.md, "Session 28 (ci34)").

The cache is never trusted: its file name carries a digest of everything the table is
made from (the source files' bytes, the code that parses them, the caller's settings and
the Python version, whose ``marshal`` format the file is in), so an edited list or module
is a new name and the old file is removed; the file holds a digest of its own payload,
checked before reading, so a truncated or overwritten file is rebuilt. A cache that cannot
be written is no error: the table is built as before.
"""

from __future__ import annotations

import gc
import glob
import hashlib
import marshal
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any, TypeVar

T = TypeVar("T")

# Changed when the file layout changes: old files are then never read.
_FORMAT = b"aligner-table-1\n"
_DIGEST = 32  # bytes of sha256 after the format line
# Off: every process builds its tables (the behaviour before session 28).
ENABLED = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a table of ~10^5 small containers is made: it
    finds no cycles there, and its passes over the growing heap were half of the time."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _key(name: str, sources: Sequence[str], code: Sequence[str], settings: Any) -> str:
    h = hashlib.sha256()
    h.update(repr((name, sys.version, repr(settings))).encode())
    for path in (*sources, *code):
        h.update(b"\0" + path.encode() + b"\0")
        try:
            with open(path, "rb") as fh:
                h.update(fh.read())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()[:24]


def cache_folder() -> str:
    from aligner.alignment.embed import default_cache_path

    return os.path.join(os.path.dirname(default_cache_path()), "tables")


def cached_table(
    name: str,
    build: Callable[[], T],
    sources: Sequence[str],
    code: Sequence[str],
    settings: Any = None,
) -> T:
    """``build()``'s value, read from the cache when a process built it before from the
    same ``sources`` (data files), ``code`` (the modules whose source shapes the table)
    and ``settings`` (module switches it reads); built and stored otherwise. The value
    must be made of what ``marshal`` writes (dicts, tuples, frozensets, strings, ints)."""
    if not ENABLED:
        with collector_paused():
            return build()
    path = os.path.join(cache_folder(), f"{name}-{_key(name, sources, code, settings)}.marshal")
    with collector_paused():
        value = _read(path)
        if value is not None:
            return value
        value = build()
    _write(path, value)
    return value


def _read(path: str) -> Any | None:
    try:
        with open(path, "rb") as fh:
            blob = fh.read()
    except OSError:
        return None
    head = len(_FORMAT)
    payload = blob[head + _DIGEST :]
    if blob[:head] != _FORMAT or hashlib.sha256(payload).digest() != blob[head : head + _DIGEST]:
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def _write(path: str, value: object) -> None:
    """Write atomically (temp file, rename), then remove the same table's older files."""
    try:
        payload = marshal.dumps(value)
    except ValueError:  # something marshal cannot write: built each time, as before
        return
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            fh.write(_FORMAT + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
    except OSError:
        return
    stem = os.path.basename(path).rsplit("-", 1)[0]
    for old in glob.glob(os.path.join(glob.escape(folder), f"{stem}-*.marshal")):
        if old != path:
            with suppress(OSError):
                os.remove(old)
