"""Closed classes of words a translation keeps: a day of the week, a unit of time, a
half of the day, an order of magnitude (docs/drift.md, "Session 34, lead").

The number check compares figures and dates with a month; a day of the week ("el
martes" → "on Thursday"), a span said without a figure ("en las próximas semanas" →
"in the coming days", "durante meses" → "for years") or the morning made the evening
("el martes por la mañana" → "on Tuesday evening") carries no figure, and the word
checks leave such closed-class words alone. They are facts of a news report.

Read in English on both sides: the source through its literal MT (Apertium renders
these words one for one: "martes" → "Tuesday", "semanas" → "weeks"), so every language
with an MT route is read alike. A class is reported only when the MT has a word of it the
translation lacks *and* the translation has one the MT lacks: a word left out or added is
the other checks' business. A unit after a figure ("tres años" → "three months") is the
number check's, so units after a figure word or digit are not read here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import Tok
from aligner.lang.magnitudes import MAGNITUDES, OF
from aligner.textutil import quote

_WEEKDAYS = {
    d + s: d
    for d in "monday tuesday wednesday thursday friday saturday sunday".split()
    for s in ("", "s")
}
_UNITS = {
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "fortnight": "week", "fortnights": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade",
    "decades": "decade", "century": "century", "centuries": "century",
}  # fmt: skip
# "la tarde" is the afternoon and the evening, "la noche" the evening and the night:
# only the morning against the rest of the day is a change.
_HALVES = {"morning": "morning", "mornings": "morning"} | {
    w: "later"
    for w in "afternoon afternoons evening evenings night nights tonight overnight".split()
}
# "a week" is one week to the number check, which compares it ("una semana" → "a month")
_FIGURE_WORDS = frozenset(
    "a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty hundred hundreds thousand thousands dozen dozens couple half".split()
)


# A unit after one of these (or a word in "-ing") names a kind of time, not a span:
# "working hours" for "la jornada" (MT "day"), "rush hour", "light years".
_KINDS = frozenset("work business school office rush peak happy man light".split())
_ORDERING = frozenset("coming following preceding remaining ensuing upcoming".split())


def _read(ws: Sequence[Tok], table: dict[str, str], after_figures: bool) -> dict[str, Tok]:
    if table is _PERIODS:
        return _directions(ws)
    out: dict[str, Tok] = {}
    for k, w in enumerate(ws):
        value = table.get(w.norm)
        if value is None:
            continue
        before = ws[k - 1].norm if k else ""
        if not after_figures and (before[:1].isdigit() or before in _FIGURE_WORDS):
            continue
        if table is _UNITS and (
            before in _KINDS or (before.endswith("ing") and before not in _ORDERING)
        ):
            continue
        out.setdefault(value, w)
    return out


# Session 35, lead: the day said from today ("ayer" → "today"), the season, and which
# period a unit names ("el año pasado" → "this year", "la próxima semana" → "last week").
# Not "fall" (a verb as often), nor "the last" before a count ("the last two years").
_DAYS = {"yesterday": "yesterday", "today": "today", "tonight": "today", "tomorrow": "tomorrow"}
_SEASONS = {w + s: w for w in ("spring", "summer", "autumn", "winter") for s in ("", "s")}
_DIRECTIONS = {
    "last": "past", "past": "past", "previous": "past", "this": "this", "current": "this",
    "anterior": "past",  # Apertium's "año anterior" (session 37); no English period word
    "next": "next", "coming": "next", "following": "next", "upcoming": "next",
}  # fmt: skip
_MONTHS = frozenset(
    "january february march april may june july august september october november "
    "december weekend".split()
)
_PERIODS = {w: w for w in (*_UNITS, *_WEEKDAYS, *_SEASONS, *_MONTHS) if not w.endswith("s")}


def _directions(ws: Sequence[Tok]) -> dict[str, Tok]:
    """Which way a named period lies, by the word right before it ("last year", "the
    next week", "this May"): past, this or next, with the word that says it."""
    out: dict[str, Tok] = {}
    for k, w in enumerate(ws[:-1]):
        if (value := _DIRECTIONS.get(w.norm)) and ws[k + 1].norm in _PERIODS:
            period = ws[k + 1]  # quoted with its period: "last week"
            out.setdefault(value, replace(w, text=f"{w.text} {period.text}", end=period.end))
    return out


_CLASSES = (
    (_WEEKDAYS, True, "critical", "day of the week"),
    (_UNITS, False, "major", "span of time"),
    (_HALVES, True, "major", "part of the day"),
    (_DAYS, True, "major", "day"),
    (_SEASONS, True, "major", "season"),
    (_PERIODS, True, "major", "time reference"),
)


# Orders of magnitude are read in each language's own words (aligner.lang.magnitudes):
# through Apertium "cientos" is unknown at a sentence's start and "Miles" a name.


def magnitudes(ws: Sequence[Tok], lang: str) -> dict[float, tuple[int, int, frozenset]]:
    """The orders of magnitude ``ws`` says in words, not after a figure: "cientos" 100,
    "decenas de miles" 10,000 (a chain joined by "de" / "of" multiplies), each with the
    characters that say it and the words' own values."""
    table, of, out, k = MAGNITUDES.get(lang, {}), OF.get(lang), {}, 0
    while k < len(ws):
        value = table.get(ws[k].norm)
        before = ws[k - 1].norm if k else ""
        if value is None or before[:1].isdigit() or before in _FIGURE_WORDS:
            k += 1
            continue
        end, parts = k + 1, {value}
        while end + 1 < len(ws) and ws[end].norm == of and ws[end + 1].norm in table:
            value, end = value * table[ws[end + 1].norm], end + 2
            parts.add(table[ws[end - 1].norm])
        out.setdefault(value, (ws[k].start, ws[end - 1].end, frozenset(parts)))
        k = end
    return out


def _apart(parts: frozenset, other: set) -> bool:
    return len(parts) > 1 and parts <= other


def _magnitude(src: Side, tgt: Side) -> list[Finding]:
    said, given = magnitudes(src.ws, src.lang), magnitudes(tgt.ws, tgt.lang)
    # a chain whose words the other side says apart may be a range garbled or rendered
    # ("centenares de millares" ↔ "hundreds to thousands"): not read as a change
    apart_src = {p for *_, parts in said.values() for p in parts}
    apart_tgt = {p for *_, parts in given.values() for p in parts}
    lost = [v for v in said if v not in given and not _apart(said[v][2], apart_tgt)]
    new = [v for v in given if v not in said and not _apart(given[v][2], apart_src)]
    if not lost or not new:
        return []
    was, now = said[lost[0]][:2], given[new[0]][:2]
    message = (
        f"The source says {quote(src.text[slice(*was)])} but the translation says "
        f"{quote(tgt.text[slice(*now)])}: another order of magnitude."
    )
    return [Finding("number", "critical", 0.7, was, now, message, "drift.number")]


def check_closed_words(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """Findings of type ``number`` for each class the translation changes."""
    out = _magnitude(src, tgt)
    if ev.mt is None or tgt.lang != "en" or not ev.mt.ws:
        return out
    for table, after_figures, severity, what in _CLASSES:
        said = _read(ev.mt.ws, table, after_figures)
        given = _read(tgt.ws, table, after_figures)
        lost = [v for v in said if v not in given]
        new = [v for v in given if v not in said]
        if not lost or not new:
            continue
        was, now = said[lost[0]], given[new[0]]
        message = (
            f"The translation's {what} ({quote(now.text)}) is not the source's "
            f"({quote(was.text)} in a literal translation)."
        )
        out.append(
            Finding("number", severity, 0.7, None, (now.start, now.end), message, "drift.number")
        )
    return out
