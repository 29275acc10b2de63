"""A word that makes a figure an increment, with nothing of the kind in the source
(docs/drift.md, "Session 29 (drift34a)").

"Two million people are held" and "an additional two million people are held" are not
the same statement: the second says there were others before. The number check
compares the figures, which agree; the readers of added words need the words around the
added one worded as the MT, which a garbled or freely worded MT does not. An increment
is read here from closed lists, whatever the MT does around it:

* the translation puts a word of increment (:data:`INCREMENT_EN`: "additional",
  "extra", "another", "further", "more") straight before a figure, in digits or in words
  ("two", "2,000"; not "one": "another one" is a pronoun);
* the source (Spanish) has no word that may say "more" or "other" (:data:`ADDED_ES_WORDS`,
  :data:`ADDED_ES_STEMS`: "más", "otros", "adicional", "además", "nuevos", "sumar",
  "aumentar" …; stems, so that every inflection counts: the lists err on the side of
  silence);
* the literal MT has no English word of the kind either (:data:`_MT_ADDED`).

An addition (major) at the word. English translations with MT; Spanish sources, or, for
a source that reaches English through Spanish (French, Italian, Portuguese), the pivot's
Spanish read as the source (the lists are Spanish).
"""

from __future__ import annotations

from itertools import pairwise

from aligner.drift.pivot_words import pivot_text
from aligner.drift.signals import Evidence, Finding, Side, added_word
from aligner.drift.text import Tok, tokenize, words
from aligner.textutil import quote

# English words that make the figure after them an increment on something already there.
INCREMENT_EN = frozenset("additional extra another further more".split())
# Figures in words a word of increment may stand before ("one" is left out: "another
# one" is a pronoun).
_FIGURE_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred thousand million billion dozen
    dozens hundreds thousands millions""".split()
)
# English words of the literal MT that say "more" or "other" (what the source's wording
# renders, when the Spanish lists miss it).
_MT_ADDED = INCREMENT_EN | frozenset(
    "other others new plus added addition besides also again increase increased".split()
)
# Spanish words (accent-free) that may be what a word of increment renders: whole words,
# and the starts of words (every inflection).
ADDED_ES_WORDS = frozenset("mas otro otra otros otras nuevo nueva nuevos nuevas extra".split())
ADDED_ES_STEMS = (
    "adicional",
    "suplement",
    "ademas",
    "anad",
    "agreg",
    "sum",
    "aument",
    "increment",
    "ulterior",
    "refuerz",
    "reforz",
    "complement",
    "restant",
)


def _figure(t: Tok) -> bool:
    return t.fold[:1].isdigit() or t.fold in _FIGURE_WORDS


def _spanish_more(src: str) -> bool:
    """Whether a source word (Spanish) may say "more" or "other"."""
    return any(
        t.fold in ADDED_ES_WORDS or t.fold.startswith(ADDED_ES_STEMS) for t in words(tokenize(src))
    )


def increment_added(src: str, tgt: str, mt: str | None) -> Tok | None:
    """The translation's word of increment before a figure that neither the source
    (Spanish) nor its literal MT (``mt``) has any trace of; None when there is none."""
    if mt is None:
        return None
    t_words = words(tokenize(tgt))
    said = [t for t, after in pairwise(t_words) if t.fold in INCREMENT_EN and _figure(after)]
    if not said or _MT_ADDED & {t.fold for t in words(tokenize(mt))} or _spanish_more(src):
        return None
    return said[0]


def check_added_increment(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An addition (major) at a word of increment before a figure the source states
    plainly (English translations; Spanish sources, or the Spanish a pivot route went by
    for another source language)."""
    if tgt.lang[:2] != "en" or ev.mt is None:
        return []
    spanish = src.text if src.lang[:2] == "es" else pivot_text(ev)
    if not spanish:
        return []
    word = increment_added(spanish, tgt.text, ev.mt.text)
    if word is None:
        return []
    message = (
        f"The translation makes the figure an increment ({quote(word.text)}), which nothing "
        f"in the source or its literal translation says."
    )
    return [added_word((word.start, word.end), message)]
