"""Read the files users give us: bytes → text, with every refusal explained.

The decoded text keeps the user's characters as they are (line endings, NFD,
spacing); only a byte-order mark is dropped. Sentence offsets refer to this
text, so a segment can always be found again in the user's file.
"""

from __future__ import annotations

import codecs
import os

from aligner.errors import InputError
from aligner.runtime.limits import MAX_FILE_BYTES as MAX_BYTES  # refuse before reading the file


def read_text(path: str) -> str:
    """Return the decoded text of ``path`` or raise :class:`InputError`."""
    if not os.path.exists(path):
        raise InputError(path, "no such file")
    if os.path.isdir(path):
        raise InputError(path, "is a directory, expected a text file")
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(
                path, f"file is {size:,} bytes; the limit is {MAX_BYTES // 2**20} MiB"
            )
        with open(path, "rb") as handle:
            data = handle.read()
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from None
    return decode_bytes(data, path)


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
