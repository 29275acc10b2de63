"""Glossaries: the terms a translation must use, read from CSV or TBX files."""

from __future__ import annotations

import csv
import io
from xml.etree.ElementTree import Element

from aligner.errors import InputError
from aligner.io.bilingual import parse_xml
from aligner.io.read import read_text
from aligner.quality.checks import Term, lang_code

_TBX_DEPRECATED = ("deprecated", "forbidden", "superseded", "obsolete")


def load_glossary(path: str, src_lang: str, tgt_lang: str) -> tuple[Term, ...]:
    """Terms from a CSV (source_term,target_term[|alternative...]) or TBX glossary."""
    text = read_text(path)
    is_xml = path.lower().endswith((".tbx", ".xml")) or text.lstrip().startswith("<")
    terms = _tbx_terms(path, text, src_lang, tgt_lang) if is_xml else _csv_terms(path, text)
    if not terms:
        pair = f" for {src_lang}-{tgt_lang}" if is_xml else ""
        raise InputError(path, f"contains no glossary terms{pair}")
    return terms


def _csv_terms(path: str, text: str) -> tuple[Term, ...]:
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:  # a NUL character, a field over the csv module's size limit
        raise InputError(path, f"is not a readable CSV file ({exc})") from None
    terms = []
    for number, row in enumerate(rows, start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if number == 1 and row[0].strip().lower() in ("source", "source_term", "src", "term"):
            continue  # a header row
        if len(row) < 2:
            raise InputError(path, f"line {number}: expected source_term,target_term"
                             "[|alternative...]")  # fmt: skip
        source = row[0].strip()
        targets = tuple(t.strip() for t in row[1].split("|") if t.strip())
        if not source or not targets:
            raise InputError(path, f"line {number}: empty source or target term")
        terms.append(Term(source, targets))
    return tuple(terms)


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _tbx_terms(path: str, text: str, src_lang: str, tgt_lang: str) -> tuple[Term, ...]:
    """Concept entries of a TBX file (2008 termEntry/langSet/tig or v3 conceptEntry/
    langSec/termSec); deprecated or forbidden terms are not accepted translations."""
    root = parse_xml(path, text)  # defusedxml: entity bombs and external references refused
    terms = []
    for entry in root.iter():
        if _local(entry.tag) not in ("termEntry", "conceptEntry"):
            continue
        by_lang: dict[str, list[str]] = {}
        for lang_set in entry:
            if _local(lang_set.tag) not in ("langSet", "langSec"):
                continue
            lang = lang_code(lang_set.get("{http://www.w3.org/XML/1998/namespace}lang")
                             or lang_set.get("lang"))  # fmt: skip
            by_lang.setdefault(lang, []).extend(_tbx_lang_terms(lang_set))
        targets = tuple(dict.fromkeys(by_lang.get(lang_code(tgt_lang), [])))
        for source in dict.fromkeys(by_lang.get(lang_code(src_lang), [])):
            if targets:
                terms.append(Term(source, targets))
    return tuple(terms)


def _tbx_lang_terms(lang_set: Element) -> list[str]:
    out = []
    for holder in lang_set.iter():
        if _local(holder.tag) not in ("tig", "ntig", "termSec"):
            continue
        term = next((e for e in holder.iter() if _local(e.tag) == "term"), None)
        status = " ".join(
            (e.text or "").lower() for e in holder.iter()
            if _local(e.tag) in ("termNote", "descrip") and "status" in str(e.get("type")).lower()
        )  # fmt: skip
        if (
            term is not None
            and (term.text or "").strip()
            and not any(word in status for word in _TBX_DEPRECATED)
        ):
            out.append(" ".join((term.text or "").split()))
    return out
