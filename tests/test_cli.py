"""The real CLI, run as a user would, on files written for these tests."""

import json
import os

import pytest

from aligner.io.gold import parse_ladder
from tests.conftest import run_cli

ES = "El ministro llegó el martes.\nDijo que habrá 11 acuerdos.\nLa visita duró dos días.\n"
EN = (
    "The minister arrived on Tuesday.\nHe said there will be 11 agreements.\n"
    "The visit lasted two days.\n"
)


@pytest.fixture
def pair(tmp_path):
    src, tgt = tmp_path / "a.es.txt", tmp_path / "a.en.txt"
    src.write_text(ES, encoding="utf-8")
    tgt.write_text(EN, encoding="utf-8")
    return str(src), str(tgt)


def test_align_writes_a_ladder_that_eval_scores_perfect(pair, tmp_path):
    out = tmp_path / "out.align"
    done = run_cli("align", *pair, "--presegmented", "--format", "ladder", "-o", str(out))
    assert done.returncode == 0, done.stderr
    beads = parse_ladder(out.read_text())
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    gold = tmp_path / "gold.align"
    gold.write_text("[0]:[0]\n[1]:[1]\n[2]:[2]\n")
    scored = run_cli("eval", str(gold), str(out), "--json")
    assert json.loads(scored.stdout)["strict"]["f1"] == 1.0


def test_jsonl_carries_texts_offsets_and_languages(pair):
    done = run_cli("align", *pair, "--presegmented", "--format", "jsonl", "-q")
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    header, first = lines[0]["header"], lines[1]
    assert (header["src_lang"], header["tgt_lang"]) == ("es", "en")
    assert first["src_text"] == "El ministro llegó el martes."
    start, end = first["tgt_offsets"][0]
    assert EN[start:end] == "The minister arrived on Tuesday."


def test_tsv_escapes_backslashes_so_rows_stay_reversible(tmp_path):
    src, tgt = tmp_path / "s.txt", tmp_path / "t.txt"
    src.write_text("Guárdelo en C:\\datos.\n", encoding="utf-8")
    tgt.write_text("Save it in C:\\data.\n", encoding="utf-8")
    done = run_cli(
        "align", str(src), str(tgt), "--src-lang", "es", "--tgt-lang", "en",
        "--presegmented", "--format", "tsv", "-q",
    )  # fmt: skip
    rows = done.stdout.splitlines()
    assert rows[1].split("\t")[:2] == ["Guárdelo en C:\\\\datos.", "Save it in C:\\\\data."]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        ("caf\xe9".encode("latin-1"), "is not valid UTF-8"),
        (b"\x00\x01\x02", "binary"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_output(pair, tmp_path, content, problem):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "never.align"
    done = run_cli("align", str(bad), pair[1], "-o", str(out))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and problem in lines[0]
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert [p for p in os.listdir(tmp_path) if p.startswith(".aligner-")] == []


def test_eval_rejects_ladders_of_different_documents(tmp_path):
    gold, pred = tmp_path / "g", tmp_path / "p"
    gold.write_text("[0]:[0]\n[1]:[1]\n")
    pred.write_text("[0]:[0]\n")
    done = run_cli("eval", str(gold), str(pred))
    assert done.returncode == 2 and "not the same document pair" in done.stderr


def test_swapped_and_mislabelled_languages_are_refused_unless_forced(tmp_path):
    # Before issue 15 these were warnings on a run that went on; now they stop the run.
    seed = os.path.join(os.path.dirname(__file__), "..", "corpora", "seed")
    es, en = os.path.join(seed, "lavrov.es.txt"), os.path.join(seed, "lavrov.en.txt")
    swapped = run_cli("align", en, es, "--src-lang", "es", "--tgt-lang", "en", "--format", "ladder")
    assert swapped.returncode == 2 and "are they swapped?" in swapped.stderr
    assert len(swapped.stderr.strip().splitlines()) == 1 and swapped.stdout == ""
    wrong = run_cli("align", es, en, "--src-lang", "pt", "--format", "ladder")
    assert wrong.returncode == 2
    assert f"{es}: looks like es, not pt as given" in wrong.stderr
    forced = run_cli("align", es, en, "--src-lang", "pt", "--format", "ladder", "--no-embeddings",
                     "--force")  # fmt: skip
    assert forced.returncode == 0 and forced.stdout.startswith("[0]:[0]")
    assert f"aligner: warning: {es}: looks like es, not pt as given" in forced.stderr
    right = run_cli("align", es, en, "--format", "ladder")
    assert right.returncode == 0 and "warning" not in right.stderr
