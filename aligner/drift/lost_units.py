"""A unit left out after a figure: the source measures something ("250 metros", "por 8
años") and the translation keeps the figure but nothing after it ("a diameter of 100 to
250.", "for 8.") (docs/drift.md, "Session 22, drift27b").

A figure without its unit says a different thing, or nothing: the number checks compare
figures, not what they count, and the word checks leave a figure's noun to them. A
translator drops the noun after a figure when it is understood ("un niño de 14 años" →
"a boy, 14", "los 300 prometidos" → "the 300 promised"), but not a unit of measure, nor
the years of a span ("durante 8 años"). Reported (an omission, major) when:

* a source figure is followed by a unit of :data:`UNITS` (a length, a weight, a volume,
  a currency, a span of time), or by "años" after a word that opens a span ("por",
  "durante", "desde", "hace"…; not an age: "de 14 años", "tenía 11 años");
* nothing in the translation renders the unit (:func:`lexical_diff.partners`);
* the translation writes the same figure, followed by a mark, the end, a conjunction or
  a preposition, and no currency sign before it ("5 dólares" → "$5."): the unit's place
  is empty.

Direct Apertium pairs, Spanish sources (the words of :mod:`lexical_diff`); run on the
pairs nothing else reports at >= major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, partners
from aligner.drift.signals import Finding, removed_word
from aligner.drift.text import fold
from aligner.textutil import quote

# Folded Spanish lemmas of units (not "hora": "a las 20 horas" is a clock time, "at 8 pm").
UNITS = frozenset(
    """metro kilometro centimetro milimetro kilo kilogramo gramo tonelada litro euro dolar
    libra minuto segundo dia semana mes hectarea milla grado pie pulgada voltio vatio""".split()
)
# Words that open a span of years ("por 8 años", "durante diez años", "hace 5 años").
_SPAN = frozenset("por para durante desde hace dentro tras despues".split())
# What may follow a figure whose unit's place is empty.
_EMPTY_AFTER = frozenset(". , ; : ) and or to in on at by for with from".split())
_SYMBOLS = frozenset("$€£¥")
_FIGURE = re.compile(r"\d[\d.,]*")
_YEAR = fold("año")


def _digits(text: str) -> str:
    return text.replace(".", "").replace(",", "")


def _clock(tgt: Sequence[Word], j: int) -> bool:
    """Whether figure ``j`` is a part of a duration or a time in colon notation ("2:05:30",
    "1:45"), which carries its units."""
    before = tgt[j - 1].surface if j else ""
    after = tgt[j + 1].surface if j + 1 < len(tgt) else ""
    return ":" in (before, after) or ":" in tgt[j].surface


def _unit(src: Sequence[Word], i: int) -> bool:
    """Whether source word ``i + 1`` is a unit of the figure at ``i``."""
    u = src[i + 1]
    key = fold(u.lemma)
    # Session 34 (drift39b): after a figure the tagger reads "segundos" as the ordinal
    # ("27 segundos": det), which is the unit there.
    if u.pos == "det" and key == "segundo" and fold(u.surface).lower() == "segundos":
        return True
    if u.pos != "n":
        return False
    return key in UNITS or (key == _YEAR and i > 0 and fold(src[i - 1].surface) in _SPAN)


def lost_unit(
    src: Sequence[Word],
    tgt: Sequence[Word],
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, Word] | None:
    """(the source's unit left out, the translation's figure before its empty place), or
    None."""
    if src_lang != "es":
        return None
    mine = links[0] if links else partners(src, tgt, "source")
    for i in range(len(src) - 1):
        figure = src[i].surface
        if not _FIGURE.fullmatch(figure) or not _unit(src, i) or mine[i + 1] >= 0:
            continue
        for j, w in enumerate(tgt):
            if _digits(w.surface) != _digits(figure):
                continue
            if j and tgt[j - 1].surface[-1:] in _SYMBOLS:
                continue  # "$5.", "€300," carry the currency before the figure
            if _clock(tgt, j):
                continue  # "2 horas, 5 minutos y 30 segundos" → "2:05:30"
            after = fold(tgt[j + 1].surface) if j + 1 < len(tgt) else "."
            if after in _EMPTY_AFTER:
                return src[i + 1], w
    return None


def check_lost_unit(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a unit the translation's figure lost."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    found = lost_unit(analysed[0], analysed[1], src.lang[:2], links)
    if found is None:
        return []
    unit, figure = found
    return [
        removed_word(
            (unit.start, unit.end) if unit.start >= 0 else None,
            (figure.start, figure.end) if figure.start >= 0 else None,
            f"The source's {quote(unit.surface)} says what the figure "
            f"{quote(figure.surface)} counts, and the translation keeps the figure with "
            "nothing after it: the unit seems to have been left out.",
        )
    ]
