"""Writing systems: which script a text is in, and what that says about it.

Languages written without spaces between words (Chinese, Japanese) and scripts whose
vowel signs are combining marks (Devanagari, Arabic with its short vowels) need their
own handling wherever text is cut into words, and a text in a script that only one or
two languages use is told apart by its letters, not by function words. Everything here
is plain Unicode data (``unicodedata``), no word lists.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache


def _mark_ranges() -> str:
    """A character-class body of every combining mark of the Basic Multilingual Plane
    (Unicode categories Mn, Mc, Me): Devanagari vowel signs, Arabic short vowels,
    accents written apart. ``re``'s ``\\w`` does not count them, which cut "नहीं" in two."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x300, 0x10000):
        if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


MARKS = _mark_ranges()
# Han ideographs (CJK Unified, Extension A, Compatibility), kana and the iteration and
# prolonged-sound marks: scripts written without spaces, read one character a word.
IDEOGRAPHIC = "\u3005\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
# Hangul syllables and jamo: Korean writes a figure and its counter or scale as one word
# ("950만", "3명"), which the figure reader splits.
HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3"
# A text needs the wider word rules only when it holds one of these characters.
NEEDS_WIDE = re.compile(f"[{MARKS}{IDEOGRAPHIC}{HANGUL}]")

# Scripts by the first word of their characters' Unicode names, and the language a text
# mostly in that script is taken to be when nothing else tells (the guess is refined
# below for scripts shared by several languages).
_SCRIPT_LANGUAGE = {
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "DEVANAGARI": "hi",
    "ARABIC": "ar",
    "GREEK": "el",
    "CYRILLIC": "ru",
    "HEBREW": "he",
    "THAI": "th",
    "BENGALI": "bn",
    "TAMIL": "ta",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
}
# Letters only one language of a shared script uses (Ukrainian і ї є ґ, Serbian ђ ћ љ
# њ џ ј, Belarusian ў; Persian پ چ ژ گ, Urdu ٹ ڈ ڑ ے ں): their presence decides.
_OWN_LETTERS = (
    ("CYRILLIC", "uk", "іїєґ"),
    ("CYRILLIC", "sr", "ђћљњџј"),
    ("CYRILLIC", "be", "ў"),
    ("ARABIC", "ur", "ٹڈڑےں"),
    ("ARABIC", "fa", "پچژگ"),
)


@cache
def script_of(ch: str) -> str:
    """The script of a letter ("LATIN", "CJK", "HIRAGANA", "CYRILLIC" ...), "" for none."""
    if not ch.isalpha():
        return ""
    name = unicodedata.name(ch, "")
    if name.startswith(("FULLWIDTH LATIN", "HALFWIDTH KATAKANA")):
        return "LATIN" if "LATIN" in name else "KATAKANA"
    if name.startswith("CJK"):
        return "CJK"
    return name.split(" ", 1)[0]


_WORDS = re.compile(f"[{IDEOGRAPHIC}]|[^\\W\\d_{IDEOGRAPHIC}]+")


def script_counts(text: str, sample_chars: int = 20000) -> Counter[str]:
    """Words by the script of their first letter; an ideograph or kana is a word."""
    return Counter(s for w in _WORDS.findall(text[:sample_chars]) if (s := script_of(w[0])))


@dataclass(frozen=True)
class ScriptGuess:
    code: str
    confidence: float  # the script's share of the words in scripts other than Latin
    coverage: float  # its share of all the words
    words: int


def guess_by_script(text: str, sample_chars: int = 20000) -> ScriptGuess | None:
    """The language of a text whose words are mostly in one script other than Latin, or
    None (a Latin text: function words tell). Names in Latin letters inside it ("与
    Microsoft签署", "компания Apple") are words too, but tell nothing of its language."""
    counts = script_counts(text, sample_chars)
    total = sum(counts.values())
    other = total - counts["LATIN"]
    if not total or counts["LATIN"] >= total / 2:
        return None
    kana = counts["HIRAGANA"] + counts["KATAKANA"]
    if kana and counts["CJK"] + kana >= other / 2:
        # Japanese writes kana between its kanji; Chinese never does.
        n = counts["CJK"] + kana
        return ScriptGuess("ja", n / other, n / total, total)
    script, n = next((s, c) for s, c in counts.most_common() if s != "LATIN")
    code = _SCRIPT_LANGUAGE.get(script)
    if code is None:
        return None
    sample = text[:sample_chars].lower()
    for shared, own, letters in _OWN_LETTERS:
        if script == shared and any(c in sample for c in letters):
            code = own
            break
    return ScriptGuess(code, n / other, n / total, total)


# About how many Latin letters an English translation spends on one character of a
# script written without spaces (a Han character is a syllable and most often a whole
# word; Korean Hangul blocks are syllables too): used to compare a text's size with
# its translation's, never to count words.
_WIDTH = {"CJK": 3.0, "HIRAGANA": 2.0, "KATAKANA": 2.0, "HANGUL": 2.0}


def latin_size(text: str) -> float:
    """The text's length in characters, those of the scripts above counted as the
    letters an English rendering would take, so that "该市有350万居民。" is not read as
    a third of "The city has 3.5 million residents."."""
    if not NEEDS_WIDE.search(text):
        return float(len(text))
    return sum(_WIDTH.get(script_of(c), 1.0) for c in text)


def ascii_digits(text: str) -> str:
    """Digits of any script as ASCII ("３５０" → "350", "५०" → "50", "٢٥" → "25");
    Arabic's own decimal and thousands separators as "." and ","."""
    if text.isascii():
        return text
    out = []
    for c in text:
        d = unicodedata.decimal(c, None)
        out.append(str(d) if d is not None else {"٫": ".", "٬": ","}.get(c, c))
    return "".join(out)
