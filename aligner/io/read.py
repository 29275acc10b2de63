"""Read the files users give us: bytes → text, with every refusal explained.

Plain text keeps the user's characters as they are (line endings, NFD, spacing); only a
byte-order mark is dropped, so sentence offsets are offsets into the file. HTML, DOCX and
Markdown are read into their text (aligner.io.html, .docx, .markdown), whose blocks map
offsets back to the file (docs/formats.md). PDF and other binary formats are refused with
a way to get the text out.
"""

from __future__ import annotations

import codecs
import os

from aligner.errors import InputError
from aligner.io.docx import is_zip, read_docx
from aligner.io.extracted import Extracted, plain
from aligner.io.html import looks_like_html, read_html
from aligner.io.markdown import EXTENSIONS as MARKDOWN
from aligner.io.markdown import looks_like_markdown, read_markdown
from aligner.runtime.limits import MAX_FILE_BYTES as MAX_BYTES  # refuse before reading the file

HTML = (".html", ".htm", ".xhtml", ".shtml")
PLAIN = (".txt", ".text", ".seg", ".tok")
_OLE = bytes.fromhex("d0cf11e0a1b11ae1")  # old Office binary files (.doc, .xls)


def read_document(path: str) -> Extracted:
    """The text of a document in any format aligner reads, with its map back to the file."""
    return extract(read_bytes(path), path)


def extract(data: bytes, path: str) -> Extracted:
    """Pick the reader by content first (a .txt holding HTML is HTML), then by extension."""
    ext = os.path.splitext(path)[1].lower()
    if data.startswith(b"%PDF-") or ext == ".pdf":
        raise InputError(
            path, "is a PDF; get its text out first, e.g. `pdftotext -layout FILE.pdf FILE.txt`"
        )
    if data.startswith(_OLE) or ext == ".doc":
        raise InputError(path, "is an old Word (.doc) file; save it as .docx or plain text")
    if data.startswith(b"{\\rtf"):
        raise InputError(path, "is an RTF file; save it as .docx or plain text")
    if is_zip(data):
        return read_docx(path, data)
    if ext == ".docx":
        raise InputError(path, "is named .docx but is not a Word file (not a zip archive)")
    text = decode_bytes(data, path)
    if ext in HTML or looks_like_html(text):
        return read_html(path, text)
    if ext in MARKDOWN or (ext not in PLAIN and looks_like_markdown(text)):
        found = read_markdown(path, text)
        if not found.text.strip():
            raise InputError(path, "is Markdown with no text outside code and markup")
        return found
    return plain(path, text)


def read_text(path: str) -> str:
    """Return the decoded text of ``path`` or raise :class:`InputError`."""
    return decode_bytes(read_bytes(path), path)


def read_bytes(path: str) -> bytes:
    """The bytes of ``path``, refused in one line when missing, unreadable or too big."""
    if not os.path.exists(path):
        raise InputError(path, "no such file")
    if os.path.isdir(path):
        raise InputError(path, "is a directory, expected a text file")
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(path, f"file is {size:,} bytes; the limit is {MAX_BYTES // 2**20} MiB")
        with open(path, "rb") as handle:
            data = handle.read()
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from None
    return data


def decode_bytes(data: bytes, path: str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; refuse anything else."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _check_text(data.decode("utf-16"), path)
        except UnicodeDecodeError:
            raise InputError(path, "has a UTF-16 byte-order mark but is not valid UTF-16") from None
    if _looks_like_bomless_utf16(data):
        raise InputError(path, "looks like UTF-16 without a byte-order mark; save it as UTF-8")
    if b"\x00" in data:
        raise InputError(path, "looks binary (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise InputError(
            path, f"is not valid UTF-8 (byte 0x{bad} at offset {exc.start}); save it as UTF-8"
        ) from None
    return _check_text(text, path)


def _check_text(text: str, path: str) -> str:
    if not text.strip():
        raise InputError(path, "is empty" if not text else "contains only whitespace")
    return text


def _looks_like_bomless_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even_nuls, odd_nuls) > 0.3 * half and min(even_nuls, odd_nuls) < 0.05 * half


def read_pairs_tsv(path: str) -> list[tuple[str, str]]:
    """``source<TAB>target`` per line; an empty line is an empty pair (kept for numbering)."""
    pairs = []
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            pairs.append(("", ""))
            continue
        columns = line.split("\t")
        if len(columns) != 2:
            raise InputError(
                path, f"line {number}: expected 2 tab-separated columns, found {len(columns)}"
            )
        pairs.append((columns[0].strip(), columns[1].strip()))
    return pairs
