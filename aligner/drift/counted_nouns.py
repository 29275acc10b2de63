"""A noun a figure counted, left out: the source counts something ("85 000 empleados",
"estos tres grupos", "para cinco años") and the translation keeps the figure with
nothing after it ("Fortis has 85,000 and is…", "among these three.", "for five.")
(docs/drift.md, "Session 23 (drift28a)").

:mod:`lost_units` reads a unit of measure after a figure in digits; the noun a figure
counts is as much a part of what the source states ("85 000 empleados" is not "85,000
shareholders"), and a figure with nothing after it says nothing of what it counts. A
translator leaves the counted noun out where the reader supplies it: people ("subió en
25.000 personas" → "rose by 25,000 in August"), an age ("un niño de 14 años" → "a boy,
14"), a clock time ("a las 20 horas" → "at 8 pm"), or a noun the figure's next word
stands in for ("los 300 prometidos" → "the 300 promised"). So it is reported (an
omission, major) only when all of these hold:

* a source figure, in digits ("85 000", "50 mil" read as one) or in words ("tres"),
  is followed by a common noun that is no person, age, clock time nor unit of a date,
  and that nothing in the translation renders (:func:`lexical_diff.partners`);
* the figure is not glued by a hyphen or a letter to a word before it ("COVID-19
  potenciales": a name's figure);
* the translation writes the same value (in digits or in words, not after a currency
  sign nor in a clock time) followed by a mark, the end, a conjunction, a preposition
  or a relative or temporal word ("when", "who"…): the noun's place is empty; or
  (session 24) followed by a verb in a tense or a subject pronoun ("Nearly 20,000 were
  destroyed", "during the two he conducted"), unless a noun follows that verb (a
  participle qualifying it: "the 300 promised jobs").

A lower-case word Apertium does not know after the figure counts as its noun too
(session 25: "50 mil soldati" → "lost 50,000 and was…", a proxy's leftover).

Direct Apertium pairs, Spanish sources (the words of :mod:`lexical_diff`); run after
:mod:`lost_units` on the pairs nothing else reports at >= major
(:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, partners, reportable
from aligner.drift.lost_units import _EMPTY_AFTER, _SPAN, _SYMBOLS, _clock
from aligner.drift.number_words import word_value
from aligner.drift.pos_fluency import _COUNTED_PEOPLE
from aligner.drift.signals import Finding, removed_word
from aligner.drift.text import fold
from aligner.textutil import quote

# Folded Spanish lemmas of nouns a translator leaves understood after a figure: people
# (a count of people reads as a bare figure: "rose by 25,000"), clock times, and the
# parts of a date ("el 5 de mayo", "el día 3").
UNDERSTOOD = frozenset(fold(w) for w in _COUNTED_PEOPLE) | frozenset(
    "gente hora dia mes ano siglo punto vez".split()
)
# Besides :data:`lost_units._EMPTY_AFTER`: words that open a new clause or close one.
_CLAUSE = frozenset("! ? but when while where who whom which that whose".split())
_EMPTY = _EMPTY_AFTER | _CLAUSE
# A figure straight before a verb or a subject pronoun is the verb's subject, so it
# counted nothing the translation kept (Apertium's English tags; session 24, drift29c).
_AUXILIARIES = frozenset(("vbser", "vbhaver", "vbmod", "vaux", "vbdo"))
_SUBJECTS = frozenset("i you he she we they".split())
_DIGITS = re.compile(r"\d{1,3}(?:[.,  ]\d{3})*|\d+")
_THOUSAND = frozenset(("000", "mil"))


def _value(w: Word, lang: str) -> float | None:
    """The value of a figure in digits ("85,000", "4.3" is not one: a decimal) or of a
    number word ("three", "cinco"), or None."""
    text = w.surface
    if _DIGITS.fullmatch(text):
        return float(re.sub(r"\D", "", text))
    if text[:1].isdigit() or not text.isalpha():
        return None
    if lang == "es" and w.pos != "num":
        return None
    return word_value(text.lower(), lang)


def _source_figure(src: Sequence[Word], i: int) -> float | None:
    """The value of the figure ending at source word ``i`` ("85 000" and "50 mil" are
    read as one), or None."""
    value = _value(src[i], "es")
    if value is None:
        return None
    before = src[i - 1] if i else None
    if fold(src[i].surface) in _THOUSAND and before is not None:
        head = _value(before, "es")
        return head * 1000 if head is not None else value
    return value


def _glued(src: Sequence[Word], i: int, text: str) -> bool:
    """Whether source figure ``i`` is glued to a word before it ("COVID-19")."""
    start = src[i].start
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-‐–/")


def _leftover(w: Word) -> bool:
    """A lower-case word Apertium does not know ("soldati", a proxy's leftover or a rare
    noun): after a figure it is what the figure counts (session 25, drift30b)."""
    return not w.known and w.surface.isalpha() and w.surface.islower() and len(w.surface) > 3


def _counted(src: Sequence[Word], i: int, src_lang: str) -> bool:
    """Whether source word ``i + 1`` is a noun the figure at ``i`` counts that a
    translation does not leave understood."""
    noun = src[i + 1]
    if _leftover(noun):
        return True
    if noun.pos != "n" or not noun.content or not reportable(noun, src_lang):
        return False
    key = fold(noun.lemma)
    if key == "ano":  # the years of a span are counted ("para cinco años"), an age is not
        return i > 0 and fold(src[i - 1].surface) in _SPAN
    return key not in UNDERSTOOD


def _empty_after(tgt: Sequence[Word], value: float) -> Word | None:
    """The translation's figure of ``value`` with nothing after it that it counts."""
    for j, w in enumerate(tgt):
        if _value(w, "en") != value:
            continue
        if j and tgt[j - 1].surface[-1:] in _SYMBOLS:
            continue  # "$5." carries the currency before the figure
        if _clock(tgt, j):
            continue
        after = fold(tgt[j + 1].surface) if j + 1 < len(tgt) else "."
        if after in _EMPTY or _verb_after(tgt, j + 1):
            return w
    return None


def _verb_after(tgt: Sequence[Word], k: int) -> bool:
    """Whether translation word ``k`` opens a clause's verb, with the figure before it as
    its subject: an auxiliary, a verb in a tense not followed by a noun it qualifies
    ("promised jobs"), or a subject pronoun ("the two he conducted")."""
    if k >= len(tgt):
        return False
    w = tgt[k]
    if fold(w.surface) in _SUBJECTS:
        return True
    if w.pos not in _AUXILIARIES and not (w.pos == "vblex" and w.finite):
        return False
    return not (k + 1 < len(tgt) and tgt[k + 1].pos in ("n", "adj"))


def lost_counted(
    src: Sequence[Word],
    tgt: Sequence[Word],
    src_text: str,
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, Word] | None:
    """(the source's counted noun left out, the translation's figure before its empty
    place), or None."""
    if src_lang != "es":
        return None
    mine = links[0] if links else partners(src, tgt, "source")
    for i in range(len(src) - 1):
        if mine[i + 1] >= 0 or not _counted(src, i, src_lang):
            continue
        value = _source_figure(src, i)
        first = i - 1 if fold(src[i].surface) in _THOUSAND else i  # "85" of "85 000"
        # One is a pronoun as often as a figure ("one of the ten").
        if value is None or value < 2 or _glued(src, first, src_text):
            continue
        figure = _empty_after(tgt, value)
        if figure is not None:
            return src[i + 1], figure
    return None


def check_lost_counted(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a counted noun the translation's figure lost."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    found = lost_counted(analysed[0], analysed[1], src.text, src.lang[:2], links)
    if found is None:
        return []
    noun, figure = found
    return [
        removed_word(
            (noun.start, noun.end) if noun.start >= 0 else None,
            (figure.start, figure.end) if figure.start >= 0 else None,
            f"The source's {quote(noun.surface)} says what the figure "
            f"{quote(figure.surface)} counts, and the translation keeps the figure with "
            "nothing after it: the noun seems to have been left out.",
        )
    ]
