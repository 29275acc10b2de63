"""The trace index: an archive's sentences and quoted spans, embedded once, on disk.

An index is a folder:

- ``index.sqlite``: the documents (path as given, language, content hash, text), their
  entries (one per sentence, with its ordinal, and one per quoted span that is less than
  COVERED of its sentence: offsets into the document's text, the text embedded, the
  speaker the document attributes it to), the longer quoted spans (not embedded: found
  through their sentence), the statements with their speakers (so that a window of
  sentences gets its speaker), and ``meta`` (format version, embedding model, number of
  vectors committed);
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
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

from aligner.alignment.embed import DIM
from aligner.errors import InputError
from aligner.pipelines.trace.candidates import document_passages
from aligner.statements.quotes import find_statements
from aligner.types import Document

VERSION = 1
META, VECTORS, ANN, LOCK = "index.sqlite", "vectors.f32", "ann.faiss", ".lock"
CHUNK_TEXTS = 256  # texts embedded and committed together: the work an interruption loses
ANN_M, ANN_EF_CONSTRUCTION, ANN_EF = 16, 100, 256  # see docs/trace.md (bench/index_compare.py)
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
    speaker_key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS spans_doc ON spans(doc, ordinal);
"""
QUOTE = -1  # the ordinal of an entry that is a quoted span, not a sentence
# A quoted span this much of its sentence or more is not embedded: a search offers it when
# its sentence is hit, at the sentence's cosine. Most quoted spans are the words of a
# «…», dijo X. sentence, and embedding them costs a third more than the sentences alone;
# but at 0.6 the sentence's cosine ranked such quotes lower and P@1 on corpora/trace fell
# from 0.993 to 0.973, "found" from 0.973 to 0.939 (docs/index.md). So every quoted span
# is embedded (1.0: only a span as long as its sentence would not be, and there is none).
COVERED = 1.0


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
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(_SCHEMA)
        version = conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
    except sqlite3.Error as exc:
        raise InputError(folder, f"is a damaged index ({exc}); build it again") from None
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
) -> BuildReport:  # fmt: skip
    """Index the documents of ``paths`` into ``folder`` (made when ``create``)."""
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
        with conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('model', ?)", (model_id,))
        _cut_uncommitted(folder, committed_vectors(conn))
        chunk: list[tuple[str, str, Document]] = []
        texts = 0
        for path in files:
            doc_sha = _admit(conn, path, lang, report, {sha for _p, sha, _d in chunk})
            if doc_sha is None:
                continue
            sha, doc = doc_sha
            chunk.append((path, sha, doc))
            texts += len(doc.sentences)
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


def _admit(conn: sqlite3.Connection, path: str, lang: str | None, report: BuildReport,
           pending: set[str]) -> tuple[str, Document] | None:  # fmt: skip
    """The file's hash and document when it is new; None (counted) when it is in (or in
    the chunk under way: a copy of another file of the archive) or bad."""
    from aligner.alignment.engine import load_document
    from aligner.io.read import extract, read_bytes

    try:
        data = read_bytes(path)
        sha = hashlib.sha256(data).hexdigest()
        if sha in pending or conn.execute(
            "SELECT 1 FROM documents WHERE sha256=?", (sha,)
        ).fetchone():
            report.skipped += 1
            return None
        doc = load_document(path, lang, text=extract(data, path).text)
    except InputError as exc:
        report.failed.append(f"{exc}; left out")
        return None
    return sha, doc


def _commit_chunk(conn: sqlite3.Connection, folder: str, chunk: list[tuple[str, str, Document]],
                  model, report: BuildReport) -> None:  # fmt: skip
    """Embed the chunk's entries, append their vectors, then commit their rows at once."""
    rows = [(path, sha, doc, _entries(doc)) for path, sha, doc in chunk]
    texts = [e[4] for _p, _s, _d, (entries, _sts, _sp) in rows for e in entries]
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
        for path, sha, doc, (entries, statements, spans) in rows:
            real = os.path.realpath(path)
            old = conn.execute("SELECT id FROM documents WHERE real=?", (real,)).fetchone()
            if old:  # the same file with new content: its old entries go (their rows stay)
                for table, key in (("entries", "doc"), ("statements", "doc"), ("spans", "doc"),
                                   ("documents", "id")):  # fmt: skip
                    conn.execute(f"DELETE FROM {table} WHERE {key}=?", (old[0],))
                report.replaced += 1
            doc_id = conn.execute(
                "INSERT INTO documents (path, real, lang, sha256, text) VALUES (?, ?, ?, ?, ?)",
                (path, real, doc.lang, sha, doc.text),
            ).lastrowid
            for ordinal, start, end, _kind, text, name, key in entries:
                conn.execute("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             (next_id, doc_id, ordinal, start, end, text, name, key))  # fmt: skip
                next_id += 1
            conn.executemany("INSERT INTO statements VALUES (?, ?, ?, ?, ?)",
                             [(doc_id, *st) for st in statements])  # fmt: skip
            conn.executemany("INSERT INTO spans VALUES (?, ?, ?, ?, ?, ?, ?)",
                             [(doc_id, *sp) for sp in spans])  # fmt: skip
            report.added += 1
            report.entries += len(entries)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('vectors', ?)", (str(next_id),))


def _entries(doc: Document) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Of ``doc``: (ordinal, start, end, kind, text, speaker, key) per sentence and quoted
    span to embed; (start, end, speaker, key) per statement with a known speaker; and
    (ordinal, start, end, text, speaker, key) per quoted span found through its sentence."""
    statements = find_statements(doc)
    sents = [s for s in doc.sentences if s.kind != "heading"]
    ordinals = {(s.start, s.end): k for k, s in enumerate(sents)}
    out, spans = [], []
    for p in document_passages(0, doc, statements):
        who = (p.speaker.name, p.speaker.key)
        if p.kind == "sentences":
            # Windows of several sentences are not embedded: a search finds their
            # sentences and puts the windows back together (.indexed).
            if (p.start, p.end) in ordinals:
                out.append((ordinals[p.start, p.end], p.start, p.end, p.kind, p.text, *who))
            continue
        host = next((k for k, s in enumerate(sents) if s.start <= p.start and p.end <= s.end),
                    None)  # fmt: skip
        if host is not None and len(p.text) >= COVERED * len(sents[host].text):
            spans.append((host, p.start, p.end, p.text, *who))
        else:
            out.append((QUOTE, p.start, p.end, p.kind, p.text, *who))
    sts = [(s.start, s.end, s.speaker.name, s.speaker.key) for s in statements if s.speaker.key]
    return out, sts, spans


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
        problem = str(exc).strip().splitlines()[-1] if str(exc).strip() else "unreadable"
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
    index.add(np.ascontiguousarray(load_vectors(folder, count)[have:count]))
    tmp = os.path.join(folder, f".{ANN}.{os.getpid()}.tmp")
    try:
        faiss.write_index(index, tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, os.path.join(folder, ANN))
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
