"""Fuzz properties of the exporters and the bilingual and alignment readers."""

from __future__ import annotations

import math
import os
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from hypothesis import strategies as st

from aligner.errors import InputError, OutputError
from aligner.io.bilingual import read_bilingual, read_moses
from aligner.io.export import BEAD_SHAPE, FORMATS, Unit, export, read_alignment_jsonl, render
from aligner.io.gold import parse_ladder, parse_par
from aligner.io.read import decode_bytes
from aligner.pipelines.check import read_pairs_tsv
from aligner.quality.checks import Term
from aligner.quality.glossary import load_glossary
from tests.properties.fragments import long_digits, news_text

# --------------------------------------------------------------------------- exporters

# What each format cannot carry, written independently of aligner.io.export's own checks:
# XML 1.0 lacks most C0 controls and U+FFFE/U+FFFF; a TSV or Moses file with a NUL byte
# reads as binary; a Moses line cannot hold a line break.
_XML_ILLEGAL = {chr(c) for c in range(0x20) if c not in (0x9, 0xA, 0xD)} | {"\ufffe", "\uffff"}
_LINE_BREAKS = set("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_CANNOT_CARRY = {
    "tmx": _XML_ILLEGAL,
    "xliff": _XML_ILLEGAL,
    "xliff12": _XML_ILLEGAL,
    "tsv": {"\x00"},
    "jsonl": set(),
    "moses": {"\x00"} | _LINE_BREAKS,
}
LANG_PAIRS = [("es", "en"), ("en", "es"), ("pt-BR", "zh-Hant"), ("ar", "he"), ("es", "es")]


def export_refused(units: Sequence[Unit], fmt: str) -> bool:
    """Whether aligner must refuse to export ``units`` as ``fmt`` (our own oracle)."""
    bad = _CANNOT_CARRY[fmt]
    for u in units:
        fields = [u.src, u.tgt]
        if fmt != "moses":  # Moses files hold the texts and nothing else
            fields += [u.id, u.doc, u.src_lang, u.tgt_lang, *u.findings]
        if any(ch in bad for field in fields for ch in field):
            return True
    if fmt == "moses":  # two files named by language; a BOM first would be read away
        first = units[0]
        return first.src_lang == first.tgt_lang or "\ufeff" in first.src[:1] + first.tgt[:1]
    return False


@st.composite
def unit_lists(draw: st.DrawFn) -> list[Unit]:
    src_lang, tgt_lang = draw(st.sampled_from(LANG_PAIRS))
    doc = draw(
        st.sampled_from(["nota", "artículo 3", "a:b", "x/y", "fuzz"])
        | st.text(min_size=1, max_size=6)
    )
    return [
        Unit(
            id=f"{doc}:{n}",
            src=draw(news_text(12)),
            tgt=draw(news_text(12)),
            src_lang=src_lang,
            tgt_lang=tgt_lang,
            score=draw(st.none() | st.floats(allow_nan=False, allow_infinity=False)),
            bead=draw(st.sampled_from(["1-1", "2-1", "1-2", "1-0", "0-1", "3-3"])),
            doc=doc,
            findings=tuple(
                draw(st.lists(st.sampled_from(["number", "omission", "entity"]), unique=True))
            ),
        )
        for n in range(draw(st.integers(1, 4)))
    ]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def export_property(units: list[Unit], fmt: str) -> None:
    """Write then read back gives the same units (texts in NFC, as every reader returns
    them); a format that cannot carry a unit is refused with an OutputError and nothing
    is written. Moses keeps texts and languages only."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "corpus")
        try:
            paths = export(units, fmt, out)
        except OutputError:
            assert export_refused(units, fmt), "refused a corpus the format can carry"
            assert os.listdir(folder) == []
            return
        assert not export_refused(units, fmt), "wrote a corpus the format cannot carry"
        expected = [Unit(**{**u.__dict__, "src": _nfc(u.src), "tgt": _nfc(u.tgt)}) for u in units]
        if fmt == "moses":
            back = read_moses(*paths)
            assert [(u.src, u.tgt, u.src_lang, u.tgt_lang) for u in back] == [
                (u.src, u.tgt, u.src_lang, u.tgt_lang) for u in expected
            ]
        else:
            assert read_bilingual(out) == expected


# --------------------------------------------------------------------------- readers


def _seed_files() -> list[bytes]:
    """Valid files of every kind the readers take, to mutate: mutations of a valid file
    reach far deeper into a parser than random bytes."""
    units = [
        Unit(
            "nota:0",
            "«Hola», dijo el Sr. Ruiz.",
            "“Hello,” Mr. Ruiz said.",
            "es",
            "en",
            0.9,
            "1-1",
            "nota",
            ("number",),
        ),
        Unit("nota:1", "Subió un 4,5 %.", "", "es", "en", None, "1-0", "nota"),
    ]
    seeds = [text.encode() for fmt in FORMATS for _, text in render(units, fmt)]
    seeds += [
        b'{"header": {"src_lang": "es", "tgt_lang": "en"}}\n'
        b'{"bead": 0, "type": "1-1", "src_text": "Hola.", "tgt_text": "Hi.", "score": 0.9}\n',
        b'<?xml version="1.0"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"'
        b' srcLang="es" trgLang="en"><file id="f"><unit id="u"><segment><source>A <pc id="1">b'
        b'</pc><cp hex="0007"/></source><target>C</target></segment></unit></file></xliff>',
        b"source,target\nGobierno,government|administration\nEE.UU.,U.S.\n",
        b'<martif type="TBX"><text><body><termEntry><langSet xml:lang="es"><tig><term>ley'
        b'</term></tig></langSet><langSet xml:lang="en"><tig><term>law</term></tig></langSet>'
        b"</termEntry></body></text></martif>",
        b"[0]:[0]:0.93\n[1, 2]:[1]:0.5\n[]:[2]\n",
        b"#! src=es tgt=en\nes| Hola.\nen| Hello.\n---\nes| Adi\xc3\xb3s.\n\nen| Bye.\n",
        b"Hola.\tHello.\n\nAdi\xc3\xb3s.\tBye.\n",
    ]
    return seeds


SEED_FILES = _seed_files()
# Byte strings that matter to one of the parsers.
_TOKENS = [
    b"<",
    b">",
    b"</seg>",
    b"<seg>",
    b"<hi>",
    b"</tu>",
    b"&#0;",
    b"&#xD800;",
    b"&lt;",
    b'"',
    b"'",
    b"\t",
    b"\n",
    b"\r",
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"\\u0000",
    b"\\ud800",
    b"1e999",
    b"NaN",
    b"-0",
    b"null",
    b"true",
    b"9" * 400,
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\x00",
    b"\xc3",
    b"<!DOCTYPE x>",
    b'<cp hex="110000"/>',
    b"|",
    b"#!",
    b"---",
    b"es| ",
    "é".encode(),
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEED_FILES)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["delete", "insert", "token", "flip", "repeat"]))
        if op == "delete":
            del data[at : at + draw(st.integers(1, 8))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=4))
        elif op == "token":
            data[at:at] = draw(st.sampled_from(_TOKENS))
        elif op == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 12))] * draw(st.integers(2, 40))
    return bytes(data)


def _nested(depth: int) -> list[bytes]:
    # Deeply nested markup and JSON: a recursive reader must refuse it, not overflow.
    return [
        b"<tmx><body><tu><tuv><seg>"
        + b"<hi>" * depth
        + b"x"
        + b"</hi>" * depth
        + b"</seg></tuv></tu></body></tmx>",
        b'{"src": ' + b"[" * depth + b"]" * depth + b', "tgt": "x"}\n',
        b'{"header": {"src_lang": "es", "tgt_lang": "en"}}\n{"bead": 0, "type": "1-1", '
        b'"src_text": "a", "tgt_text": "b", "findings": ' + b"[" * depth + b"]" * depth + b"}\n",
    ]


def file_bytes() -> st.SearchStrategy[bytes]:
    texts = news_text(30)
    return st.one_of(
        st.binary(max_size=300),
        mutated(),
        mutated().map(lambda b: b.decode("utf-8", "replace").encode("utf-16")),  # with a BOM
        texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
        texts.map(lambda t: t.encode("utf-16")),
        st.sampled_from([1000, 10**5]).map(_nested).flatmap(st.sampled_from),
        long_digits().map(lambda d: f'{{"src": "a", "tgt": "b", "score": {d}}}\n'.encode()),
        long_digits().map(lambda d: f"[{d}]:[0]\n".encode()),
    )


# Every reader of user files, by file name; each returns parsed data or raises InputError.
READERS: dict[str, Callable[[str], object]] = {
    "corpus.tmx": read_bilingual,
    "corpus.xlf": read_bilingual,
    "corpus.tsv": read_bilingual,
    "corpus.jsonl": read_bilingual,
    "corpus.data": read_bilingual,  # format sniffed from the content
    "alignment.jsonl": read_alignment_jsonl,
    "glossary.csv": lambda path: load_glossary(path, "es", "en"),
    "glossary.tbx": lambda path: load_glossary(path, "es", "en"),
    "pairs.tsv": read_pairs_tsv,
    "corpus.es": lambda path: read_moses(path, path[:-3] + ".en"),
    "decode": lambda path: decode_bytes(Path(path).read_bytes(), path),
    "gold.align": lambda path: parse_ladder(decode_bytes(Path(path).read_bytes(), path), path),
    "gold.par": lambda path: parse_par(decode_bytes(Path(path).read_bytes(), path), path),
}


def reader_property(data: bytes, name: str) -> None:
    """Any bytes given to a reader either parse or are refused with an InputError (one
    line for the user, exit code 2); no other exception escapes. Parsed units are sane."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name)
        with open(path, "wb") as handle:
            handle.write(data)
        if name == "corpus.es":  # a Moses pair: the same bytes on the other side
            with open(path[:-3] + ".en", "wb") as handle:
                handle.write(data)
        try:
            result = READERS[name](path)
        except InputError as exc:
            # The CLI prints it as one line naming the file.
            assert exc.problem and "\n" not in str(exc) and str(exc).startswith(folder), exc
            return
    if isinstance(result, list) and result and isinstance(result[0], Unit):
        for u in result:
            assert all(isinstance(v, str) for v in (u.id, u.src, u.tgt, u.bead, u.doc))
            assert BEAD_SHAPE.fullmatch(u.bead), u
            assert u.score is None or math.isfinite(u.score), u
            assert unicodedata.is_normalized("NFC", u.src + u.tgt), u
    if isinstance(result, tuple) and result and isinstance(result[0], Term):
        assert all(t.source.strip() and t.targets for t in result), result
