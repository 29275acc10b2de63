"""Corpus export (aligner.io.export) and reading bilingual files back (aligner.io.bilingual).

Texts here were written for these tests. The schemas below are subsets written for this
file from the TMX 1.4b and XLIFF 1.2 / 2.1 specifications: no package on PyPI ships the
official TMX DTD or XLIFF XSDs, and nothing else may be downloaded here. Each subset covers
exactly the elements and attributes aligner writes (required ones required, content models
in the order the specs impose), so it is stricter than the full grammar for our output.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import unicodedata
from io import StringIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from aligner.errors import InputError, OutputError
from aligner.io.bilingual import read_bilingual, read_moses, sniff_format, tsv_unescape
from aligner.io.export import (
    FORMATS,
    XLIFF2_NS,
    XLIFF12_NS,
    XML_LANG,
    Unit,
    export,
    read_alignment_jsonl,
    render,
    tsv_escape,
)
from aligner.io.filters import Filters, apply_filters
from aligner.io.output import _tsv_cell, to_jsonl, to_tsv
from aligner.types import Alignment, Bead, Document, Sentence

ONE_FILE_FORMATS = [f for f in FORMATS if f != "moses"]
XML_FORMATS = ["tmx", "xliff", "xliff12"]

# --------------------------------------------------------------------------- sample data


def unit(n: int, src: str, tgt: str, bead: str = "1-1", score: float | None = 0.9, **kw) -> Unit:
    fields = {"src_lang": "es", "tgt_lang": "ar", "doc": "nota", "findings": ()} | kw
    return Unit(id=f"{fields['doc']}:{n}", src=src, tgt=tgt, score=score, bead=bead, **fields)


# Everything the brief names: guillemets, emoji, RTL, markup characters, edge spaces,
# tabs and line breaks inside a segment, and the empty side of null beads.
SAMPLE = [
    unit(0, "«Hola», dijo.", "«مرحبا»، قال.", findings=("number-mismatch", "entity")),
    unit(1, 'Precio <5 € & "oferta"', 'السعر <5 € & "عرض"', score=0.123456789),
    unit(2, "  espacios al borde ", " שלום עולם  ", score=None),
    unit(3, "Sólo en español.", "", bead="1-0", score=0.41),
    unit(4, "", "إضافة فقط.", bead="0-1", score=0.38),
    unit(5, "Dos frases. Aquí 🎉👍🏽.", "جملة واحدة 🎉👍🏽.", bead="2-1"),
    unit(6, "col1\tcol2\\n no es salto", "سطر\nسطر\r\nآخر", score=1.0),
]
MOSES_SAMPLE = [u for u in SAMPLE if "\n" not in u.src + u.tgt and "\r" not in u.src + u.tgt]


def nfc(units: list[Unit]) -> list[Unit]:
    """What a reader gives back: the same units, texts in NFC."""
    return [
        Unit(**{**u.__dict__, "src": unicodedata.normalize("NFC", u.src),
                "tgt": unicodedata.normalize("NFC", u.tgt)})
        for u in units
    ]  # fmt: skip


def roundtrip(units: list[Unit], fmt: str, folder: str) -> list[Unit]:
    out = os.path.join(folder, f"corpus.{fmt}")
    paths = export(units, fmt, out)
    return read_moses(*paths) if fmt == "moses" else read_bilingual(out)


def write(folder, name: str, text: str) -> str:
    path = os.path.join(str(folder), name)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    return path


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


# --------------------------------------------------------------------------- schema validation

# TMX 1.4b DTD, the part aligner writes (no ude/note/inline codes): header attributes
# required as in the spec, segtype enumerated, props before tuvs, one seg per tuv.
TMX_DTD = """
<!ELEMENT tmx (header, body)>
<!ATTLIST tmx version CDATA #FIXED "1.4">
<!ELEMENT header (prop)*>
<!ATTLIST header
  creationtool CDATA #REQUIRED
  creationtoolversion CDATA #REQUIRED
  segtype (block|paragraph|sentence|phrase) #REQUIRED
  o-tmf CDATA #REQUIRED
  adminlang CDATA #REQUIRED
  srclang CDATA #REQUIRED
  datatype CDATA #REQUIRED>
<!ELEMENT body (tu*)>
<!ELEMENT tu ((prop)*, tuv+)>
<!ATTLIST tu tuid CDATA #IMPLIED srclang CDATA #IMPLIED>
<!ELEMENT tuv (seg)>
<!ATTLIST tuv xml:lang CDATA #REQUIRED>
<!ELEMENT seg (#PCDATA)>
<!ELEMENT prop (#PCDATA)>
<!ATTLIST prop type CDATA #REQUIRED>
"""

# XLIFF 2.1 core, the part aligner writes: xliff > file+ > unit+ > notes? segment+.
XLIFF2_RNG = f"""
<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="{XLIFF2_NS}"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="xliff">
      <attribute name="version"><value>2.1</value></attribute>
      <attribute name="srcLang"><data type="language"/></attribute>
      <attribute name="trgLang"><data type="language"/></attribute>
      <oneOrMore>
        <element name="file">
          <attribute name="id"><data type="NMTOKEN"/></attribute>
          <optional><attribute name="original"/></optional>
          <oneOrMore><ref name="unit"/></oneOrMore>
        </element>
      </oneOrMore>
    </element>
  </start>
  <define name="unit">
    <element name="unit">
      <attribute name="id"><data type="NMTOKEN"/></attribute>
      <optional><attribute name="name"/></optional>
      <optional>
        <attribute name="xml:space"><choice><value>default</value><value>preserve</value></choice>
        </attribute>
      </optional>
      <optional>
        <element name="notes">
          <oneOrMore>
            <element name="note"><optional><attribute name="category"/></optional><text/></element>
          </oneOrMore>
        </element>
      </optional>
      <oneOrMore>
        <element name="segment">
          <element name="source"><text/></element>
          <optional><element name="target"><text/></element></optional>
        </element>
      </oneOrMore>
    </element>
  </define>
</grammar>
"""

# XLIFF 1.2 strict, the part aligner writes: file (original, source-language and datatype
# required) > header? > body > trans-unit+ with source, target?, then notes.
XLIFF12_RNG = f"""
<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="{XLIFF12_NS}"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="xliff">
      <attribute name="version"><value>1.2</value></attribute>
      <oneOrMore>
        <element name="file">
          <attribute name="original"/>
          <attribute name="source-language"><data type="language"/></attribute>
          <optional><attribute name="target-language"><data type="language"/></attribute></optional>
          <attribute name="datatype"/>
          <optional><attribute name="tool-id"/></optional>
          <optional>
            <element name="header">
              <zeroOrMore>
                <element name="tool">
                  <attribute name="tool-id"/>
                  <attribute name="tool-name"/>
                  <optional><attribute name="tool-version"/></optional>
                </element>
              </zeroOrMore>
            </element>
          </optional>
          <element name="body"><oneOrMore><ref name="trans-unit"/></oneOrMore></element>
        </element>
      </oneOrMore>
    </element>
  </start>
  <define name="trans-unit">
    <element name="trans-unit">
      <attribute name="id"/>
      <optional>
        <attribute name="xml:space"><choice><value>default</value><value>preserve</value></choice>
        </attribute>
      </optional>
      <element name="source"><text/></element>
      <optional><element name="target"><text/></element></optional>
      <zeroOrMore>
        <element name="note"><optional><attribute name="from"/></optional><text/></element>
      </zeroOrMore>
    </element>
  </define>
</grammar>
"""


def _parsed(units: list[Unit], fmt: str) -> etree._ElementTree:
    [(_, text)] = render(units, fmt)
    return etree.ElementTree(etree.fromstring(text.encode("utf-8")))


def _assert_valid(schema, tree) -> None:
    assert schema.validate(tree), schema.error_log


def test_tmx_is_valid_against_the_tmx14b_dtd_subset():
    _assert_valid(etree.DTD(StringIO(TMX_DTD)), _parsed(SAMPLE, "tmx"))


def test_xliff2_is_valid_against_the_xliff21_schema_subset():
    schema = etree.RelaxNG(etree.fromstring(XLIFF2_RNG.encode()))
    _assert_valid(schema, _parsed(SAMPLE, "xliff"))


def test_xliff12_is_valid_against_the_xliff12_schema_subset():
    schema = etree.RelaxNG(etree.fromstring(XLIFF12_RNG.encode()))
    _assert_valid(schema, _parsed(SAMPLE, "xliff12"))


def test_the_schema_subsets_do_reject_broken_documents():
    # A validator that accepts everything proves nothing: break each document once.
    tmx = _parsed(SAMPLE, "tmx")
    del tmx.getroot().find("header").attrib["srclang"]
    assert not etree.DTD(StringIO(TMX_DTD)).validate(tmx)
    xliff = _parsed(SAMPLE, "xliff")
    unit_element = xliff.getroot().find(f"{{{XLIFF2_NS}}}file/{{{XLIFF2_NS}}}unit")
    unit_element.append(unit_element.find(f"{{{XLIFF2_NS}}}notes"))  # notes after segment
    assert not etree.RelaxNG(etree.fromstring(XLIFF2_RNG.encode())).validate(xliff)


def test_tmx_structure():
    root = _parsed(SAMPLE, "tmx").getroot()
    header = root.find("header")
    assert root.get("version") == "1.4"
    assert header.get("srclang") == "es" and header.get("creationtool") == "aligner"
    assert header.get("segtype") == "sentence" and header.get("o-tmf") and header.get("adminlang")
    tus = root.findall("body/tu")
    assert len(tus) == len(SAMPLE)  # one tu per bead
    first = tus[0]
    props = {p.get("type"): p.text for p in first.findall("prop")}
    assert props == {
        "x-aligner-score": "0.9",
        "x-aligner-bead": "1-1",
        "x-aligner-doc": "nota",
        "x-aligner-findings": "number-mismatch,entity",
    }
    assert [tuv.get(XML_LANG) for tuv in first.findall("tuv")] == ["es", "ar"]
    assert "x-aligner-score" not in {p.get("type") for p in tus[2].findall("prop")}  # no score


def test_xliff2_structure():
    root = _parsed(SAMPLE, "xliff").getroot()
    q = lambda name: f"{{{XLIFF2_NS}}}{name}"  # noqa: E731
    assert root.tag == q("xliff") and root.get("version") == "2.1"
    assert (root.get("srcLang"), root.get("trgLang")) == ("es", "ar")
    units = root.findall(f"{q('file')}/{q('unit')}")
    assert len(units) == len(SAMPLE)
    notes = {n.get("category"): n.text for n in units[1].iter(q("note"))}
    assert notes == {"aligner-score": "0.123456789", "aligner-bead": "1-1"}
    assert units[0].get("name") == "nota:0"


def test_tmx_header_declares_the_dtd_and_utf8():
    [(_, text)] = render(SAMPLE[:1], "tmx")
    assert text.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE tmx SYSTEM")


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


# --------------------------------------------------------------------------- reading our JSONL


def _alignment() -> Alignment:
    es = ["«Hola», dijo.", "Segunda frase.", "Tercera.", "Sobra."]
    en = ["“Hello,” he said.", "Second sentence. Third."]

    def doc(path: str, lang: str, texts: list[str]) -> Document:
        sentences, offset = [], 0
        for i, text in enumerate(texts):
            sentences.append(Sentence(i, text, offset, offset + len(text), 0))
            offset += len(text) + 1
        return Document(path, lang, " ".join(texts), tuple(sentences))

    beads = [Bead((0,), (0,), 0.1, 0.97), Bead((1, 2), (1,), 0.4, 0.8), Bead((3,), (), 1.0, 0.3)]
    return Alignment(doc("a.es.txt", "es", es), doc("a.en.txt", "en", en), beads, 0.9, "sig")


ES_EN = ("es", "en")


def test_read_alignment_jsonl_makes_one_unit_per_bead(tmp_path):
    path = write(tmp_path, "articulo.jsonl", to_jsonl(_alignment()))
    units = read_alignment_jsonl(path)
    assert units == [
        Unit("articulo:0", "«Hola», dijo.", "“Hello,” he said.", *ES_EN, 0.97, "1-1", "articulo"),
        Unit("articulo:1", "Segunda frase. Tercera.", "Second sentence. Third.", *ES_EN, 0.8,
             "2-1", "articulo"),
        Unit("articulo:2", "Sobra.", "", *ES_EN, 0.3, "1-0", "articulo"),
    ]  # fmt: skip
    assert read_bilingual(path) == units  # sniffed as our alignment JSONL


def test_read_alignment_jsonl_takes_findings_as_names_or_objects(tmp_path):
    lines = to_jsonl(_alignment()).splitlines()
    first = json.loads(lines[1]) | {"findings": [{"type": "number-mismatch", "detail": "5≠6"}]}
    second = json.loads(lines[2]) | {"findings": ["omission", "omission", "entity"]}
    path = write(tmp_path, "a.jsonl", "\n".join([lines[0], json.dumps(first), json.dumps(second)]))
    units = read_alignment_jsonl(path)
    assert units[0].findings == ("number-mismatch",)
    assert units[1].findings == ("omission", "entity")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"header": {"src_lang": "es", "tgt_lang": "en"}}', "{not json"], "line 2: not valid"),
        (['{"bead": 0}'], 'line 1: expected the {"header"'),
        (['{"header": {"src_lang": "es"}}'], "line 1: header lacks 'tgt_lang'"),
        (
            ['{"header": {"src_lang": "es", "tgt_lang": "en"}}', "", '{"bead": 0, "type": "1-1"}'],
            "line 3: 'src_text' must be a string",
        ),
        (
            [
                '{"header": {"src_lang": "es", "tgt_lang": "en"}}',
                '{"bead": 0, "type": "1-1", "src_text": "a", "tgt_text": "b", "score": 1}',
                '{"bead": 0, "type": "1-1", "src_text": "a", "tgt_text": "b", "score": 1}',
            ],
            "line 3: bead 0 appears twice",
        ),
        (
            [
                '{"header": {"src_lang": "es", "tgt_lang": "en"}}',
                '{"bead": 0, "type": "1:1", "src_text": "a", "tgt_text": "b", "score": 1}',
            ],
            "line 2: 'type' must be a bead shape",
        ),
        (
            [
                '{"header": {"src_lang": "es", "tgt_lang": "en"}}',
                '{"bead": 0, "type": "1-1", "src_text": "a", "tgt_text": "b", "score": "high"}',
            ],
            "line 2: 'score' must be a finite number",
        ),
        (
            [
                '{"header": {"src_lang": "es", "tgt_lang": "en"}}',
                '{"bead": 0, "type": "1-1", "src_text": "\\ud800", "tgt_text": "b", "score": 1}',
            ],
            "line 2: 'src_text' holds a lone surrogate",
        ),
        (["[1, 2]"], "line 1: expected a JSON object"),
    ],
)
def test_read_alignment_jsonl_names_the_bad_line(tmp_path, lines, message):
    path = write(tmp_path, "bad.jsonl", "\n".join(lines) + "\n")
    with pytest.raises(InputError) as info:
        read_alignment_jsonl(path)
    assert message in str(info.value) and str(info.value).startswith(path)


def test_read_alignment_jsonl_refuses_missing_and_empty_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_alignment_jsonl(str(tmp_path / "missing.jsonl"))
    with pytest.raises(InputError, match="empty"):
        read_alignment_jsonl(write(tmp_path, "empty.jsonl", ""))


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


# --------------------------------------------------------------------------- TSV details


@given(st.text())
def test_tsv_escaping_is_the_one_align_uses_and_reverses(text):
    assert tsv_escape(text) == _tsv_cell(text)
    assert tsv_unescape(tsv_escape(text)) == text


def test_reads_the_tsv_of_aligner_align(tmp_path):
    path = write(tmp_path, "articulo.tsv", to_tsv(_alignment()))
    units = read_bilingual(path)
    assert [(u.id, u.src, u.tgt, u.score, u.bead) for u in units] == [
        ("articulo:0", "«Hola», dijo.", "“Hello,” he said.", 0.97, "1-1"),
        ("articulo:1", "Segunda frase. Tercera.", "Second sentence. Third.", 0.8, "2-1"),
        ("articulo:2", "Sobra.", "", 0.3, "1-0"),
    ]


def test_reads_a_plain_two_column_tsv_without_header(tmp_path):
    path = write(tmp_path, "pares.tsv", "Hola\tHello\textra\r\nAdiós\tBye\n\n")
    units = read_bilingual(path)
    assert [(u.id, u.src, u.tgt, u.bead, u.score) for u in units] == [
        ("pares:0", "Hola", "Hello", "1-1", None),
        ("pares:1", "Adiós", "Bye", "1-1", None),
    ]


def test_tsv_row_with_wrong_column_count_names_the_line(tmp_path):
    path = write(tmp_path, "x.tsv", "source\ttarget\tscore\tbead\na\tb\t0.5\t1-1\na\tb\tc\n")
    with pytest.raises(InputError, match="line 3: 3 tab-separated columns, expected 4"):
        read_bilingual(path)
    with pytest.raises(InputError, match="line 1: 1 tab-separated columns"):
        read_bilingual(write(tmp_path, "y.tsv", "solo una columna\n"))


# --------------------------------------------------------------------------- reading other files


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>&h;</seg></tuv><tuv xml:lang="fr"><seg>x</seg></tuv></tu>
</body></tmx>
"""


@pytest.mark.parametrize("name", ["bomb.tmx", "bomb.xlf", "bomb.data"])
def test_billion_laughs_is_refused_at_once(tmp_path, name):
    path = write(tmp_path, name, BILLION_LAUGHS)
    started = time.monotonic()
    with pytest.raises(InputError, match="entities"):
        read_bilingual(path)
    assert time.monotonic() - started < 2


def test_external_entities_are_refused(tmp_path):
    secret = write(tmp_path, "secret.txt", "top secret")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&x;</seg>'
        "</tuv></tu></body></tmx>"
    )
    with pytest.raises(InputError, match="entities"):
        read_bilingual(write(tmp_path, "xxe.tmx", xxe))


def test_reads_foreign_tmx_with_inline_codes_and_old_lang_attribute(tmp_path):
    tmx = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header srclang="*all*" creationtool="x" creationtoolversion="1"
 segtype="sentence" o-tmf="x" adminlang="en" datatype="html"/><body>
<tu tuid="t1" srclang="fr">
  <tuv xml:lang="en">
    <seg>The <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept> cat</seg></tuv>
  <tuv xml:lang="fr"><seg>Le chat <hi type="b">gras</hi><ph>&lt;br/&gt;</ph></seg></tuv>
</tu>
<tu><tuv lang="EN"><seg>Dog</seg></tuv><tuv lang="FR"><seg>Chien</seg></tuv></tu>
</body></tmx>"""
    units = read_bilingual(write(tmp_path, "memoria.tmx", tmx))
    assert [(u.id, u.src_lang, u.src, u.tgt_lang, u.tgt, u.bead, u.doc) for u in units] == [
        ("t1", "fr", "Le chat gras", "en", "The bold cat", "1-1", "memoria"),
        ("memoria:1", "EN", "Dog", "FR", "Chien", "1-1", "memoria"),
    ]


def test_reads_foreign_xliff2_with_groups_segments_and_code_points(tmp_path):
    xliff = f"""<?xml version="1.0"?>
<xliff xmlns="{XLIFF2_NS}" version="2.0" srcLang="en" trgLang="de">
 <file id="f1"><group id="g">
  <unit id="u1">
   <segment><source>Hello <pc id="1">world</pc>.</source>
            <target>Hallo <pc id="1">Welt</pc>.</target></segment>
   <ignorable><source> </source></ignorable>
   <segment><source>Bell<cp hex="0007"/>.</source><target>Glocke<cp hex="0007"/>.</target></segment>
  </unit>
 </group></file>
</xliff>"""
    [u] = read_bilingual(write(tmp_path, "app.data", xliff))  # sniffed by content
    assert (u.id, u.doc, u.src, u.tgt) == (
        "f1:u1",
        "f1",
        "Hello world. Bell\x07.",
        "Hallo Welt. Glocke\x07.",
    )


def test_reads_foreign_xliff12_with_inline_markup(tmp_path):
    xliff = """<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="ui.html" source-language="en" target-language="ja" datatype="html"><body>
  <group><trans-unit id="title"><source>Save <g id="1">now</g><x id="2"/>!</source>
   <target>今すぐ<g id="1">保存</g><x id="2"/>！</target></trans-unit></group>
  <trans-unit id="untranslated"><source>Cancel</source></trans-unit>
 </body></file>
</xliff>"""
    units = read_bilingual(write(tmp_path, "ui.xlf", xliff))
    assert [(u.id, u.doc, u.src, u.tgt, u.bead, u.tgt_lang) for u in units] == [
        ("title", "ui.html", "Save now!", "今すぐ保存！", "1-1", "ja"),
        ("untranslated", "ui.html", "Cancel", "", "1-0", "ja"),
    ]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("broken.tmx", "<tmx><body><tu></body></tmx>", "not well-formed XML"),
        ("other.xml", "<html><body/></html>", "root element is <html>"),
        ("nobody.tmx", '<tmx version="1.4"><header srclang="en"/></tmx>', "no <body>"),
        ("empty-tu.tmx", "<tmx><body><tu/></body></tmx>", "<tu> number 1 has no <tuv>"),
        ("mystery.bin", "just some words\n", "cannot tell the format"),
        (
            "score.tmx",
            '<tmx><body><tu><prop type="x-aligner-score">high</prop><tuv xml:lang="en"><seg>a'
            "</seg></tuv></tu></body></tmx>",
            "score 'high' is not a number",
        ),
    ],
)
def test_unreadable_files_are_input_errors(tmp_path, name, text, message):
    with pytest.raises(InputError, match=message):
        read_bilingual(write(tmp_path, name, text))


def test_format_sniffing():
    assert sniff_format("a.TMX", "") == "xml"
    assert sniff_format("a.xliff", "") == "xml"
    assert sniff_format("a.tsv", "") == "tsv"
    assert sniff_format("a.jsonl", "") == "jsonl"
    assert sniff_format("a.txt", "  <?xml ...") == "xml"
    assert sniff_format("a.txt", '{"src": 1}') == "jsonl"
    assert sniff_format("a", "x\ty\n") == "tsv"


def test_moses_files_that_are_not_parallel_are_refused(tmp_path):
    src = write(tmp_path, "c.en", "one\ntwo\n")
    tgt = write(tmp_path, "c.fr", "un\n")
    with pytest.raises(InputError, match=r"has 2 lines but .* has 1"):
        read_moses(src, tgt)


def test_moses_reads_crlf_and_a_missing_final_newline(tmp_path):
    src = write(tmp_path, "c.en", "one\r\ntwo")
    tgt = write(tmp_path, "c.fr", "un\r\n\r\n")
    units = read_moses(src, tgt)
    assert [(u.id, u.src, u.tgt, u.bead, u.src_lang) for u in units] == [
        ("c:0", "one", "un", "1-1", "en"),
        ("c:1", "two", "", "1-0", "en"),
    ]
