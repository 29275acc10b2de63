"""Reading bilingual files back (aligner.io.bilingual): our JSONL and TSV, foreign TMX/XLIFF,
Moses, and the refusals.

Texts here were written for these tests.
"""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.errors import InputError
from aligner.io.bilingual import read_bilingual, read_moses, sniff_format, tsv_unescape
from aligner.io.export import (
    XLIFF2_NS,
    Unit,
    read_alignment_jsonl,
    tsv_escape,
)
from aligner.io.output import _tsv_cell, to_jsonl, to_tsv
from aligner.types import Alignment, Bead, Document, Sentence
from tests.export_samples import (
    write,
)

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
