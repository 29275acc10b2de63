"""Property-based fuzz targets shared by tests/test_fuzz.py (small budgets, every test run)
and bench/fuzz.py (large budgets, run by hand; see docs/fuzzing.md).

Each :class:`Target` pairs a hypothesis strategy with a plain property function that
raises AssertionError (or lets a bug's exception escape) when the property fails, so
the fast tests and the long fuzz run drive exactly the same code. Not a test module
itself (pytest collects test_*.py only).

Texts are built from fragments written for these tests (Spanish and English words,
abbreviations, figures in both locales, quote marks and dashes, other scripts, line
breaks, invisible and control characters) mixed with arbitrary Unicode from
hypothesis: arbitrary Unicode alone almost never forms "Sr. Pérez dijo: «…»", which is
where the interesting decisions are.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aligner.alignment.numbers import extract_numbers
from aligner.alignment.segment import fold, is_blank, segment
from aligner.drift.quantities import extract_quantities
from aligner.errors import InputError, OutputError
from aligner.io.bilingual import read_bilingual, read_moses
from aligner.io.export import BEAD_SHAPE, FORMATS, Unit, export, read_alignment_jsonl, render
from aligner.io.gold import parse_ladder, parse_par
from aligner.io.read import decode_bytes
from aligner.pipelines.check import check_text_pairs, read_pairs_tsv
from aligner.pipelines.qa import qa_units
from aligner.quality.checks import Term
from aligner.quality.glossary import load_glossary
from aligner.quality.report import FORMATS as REPORT_FORMATS
from aligner.quality.report import render as render_report
from aligner.statements.quotes import find_statements
from aligner.statements.speakers import tokenize
from aligner.types import Document

# --------------------------------------------------------------------------- fragments

# fmt: off
SPACES = [" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\t",
          "\u00a0", "\u202f", "\u3000", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", " \n "]
# Characters the segmenter treats as blank although they are not whitespace: zero-width
# and bidi marks (RTL text pasted from the web), BOM, soft hyphen, C0/C1 controls.
INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
              "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2060", "\ufeff",
              "\u00ad", "\u180e", "\x00", "\x07", "\x1b", "\x7f", "\x9f", "\u034f"]
ES_WORDS = (
    "el la los las que de en y a no nunca tampoco dijo afirmó aseguró preguntó respondió "
    "señaló según ministro ministra presidenta portavoz Gobierno Congreso Ruiz Ibáñez "
    "Okonkwo Lucía Beltrán año años millones mil euros dólares marzo lunes siglo mitad "
    "cada podría debe muy casi él ella ellos Él Ella ha dicho sin embargo veintiún uno "
    "una dos tres diez cien ciento doscientas primera segunda tercio docena aumentó cayó"
).split()
EN_WORDS = (
    "the a of that not never said told asked answered according to minister President "
    "spokeswoman government Congress Smith Okafor he she they He She million billion "
    "percent years March Monday century half could must very nearly however didn't one "
    "two three ten hundred thousand first second third dozen rose fell it's Lavrov's"
).split()
ABBREVIATIONS = [
    "Sr.", "Sra.", "Dra.", "Lic.", "Gral.", "EE.UU.", "EE. UU.", "p. m.", "a.m.", "etc.",
    "aprox.", "núm.", "art.", "pág.", "S.A.", "Mr.", "Mrs.", "Dr.", "U.S.", "U.K.", "No.",
    "e.g.", "i.e.", "vs.", "Inc.", "Jan.", "St.", "J.", "R.", "1.", "IV.", "z.B.", "Nr.",
    "Mme.", "Sig.", "Av.", "Ud.",
]
NUMBER_FRAGMENTS = [
    "1.234,5", "1,234.5", "100.000", "100,000", "49,9 %", "49.9%", "2023-2024", "3 000",
    "1\u00a0234", "12\u202f345,67", "0,5", "1/2", "XV", "XXI", "siglo XIX", "14 de marzo",
    "March 14th", "10:30", "5 p.m.", "9h30", "1990s", "'90s", "años noventa", "dos tercios",
    "tres de cada diez", "13.000 millones", "2.5 billion", "1º", "2ª", "3rd", "٣٫٥", "٣,٥",
    "१२३", "１２", "½", "²", "-5", "+3", "1e9", "0x1F", "$5", "5 €", "€5", "R$ 10", "£3.50",
    "1.250", "1,50", "007", "1.000.000,00", "10.30", "3,", ",5", "1..2", "1,,2",
]
QUOTE_FRAGMENTS = [
    "«", "»", "“", "”", '"', "'", "‘", "’", "„", "‚", "‹", "›", "「", "」", "『", "』",
    "—", "–", "-", "—dijo", " —preguntó Ruiz—. ", "—¿Vienes? —", ", dijo.",
    ", afirmó la ministra.", " said Smith.", ", he said.", "’s", ": «", "»,", "…", "(…)",
    "...", "?”", "!»", "¿", "¡", "según fuentes oficiales", "according to officials",
    ", que ", " that ",
]
SCRIPTS = [
    "مرحبا", "قال الوزير.", "שלום", "日本語。", "東京、", "한국어", "좋아요.", "Привет", "сказал",
    "नमस्ते।", "ሰላም።", "Ελλάδα;", "👍🏽", "🇪🇸", "e\u0301", "n\u0303", "\u1100\u1161\u11a8",
    "\u0301", "\u0323\u0301", "A\u030a", "\u212b", "ﬁ", "İ", "ß", "ǅ", "\u0915\u093f",
]
MARKUP = [
    "<b>", "</b>", "&amp;", "&", "<", ">", "#hashtag", "@usuario", "https://ejemplo.es/a?b=1",
    "correo@ejemplo.org", "\\", "\\n", "\\t", "{", "}", "[", "]", "(", ")", ".", ",", ";",
    ":", "!", "?", "*", "•", "%", "/",
]
# fmt: on
WORDS = ES_WORDS + EN_WORDS + ABBREVIATIONS + NUMBER_FRAGMENTS + QUOTE_FRAGMENTS + SCRIPTS + MARKUP
# Segmenter languages: every profile, the language-neutral fallback, tags with regions.
LANGS = ["es", "en", "de", "fr", "it", "pt", "xx", "", "es-MX", "pt_BR", "ar", "zh"]


def long_digits() -> st.SearchStrategy[str]:
    """Digit runs longer than Python's int() accepts from a string (4300 digits)."""
    return st.sampled_from([310, 4301, 5000]).map(lambda n: "9" * n)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """A sentence-shaped run: an optional opening mark, words and abbreviations separated
    by spaces, a closing mark and a space, so boundaries need real decisions."""
    opener = draw(st.sampled_from(["", "", "«", "“", "—", "¿", "¡", "(", '"']))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=10))
    first = words[0][:1].upper() + words[0][1:] if draw(st.booleans()) else words[0]
    end = draw(st.sampled_from([".", ".", "?", "!", "…", "", ".»", "?”", ":", ";", "..."]))
    return opener + " ".join([first, *words[1:]]) + end + draw(st.sampled_from(SPACES))


def fragment() -> st.SearchStrategy[str]:
    """One piece of text: a written fragment, a sentence, a space or line break, an
    invisible character, a figure or a short arbitrary Unicode string (one_of picks them
    evenly, so about a third of the pieces separate words)."""
    return st.one_of(
        st.sampled_from(WORDS),
        sentence(),
        st.sampled_from(SPACES),
        st.sampled_from([" ", " ", "\n"]),
        st.sampled_from(INVISIBLES),
        st.text(max_size=4),
        digit_number().flatmap(lambda n: st.sampled_from(n[:2])),
    )


def news_text(max_pieces: int = 40) -> st.SearchStrategy[str]:
    # Hypothesis keeps lists short on average (about five items); the second branch
    # makes paragraph-sized texts common too.
    pieces = st.lists(fragment(), max_size=max_pieces)
    longer = st.lists(fragment(), min_size=max_pieces // 2, max_size=max_pieces * 2)
    return st.one_of(pieces, longer).map("".join)


# --------------------------------------------------------------------------- segmenter


def check_segments(text: str, lang: str, presegmented: bool) -> None:
    """Segments cover the input exactly: every visible character lies in exactly one
    segment, a blank in at most one; no segment starts or ends with a blank; offsets
    index ``text`` as given and slice back to the segment's text; indices and
    paragraphs count up from 0."""
    sents = segment(text, lang, presegmented=presegmented)
    covered = [0] * len(text)
    previous_end = 0
    for i, s in enumerate(sents):
        assert s.index == i
        assert previous_end <= s.start < s.end <= len(text), (s, previous_end)
        previous_end = s.end
        assert not is_blank(text[s.start]) and not is_blank(text[s.end - 1]), s
        assert s.text and s.text == fold(text[s.start : s.end]), s
        for position in range(s.start, s.end):
            covered[position] += 1
    for position, char in enumerate(text):
        assert covered[position] == 1 or (is_blank(char) and covered[position] == 0), position
    paragraphs = [s.paragraph for s in sents]
    assert paragraphs == sorted(paragraphs)
    assert not paragraphs or paragraphs[0] == 0
    assert all(b - a <= 1 for a, b in itertools.pairwise(paragraphs))
    if presegmented:
        # One segment per line with visible content, whatever the line's punctuation.
        assert [s.text for s in sents] == [fold(line) for line in text.splitlines() if fold(line)]


def segment_property(text: str, lang: str) -> None:
    check_segments(text, lang, presegmented=False)
    check_segments(text, lang, presegmented=True)


def _layout(text: str, lang: str, presegmented: bool) -> list[tuple[str, int, str]]:
    return [(s.text, s.paragraph, s.kind) for s in segment(text, lang, presegmented)]


def segment_forms_property(text: str, lang: str) -> None:
    """LF, CRLF and CR files, and NFC and NFD files, segment alike (same texts,
    paragraphs and kinds), and each keeps exact offsets into its own form."""
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    for presegmented in (False, True):
        reference = _layout(lf, lang, presegmented)
        for variant in (lf.replace("\n", "\r\n"), lf.replace("\n", "\r")):
            assert _layout(variant, lang, presegmented) == reference
            check_segments(variant, lang, presegmented)
        nfc = _layout(unicodedata.normalize("NFC", text), lang, presegmented)
        nfd_text = unicodedata.normalize("NFD", text)
        assert _layout(nfd_text, lang, presegmented) == nfc
        check_segments(nfd_text, lang, presegmented)


# --------------------------------------------------------------------------- quotes, speakers

STATEMENT_KINDS = {"direct", "partial", "indirect", "according_to"}
RESOLUTIONS = {"explicit", "role", "pronoun", "carried", "none"}


def quotes_property(text: str, lang: str, presegmented: bool) -> None:
    """find_statements never raises; every span lies inside the text and slices back to
    the text reported for it (content, speaker mention, tokens)."""
    for tok in tokenize(text, 0, len(text)):
        assert 0 <= tok.start < tok.end <= len(text) and text[tok.start : tok.end] == tok.text
    sentences = segment(text, lang, presegmented)
    doc = Document("fuzz", lang, text, sentences)
    for n, s in enumerate(find_statements(doc)):
        assert s.index == n and s.kind in STATEMENT_KINDS
        assert 0 <= s.start <= s.end <= len(text), s
        assert s.content == text[s.start : s.end]
        # Contents are trimmed: no empty statement, no space left at either end.
        assert s.content and s.content == s.content.strip(), s
        assert list(s.sentences) == sorted(set(s.sentences))
        assert all(0 <= i < len(sentences) for i in s.sentences)
        sp = s.speaker
        assert sp.resolved_by in RESOLUTIONS
        if sp.mention_start == -1:
            assert sp.mention_end == -1 and sp.mention == ""
        else:
            assert 0 <= sp.mention_start <= sp.mention_end <= len(text), sp
            assert text[sp.mention_start : sp.mention_end] == sp.mention


# --------------------------------------------------------------------------- numbers

# What extract_numbers promises: a locale-free form, ASCII digits, no leading zeros, a
# fraction only when it is not zero and without trailing zeros.
CANONICAL = re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?")


def numbers_property(text: str, lang: str) -> None:
    """Neither digit extraction nor quantity extraction raises, on any text in any
    language; numbers come out canonical; every quantity slices back to its text."""
    for number in extract_numbers(text, lang):
        assert CANONICAL.fullmatch(number), number
    for q in extract_quantities(text, lang):
        assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text, q
        assert not math.isnan(q.value), q


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])


@st.composite
def digit_number(draw: st.DrawFn) -> tuple[str, str, str]:
    """(Spanish spelling, English spelling, exact value) of one figure in digits."""
    whole = draw(st.integers(0, 10**15))
    frac = draw(st.none() | st.text("0123456789", min_size=1, max_size=4))
    grouped = whole >= 1000 and draw(st.booleans())
    es_sep = draw(st.sampled_from([".", "\u00a0", "\u202f"]))  # what Spanish presses print
    es = _group(str(whole), es_sep) if grouped else str(whole)
    en = _group(str(whole), ",") if grouped else str(whole)
    value = str(whole)
    if frac is not None:
        es, en = f"{es},{frac}", f"{en}.{frac}"
        value += f".{frac.rstrip('0')}" if frac.strip("0") else ""
    return es, en, value


def number_locales_property(number: tuple[str, str, str]) -> None:
    """A figure written Spanish-style ("1.234,5", "1 234,5") and English-style ("1,234.5")
    normalises to the same canonical number, and that number is its exact value."""
    es, en, value = number
    expected = [value]
    assert extract_numbers(f"Se contaron {es} casos.", "es") == expected, es
    assert extract_numbers(f"They counted {en} cases.", "en") == expected, en
    for lang, sentence, figure in (
        ("es", "Se contaron {} casos.", es),
        ("en", "They counted {} cases.", en),
    ):
        text = sentence.format(figure)
        at = text.index(figure)
        found = [q for q in extract_quantities(text, lang) if q.start == at]
        assert found and found[0].end == at + len(figure), (text, found)
        assert found[0].value == float(expected[0]), (text, found[0])


_ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
    "quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
    "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
).split()
_ES_TENS = dict(
    zip(
        range(3, 10),
        "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split(),
        strict=True,
    )
)
_ES_HUNDREDS = dict(
    zip(
        range(1, 10),
        "ciento doscientos trescientos cuatrocientos quinientos "
        "seiscientos setecientos ochocientos novecientos".split(),
        strict=True,
    )
)
_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = dict(
    zip(range(2, 10), "twenty thirty forty fifty sixty seventy eighty ninety".split(), strict=True)
)


def _es_below_thousand(n: int, before_scale: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append("cien" if hundreds == 1 and not rest else _ES_HUNDREDS[hundreds])
    if rest:
        tens, unit = divmod(rest, 10)
        word = (
            _ES_UNITS[rest]
            if rest < 30
            else _ES_TENS[tens] + (f" y {_ES_UNITS[unit]}" if unit else "")
        )
        if before_scale and word.endswith("uno"):
            # "uno" shortens before a noun: "veintiún mil", "treinta y un millones".
            word = word[:-3] + ("ún" if word.endswith("veintiuno") else "un")
        words.append(word)
    return " ".join(words)


def spell_es(n: int) -> str:
    """Spanish number words for 0 <= n < 10**9, as the RAE writes them."""
    if n == 0:
        return "cero"
    millions, rest = divmod(n, 10**6)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(
            "un millón" if millions == 1 else _es_below_thousand(millions, True) + " millones"
        )
    if thousands:
        parts.append("mil" if thousands == 1 else _es_below_thousand(thousands, True) + " mil")
    if units:
        parts.append(_es_below_thousand(units, False))
    return " ".join(parts)


def _en_below_thousand(n: int, british: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(f"{_EN_UNITS[hundreds]} hundred")
    if rest:
        if hundreds and british:
            words.append("and")
        tens, unit = divmod(rest, 10)
        words.append(
            _EN_UNITS[rest]
            if rest < 20
            else _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")
        )
    return " ".join(words)


def spell_en(n: int, british: bool) -> str:
    """English number words for 0 <= n < 10**9 ("and" after hundreds if ``british``)."""
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10**6, " million"), (1000, " thousand"), (1, "")):
        chunk = n // scale % 1000
        if chunk:
            parts.append(_en_below_thousand(chunk, british) + name)
    return " ".join(parts)


def number_words_property(n: int, lang: str, british: bool) -> None:
    """A whole number spelled out in words reads back as that number, the words as one
    quantity ("veintiún mil" is 21000, "two hundred and five" 205)."""
    words = spell_es(n) if lang == "es" else spell_en(n, british)
    text = f"Contaron {words} barcos." if lang == "es" else f"They counted {words} boats."
    at = text.index(words)
    found = [q for q in extract_quantities(text, lang) if q.start == at]
    assert found, (words, extract_quantities(text, lang))
    assert (found[0].end, found[0].value) == (at + len(words), float(n)), (words, found[0])


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


# --------------------------------------------------------------------------- drift, qa


class FakeMT:
    """A deterministic stand-in for Apertium: the drift checks that read machine
    translation run without it being installed. ``mode`` decides what it returns."""

    name = "fake"

    def __init__(self, mode: str, other: Sequence[str]):
        self.mode = mode
        self.other = list(other)

    def translate(self, texts: Sequence[str]) -> list[str]:
        if self.mode == "echo":
            return list(texts)
        if self.mode == "other":  # unrelated text, as a wrong reading would be
            return [
                self.other[k % len(self.other)] if self.other else "" for k in range(len(texts))
            ]
        return [" ".join(reversed(t.split())) for t in texts]


class FakeEmbedder:
    """Unit vectors from a hash of the text: stable, and unrelated texts far apart."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = []
        for text in texts:
            seed = int.from_bytes(
                hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()[:8]
            )
            v = np.random.default_rng(seed).standard_normal(16)
            rows.append(v / np.linalg.norm(v))
        return np.array(rows, dtype=np.float32).reshape(len(rows), 16)


@st.composite
def text_pairs(draw: st.DrawFn) -> tuple[list[tuple[str, str]], str, str, Any, Any]:
    src_lang, tgt_lang = draw(
        st.sampled_from([("es", "en"), ("en", "es"), ("pt", "en"), ("fr", "de"), ("es", "xx")])
    )
    pairs = draw(st.lists(st.tuples(news_text(25), news_text(25)), min_size=1, max_size=4))
    # A faithful-looking pair now and then: the source itself with a few pieces changed.
    if draw(st.booleans()):
        src = pairs[0][0]
        pairs[0] = (src, src + draw(news_text(4)))
    mt = draw(st.sampled_from([None, "echo", "other", "reverse"]))
    translator = None if mt is None else FakeMT(mt, [t for _, t in pairs])
    embedder = draw(st.sampled_from([None, FakeEmbedder()]))
    return pairs, src_lang, tgt_lang, translator, embedder


SEVERITIES = {"critical", "major", "minor"}


def _span_inside(span: tuple[int, int] | None, text: str) -> bool:
    return span is None or 0 <= span[0] <= span[1] <= len(text)


def drift_property(case: tuple[list[tuple[str, str]], str, str, Any, Any]) -> None:
    """The drift checks never raise on any pair; a finding's spans lie inside its texts."""
    pairs, src_lang, tgt_lang, translator, embedder = case
    found = check_text_pairs(pairs, src_lang, tgt_lang, embedder=embedder, mt=translator)
    assert len(found) == len(pairs)
    for (src, tgt), findings in zip(pairs, found, strict=True):
        if not src and not tgt:
            assert findings == []
        for f in findings:
            assert f.severity in SEVERITIES and 0 <= f.confidence <= 1 and f.message, f
            assert _span_inside(f.source_span, src) and _span_inside(f.target_span, tgt), f


def qa_property(
    case: tuple[list[tuple[str, str]], str, str, Any, Any], glossary: list[tuple[str, str]]
) -> None:
    """qa over any units (with a glossary) never raises, its issues and statement marks lie
    inside their segment's texts, and every report format renders."""
    pairs, src_lang, tgt_lang, translator, embedder = case
    units = [
        Unit(f"u:{k}", src, tgt, src_lang, tgt_lang, None, "1-1", "u")
        for k, (src, tgt) in enumerate(pairs)
    ]
    terms = tuple(Term(s, (t,)) for s, t in glossary if s.strip() and t.strip())
    result = qa_units(units, "fuzz.tsv", glossary=terms, embedder=embedder, mt=translator)
    for seg in result.segments:
        for issue in seg.issues:
            assert _span_inside(issue.source_span, seg.src), issue
            assert _span_inside(issue.target_span, seg.tgt), issue
        for mark in seg.marks:
            assert 0 <= mark.start <= mark.end <= len(seg.src if mark.side == "src" else seg.tgt)
    for fmt in REPORT_FORMATS:
        assert render_report(result, fmt)


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Target:
    """One fuzz target: a strategy of argument tuples and the property they must pass."""

    name: str
    strategy: st.SearchStrategy[tuple]
    check: Callable[..., None]
    examples: int  # the budget in the fast test suite


TARGETS: tuple[Target, ...] = (
    Target("segment", st.tuples(news_text(), st.sampled_from(LANGS)), segment_property, 100),
    Target(
        "segment-forms", st.tuples(news_text(), st.sampled_from(LANGS)), segment_forms_property, 50
    ),
    Target(
        "quotes",
        st.tuples(news_text(60), st.sampled_from(LANGS), st.booleans()),
        quotes_property,
        80,
    ),
    Target(
        "numbers",
        st.tuples(
            news_text() | st.tuples(news_text(8), long_digits(), news_text(8)).map("".join),
            st.sampled_from(LANGS) | st.sampled_from(["ES", "en-GB", "pt-PT"]),
        ),
        numbers_property,
        100,
    ),
    Target("number-locales", st.tuples(digit_number()), number_locales_property, 150),
    Target(
        "number-words",
        st.tuples(st.integers(0, 10**9 - 1), st.sampled_from(["es", "en"]), st.booleans()),
        number_words_property,
        150,
    ),
    Target("export", st.tuples(unit_lists(), st.sampled_from(FORMATS)), export_property, 50),
    Target(
        "readers", st.tuples(file_bytes(), st.sampled_from(sorted(READERS))), reader_property, 150
    ),
    Target("drift", st.tuples(text_pairs()), drift_property, 20),
    Target(
        "qa",
        st.tuples(
            text_pairs(),
            st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)), max_size=3),
        ),
        qa_property,
        12,
    ),
)
TARGETS_BY_NAME = {t.name: t for t in TARGETS}


def run(
    target: Target, max_examples: int, count: list[int] | None = None, **overrides: Any
) -> None:
    """Run ``target`` under hypothesis; raises the (shrunk) failure. ``count[0]`` is
    increased once per example tried, shrinking included."""

    def body(args: tuple) -> None:
        if count is not None:
            count[0] += 1
        target.check(*args)

    options = {
        "max_examples": max_examples,
        "deadline": None,
        "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    }
    options |= overrides
    settings(**options)(given(target.strategy)(body))()
