"""Numbers written in digits, normalised across locales.

"100.000" (es) and "100,000" (en) are the same number; so are "49,9" and "49.9".
The locale decides what a lone separator means: in a decimal-comma language
"1.250" is one thousand two hundred and fifty, in English it is 1.25.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata

from aligner.lang import profile

# A digit group with optional thousands/decimal separators (". , space-less").
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,\u00a0\u202f ]\d+)*(?![\w])")
_GROUPED = re.compile(r"^\d{1,3}(?:([.,\u00a0\u202f ])\d{3})+$")
# Thousands groups and then a decimal part: "1.234,5", "1,234.5", "1 234,5". The last
# mark differs from the group mark, so it is the decimal point in any locale.
_GROUPED_DECIMAL = re.compile(r"^(\d{1,3}(?:([.,\u00a0\u202f ])\d{3})+)([.,])(\d+)$")


def _digits(text: str) -> str:
    """The digits of ``text`` as ASCII without leading zeros ("0" if all zeros).

    Not int(): it refuses strings of more than 4300 digits, and any script's digits
    ("٣", "१") must come out as the same ASCII number.
    """
    digits = "".join(str(unicodedata.decimal(c)) for c in text if c.isdecimal())
    return digits.lstrip("0") or "0"


def _decimal(whole: str, frac: str) -> str:
    # Trailing zeros say nothing about the value: "1,50" and "1.5" are one number.
    frac = "".join(str(unicodedata.decimal(c)) for c in frac if c.isdecimal()).rstrip("0")
    return f"{_digits(whole)}.{frac}" if frac else _digits(whole)


def canonical(token: str, decimal_comma: bool) -> str:
    """Return a locale-free form of one digit token: '100.000' → '100000', '49,9' → '49.9'."""
    token = token.strip()
    if token.isascii() and token.isdigit():  # most figures: nothing to read but the digits
        return token.lstrip("0") or "0"
    grouped = _GROUPED.match(token)
    if grouped:
        sep = grouped.group(1)
        # "1.250" is a thousands group in decimal-comma locales, a decimal in English.
        if (
            sep in "\u00a0\u202f "
            or (sep == "." and decimal_comma)
            or (sep == "," and not decimal_comma)
        ):
            return _digits(token)
    both = _GROUPED_DECIMAL.match(token)
    if both and both.group(2) != both.group(3):
        return _decimal(both.group(1), both.group(4))
    decimal = "," if decimal_comma else "."
    other = "." if decimal_comma else ","
    if token.count(decimal) == 1 and other not in token:
        whole, frac = token.split(decimal)
        return _decimal(whole, frac)
    if token.count(other) == 1 and decimal not in token:
        # The "wrong" separator alone (49.9 in a Spanish text): a decimal, since a
        # thousands group would have matched above.
        whole, frac = token.split(other)
        return _decimal(whole, frac)
    return _digits(token) if any(c.isdecimal() for c in token) else token


def extract_numbers(text: str, lang: str) -> list[str]:
    """All digit numbers in ``text`` in canonical form, in order of appearance."""
    decimal_comma = profile(lang).decimal_comma
    found = []
    for match in _NUMBER.finditer(text):
        raw = match.group(0)
        # "2023-2024", "10 20" split at spaces that are not thousands groups.
        if " " in raw and not _GROUPED.match(raw):
            found.extend(canonical(part, decimal_comma) for part in raw.split())
        else:
            found.append(canonical(raw, decimal_comma))
    return found


# Languages text2num reads number words in; others keep their digits only.
_SPELLED_LANGS = frozenset({"en", "es", "fr", "pt", "de", "it", "nl"})
# A text with no letter run long enough to be a number word has nothing to convert.
_WORDY = re.compile(r"[^\W\d_]{3,}")
# Scale words alone ("millones de personas", "thousands") are no figure, and after digits
# ("1,2 millones") the digits already count.
_SCALES = frozenset({"100", "1000", "1000000", "1000000000", "1000000000000"})
# German ordinals come out of text2num as "4." ("der vierte"), which reads as a figure.
_GERMAN_ORDINAL = re.compile(r"(?<![\d.,])(\d+)\.(?=\s|$)")


def numbers_with_words(text: str, lang: str) -> list[str]:
    """Digit numbers and spelled cardinals ("las diez de la noche" ↔ "10 p.m."), canonical.

    News writes small numbers in words in one language and in digits in the other;
    counted as digits only, such a pair looked like two sentences with different
    figures. text2num's reading leaves isolated small words ("one", "un", "zwei")
    alone, so articles do not become numbers; ordinals and bare scale words are left
    out, as is anything the digits already say.
    """
    digits = extract_numbers(text, lang)
    if lang not in _SPELLED_LANGS or not _WORDY.search(text):
        return digits
    from text_to_num import alpha2digit

    converted = text
    # A reading text2num cannot make of an odd string loses only the spelled numbers:
    # the digits alone still count, as before this signal existed.
    with contextlib.suppress(Exception):
        converted = alpha2digit(text, lang)
    if converted == text:
        return digits
    if lang == "de":  # the digits of the text itself are counted already
        converted = _GERMAN_ORDINAL.sub("", converted)
    left = list(digits)
    spelled = []
    for n in extract_numbers(converted, lang):
        if n in left:
            left.remove(n)
        elif n not in _SCALES:
            spelled.append(n)
    return digits + spelled
