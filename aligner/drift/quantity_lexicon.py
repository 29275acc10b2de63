"""The per-language word lists of :mod:`aligner.drift.quantities`, and its tokenizer.

The lists themselves live in :mod:`aligner.lang`; this module gathers the ones the
quantity scanner reads into one cached table per language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from aligner.lang import LanguageProfile, profile
from aligner.lang.scripts import HANGUL, IDEOGRAPHIC, MARKS, NEEDS_WIDE, ascii_digits

TOKEN = re.compile(
    # Thousands grouped by plain spaces ("7 400", "20 000": French, Spanish, Polish
    # style) are one figure; only 3-digit groups after 1-3 digits, so "2019 300" stays two.
    # A group may be followed by punctuation ("5 143, soit") or a decimal part ("1 037,5").
    r"(?P<num>(?<![^\W_])(?:\d{1,3}(?: \d{3})+(?:,\d+)?(?!\d|[.,]\d)|\d+(?:[.,\u00a0\u202f]\d+)*)"
    r"(?P<suf>\.º|\.ª|st|nd|rd|th|s|º|ª|°|bn|mn|trn|tn|kwh|km|kg|cm|mm|ml|kw|mw|gw|ha|mph|m|k|C)?"
    r"(?![^\W_]))"
    # An elided article before a figure is a word of its own ("all'1,2 %", "l'8 marzo").
    r"|(?P<word>[^\W_]+(?:['’](?!\d)[^\W_]+)*)"
    r"|(?P<other>\S)"
)
# The same for text with ideographs or combining marks (aligner.lang.scripts): an
# ideograph is a word of its own and no letter glued to a figure ("有３５０万居民",
# "2024年5月3日"), a letter may carry marks, and Arabic writes its own separators.
_LETTER = rf"(?:[^\W_{IDEOGRAPHIC}]|[{MARKS}])"
# Korean glues a figure to its counter or scale ("950만", "3명"): Hangul bounds no figure.
_GLUED = rf"(?:[^\W_{IDEOGRAPHIC}{HANGUL}]|[{MARKS}])"
WIDE_TOKEN = re.compile(
    rf"(?P<num>(?<!{_GLUED})(?:\d{{1,3}}(?: \d{{3}})+(?:,\d+)?(?!\d|[.,]\d)"
    r"|\d+(?:[.,\u00a0\u202f\u066b\u066c]\d+)*)"
    r"(?P<suf>\.º|\.ª|st|nd|rd|th|s|º|ª|°|bn|mn|trn|tn|kwh|km|kg|cm|mm|ml|kw|mw|gw|ha|mph|m|k|C)?"
    rf"(?!{_GLUED}))"
    rf"|(?P<word>[{IDEOGRAPHIC}]|{_LETTER}+(?:['’]{_LETTER}+)*)"
    r"|(?P<other>\S)"
)


@dataclass(frozen=True)
class Tok:
    text: str
    norm: str
    start: int
    end: int
    kind: str  # num | word | other
    suffix: str = ""


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    full_months: frozenset[str]  # names that are not abbreviations of a longer one
    words: dict[str, float]
    vague: dict[str, float]
    scales: dict[tuple[str, ...], float]
    fractions: dict[str, int]
    ratios: tuple[tuple[str, ...], ...]
    percent: tuple[tuple[str, ...], ...]
    units: dict[tuple[str, ...], str]
    and_half: tuple[tuple[str, ...], ...]
    decades: tuple[tuple[str, ...], ...]
    clock: dict[str, int]
    modal_words: frozenset[str]
    articles: frozenset[str]
    # One-word "according to" that is also a number word (Portuguese "segundo ele"),
    # and the determiners that make it the ordinal again ("o segundo turno").
    prepositions: frozenset[str]
    determiners: frozenset[str]
    capital_months: bool
    decimal_comma: bool
    lang: str


def seqs(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    # Longest first, so "mil millones" wins over "mil".
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


@cache
def lexicon(lang: str) -> Lexicon:
    prof: LanguageProfile = profile(lang)
    return Lexicon(
        months=dict(prof.month_names),
        full_months=frozenset(
            name
            for name, m in prof.month_names
            if not any(o != name and o.startswith(name) for o, n in prof.month_names if n == m)
        ),
        words=dict(prof.number_words),
        vague=dict(prof.vague_numbers),
        scales={tuple(w.split()): f for w, f in prof.scale_words},
        fractions=dict(prof.fraction_words),
        ratios=seqs(prof.ratio_connectors),
        percent=seqs(prof.percent_words),
        units={tuple(w.split()): u for w, u in prof.unit_words},
        and_half=seqs(prof.and_half),
        decades=seqs(prof.decade_words),
        clock=dict(prof.clock_words),
        modal_words=frozenset(c.split()[0] for c, _ in prof.modality_cues if " " not in c),
        articles=prof.indefinite_articles,
        prepositions=frozenset(p for p in prof.according_to if " " not in p),
        determiners=frozenset(prof.determiners),
        capital_months=prof.capitalises_months,
        decimal_comma=prof.decimal_comma,
        lang=(lang or "").lower().split("-")[0].split("_")[0],
    )


def tokenize(text: str) -> list[Tok]:
    out = []
    wide = NEEDS_WIDE.search(text) is not None
    for m in (WIDE_TOKEN if wide else TOKEN).finditer(text):
        kind = m.lastgroup if m.lastgroup != "suf" else "num"
        if m.group("num"):
            kind = "num"
        word = m.group(0)
        if kind == "num" and not word.isascii():
            word = ascii_digits(word)  # "３５０", "५०", "٢٥٠٬٠٠٠": one character a digit
        suffix = m.group("suf") or ""
        norm = word.lower()
        if kind == "word" and norm.endswith(("'s", "’s")):
            norm = norm[:-2]  # "a week's holiday": the unit, as "a week"
        out.append(Tok(word, norm, m.start(), m.end(), kind, suffix))
    return out


# Lower-case names written with a figure ("covid-19", Spanish and English usage).
_NAME_STEMS = frozenset(("covid", "sars", "mers", "h1n1"))


def name_figure(toks: Sequence[Tok], i: int) -> bool:
    """Whether figure i is glued by a hyphen to a name's word ("COVID-19", "covid-19",
    "G-20", "F-16"): part of the name, which may be rendered another way ("the
    coronavirus", "G20"), so :mod:`aligner.drift.quantities` makes it soft, reported only
    against another figure left over on the other side ("Covid-19" → "Covid-22", "F-35"
    → "F-43"), never alone. A lower-case word dating a year ("mid-2020") is no name."""
    if i < 2 or toks[i - 1].text not in "-‐":
        return False
    word, dash = toks[i - 2], toks[i - 1]
    if word.kind != "word" or word.end != dash.start or dash.end != toks[i].start:
        return False
    return not word.text.islower() or word.text in _NAME_STEMS


# Marks after which a capital letter may begin a sentence, a quotation or a title.
_OPENERS = frozenset('.:;!?¡¿«»"“”()[]—-')


def name_half(toks: Sequence[Tok], i: int) -> bool:
    """Whether token i, a half word ("medio", "media"), is written with a capital inside
    a sentence: a name's word ("Oriente Medio", "Medio Ambiente", "la Edad Media"), no
    figure (docs/drift.md, "Session 21 (drift26e)"). At the start of a sentence, after a
    mark, the capital says nothing ("Media hora después …" is a figure)."""
    tok = toks[i]
    if not tok.text[:1].isupper() or i == 0:
        return False
    before = toks[i - 1]
    return before.kind == "word" or (before.kind == "num" and before.text not in _OPENERS)


def match_at(toks: list[Tok], i: int, seqs, used: set[int]) -> int:
    """Length of the first phrase of ``seqs`` at token i (0 if none)."""
    for seq in seqs:
        j = i + len(seq)
        if j <= len(toks) and all(
            toks[i + k].norm == w and i + k not in used for k, w in enumerate(seq)
        ):
            return len(seq)
    return 0


def phrase_at(toks: list[Tok], i: int, table: dict[tuple[str, ...], object], used: set[int]):
    """(length, value) of the longest phrase of ``table`` starting at token i."""
    for n in (3, 2, 1):
        key = tuple(t.norm for t in toks[i : i + n])
        if len(key) == n and key in table and not used.intersection(range(i, i + n)):
            return n, table[key]
    return 0, None


# "for a third month in a row", "a fourth consecutive year", "a third term": an English
# ordinal before what it counts, not a part of a whole ("a third of voters"). Halves and
# quarters before a unit are parts ("a quarter century", "a half hour").
_PARTS_BEFORE_UNITS = frozenset(("half", "quarter"))
_ORDER_WORDS = frozenset("straight consecutive successive running time term round".split())


def fraction_at(toks: Sequence[Tok], k: int, fractions: dict[str, int]) -> int | None:
    """The denominator the fraction word at ``k`` says after an article, if it is one."""
    den = fractions.get(toks[k].norm)
    if den is None or toks[k].norm in _PARTS_BEFORE_UNITS or k + 1 >= len(toks):
        return den
    from aligner.drift.lexical_diff import wordnet_parts

    after = toks[k + 1].norm
    return None if after in _ORDER_WORDS or wordnet_parts(after) == ("n",) else den
