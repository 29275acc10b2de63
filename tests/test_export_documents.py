"""`aligner export SOURCE TARGET`: aligned and checked on the way, findings as notes.

The texts are written for these tests: the translation changes a figure (450 → 540) and
leaves one source sentence untranslated.
"""

from __future__ import annotations

import defusedxml.ElementTree as ET

from aligner.io.bilingual import read_bilingual
from aligner.io.export import NOTE_FINDING, PROP_NOTE, XLIFF2_NS
from tests.conftest import run_cli

ES = (
    "El ayuntamiento aprobó ayer 450 nuevas viviendas sociales.\n\n"
    "Las obras empezarán en marzo y durarán dos años.\n\n"
    "La oposición votó en contra del proyecto.\n\n"
    "El alcalde dijo que el barrio necesita más transporte público.\n"
)
EN = (
    "The city council approved 540 new social housing units yesterday.\n\n"
    "Work will begin in March and last two years.\n\n"
    "The mayor said that the neighbourhood needs more public transport.\n"
)


def write_pair(tmp_path):
    src, tgt = tmp_path / "vivienda.es.txt", tmp_path / "vivienda.en.txt"
    src.write_text(ES, encoding="utf-8")
    tgt.write_text(EN, encoding="utf-8")
    return str(src), str(tgt)


def test_tmx_from_two_files_has_no_empty_units_and_carries_the_findings(tmp_path):
    src, tgt = write_pair(tmp_path)
    out = tmp_path / "vivienda.tmx"
    done = run_cli("export", src, tgt, "--to", "tmx", "-o", str(out), "--no-mt")
    assert done.returncode == 0, done.stderr
    assert "unmatched removed 1" in done.stderr
    root = ET.parse(str(out)).getroot()
    units = root.find("body").findall("tu")
    assert len(units) == 3
    for tu in units:
        assert all((seg.text or "").strip() for seg in tu.iter("seg"))
    notes = [p.text for tu in units for p in tu.findall("prop") if p.get("type") == PROP_NOTE]
    number = [n for n in notes if n.startswith("critical") and "450" in n and "540" in n]
    assert number, notes
    first = units[0]
    assert "540" in "".join(first.itertext())


def test_keep_unmatched_keeps_the_untranslated_sentence(tmp_path):
    src, tgt = write_pair(tmp_path)
    out = tmp_path / "vivienda.tmx"
    done = run_cli("export", src, tgt, "--to", "tmx", "-o", str(out), "--keep-unmatched",
                   "--no-embeddings", "--no-mt")  # fmt: skip
    assert done.returncode == 0, done.stderr
    units = read_bilingual(str(out))
    empty = [u for u in units if not u.tgt]
    assert [u.src for u in empty] == ["La oposición votó en contra del proyecto."]
    assert any("omitted" in note or "omission" in note for note in empty[0].notes)


def test_xliff_notes_have_a_priority_from_the_severity_and_read_back(tmp_path):
    src, tgt = write_pair(tmp_path)
    out = tmp_path / "vivienda.xlf"
    done = run_cli("export", src, tgt, "--to", "xliff", "-o", str(out), "--no-embeddings",
                   "--no-mt")  # fmt: skip
    assert done.returncode == 0, done.stderr
    root = ET.parse(str(out)).getroot()
    notes = [n for n in root.iter(f"{{{XLIFF2_NS}}}note") if n.get("category") == NOTE_FINDING]
    critical = [n for n in notes if n.text.startswith("critical ")]
    assert critical and all(n.get("priority") == "1" for n in critical)
    units = read_bilingual(str(out))
    assert sum(len(u.notes) for u in units) == len(notes)


def test_a_text_file_given_alone_is_refused_with_what_to_do(tmp_path):
    src, _tgt = write_pair(tmp_path)
    out = tmp_path / "x.tmx"
    done = run_cli("export", src, "--to", "tmx", "-o", str(out))
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"aligner: error: {src}: is not an alignment")
    assert "aligner export SOURCE TARGET" in lines[0]
    assert not out.exists()


def test_three_inputs_is_a_usage_error(tmp_path):
    src, tgt = write_pair(tmp_path)
    done = run_cli("export", src, tgt, src, "--to", "tmx", "-o", str(tmp_path / "x.tmx"))
    assert done.returncode == 2 and "give one ALIGNMENT file, or SOURCE and TARGET" in done.stderr
