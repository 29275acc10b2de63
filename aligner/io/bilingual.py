"""Read bilingual corpus files back as :class:`~aligner.io.export.Unit` lists.

TMX 1.4b, XLIFF 1.2 and 2.x, TSV (ours or any src<TAB>tgt[<TAB>...] file), our JSONL
(alignment or export) and Moses file pairs. XML is parsed with defusedxml: entity
declarations and external references are refused outright, so an entity-expansion
bomb fails at once with an InputError instead of eating the machine's memory.

Files that carry no aligner metadata still read: ids become "<file stem>:<n>", the
score is unknown and the bead shape is inferred from which sides have text.
"""

from __future__ import annotations

import codecs
import math
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_etree
from defusedxml import DefusedXmlException

from aligner.errors import InputError
from aligner.io.export import (
    BEAD_SHAPE,
    FINDINGS_SEP,
    NOTE_BEAD,
    NOTE_FINDING,
    NOTE_FINDINGS,
    NOTE_SCORE,
    PROP_BEAD,
    PROP_DOC,
    PROP_FINDINGS,
    PROP_NOTE,
    PROP_SCORE,
    XLIFF2_NS,
    XML_LANG,
    Unit,
    alignment_units,
    clean_text,
    doc_id,
    json_findings,
    json_notes,
    json_object,
    json_score,
)
from aligner.io.read import read_text

_XML_EXTENSIONS = frozenset({".tmx", ".xlf", ".xliff", ".xlf2", ".xml", ".sdlxliff", ".mqxliff"})
_JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
_TSV_EXTENSIONS = frozenset({".tsv", ".tab"})

# Inline elements whose content is translatable text (kept), by format; every other inline
# element (bpt, ept, ph, it, ut, x, bx, ex, sc, ec, ...) holds native markup codes, which
# a plain-text unit has no place for, so only the text around it is kept.
_TEXT_WRAPPERS = frozenset({"hi", "g", "mrk", "pc"})
_TSV_UNESCAPE = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
_TSV_ESCAPE_RE = re.compile(r"\\(.)", re.DOTALL)


def read_bilingual(path: str) -> list[Unit]:
    """Units from a TMX, XLIFF (1.2 or 2.x), TSV or JSONL file; InputError says what is wrong.

    The format comes from the extension (.tmx .xlf .xliff .xml / .tsv .tab / .jsonl), or,
    for any other name, from the content: "<" starts XML, "{" JSONL, a tab TSV. Texts come
    back NFC-normalised, as the rest of aligner keeps them.
    """
    text = read_text(path)
    readers: dict[str, Callable[[str, str], list[Unit]]] = {
        "xml": _read_xml,
        "jsonl": _read_jsonl,
        "tsv": _read_tsv,
    }
    return readers[sniff_format(path, text)](path, text)


def sniff_format(path: str, text: str) -> str:
    """ "xml", "jsonl" or "tsv" for ``path`` with content ``text``."""
    ext = Path(path).suffix.lower()
    if ext in _XML_EXTENSIONS:
        return "xml"
    if ext in _JSONL_EXTENSIONS:
        return "jsonl"
    if ext in _TSV_EXTENSIONS:
        return "tsv"
    start = text.lstrip()[:1]
    if start == "<":
        return "xml"
    if start == "{":
        return "jsonl"
    if "\t" in text.split("\n", 1)[0]:
        return "tsv"
    raise InputError(
        path,
        "cannot tell the format: expected TMX or XLIFF (.tmx, .xlf, .xliff), "
        "TSV (.tsv) or JSONL (.jsonl)",
    )


def infer_bead(src: str, tgt: str) -> str:
    """The bead shape a file without aligner metadata implies: which sides have text."""
    return f"{int(bool(src.strip()))}-{int(bool(tgt.strip()))}"


# --------------------------------------------------------------------------- XML


def _read_xml(path: str, text: str) -> list[Unit]:
    root = parse_xml(path, text)
    namespace, name = _split_tag(root.tag)
    if name == "tmx":
        return _read_tmx(path, root)
    if name == "xliff":
        version = root.get("version", "")
        if namespace == XLIFF2_NS or version.startswith("2"):
            return _read_xliff2(path, root, namespace)
        return _read_xliff1(path, root, namespace)
    raise InputError(path, f"root element is <{name}>, expected <tmx> or <xliff>")


def parse_xml(path: str, text: str) -> Element:
    """Parse with entity declarations and external references refused (XML bombs, XXE).

    A DOCTYPE by itself is allowed: TMX files routinely name tmx14.dtd, which the
    parser never fetches.
    """
    try:
        return safe_etree.fromstring(
            text, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException:
        raise InputError(
            path,
            "declares XML entities or external references, which are refused "
            "(that is how entity-expansion bombs work)",
        ) from None
    except ParseError as exc:
        raise InputError(path, f"is not well-formed XML ({exc})") from None


def _split_tag(tag: str) -> tuple[str, str]:
    """("namespace", "local") from ElementTree's "{namespace}local" (namespace may be "")."""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def _inline_text(path: str, element: Element | None) -> str:
    """The plain text of a segment element: its text, wrapped text, and tails of codes."""
    if element is None:
        return ""
    parts = [element.text or ""]
    # A stack instead of recursion: wrappers nested thousands deep are well-formed XML
    # and must not exhaust Python's recursion limit. Each entry: the children still to
    # visit and the tail text that follows once they are done.
    stack: list[tuple[Iterator[Element], str]] = [(iter(element), "")]
    while stack:
        children, tail = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            parts.append(tail)
            continue
        name = _split_tag(child.tag)[1]
        if name in _TEXT_WRAPPERS:
            parts.append(child.text or "")
            stack.append((iter(child), child.tail or ""))
            continue
        if name == "cp":  # XLIFF 2 spells a character XML cannot carry as <cp hex="..."/>
            parts.append(_code_point(path, child.get("hex", "")))
        parts.append(child.tail or "")
    return "".join(parts)


def _code_point(path: str, hex_value: str) -> str:
    try:
        return chr(int(hex_value, 16))
    except (ValueError, OverflowError):
        raise InputError(path, f'<cp hex="{hex_value}"> is not a code point') from None


def _text_unit(
    path: str,
    where: str,
    texts: tuple[str, str],
    langs: tuple[str, str],
    meta: dict[str, str],
    ident: str,
    doc: str,
    notes: list[str] | tuple[str, ...] = (),
) -> Unit:
    """A Unit from a unit's two texts and whatever aligner metadata the file had.

    ``meta`` maps "score", "bead", "findings" to their text; a missing bead is inferred.
    """
    src = clean_text(path, where, "source", texts[0])
    tgt = clean_text(path, where, "target", texts[1])
    bead = meta.get("bead") or infer_bead(src, tgt)
    if not BEAD_SHAPE.fullmatch(bead):
        raise InputError(path, f"{where}: bead {bead!r} is not a shape like '1-1'")
    return Unit(
        id=ident,
        src=src,
        tgt=tgt,
        src_lang=langs[0],
        tgt_lang=langs[1],
        score=_score(path, where, meta.get("score")),
        bead=bead,
        doc=doc,
        findings=_findings(meta.get("findings")),
        notes=tuple(notes),
    )


def _score(path: str, where: str, value: str | None) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        score = float(value)
    except ValueError:
        raise InputError(path, f"{where}: score {value!r} is not a number") from None
    if not math.isfinite(score):
        raise InputError(path, f"{where}: score {value!r} is not a finite number")
    return score


def _findings(value: str | None) -> tuple[str, ...]:
    return tuple(f for f in (value or "").split(FINDINGS_SEP) if f)


def _read_tmx(path: str, root: Element) -> list[Unit]:
    body = root.find("body")
    if body is None:
        raise InputError(path, "TMX file has no <body>")
    header = root.find("header")
    header_lang = header.get("srclang") if header is not None else None
    return [_tmx_unit(path, n, tu, header_lang) for n, tu in enumerate(body.findall("tu"))]


def _tmx_unit(path: str, number: int, tu: Element, header_lang: str | None) -> Unit:
    where = f"<tu> number {number + 1}"
    # TMX 1.1 wrote lang=, 1.4 writes xml:lang=.
    tuvs = [(tuv.get(XML_LANG) or tuv.get("lang") or "", tuv) for tuv in tu.findall("tuv")]
    if not tuvs:
        raise InputError(path, f"{where} has no <tuv>")
    src_index = _source_tuv(tuvs, tu.get("srclang") or header_lang)
    # A bilingual reader takes the first other variant; aligner's TMX has exactly two.
    others = [i for i in range(len(tuvs)) if i != src_index]
    langs = (tuvs[src_index][0], tuvs[others[0]][0] if others else "")
    texts = (
        _tmx_seg(path, where, tuvs[src_index][1]),
        _tmx_seg(path, where, tuvs[others[0]][1]) if others else "",
    )
    props = {p.get("type"): p.text or "" for p in tu.findall("prop")}
    notes = [p.text or "" for p in tu.findall("prop") if p.get("type") == PROP_NOTE]
    meta = {
        "score": props.get(PROP_SCORE),
        "bead": props.get(PROP_BEAD),
        "findings": props.get(PROP_FINDINGS),
    }
    doc = props.get(PROP_DOC) or doc_id(path)
    ident = tu.get("tuid") or f"{doc}:{number}"
    return _text_unit(path, where, texts, langs, _present(meta), ident, doc, notes)


def _source_tuv(tuvs: list[tuple[str, Element]], srclang: str | None) -> int:
    """Index of the source variant: the one in srclang, else the first ("*all*" included)."""
    wanted = (srclang or "").lower()
    for index, (lang, _) in enumerate(tuvs):
        if lang.lower() == wanted:
            return index
    return 0


def _tmx_seg(path: str, where: str, tuv: Element) -> str:
    seg = tuv.find("seg")
    if seg is None:
        raise InputError(path, f"{where}: a <tuv> has no <seg>")
    return _inline_text(path, seg)


def _present(meta: dict[str, str | None]) -> dict[str, str]:
    return {key: value for key, value in meta.items() if value is not None}


def _read_xliff2(path: str, root: Element, namespace: str) -> list[Unit]:
    q = _namer(namespace)
    langs = (root.get("srcLang", ""), root.get("trgLang", ""))
    units: list[Unit] = []
    for file in root.findall(q("file")):
        doc = file.get("original") or file.get("id") or doc_id(path)
        # iter(): units may sit inside <group>s, at any depth.
        for number, unit in enumerate(file.iter(q("unit"))):
            ident = unit.get("name") or f"{doc}:{unit.get('id', number)}"
            where = f"unit {ident!r}"
            notes = unit.find(q("notes"))
            categories = {}
            if notes is not None:
                categories = {n.get("category"): n.text or "" for n in notes.findall(q("note"))}
            xliff_notes = (
                []
                if notes is None
                else [
                    n.text or ""
                    for n in notes.findall(q("note"))
                    if n.get("category") == NOTE_FINDING
                ]
            )
            meta = {
                "score": categories.get(NOTE_SCORE),
                "bead": categories.get(NOTE_BEAD),
                "findings": categories.get(NOTE_FINDINGS),
            }
            texts = _xliff2_texts(path, unit, q)
            unit_meta = _present(meta)
            units.append(_text_unit(path, where, texts, langs, unit_meta, ident, doc, xliff_notes))
    return units


def _xliff2_texts(path: str, unit: Element, q: Callable[[str], str]) -> tuple[str, str]:
    """Source and target of a unit: its segments and ignorables joined in document order."""
    sources, targets = [], []
    for part in unit:
        if part.tag not in (q("segment"), q("ignorable")):
            continue
        source = _inline_text(path, part.find(q("source")))
        target_element = part.find(q("target"))
        sources.append(source)
        if target_element is not None:
            targets.append(_inline_text(path, target_element))
        elif part.tag == q("ignorable"):
            # An ignorable without a target stands for itself (usually whitespace).
            targets.append(source)
    return "".join(sources), "".join(targets)


def _read_xliff1(path: str, root: Element, namespace: str) -> list[Unit]:
    q = _namer(namespace)
    units: list[Unit] = []
    for file in root.findall(q("file")):
        doc = file.get("original") or doc_id(path)
        langs = (file.get("source-language", ""), file.get("target-language", ""))
        body = file.find(q("body"))
        if body is None:
            raise InputError(path, f"XLIFF <file original={doc!r}> has no <body>")
        for number, unit in enumerate(body.iter(q("trans-unit"))):
            ident = unit.get("id") or f"{doc}:{number}"
            where = f"trans-unit {ident!r}"
            notes = {n.get("from"): n.text or "" for n in unit.findall(q("note"))}
            xliff_notes = [
                n.text or "" for n in unit.findall(q("note")) if n.get("from") == NOTE_FINDING
            ]
            meta = {
                "score": notes.get(NOTE_SCORE),
                "bead": notes.get(NOTE_BEAD),
                "findings": notes.get(NOTE_FINDINGS),
            }
            texts = (
                _inline_text(path, unit.find(q("source"))),
                _inline_text(path, unit.find(q("target"))),
            )
            unit_meta = _present(meta)
            units.append(_text_unit(path, where, texts, langs, unit_meta, ident, doc, xliff_notes))
    return units


def _namer(namespace: str) -> Callable[[str], str]:
    prefix = f"{{{namespace}}}" if namespace else ""
    return lambda name: prefix + name


# --------------------------------------------------------------------------- JSONL


def _read_jsonl(path: str, text: str) -> list[Unit]:
    """Our alignment JSONL (a header line first) or our export JSONL (one unit per line)."""
    lines = text.split("\n")  # not splitlines(): U+2028 may sit raw inside a JSON string
    first = next((n for n, line in enumerate(lines, start=1) if line.strip()), 1)
    if "header" in json_object(path, first, lines[first - 1]):
        return alignment_units(path, text)
    units = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            units.append(_unit_from_record(path, number, json_object(path, number, line)))
    return units


def _unit_from_record(path: str, number: int, record: dict) -> Unit:
    where = f"line {number}"
    src = clean_text(path, where, "src", record.get("src"))
    tgt = clean_text(path, where, "tgt", record.get("tgt"))
    doc = _optional_str(path, where, record, "doc") or doc_id(path)
    bead = _optional_str(path, where, record, "bead") or infer_bead(src, tgt)
    if not BEAD_SHAPE.fullmatch(bead):
        raise InputError(path, f"{where}: bead {bead!r} is not a shape like '1-1'")
    return Unit(
        id=_optional_str(path, where, record, "id") or f"{doc}:{number - 1}",
        src=src,
        tgt=tgt,
        src_lang=_optional_str(path, where, record, "src_lang"),
        tgt_lang=_optional_str(path, where, record, "tgt_lang"),
        score=json_score(path, where, record.get("score")),
        bead=bead,
        doc=doc,
        findings=json_findings(path, where, record.get("findings")),
        notes=json_notes(path, where, record.get("notes")),
    )


def _optional_str(path: str, where: str, record: dict, key: str) -> str:
    value = record.get(key, "")
    if not isinstance(value, str):
        raise InputError(path, f"{where}: {key!r} must be a string")
    return value


# --------------------------------------------------------------------------- TSV


def tsv_unescape(cell: str) -> str:
    """Undo :func:`aligner.io.export.tsv_escape`; an unknown escape (not ours) stays as it is."""
    return _TSV_ESCAPE_RE.sub(lambda m: _TSV_UNESCAPE.get(m.group(1), m.group(0)), cell)


def _read_tsv(path: str, text: str) -> list[Unit]:
    # "\n" only: our escaping leaves no raw line break in a cell, and a CRLF file's "\r" goes.
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    columns: tuple[str, ...] = ("source", "target")
    start = 0
    if lines[0].split("\t")[:2] == ["source", "target"]:
        columns, start = tuple(lines[0].split("\t")), 1
    units = []
    for number, line in enumerate(lines[start:], start=start + 1):
        if line.strip():
            units.append(_tsv_unit(path, number, line, columns, len(units)))
    return units


def _tsv_unit(path: str, number: int, line: str, columns: tuple[str, ...], index: int) -> Unit:
    where = f"line {number}"
    cells = line.split("\t")
    if len(cells) < 2 or (len(columns) > 2 and len(cells) != len(columns)):
        expected = "at least 2" if len(columns) == 2 else str(len(columns))
        raise InputError(path, f"{where}: {len(cells)} tab-separated columns, expected {expected}")
    row = dict(zip(columns, (tsv_unescape(c) for c in cells), strict=False))
    doc = row.get("doc") or doc_id(path)
    meta = {"score": row.get("score"), "bead": row.get("bead"), "findings": row.get("findings")}
    return _text_unit(
        path,
        where,
        (row["source"], row["target"]),
        (row.get("src_lang", ""), row.get("tgt_lang", "")),
        {key: value for key, value in meta.items() if value},  # an empty cell is no value
        row.get("id") or f"{doc}:{index}",
        doc,
    )


# --------------------------------------------------------------------------- Moses


def read_moses(src_path: str, tgt_path: str) -> list[Unit]:
    """Units from a Moses pair (corpus.en + corpus.fr): line n of each file is unit n.

    Languages come from the extensions; ids are "<stem>:<line number - 1>".
    """
    src_lines = _moses_lines(src_path)
    tgt_lines = _moses_lines(tgt_path)
    if len(src_lines) != len(tgt_lines):
        raise InputError(
            src_path,
            f"has {len(src_lines)} lines but {tgt_path} has {len(tgt_lines)}: not parallel",
        )
    doc = doc_id(src_path)
    langs = (Path(src_path).suffix[1:], Path(tgt_path).suffix[1:])
    units = []
    for index, (src, tgt) in enumerate(zip(src_lines, tgt_lines, strict=True)):
        where = f"line {index + 1}"
        units.append(_text_unit(src_path, where, (src, tgt), langs, {}, f"{doc}:{index}", doc))
    return units


def _moses_lines(path: str) -> list[str]:
    """Lines of a Moses file, where an empty file or empty lines are legitimate data."""
    if not os.path.isfile(path):
        raise InputError(path, "no such file" if not os.path.exists(path) else "not a file")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from None
    try:
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not valid UTF-8 (at byte offset {exc.start})") from None
    if text and not text.endswith("\n"):
        text += "\n"  # a missing final newline is common and harmless
    return [line.removesuffix("\r") for line in text.split("\n")[:-1]]
