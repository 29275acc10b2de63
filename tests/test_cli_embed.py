"""`--embed all|selective|none` on `aligner batch` and `aligner qa`, with the real e5 model.

The story is tests/test_selective.py's (Spanish with its English translation, one merge
and one deletion planted), written for those tests. Each run gets its own embedding
cache, so the vectors the run computed can be counted in it.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from aligner.alignment.mt import installed_modes
from aligner.alignment.selective import Settings
from tests.conftest import run_cli
from tests.test_selective import DELETED, EN, ES, MERGED

SENTENCES = sum(map(len, ES)) + sum(map(len, EN))


@pytest.fixture
def story(tmp_path, embedder):  # the embedder fixture: skip when the model cannot run
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, paragraphs in (("story.es.txt", ES), ("story.en.txt", EN)):
        text = "\n\n".join("\n".join(p) for p in paragraphs) + "\n"
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _vectors_computed(cache_dir) -> int:
    """Rows in the run's embedding cache: sentences and concatenations the model computed
    (0 when the run made no cache: selective may find nothing doubtful in the story)."""
    if not (cache_dir / "embeddings.sqlite").exists():
        return 0
    with sqlite3.connect(cache_dir / "embeddings.sqlite") as conn:
        return conn.execute("SELECT COUNT(*) FROM vectors").fetchone()[0]


def _run(monkeypatch, tmp_path, cache: str, *args: str):
    cache_dir = tmp_path / cache
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(cache_dir))
    done = run_cli(*args, cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr
    return cache_dir


def _beads(jsonl_path) -> tuple[dict, set]:
    lines = [json.loads(line) for line in jsonl_path.read_text(encoding="utf-8").splitlines()]
    beads = {(tuple(r["src"]), tuple(r["tgt"])) for r in lines[1:]}
    return lines[0]["header"], beads


def test_batch_selective_computes_fewer_vectors_and_still_finds_merge_and_deletion(
    story, tmp_path, monkeypatch
):
    common = ("batch", "corpus", "-o", "out", "--presegmented", "--to", "tsv")
    cold = _run(monkeypatch, tmp_path, "selective", *common, "--embed", "selective")
    header, beads = _beads(tmp_path / "out" / "story.jsonl")
    assert "|embed:selective" in header["aligner"]
    assert MERGED in beads and DELETED in beads
    selective = _vectors_computed(cold)
    # The same output folder with every sentence embedded: the setting is part of the
    # resume key, so the document is aligned again rather than skipped.
    cold = _run(monkeypatch, tmp_path, "all", *common, "--embed", "all")
    status = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert [r["status"] for r in status["results"]] == ["done"]
    header, beads = _beads(tmp_path / "out" / "story.jsonl")
    assert "|embed:" not in header["aligner"]
    assert MERGED in beads and DELETED in beads
    # With Apertium's evidence the cheap pass may be sure of every bead of the story
    # (tests/test_selective.py checks that doubtful places are embedded).
    assert _vectors_computed(cold) >= SENTENCES > selective >= 0


def test_batch_embed_none_uses_no_model(story, tmp_path, monkeypatch):
    cold = _run(
        monkeypatch, tmp_path, "none",
        "batch", "corpus", "-o", "out", "--presegmented", "--embed", "none",
    )  # fmt: skip
    header, _ = _beads(tmp_path / "out" / "story.jsonl")
    assert "|emb:none|" in header["aligner"]
    assert not (cold / "embeddings.sqlite").exists() or _vectors_computed(cold) == 0


@pytest.mark.skipif(
    not {"spa-eng", "es-en"} & set(installed_modes()), reason="Apertium spa-eng not installed"
)
def test_qa_selective_aligns_with_fewer_vectors_and_says_so(story, tmp_path, monkeypatch):
    src, tgt = str(story / "story.es.txt"), str(story / "story.en.txt")
    reports = {}
    computed = {}
    for embed in ("selective", "all", "none"):
        out = tmp_path / f"{embed}.json"
        cold = _run(
            monkeypatch, tmp_path, f"qa-{embed}",
            "qa", src, tgt, "--presegmented", "--embed", embed, "-o", str(out), "-q",
        )  # fmt: skip
        reports[embed] = json.loads(out.read_text(encoding="utf-8"))
        db = cold / "embeddings.sqlite"
        computed[embed] = _vectors_computed(cold) if db.exists() else 0
    assert "|embed:selective" in reports["selective"]["signature"]
    # The settings that chose the re-aligned regions are part of the result's recipe.
    assert f"|selective:{Settings().signature()}" in reports["selective"]["signature"]
    assert "|embed:" not in reports["all"]["signature"]
    assert "|selective:" not in reports["all"]["signature"]
    assert "|emb:none|" in reports["none"]["signature"]
    assert computed["none"] == 0 <= computed["selective"] < SENTENCES <= computed["all"]
