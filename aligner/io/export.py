"""Corpus export: aligned beads as translation units in TMX, XLIFF, TSV, JSONL or Moses files.

One exported unit is one bead of an alignment (see :class:`Unit`). The XML formats
are built with lxml, never by pasting strings, so escaping is the library's job;
what XML 1.0 cannot carry at all (most C0 controls, U+FFFE/U+FFFF) is refused with
an :class:`OutputError` naming the unit, because a silent drop would corrupt a
training corpus without anyone noticing. :mod:`aligner.io.bilingual` reads every
format back, and the tests hold the two to an exact round trip.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from aligner import __version__
from aligner.errors import InputError, OutputError
from aligner.io.atomic import atomic_writer
from aligner.io.read import read_text

FORMATS = ("tmx", "xliff", "xliff12", "tsv", "jsonl", "moses")
# Formats with one language pair per file: a header or the file names carry it.
PAIR_FORMATS = frozenset({"tmx", "xliff", "xliff12", "moses"})
XML_FORMATS = frozenset({"tmx", "xliff", "xliff12"})

XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
XML_SPACE = f"{{{XML_NS}}}space"
XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"  # every XLIFF 2.x version keeps this namespace
XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF2_VERSION = "2.1"
TMX_DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'

# Per-unit metadata: TMX <prop type=...> names ("x-" marks user-defined types in TMX 1.4b),
# and XLIFF note categories (2.x <note category>, 1.2 <note from>).
PROP_SCORE, PROP_BEAD, PROP_DOC, PROP_FINDINGS = (
    "x-aligner-score",
    "x-aligner-bead",
    "x-aligner-doc",
    "x-aligner-findings",
)
NOTE_SCORE, NOTE_BEAD, NOTE_FINDINGS = "aligner-score", "aligner-bead", "aligner-findings"
# One finding a translator reads in the CAT tool: "critical drift.number: 450 became 540".
# TMX carries each as a <prop>, XLIFF as a <note> whose priority follows the severity.
PROP_NOTE, NOTE_FINDING = "x-aligner-finding", "aligner-finding"
NOTE_PRIORITY = {"critical": "1", "major": "3", "minor": "6"}
FINDINGS_SEP = ","
BOM = "\ufeff"

# The first four columns are those of `aligner align --format tsv`, so one reader serves both.
TSV_COLUMNS = ("source", "target", "score", "bead", "id", "doc", "src_lang", "tgt_lang", "findings")

# XML 1.0 `Char` production; everything else cannot appear in a document, even escaped.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Every character str.splitlines() breaks on: a Moses line holding one would be read as two
# lines by some tools, and the two files would silently stop being parallel.
_LINE_BREAK = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_NUL = re.compile("\x00")
_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")  # xs:language, what xml:lang accepts
BEAD_SHAPE = re.compile(r"\d+-\d+")  # "1-1", "2-1", "0-1"...
_NMTOKEN_SAFE = frozenset(string.ascii_letters + string.digits + ".-:")


@dataclass(frozen=True)
class Unit:
    """One exported translation unit: one bead, its two texts and what we know about it."""

    id: str  # "<doc id>:<bead number>"
    src: str
    tgt: str
    src_lang: str
    tgt_lang: str
    score: float | None
    bead: str  # "1-1", "2-1", "1-0"...
    doc: str  # document id (file stem)
    findings: tuple[str, ...] = ()  # drift/QA finding types, may be empty
    notes: tuple[str, ...] = ()  # the findings as read: "<severity> <check>: <message>"


def note_text(severity: str, check: str, message: str) -> str:
    return f"{severity} {check}: {' '.join(message.split())}"


def note_priority(note: str) -> str:
    """XLIFF's 1 (most important) to 10, from the note's severity word."""
    return NOTE_PRIORITY.get(note.split(" ", 1)[0], "5")


# --------------------------------------------------------------------------- reading our JSONL


def doc_id(path: str) -> str:
    """The document id of a file: its name without the last extension."""
    return Path(path).stem


def read_alignment_jsonl(path: str) -> list[Unit]:
    """Units from an `aligner align --format jsonl` file; InputError names the bad line."""
    return alignment_units(path, read_text(path))


def alignment_units(path: str, text: str) -> list[Unit]:
    """Parse the alignment JSONL ``text`` (already read from ``path``)."""
    doc = doc_id(path)
    header: dict | None = None
    units: list[Unit] = []
    seen: set[int] = set()
    # Split on "\n" only: str.splitlines() would also split on U+2028 etc. inside a JSON string.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if header is None and not line.lstrip().startswith(("{", "[")):
            raise InputError(path, NOT_AN_ALIGNMENT)
        record = json_object(path, number, line)
        if header is None:
            header = _alignment_header(path, number, record)
            continue
        bead = _bead_number(path, number, record)
        if bead in seen:
            raise InputError(path, f"line {number}: bead {bead} appears twice")
        seen.add(bead)
        units.append(_unit_from_bead(path, number, record, header, doc, bead))
    if header is None:
        raise InputError(path, "has no header line")
    return units


NOT_AN_ALIGNMENT = (
    "is not an alignment (the JSONL of `aligner align --format jsonl`); to export a source "
    "and its translation, give both: aligner export SOURCE TARGET --to FORMAT -o FILE"
)


def json_object(path: str, number: int, line: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"line {number}: not valid JSON ({exc.msg})") from None
    except (ValueError, RecursionError):
        # Valid JSON that Python will not build: an integer of more than 4300 digits,
        # arrays or objects nested thousands deep.
        raise InputError(path, f"line {number}: JSON too large or too deeply nested") from None
    if not isinstance(record, dict):
        raise InputError(path, f"line {number}: expected a JSON object")
    return record


def _alignment_header(path: str, number: int, record: dict) -> dict:
    header = record.get("header")
    if not isinstance(header, dict):
        raise InputError(
            path,
            f'line {number}: expected the {{"header": ...}} line of an aligner JSONL file '
            "(written by `aligner align --format jsonl`)",
        )
    for key in ("src_lang", "tgt_lang"):
        if not isinstance(header.get(key), str):
            raise InputError(path, f"line {number}: header lacks {key!r}")
    return header


def _bead_number(path: str, number: int, record: dict) -> int:
    bead = record.get("bead")
    # bool is an int subclass; `true` is no bead number.
    if not isinstance(bead, int) or isinstance(bead, bool) or bead < 0:
        raise InputError(path, f"line {number}: 'bead' must be a non-negative integer")
    return bead


def _unit_from_bead(
    path: str, number: int, record: dict, header: dict, doc: str, bead: int
) -> Unit:
    where = f"line {number}"
    kind = record.get("type")
    if not isinstance(kind, str) or not BEAD_SHAPE.fullmatch(kind):
        raise InputError(path, f"{where}: 'type' must be a bead shape like '1-1'")
    return Unit(
        id=f"{doc}:{bead}",
        src=clean_text(path, where, "src_text", record.get("src_text")),
        tgt=clean_text(path, where, "tgt_text", record.get("tgt_text")),
        src_lang=header["src_lang"],
        tgt_lang=header["tgt_lang"],
        score=json_score(path, where, record.get("score")),
        bead=kind,
        doc=doc,
        findings=json_findings(path, where, record.get("findings")),
    )


def clean_text(path: str, where: str, key: str, value: object) -> str:
    """A segment text as the pipeline keeps it: a str, valid Unicode, NFC."""
    if not isinstance(value, str):
        raise InputError(path, f"{where}: {key!r} must be a string")
    if _SURROGATE.search(value):
        raise InputError(path, f"{where}: {key!r} holds a lone surrogate (invalid Unicode)")
    return unicodedata.normalize("NFC", value)


def json_score(path: str, where: str, value: object) -> float | None:
    if value is None:
        return None
    problem = InputError(path, f"{where}: 'score' must be a finite number")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise problem
    try:
        score = float(value)  # an integer beyond 1e308 overflows here
    except OverflowError:
        raise problem from None
    if not math.isfinite(score):
        raise problem
    return score


def json_findings(path: str, where: str, value: object) -> tuple[str, ...]:
    """Finding types from a list of strings or of finding objects with a "type"."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise InputError(path, f"{where}: 'findings' must be a list")
    types: list[str] = []
    for item in value:
        kind = item.get("type") if isinstance(item, dict) else item
        if not isinstance(kind, str) or not kind:
            raise InputError(path, f"{where}: each finding must be a type name or have a 'type'")
        if kind not in types:
            types.append(kind)
    return tuple(types)


def json_notes(path: str, where: str, value: object) -> tuple[str, ...]:
    """Finding notes: a list of strings."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(path, f"{where}: 'notes' must be a list of strings")
    return tuple(value)


# --------------------------------------------------------------------------- checks before writing


def check_exportable(units: Sequence[Unit], fmt: str, output: str) -> None:
    """Raise OutputError, naming the unit, for anything ``fmt`` cannot carry exactly."""
    if not units:
        raise OutputError(output, "no units to export (did the filters remove them all?)")
    ids: set[str] = set()
    for unit in units:
        if unit.id in ids:
            raise OutputError(output, f"unit id {unit.id!r} appears twice")
        ids.add(unit.id)
        _check_unit(unit, fmt, output)
    if fmt in PAIR_FORMATS:
        language_pair(units, output)
    if fmt == "moses" and (units[0].src.startswith(BOM) or units[0].tgt.startswith(BOM)):
        # Readers drop a byte-order mark at the start of a file: this text would change.
        raise OutputError(output, f"unit {units[0].id!r}: text starts with U+FEFF (a BOM)")


def _check_unit(unit: Unit, fmt: str, output: str) -> None:
    def fail(problem: str) -> OutputError:
        return OutputError(output, f"unit {unit.id!r}: {problem}")

    if not unit.id or not unit.doc:
        raise fail("empty id or document id")
    if not BEAD_SHAPE.fullmatch(unit.bead):
        raise fail(f"bead {unit.bead!r} is not a shape like '1-1'")
    if unit.score is not None and not math.isfinite(unit.score):
        raise fail(f"score {unit.score!r} is not a finite number")
    for finding in unit.findings:
        if not finding or FINDINGS_SEP in finding:
            raise fail(f"finding type {finding!r} is empty or contains {FINDINGS_SEP!r}")
    texts = {"source text": unit.src, "target text": unit.tgt}
    metadata = {"id": unit.id, "doc": unit.doc, "src_lang": unit.src_lang}
    metadata |= {"tgt_lang": unit.tgt_lang} | {f"finding {f!r}": f for f in unit.findings}
    metadata |= {f"note {k + 1}": note for k, note in enumerate(unit.notes)}
    for pattern, carrier, texts_only in _forbidden(fmt):
        for name, value in (texts if texts_only else texts | metadata).items():
            _check_chars(value, pattern, carrier, name, fail)
    if fmt in PAIR_FORMATS:
        for lang in (unit.src_lang, unit.tgt_lang):
            if not _LANG.fullmatch(lang):
                raise fail(f"language {lang!r} is not a language tag like 'en' or 'pt-BR'")


def _forbidden(fmt: str) -> list[tuple[re.Pattern, str, bool]]:
    """(characters, what cannot carry them, whether only the texts are written) for ``fmt``."""
    rules = [(_SURROGATE, "UTF-8", False)]  # a lone surrogate cannot even be encoded
    if fmt in XML_FORMATS:
        rules.append((_XML_ILLEGAL, "XML 1.0", False))
    if fmt == "tsv":
        # The TSV escaping leaves NUL raw, and readers take a NUL byte for a binary file.
        rules.append((_NUL, "a TSV file", False))
    if fmt == "moses":  # Moses files hold the texts and nothing else
        rules += [(_NUL, "a Moses file", True), (_LINE_BREAK, "a Moses line", True)]
    return rules


def _check_chars(
    value: str, pattern: re.Pattern, carrier: str, name: str, fail: Callable[[str], OutputError]
) -> None:
    bad = pattern.search(value)
    if bad:
        raise fail(
            f"{name} has U+{ord(bad.group()):04X} at character {bad.start()}, "
            f"which {carrier} cannot carry"
        )


def language_pair(units: Sequence[Unit], output: str) -> tuple[str, str]:
    """The one (source, target) language pair of ``units``; a pair-per-file format needs one."""
    pairs = list(dict.fromkeys((u.src_lang, u.tgt_lang) for u in units))
    if len(pairs) != 1:
        shown = ", ".join(f"{s}-{t}" for s, t in pairs[:4])
        raise OutputError(output, f"units mix language pairs ({shown}); export one pair per file")
    return pairs[0]


# --------------------------------------------------------------------------- renderers (pure)


def _metadata(unit: Unit) -> list[tuple[str, str]]:
    """(key, text) pairs, keys "score", "bead", "doc", "findings"; absent values left out."""
    items = []
    if unit.score is not None:
        items.append(("score", repr(float(unit.score))))  # repr round-trips a float exactly
    items.append(("bead", unit.bead))
    items.append(("doc", unit.doc))
    if unit.findings:
        items.append(("findings", FINDINGS_SEP.join(unit.findings)))
    items += [("note", note) for note in unit.notes]
    return items


_TMX_PROPS = {"score": PROP_SCORE, "bead": PROP_BEAD, "doc": PROP_DOC, "findings": PROP_FINDINGS,
              "note": PROP_NOTE}  # fmt: skip
_NOTE_KINDS = {"score": NOTE_SCORE, "bead": NOTE_BEAD, "findings": NOTE_FINDINGS,
               "note": NOTE_FINDING}  # fmt: skip


def _note_attributes(key: str, value: str, attribute: str) -> dict[str, str]:
    attributes = {attribute: _NOTE_KINDS[key]}
    if key == "note":
        attributes["priority"] = note_priority(value)
    return attributes


def _serialize(root: etree._Element, doctype: str | None = None) -> str:
    data = etree.tostring(
        root, encoding="UTF-8", xml_declaration=True, pretty_print=True, doctype=doctype
    )
    return data.decode("utf-8")


def _by_doc(units: Sequence[Unit]) -> list[tuple[str, list[Unit]]]:
    """Units grouped per document, documents in order of first appearance."""
    groups: dict[str, list[Unit]] = {}
    for unit in units:
        groups.setdefault(unit.doc, []).append(unit)
    return list(groups.items())


def xliff2_name(name: str) -> str:
    """Clark notation {namespace}name, how lxml spells a namespaced element."""
    return f"{{{XLIFF2_NS}}}{name}"


def xliff12_name(name: str) -> str:
    return f"{{{XLIFF12_NS}}}{name}"


def nmtoken(text: str) -> str:
    """An XML NMTOKEN for ``text``, one-to-one: unsafe characters (and "_") become _hex_.

    XLIFF 2 ids must be NMTOKENs; the original string travels in name/original.
    """
    return "".join(ch if ch in _NMTOKEN_SAFE else f"_{ord(ch):x}_" for ch in text)


def to_tmx(units: Sequence[Unit]) -> str:
    """TMX 1.4b: one <tu> per unit, metadata as x-aligner-* <prop>s, plain-text segments."""
    src_lang, _ = language_pair(units, "<tmx>")
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root,
        "header",
        {
            "creationtool": "aligner",
            "creationtoolversion": __version__,
            "datatype": "plaintext",
            "segtype": "sentence",
            "adminlang": "en",
            "srclang": src_lang,
            "o-tmf": "aligner",
        },
    )
    body = etree.SubElement(root, "body")
    for unit in units:
        tu = etree.SubElement(body, "tu", tuid=unit.id)
        for key, value in _metadata(unit):  # the DTD wants props before the tuvs
            etree.SubElement(tu, "prop", type=_TMX_PROPS[key]).text = value
        _tmx_tuv(tu, unit.src_lang, unit.src)
        _tmx_tuv(tu, unit.tgt_lang, unit.tgt)
    return _serialize(root, TMX_DOCTYPE)


def _tmx_tuv(tu: etree._Element, lang: str, text: str) -> None:
    tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
    etree.SubElement(tuv, "seg").text = text


def to_xliff2(units: Sequence[Unit]) -> str:
    """XLIFF 2.1: one <file> per document, one <unit> per bead, metadata as <note>s."""
    src_lang, tgt_lang = language_pair(units, "<xliff>")
    root = etree.Element(
        xliff2_name("xliff"),
        {"version": XLIFF2_VERSION, "srcLang": src_lang, "trgLang": tgt_lang},
        nsmap={None: XLIFF2_NS},
    )
    for doc, doc_units in _by_doc(units):
        file = etree.SubElement(root, xliff2_name("file"), id=nmtoken(doc), original=doc)
        for unit in doc_units:
            _xliff2_unit(file, unit)
    return _serialize(root)


def _xliff2_unit(file: etree._Element, unit: Unit) -> None:
    q = xliff2_name
    # xml:space on <unit> is inherited by source and target: segment edges are kept as they are.
    element = etree.SubElement(
        file, q("unit"), {"id": nmtoken(unit.id), "name": unit.id, XML_SPACE: "preserve"}
    )
    notes = etree.SubElement(element, q("notes"))
    for key, value in _metadata(unit):
        if key in _NOTE_KINDS:
            attributes = _note_attributes(key, value, "category")
            etree.SubElement(notes, q("note"), attributes).text = value
    segment = etree.SubElement(element, q("segment"))
    etree.SubElement(segment, q("source")).text = unit.src
    etree.SubElement(segment, q("target")).text = unit.tgt


def to_xliff12(units: Sequence[Unit]) -> str:
    """XLIFF 1.2 for CAT tools without 2.x: one <file> per document, notes from="aligner-*"."""
    src_lang, tgt_lang = language_pair(units, "<xliff>")
    q = xliff12_name
    root = etree.Element(q("xliff"), version="1.2", nsmap={None: XLIFF12_NS})
    for doc, doc_units in _by_doc(units):
        file = etree.SubElement(
            root,
            q("file"),
            {
                "original": doc,
                "source-language": src_lang,
                "target-language": tgt_lang,
                "datatype": "plaintext",
                "tool-id": "aligner",
            },
        )
        header = etree.SubElement(file, q("header"))
        tool = {"tool-id": "aligner", "tool-name": "aligner", "tool-version": __version__}
        etree.SubElement(header, q("tool"), tool)
        body = etree.SubElement(file, q("body"))
        for unit in doc_units:
            tu = etree.SubElement(body, q("trans-unit"), {"id": unit.id, XML_SPACE: "preserve"})
            etree.SubElement(tu, q("source")).text = unit.src
            etree.SubElement(tu, q("target")).text = unit.tgt
            for key, value in _metadata(unit):  # notes come after source and target in 1.2
                if key in _NOTE_KINDS:
                    attributes = _note_attributes(key, value, "from")
                    etree.SubElement(tu, q("note"), attributes).text = value
    return _serialize(root)


def tsv_escape(text: str) -> str:
    """As `aligner align --format tsv`: backslash first, so the escaping is reversible."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def to_tsv(units: Sequence[Unit]) -> str:
    rows = ["\t".join(TSV_COLUMNS)]
    for unit in units:
        score = "" if unit.score is None else repr(float(unit.score))
        cells = (
            unit.src,
            unit.tgt,
            score,
            unit.bead,
            unit.id,
            unit.doc,
            unit.src_lang,
            unit.tgt_lang,
            FINDINGS_SEP.join(unit.findings),
        )
        rows.append("\t".join(tsv_escape(cell) for cell in cells))
    return "\n".join(rows) + "\n"


def unit_record(unit: Unit) -> dict:
    return {
        "id": unit.id,
        "doc": unit.doc,
        "bead": unit.bead,
        "src_lang": unit.src_lang,
        "tgt_lang": unit.tgt_lang,
        "score": unit.score,
        "findings": list(unit.findings),
        "src": unit.src,
        "tgt": unit.tgt,
    } | ({"notes": list(unit.notes)} if unit.notes else {})


def to_jsonl(units: Sequence[Unit]) -> str:
    # allow_nan=False: NaN is not JSON; check_exportable has refused non-finite scores already.
    lines = [json.dumps(unit_record(u), ensure_ascii=False, allow_nan=False) for u in units]
    return "\n".join(lines) + "\n"


def to_moses(units: Sequence[Unit]) -> tuple[str, str]:
    """Two line-parallel texts: line n of each is unit n (an empty line for an empty side)."""
    return (
        "".join(f"{u.src}\n" for u in units),
        "".join(f"{u.tgt}\n" for u in units),
    )


def render(units: Sequence[Unit], fmt: str) -> list[tuple[str, str]]:
    """(file-name suffix, text) for each file of ``fmt``; suffix "" for one-file formats."""
    if fmt == "moses":
        src_lang, tgt_lang = language_pair(units, "<moses>")
        src_text, tgt_text = to_moses(units)
        return [(f".{src_lang}", src_text), (f".{tgt_lang}", tgt_text)]
    writers = {
        "tmx": to_tmx,
        "xliff": to_xliff2,
        "xliff12": to_xliff12,
        "tsv": to_tsv,
        "jsonl": to_jsonl,
    }
    return [("", writers[fmt](units))]


def export(units: Iterable[Unit], fmt: str, output: str) -> list[str]:
    """Write ``units`` as ``fmt`` to ``output`` (Moses: output.<src_lang> and output.<tgt_lang>).

    Everything is checked and rendered before the first byte is written, and every file
    is written atomically, so a refused export leaves no partial corpus behind.
    Returns the written paths.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    units = list(units)
    check_exportable(units, fmt, output)
    files = [(output + suffix, text) for suffix, text in render(units, fmt)]
    paths = [path for path, _ in files]
    if len(set(paths)) != len(paths):
        raise OutputError(output, "source and target language are the same: file names collide")
    with contextlib.ExitStack() as stack:
        # All handles open before any is committed: an error in one discards all.
        handles = [stack.enter_context(atomic_writer(path)) for path in paths]
        for handle, (_, text) in zip(handles, files, strict=True):
            handle.write(text)
    return paths
