"""Sample units and helpers shared by the export and bilingual-reader tests.

Texts here were written for these tests.
"""

from __future__ import annotations

import os
import unicodedata

from aligner.io.bilingual import read_bilingual, read_moses
from aligner.io.export import (
    FORMATS,
    Unit,
    export,
)

ONE_FILE_FORMATS = [f for f in FORMATS if f != "moses"]
XML_FORMATS = ["tmx", "xliff", "xliff12"]

# --------------------------------------------------------------------------- sample data


def unit(n: int, src: str, tgt: str, bead: str = "1-1", score: float | None = 0.9, **kw) -> Unit:
    fields = {"src_lang": "es", "tgt_lang": "ar", "doc": "nota", "findings": ()} | kw
    return Unit(id=f"{fields['doc']}:{n}", src=src, tgt=tgt, score=score, bead=bead, **fields)


# Everything the brief names: guillemets, emoji, RTL, markup characters, edge spaces,
# tabs and line breaks inside a segment, and the empty side of null beads.
SAMPLE = [
    unit(0, "«Hola», dijo.", "«مرحبا»، قال.", findings=("number-mismatch", "entity")),
    unit(1, 'Precio <5 € & "oferta"', 'السعر <5 € & "عرض"', score=0.123456789),
    unit(2, "  espacios al borde ", " שלום עולם  ", score=None),
    unit(3, "Sólo en español.", "", bead="1-0", score=0.41),
    unit(4, "", "إضافة فقط.", bead="0-1", score=0.38),
    unit(5, "Dos frases. Aquí 🎉👍🏽.", "جملة واحدة 🎉👍🏽.", bead="2-1"),
    unit(6, "col1\tcol2\\n no es salto", "سطر\nسطر\r\nآخر", score=1.0),
]
MOSES_SAMPLE = [u for u in SAMPLE if "\n" not in u.src + u.tgt and "\r" not in u.src + u.tgt]


def nfc(units: list[Unit]) -> list[Unit]:
    """What a reader gives back: the same units, texts in NFC."""
    return [
        Unit(**{**u.__dict__, "src": unicodedata.normalize("NFC", u.src),
                "tgt": unicodedata.normalize("NFC", u.tgt)})
        for u in units
    ]  # fmt: skip


def roundtrip(units: list[Unit], fmt: str, folder: str) -> list[Unit]:
    out = os.path.join(folder, f"corpus.{fmt}")
    paths = export(units, fmt, out)
    return read_moses(*paths) if fmt == "moses" else read_bilingual(out)


def write(folder, name: str, text: str) -> str:
    path = os.path.join(str(folder), name)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    return path
