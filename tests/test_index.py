"""`aligner index build/add` and `aligner trace --index`, with the real e5 model and Apertium.

The Spanish archive and the English article below were written for these tests: three
short press reports of an invented town (Valdeloma) and an article that quotes two of
them. The build runs in real processes; the interrupted ones are killed with SIGKILL at
a point a hook holds them (after a committed chunk; between a chunk's vectors and its
rows), so that "killed mid-build" holds on a fast machine and a slow one alike.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from types import SimpleNamespace

import numpy as np
import pytest

from aligner.alignment.embed import Embedder
from aligner.pipelines.trace.index import META, VECTORS, build_index
from aligner.pipelines.trace.indexed import open_index
from aligner.pipelines.trace.rerank import FEATURES
from tests.conftest import run_cli

DOCS = {
    "pleno.txt": "\n\n".join([
        "La alcaldesa de Valdeloma, Inés Carballo, presentó el presupuesto municipal en el pleno.",
        "«Este presupuesto pone a los barrios por delante del centro», dijo Carballo ante los "
        "concejales. La alcaldesa anunció que el ayuntamiento invertirá 12 millones de euros "
        "en parques.",
        "«No subiremos ningún impuesto mientras yo sea alcaldesa», añadió.",
    ]),
    "oposicion.txt": "\n\n".join([
        "El portavoz de la oposición, Marcos Teijeiro, criticó el presupuesto de Valdeloma.",
        "«Son promesas sin calendario y sin dinero», declaró Teijeiro a la prensa.",
    ]),
    "feria.txt": "\n\n".join([
        "Valdeloma celebró este fin de semana su feria del queso, con cuarenta puestos.",
        "«La feria ha traído más visitantes que nunca», dijo la concejala de turismo, "
        "Sara Quintela. Los hosteleros calculan que la ocupación rozó el lleno.",
    ]),
}  # fmt: skip
LATE = {
    "puente.txt": "\n\n".join([
        "El ayuntamiento de Valdeloma adjudicó la reforma del puente viejo.",
        "«El puente estará abierto antes del verano», aseguró Inés Carballo.",
    ]),
}  # fmt: skip
ARTICLE = "\n\n".join([
    "Valdeloma's budget puts neighbourhoods first",
    "The mayor of Valdeloma, Inés Carballo, presented the town budget on Thursday.",
    '"This budget puts the neighbourhoods ahead of the centre," Carballo told councillors.',
    '"We will not raise any tax while I am mayor," Carballo added.',
    '"These are promises with no timetable and no money," said the opposition spokesman, '
    "Marcos Teijeiro.",
]) + "\n"  # fmt: skip

# Run a build in this process's place, held (marker file, then sleep) at a chosen point.
HELD_BUILD = """
import os, sys, time
import aligner.pipelines.trace.index as index
index.CHUNK_TEXTS = 3  # one or two documents per chunk: several commits
marker, where = os.environ["ALIGNER_TEST_HELD"], os.environ["ALIGNER_TEST_HOLD_AT"]
def hold():
    open(marker, "w").close()
    for _ in range(12000):  # short steps: a signal just before a sleep waits for its end
        time.sleep(0.05)
if where == "after-commit":
    commit = index._commit_chunk
    def held(*args, **kwargs):
        commit(*args, **kwargs)
        hold()
    index._commit_chunk = held
else:  # between a chunk's vectors (fsynced) and its rows: the second chunk's fsync
    fsync, calls = os.fsync, []
    def held_fsync(fd):
        fsync(fd)
        calls.append(fd)
        if len(calls) == 2:
            hold()
    index.os.fsync = held_fsync
from aligner.cli import main
sys.argv = ["aligner", *sys.argv[1:]]
main()
"""


def _write(folder, docs) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("index")
    _write(root / "archive", DOCS)
    _write(root / "late", LATE)
    (root / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return root


def _entries(folder) -> list[tuple]:
    with sqlite3.connect(os.path.join(folder, META)) as conn:
        return sorted(conn.execute(
            "SELECT d.path, e.start, e.end, e.ordinal FROM entries e JOIN documents d "
            "ON d.id = e.doc"
        ).fetchall())  # fmt: skip


def _vector_texts(folder) -> set[str]:
    """The distinct texts a build of the documents in ``folder`` gives the model."""
    from aligner.alignment.engine import load_document
    from aligner.pipelines.trace.prepare import entries_of

    docs = [load_document(str(path), "es") for path in sorted(folder.iterdir())]
    return {e[7] for doc in docs for e in entries_of(doc)[0]}


def test_build_then_add_embeds_only_what_is_new(archive, tmp_path, embedder):
    # A cache of its own: the model's count of texts embedded is then what the index embedded.
    model = Embedder(cache_path=str(tmp_path / "cache.sqlite"))
    folder = str(tmp_path / "ix")
    first = build_index([str(archive / "archive")], folder, "es", embedder=model)
    assert (first.added, first.skipped, first.failed) == (3, 0, [])
    # sentences and quoted spans, all new; a sentence that is mostly its quote («No
    # subiremos…», añadió Carballo.) shares the quote's vector (prepare.STANDS_FOR)
    assert first.embedded == len(_vector_texts(archive / "archive")) < first.entries
    entries = _entries(folder)
    with sqlite3.connect(os.path.join(folder, META)) as conn:
        rows = dict(conn.execute("SELECT text, id FROM entries WHERE text LIKE '%subiremos%'"))
        # no quoted span deferred to the search (prepare.COVERED 1.0): a search looks none up
        assert conn.execute("SELECT value FROM meta WHERE key='covered'").fetchone() == ("1.0",)
    opened = open_index(folder)
    assert not opened.defers
    opened.close()
    vectors = np.fromfile(os.path.join(folder, VECTORS), dtype=np.float32).reshape(-1, 384)
    sentence, quote = (rows[t] for t in sorted(rows, key=len, reverse=True))
    assert np.array_equal(vectors[sentence], vectors[quote])
    assert {os.path.basename(p) for p, *_ in entries} == set(DOCS)
    size = os.path.getsize(os.path.join(folder, VECTORS))
    assert size == first.entries * 384 * 4

    again = build_index([str(archive / "archive")], folder, "es", create=False, embedder=model)
    assert (again.added, again.skipped, again.embedded) == (0, 3, 0)
    assert _entries(folder) == entries
    assert os.path.getsize(os.path.join(folder, VECTORS)) == size

    late = build_index([str(archive / "late")], folder, "es", create=False, embedder=model)
    assert (late.added, late.skipped) == (1, 0)
    assert late.embedded == len(_vector_texts(archive / "late"))  # the new document's, only
    assert late.total_documents == 4
    assert set(_entries(folder)) > set(entries)

    # The same file with new content replaces its old entries; only the new text is embedded.
    (archive / "late" / "puente.txt").write_text(
        "«El puente costará el doble de lo previsto», admitió Inés Carballo.\n", encoding="utf-8"
    )
    try:
        redone = build_index([str(archive / "late")], folder, "es", create=False, embedder=model)
    finally:
        _write(archive / "late", LATE)
    assert (redone.added, redone.replaced, redone.total_documents) == (1, 1, 4)
    assert 0 < redone.embedded <= 2  # the sentence (and its quoted words)
    with sqlite3.connect(os.path.join(folder, META)) as conn:
        texts = [t for (t,) in conn.execute("SELECT text FROM entries")]
    assert any("costará el doble" in t for t in texts)
    assert not any("abierto antes del verano" in t for t in texts)


def _rows(folder) -> list[tuple]:
    """Everything an index holds besides its graph, in id order."""
    with sqlite3.connect(os.path.join(folder, META)) as conn:
        return [conn.execute(sql).fetchall() for sql in (
            "SELECT d.path, e.* FROM entries e JOIN documents d ON d.id = e.doc ORDER BY e.id",
            "SELECT id, path, lang, sha256, text FROM documents ORDER BY id",
            "SELECT * FROM statements ORDER BY doc, start",
            "SELECT * FROM spans ORDER BY doc, start",
        )]  # fmt: skip


@pytest.fixture(scope="module")
def one_process_build(tmp_path_factory, embedder):
    """Six files (a copy, one empty, one binary: read in a worker, which fails it), built in
    one process in chunks of a document or two, and the article traced through it: what
    each engine's build with workers must equal (built once for both engines)."""
    import aligner.pipelines.trace.index as index

    root = tmp_path_factory.mktemp("one-process")
    mixed = root / "mixed"
    _write(mixed, {**DOCS, **LATE, "copia.txt": DOCS["pleno.txt"], "vacio.txt": " "})
    (mixed / "binario.txt").write_bytes(bytes(range(256)))
    one = str(root / "one")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(index, "CHUNK_TEXTS", 3)
        alone = build_index([str(mixed)], one, "es", embedder=embedder)
    (root / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return SimpleNamespace(mixed=mixed, one=one, alone=alone, traced=_trace(root, "--index", one))


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_build_with_workers_is_the_build_without(one_process_build, tmp_path, engine,
                                                   embedder, monkeypatch):  # fmt: skip
    import aligner.pipelines.trace.index as index

    # The same files in the same chunks: order, skips and failures must come out as the
    # one-process build made them, though workers finish in any order.
    mixed, one, alone = one_process_build.mixed, one_process_build.one, one_process_build.alone
    monkeypatch.setattr(index, "CHUNK_TEXTS", 3)
    two = str(tmp_path / "two")
    both = build_index([str(mixed)], two, "es", embedder=embedder, workers=2, engine=engine)
    assert (both.added, both.skipped, both.entries) == (alone.added, alone.skipped, alone.entries)
    assert (both.added, both.skipped, len(both.failed)) == (4, 1, 2)
    assert both.failed == alone.failed
    assert _rows(two) == _rows(one)
    assert len(_rows(one)[0]) > 10
    with open(os.path.join(one, VECTORS), "rb") as a, open(os.path.join(two, VECTORS), "rb") as b:
        assert a.read() == b.read()
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    traced = [one_process_build.traced, _trace(tmp_path, "--index", two)]
    assert traced[0] == traced[1] and sum(r["found"] for r in traced[0]) == 3
    # The command takes the same options as `aligner batch`.
    again = run_cli("index", "add", two, str(mixed), "--src-lang", "es", "-q", "--workers", "2",
                    "--engine", engine)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "0 documents added" in again.stderr and "5 already in" in again.stderr
    for bad in ("vacio.txt", "binario.txt"):
        assert next(ln for ln in again.stderr.splitlines() if bad in ln).endswith("left out")


def _held_build(archive, folder, cache, where) -> None:
    """Start a build held at ``where``, wait for the hold, kill it with SIGKILL."""
    marker = os.path.join(os.path.dirname(folder), f"held-{where}")
    env = {**os.environ, "ALIGNER_TEST_HELD": marker, "ALIGNER_TEST_HOLD_AT": where,
           "ALIGNER_CACHE_DIR": cache}  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-c", HELD_BUILD, "index", "build",
                             str(archive / "archive"), "-o", folder, "--src-lang", "es"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        deadline = time.monotonic() + 300
        while not os.path.exists(marker):
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the build never reached its hold"
            time.sleep(0.1)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


@pytest.mark.parametrize("where", ["after-commit", "between-vectors-and-rows"])
def test_a_killed_build_resumes_into_the_same_index(archive, tmp_path, where, embedder):
    cache = str(tmp_path / "cache")
    folder = str(tmp_path / "ix")
    _held_build(archive, folder, cache, where)
    # What the killed run left is an index: its rows and its recorded vector count agree.
    with sqlite3.connect(os.path.join(folder, META)) as conn:
        recorded = int(conn.execute("SELECT value FROM meta WHERE key='vectors'").fetchone()[0])
        rows = conn.execute("SELECT COUNT(*), COALESCE(MAX(id) + 1, 0) FROM entries").fetchone()
        docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert 0 < docs < len(DOCS)
    assert rows == (recorded, recorded)
    if where != "after-commit":  # the uncommitted chunk's vectors are on disk, past the count
        assert os.path.getsize(os.path.join(folder, VECTORS)) > recorded * 384 * 4

    env_cache = {"ALIGNER_CACHE_DIR": cache}
    done = subprocess.run([sys.executable, "-c", "from aligner.cli import main; main()",
                           "index", "build", str(archive / "archive"), "-o", folder,
                           "--src-lang", "es"], capture_output=True, text=True,
                          env={**os.environ, **env_cache})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"{docs} already in" in done.stderr
    whole = str(tmp_path / "whole")
    build_index([str(archive / "archive")], whole, "es")
    assert [e[1:] for e in _entries(folder)] == [e[1:] for e in _entries(whole)]
    assert os.path.getsize(os.path.join(folder, VECTORS)) == os.path.getsize(
        os.path.join(whole, VECTORS))  # fmt: skip


def _trace(archive, *where) -> list[dict]:
    done = run_cli("trace", "article.txt", *where, "--src-lang", "es", "--tgt-lang", "en",
                   "--format", "jsonl", cwd=str(archive))  # fmt: skip
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_trace_through_the_index_finds_what_trace_through_the_files_finds(archive, embedder):
    done = run_cli("index", "build", "archive", "-o", "ix", "--src-lang", "es", "-q",
                   cwd=str(archive))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "3 documents added" in done.stderr
    by_files = _trace(archive, "archive")
    by_index = _trace(archive, "--index", "ix")
    assert [r["statement"] for r in by_index] == [r["statement"] for r in by_files]

    def bests(records):  # the score may differ in the last digits: windows are rebuilt
        return [(r["found"], [(m["document"], m["start"], m["end"]) for m in r["matches"][:1]])
                for r in records]  # fmt: skip

    assert bests(by_index) == bests(by_files)
    assert sum(found for found, _m in bests(by_index)) == 3
    quoted = {r["statement"]["text"][:20]: r for r in by_index}
    best = quoted["These are promises w"]["matches"][0]
    assert best["document"] == "archive/oposicion.txt"
    text = (archive / "archive" / "oposicion.txt").read_text(encoding="utf-8")
    assert text[best["start"] : best["end"]] == best["text"]
    assert "promesas sin calendario" in best["text"]


def test_bad_input_is_one_line_and_exit_2(archive, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "afile").write_text("no index", encoding="utf-8")
    (tmp_path / "notindex").mkdir()
    (tmp_path / "notindex" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / META).write_bytes(b"this is not a database" * 100)
    (tmp_path / "foreign").mkdir()  # another program's SQLite database under our name
    with sqlite3.connect(tmp_path / "foreign" / META) as conn:
        conn.execute("CREATE TABLE notes (x)")
    t = str(tmp_path)
    cases = [
        (("index", "build", f"{t}/missing", "-o", f"{t}/a"), "does not exist"),
        (("index", "build", str(tmp_path / "empty"), "-o", str(tmp_path / "b")), "no documents"),
        (("index", "build", str(archive / "archive"), "-o", str(tmp_path / "afile")), "is a file"),
        (("index", "build", str(archive / "archive"), "-o", str(tmp_path / "notindex")),
         "not an aligner index"),
        (("index", "add", f"{t}/notindex", str(archive / "late")), "not an aligner index"),
        (("index", "add", str(tmp_path / "broken"), str(archive / "late")), "damaged index"),
        (("trace", str(archive / "article.txt"), "--index", str(tmp_path / "empty")),
         "not an aligner index"),
        (("index", "add", f"{t}/foreign", str(archive / "late")), "is another database"),
        (("index", "build", str(archive / "late"), "-o", f"{t}/foreign"), "not an aligner index"),
        (("trace", str(archive / "article.txt"), "--index", f"{t}/foreign"), "another database"),
    ]  # fmt: skip
    for args, problem in cases:
        done = run_cli(*args)
        assert done.returncode == 2, (args, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and problem in lines[0], (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()
    with sqlite3.connect(tmp_path / "foreign" / META) as conn:  # left as it was
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]
    both = run_cli("trace", str(archive / "article.txt"), str(archive / "archive"),
                   "--index", str(tmp_path / "broken"))  # fmt: skip
    assert both.returncode == 2 and "not both" in both.stderr


def test_a_bad_file_in_the_archive_is_left_out_with_a_warning(archive, tmp_path, embedder):
    _write(tmp_path / "mixed", {"bueno.txt": LATE["puente.txt"], "vacio.txt": "  "})
    done = run_cli("index", "build", str(tmp_path / "mixed"), "-o", str(tmp_path / "ix"),
                   "--src-lang", "es", "-q")  # fmt: skip
    assert done.returncode == 0, done.stderr
    warning = [ln for ln in done.stderr.splitlines() if "vacio.txt" in ln]
    assert len(warning) == 1 and "left out" in warning[0]
    assert "1 document added" in done.stderr


def test_a_second_writer_is_refused_while_the_first_holds_the_index(archive, tmp_path, embedder):
    import fcntl

    folder = tmp_path / "ix"
    build_index([str(archive / "late")], str(folder), "es")
    with open(folder / ".lock", "a") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # as a running build holds it
        done = run_cli("index", "add", str(folder), str(archive / "archive"), "--src-lang", "es")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"aligner: error: {folder}: another `aligner index` run is writing this index"
    ]
    after = run_cli("index", "add", str(folder), str(archive / "archive"), "--src-lang", "es",
                    "-q")  # fmt: skip
    assert after.returncode == 0 and "3 documents added" in after.stderr

    # --src-lang names a language the index holds no document in: one line, no search.
    article = str(archive / "article.txt")
    done = run_cli("trace", article, "--index", str(folder), "--src-lang", "fr-FR")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"aligner: error: {folder}: holds no documents in fr (its languages: es); leave out "
        "--src-lang or index those documents"
    ]

    # A graph file damaged on disk: one line that names it, not faiss's C++ location.
    (folder / "ann.faiss").write_bytes(b"garbage, not a faiss graph")
    done = run_cli("trace", str(archive / "article.txt"), "--index", str(folder))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged index (ann.faiss: " in lines[0], lines
    assert ".cpp" not in lines[0] and "Error in" not in lines[0]


def test_an_index_of_an_older_format_is_refused_in_one_line(archive, tmp_path):
    # Format 1 did not store statements whose speaker is known only by role: read as it
    # is, the reranker would quietly lose that evidence. Made here as format 1 would be.
    import sqlite3

    from aligner.pipelines.trace import index as index_module

    old = tmp_path / "old"
    old.mkdir()
    conn = sqlite3.connect(old / META)
    conn.executescript(index_module._SCHEMA)
    conn.execute("INSERT INTO meta VALUES ('version', '1')")
    conn.commit()
    conn.close()
    done = run_cli("index", "add", str(old), str(archive / "late"))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "format 1" in lines[0] and "build it again" in lines[0], lines
    assert str(old) in lines[0]


# Written for this test: a long sentence whose last clause is all an article reports.
CLAUSE_DOC = "\n\n".join([
    "Valdeloma cerró su feria del queso con cuarenta puestos y miles de visitantes.",
    "El presidente de la asociación de hosteleros, Pedro Lago, celebró las cifras de la "
    "feria pero advirtió de la falta de camareros.",
    "La concejala de turismo, Sara Quintela, anunció una segunda edición en otoño.",
]) + "\n"  # fmt: skip
CLAUSE_ARTICLE = (
    "Valdeloma's cheese fair closed with forty stalls. Pedro Lago, who heads the hoteliers' "
    "association, warned that the sector lacked waiters.\n"
)


def test_the_index_offers_the_clauses_of_a_long_sentence_as_the_files_do(tmp_path, embedder):
    from aligner.alignment.engine import load_document
    from aligner.pipelines.trace import trace_documents
    from aligner.pipelines.trace.indexed import trace_index

    (tmp_path / "feria.txt").write_text(CLAUSE_DOC, encoding="utf-8")
    (tmp_path / "article.txt").write_text(CLAUSE_ARTICLE, encoding="utf-8")
    source = load_document(str(tmp_path / "feria.txt"), "es")
    article = load_document(str(tmp_path / "article.txt"), "en")
    clause = "pero advirtió de la falta de camareros"

    def clauses_of(result):
        (t,) = [t for t in result.statements if "lacked waiters" in t.statement.content]
        return {(p.start, p.end): row for p, _s, row in t.whole if p.kind == "clause"}

    by_files = clauses_of(trace_documents(article, [source], embedder=embedder, drift=False))
    start = CLAUSE_DOC.index(clause)
    assert (start, start + len(clause)) in by_files
    for embedded in (False, True):  # the clause found through its sentence, or embedded
        folder = str(tmp_path / f"ix-{embedded}")
        build_index([str(tmp_path / "feria.txt")], folder, "es", embedder=embedder,
                    clauses=embedded)  # fmt: skip
        by_index = clauses_of(trace_index(article, folder, embedder=embedder, drift=False))
        assert set(by_index) == set(by_files)
        for span, row in by_index.items():  # the same evidence; cosine and distinctness
            same = [k for k, name in enumerate(FEATURES) if name not in ("cosine", "distinct")]
            assert [row[k] for k in same] == [by_files[span][k] for k in same]
            if embedded:  # e5's own vector of the clause, as the file route reads it
                assert abs(row[1] - by_files[span][1]) < 1e-4


# Written for this test: two sentences closer to the bare statement ("the sector lacked
# waiters") than the long sentence that reports it.
OTHER_DOC = "\n\n".join([
    "Los hoteles de la costa no encuentran camareros para el verano.",
    "Faltan camareros en toda la región, según los sindicatos.",
]) + "\n"  # fmt: skip


def test_a_statement_reaches_a_long_sentence_through_its_sentence_in_the_article(
    tmp_path, embedder, monkeypatch
):
    from aligner.alignment.engine import load_document
    from aligner.pipelines.trace import indexed

    (tmp_path / "feria.txt").write_text(CLAUSE_DOC, encoding="utf-8")
    (tmp_path / "otras.txt").write_text(OTHER_DOC, encoding="utf-8")
    (tmp_path / "article.txt").write_text(CLAUSE_ARTICLE, encoding="utf-8")
    folder = str(tmp_path / "ix")
    build_index([str(tmp_path / n) for n in ("feria.txt", "otras.txt")], folder, "es",
                embedder=embedder)  # fmt: skip
    article = load_document(str(tmp_path / "article.txt"), "en")
    # Two entries a search, as an archive of thousands gives the long sentence no place
    # among the statement's own nearest.
    real = indexed.nearest
    monkeypatch.setattr(indexed, "nearest", lambda ix, q, k=indexed.HITS: real(ix, q, min(k, 2)))
    (t,) = [t for t in indexed.trace_index(article, folder, embedder=embedder,
                                           drift=False).statements
            if "lacked waiters" in t.statement.content]  # fmt: skip
    ix = indexed.open_index(folder)
    own = real(ix, np.asarray(embedder.embed([t.statement.content])), 2)[0]
    docs = {
        d for (d,) in ix.conn.execute(f"SELECT doc FROM entries WHERE id IN ({own[0]}, {own[1]})")
    }
    other = ix.conn.execute("SELECT id FROM documents WHERE path LIKE '%otras.txt'").fetchone()
    ix.close()
    assert docs == {other[0]}  # the statement alone reaches only the other document
    offered = {p.text: p.kind for p, _s, _row in t.whole}
    assert offered.get("pero advirtió de la falta de camareros") == "clause"
