"""A frequency adverb the source has no trace of (docs/drift.md, "Session 23 (drift28e)").

"How often" is a fact, as a figure is: "the player missed" and "the player twice
missed", "the destination you visit" and "the destination you visit regularly" are not
the same statement. A translation that says how often where the source says nothing of
it has added a claim. The readers of added words (:mod:`closed_gaps`,
:mod:`bare_phrases`, :mod:`stray_words`) need the literal MT to keep the words around
the added one, which a garbled or freely worded MT does not; a frequency is read
here from closed lists, whatever the MT does around it:

* the translation has one adverb of frequency (:data:`FREQUENCY_EN`: "twice",
  "always", "daily", "regularly", "sometimes" …, "-ly" forms of the periods), and only
  one (two make a phrase of frequency, "twice weekly", which the source words its own
  way);
* the source has no word of frequency, repetition, habit or period
  (:data:`FREQUENCY_ES_STEMS`, :data:`FREQUENCY_ES_WORDS`: "vez"/"veces", "siempre",
  "a menudo", "generalmente", "soler", "cada", "año", "diario", "repetir", "de nuevo"
  …; stems, so that every inflection counts and a word that merely begins like one
  excuses too: the lists err on the side of silence), nor, for "twice" or "thrice", a
  number that could count the times ("autor de dos goles" → "who scored twice");
* the literal MT has no English word of frequency either (what the source's wording
  renders, when the Spanish list misses it: "bihebdomadaire" left untranslated stays
  unknown: see the next point);
* no lower-case source word the MT leaves untranslated stands, in the MT, between the
  places of the translation words around the adverb (it may be the frequency). A word
  left untranslated elsewhere in the sentence is no excuse: a machine-made source (the
  DEMETR it>es proxy keeps an Italian word in two of three sentences) would otherwise
  silence the check on most sentences.

An addition (major) at the adverb. English translations with MT; Spanish sources, or,
for a source that reaches English through Spanish (French, Italian, Portuguese), the
pivot's Spanish read as the source (the stem list is Spanish).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.pivot_words import pivot_text
from aligner.drift.signals import Evidence, Finding, Reading, Side, added_word
from aligner.drift.text import Tok, fold, tokenize, words
from aligner.textutil import quote

# Adverbs that say how often something happens. Not "never" (a negation, the polarity
# check's), "once" (also a conjunction: "once they arrive"), "usually", "normally",
# "generally" (hedges as much as frequencies: a faithful ContraTICO pair renders
# "esencialmente" by "usually").
FREQUENCY_EN = frozenset(
    """twice thrice again always often oftentimes sometimes rarely seldom frequently
    regularly repeatedly constantly continually continuously occasionally periodically
    routinely habitually""".split()
)
# Adverbs of a period ("daily"): a word of the period ("día", "year") may be theirs.
PERIOD_EN = frozenset("daily weekly monthly yearly annually hourly nightly".split())
# English words of the literal MT that say how often or count the times (any adverb),
# and that name a period (the period adverbs only).
_MT_FREQUENCY = (
    FREQUENCY_EN
    | PERIOD_EN
    | frozenset(
        """once never ever time times every each per usual usually normally generally
        habit habitual frequent frequency regular repeat repeated double still""".split()
    )
)
_MT_PERIOD = frozenset(
    "day days week weeks month months year years hour hours night nights".split()
)
# Spanish words of frequency, repetition or habit (accent-free, matched at the start of
# a source word): what a faithful translation's frequency adverb may render. "Todavía"
# and "ya" may be what "again" says ("vuelve a estar cerrado", "todavía" for "ancora").
FREQUENCY_ES_STEMS = (
    "vez",
    "veces",
    "siempre",
    "nunca",
    "jamas",
    "menudo",
    "frecuen",
    "generalmente",
    "normalmente",
    "habitual",
    "usual",
    "comun",
    "tipic",
    "suel",
    "soli",
    "soler",
    "regular",
    "repet",
    "repit",
    "reiter",
    "constant",
    "continu",
    "periodic",
    "rutin",
    "ocasion",
    "rara",
    "raro",
    "apenas",
    "nuevamente",
    "volv",
    "vuelv",
    "todavia",
)
# Short Spanish words matched whole (as stems they would match too much).
FREQUENCY_ES_WORDS = frozenset("cada otra nuevo aun ya".split())
# Spanish words of a period, which a period adverb may render ("al día" → "daily").
PERIOD_ES_STEMS = ("diari", "cotidian", "semana", "mensual", "anual", "hora", "noche")
PERIOD_ES_WORDS = frozenset("dia dias mes meses ano anos".split())
# Adverbs that count the times: a number in the source may be their count.
_COUNTED = frozenset(("twice", "thrice"))
_NUMBERS_ES = frozenset("dos tres doble triple".split())
# What follows "twice" or "thrice" as a multiplier, not a frequency ("twice the size",
# "twice as many", "thrice their number"): a quantity's business, not this check's.
_MULTIPLIED = frozenset(
    "the a an as that this these those its their his her our my your what more less over".split()
)
# How many MT words beyond the anchors an untranslated source word still counts as near.
SLACK = 1


def _spanish_frequency(src: Sequence[Tok], adverb: str) -> bool:
    """Whether a source word (Spanish) may be what ``adverb`` renders: a word of
    frequency, repetition or habit; for a period adverb, a word of the period; for
    "twice" or "thrice", a number (in words or figures)."""
    period = adverb in PERIOD_EN
    for t in src:
        f = t.fold
        if f in FREQUENCY_ES_WORDS or f.startswith(FREQUENCY_ES_STEMS):
            return True
        if period and (f in PERIOD_ES_WORDS or f.startswith(PERIOD_ES_STEMS)):
            return True
        if adverb in _COUNTED and (f.isdigit() or f in _NUMBERS_ES):
            return True
    return False


def _near_unknown(tgt: Sequence[Tok], k: int, mt: Reading) -> bool:
    """Whether a source word the MT left untranslated (lower case) may be what the
    translation's word ``k`` renders: it stands in the MT between the MT's places of the
    nearest translation words on either side of ``k`` that the MT has once (within
    :data:`SLACK` words more), or no such anchors are found."""
    unknown = {fold(w) for w in mt.unknown if w[:1].islower()}
    if not unknown:
        return False
    folds = [t.fold for t in mt.ws]
    places = [i for i, f in enumerate(folds) if f in unknown]

    def anchor(rng: range) -> int | None:
        for q in rng:
            f = tgt[q].fold
            if len(f) > 2 and folds.count(f) == 1:
                return folds.index(f)
        return None

    left = anchor(range(k - 1, -1, -1))
    right = anchor(range(k + 1, len(tgt)))
    if left is None or right is None or right <= left:
        return True
    return any(left - SLACK <= i <= right + SLACK for i in places)


def frequency_added(src: str, tgt: str, mt: Reading | None) -> Tok | None:
    """The translation's adverb of frequency that neither the source (Spanish) nor its
    literal MT has any trace of; None when there is none."""
    if mt is None:
        return None
    t_words = words(tokenize(tgt))
    said = [k for k, t in enumerate(t_words) if t.fold in FREQUENCY_EN | PERIOD_EN]
    if len(said) != 1:
        return None
    k = said[0]
    adverb = t_words[k].fold
    if adverb in _COUNTED and k + 1 < len(t_words) and t_words[k + 1].fold in _MULTIPLIED:
        return None
    mt_words = {t.fold for t in mt.ws}
    if mt_words & (_MT_FREQUENCY | (_MT_PERIOD if adverb in PERIOD_EN else frozenset())):
        return None
    if _spanish_frequency(words(tokenize(src)), adverb) or _near_unknown(t_words, k, mt):
        return None
    return t_words[k]


def check_added_frequency(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An addition (major) at a frequency adverb the source has no trace of (English
    translations; Spanish sources, or the Spanish a pivot route went by for another
    source language: French, Italian, Portuguese reach English through Spanish)."""
    if tgt.lang[:2] != "en":
        return []
    spanish = src.text if src.lang[:2] == "es" else pivot_text(ev)
    if not spanish:
        return []
    word = frequency_added(spanish, tgt.text, ev.mt)
    if word is None:
        return []
    message = (
        f"The translation says how often ({quote(word.text)}), which nothing in the "
        f"source or its literal translation says."
    )
    return [added_word((word.start, word.end), message)]
