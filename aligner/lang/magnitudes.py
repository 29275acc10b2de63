"""Orders of magnitude said in words, not figures, per language ("cientos de personas",
"tens of thousands"): :mod:`aligner.drift.closed_words` compares the source's with the
translation's. Plural words only: "doscientos", "two hundred" are figures, the number
check's. "Dozens" and "scores" are tens, as "decenas" and "docenas" are."""

from __future__ import annotations

MAGNITUDES: dict[str, dict[str, float]] = {
    "en": {
        "tens": 10, "dozens": 10, "scores": 10, "hundreds": 100, "thousands": 1e3,
        "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    },
    "es": {
        "decenas": 10, "docenas": 10, "cientos": 100, "centenares": 100, "miles": 1e3,
        "millares": 1e3, "millones": 1e6, "millardos": 1e9,
    },
    "pt": {
        "dezenas": 10, "dúzias": 10, "centenas": 100, "milhares": 1e3, "milhões": 1e6,
        "bilhões": 1e9, "biliões": 1e12,
    },
    "fr": {
        "dizaines": 10, "douzaines": 10, "centaines": 100, "milliers": 1e3,
        "millions": 1e6, "milliards": 1e9,
    },
    "it": {
        "decine": 10, "dozzine": 10, "centinaia": 100, "migliaia": 1e3, "milioni": 1e6,
        "miliardi": 1e9,
    },
    "de": {
        "dutzende": 10, "hunderte": 100, "tausende": 1e3, "millionen": 1e6,
        "milliarden": 1e9,
    },
}  # fmt: skip
# The word joining two of them into one ("decenas de miles", "tens of thousands").
OF: dict[str, str] = {"en": "of", "es": "de", "pt": "de", "fr": "de", "it": "di", "de": "von"}
