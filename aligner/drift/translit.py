"""One name written in Cyrillic and in Latin letters: "Бахрейн"/"Bahrain",
"Джордан"/"Jordan", "Брайанта"/"Bryant", "Техасе"/"Texas".

:func:`aligner.drift.text.cognate` compares letter skeletons, which a transliteration
moves too far ("dzhordan"/"jordan", and Russian declines names: "Техасе" is "in Texas").
Here each spelling becomes a key of its consonants as they sound (``дж``, ``j`` → j;
``х``, ``kh``, ``h`` → h; ``ц``, ``ts`` → c; Latin ``x`` read both as "ks" and as the
Russian "х" of Техас/Мексика), vowels dropped; a Cyrillic word is also read without its
case ending. Two names match when a key of one equals a key of the other and has three
consonants or more, or both keys are short and the words' first vowels agree too. Only
across scripts: two Latin spellings are :func:`cognate`'s business. docs/drift.md,
"Session 12".
"""

from __future__ import annotations

import re
from functools import cache

from aligner.drift.text import fold

# Russian (and Ukrainian, Bulgarian, Serbian) letters as they sound in English.
_LETTERS = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "o",
        "є": "e",
        "ж": "j",
        "з": "z",
        "и": "i",
        "і": "i",
        "ї": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "h",
        "ц": "c",
        "ч": "ch",
        "ш": "sh",
        "щ": "sh",
        "ъ": "",
        "ы": "i",
        "ь": "",
        "э": "e",
        "ю": "u",
        "я": "a",
        "ђ": "j",
        "ј": "i",
        "љ": "l",
        "њ": "n",
        "ћ": "c",
        "џ": "j",
    }
)
# Case endings of Russian nouns and adjectives, longest first ("России", "Техасе").
_ENDINGS = tuple(
    sorted(
        "ией ого ему ами ями ых их ой ом ем ии ию ия ей ую ым им ах ях а у е ы и ю я".split(),
        key=len,
        reverse=True,
    )
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Latin spellings of one sound, as a transliteration writes them.
_LATIN = (
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("ts", "c"),
    ("tch", "ch"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("qu", "k"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
    ("dj", "j"),
    ("sch", "sh"),
)
_VOWELS = re.compile(r"[aeiou]")


def cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


def _consonants(latin: str) -> str:
    """The word's consonants, doubles merged ("bahrain" → "bhrn")."""
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", latin))


@cache
def _latin_keys(word: str) -> frozenset[tuple[str, str]]:
    s = re.sub(r"[^a-z]", "", fold(word))
    for old, new in _LATIN:
        s = s.replace(old, new)
    # "c" is "k" before a, o, u and consonants, "s" before e and i ("Mexico", "Cecilia").
    s = re.sub(r"c(?=[eiy])", "s", s).replace("c", "k") if "ch" not in s else s
    readings = {s, s.replace("x", "ks"), s.replace("x", "h")}
    return frozenset((_consonants(r), _first_vowel(r)) for r in readings)


@cache
def _cyrillic_keys(word: str) -> frozenset[tuple[str, str]]:
    w = word.lower()
    stems = {w}
    for ending in _ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            stems.add(w[: -len(ending)])
            break
    out = set()
    for stem in stems:
        s = re.sub(r"[^a-z]", "", stem.translate(_LETTERS)).replace("dj", "j")
        out.add((_consonants(s), _first_vowel(s)))
    return frozenset(out)


def _first_vowel(s: str) -> str:
    m = _VOWELS.search(s)
    return m.group(0) if m else ""


def across_scripts(a: str, b: str, loose: bool = False) -> bool:
    """Whether a Cyrillic and a Latin word are one name ("Джордан"/"Jordan"); with
    ``loose``, the consonants alone decide (a given name next to a surname already
    matched: "Майка Помпео"/"Mike Pompeo", where English spells the vowel "i")."""
    if cyrillic(a) == cyrillic(b):
        return False
    cyr, lat = (a, b) if cyrillic(a) else (b, a)
    for ck, cv in _cyrillic_keys(cyr):
        for lk, lv in _latin_keys(lat):
            if ck != lk or not ck:
                continue
            if loose or len(ck) >= 3 or cv == lv:
                return True
    return False
