"""Big input through the real CLI: accepted within the limits, refused in one line beyond.

The documents are generated here (numbered sentences written for these tests, an
English side and its Spanish counterpart). They run without embeddings: embedding
100,000 distinct sentences takes the e5 model tens of minutes, and these tests are
about size, not meaning. Peak memory is the child's own high-water mark (VmHWM in
/proc/self/status, written at exit); docs/limits.md has the full measurements.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from aligner.runtime.limits import MAX_FILE_BYTES, MAX_SEGMENTS

pytestmark = pytest.mark.slow

MEMORY_CEILING = 1536 * 2**20  # the 100k case measured ~0.45 GB; the old search needed 24 GB


def english(k: int) -> str:
    return f"Item {k} on the shopping list costs {k * 3} euros."


def spanish(k: int) -> str:
    return f"El artículo {k} de la lista de la compra cuesta {k * 3} euros."


# getrusage's maxrss would include the forked pytest process's memory; VmHWM belongs to
# the process image after exec, so it measures aligner alone.
_MEASURED_MAIN = (
    "import atexit, os, shutil\n"
    "atexit.register(shutil.copyfile, '/proc/self/status', os.environ['STATUS_COPY'])\n"
    "from aligner.cli import main\n"
    "main()\n"
)


def run_measured(tmp_path: Path, *args: str) -> tuple[int, str, int]:
    """Run the CLI; return (exit code, stderr, peak resident bytes of aligner)."""
    status = tmp_path / "status.txt"
    result = subprocess.run(
        [sys.executable, "-c", _MEASURED_MAIN, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "STATUS_COPY": str(status)},
        timeout=1800,
    )
    fields = dict(line.split(":", 1) for line in status.read_text().splitlines())
    peak = int(fields["VmHWM"].split()[0]) * 1024
    return result.returncode, result.stderr, peak


def read_jsonl(path: Path) -> tuple[dict, list[dict]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return lines[0]["header"], lines[1:]


def align_jsonl(tmp_path: Path, src: str, tgt: str, out: Path, *extra: str) -> tuple[int, str, int]:
    """`aligner align` of tmp_path/<src>.txt with tmp_path/<tgt>.txt (the file names are
    the language codes), without embeddings, to JSONL at ``out``; measured."""
    return run_measured(
        tmp_path, "align", str(tmp_path / f"{src}.txt"), str(tmp_path / f"{tgt}.txt"),
        "--src-lang", src, "--tgt-lang", tgt, "--no-embeddings",
        "--format", "jsonl", "-o", str(out), *extra,
    )  # fmt: skip


def assert_covers_in_order(beads: list[dict], n: int, m: int) -> None:
    assert [i for b in beads for i in b["src"]] == list(range(n))
    assert [j for b in beads for j in b["tgt"]] == list(range(m))


@pytest.fixture(scope="module")
def one_big_run(tmp_path_factory):
    """One aligned run shared by the tests of a big document (it takes a minute or more).

    The English side is over 5 MB on a single line, a whole document from a scraper that
    dropped every newline (and the final one); the Spanish side has one of its more than
    100,000 sentences a line.
    """
    tmp_path = tmp_path_factory.mktemp("big")
    count = 5 * 2**20 // len(english(50_000))
    src_line = " ".join(map(english, range(count)))
    assert len(src_line.encode()) >= 5 * 10**6 and count >= 100_000
    (tmp_path / "en.txt").write_text(src_line, encoding="utf-8")
    (tmp_path / "es.txt").write_text("\n".join(map(spanish, range(count))) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    code, stderr, peak = align_jsonl(tmp_path, "en", "es", out)
    # Read once for both tests: parsing 100,000 beads is seconds of the suite.
    header, beads = read_jsonl(out) if code == 0 else ({}, [])
    return SimpleNamespace(count=count, line=src_line, code=code, stderr=stderr, peak=peak,
                           header=header, beads=beads)  # fmt: skip


def test_over_100000_sentences_align_one_to_one_within_memory(one_big_run):
    run = one_big_run
    assert run.code == 0, run.stderr
    assert "Traceback" not in run.stderr
    # Past its size limit the MT confidence model is skipped, and the user is told.
    if shutil.which("apertium"):
        assert "confidence scored without MT: over 20,000 source sentences" in run.stderr
    header, beads = run.header, run.beads
    assert (header["src_sentences"], header["tgt_sentences"]) == (run.count, run.count)
    assert "mt:none" in header["aligner"]
    assert_covers_in_order(beads, run.count, run.count)
    diagonal = sum(b["src"] == b["tgt"] == [b["bead"]] for b in beads)
    assert diagonal >= 0.99 * run.count, run.count - diagonal
    assert run.peak < MEMORY_CEILING, run.peak / 2**20


def test_a_5_mb_single_line_is_cut_at_its_sentences_with_exact_offsets(one_big_run):
    run = one_big_run
    assert run.code == 0, run.stderr
    beads = run.beads
    # Offsets cut every sentence out of the original line.
    for bead in beads[:: max(1, run.count // 500)]:
        (a, b) = bead["src_offsets"][0]
        assert run.line[a:b] == bead["src_text"]
    assert beads[-1]["src_text"] == english(run.count - 1)


def test_5_mb_line_without_any_punctuation_is_kept_whole(tmp_path):
    """No sentence boundary anywhere: one 5 MB segment, aligned, not cut or dropped."""
    line = ("palabra otra " * (5 * 2**20 // 13 + 1)).strip()
    (tmp_path / "es.txt").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("A word, another word.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    # The target is a few words against 5 MB: refused as a partial translation unless forced.
    code, stderr, _peak = align_jsonl(tmp_path, "es", "en", out, "--force")
    assert code == 0, stderr
    assert "a partial translation?" in stderr
    header, beads = read_jsonl(out)
    assert header["src_sentences"] == 1
    # One 5 MB sentence is too big for Apertium to be worth it (25 s for one bead).
    if shutil.which("apertium"):
        assert "confidence scored without MT: over 3,000,000 source characters" in stderr
    assert [b["src_text"] for b in beads if b["src"]] == [line]


def test_more_sentences_than_the_limit_refused(tmp_path):
    n = MAX_SEGMENTS + 1
    (tmp_path / "en.txt").write_text("".join(f"Row {k}.\n" for k in range(n)), encoding="utf-8")
    (tmp_path / "es.txt").write_text("Fila uno.\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    code, stderr, _peak = run_measured(
        tmp_path, "align", str(tmp_path / "en.txt"), str(tmp_path / "es.txt"),
        "--src-lang", "en", "--tgt-lang", "es", "--no-embeddings", "--presegmented",
        "-o", str(out),
    )  # fmt: skip
    assert code == 2
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"aligner: error: {tmp_path / 'en.txt'}: has {n:,} sentences")
    assert f"the limit is {MAX_SEGMENTS:,}" in lines[0]
    assert not out.exists() and not list(tmp_path.glob(".aligner-*.tmp"))


def test_file_over_the_size_limit_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:  # sparse: no 64 MiB actually written
        handle.truncate(MAX_FILE_BYTES + 1)
    (tmp_path / "es.txt").write_text("Fila uno.\n", encoding="utf-8")
    code, stderr, peak = run_measured(
        tmp_path, "align", str(big), str(tmp_path / "es.txt"), "--no-embeddings",
        "-o", str(tmp_path / "out.tsv"),
    )  # fmt: skip
    assert code == 2
    assert stderr.splitlines() == [
        f"aligner: error: {big}: file is {MAX_FILE_BYTES + 1:,} bytes; the limit is 64 MiB"
    ]
    assert peak < 256 * 2**20  # refused from its size, not read into memory
    assert not (tmp_path / "out.tsv").exists()
