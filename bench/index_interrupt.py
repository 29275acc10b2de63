"""Kill real `aligner index build` runs mid-way, resume them, compare with an uninterrupted one.

    python bench/index_interrupt.py [--out DIR]

The archive: corpora/trace/sources and distractors, corpora/parallel and corpora/heldout
(212 documents). One build runs to the end; then three builds are stopped when their
vectors.f32 reaches 40 %, 60 % and 80 % of the finished one's (SIGKILL, SIGINT as Ctrl-C
sends it, SIGTERM) and run again. Each resumed index is compared with the uninterrupted
one: every row of documents, entries, statements and spans (by path and offsets, since
entry ids follow the order chunks were committed in), every entry's vector, and the graph's
row count. Vectors come from the embedding cache when it holds them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

import numpy as np

CORPORA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpora")
ARCHIVE = [
    os.path.join(CORPORA, *p)
    for p in (("trace", "sources"), ("trace", "distractors"), ("parallel",), ("heldout",))
]
QUERIES = {
    "documents": "SELECT path, lang, sha256, length(text) FROM documents ORDER BY path",
    "entries": "SELECT d.path, e.ordinal, e.start, e.end, e.text, e.speaker, e.speaker_key "
    "FROM entries e JOIN documents d ON d.id = e.doc ORDER BY 1, 3, 4, 2",
    "statements": "SELECT d.path, s.start, s.end, s.speaker, s.speaker_key FROM statements s "
    "JOIN documents d ON d.id = s.doc ORDER BY 1, 2, 3",
    "spans": "SELECT d.path, s.ordinal, s.start, s.end FROM spans s "
    "JOIN documents d ON d.id = s.doc ORDER BY 1, 3, 4",
}


def build(out: str, stop: signal.Signals | None = None, at: float = 0.0, full: int = 0) -> dict:
    """One CLI build into ``out``; ``stop`` sent when vectors.f32 reaches ``at`` × ``full``."""
    cmd = [
        sys.executable,
        "-c",
        "from aligner.cli import main; main()",
        "index",
        "build",
        *ARCHIVE,
        "--src-lang",
        "es",
        "-q",
        "-o",
        out,
    ]
    # A job started in the background inherits SIGINT ignored: give Ctrl-C its default back.
    proc = subprocess.Popen(
        cmd,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    vectors = os.path.join(out, "vectors.f32")
    while stop and proc.poll() is None:
        if os.path.exists(vectors) and os.path.getsize(vectors) >= at * full:
            proc.send_signal(stop)
            break
        time.sleep(0.05)
    err = proc.communicate()[1].strip().splitlines()
    return {"exit": proc.returncode, "last_line": err[-1] if err else ""}


def state(folder: str) -> dict:
    import faiss

    conn = sqlite3.connect(os.path.join(folder, "index.sqlite"))
    rows = {table: conn.execute(sql).fetchall() for table, sql in QUERIES.items()}
    ids = [
        i
        for (i,) in conn.execute(
            "SELECT e.id FROM entries e JOIN documents d "
            "ON d.id = e.doc ORDER BY d.path, e.start, e.end, e.ordinal"
        )
    ]
    committed = int(conn.execute("SELECT value FROM meta WHERE key='vectors'").fetchone()[0])
    conn.close()
    vectors = np.fromfile(os.path.join(folder, "vectors.f32"), dtype=np.float32).reshape(-1, 384)
    digest = hashlib.sha256(vectors[ids].tobytes()).hexdigest()
    graph = faiss.read_index(os.path.join(folder, "ann.faiss")).ntotal
    return {
        "rows": rows,
        "vectors_by_entry": digest,
        "committed": committed,
        "rows_in_file": len(vectors),
        "graph_rows": graph,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="work folder (default: a temporary one, removed)")
    args = ap.parse_args()
    work = args.out or tempfile.mkdtemp(prefix="aligner-index-interrupt-")
    report: dict = {"uninterrupted": build(os.path.join(work, "whole"))}
    whole = state(os.path.join(work, "whole"))
    full = os.path.getsize(os.path.join(work, "whole", "vectors.f32"))
    report["entries"] = len(whole["rows"]["entries"])
    for stop, at in ((signal.SIGKILL, 0.4), (signal.SIGINT, 0.6), (signal.SIGTERM, 0.8)):
        out = os.path.join(work, stop.name)
        stopped = build(out, stop, at, full)
        with sqlite3.connect(os.path.join(out, "index.sqlite")) as conn:
            stopped["committed_documents"] = conn.execute(
                "SELECT COUNT(*) FROM documents"
            ).fetchone()[0]
            stopped["committed_vectors"] = int(
                conn.execute("SELECT value FROM meta WHERE key='vectors'").fetchone()[0]
            )
        stopped["rows_in_vectors_file"] = os.path.getsize(os.path.join(out, "vectors.f32")) // 1536
        resumed = build(out)
        again = state(out)
        resumed["same_rows"] = {t: again["rows"][t] == whole["rows"][t] for t in QUERIES}
        resumed["same_vectors"] = again["vectors_by_entry"] == whole["vectors_by_entry"]
        resumed["rows_in_file_committed_graph"] = [
            again["rows_in_file"],
            again["committed"],
            again["graph_rows"],
        ]
        report[stop.name] = {"stopped_at": at, "stopped": stopped, "resumed": resumed}
    if not args.out:
        shutil.rmtree(work, ignore_errors=True)
    import json

    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
