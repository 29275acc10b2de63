"""One name as a Slavic source spells and declines it and as English writes it:
"Бахрейн"/"Bahrain", "Джордан"/"Jordan", "Брайанта"/"Bryant", "Техасе"/"Texas",
"Brně"/"Brno", "Ukrajiny"/"Ukraine", "Netanjahuovou"/"Netanyahu".

:func:`aligner.drift.text.cognate` compares letter skeletons, which a transliteration or
a case ending moves too far ("dzhordan"/"jordan"; Russian, Polish and Czech decline
names: "Техасе" is "in Texas", "w Brnie" "in Brno"). Here each spelling becomes a key of
its consonants as they sound (``дж``, ``ж``, ``j`` → j; ``х``, ``kh``, ``h`` → h; ``ц``,
``ts`` → c; Polish ``sz``, Czech ``š`` → sh, their ``j`` a vowel; Latin ``x`` read as
"ks" and as the Russian "х" of Техас/Мексика), vowels and ``y`` dropped; the source word
is also read without its case ending. Two names match when a key of one equals a key of
the other and has three consonants or more, or both keys are short and the words' first
vowels agree too. Used for Cyrillic against Latin letters, and for Polish, Czech,
Slovak, Slovene and Croatian sources against English (languages with no Apertium route
to English, so no MT to translate their names): docs/drift.md, "Session 12".
"""

from __future__ import annotations

import re
from functools import cache

from aligner.drift.text import fold


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """ "a:b c:d" → (("a", "b"), ("c", "d")), in the order written."""
    return tuple(tuple(pair.split(":")) for pair in text.split())  # type: ignore[misc]


# Cyrillic (Russian, Ukrainian, Bulgarian, Serbian) letters as they sound in English.
_CYRILLIC_LETTERS = str.maketrans(
    dict(
        _pairs("""
    а:a б:b в:v г:g д:d е:e ё:o є:e ж:j з:z и:i і:i ї:i й:i к:k л:l м:m н:n о:o п:p р:r
    с:s т:t у:u ф:f х:h ц:c ч:ch ш:sh щ:sh ъ: ы:i ь: э:e ю:u я:a ђ:j ј:i љ:l њ:n ћ:c џ:j""")
    )
)
# Case endings of Russian nouns and adjectives ("России", "Техасе", "Сахелем").
_CYRILLIC_ENDINGS = "ией ого ему ами ями ых их ой ом ем ии ию ия ей ую ым им ах ях а у е ы и ю я"
# Polish and Czech spellings of sounds (before accents are folded), longest first; their
# "j" is the English "y".
_SLAVIC_SOUNDS = _pairs("""j:i szcz:shch sz:sh cz:ch rz:j ż:j ź:j ś:sh ć:ch ł:l ą:o ę:e č:ch
    š:sh ž:j ř:rj ě:e ů:u w:v ch:h""")
# Their case endings ("Ukrajiny", "Brně", "Netanjahuovou"), longest first.
# Czech possessive adjectives of a name ("Netanjahuovu přezdívku", Netanyahu's nickname:
# -ův, -ova, -ovo, -ovu, -ovy, -ových, -ovým) are the name with its ending (session 36).
_SLAVIC_ENDINGS = "ových ovým ovou ového owie ovu ova ovo ovy ův ami ach ego emu owi ové ých ích"
_SLAVIC_ENDINGS += " iem ie ii ią ą ę em om ów ou ám"
_SLAVIC_ENDINGS += " y u a e ě i o"
SLAVIC_LATIN = frozenset(("pl", "cs", "sk", "sl", "hr", "bs"))
# Latin spellings of one sound, as a transliteration writes them.
_LATIN = _pairs("dzh:j zh:j kh:h ts:c tch:ch ph:f th:t ck:k qu:k q:k w:v y:i dj:j sch:sh")
_SCRIPT = re.compile(r"[\u0400-\u04ff]")
# Greek letters as English writes names from them (ELOT 743 in the main), the digraphs
# first: "ου" u, "μπ" b, "ντ" d, "γκ" g, "αι" e, "ει" and "οι" i ("Παπαδοπούλου" →
# "Papadopoulou", "Ντόρα" → "Dora"); accents are folded before. Issue 12, other scripts.
_GREEK_DIGRAPHS = _pairs("ου:u μπ:b ντ:d γκ:g γγ:ng αι:e ει:i οι:i αυ:av ευ:ev")
_GREEK_LETTERS = str.maketrans(
    dict(
        _pairs("""
    α:a β:v γ:g δ:d ε:e ζ:z η:i θ:th ι:i κ:k λ:l μ:m ν:n ξ:x ο:o π:p ρ:r σ:s ς:s τ:t
    υ:i φ:f χ:h ψ:ps ω:o""")
    )
)
# Case endings of Greek names ("Παπαδόπουλου", "Αθηνών", "Μαρίας"), longest first.
_GREEK_ENDINGS = "ους ου ος ης ας ων ες οι α η ο"
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_VOWELS = re.compile(r"[aeiou]")


def cyrillic(word: str) -> bool:
    return bool(_SCRIPT.search(word))


def _consonants(latin: str) -> str:
    """The word's consonants, doubles merged ("bahrain" → "bhrn")."""
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", latin))


def _first_vowel(s: str) -> str:
    m = re.search(r"[aeiou]", s)
    return m.group(0) if m else ""


def _key(latin: str) -> tuple[str, str]:
    return _consonants(latin), _first_vowel(latin)


@cache
def _english_keys(word: str) -> frozenset[tuple[str, str]]:
    s = re.sub(r"[^a-z]", "", fold(word))
    for old, new in _LATIN:
        s = s.replace(old, new)
    # "c" is "k" before a, o, u and consonants, "s" before e and i ("Mexico", "Cecilia").
    s = re.sub(r"c(?=[ei])", "s", s).replace("c", "k") if "ch" not in s else s
    spellings = {s, s.replace("x", "ks"), s.replace("x", "h"), s.replace("eu", "ev")}
    # A name's adjective read as its stem ("Baltic", "European" → "balt", "europ"),
    # to meet a Slavic adjective read the same way (:func:`_adjective_stem`).
    for ending in _ENGLISH_ADJECTIVE:
        if s.endswith(ending) and len(s) - len(ending) >= MIN_ADJECTIVE_STEM:
            spellings |= {s[: -len(ending)], s[: -len(ending)].replace("eu", "ev")}
            break
    return frozenset(_key(r) for r in spellings)


# English endings of a name's adjective ("Baltic", "European", "Canadian", "Polish"),
# longest first; the Slavic adjective of a name is its stem with "-sk-" ("Baltské",
# "evropské", "европейский", "europejskiej"): Greek "ev" is the Latin "eu" there
# ("Evropa"/"Europe"). Session 36, drift41c (DEMETR Czech's "Baltské moře" / "Baltic
# Sea", "Země Evropské unie" / "European Union" were name swaps).
_ENGLISH_ADJECTIVE = ("ian", "ean", "ish", "ese", "ik", "an")  # "ic" is "ik" by then
MIN_ADJECTIVE_STEM = 4
_SLAVIC_ADJECTIVE = re.compile(r"(?:sk|ск|ck|šť|cк)[^\W\d_]*$")


def _adjective_stem(word: str) -> str | None:
    """The stem of a Slavic adjective of a name ("baltsk-é" → "balt", "европейск-ий" →
    "европей"), or None: four letters at least before its "-sk-"."""
    m = _SLAVIC_ADJECTIVE.search(word)
    return word[: m.start()] if m and m.start() >= MIN_ADJECTIVE_STEM else None


def _stems(word: str, endings: str) -> set[str]:
    """The word, and the word without its longest case ending (three letters kept)."""
    out = {word}
    for ending in sorted(endings.split(), key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            out.add(word[: -len(ending)])
            break
    return out


@cache
def _source_keys(word: str, lang: str) -> frozenset[tuple[str, str]]:
    w = word.lower()
    out = set()
    if _GREEK.search(w):
        for stem in _stems(fold(w), _GREEK_ENDINGS):
            for old, new in _GREEK_DIGRAPHS:
                stem = stem.replace(old, new)
            # then spelt as the English side is ("ts" → "c", "c" before "i" → "s")
            out.update(_english_keys(stem.translate(_GREEK_LETTERS)))
    elif cyrillic(w):
        adjective = _adjective_stem(w)
        for stem in _stems(w, _CYRILLIC_ENDINGS) | ({adjective} if adjective else set()):
            out.add(
                _key(re.sub(r"[^a-z]", "", stem.translate(_CYRILLIC_LETTERS)).replace("dj", "j"))
            )
    elif lang[:2] in SLAVIC_LATIN:
        adjective = _adjective_stem(w)
        for stem in _stems(w, _SLAVIC_ENDINGS) | ({adjective} if adjective else set()):
            out.add(_key(re.sub(r"[^a-z]", "", fold(stem))))  # "Babiš" written "Babis"
            for old, new in _SLAVIC_SOUNDS:
                stem = stem.replace(old, new)
            # their "y" is a vowel ("palestyński" / "Palestinian")
            out.add(_key(re.sub(r"[^a-z]", "", fold(stem)).replace("y", "i")))
    return frozenset(out)


def declined_name(word: str, lang: str, english: str, loose: bool = False) -> bool:
    """Whether a Cyrillic word, or a word of a Latin-script Slavic language, and an
    English word are one name; with ``loose``, the consonants alone decide (a given name
    next to a surname already matched: "Майка Помпео"/"Mike Pompeo")."""
    if cyrillic(english) or _GREEK.search(english) or not english[:1].isalpha():
        return False
    for ck, cv in _source_keys(word, lang):
        for ek, ev in _english_keys(english):
            if ck and ck == ek and (loose or len(ck) >= 3 or cv == ev):
                return True
    return False


def same_name(a: str, a_lang: str, b: str, b_lang: str, loose: bool = False) -> bool:
    """:func:`declined_name` with the sides either way round (English is the other)."""
    if b_lang[:2] == "en":
        return declined_name(a, a_lang, b, loose)
    if a_lang[:2] == "en":
        return declined_name(b, b_lang, a, loose)
    return False
