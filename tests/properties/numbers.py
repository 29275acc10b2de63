"""Fuzz properties of figures: digits in both locales and number words."""

from __future__ import annotations

import math
import re

from aligner.alignment.numbers import extract_numbers
from aligner.drift.quantities import extract_quantities

# --------------------------------------------------------------------------- numbers

# What extract_numbers promises: a locale-free form, ASCII digits, no leading zeros, a
# fraction only when it is not zero and without trailing zeros.
CANONICAL = re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?")


def numbers_property(text: str, lang: str) -> None:
    """Neither digit extraction nor quantity extraction raises, on any text in any
    language; numbers come out canonical; every quantity slices back to its text."""
    for number in extract_numbers(text, lang):
        assert CANONICAL.fullmatch(number), number
    for q in extract_quantities(text, lang):
        assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text, q
        assert not math.isnan(q.value), q


def number_locales_property(number: tuple[str, str, str]) -> None:
    """A figure written Spanish-style ("1.234,5", "1 234,5") and English-style ("1,234.5")
    normalises to the same canonical number, and that number is its exact value."""
    es, en, value = number
    expected = [value]
    assert extract_numbers(f"Se contaron {es} casos.", "es") == expected, es
    assert extract_numbers(f"They counted {en} cases.", "en") == expected, en
    for lang, sentence, figure in (
        ("es", "Se contaron {} casos.", es),
        ("en", "They counted {} cases.", en),
    ):
        text = sentence.format(figure)
        at = text.index(figure)
        found = [q for q in extract_quantities(text, lang) if q.start == at]
        assert found and found[0].end == at + len(figure), (text, found)
        assert found[0].value == float(expected[0]), (text, found[0])


_ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
    "quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
    "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
).split()
_ES_TENS = dict(
    zip(
        range(3, 10),
        "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split(),
        strict=True,
    )
)
_ES_HUNDREDS = dict(
    zip(
        range(1, 10),
        "ciento doscientos trescientos cuatrocientos quinientos "
        "seiscientos setecientos ochocientos novecientos".split(),
        strict=True,
    )
)
_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = dict(
    zip(range(2, 10), "twenty thirty forty fifty sixty seventy eighty ninety".split(), strict=True)
)


def _es_below_thousand(n: int, before_scale: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append("cien" if hundreds == 1 and not rest else _ES_HUNDREDS[hundreds])
    if rest:
        tens, unit = divmod(rest, 10)
        word = (
            _ES_UNITS[rest]
            if rest < 30
            else _ES_TENS[tens] + (f" y {_ES_UNITS[unit]}" if unit else "")
        )
        if before_scale and word.endswith("uno"):
            # "uno" shortens before a noun: "veintiún mil", "treinta y un millones".
            word = word[:-3] + ("ún" if word.endswith("veintiuno") else "un")
        words.append(word)
    return " ".join(words)


def spell_es(n: int) -> str:
    """Spanish number words for 0 <= n < 10**9, as the RAE writes them."""
    if n == 0:
        return "cero"
    millions, rest = divmod(n, 10**6)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(
            "un millón" if millions == 1 else _es_below_thousand(millions, True) + " millones"
        )
    if thousands:
        parts.append("mil" if thousands == 1 else _es_below_thousand(thousands, True) + " mil")
    if units:
        parts.append(_es_below_thousand(units, False))
    return " ".join(parts)


def _en_below_thousand(n: int, british: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(f"{_EN_UNITS[hundreds]} hundred")
    if rest:
        if hundreds and british:
            words.append("and")
        tens, unit = divmod(rest, 10)
        words.append(
            _EN_UNITS[rest]
            if rest < 20
            else _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")
        )
    return " ".join(words)


def spell_en(n: int, british: bool) -> str:
    """English number words for 0 <= n < 10**9 ("and" after hundreds if ``british``)."""
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10**6, " million"), (1000, " thousand"), (1, "")):
        chunk = n // scale % 1000
        if chunk:
            parts.append(_en_below_thousand(chunk, british) + name)
    return " ".join(parts)


def number_words_property(n: int, lang: str, british: bool) -> None:
    """A whole number spelled out in words reads back as that number, the words as one
    quantity ("veintiún mil" is 21000, "two hundred and five" 205)."""
    words = spell_es(n) if lang == "es" else spell_en(n, british)
    text = f"Contaron {words} barcos." if lang == "es" else f"They counted {words} boats."
    at = text.index(words)
    found = [q for q in extract_quantities(text, lang) if q.start == at]
    assert found, (words, extract_quantities(text, lang))
    assert (found[0].end, found[0].value) == (at + len(words), float(n)), (words, found[0])
