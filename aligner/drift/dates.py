"""Dates in running text, read the same way in any order of day, month and year.

Split from :mod:`aligner.drift.quantities` (which calls these passes on its scanner):
month names with a day ("March 14", "14 de marzo" is read there with the figures),
numeric dates ("11/09/2001", "9/11/2001", "2001-09-11", "11.09.2001", "9/11") and the
year written after a date ("11 de septiembre de 2001", "September 11, 2001").

A date's value is ``month * 100 + day``, plus ``year * 10000`` when it has a year. Its
readings (``quantities._readings``) are ("d", month-day) and, with a year, ("ymd", the
whole date); two dates with years match only when the years agree
(:func:`aligner.drift.quantity_match.same_quantity`), one without a year matches any
year ("el 11 de septiembre de 2001" ↔ "9/11"). A numeric date whose order is ambiguous
("09/11/2001" is 9 November in Spain and September 11 in the U.S.) carries both
readings: the translation may convert the format or keep it.
"""

from __future__ import annotations

import re
from typing import Any

from aligner.alignment.numbers import canonical

# A numeric date's day and month may be in either order ("09/11": both are <= 12).
EITHER_ORDER = "day-or-month-first"
_NUMERIC = re.compile(
    r"(?<![\w/.,])(?<!\d-)(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?)(?![\w/]|[.,-]\d)"
)
_YEAR_MIN, _YEAR_MAX = 1000, 2100
# Switched off only by bench/drift_fixes.py: numeric dates and years joined to dates.
ENABLED = True


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _numeric_value(m: re.Match[str]) -> tuple[float, str, bool] | None:
    """(value, unit, weak) of a numeric date, or None when it cannot be one.

    Without a year only "a/b" is read, and weakly (it may be a fraction, "3/4", or the
    name of a day, "9/11"): it may match a date of the other side, never reported alone.
    """
    if m.group("iy"):
        month, day, year = int(m.group("im")), int(m.group("id")), int(m.group("iy"))
        return (year * 10000 + month * 100 + day, "", False) if _valid(month, day) else None
    a, b = int(m.group("a")), int(m.group("b"))
    year = int(m.group("y") or 0)
    if not year and m.group("sep") != "/":
        return None  # "3-4 horas", "2.5": a range or a decimal
    if year and not _YEAR_MIN <= year <= _YEAR_MAX:
        return None
    day_first, month_first = _valid(b, a), _valid(a, b)
    if not (day_first or month_first):
        return None
    # The value is the month-first reading when it is valid; the unit says whether the
    # other order is valid too.
    month, day = (a, b) if month_first else (b, a)
    unit = EITHER_ORDER if day_first and month_first and a != b else ""
    return year * 10000 + month * 100 + day, unit, not year


def numeric_dates(scan: Any) -> None:
    """Numeric dates, before the figure pass reads their parts as numbers."""
    if not ENABLED:
        return
    for m in _NUMERIC.finditer(scan.text):
        read = _numeric_value(m)
        idx = [k for k, t in enumerate(scan.toks) if m.start() <= t.start < m.end()]
        if read is None or not idx or scan.used.intersection(idx):
            continue
        value, unit, weak = read
        scan.add(idx[0], idx[-1] + 1, "date", value, unit, weak=weak)


def attach_years(scan: Any) -> None:
    """A year right after a date ("de 2001", ", 2001", "2001") is the date's year."""
    if not ENABLED:
        return
    by_start = {i: n for n, (i, _, _) in enumerate(scan.found)}
    drop: set[int] = set()
    for n, (i, j, q) in enumerate(scan.found):
        if q.kind != "date" or q.value >= 10000 or n in drop:
            continue
        k = j
        if k < len(scan.toks) and scan.toks[k].norm in ("de", ",", "del"):
            k += 1
        y = by_start.get(k)
        if y is None or y in drop:
            continue
        _, end, year = scan.found[y]
        if (
            year.kind != "number"
            or year.unit
            or not _YEAR_MIN <= year.value <= _YEAR_MAX
            or year.value != int(year.value)
        ):
            continue
        drop.update((n, y))
        scan.add(i, end, "date", year.value * 10000 + q.value, q.unit, weak=q.weak)
    kept = [f for n, f in enumerate(scan.found) if n not in drop]
    scan.found[:] = kept


def month_dates(scan: Any) -> None:
    """ "March 14" / "March 14th" dates and months named alone ("en noviembre")."""
    toks, lex = scan.toks, scan.lex
    for i, tok in enumerate(toks):
        month = lex.months.get(tok.norm.rstrip("."))
        if month is None or i in scan.used:
            continue
        k = i + 1
        if k < len(toks) and toks[k].text == ".":
            k += 1
        if k < len(toks) and toks[k].norm == "the":
            k += 1
        if k < len(toks) and toks[k].kind == "num" and k not in scan.used:
            day = float(canonical(toks[k].text.rstrip("stndrh"), False) or 0)
            if 1 <= day <= 31:
                scan.add(i, k + 1, "date", month * 100 + day)
                continue
        # An abbreviation alone, a lower-case modal ("may") or a first name ("Julio
        # Amaral") is not a month; after a day number ("14 de marzo", "14 March")
        # the figure pass reads the date.
        if tok.norm.rstrip(".") not in lex.full_months:
            continue
        if tok.text.islower() and (lex.capital_months or tok.norm in lex.modal_words):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok.text[:1].isupper() and nxt is not None and nxt.text[:1].isupper():
            continue
        if tok.norm in lex.modal_words and opens_on_modal(toks, i):
            continue  # "May cause drowsiness.": the modal opening a sentence (drift42c)
        if _after_day(toks, i):
            continue
        scan.add(i, i + 1, "month", month)


# Base forms WordNet lists that are also a past, after which "May" is the month ("May saw
# record sales").
_PAST_TOO = frozenset(("saw", "found", "set", "hit", "cut", "put", "read", "let"))


def opens_on_modal(toks: Any, i: int) -> bool:
    """Whether the capitalised month word at ``i`` opens a sentence and a lower-case base
    verb follows ("May cause drowsiness.", "May come into contact"): the modal, its
    subject left out, as a leaflet writes or a removal leaves it."""
    from aligner.drift.lexical_diff import wordnet_parts

    if i + 1 >= len(toks) or (i > 0 and toks[i - 1].text not in (".", "!", "?", ":", '"', "“")):
        return False
    nxt = toks[i + 1]
    return (
        nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.norm not in _PAST_TOO
        and "vblex" in wordnet_parts(nxt.norm)
    )


def _after_day(toks: Any, i: int) -> bool:
    k = i - 1
    if k > 0 and toks[k].text == "." and toks[k].start == toks[k - 1].end:
        k -= 1  # "am 19. Juli"
    if k >= 0 and toks[k].norm in ("de", "of"):
        k -= 1
    return k >= 0 and toks[k].kind == "num"


def ideographic_dates(scan: Any) -> None:
    """Chinese and Japanese dates, figures with the characters for year, month and day
    ("2024年5月3日", "5月3日", "３月"): a date, or a month named alone."""
    if "月" not in scan.text:
        return
    toks = scan.toks

    def marked(k: int, marks: str) -> float | None:
        """The figure at k when the character after it is one of ``marks``."""
        if k + 1 < len(toks) and toks[k].kind == "num" and toks[k + 1].text in marks:
            value = float(canonical(toks[k].text, False) or 0)
            return value if value == int(value) else None
        return None

    for i in range(len(toks)):
        month = marked(i, "月")
        if month is None or not 1 <= month <= 12 or scan.used.intersection((i, i + 1)):
            continue
        start, end, year = i, i + 2, 0.0
        before = marked(i - 2, "年") if i >= 2 else None
        if before is not None and _YEAR_MIN <= before <= _YEAR_MAX and i - 2 not in scan.used:
            start, year = i - 2, before
        day = marked(i + 2, "日号號")
        if day is not None and 1 <= day <= 31:
            scan.add(start, i + 4, "date", year * 10000 + month * 100 + day)
        else:  # "2024年5月": the year stays a figure of its own, as "May 2024" has it
            scan.add(i, end, "month", month)
