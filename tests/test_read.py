import codecs

import pytest

from aligner.errors import InputError
from aligner.io.read import decode_bytes, read_text


def test_bom_is_dropped_and_line_endings_kept():
    text = decode_bytes(codecs.BOM_UTF8 + "Hola.\r\nAdiós.\r\n".encode())
    assert text == "Hola.\r\nAdiós.\r\n"


def test_utf16_with_bom_is_decoded():
    data = "Señor Pérez dijo «sí».".encode("utf-16")
    assert decode_bytes(data) == "Señor Pérez dijo «sí»."


def test_utf16_without_bom_is_refused_with_advice():
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        decode_bytes("Plain text in UTF-16 without a BOM.".encode("utf-16-le"), "a.txt")


def test_latin1_names_the_byte_and_offset():
    with pytest.raises(InputError) as info:
        decode_bytes("Año nuevo".encode("latin-1"), "viejo.txt")
    assert (
        str(info.value) == "viejo.txt: is not valid UTF-8 (byte 0xf1 at offset 1); save it as UTF-8"
    )


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"", "is empty"), (b" \n\t\n", "contains only whitespace"), (b"ab\x00cd\x00\x01", "binary")],
)
def test_unusable_content(data, problem):
    with pytest.raises(InputError, match=problem):
        decode_bytes(data, "x.txt")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_text(str(tmp_path))
