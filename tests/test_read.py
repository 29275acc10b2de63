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


# --- formats (issue 15): picked by content first, then by extension; texts written here


def test_pdf_is_refused_with_a_way_to_get_the_text_out():
    from aligner.io.read import extract

    with pytest.raises(InputError) as info:
        extract(b"%PDF-1.7\n1 0 obj\n", "nota.txt")
    assert str(info.value) == (
        "nota.txt: is a PDF; get its text out first, e.g. `pdftotext -layout FILE.pdf FILE.txt`"
    )


@pytest.mark.parametrize(
    ("name", "data", "fmt", "text"),
    [
        ("a.txt", b"<!DOCTYPE html><html><body><h1>Hola</h1><p>Un texto.</p></body></html>",
         "html", "Hola\n\nUn texto.\n"),
        ("a", b"# Hola\n\nUn [texto](http://x.org) **breve**.\n", "markdown",
         "Hola\n\nUn texto breve.\n"),
        ("a.txt", b"# Hola\n\nUn [texto](http://x.org) **breve**.\n", "text",
         "# Hola\n\nUn [texto](http://x.org) **breve**.\n"),
        ("a.md", "\ufeffHola *mundo*.\r\n".encode(), "markdown", "Hola mundo.\n"),
    ],
)  # fmt: skip
def test_the_reader_is_picked_by_content_and_extension(name, data, fmt, text):
    from aligner.io.read import extract

    found = extract(data, name)
    assert (found.format, found.text) == (fmt, text)
