"""Corpus export (aligner.io.export): round trips, properties, refusals and filters.

Texts here were written for these tests.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aligner.errors import OutputError
from aligner.io.bilingual import read_bilingual
from aligner.io.export import (
    FORMATS,
    Unit,
    export,
)
from aligner.io.filters import Filters, apply_filters
from tests.export_samples import (
    MOSES_SAMPLE,
    ONE_FILE_FORMATS,
    SAMPLE,
    XML_FORMATS,
    nfc,
    roundtrip,
    unit,
)

# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("fmt", ONE_FILE_FORMATS)
def test_roundtrip_keeps_every_unit_and_its_metadata(fmt, tmp_path):
    assert roundtrip(SAMPLE, fmt, str(tmp_path)) == nfc(SAMPLE)


def test_moses_roundtrip_keeps_texts_and_languages(tmp_path):
    back = roundtrip(MOSES_SAMPLE, "moses", str(tmp_path))
    assert [(u.src, u.tgt, u.src_lang, u.tgt_lang) for u in back] == [
        (u.src, u.tgt, u.src_lang, u.tgt_lang) for u in MOSES_SAMPLE
    ]
    # Without metadata, the bead shape comes from which sides have text.
    assert [u.bead for u in back] == ["1-1", "1-1", "1-1", "1-0", "0-1", "1-1"]


def test_moses_writes_one_file_per_language_line_parallel(tmp_path):
    out = str(tmp_path / "corpus")
    paths = export(MOSES_SAMPLE, "moses", out)
    assert paths == [out + ".es", out + ".ar"]
    src, tgt = (Path(p).read_text(encoding="utf-8").split("\n") for p in paths)
    assert len(src) == len(tgt) == len(MOSES_SAMPLE) + 1  # each line ends with "\n"
    assert src[3] == "Sólo en español." and tgt[3] == ""


def test_xliff_writes_one_file_element_per_document_keeping_documents_order(tmp_path):
    units = [
        unit(0, "a", "b", doc="uno"),
        unit(0, "c", "d", doc="dos dos"),
        unit(1, "e", "f", doc="uno"),
    ]
    for fmt in ("xliff", "xliff12"):
        back = roundtrip(units, fmt, str(tmp_path))
        assert [u.id for u in back] == ["uno:0", "uno:1", "dos dos:0"]
        assert sorted(back, key=lambda u: u.id) == sorted(units, key=lambda u: u.id)


def test_nfd_input_comes_back_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", "Café señor")
    back = roundtrip([unit(0, nfd, nfd)], "tmx", str(tmp_path))
    assert back[0].src == "Café señor" == unicodedata.normalize("NFC", nfd)


# --------------------------------------------------------------------------- property tests

# Characters XML 1.0 cannot carry at all, even as a character reference.
XML_ILLEGAL = [chr(c) for c in range(0x20) if c not in (0x9, 0xA, 0xD)] + ["\ufffe", "\uffff"]
LINE_BREAKS = list("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")

XML_TEXT = st.text(st.characters(codec="utf-8", exclude_characters=XML_ILLEGAL), max_size=30)
# TSV and JSONL carry any valid Unicode, except TSV's raw NUL (refused, tested below).
ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_characters=["\x00"]), max_size=30)
MOSES_TEXT = st.text(
    st.characters(codec="utf-8", exclude_characters=[*LINE_BREAKS, "\x00", "\ufeff"]),
    max_size=30,
)
PAIRS = st.sampled_from([("en", "fr"), ("ar", "he"), ("zh-Hant", "pt-BR"), ("es", "en")])
FINDINGS = st.lists(st.sampled_from(["number-mismatch", "omission", "entity"]), unique=True)
SCORES = st.none() | st.floats(allow_nan=False, allow_infinity=False)
BEADS = st.sampled_from(["1-1", "2-1", "1-2", "1-0", "0-1", "3-3"])


@st.composite
def unit_lists(draw, text: st.SearchStrategy[str]) -> list[Unit]:
    src_lang, tgt_lang = draw(PAIRS)
    doc = draw(text.filter(bool))
    return [
        Unit(
            id=f"{doc}:{n}",
            src=draw(text),
            tgt=draw(text),
            src_lang=src_lang,
            tgt_lang=tgt_lang,
            score=draw(SCORES),
            bead=draw(BEADS),
            doc=doc,
            findings=tuple(draw(FINDINGS)),
        )
        for n in range(draw(st.integers(1, 4)))
    ]


PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("fmt", XML_FORMATS)
@PROPERTY
@given(units=unit_lists(XML_TEXT))
def test_property_xml_roundtrip(fmt, units):
    with tempfile.TemporaryDirectory() as folder:
        assert roundtrip(units, fmt, folder) == nfc(units)


@pytest.mark.parametrize("fmt", ["tsv", "jsonl"])
@PROPERTY
@given(units=unit_lists(ANY_TEXT))
def test_property_text_format_roundtrip(fmt, units):
    with tempfile.TemporaryDirectory() as folder:
        assert roundtrip(units, fmt, folder) == nfc(units)


@PROPERTY
@given(units=unit_lists(MOSES_TEXT))
def test_property_moses_roundtrip(units):
    with tempfile.TemporaryDirectory() as folder:
        back = roundtrip(units, "moses", folder)
    assert [(u.src, u.tgt) for u in back] == [(u.src, u.tgt) for u in nfc(units)]


@pytest.mark.parametrize("fmt", XML_FORMATS)
@PROPERTY
@given(
    units=unit_lists(XML_TEXT),
    bad=st.sampled_from(XML_ILLEGAL),
    where=st.integers(0, 30),
    side=st.sampled_from(["src", "tgt"]),
)
def test_property_xml_illegal_character_is_a_clean_error_naming_the_unit(
    fmt, units, bad, where, side
):
    victim = units[-1]
    text = getattr(victim, side)
    spoiled = Unit(**{**victim.__dict__, side: text[:where] + bad + text[where:]})
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "corpus")
        with pytest.raises(OutputError) as info:
            export([*units[:-1], spoiled], fmt, out)
        assert os.listdir(folder) == []  # nothing written, not even a temp file
    assert repr(victim.id) in str(info.value)
    assert f"U+{ord(bad):04X}" in str(info.value)


@PROPERTY
@given(units=unit_lists(MOSES_TEXT), bad=st.sampled_from(LINE_BREAKS))
def test_property_moses_line_break_is_a_clean_error_naming_the_unit(units, bad):
    spoiled = Unit(**{**units[0].__dict__, "tgt": units[0].tgt + bad + "x"})
    with tempfile.TemporaryDirectory() as folder, pytest.raises(OutputError) as info:
        export([spoiled, *units[1:]], "moses", os.path.join(folder, "corpus"))
    assert repr(units[0].id) in str(info.value) and "Moses line" in str(info.value)


@pytest.mark.parametrize("fmt", FORMATS)
def test_lone_surrogate_is_refused_in_every_format(fmt, tmp_path):
    with pytest.raises(OutputError, match=r"'nota:0'.*U\+D800"):
        export([unit(0, "a\ud800b", "c")], fmt, str(tmp_path / "out"))


def test_nul_is_refused_in_tsv_and_moses_but_jsonl_escapes_it(tmp_path):
    units = [unit(0, "a\x00b", "c")]
    for fmt in ("tsv", "moses"):
        with pytest.raises(OutputError, match="U\\+0000"):
            export(units, fmt, str(tmp_path / f"out.{fmt}"))
    assert roundtrip(units, "jsonl", str(tmp_path)) == units


def test_control_characters_are_refused_for_xml_but_kept_by_tsv_and_jsonl(tmp_path):
    units = [unit(0, "start\x01\x0bend", "ok\x1f")]
    with pytest.raises(OutputError, match=r"unit 'nota:0': source text has U\+0001 at character 5"):
        export(units, "tmx", str(tmp_path / "out.tmx"))
    for fmt in ("tsv", "jsonl"):
        assert roundtrip(units, fmt, str(tmp_path)) == units


# --------------------------------------------------------------------------- refusals on export


def test_mixed_language_pairs_are_refused_for_pair_formats(tmp_path):
    units = [unit(0, "a", "b"), unit(1, "c", "d", tgt_lang="fr")]
    for fmt in ("tmx", "xliff", "xliff12", "moses"):
        with pytest.raises(OutputError, match="mix language pairs"):
            export(units, fmt, str(tmp_path / "out"))
    assert len(roundtrip(units, "jsonl", str(tmp_path))) == 2  # per-row languages are fine


def test_moses_with_the_same_language_on_both_sides_is_refused(tmp_path):
    with pytest.raises(OutputError, match="collide"):
        export([unit(0, "a", "b", tgt_lang="es")], "moses", str(tmp_path / "out"))
    assert os.listdir(tmp_path) == []


def test_nothing_to_export_duplicate_ids_and_bad_metadata_are_refused(tmp_path):
    out = str(tmp_path / "out.tmx")
    with pytest.raises(OutputError, match="no units"):
        export([], "tmx", out)
    with pytest.raises(OutputError, match="appears twice"):
        export([unit(0, "a", "b"), unit(0, "c", "d")], "tmx", out)
    with pytest.raises(OutputError, match="finite"):
        export([unit(0, "a", "b", score=float("nan"))], "jsonl", out)
    with pytest.raises(OutputError, match="language"):
        export([unit(0, "a", "b", src_lang="not a tag")], "xliff", out)
    with pytest.raises(OutputError, match="finding type"):
        export([unit(0, "a", "b", findings=("a,b",))], "tsv", out)
    with pytest.raises(ValueError, match="unknown export format"):
        export([unit(0, "a", "b")], "docx", out)
    assert os.listdir(tmp_path) == []


def test_export_to_a_missing_folder_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="folder does not exist"):
        export(SAMPLE, "tmx", str(tmp_path / "no" / "such.tmx"))


def test_export_replaces_an_existing_file_whole(tmp_path):
    out = str(tmp_path / "out.jsonl")
    export(SAMPLE, "jsonl", out)
    export(SAMPLE[:1], "jsonl", out)
    assert read_bilingual(out) == SAMPLE[:1]


# --------------------------------------------------------------------------- filters

FILTER_UNITS = [
    unit(0, "Buenos días.", "صباح الخير.", score=0.95),
    unit(1, "Buenos   días.", " صباح الخير. ", score=0.9),  # same as 0 after folding
    unit(2, "Hola", "مرحبا", score=0.2),
    unit(3, "Una frase muy larga que sigue y sigue.", "قصير", score=0.99),
    unit(4, "Sólo aquí.", "", bead="1-0", score=0.99),
    unit(5, "Dos. Frases.", "جملتان.", bead="2-1", score=0.99),
    unit(6, "Sin puntuación", "بلا نقاط", score=None),
]


def test_no_filters_keep_everything_and_report_nothing():
    assert apply_filters(FILTER_UNITS, Filters()) == (FILTER_UNITS, {})


def test_each_filter_alone():
    def ids(filters: Filters) -> list[int]:
        kept, _ = apply_filters(FILTER_UNITS, filters)
        return [int(u.id.split(":")[1]) for u in kept]

    assert ids(Filters(min_score=0.9)) == [0, 1, 3, 4, 5]  # no score cannot pass a minimum
    assert ids(Filters(one_to_one=True)) == [0, 1, 2, 3, 6]
    assert ids(Filters(drop_null=True)) == [0, 1, 2, 3, 5, 6]
    assert ids(Filters(dedupe=True)) == [0, 2, 3, 4, 5, 6]
    # 38 characters against 4: dropped; a null unit has no ratio and is left to drop_null.
    assert ids(Filters(max_length_ratio=3.0)) == [0, 1, 2, 4, 5, 6]


def test_length_ratio_works_either_way():
    long_target = [unit(0, "Corto", "نص طويل جدا جدا جدا جدا")]
    assert apply_filters(long_target, Filters(max_length_ratio=2))[0] == []
    assert apply_filters(long_target, Filters(max_length_ratio=5))[0] == long_target


def test_filters_report_removed_counts_in_the_order_applied():
    kept, removed = apply_filters(
        FILTER_UNITS,
        Filters(min_score=0.5, one_to_one=True, drop_null=True, dedupe=True, max_length_ratio=3),
    )
    assert [u.id for u in kept] == ["nota:0"]
    assert removed == {
        "min_score": 2,
        "one_to_one": 2,
        "drop_null": 0,
        "max_length_ratio": 1,
        "dedupe": 1,
    }
    assert list(removed) == ["min_score", "one_to_one", "drop_null", "max_length_ratio", "dedupe"]


def test_drop_null_also_drops_a_whitespace_only_side():
    kept, removed = apply_filters([unit(0, "Texto", "   ")], Filters(drop_null=True))
    assert kept == [] and removed == {"drop_null": 1}


def test_filter_settings_are_checked():
    with pytest.raises(ValueError):
        Filters(max_length_ratio=0.5)
    with pytest.raises(ValueError):
        Filters(min_score=float("nan"))
