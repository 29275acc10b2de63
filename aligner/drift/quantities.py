"""Quantities in running text, normalised so that two languages can be compared.

A translation may write any figure differently and still be right: "100.000" is
"100,000", "49,9 %" is "49.9%", "dos" is "two", "siglo XV" is "15th century",
"13.000 millones" is "13 billion", "14 de marzo" is "March 14", "medio siglo" is
"fifty years", "tres de cada diez" is "30%". Each quantity found here therefore
carries *readings*: (dimension, value) pairs such as ("n", 15), ("years", 1500),
("r", 0.3) or ("d", 314) for March 14. Two quantities are the same when they
share a reading; the figure's unit ("year", "hectare", "euro") is kept apart, so
that "four years" → "four months" can be told from a changed figure.

Digits go through :func:`aligner.alignment.numbers.canonical` (the aligner's locale rules);
number words through ``text2num`` where it knows the language; the lists that
vary by language (months, scale and unit words, "de cada") are in
:mod:`aligner.lang`. A language without those lists still gets digits,
percentages, Roman numerals and times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aligner.alignment.numbers import canonical
from aligner.drift import dates, numerals, quantity_joins, quantity_lexicon
from aligner.drift.number_words import spelled_numbers, word_value
from aligner.drift.numerals import ROMAN_ORDINAL, magnitude, roman, stem_scale
from aligner.drift.quantity_lexicon import Tok, lexicon, match_at, name_figure, phrase_at, tokenize

# Units that measure the same thing on one scale: "medio siglo" = "fifty years".
YEAR_UNITS = {"year": 1.0, "decade": 10.0, "century": 100.0}
_SYMBOLS = {"€": "euro", "$": "dollar", "£": "pound", "¥": "yen", "%": ""}
# Scale letters glued to a figure: "€1.2bn", "$40m", "£3tn". "m" and "k" are millions
# and thousands only after a currency sign ("100m" alone is metres).
_SCALE_SUFFIXES = {"bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12, "m": 1e6, "k": 1e3}
# Units an indefinite article counts as one of: "a decade" = "diez años", "an hour".
_ARTICLE_UNITS = frozenset(("year", "decade", "century", "month", "week", "day", "hour", "minute"))
# Unit symbols written onto a figure ("10km"); "m" and "k" are read with the scales.
_GLUED_UNITS = frozenset(("kwh", "km", "kg", "cm", "mm", "ml", "kw", "mw", "gw", "ha", "mph"))
# Words of order between a fraction's figure and its parts ("dos primeros tercios").
_ORDER = frozenset("primeros primeras últimos últimas ultimos ultimas".split())
# Below this a word-derived cardinal is too often an article or a pronoun
# ("un acuerdo", "one of the"), so it may match but is never reported alone.
_WEAK_VALUES = (1.0, 0.5)

_TIME = re.compile(
    r"(?<![\w.,:])(?P<h>2[0-4]|[01]?\d)(?!\d)(?:(?P<sep>[:h.]| h )(?P<m>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?|\s*(?P<hrs>h|horas|hrs|Uhr)\b|\s*(?P<zone>GMT\b|UTC\b))?"
)
# "1200 GMT", "0930 hrs": a four-digit clock time, only with a zone or an hours mark.
_TIME_4 = re.compile(
    r"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?=\s*(?:GMT|UTC|hrs|hours)\b)"
)


@dataclass(frozen=True)
class Quantity:
    start: int  # character offsets into the text given
    end: int
    text: str
    kind: str  # number | ordinal | percent | ratio | date | month | time | decade
    value: float
    unit: str = ""  # language-neutral unit id, "" when none
    weak: bool = False  # may match, but never reported on its own ("un", "first", "half")
    approx: bool = False  # a word fraction ("two thirds"): compared to two decimals
    # A spelled ordinal ("segunda vuelta", "Third World"): often part of an idiom, so
    # reported only as a change (against another unmatched figure), never alone.
    soft: bool = False
    readings: tuple[tuple[str, float], ...] = field(default=(), compare=False)


def _readings(kind: str, value: float, unit: str) -> tuple[tuple[str, float], ...]:
    if kind in ("number", "ordinal"):
        out = [("n", value)]
        if unit in YEAR_UNITS:
            out.append(("years", value * YEAR_UNITS[unit]))
        return tuple(out)
    if kind == "percent":
        return (("p", value), ("r", value / 100))
    if kind == "ratio":  # "dos décimas" is also 0.2, "la mitad" 0.5
        return (("r", value), ("n", value))
    if kind == "date":  # aligner.drift.dates: month*100+day, plus year*10000
        md, year = value % 10000, value // 10000
        days = [md] + ([md % 100 * 100 + md // 100] if unit == dates.EITHER_ORDER else [])
        return tuple([("d", d) for d in days] + [("ymd", year * 10000 + d) for d in days if year])
    if kind == "month":
        return (("mo", value),)
    if kind == "decade":  # "los 70" (a bare figure after an article) is "the '70s"
        return (("dec", value), ("n", value % 100))
    if kind == "time":
        hour, minute = divmod(int(value), 60)
        return (("t", (hour % 12) * 60 + minute), ("n", hour % 12 or 12), ("n", hour))
    return (("n", value),)


def _make(
    text: str, start: int, end: int, kind: str, value: float, unit: str = "", **flags: bool
) -> Quantity:
    return Quantity(
        start,
        end,
        text[start:end],
        kind,
        value,
        unit,
        flags.get("weak", False),
        flags.get("approx", False),
        flags.get("soft", False),
        _readings(kind, value, unit),
    )


def _decade_value(value: float) -> bool:
    """A figure that can name a decade: "80" (the 1980s) or "1990"."""
    return value % 10 == 0 and (20 <= value < 100 or value > 1000)


class _Scanner:
    """One pass over a text's tokens; consumed tokens are not read twice."""

    def __init__(self, text: str, lang: str):
        self.text = text
        self.lex = lexicon(lang)
        self.used: set[int] = set()
        self.found: list[tuple[int, int, Quantity]] = []  # (first token, last token+1, q)
        self.toks = tokenize(text)
        self._times()

    def add(self, i: int, j: int, kind: str, value: float, unit: str = "", **flags) -> None:
        q = _make(self.text, self.toks[i].start, self.toks[j - 1].end, kind, value, unit, **flags)
        self.found.append((i, j, q))
        self.used.update(range(i, j))

    def _times(self) -> None:
        self._durations()
        for m in _TIME.finditer(self.text):
            has_clock = m.group("m") and (m.group("sep") or "").strip() in (":", "h")
            # "18.00 horas", "20h": an hour mark; "24 horas" alone is a duration.
            attached = m.group("hrs") == "h" and self.text[m.start("hrs") - 1].isdigit()
            marked = (
                m.group("ampm")
                or (m.group("hrs") and m.group("m"))
                or attached
                or (m.group("zone") and m.group("m"))
            )
            if not (has_clock or marked):
                continue
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            if m.group("ampm") == "p" and hour < 12:
                hour += 12
            elif m.group("ampm") == "a" and hour == 12:
                hour = 0
            idx = [k for k, t in enumerate(self.toks) if m.start() <= t.start < m.end()]
            if not idx or self.used.intersection(idx):
                continue
            q = _make(self.text, m.start(), m.end(), "time", hour * 60 + minute)
            self.found.append((idx[0], idx[-1] + 1, q))
            self.used.update(idx)
        for m in _TIME_4.finditer(self.text):
            idx = [k for k, t in enumerate(self.toks) if m.start() <= t.start < m.end()]
            if idx and not self.used.intersection(idx):
                value = int(m.group("h")) * 60 + int(m.group("m"))
                self.found.append(
                    (idx[0], idx[-1] + 1, _make(self.text, m.start(), m.end(), "time", value))
                )
                self.used.update(idx)

    def _durations(self) -> None:
        """ "2:03:12" (a race time) is 2 hours, 3 minutes and 12 seconds."""
        for m in numerals.DURATION.finditer(self.text):
            idx = [k for k, t in enumerate(self.toks) if m.start() <= t.start < m.end()]
            if len(idx) != 5 or self.used.intersection(idx):
                continue
            for k, unit in zip(idx[::2], ("hour", "minute", "second"), strict=True):
                value = float(self.toks[k].text)
                if value:
                    self.found.append(
                        (
                            k,
                            k + 1,
                            _make(
                                self.text,
                                self.toks[k].start,
                                self.toks[k].end,
                                "number",
                                value,
                                unit,
                            ),
                        )
                    )
            self.used.update(idx)

    def _scale(self, j: int) -> tuple[int, float]:
        n, factor = phrase_at(self.toks, j, self.lex.scales, self.used)
        if n:
            return j + n, float(factor)
        if not self.lex.scales and j < len(self.toks) and j not in self.used:
            factor = stem_scale(self.toks[j].norm) if self.toks[j].kind == "word" else 0.0
            if factor:
                dot = j + 1 < len(self.toks) and self.toks[j + 1].text == "."
                return j + 1 + dot, factor
        return j, 1.0

    def _unit(self, j: int) -> tuple[int, str]:
        """A unit right after the figure, after "de/of", or after one adjective."""
        for skip in (0, 1):
            k = j + skip
            if skip and (k - 1 >= len(self.toks) or self.toks[k - 1].kind != "word"):
                break
            n, unit = phrase_at(self.toks, k, self.lex.units, self.used)
            if n:
                return k + n, str(unit)
            if k < len(self.toks) and self.toks[k].text in _SYMBOLS and self.toks[k].text != "%":
                return k + 1, _SYMBOLS[self.toks[k].text]
            if not skip and k < len(self.toks) and self.toks[k].norm in numerals.DEGREE_MARKS:
                cf = (
                    k + 1 < len(self.toks)
                    and self.toks[k + 1].text in ("C", "F")
                    and self.toks[k + 1].start == self.toks[k].end
                )
                return k + 1 + cf, "degree"
        return j, ""

    def _percent(self, j: int) -> int:
        if j < len(self.toks) and self.toks[j].text == "%":
            return j + 1
        n = match_at(self.toks, j, self.lex.percent, self.used)
        return j + n

    def _finish(
        self, i: int, j: int, value: float, ordinal: bool, weak: bool, soft: bool = False
    ) -> None:
        """Attach scale, "y medio", percent and unit after a figure spanning tokens i..j."""
        j, factor = self._scale(j)
        value *= factor
        half = match_at(self.toks, j, self.lex.and_half, self.used)
        if half:
            # "un millón y medio" is half a million more; "dos años y medio", half a year.
            value, j = value + 0.5 * magnitude(value, factor), j + half
            if factor == 1.0:  # "one and a half million"
                j, factor = self._scale(j)
                value *= factor
        weak = weak and value == 1.0
        end_pct = self._percent(j)
        if end_pct > j:
            self.add(i, end_pct, "percent", value)
            return
        unit = self._currency_before(i)
        j2, after = self._unit(j)
        if after and not unit:
            unit, j = after, j2
            half = match_at(self.toks, j, self.lex.and_half, self.used)
            if half:  # "dos años y medio"
                value, j = value + 0.5, j + half
        if self._date(i, j, value):
            return
        weak = weak or (value in _WEAK_VALUES and not unit)
        self.add(
            i, j, "ordinal" if ordinal else "number", value, unit, weak=weak, soft=soft and not unit
        )

    def _currency_before(self, i: int) -> str:
        if i > 0 and self.toks[i - 1].text in _SYMBOLS and self.toks[i - 1].text != "%":
            if self.toks[i - 1].text == "$" and i > 1 and self.toks[i - 2].text == "R":
                return "real"
            return _SYMBOLS[self.toks[i - 1].text]
        return ""

    def _date(self, i: int, j: int, day: float) -> bool:
        """A day number before its month: "14 de marzo", "14 March", "the 14th of March"."""
        if not (1 <= day <= 31 and day == int(day)) or j >= len(self.toks):
            return False
        k = j
        if (
            self.toks[k].text == "."
            and self.toks[k].start == self.toks[j - 1].end
            and k + 1 < len(self.toks)
        ):
            k += 1  # "am 19. Juli", "19. července": an ordinal day with its dot
        if self.toks[k].norm in ("de", "of") and k + 1 < len(self.toks):
            k += 1
        month = self.lex.months.get(self.toks[k].norm.rstrip("."))
        if month is None or k in self.used:
            return False
        if self.toks[k].text.islower() and self.lex.capital_months:
            return False  # "children under 5 may attend": the modal, not the month
        self.add(i, k + 1, "date", month * 100 + day)
        return True

    def digits(self) -> None:
        for i, tok in enumerate(self.toks):
            if tok.kind != "num" or i in self.used:
                continue
            raw = tok.text[: len(tok.text) - len(tok.suffix)] if tok.suffix else tok.text
            value = float(canonical(raw, self.lex.decimal_comma))
            if tok.suffix == "s" and self._decade(i, value, tok):
                continue
            if tok.suffix == "C":  # "40C": degrees Celsius
                self.add(i, i + 1, "number", value, "degree")
                continue
            if tok.suffix in _GLUED_UNITS:  # "10km", "5kg": the unit written on
                self.add(i, i + 1, "number", value, self.lex.units.get((tok.suffix,), ""))
                continue
            if tok.suffix in _SCALE_SUFFIXES:
                if self._currency_before(i) or tok.suffix not in ("m", "k"):
                    self._finish(i, i + 1, value * _SCALE_SUFFIXES[tok.suffix], False, False)
                elif tok.suffix == "m":  # "100m": metres
                    self.add(i, i + 1, "number", value, "m")
                continue
            if name_figure(self.toks, i):
                self.add(i, i + 1, "number", value, soft=True)
                continue
            self._finish(i, i + 1, value, bool(tok.suffix) and tok.suffix != "s", False)

    def _decade(self, i: int, value: float, tok: Tok) -> bool:
        """ "1990s", "'90s"."""
        if value % 10:
            return False
        if value < 100:
            value += 1900 if value >= 20 else 2000
        self.add(i - 1 if i and self.toks[i - 1].text in "'’" else i, i + 1, "decade", value)
        return True

    def romans(self) -> None:
        """ "siglo XV", "Felipe VI", "World War II": Roman numerals after a word."""
        for i, tok in enumerate(self.toks):
            if tok.kind != "word" or i in self.used or i == 0:
                continue
            suffixed = ROMAN_ORDINAL.fullmatch(tok.text)
            if suffixed and roman(suffixed.group(1)):
                self._roman_ordinal(i, roman(suffixed.group(1)))
                continue
            value = roman(tok.text)
            prev = self.toks[i - 1]
            century = self.lex.units.get((prev.norm,)) == "century"
            # "fase IV" as well as "Phase IV": after any word, if more than one letter.
            if value and (century or (len(tok.text) > 1 and prev.kind == "word")):
                first = i - 1 if century else i
                self.add(first, i + 1, "ordinal", value, "century" if century else "")
            elif value and self._linked(i):  # "los siglos X y XI"
                self.add(i, i + 1, "ordinal", value, "century")
            elif value and len(tok.text) > 1 and self._linked(i, False):  # "fases II-III"
                self.add(i, i + 1, "ordinal", value)

    def _linked(self, i: int, century: bool = True) -> bool:
        """A Roman numeral joined to an earlier century ("siglos X y XI") or numeral."""
        return any(
            q.kind == "ordinal"
            and (q.unit == "century" if century else roman(q.text))
            and quantity_joins.linked(self.toks[j:i])
            for _first, j, q in self.found
            if j <= i
        )

    def _roman_ordinal(self, i: int, value: int) -> None:
        """ "XIVe siècle", "le Xe": an ordinal, a century when the unit follows."""
        nxt = i + 1 < len(self.toks) and self.lex.units.get((self.toks[i + 1].norm,))
        century = nxt == "century" and i + 1 not in self.used
        self.add(i, i + 2 if century else i + 1, "ordinal", value, "century" if century else "")

    def decade_words(self) -> None:
        """ "los años noventa", "los años 90"."""
        for i in range(len(self.toks)):
            n = match_at(self.toks, i, self.lex.decades, self.used)
            if not n or i + n >= len(self.toks) or i + n in self.used:
                continue
            nxt = self.toks[i + n]
            value = word_value(nxt.norm, self.lex.lang)
            if value is None and nxt.kind == "num" and not nxt.suffix:
                value = float(canonical(nxt.text, self.lex.decimal_comma))
            if value is not None and _decade_value(value):
                self.add(i, i + n + 1, "decade", value + 1900 if value < 100 else value)
                self._more_decades(i + n + 1)

    def _more_decades(self, k: int) -> None:
        """ "los años 70 y 80": figures linked to a decade are decades too."""
        while (
            k + 1 < len(self.toks)
            and quantity_joins.linked(self.toks[k : k + 1])
            and k + 1 not in self.used
        ):
            nxt = self.toks[k + 1]
            value = word_value(nxt.norm, self.lex.lang)
            if value is None and nxt.kind == "num" and not nxt.suffix:
                value = float(canonical(nxt.text, self.lex.decimal_comma))
            if value is None or not _decade_value(value):
                return
            self.add(k + 1, k + 2, "decade", value + 1900 if value < 100 else value)
            k += 2

    def _compound(self, j: int) -> bool:
        """A word compound that is no quantity: "segunda-feira", "second-hand", "one-off"."""
        if j + 1 >= len(self.toks) or self.toks[j].text not in "-‐":
            return False
        if self.toks[j + 1].norm in self.lex.fractions:  # "two-thirds"
            return False
        return phrase_at(self.toks, j + 1, self.lex.units, self.used)[0] == 0

    def _preposition(self, i: int, j: int) -> bool:
        """ "Segundo ele, …", "disse, segundo o jornal": the ordinal that is also "according
        to", opening a clause or before a determiner ("no segundo turno" is the ordinal)."""
        if j - i != 1 or self.toks[i].norm not in self.lex.prepositions:
            return False
        opens = not i or self.toks[i - 1].kind != "word"
        return opens or (j < len(self.toks) and self.toks[j].norm in self.lex.determiners)

    def number_words(self) -> None:
        spelled = spelled_numbers(self.toks, self.used, self.lex.lang)
        counts = {i for i, _, _, ordinal in spelled if not ordinal}
        for i, j, value, ordinal in spelled:
            compound = self._compound(j) and (ordinal or value <= 1)  # not "four-season"
            if any(k in self.used for k in range(i, j)) or compound:
                continue
            if self._preposition(i, j) or quantity_joins.about(self.toks, i, j, spelled):
                continue
            # "the first two weeks": the count is the figure, the ordinal only places it
            if ordinal and j < len(self.toks) and (j in counts or self.toks[j].kind == "num"):
                continue
            # "millones de", "tens of": a bare plural power of ten is no figure (closed_words)
            if (j - i == 1 and value >= 10 and self.toks[i].norm.endswith("s")
                    and f"{value:.0f}".rstrip("0") == "1"):  # fmt: skip
                continue
            # "several million", "unos cuantos miles": a bare scale word after anything
            # but an article ("a million") is a magnitude, not a figure.
            if (j - i == 1 and value >= 100 and f"{value:.0f}".rstrip("0") == "1" and i
                    and self.toks[i - 1].kind == "word"
                    and self.toks[i - 1].norm not in self.lex.articles
                    and self.toks[i].norm not in numerals.WHOLE_HUNDRED):  # fmt: skip
                self.add(i, j, "number", value, weak=True, approx=True)
                continue
            if value == 0 and i and self.toks[i - 1].norm in numerals.BELOW:
                self.add(i, j, "number", value, weak=True)  # "bajo cero": a sign
                self._negate_before(i - 1)
                continue
            if not self._fraction(i, j, value, ordinal):
                self._finish(i, j, value, ordinal, value == 1.0, soft=ordinal)

    def _negate_before(self, k: int) -> None:
        """ "5 grados bajo cero", "5 degrees below zero": the figure ending at word k is
        below zero."""
        for n, (i, j, q) in enumerate(self.found):
            if j == k and q.kind == "number" and q.value > 0:
                self.found[n] = (
                    i,
                    j,
                    _make(self.text, q.start, q.end, q.kind, -q.value, q.unit, weak=q.weak),
                )

    def signs(self) -> None:
        """ "minus 5 degrees", "menos 3 grados", "-5 °C": a temperature below zero ("al
        menos 5 grados" is "at least")."""
        for n, (i, j, q) in enumerate(self.found):
            if not i or q.kind != "number" or q.value <= 0:
                continue
            prev = self.toks[i - 1]
            glued = (
                prev.text in "-−"
                and prev.end == self.toks[i].start
                and (i < 2 or self.toks[i - 2].end < prev.start)
            )
            if q.unit == "degree" and (
                glued
                or (
                    prev.norm in numerals.MINUS
                    and not (
                        i > 1 and self.toks[i - 2].norm in ("al", "lo", "por", "a", "at", "no")
                    )
                )
            ):
                self.found[n] = (
                    i - 1,
                    j,
                    _make(self.text, prev.start, q.end, q.kind, -q.value, q.unit, weak=q.weak),
                )

    def _fraction(self, i: int, j: int, value: float, ordinal: bool) -> bool:
        """ "dos tercios", "two thirds": a cardinal before a denominator word."""
        if ordinal or j >= len(self.toks) or j in self.used:
            return False
        if self.toks[j].text in "-‐" and j + 1 < len(self.toks):  # "two-thirds"
            j += 1
        elif self.toks[j].norm in _ORDER and j + 1 < len(self.toks) and j + 1 not in self.used:
            j += 1  # "los dos primeros tercios" (session 26): the order before the parts
        den = self.lex.fractions.get(self.toks[j].norm)
        if not den:
            return False
        # "un cuarto de punto" vs "a quarter of a point": with an article for "one",
        # a unit fraction may have no figure on the other side.
        self.add(i, j + 1, "ratio", value / den, approx=True, weak=value == 1)
        return True

    def extra_words(self) -> None:
        """Language-list words: "docena", "twice", "la mitad", "medio siglo", "both"."""
        for i, tok in enumerate(self.toks):
            if i in self.used or self._compound(i + 1) or self._preposition(i, i + 1):
                continue
            value = self.lex.words.get(tok.norm)
            vague = self.lex.vague.get(tok.norm)
            if value == 0.5 and quantity_lexicon.name_half(self.toks, i):
                continue  # "Oriente Medio": a name's word
            if self._half_scale(i, value if value is not None else vague):
                continue
            j, unit = self._unit(i + 1)
            if (
                unit
                and value is None
                and i + 1 < len(self.toks)
                and self.toks[i + 1].norm not in self.lex.articles
                and not phrase_at(self.toks, i + 1, self.lex.units, self.used)[0]
            ):
                # "la mitad del año", "half of the year": a part of it, not a measure
                # ("half a century", "media hora" are).
                j, unit = i + 1, ""
            if tok.norm in self.lex.clock:  # "noon" = "12:00"
                self.add(i, i + 1, "time", self.lex.clock[tok.norm], weak=True)
                continue
            if value == 0.5 or (vague is not None and unit):
                # "medio siglo", "half a century": a figure only with its unit.
                if unit:
                    self.add(i, j, "number", value or vague or 0.5, unit)
            elif value is not None:
                self._finish(i, i + 1, value, False, False, soft=value == int(value) < 4)
            elif vague is not None:
                kind = "ratio" if vague < 1 else "number"
                self.add(i, i + 1, kind, vague, weak=True)

    def _half_scale(self, i: int, value: float | None) -> bool:
        """ "medio millón", "half a million": a half before a scale word is a figure."""
        if value != 0.5:
            return False
        j = i + 1
        if j < len(self.toks) and self.toks[j].norm in self.lex.articles:
            j += 1
        end, factor = self._scale(j)
        if factor == 1.0:
            return False
        self.add(i, end, "number", 0.5 * factor)
        return True

    def article_units(self) -> None:
        """ "a third" / "un tercio" (one part, said with an article) and "a decade" /
        "una década" (one of a unit of time). A unit fraction is reported only as a
        change ("un tercio" → "a quarter"), never alone: "un cuarto de punto" may be
        "a quarter-point"; one unit of time is as weak as "un"."""
        for i in range(len(self.toks) - 1):
            tok = self.toks[i]
            if (
                tok.norm not in self.lex.articles
                or tok.norm.endswith("s")
                or i in self.used
                or i + 1 in self.used
            ):
                continue
            if any(
                match_at(self.toks, k, self.lex.and_half, self.used) > i - k
                for k in (i - 2, i - 1)
                if k >= 0
            ):
                continue  # "two and a half years": the figure's own half
            before = self.toks[i - 1].norm if i else ""
            if 0.5 in (self.lex.words.get(before), self.lex.vague.get(before)):
                continue  # "half a century", "half an hour": the half's own unit
            den = quantity_lexicon.fraction_at(self.toks, i + 1, self.lex.fractions)
            if den:
                self.add(i, i + 2, "ratio", 1 / den, approx=True, soft=True)
                continue
            n, unit = phrase_at(self.toks, i + 1, self.lex.units, self.used)
            if (
                n
                and unit in _ARTICLE_UNITS
                and not match_at(self.toks, i + 1 + n, self.lex.and_half, self.used)
            ):
                self.add(i, i + 1 + n, "number", 1.0, str(unit), weak=True)

    def quantity(self, start: int, end: int, kind: str, value: float, unit: str = "") -> Quantity:
        """A quantity over the text's characters [start, end), for passes that rebuild one."""
        return _make(self.text, start, end, kind, value, unit)


def extract_quantities(text: str, lang: str) -> list[Quantity]:
    """Every quantity in ``text`` (figures, number words, dates, times, percentages,
    proportions, ordinals, decades), in order, with offsets into ``text``."""
    scan = _Scanner(text, lang)
    dates.month_dates(scan)
    dates.ideographic_dates(scan)
    dates.numeric_dates(scan)
    scan.decade_words()
    scan.digits()
    scan.romans()
    quantity_joins.ordinal_parts(scan)
    scan.article_units()
    scan.number_words()
    scan.extra_words()
    scan.signs()
    quantity_joins.day_ranges(scan)
    quantity_joins.shared_units(scan)
    dates.attach_years(scan)
    quantity_joins.proportions(scan)
    quantity_joins.every_nth(scan)
    return [q for _, _, q in sorted(scan.found, key=lambda f: f[2].start)]
