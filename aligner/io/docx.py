"""Read a Word (.docx) file's body text: paragraphs in order, styles turned into block kinds.

A .docx is a zip holding word/document.xml; the body's paragraphs (tables' included) are
read with defusedxml, so a crafted file cannot pull in entities or the network. Deleted
text of tracked changes and field codes are left out; inserted text is kept, as Word
shows it; a text box is its own paragraph, after the one it is anchored in. A block's
source offset is its paragraph number in the body.
"""

from __future__ import annotations

import io
import zipfile

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from aligner.errors import InputError
from aligner.io.extracted import Block, Extracted, clean, join_blocks

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word stores a text box twice: as DrawingML (mc:Choice) and as VML (mc:Fallback).
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BODY = "word/document.xml"
# Well past any article; a zip that inflates beyond it is refused, not read.
MAX_XML_BYTES = 64 * 2**20


def is_zip(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def read_docx(path: str, data: bytes) -> Extracted:
    """The paragraphs of a .docx, or :class:`InputError` saying what the file is instead."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if _BODY not in names:
            raise InputError(path, _other_zip(names))
        if archive.getinfo(_BODY).file_size > MAX_XML_BYTES:
            raise InputError(path, "is a Word file whose text is too large to read")
        xml = archive.read(_BODY)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError) as exc:
        raise InputError(path, f"is a damaged zip/Word file ({exc})") from None
    try:
        root = ElementTree.fromstring(xml)
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise InputError(path, f"is a Word file with unreadable text ({exc})") from None
    body = root.find(f"{_W}body")
    blocks = []
    for number, paragraph in enumerate(_paragraphs(body) if body is not None else ()):
        text = clean(_paragraph_text(paragraph))
        if text:
            blocks.append(Block(_kind(paragraph), text, number, number + 1))
    extracted = join_blocks(path, "docx", blocks)
    if not extracted.text.strip():
        raise InputError(path, "is a Word file with no text")
    return extracted


def _other_zip(names: set[str]) -> str:
    if "content.xml" in names:
        return "is an OpenDocument file; save it as .docx or plain text"
    if any(n.startswith("xl/") for n in names):
        return "is a spreadsheet, not a document"
    if any(n.startswith("ppt/") for n in names):
        return "is a presentation, not a document"
    return "is a zip archive, not a document; unpack it first"


def _paragraphs(node):
    """Paragraphs in reading order, a text box's after the paragraph anchoring it, once."""
    for child in node:
        if child.tag == _FALLBACK:
            continue
        if child.tag == f"{_W}p":
            yield child
        yield from _paragraphs(child)


def _own_nodes(node):
    """The paragraph's own nodes: not those of a text box anchored in it."""
    for child in node:
        if child.tag in (_FALLBACK, f"{_W}txbxContent"):
            continue
        yield child
        yield from _own_nodes(child)


def _paragraph_text(paragraph) -> str:
    parts: list[str] = []
    skip_field = False
    for node in _own_nodes(paragraph):
        tag = node.tag
        if tag == f"{_W}fldChar":
            # Between "begin" and "separate" a field holds its code; after, its shown result.
            skip_field = node.get(f"{_W}fldCharType") == "begin"
        elif tag == f"{_W}t" and not skip_field:
            parts.append(node.text or "")
        elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            parts.append(" ")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("\u2011")
    # w:delText (deleted text) and w:instrText (field codes) are other tags: never read.
    return "".join(parts)


def _kind(paragraph) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    name = (style.get(f"{_W}val") if style is not None else "") or ""
    name = name.lower()
    if name in ("title", "titulo", "título"):
        return "title"
    if name.startswith(("heading", "ttulo", "titulo", "título", "subtitle")):
        return "heading"
    if "caption" in name or "epgrafe" in name or "epigrafe" in name:
        return "caption"
    if "quote" in name or "cita" in name:
        return "quote"
    if paragraph.find(f"{_W}pPr/{_W}numPr") is not None or name.startswith("list"):
        return "item"
    return "paragraph"
