"""Bad and odd input through the real CLI: refused cleanly (exit 2, one line) or accepted.

Every text and byte string in this file was written for these tests.

A refusal must: exit 2, print exactly one stderr line naming the file and the
problem, print no traceback, and leave no output file (nor an ``.aligner-*.tmp``
temp file) behind when ``-o`` was given. Odd-but-usable input must exit 0 with a
correct result. Most cases use ``--no-embeddings`` (and ``--no-mt``): they are
about reading input, not about meaning. See docs/limits.md.
"""

from __future__ import annotations

import codecs
import json
import os
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import run_cli

# ------------------------------------------------------- texts written for the tests

EN = "The river was high. The bridge was closed. We waited until noon.\n"
DE = "Der Fluss war hoch. Die Brücke war gesperrt. Wir warteten bis Mittag.\n"

# Long enough (≥ 300 characters) for language detection to trust itself.
EN_LONG = (
    "The council met on Monday to discuss the new library. Several members said the "
    "building was too small for the town. Others wanted to keep the old reading room "
    "open during the work. The mayor promised a decision before the summer holidays. "
    "Many residents came to listen and asked questions about the cost of the project.\n"
)
DE_LONG = (
    "Der Rat traf sich am Montag, um über die neue Bibliothek zu sprechen. Mehrere "
    "Mitglieder sagten, das Gebäude sei für die Stadt zu klein. Andere wollten den alten "
    "Lesesaal während der Arbeiten offen halten. Der Bürgermeister versprach eine "
    "Entscheidung vor den Sommerferien. Viele Einwohner kamen und fragten nach den Kosten.\n"
)

GOOD_TSV = "The river was high.\tDer Fluss war hoch.\nWe waited.\tWir warteten.\n"

ALIGN_JSONL = (
    json.dumps(
        {
            "header": {
                "aligner": "test",
                "src_path": "s.txt",
                "tgt_path": "t.txt",
                "src_lang": "en",
                "tgt_lang": "de",
                "src_sentences": 1,
                "tgt_sentences": 1,
                "quality": 1.0,
            }
        }
    )
    + "\n"
    + json.dumps(
        {
            "bead": 0,
            "type": "1-1",
            "src": [0],
            "tgt": [0],
            "src_text": "The river was high.",
            "tgt_text": "Der Fluss war hoch.",
            "score": 0.9,
        }
    )
    + "\n"
)

BAD_TMX = '<?xml version="1.0"?>\n<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>Hi</tuv>'
XLIFF_BOMB = (
    '<?xml version="1.0"?>\n'
    '<!DOCTYPE xliff [\n <!ENTITY a "aaaaaaaaaa">\n'
    ' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n'
    ' <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n'
    '<xliff version="1.2"><file source-language="en" target-language="de"><body>'
    '<trans-unit id="1"><source>&c;</source><target>x</target></trans-unit>'
    "</body></file></xliff>\n"
)
WRONG_ROOT_XML = '<?xml version="1.0"?>\n<html><body>Hi</body></html>\n'

UTF16_NO_BOM = EN.encode("utf-16-le")
LATIN1 = "Le café était fermé à midi.\n".encode("latin-1")
BINARY = b"\x00\x01\x02\x03\xff\xfe\x00\x00" * 8
NUL_MID = b"The river was high. The bridge\x00 was closed. We waited until noon.\n"
BAD_UTF16_BOM = codecs.BOM_UTF16_LE + b"T\x00h\x00\x00\xd8"  # BOM, then a lone surrogate

NO_EMB = ("--no-embeddings",)
LANGS = ("--src-lang", "en", "--tgt-lang", "de")


# --------------------------------------------------------------------------- helpers


def _write(folder: Path, files: dict[str, str | bytes | None]) -> None:
    for name, content in files.items():
        path = folder / name
        if content is None:  # a directory
            path.mkdir()
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def _args(folder: Path, argv: tuple[str, ...]) -> list[str]:
    return [a.replace("{d}", str(folder)) for a in argv]


def _leftovers(folder: Path, before: set[str]) -> set[str]:
    return {p.name for p in folder.iterdir()} - before


def assert_refused(result, names: str, problem: str) -> None:
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("aligner: error: "), lines[0]
    assert names in lines[0], (names, lines[0])
    assert problem in lines[0], (problem, lines[0])


# --------------------------------------------------------------------------- refusals

# (id, files, argv, name the error line must contain, problem it must contain)
# "{d}" is the test's own folder; "out.*" outputs must not appear there.
REFUSED = [
    # align: the reader's refusals
    ("align-empty-src", {"s.txt": "", "t.txt": DE},
     ("align", "{d}/s.txt", "{d}/t.txt", *NO_EMB, "-o", "{d}/out.jsonl"), "s.txt", "is empty"),
    ("align-empty-tgt", {"s.txt": EN, "t.txt": ""},
     ("align", "{d}/s.txt", "{d}/t.txt", *NO_EMB, "-o", "{d}/out.jsonl"), "t.txt", "is empty"),
    ("align-whitespace-src", {"s.txt": " \n\t\r\n  \n", "t.txt": DE},
     ("align", "{d}/s.txt", "{d}/t.txt", *NO_EMB, "-o", "{d}/out.txt"), "s.txt",
     "contains only whitespace"),
    ("align-whitespace-tgt-langs", {"s.txt": EN, "t.txt": "\u3000 \n\n"},
     ("align", "{d}/s.txt", "{d}/t.txt", *LANGS, *NO_EMB), "t.txt", "contains only whitespace"),
    ("align-bom-only", {"s.txt": codecs.BOM_UTF8, "t.txt": DE},
     ("align", "{d}/s.txt", "{d}/t.txt", *NO_EMB, "-o", "{d}/out.txt"), "s.txt", "is empty"),
    ("align-binary", {"s.txt": BINARY, "t.txt": DE},
     ("align", "{d}/s.txt", "{d}/t.txt", *NO_EMB, "-o", "{d}/out.txt"), "s.txt", "looks binary"),
    ("align-nul-mid-text", {"s.txt": EN, "t.txt": NUL_MID},
     ("align", "{d}/s.txt", "{d}/t.txt", *NO_EMB, "-o", "{d}/out.txt"), "t.txt", "NUL bytes"),
    ("align-utf16-no-bom", {"s.txt": UTF16_NO_BOM, "t.txt": DE},
     ("align", "{d}/s.txt", "{d}/t.txt", *NO_EMB, "-o", "{d}/out.txt"), "s.txt",
     "UTF-16 without a byte-order mark"),
    ("align-utf16-bom-invalid", {"s.txt": BAD_UTF16_BOM, "t.txt": DE},
     ("align", "{d}/s.txt", "{d}/t.txt", *NO_EMB, "-o", "{d}/out.txt"), "s.txt",
     "not valid UTF-16"),
    ("align-latin1", {"s.txt": EN, "t.txt": LATIN1},
     ("align", "{d}/s.txt", "{d}/t.txt", *NO_EMB, "-o", "{d}/out.txt"), "t.txt",
     "is not valid UTF-8 (byte 0xe9"),
    ("align-directory", {"s": None, "t.txt": DE},
     ("align", "{d}/s", "{d}/t.txt", *NO_EMB, "-o", "{d}/out.txt"), "s", "is a directory"),
    ("align-missing", {"t.txt": DE},
     ("align", "{d}/nope.txt", "{d}/t.txt", *NO_EMB, "-o", "{d}/out.txt"), "nope.txt",
     "no such file"),
    ("align-output-folder-missing", {"s.txt": EN, "t.txt": DE},
     ("align", "{d}/s.txt", "{d}/t.txt", *LANGS, *NO_EMB, "-o", "/nonexistent/x.align"),
     "/nonexistent/x.align", "output folder does not exist"),
    # check: documents and --pairs
    ("check-empty-src", {"s.txt": "", "t.txt": DE},
     ("check", "{d}/s.txt", "{d}/t.txt", "--no-embeddings", "--no-mt", "-o", "{d}/out.json"),
     "s.txt", "is empty"),
    ("check-binary-tgt", {"s.txt": EN, "t.txt": BINARY},
     ("check", "{d}/s.txt", "{d}/t.txt", "--no-embeddings", "--no-mt", "-o", "{d}/out.json"),
     "t.txt", "looks binary"),
    ("check-output-folder-missing", {"s.txt": EN, "t.txt": DE},
     ("check", "{d}/s.txt", "{d}/t.txt", *LANGS, "--no-embeddings", "--no-mt",
      "-o", "/nonexistent/x.json"), "/nonexistent/x.json", "output folder does not exist"),
    ("check-pairs-three-columns", {"p.tsv": "a\tb\n1\t2\t3\n"},
     ("check", "--pairs", "{d}/p.tsv", *LANGS, "--no-embeddings", "--no-mt",
      "-o", "{d}/out.txt"), "p.tsv", "line 2: expected 2 tab-separated columns, found 3"),
    ("check-pairs-one-column", {"p.tsv": "The river was high.\n"},
     ("check", "--pairs", "{d}/p.tsv", *LANGS, "--no-embeddings", "--no-mt",
      "-o", "{d}/out.txt"), "p.tsv", "line 1: expected 2 tab-separated columns, found 1"),
    ("check-pairs-empty", {"p.tsv": ""},
     ("check", "--pairs", "{d}/p.tsv", *LANGS, "--no-embeddings", "--no-mt",
      "-o", "{d}/out.txt"), "p.tsv", "is empty"),
    ("check-pairs-latin1", {"p.tsv": b"caf\xe9\tCaf\xe9\n"},
     ("check", "--pairs", "{d}/p.tsv", *LANGS, "--no-embeddings", "--no-mt"),
     "p.tsv", "is not valid UTF-8"),
    ("check-pairs-missing", {},
     ("check", "--pairs", "{d}/p.tsv", *LANGS, "--no-embeddings", "--no-mt"),
     "p.tsv", "no such file"),
    ("check-pairs-directory", {"p": None},
     ("check", "--pairs", "{d}/p", *LANGS, "--no-embeddings", "--no-mt"),
     "p", "is a directory"),
    # qa: documents and --pairs (bilingual files)
    ("qa-empty-tgt", {"s.txt": EN, "t.txt": ""},
     ("qa", "{d}/s.txt", "{d}/t.txt", "--no-embeddings", "--no-mt", "-o", "{d}/out.html"),
     "t.txt", "is empty"),
    ("qa-pairs-malformed-tmx", {"p.tmx": BAD_TMX},
     ("qa", "--pairs", "{d}/p.tmx", "--no-embeddings", "--no-mt", "-o", "{d}/out.json"),
     "p.tmx", "is not well-formed XML"),
    ("qa-pairs-xliff-entity-bomb", {"p.xlf": XLIFF_BOMB},
     ("qa", "--pairs", "{d}/p.xlf", "--no-embeddings", "--no-mt", "-o", "{d}/out.json"),
     "p.xlf", "declares XML entities"),
    ("qa-pairs-wrong-root", {"p.xml": WRONG_ROOT_XML},
     ("qa", "--pairs", "{d}/p.xml", "--no-embeddings", "--no-mt", "-o", "{d}/out.json"),
     "p.xml", "root element is <html>"),
    ("qa-pairs-unknown-format", {"p.txt": "just a line of prose\n"},
     ("qa", "--pairs", "{d}/p.txt", "--no-embeddings", "--no-mt", "-o", "{d}/out.json"),
     "p.txt", "cannot tell the format"),
    ("qa-pairs-binary", {"p.tsv": BINARY},
     ("qa", "--pairs", "{d}/p.tsv", "--no-embeddings", "--no-mt"), "p.tsv", "looks binary"),
    ("qa-pairs-missing", {},
     ("qa", "--pairs", "{d}/p.tmx", "--no-embeddings", "--no-mt"), "p.tmx", "no such file"),
    # export: aligner's JSONL
    ("export-not-json", {"a.jsonl": "{this is not json\n"},
     ("export", "{d}/a.jsonl", "--to", "tmx", "-o", "{d}/out.tmx"), "a.jsonl",
     "line 1: not valid JSON"),
    ("export-no-header", {"a.jsonl": ALIGN_JSONL.split("\n", 1)[1]},
     ("export", "{d}/a.jsonl", "--to", "tsv", "-o", "{d}/out.tsv"), "a.jsonl", "header"),
    ("export-not-object", {"a.jsonl": ALIGN_JSONL + "[1, 2]\n"},
     ("export", "{d}/a.jsonl", "--to", "tmx", "-o", "{d}/out.tmx"), "a.jsonl",
     "line 3: expected a JSON object"),
    ("export-bad-bead-type", {"a.jsonl": ALIGN_JSONL.replace('"1-1"', '"one"')},
     ("export", "{d}/a.jsonl", "--to", "xliff", "-o", "{d}/out.xlf"), "a.jsonl",
     "'type' must be a bead shape"),
    ("export-empty", {"a.jsonl": ""},
     ("export", "{d}/a.jsonl", "--to", "tmx", "-o", "{d}/out.tmx"), "a.jsonl", "is empty"),
    ("export-missing", {},
     ("export", "{d}/a.jsonl", "--to", "tmx", "-o", "{d}/out.tmx"), "a.jsonl", "no such file"),
    ("export-output-folder-missing", {"a.jsonl": ALIGN_JSONL},
     ("export", "{d}/a.jsonl", "--to", "tmx", "-o", "/nonexistent/x.tmx"),
     "/nonexistent/x.tmx", "output folder does not exist"),
    # eval: ladders
    ("eval-non-ladder", {"g.ladder": "[0]:[0]:1.0\n", "p.ladder": EN},
     ("eval", "{d}/g.ladder", "{d}/p.ladder"), "p.ladder", "line 1: not a ladder bead"),
    ("eval-score-not-number", {"g.ladder": "[0]:[0]:1.0\n", "p.ladder": "[0]:[0]:x\n"},
     ("eval", "{d}/g.ladder", "{d}/p.ladder"), "p.ladder", "not"),
    ("eval-empty-gold", {"g.ladder": "", "p.ladder": "[0]:[0]:1.0\n"},
     ("eval", "{d}/g.ladder", "{d}/p.ladder"), "g.ladder", "is empty"),
    ("eval-missing", {"g.ladder": "[0]:[0]:1.0\n"},
     ("eval", "{d}/g.ladder", "{d}/p.ladder"), "p.ladder", "no such file"),
    ("eval-different-documents",
     {"g.ladder": "[0]:[0]:1.0\n", "p.ladder": "[0]:[0]:1.0\n[1]:[1]:1.0\n"},
     ("eval", "{d}/g.ladder", "{d}/p.ladder"), "p.ladder", "not the same document pair"),
    # batch
    ("batch-empty-folder", {"corpus": None},
     ("batch", "{d}/corpus", "-o", "{d}/out", "--no-embeddings"), "corpus",
     "no document pairs found"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("files", "argv", "names", "problem"),
    [pytest.param(*case[1:], id=case[0]) for case in REFUSED],
)
def test_refused(tmp_path, files, argv, names, problem):
    _write(tmp_path, files)
    before = {p.name for p in tmp_path.iterdir()}
    result = run_cli(*_args(tmp_path, argv))
    assert_refused(result, names, problem)
    assert result.stdout == ""
    assert not _leftovers(tmp_path, before), _leftovers(tmp_path, before)
    assert not list(tmp_path.glob(".aligner-*.tmp"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
@pytest.mark.parametrize("command", ["align", "check"])
def test_unreadable_file_refused(tmp_path, command):
    (tmp_path / "s.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "t.txt").write_text(DE, encoding="utf-8")
    os.chmod(tmp_path / "t.txt", 0)
    extra = ("--no-mt",) if command == "check" else ()
    try:
        result = run_cli(command, str(tmp_path / "s.txt"), str(tmp_path / "t.txt"),
                         "--no-embeddings", *extra, "-o", str(tmp_path / "out.txt"))  # fmt: skip
    finally:
        os.chmod(tmp_path / "t.txt", 0o644)
    assert_refused(result, "t.txt", "permission denied")
    assert not (tmp_path / "out.txt").exists()
    assert not list(tmp_path.glob(".aligner-*.tmp"))


# --------------------------------------------------------------------------- accepted


def _align_jsonl(tmp_path: Path, src: bytes, tgt: bytes, *extra: str):
    (tmp_path / "s.txt").write_bytes(src)
    (tmp_path / "t.txt").write_bytes(tgt)
    out = tmp_path / "out.jsonl"
    result = run_cli("align", str(tmp_path / "s.txt"), str(tmp_path / "t.txt"), *LANGS,
                     "--format", "jsonl", "-o", str(out), *extra)  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert not list(tmp_path.glob(".aligner-*.tmp"))
    return result, lines[0]["header"], lines[1:]


def _assert_offsets(beads: list[dict], src_text: str, tgt_text: str) -> None:
    """Every bead's offsets cut its own text out of the original (decoded) file."""
    for bead in beads:
        for side, text in (("src", src_text), ("tgt", tgt_text)):
            pieces = [text[a:b] for a, b in bead[f"{side}_offsets"]]
            for piece in pieces:
                # The JSONL text drops control/format characters; the offsets do not.
                def visible(t: str) -> str:
                    return "".join(c for c in t if not unicodedata.category(c).startswith("C"))

                assert visible(piece) in visible(bead[f"{side}_text"]), (piece, bead)


ACCEPTED_ENCODINGS = [
    pytest.param(codecs.BOM_UTF16_LE, "utf-16-le", id="utf16-le-bom"),
    pytest.param(codecs.BOM_UTF16_BE, "utf-16-be", id="utf16-be-bom"),
    pytest.param(codecs.BOM_UTF8, "utf-8", id="utf8-bom"),
]


@pytest.mark.parametrize(("bom", "encoding"), ACCEPTED_ENCODINGS)
def test_bom_encodings_accepted(tmp_path, bom, encoding):
    _result, header, beads = _align_jsonl(
        tmp_path, bom + EN.encode(encoding), DE.encode("utf-8"), *NO_EMB
    )
    assert (header["src_sentences"], header["tgt_sentences"]) == (3, 3)
    assert [b["src_text"] for b in beads] == [
        "The river was high.", "The bridge was closed.", "We waited until noon."
    ]  # fmt: skip
    assert [b["type"] for b in beads] == ["1-1"] * 3
    _assert_offsets(beads, EN, DE)


def test_utf16_bom_with_the_model(tmp_path):
    """The one case here that runs the real e5 model: UTF-16 in, a correct alignment out."""
    _result, header, beads = _align_jsonl(
        tmp_path, codecs.BOM_UTF16_LE + EN.encode("utf-16-le"), DE.encode("utf-8")
    )
    assert "emb:none" not in header["aligner"]
    assert [(b["src"], b["tgt"]) for b in beads] == [([0], [0]), ([1], [1]), ([2], [2])]


def test_mixed_line_endings_offsets_index_the_original(tmp_path):
    src = "Hello there.\r\nHow are you?\rI am fine.\nGood.\r\n"
    tgt = "Hallo dort.\nWie geht es dir?\r\nMir geht es gut.\rGut.\n"
    _result, header, beads = _align_jsonl(
        tmp_path, src.encode(), tgt.encode(), "--presegmented", *NO_EMB
    )
    assert (header["src_sentences"], header["tgt_sentences"]) == (4, 4)
    for bead in beads:
        (a, b), (c, d) = bead["src_offsets"][0], bead["tgt_offsets"][0]
        assert src[a:b] == bead["src_text"]
        assert tgt[c:d] == bead["tgt_text"]
    assert [b["src_text"] for b in beads] == ["Hello there.", "How are you?", "I am fine.", "Good."]


ODD_TEXTS = [
    pytest.param(
        "The river was high.\n...\n!!! ???\n1984\nWe waited.\n",
        "Der Fluss war hoch.\n...\n!!! ???\n1984\nWir warteten.\n",
        id="punctuation-and-digit-lines",
    ),
    pytest.param(
        "The river\u200b was high.\nThe \u202ebridge\u202c was\u00ad closed.\nWe\u200d waited.\n",
        "Der Fluss\u200b war hoch.\nDie \u202eBrücke\u202c war gesperrt.\nWir\u200d warteten.\n",
        id="zero-width-and-rtl-marks",
    ),
    pytest.param(
        "The river\x07 was high.\nThe bridge\x1b was closed.\nWe\x0c waited.\n",
        "Der Fluss\x07 war hoch.\nDie Brücke\x1b war gesperrt.\nWir\x0c warteten.\n",
        id="control-characters",
    ),
    pytest.param(
        'He said "the river was high.\nShe said "he said \'it is \u201cclosed\u201d\' today".\n'
        "We waited.\u201d\n",
        'Er sagte "der Fluss war hoch.\n'
        "Sie sagte \"er sagte 'sie ist \u201egesperrt\u201c' heute\".\n"
        "Wir warteten.\u201c\n",
        id="unbalanced-and-nested-quotes",
    ),
    pytest.param(
        "\u05d4\u05e0\u05d4\u05e8 \u05d4\u05d9\u05d4 \u05d2\u05d1\u05d5\u05d4.\nWe waited.\n",
        "\u05d4\u05e0\u05d4\u05e8 \u05d4\u05d9\u05d4 \u05d2\u05d1\u05d5\u05d4.\nWir warteten.\n",
        id="right-to-left-script",
    ),
]


@pytest.mark.parametrize(("src", "tgt"), ODD_TEXTS)
def test_odd_text_accepted(tmp_path, src, tgt):
    _result, header, beads = _align_jsonl(
        tmp_path, src.encode(), tgt.encode(), "--presegmented", *NO_EMB
    )
    lines = src.splitlines()
    assert header["src_sentences"] == len(lines)
    assert [(b["src"], b["tgt"]) for b in beads] == [([k], [k]) for k in range(len(lines))]
    _assert_offsets(beads, src, tgt)


@pytest.mark.parametrize("src", [t.values[0] for t in ODD_TEXTS[:4]], ids=lambda s: "")
def test_odd_text_check_pairs_accepted(tmp_path, src):
    """The same odd lines as already-aligned pairs: one result per input line."""
    lines = src.splitlines()
    (tmp_path / "p.tsv").write_text(
        "".join(f"{line}\t{line}\n" for line in lines), encoding="utf-8"
    )
    result = run_cli("check", "--pairs", str(tmp_path / "p.tsv"), *LANGS,
                     "--no-embeddings", "--no-mt", "--format", "jsonl")  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["index"] for r in records] == list(range(len(lines)))


def test_check_pairs_blank_line_kept_for_numbering(tmp_path):
    (tmp_path / "p.tsv").write_text("a.\tb.\n\n" + GOOD_TSV, encoding="utf-8")
    result = run_cli("check", "--pairs", str(tmp_path / "p.tsv"), *LANGS,
                     "--no-embeddings", "--no-mt", "--format", "jsonl")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert [json.loads(line)["index"] for line in result.stdout.splitlines()] == [0, 1, 2, 3]


def test_identical_source_and_target_refused_unless_forced(tmp_path):
    # Before issue 15: a warning and a run of 1-1 beads; now refused, and forced it warns.
    (tmp_path / "s.txt").write_text(EN_LONG, encoding="utf-8")
    (tmp_path / "t.txt").write_text(EN_LONG, encoding="utf-8")
    argv = ["align", str(tmp_path / "s.txt"), str(tmp_path / "t.txt"), *NO_EMB, "--format",
            "ladder"]  # fmt: skip
    refused = run_cli(*argv)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.strip().splitlines() == [
        f"aligner: error: {tmp_path / 't.txt'}: has the same text as {tmp_path / 's.txt'}; "
        "is it the translation? (--force to go on anyway)"
    ]
    result = run_cli(*argv, "--force")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("aligner: warning:")]
    assert len(warnings) == 1, result.stderr
    assert "has the same text" in warnings[0]
    assert result.stdout.splitlines() == [f"[{k}]:[{k}]" for k in range(5)] or all(
        line.startswith(f"[{k}]:[{k}]") for k, line in enumerate(result.stdout.splitlines())
    )


def test_swapped_languages_refused_unless_forced(tmp_path):
    (tmp_path / "s.txt").write_text(DE_LONG, encoding="utf-8")
    (tmp_path / "t.txt").write_text(EN_LONG, encoding="utf-8")
    out = tmp_path / "out.ladder"
    argv = ["align", str(tmp_path / "s.txt"), str(tmp_path / "t.txt"), *LANGS, *NO_EMB,
            "--format", "ladder", "-o", str(out)]  # fmt: skip
    refused = run_cli(*argv)
    assert refused.returncode == 2 and "swapped" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and not out.exists()
    result = run_cli(*argv, "--force")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("aligner: warning:")]
    assert len(warnings) == 1, result.stderr
    assert "swapped" in warnings[0]
    assert out.read_text(encoding="utf-8").strip()


def test_qa_pairs_tsv_with_odd_lines_accepted(tmp_path):
    (tmp_path / "p.tsv").write_text(GOOD_TSV + "1984\t1984\n...\t...\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = run_cli("qa", "--pairs", str(tmp_path / "p.tsv"), *LANGS,
                     "--no-embeddings", "--no-mt", "-o", str(out))  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    json.loads(out.read_text(encoding="utf-8"))
    assert not list(tmp_path.glob(".aligner-*.tmp"))


def test_export_roundtrip_of_a_minimal_alignment(tmp_path):
    (tmp_path / "a.jsonl").write_text(ALIGN_JSONL, encoding="utf-8")
    out = tmp_path / "out.tsv"
    result = run_cli("export", str(tmp_path / "a.jsonl"), "--to", "tsv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "The river was high.\tDer Fluss war hoch." in out.read_text(encoding="utf-8")


def test_wrong_language_pair_given_refused_and_forced_warns_for_each_side(tmp_path):
    (tmp_path / "s.txt").write_text(DE_LONG, encoding="utf-8")
    (tmp_path / "t.txt").write_text(EN_LONG, encoding="utf-8")
    argv = ["align", str(tmp_path / "s.txt"), str(tmp_path / "t.txt"),
            "--src-lang", "es", "--tgt-lang", "fr", *NO_EMB]  # fmt: skip
    refused = run_cli(*argv)
    assert refused.returncode == 2 and "s.txt: looks like de, not es" in refused.stderr
    result = run_cli(*argv, "--force")
    assert result.returncode == 0, result.stderr
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("aligner: warning:")]
    assert any("s.txt: looks like de, not es" in w for w in warnings), warnings
    assert any("t.txt: looks like en, not fr" in w for w in warnings), warnings
    assert "Traceback" not in result.stderr


TMX_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en"/><body>\n'
)
TU_BOTH = (
    '<tu><tuv xml:lang="en"><seg>The river was high.</seg></tuv>'
    '<tuv xml:lang="de"><seg>Der Fluss war hoch.</seg></tuv></tu>\n'
)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param(
            "p.tmx",
            TMX_HEAD
            + TU_BOTH
            + '<tu><tuv xml:lang="en"><seg>The bridge was closed.</seg></tuv></tu>\n'
            + "</body></tmx>\n",
            id="tmx-tu-without-target",
        ),
        pytest.param(
            "p.xlf",
            '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" '
            'target-language="de" datatype="plaintext" original="x"><body>'
            '<trans-unit id="1"><source>The river was high.</source>'
            "<target>Der Fluss war hoch.</target></trans-unit>"
            '<trans-unit id="2"><source>The bridge was closed.</source></trans-unit>'
            "</body></file></xliff>\n",
            id="xliff-unit-without-target",
        ),
    ],
)
def test_missing_target_segment_is_reported_as_omitted(tmp_path, name, content):
    """A unit with no translation is data, not a broken file: QA flags it, nothing is dropped."""
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = run_cli("qa", "--pairs", str(tmp_path / name), "--no-embeddings", "--no-mt",
                     "--format", "json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [s["source"] for s in report["segments"]] == [
        "The river was high.", "The bridge was closed."
    ]  # fmt: skip
    assert report["segments"][1]["target"] == ""
    assert [f["check"] for f in report["segments"][1]["findings"]] == ["qa.omitted"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        pytest.param(TMX_HEAD + '<tu><tuv xml:lang="en"></tuv>' + TU_BOTH[4:] + "</body></tmx>",
                     "a <tuv> has no <seg>", id="tmx-tuv-without-seg"),
        pytest.param(TMX_HEAD + "</body></tmx>\n", "contains no translation units",
                     id="tmx-without-units"),
    ],
)  # fmt: skip
def test_tmx_missing_segments_refused(tmp_path, content, problem):
    (tmp_path / "p.tmx").write_text(content, encoding="utf-8")
    result = run_cli("qa", "--pairs", str(tmp_path / "p.tmx"), "--no-embeddings", "--no-mt",
                     "-o", str(tmp_path / "out.html"))  # fmt: skip
    assert_refused(result, "p.tmx", problem)
    assert not (tmp_path / "out.html").exists()
