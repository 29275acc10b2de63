"""Numerals that are not digits or number words: Roman numerals (with the French ordinal
suffix, "XIVe"), scale words read by their stem in languages without a scale list
("mld", "tysięcy", "млн"), and the scale a trailing "y medio" halves. Used by
:mod:`aligner.drift.quantities`.
"""

from __future__ import annotations

import re

_ROMAN = {"I": 1, "V": 5, "X": 10}
# A Roman ordinal written with a suffix ("XIVe siècle", "Xe", "XIXème", "Ier"). "er"
# is the suffix of "premier" only: "Ver" is the Spanish verb ("(Ver las actualizaciones)"
# read as a fifth), not an ordinal.
ROMAN_ORDINAL = re.compile(r"(I(?=er)|[IVX]+(?!er))(?:e|er|ème|eme)")
# Scale words of languages without a scale list (Polish, Czech, Russian: "1,4 mld zł",
# "100 tisíc", "3,5 млн"), by stem: read only when the language has no list of its own.
# ("mil" is left out: Polish and Czech "mil" are also miles.)
SCALE_STEMS = (
    ("mld", 1e9),
    ("mlrd", 1e9),
    ("miliard", 1e9),
    ("млрд", 1e9),
    ("миллиард", 1e9),
    ("mln", 1e6),
    ("milion", 1e6),
    ("млн", 1e6),
    ("миллион", 1e6),
    ("tys", 1e3),
    ("tis", 1e3),
    ("тыс", 1e3),
)


def roman(token: str) -> int:
    """Value of a Roman numeral up to XXXIX (centuries, regnal and war numbers), else 0."""
    if not token or any(c not in _ROMAN for c in token):
        return 0
    total = 0
    for i, c in enumerate(token):
        v = _ROMAN[c]
        total += -v if i + 1 < len(token) and _ROMAN[token[i + 1]] > v else v
    # Only canonical spellings: "IIII" or "VX" are not numerals but words or codes.
    return total if 0 < total < 40 and to_roman(total) == token else 0


def to_roman(n: int) -> str:
    out = ""
    for v, s in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def stem_scale(norm: str) -> float:
    """The factor of a scale word read by its stem ("mld", "tysięcy", "миллионов"), or 0."""
    for stem, factor in SCALE_STEMS:
        if norm == stem or (norm.startswith(stem) and len(norm) - len(stem) <= 4):
            return factor
    return 0.0


def magnitude(value: float, factor: float) -> float:
    """The scale a trailing "y medio" halves: 1 for "dos años", 10**6 for "un millón"."""
    if factor > 1:
        return factor
    scale = 1.0
    while value >= scale * 1000 and value % (scale * 1000) == 0:
        scale *= 1000
    return scale


# Temperature marks after a figure: "40C", "40 °C", "40ºC" are degrees.
DEGREE_MARKS = frozenset(("°", "º", "°c", "ºc", "°f", "ºf"))
# Words before a zero that make it a sign, not a figure: "5 grados bajo cero" is
# "minus 5 degrees".
BELOW = frozenset(("bajo", "below", "sous", "sotto", "unter", "abaixo"))
MINUS = frozenset(("minus", "menos", "moins", "meno"))
# Words of one hundred that are a figure alone, unlike English "hundred" ("cien personas"
# is 100 people, "several hundred" a magnitude): "cien por cien" is 100 % (drift39c).
WHOLE_HUNDRED = frozenset(("cien", "cent", "cento", "cem"))
# A race time "2:03:12": hours, minutes and seconds, each its own figure.
DURATION = re.compile(r"(?<![\w:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\w:]|[.,]\d)")
