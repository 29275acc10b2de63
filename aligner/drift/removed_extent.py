"""A word of aspect or extent that a faithful translation always says, left out
(docs/drift.md, "Session 34 (drift39b)").

The removal readers leave most adverbs alone, for a translator drops "todavía" or
"menos" freely where they only colour the sentence (:mod:`removed_adverbs`,
:mod:`removed_degree`). Two uses of them state something of their own, and the faithful
and label-0 pairs measured say it, in a small closed set of English words:

* "todavía" / "aún" under a negation in the same clause ("no ha adoptado todavía" →
  "has not yet adopted"): the negation holds *so far*, and "has not adopted" says it
  did not; English says "yet", "still", "so far", "until", "anymore", "longer"…;
* "menos" grading a verb ("menos trabajar", "trabajar menos": to do less of it), not a
  comparison of an adjective, a noun or a figure ("menos caro", "menos de 20"), not "al
  menos", "por lo menos", "a menos que", "más o menos": "less", "fewer", "reduce",
  "cut", "lower"…;
* "hace" before an amount of time ("hace dos meses", "hace unos días"): *ago*, a point
  in the past; "two months" alone is a span or nothing ("Two months, she left…"):
  English says "ago", "before", "earlier", "since", "last", "past", "for"…;
* the part of a period a phrase picks ("al inicio de este mes", "a finales de año", "a
  mediados de 2025"): "this month" alone is the whole of it; English says "early",
  "beginning", "start", "late", "end", "mid", "middle", "turn"….

* (session 39, drift44a) the whole of a period ("todo el año", "toda la noche"):
  English says "all", "whole", "throughout", "year-round", "overnight"….

Measured and left out: "último" before a span of time ("en las últimas semanas" → "in
weeks", with no "last", "past", "recent", "within"…: one DEMETR pair, and a faithful
pair newly flagged on the held-out test split, session 39); "demasiado" (excess)
without "too" — its one DEMETR drop stands under a negation ("no parece tener
demasiada confianza" → "much faith"), where a faithful "no tiene demasiado sentido" is
"doesn't make much sense".

Reported when the source word has no dictionary partner in the translation and no word
of its list is anywhere in the translation. An omission (major). Direct Apertium pairs,
Spanish sources (the words of :mod:`lexical_diff`); run on the pairs nothing else reports
at >= major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, partners
from aligner.drift.signals import Finding, removed_source_word
from aligner.drift.text import fold
from aligner.textutil import quote

_WORD = re.compile(r"[^\W_]+")
_NEGATIONS = frozenset("no nunca jamas tampoco ni nadie nada ningun ninguno ninguna sin".split())
# What closes a clause between the negation and the aspect word.
_CLOSERS = frozenset(", ; : ( ) y o pero que porque cuando si".split())
# English words that say "so far" (or "even", "aún"'s other sense under a negation).
SO_FAR = frozenset(
    "yet still far date until till anymore longer already even remain remains remained "
    "remaining continue continues continued pending awaiting now".split()
)
LESS = re.compile(
    r"\b(less|lesser|fewer|least|reduc\w*|cut\w*|lower\w*|decreas\w*|minimi\w*|shorter|"
    r"limit\w*|curb\w*|scal\w* back|scal\w* down)\b"
)
# "hace" + an amount + a unit of time: what renders the point in the past.
AGO = frozenset(
    "ago before earlier previous previously since past last for back prior formerly once "
    "recent recently old".split()
)
_AMOUNTS = frozenset(
    "un una unos unas dos tres cuatro cinco seis siete ocho nueve diez once doce quince "
    "veinte treinta cuarenta cincuenta cien mil varios varias algunos algunas pocos pocas "
    "muchos muchas mas menos casi apenas ya de".split()
)
_TIME_UNITS = frozenset("segundo minuto hora dia semana mes ano decada siglo rato".split())
# The part of a period: the noun after a preposition, or Apertium's unit, and the periods.
_PARTS = frozenset("inicio principio comienzo final fin mediado".split())
_PART_UNITS = frozenset(
    f"a {p} de" for p in "principios inicios comienzos finales fines mediados".split()
)
_PART_OPENERS = frozenset("a al hacia desde hasta".split())
_PERIODS = frozenset(
    "mes ano semana siglo decada temporada verano invierno otono primavera dia jornada "
    "trimestre semestre curso legislatura mandato enero febrero marzo abril mayo junio "
    "julio agosto septiembre setiembre octubre noviembre diciembre".split()
)
PART_SAID = re.compile(
    r"\b(early|earlier|beginning|begin|start|late|later|end|ending|mid|middle|midway|close|"
    r"turn|opening|first|last|final|onset|dawn|outset|halfway)"
)
# "todo el año", "toda la noche": the whole of a period, what English says so (drift44a).
WHOLE = frozenset(
    "all whole entire round throughout every full always constantly continually continuous "
    "continuously clock long overnight nonstop uninterrupted through".split()
)
_DAY_PARTS = frozenset("noche manana tarde".split())
# Words before "menos" that make it a bound or a phrase, and after it a comparison.
_MENOS_BEFORE = frozenset("al lo a o nada mucho poco cada".split())
_MENOS_AFTER = frozenset("de que del mal".split())


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _negated(src: Sequence[Word], i: int) -> bool:
    """Whether a negation stands in word ``i``'s clause, up to seven words before it or
    three after it."""
    for step, reach in ((-1, 7), (1, 3)):
        k = i + step
        while 0 <= k < len(src) and abs(k - i) <= reach:
            w = fold(src[k].surface).lower()
            if w in _CLOSERS:
                break
            if w in _NEGATIONS:
                return True
            k += step
    return False


def _ago(src: Sequence[Word], i: int) -> bool:
    """Whether "hace" at ``i`` opens an amount of time ("hace dos meses")."""
    k = i + 1
    while (
        k < len(src)
        and k <= i + 3
        and (src[k].pos == "num" or fold(src[k].surface).lower() in _AMOUNTS)
    ):
        k += 1
    return i + 1 < k < len(src) and fold(src[k].lemma) in _TIME_UNITS


def _period_part(src: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` picks a part of a period ("inicio" in "al inicio de este mes")."""
    w = src[i]
    lemma = fold(w.lemma)
    if lemma in _PART_UNITS:
        k = i + 1
    elif (
        w.pos == "n" and lemma in _PARTS and i and fold(src[i - 1].surface).lower() in _PART_OPENERS
    ):
        if i + 1 >= len(src) or fold(src[i + 1].lemma) != "de":
            return False
        k = i + 2
    else:
        return False
    for m in range(k, min(k + 3, len(src))):
        if fold(src[m].lemma).split()[0] in _PERIODS or re.fullmatch(
            r"1\d{3}|20\d\d", src[m].surface
        ):
            return True
    return False


def _whole_period(src: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` says the whole of a period: "todo el año", "toda la semana"
    ("todo" and its article before a period), or Apertium's unit "toda la noche"."""
    w = src[i]
    parts = fold(w.lemma).split()
    if len(parts) == 3 and parts[0] in ("todo", "toda") and parts[1] in ("el", "la"):
        return parts[2] in _PERIODS or parts[2] in _DAY_PARTS
    if fold(w.lemma) != "todo" or w.pos not in ("predet", "det") or i + 2 >= len(src):
        return False
    if fold(src[i + 1].surface).lower() not in ("el", "la"):
        return False
    period = fold(src[i + 2].lemma)
    return period in _PERIODS or period in _DAY_PARTS


def _verb(w: Word) -> bool:
    return w.pos == "vblex"


def _grades_verb(src: Sequence[Word], i: int) -> bool:
    """Whether "menos" at ``i`` grades a verb: an infinitive after it, or a verb before it
    and no word it could compare after it."""
    before = fold(src[i - 1].surface).lower() if i else ""
    after = fold(src[i + 1].surface).lower() if i + 1 < len(src) else "."
    if before in _MENOS_BEFORE or after in _MENOS_AFTER:
        return False
    nxt = src[i + 1] if i + 1 < len(src) else None
    if nxt is not None and _verb(nxt) and not nxt.finite and re.search(r"r(se|lo|la)?$", after):
        return True
    if i and _verb(src[i - 1]):
        return nxt is None or not nxt.surface[:1].isalnum() or nxt.pos in ("cnjcoo", "pr")
    return False


def removed_extent(
    src: Sequence[Word],
    tgt: Sequence[Word],
    text: str,
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> Word | None:
    """The first source word of aspect or extent (see the module) the translation leaves
    unsaid, or None. ``text``: the translation."""
    if src_lang != "es":
        return None
    mine = links[0] if links else partners(src, tgt, "source")
    said = None
    for i, w in enumerate(src):
        key = fold(w.surface).lower()
        if key in ("todavia", "aun") and w.pos in ("adv", "preadv") and mine[i] < 0:
            if not _negated(src, i):
                continue
            said = said or _words(text)
            if not (said & SO_FAR):
                return w
        elif key in ("hace", "hacia") and _ago(src, i):
            said = said or _words(text)
            if not (said & AGO):
                return w
        elif _whole_period(src, i):
            said = said or _words(text)
            if not (said & WHOLE):
                return w
        elif _period_part(src, i) and mine[i] < 0:
            if not PART_SAID.search(text.lower()):
                return w
        elif (
            key == "menos"
            and mine[i] < 0
            and _grades_verb(src, i)
            and not LESS.search(text.lower())
        ):
            return w
    return None


_SAYS = {
    "aun": 'says the negation holds so far ("not yet")',
    "todavia": 'says the negation holds so far ("not yet")',
    "menos": "says the action is done less",
    "hace": 'places the time in the past ("ago")',
    "hacia": 'places the time in the past ("ago")',
}
_PART_SAYS = "says which part of the period is meant (its start, middle or end)"


def _says(w: Word) -> str:
    if fold(w.lemma).split()[0] in ("todo", "toda"):
        return 'says the whole of the period is meant ("all year")'

    return _SAYS.get(fold(w.surface).lower(), _PART_SAYS)


def check_removed_extent(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a word of aspect or extent the translation leaves unsaid."""
    return removed_source_word(
        src,
        tgt,
        analysed,
        links,
        removed_extent,
        lambda w: (
            f"The source's {quote(w.surface)} "
            f"{_says(w)}, "
            "but nothing in the translation says it: the statement is wider or narrower "
            "than the source's."
        ),
    )
