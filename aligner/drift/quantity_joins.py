"""Figures read together with their neighbours: day ranges, proportions, every n-th.

Split from :mod:`aligner.drift.quantities`, which calls these passes on its scanner (as it
calls :mod:`aligner.drift.dates`): in "del 3 al 10 de julio" / "July 3 to 10" the bare
day takes the date's month, and "tres de cada diez" / "one in five" is one proportion,
not two figures.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aligner.drift.quantities import Quantity

Found = tuple[int, int, "Quantity"]  # (first token, last token + 1, the quantity)

# A one-word connector ("in") is too common to join any two figures: only these bases.
_ROUND_BASES = (2, 3, 4, 5, 6, 8, 10, 100, 1000)
# "of" and "de" join two figures side by side only ("nine of ten", "tres de cuatro"):
# "un extra de cinco peniques", "one goal of five" is no proportion (drift40c).
_SIDE_BY_SIDE = frozenset({("of",), ("de",)})
# A verb right after "one student in five" ends the proportion's phrase.
_VERBS_AFTER = frozenset(
    "is was are were has have had will would can could may might do does did "
    "es era fue son eran fueron ha han había habían será serán".split()
)


def day_ranges(scan: Any) -> None:
    """A bare day next to a date shares its month ("del 3 al 10 de julio", "July 3 to 10")."""
    scan.found.sort(key=lambda f: f[0])
    for k in range(len(scan.found) - 1):
        a, b = scan.found[k], scan.found[k + 1]
        if not linked(scan.toks[a[1] : b[0]]):
            continue
        for day, date in ((a, b), (b, a)):
            q, d = day[2], date[2]
            if (
                q.kind in ("number", "ordinal")
                and not q.unit
                and d.kind == "date"
                and 1 <= q.value <= 31
                and q.value == int(q.value)
            ):
                month = int(d.value) // 100
                new = scan.quantity(q.start, q.end, "date", month * 100 + q.value)
                scan.found[scan.found.index(day)] = (day[0], day[1], new)


def linked(gap: list[Any]) -> bool:
    """One or two short linking tokens between two figures ("al", "to", "-", "y")."""
    return 0 < len(gap) <= 2 and all(
        t.text in "-–" or (t.kind == "word" and len(t.text) <= 3) for t in gap
    )


def proportions(scan: Any) -> None:
    """Two figures joined into a proportion ("tres de cada diez", "one in five")."""
    scan.found.sort(key=lambda f: f[0])
    merged: list[Found] = []
    for item in scan.found:
        if merged and _proportion(scan, merged[-1], item):
            a = merged.pop()
            q = scan.quantity(a[2].start, item[2].end, "ratio", a[2].value / item[2].value)
            merged.append((a[0], item[1], q))
        else:
            merged.append(item)
    scan.found = merged


def _proportion(scan: Any, a: Found, b: Found) -> bool:
    qa, qb = a[2], b[2]
    if qa.kind != "number" or qb.kind != "number" or not 0 < qa.value <= qb.value:
        return False
    if qa.unit or qb.unit:  # "tripled in five years" is no proportion
        return False
    between = tuple(t.norm for t in scan.toks[a[1] : b[0]])
    if between not in scan.lex.ratios:
        # "un alumno de cada cinco", "one student in five": the counted noun between
        # "one" and the connector; with a one-word connector only where the base ends
        # the phrase ("one goal in five matches" is no proportion).
        noun, between = between[:1], between[1:]
        if between in _SIDE_BY_SIDE:
            return False
        if not (qa.value == 1 and noun and noun[0].isalpha() and noun[0].islower()):
            return False
        if between not in scan.lex.ratios:
            return False
        after = scan.toks[b[1]].text if b[1] < len(scan.toks) else "."
        # "one goal in five matches": a plural after the base counts something else; a
        # day or an adverb after it ends the phrase ("un vol sur deux jeudi").
        plural = len(after) > 3 and after.lower().endswith(("s", "x"))
        if len(between) < 2 and after.isalpha() and after.lower() not in _VERBS_AFTER and plural:
            return False
    if b[1] < len(scan.toks) and scan.toks[b[1]].text in "-–":
        return False  # "one in 3-4 hours": the start of a range, no proportion's base
    return len(between) > 1 or qb.value in _ROUND_BASES


# "every third train", "jeden dritten Fernzug", "cada tercer día": one in n.
_EVERY = frozenset("every jede jeden jeder jedes jedem cada chaque ogni".split())


def every_nth(scan: Any) -> None:
    """An ordinal after "every" is a proportion ("jeden dritten Fernzug" → "one in
    three"), not a rank."""
    for n, (i, j, q) in enumerate(scan.found):
        if q.kind == "ordinal" and q.value >= 2 and i and scan.toks[i - 1].norm in _EVERY:
            ratio = scan.quantity(scan.toks[i - 1].start, q.end, "ratio", 1 / q.value, q.unit)
            scan.found[n] = (i - 1, j, ratio)


# Words that join a range's two figures ("del 12 al 10 %", "entre 2 y 3 millones", "20 to
# 30%", "5-7 %"); the second figure's percent sign or scale word is the first's too.
_RANGE_LINKS = frozenset("a al y e to and hasta - –".split())
_SCALES = (1e3, 1e6, 1e9, 1e12)


def shared_units(scan: Any) -> None:
    """A bare figure that opens a range takes the percent sign or the scale word written
    once after the range's second figure: "del 12 al 10 %" is "12% to 10%", "entre 2 y 3
    millones" is "2 million and 3 million" (Spanish writes the unit once, English often
    twice). Session 26 (drift31c): the base read "12" against the translation's "12%".

    A year ("en 2019 al 30 %") takes no percent sign, and a scale is shared only when the
    first figure is the smaller ("de 500 a 3 millones" is 500 to three million)."""
    from aligner.alignment.numbers import canonical

    scan.found.sort(key=lambda f: f[0])
    for k in range(len(scan.found) - 1):
        a, b = scan.found[k], scan.found[k + 1]
        qa, qb = a[2], b[2]
        gap = scan.toks[a[1] : b[0]]
        if qa.kind != "number" or qa.unit or len(gap) != 1 or gap[0].norm not in _RANGE_LINKS:
            continue
        if qb.kind == "percent":
            if qa.value >= 1000:  # a year, not a share
                continue
            new = scan.quantity(qa.start, qa.end, "percent", qa.value)
        elif qb.kind == "number" and scan.toks[b[0]].kind == "num":
            tok = scan.toks[b[0]]
            try:
                raw = float(
                    canonical(tok.text[: len(tok.text) - len(tok.suffix)], scan.lex.decimal_comma)
                )
            except ValueError:
                continue
            factor = qb.value / raw if raw else 0.0
            if not any(abs(factor - s) < 1e-6 * s for s in _SCALES) or qa.value >= raw:
                continue
            new = scan.quantity(qa.start, qa.end, "number", qa.value * factor)
        else:
            continue
        scan.found[k] = (a[0], a[1], new)


# The noun of a fraction said with an ordinal (Spanish and Portuguese "parte").
_PARTS = frozenset(("parte", "partes"))


def ordinal_parts(scan: Any) -> None:
    """ "una quinta parte", "dos terceras partes", "tres cuartas partes" are fractions ("a
    fifth", "two thirds"), as "un quinto" and "dos tercios" are; read as an ordinal
    ("quinta") and a count ("dos"), neither matched "a fifth". A count is needed before
    the ordinal for the fraction alone: "la tercera parte del libro" may be the book's
    third part, so it is an ordinal that a fraction matches too."""
    from aligner.drift.number_words import spelled_numbers

    spelled = spelled_numbers(scan.toks, scan.used, scan.lex.lang)
    counts = {j: (i, value) for i, j, value, ordinal in spelled if not ordinal}
    for i, j, den, ordinal in spelled:
        if not ordinal or den < 2 or j >= len(scan.toks) or scan.toks[j].norm not in _PARTS:
            continue
        if i in counts:
            start, n = counts[i]
        elif i and scan.toks[i - 1].norm in ("una", "uma"):
            start, n = i - 1, 1.0
        else:
            # "la quinta parte del presupuesto": a fifth of it, or its fifth part; both
            # readings, reported as an ordinal is (only as a change).
            if not any(k in scan.used for k in range(i, j + 1)):
                scan.add(i, j + 1, "ordinal", den, soft=True)
                q = scan.found[-1][2]
                scan.found[-1] = (i, j + 1, replace(q, readings=(*q.readings, ("r", 1 / den))))
            continue
        if any(k in scan.used for k in range(start, j + 1)):
            continue
        scan.add(start, j + 1, "ratio", n / den, approx=True, weak=n == 1)


def about(toks: Any, i: int, j: int, spelled: Any) -> bool:
    """ "unas tres horas", "unos 20 días": the plural article (tokens ``i:j``) before a
    figure, spelled (``spelled``: the spelled numbers' spans) or in digits, is "about",
    no "one"; read as one, it took the figure's unit (session 33, drift38c)."""
    if j - i != 1 or toks[i].norm not in ("unos", "unas") or j >= len(toks):
        return False
    return any(a == j for a, *_ in spelled) or toks[j].kind == "num"
