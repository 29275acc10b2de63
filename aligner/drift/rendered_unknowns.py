"""Source words the MT left untranslated, read through the translation's cognates.

Apertium leaves a word it does not know as it is ("*soldati", "*topographiques"): the
proxies' leftovers (Italian or French words in a Spanish source), a rare word of any
source, a word a pivot route's first leg could not read. The MT reading then has
nothing to compare for that word, and every check that reads the MT's neighbourhood of
a word holds back near it (an unknown word may be the rendering of whatever the
translation has there). Yet a leftover is very often rendered by its cognate
("topographiques" → "topographical", "desegregazione" → "desegregation",
"densément" → "densely"), which the translation shows.

:func:`fill` gives such an unknown MT word the translation word that spells the same
stem, one translation word for one unknown word, and puts that word in the MT's place:
the reading then compares that word as a translated one, so an addition or a removal
beside it is seen, and a word the translation does not render by a cognate stays
unknown, as before. Pure spelling work, the same for any Romance or Germanic leftover
(no list of words of any language): the stems are compared after the common
inflectional and adverbial endings of the Romance languages and English are set aside.

Only lower-case words are read (a capitalised unknown word is a name, which MT rightly
leaves alone), of four letters or more, and only against translation words the MT
does not already have (a word the MT renders needs no leftover to render it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace
from functools import lru_cache

from aligner.drift.lexical_diff import Word
from aligner.drift.misspelt_leftovers import corrections
from aligner.drift.signals import Evidence, Reading, Side
from aligner.drift.text import content, fold, skeleton
from aligner.textutil import edit_distance, shared_prefix

# Endings set aside before two stems are compared: Romance adverbs ("-mente", "-ment")
# and English ones ("-ly"), then plural and gender endings, English "-s", "-ed", "-ing".
_ADVERB = re.compile(r"(?:amente|emente|mente|ement|ment|ly)$")
_INFLECTION = re.compile(r"(?:es|s|x|i|e|o|a|ed|ing)$")
# Off (docs/drift.md, "Session 40 (drift45c)"): with a filled leftover kept from making
# the MT complete, typos unfilled and SOURCE_WORDS off, the whole ContraTICO file still
# flags 8 more harmless pairs in fit/A/C (additions beside a filled word), for DEMETR
# it>es +2, fr>es +1 critical.
ENABLED = False
# Whether a leftover one slip from a word Apertium knows is left unfilled (drift45c).
SPELLING = True
# Whether the source's leftover is also read as a known word for the word-by-word readers
# (:func:`known_all`). Off since session 40: on the whole ContraTICO file it let the
# omission readers report 9 more harmless pairs (docs/drift.md, "Session 40 (drift45c)").
SOURCE_WORDS = False
# The shortest unknown word read (shorter leftovers, "è", "sono", "alle", are function
# words of the leftover's language, which no translation word spells).
MIN_LETTERS = 4


@lru_cache(maxsize=1 << 15)
def _stem(word: str) -> str:
    """A word's stem for comparing across languages: accent-free, the endings above off
    (an adverbial ending, else an inflectional one), and not below three letters."""
    s = fold(word)
    for pattern in (_ADVERB, _INFLECTION):
        cut = pattern.sub("", s)
        if len(cut) >= 3 and cut != s:
            return skeleton(cut)
    return skeleton(s)


def spelt_alike(unknown: str, word: str) -> bool:
    """Whether a translation word renders an unknown word by its cognate, once both
    stems are taken (:func:`_stem`): they agree but for the last letter of the shorter,
    four letters or more ("topographiques" / "topographical", "brièvement" / "briefly",
    "membri" / "members"); a short stem agrees whole, the words of a length
    ("sito" / "site"); or the stems differ by one edit, two from eight letters
    ("desegregazione" / "desegregation", "nichel" / "nickel")."""
    a, b = _stem(unknown), _stem(word)
    if a == b:
        return len(a) >= 4 or (len(a) == 3 and abs(len(unknown) - len(word)) <= 1)
    short = min(len(a), len(b))
    if short < 4:
        return False
    if shared_prefix(a, b) >= max(4, short - 1):
        return True
    return short >= 5 and abs(len(a) - len(b)) <= 2 and edit_distance(a, b) <= (short >= 8) + 1


def _best(unknown: str, candidates: Sequence[str], used: set[int]) -> int | None:
    """The index of the candidate that renders ``unknown`` (:func:`spelt_alike`) with the
    longest stem in common, the first of equals; None when none does."""
    best, score = None, -1
    a = _stem(unknown)
    for k, word in enumerate(candidates):
        if k in used or not spelt_alike(unknown, word):
            continue
        b = _stem(word)
        shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
        common = min(len(a), len(b)) if shared is None else shared
        if common > score:
            best, score = k, common
    return best


def renderings(reading: Reading, tgt: Side, misspelt: Set[str] = frozenset()) -> dict[str, str]:
    """Each lower-case unknown word of the reading (as written) → the translation word
    that renders it by a cognate; one translation word for one unknown word, the first
    unknown word first; never a ``misspelt`` word (a typo is no leftover to read)."""
    if not reading.unknown:
        return {}
    have = {t.fold for t in reading.ws if t.text not in reading.unknown}
    free = [t for t in content(tgt.ws, tgt.lang) if t.fold not in have and (t.initial or not t.cap)]
    out: dict[str, str] = {}
    used: set[int] = set()
    for u in reading.unknown:
        if not _readable(u) or u in out or u in misspelt:
            continue
        hit = _best(u, [t.text for t in free], used)
        if hit is not None:
            used.add(hit)
            out[u] = free[hit].text
    return out


def _readable(u: str) -> bool:
    """A leftover read here: lower-case letters, four or more."""
    return u[:1].islower() and len(u) >= MIN_LETTERS and u.isalpha()


def fill(reading: Reading | None, tgt: Side, misspelt: Set[str] = frozenset()) -> Reading | None:
    """The reading with each unknown word the translation renders by a cognate replaced
    by that translation word, no longer counted unknown but :attr:`Reading.filled`
    (so the MT still vouches for nothing, :attr:`Reading.complete`); the reading
    itself when there is none."""
    if reading is None:
        return None
    found = renderings(reading, tgt, misspelt)
    if not found:
        return reading
    text = reading.text
    for u, w in found.items():
        text = re.sub(rf"(?<!\w){re.escape(u)}(?!\w)", w, text)
    unknown = tuple(u for u in reading.unknown if u not in found)
    filled = Reading.of(text, unknown, reading.ungenerated, reading.pivot)
    if filled is None:
        return reading
    return replace(filled, filled=reading.filled + tuple(found))


def known_words(src: list[Word], tgt: Sequence[Word], typos: Set[str] = frozenset()) -> list[Word]:
    """The source's words with each lower-case unknown word the translation renders by a
    cognate (:func:`spelt_alike`) read as a known word of that word's part of speech,
    translated by it: a word the translation renders counts as rendered. One translation
    word for one source word; only translation words no known source word translates."""
    said = {lemma for w in src if w.known for lemma in w.trans}
    free = [t for t in tgt if t.known and t.content and t.pos != "np" and t.lemma not in said]
    out, used = [], set()
    for w in src:
        if w.known or not w.surface.isalpha() or not w.surface[:1].islower():
            out.append(w)
            continue
        if len(w.surface) < MIN_LETTERS or w.surface in typos:
            out.append(w)
            continue
        hit = _best(w.surface, [t.surface for t in free], used)
        if hit is None:
            out.append(w)
            continue
        used.add(hit)
        t = free[hit]
        out.append(
            replace(w, lemma=fold(w.surface), pos=t.pos, trans=frozenset({t.lemma}), known=True)
        )
    return out


def known_all(pairs: Sequence[tuple[list[Word], list[Word]]], lang: str) -> list[list[Word]]:
    """Every pair's source words through :func:`known_words` when the module is
    :data:`ENABLED` with :data:`SOURCE_WORDS` (the typos among the words it reads asked
    at once), else as they are."""
    if not (ENABLED and SOURCE_WORDS):
        return [s for s, _ in pairs]
    first = [known_words(s, t) for s, t in pairs]
    asked = [
        (w.surface, next(iter(n.trans)))
        for (s, _), read in zip(pairs, first, strict=True)
        for w, n in zip(s, read, strict=True)
        if n.known and not w.known
    ]
    typos = _typos(asked, lang)
    return [
        known_words(s, t, typos) if any(w.surface in typos for w in s) else read
        for (s, t), read in zip(pairs, first, strict=True)
    ]


def _typos(read: Sequence[tuple[str, str]], lang: str) -> set[str]:
    """The leftovers of (leftover, translation word) pairs read as cognates that are a
    known word misspelt (:func:`misspelt_leftovers.corrections`): a word one slip away
    that spells the translation word's stem closer than the leftover does ("prbable" /
    "probable" → "probable"; "crosta" / "costa" → "crust" is no typo)."""
    if not SPELLING or not read:
        return set()
    fixes = corrections((u for u, _ in read), lang)
    out = set()
    for u, w in read:
        near = edit_distance(_stem(u), _stem(w))
        if any(edit_distance(_stem(c), _stem(w)) < near for c in fixes.get(u, ())):
            out.add(u)
    return out


def fill_all(sides: Sequence[tuple[Side, Side]], evidence: list[Evidence]) -> list[Evidence]:
    """:func:`fill` every pair's MT reading, in place; the evidence itself. The leftovers
    a translation spells alike are first asked of the analysers at once
    (:func:`misspelt_words`): a typo is not filled."""
    if not ENABLED or not sides:
        return evidence
    asked = [
        item
        for (_, tgt), ev in zip(sides, evidence, strict=True)
        if ev.mt is not None and ev.mt.unknown
        for item in renderings(ev.mt, tgt).items()
    ]
    typos = _typos(asked, sides[0][0].lang)
    for (_, tgt), ev in zip(sides, evidence, strict=True):
        if ev.mt is not None and ev.mt.unknown:
            ev.mt = fill(ev.mt, tgt, typos)
    return evidence


__all__ = ["ENABLED", "fill", "fill_all", "known_all", "known_words", "renderings", "spelt_alike"]
