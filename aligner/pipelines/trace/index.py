"""The trace index: an archive's sentences and quoted spans, embedded once, on disk.

An index is a folder:

- ``index.sqlite``: the documents (path as given, language, content hash, text), their
  entries (one per sentence, with its ordinal, and one per quoted span inside a sentence
  that is less than COVERED (.prepare) of it and not just its words (.prepare.same_words),
  and, in an index built with clauses embedded, one per clause of a long sentence:
  offsets into the document's text, the text embedded, the
  speaker the document attributes it to), the other quoted spans and the clauses of long
  sentences (not embedded, filed under their first sentence: .prepare.found_through,
  .prepare.CLAUSE), the statements with their
  speakers (so that a window of sentences gets its speaker), and ``meta`` (format
  version, embedding model, number of vectors committed);
- ``vectors.f32``: the entries' e5 vectors, row = entry id, float32, appended;
- ``ann.faiss``: the approximate-nearest-neighbour graph over those rows (a faiss-cpu
  HNSW index; the choice is in docs/index.md, measured by bench/index_compare.py).

Documents go in by chunks. A chunk's vectors are appended and fsynced first, then its
rows are committed in one SQLite transaction that also records the new vector count;
a run killed anywhere leaves whole chunks or nothing (vectors past the committed count
are cut off on the next open). The graph is brought up to date at the end of a run,
written to a temp file and renamed; until then searches read the rows it lacks
exactly. A document whose content hash is already in is skipped, so running the same
build again resumes it, and ``add`` embeds only what is new.

Reading, segmenting and finding the statements of the new documents
(:func:`.prepare.prepare_document`) can run in the process pool or on the Dask cluster
that `aligner batch` uses; this process embeds and writes alone, in the files' order.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

from aligner.alignment.embed import DIM
from aligner.errors import InputError
from aligner.pipelines.trace import prepare
from aligner.pipelines.trace.prepare import QUOTE as QUOTE  # indexed.py reads it here
from aligner.pipelines.trace.prepare import Prepared, prepare_document, prepare_failed

# 2: statements whose speaker is known only by role are stored (the reranker's
# speaker_near evidence); a format-1 index lacks them and is refused, not read short.
# 3: the clauses of long sentences are stored (spans of kind "clause"), the file route's
# clause candidates; a format-2 index lacks them.
VERSION = 3
META, VECTORS, ANN, LOCK = "index.sqlite", "vectors.f32", "ann.faiss", ".lock"
CHUNK_TEXTS = 256  # texts embedded and committed together: the work an interruption loses
ANN_M, ANN_EF_CONSTRUCTION, ANN_EF = 16, 100, 256  # see docs/trace.md (bench/index_compare.py)
# Fewer new vectors than this are added to the graph by one thread: on 900 vectors two
# OpenMP threads took 0.52-0.57 CPU-s against 0.09 for one (their waits at each level's
# barrier, on a shared machine), the graph byte-identical; on 20,000 the CPU time is the
# same either way and two threads may be faster (docs/trace.md, thirteenth round).
ANN_ONE_THREAD = 10_000
READABLE = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, real TEXT NOT NULL, lang TEXT NOT NULL,
    sha256 TEXT NOT NULL, text TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS documents_real ON documents(real);
CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256);
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, ordinal INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    speaker TEXT NOT NULL, speaker_key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entries_doc ON entries(doc, ordinal);
CREATE TABLE IF NOT EXISTS statements (
    doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    speaker TEXT NOT NULL, speaker_key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS statements_doc ON statements(doc);
CREATE TABLE IF NOT EXISTS spans (
    doc INTEGER NOT NULL, ordinal INTEGER NOT NULL, start INTEGER NOT NULL,
    end INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT NOT NULL,
    speaker_key TEXT NOT NULL, kind TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS spans_doc ON spans(doc, ordinal);
"""


@dataclass
class BuildReport:
    """What a build or add did."""

    added: int = 0  # documents indexed in this run
    skipped: int = 0  # already in (same content)
    replaced: int = 0  # same file, new content: its old entries were dropped
    entries: int = 0  # sentences and quoted spans added
    embedded: int = 0  # of which the model embedded (the rest came from the cache)
    failed: list[str] = field(default_factory=list)  # one line per file left out
    total_documents: int = 0
    total_entries: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def is_index(path: str) -> bool:
    return os.path.isfile(os.path.join(path, META))


def archive_files(paths: list[str]) -> list[str]:
    """The readable files named or found (recursively, in sorted order) in folders."""
    out: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            found = sorted(os.path.join(root, name) for root, _dirs, names in os.walk(path)
                           for name in names if name.lower().endswith(READABLE))  # fmt: skip
            if not found:
                raise InputError(path, "is a folder with no documents (.txt, .md, .html, .docx)")
            out.extend(found)
        elif os.path.exists(path):
            out.append(path)
        else:
            raise InputError(path, "does not exist")
    return list(dict.fromkeys(out))


@contextlib.contextmanager
def _locked(folder: str) -> Iterator[None]:
    """One writer per index: a second build or add fails at once instead of interleaving."""
    import fcntl

    fd = os.open(os.path.join(folder, LOCK), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise InputError(folder, "another `aligner index` run is writing this index") from None
        yield
    finally:
        os.close(fd)


def open_meta(folder: str, create: bool = False) -> sqlite3.Connection:
    """The index's database, checked; InputError naming ``folder`` when it is not one."""
    if not create and not is_index(folder):
        problem = "does not exist" if not os.path.exists(folder) else "is not an aligner index"
        raise InputError(folder, f"{problem} (make one with `aligner index build DIR -o {folder}`)")
    try:
        conn = sqlite3.connect(os.path.join(folder, META), timeout=30)
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if (tables or not create) and "meta" not in tables:
            # another program's database (or an empty file) under our name: not written to
            conn.close()
            raise InputError(folder, f"is not an aligner index ({META} is another database)")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(_SCHEMA)
        version = conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
    except sqlite3.Error as exc:
        raise InputError(folder, f"is a damaged index ({exc}); build it again") from None
    if version is None and not create:
        conn.close()
        raise InputError(folder, "is not an aligner index (it records no format version)")
    if version is None:
        with conn:
            conn.execute("INSERT INTO meta VALUES ('version', ?)", (str(VERSION),))
    elif version[0] != str(VERSION):
        raise InputError(
            folder, f"is an index of format {version[0]}, not {VERSION}; build it again"
        )
    return conn


def meta_value(conn: sqlite3.Connection, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return row[0] if row else default


def committed_vectors(conn: sqlite3.Connection) -> int:
    return int(meta_value(conn, "vectors", "0"))


def build_index(
    paths: list[str], folder: str, lang: str | None = None, create: bool = True,
    embedder: object = "auto", progress: Callable[[str], None] | None = None,
    workers: int = 1, engine: str = "local", scheduler: str | None = None,
    clauses: bool = False,
) -> BuildReport:  # fmt: skip
    """Index the documents of ``paths`` into ``folder`` (made when ``create``); with
    ``clauses`` (or when the index was built with them) the clauses of long sentences
    are embedded too (about twice the tokens), else found through their sentence.

    The new documents are read, segmented and their statements found by ``workers``
    processes (``engine`` "local": a process pool; "dask": a dask.distributed cluster,
    at ``scheduler`` or local), as `aligner batch` runs its documents; this process
    embeds them by chunks and writes them alone, in the order of ``paths``, so the
    index is the same whatever the engine.
    """
    from aligner.pipelines.batch.engines import choose_mapper
    from aligner.pipelines.trace import _embedder

    files = archive_files(paths)
    if create:
        if os.path.exists(folder) and not os.path.isdir(folder):
            raise InputError(folder, "is a file, not an index folder")
        if os.path.isdir(folder) and os.listdir(folder) and not is_index(folder):
            raise InputError(folder, "is a folder that is not an aligner index; give a new path")
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            raise InputError(folder, f"cannot be created ({exc.strerror})") from None
    conn = open_meta(folder, create=create)
    report = BuildReport()
    warnings: list[str] = []
    model = _embedder(embedder, warnings)
    model_id = getattr(model, "model_id", type(model).__name__)
    began = time.perf_counter()
    with _locked(folder), contextlib.closing(conn):
        known = meta_value(conn, "model")
        if known and known != model_id:
            raise InputError(folder, f"was built with the embedding model {known}, not {model_id}")
        # The smallest COVERED any run of this index had: a search embeds deferred quoted
        # spans only where a build deferred some (indexed.embed_deferred).
        covered = min(float(meta_value(conn, "covered", "1.0")), prepare.COVERED)
        # An index built with clauses keeps them for the documents added later.
        clauses = clauses or meta_value(conn, "clauses") == "1"
        with conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('model', ?)", (model_id,))
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('covered', ?)", (str(covered),))
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('clauses', ?)", (str(int(clauses)),))
        _cut_uncommitted(folder, committed_vectors(conn))
        todo = [(k, path, lang, clauses)
                for k, path in enumerate(_new_files(conn, files, report))]  # fmt: skip
        # Workers run ahead of the embedding: a chunk's worth of documents queued each.
        run = choose_mapper(engine, workers, scheduler, len(todo), ahead=8)
        chunk: list[Prepared] = []
        texts = 0
        for prepared in _in_order(run(prepare_document, todo, prepare_failed)):
            if prepared.error:
                report.failed.append(prepared.error)
                continue
            chunk.append(prepared)
            texts += len(prepared.doc.sentences)
            if texts >= CHUNK_TEXTS:
                _commit_chunk(conn, folder, chunk, model, report)
                if progress:
                    progress(f"{report.added} documents, {report.entries} entries")
                chunk, texts = [], 0
        if chunk:
            _commit_chunk(conn, folder, chunk, model, report)
        report.seconds["documents_and_embedding"] = time.perf_counter() - began
        began = time.perf_counter()
        sync_ann(folder, committed_vectors(conn))
        report.seconds["ann"] = time.perf_counter() - began
        report.total_documents = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        report.total_entries = conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
    report.failed = warnings + report.failed
    return report


def _new_files(conn: sqlite3.Connection, files: list[str], report: BuildReport) -> list[str]:
    """The files whose content is not in the index yet, nor an earlier file's of this run
    (a copy); the others counted as skipped, an unreadable one as failed."""
    from aligner.io.read import read_bytes

    seen: set[str] = set()
    out = []
    for path in files:
        try:
            sha = hashlib.sha256(read_bytes(path)).hexdigest()
        except InputError as exc:
            report.failed.append(f"{exc}; left out")
            continue
        if sha in seen or conn.execute("SELECT 1 FROM documents WHERE sha256=?", (sha,)).fetchone():
            report.skipped += 1
            continue
        seen.add(sha)
        out.append(path)
    return out


def _in_order(results: Iterator[Prepared]) -> Iterator[Prepared]:
    """Results that arrive as they finish, released in their files' order."""
    waiting: dict[int, Prepared] = {}
    following = 0
    for result in results:
        waiting[result.position] = result
        while following in waiting:
            yield waiting.pop(following)
            following += 1
    for position in sorted(waiting):  # only after a position was lost (never, but safe)
        yield waiting.pop(position)


def _commit_chunk(conn: sqlite3.Connection, folder: str, chunk: list[Prepared],
                  model, report: BuildReport) -> None:  # fmt: skip
    """Embed the chunk's entries, append their vectors, then commit their rows at once."""
    texts = [e[7] for prepared in chunk for e in prepared.entries]  # what each row's vector is of
    computed = getattr(model, "computed", 0)
    vectors = np.asarray(model.embed(texts), dtype=np.float32).reshape(len(texts), DIM)
    report.embedded += getattr(model, "computed", 0) - computed
    first = committed_vectors(conn)
    _cut_uncommitted(folder, first)
    with open(os.path.join(folder, VECTORS), "ab") as fh:
        fh.write(vectors.tobytes())
        fh.flush()
        os.fsync(fh.fileno())
    next_id = first
    with conn:  # one transaction: the chunk's documents, entries and the new count, or none
        for prepared in chunk:
            doc = prepared.doc
            real = os.path.realpath(prepared.path)
            old = conn.execute("SELECT id FROM documents WHERE real=?", (real,)).fetchone()
            if old:  # the same file with new content: its old entries go (their rows stay)
                for table, key in (("entries", "doc"), ("statements", "doc"), ("spans", "doc"),
                                   ("documents", "id")):  # fmt: skip
                    conn.execute(f"DELETE FROM {table} WHERE {key}=?", (old[0],))
                report.replaced += 1
            doc_id = conn.execute(
                "INSERT INTO documents (path, real, lang, sha256, text) VALUES (?, ?, ?, ?, ?)",
                (prepared.path, real, doc.lang, prepared.sha, doc.text),
            ).lastrowid
            for ordinal, start, end, _kind, text, name, key, _embedded in prepared.entries:
                conn.execute("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             (next_id, doc_id, ordinal, start, end, text, name, key))  # fmt: skip
                next_id += 1
            conn.executemany("INSERT INTO statements VALUES (?, ?, ?, ?, ?)",
                             [(doc_id, *st) for st in prepared.statements])  # fmt: skip
            conn.executemany("INSERT INTO spans VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             [(doc_id, *sp) for sp in prepared.spans])  # fmt: skip
            report.added += 1
            report.entries += len(prepared.entries)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('vectors', ?)", (str(next_id),))


def _cut_uncommitted(folder: str, count: int) -> None:
    """Drop vectors appended by a run killed before it committed their rows."""
    path = os.path.join(folder, VECTORS)
    size = count * DIM * 4
    if os.path.exists(path) and os.path.getsize(path) > size:
        with open(path, "r+b") as fh:
            fh.truncate(size)
    elif size and (not os.path.exists(path) or os.path.getsize(path) < size):
        raise InputError(folder, "is a damaged index (vectors.f32 is shorter than recorded); "
                                 "build it again")  # fmt: skip


def load_vectors(folder: str, count: int) -> np.ndarray:
    """The committed vectors, memory-mapped (read-only)."""
    if not count:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.memmap(os.path.join(folder, VECTORS), dtype=np.float32, mode="r",
                     shape=(count, DIM))  # fmt: skip


def load_ann(folder: str):
    """The saved graph (a faiss HNSW index), or None before the first one is written."""
    import faiss

    path = os.path.join(folder, ANN)
    if not os.path.exists(path):
        return None
    try:
        index = faiss.read_index(path)
    except RuntimeError as exc:
        # faiss says where in its C++ it failed; the reader needs only what it found
        problem = re.sub(r"^Error in .* at \S+:\d+: ", "", str(exc).strip().splitlines()[-1]
                         if str(exc).strip() else "unreadable")  # fmt: skip
        raise InputError(folder, f"is a damaged index ({ANN}: {problem}); build it again") from None
    faiss.downcast_index(index).hnsw.efSearch = ANN_EF
    return index


def sync_ann(folder: str, count: int) -> None:
    """Add the committed vectors the graph lacks; write it to a temp file, then rename."""
    import faiss

    index = load_ann(folder)
    have = index.ntotal if index is not None else 0
    if have >= count:
        return
    if index is None:
        index = faiss.IndexHNSWFlat(DIM, ANN_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = ANN_EF_CONSTRUCTION
    # Rows are added in id order, so a row's position in the graph is its entry id.
    threads = faiss.omp_get_max_threads()
    if count - have < ANN_ONE_THREAD:
        faiss.omp_set_num_threads(1)
    try:
        index.add(np.ascontiguousarray(load_vectors(folder, count)[have:count]))
    finally:
        faiss.omp_set_num_threads(threads)
    tmp = os.path.join(folder, f".{ANN}.{os.getpid()}.tmp")
    try:
        faiss.write_index(index, tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, os.path.join(folder, ANN))
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
