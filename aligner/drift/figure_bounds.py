"""Bounds on a figure: "más de 3.000", "almost 3,000", "unos 3.000", "up to 3,000".

The number check matches figures by value, so "más de 3.000 muertos" and "almost 3,000
dead" state the same figure to it; to a reader they are two claims (above 3,000, below
it). This module reads the words that bound a matched figure on each side and says when
the bound changed:

* a bound from below against one from above ("more than" → "almost"): critical;
* a bound dropped or added ("al menos dos años" → "two years"): major;
* an approximation against a bound ("unos 200" → "more than 200"): minor;
* a figure stated as exact against one approximated or bounded ("aproximadamente 70 km" →
  "exactly 70 km", "exactamente 300" → "about 300"): major (session 38, drift43b). An
  "exactly" dropped or added alone is not reported, as an approximation is not.

An approximation dropped or added ("unos 200" → "200") is not reported: translators
routinely drop it and the claim barely moves. Words that bound a figure only sometimes
("over 10 years" is also "during", "hasta 2025" "until") count against another bound,
never alone. Bounds are read from the language's ``figure_bounds`` list
(:mod:`aligner.lang`); a language without one is never compared, as its silence means
"unknown", not "no bound".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from aligner.drift.quantities import Quantity
from aligner.drift.quantity_match import same_quantity
from aligner.lang import profile
from aligner.textutil import quote

# Only counts and shares take a bound; a date, a time or an ordinal does not. A fraction
# word ("más de la mitad" → "half") is weak as a figure (it may be no count at all:
# "a mitad de camino"), but a bound before it makes it one.
BOUNDED_KINDS = frozenset({"number", "percent", "ratio"})

# Bound classes: "min" (more than, at least), "max" (less than, up to), "near" (almost:
# just below), "approx" (about), "exact" (exactly). "near" lies inside "max", "approx"
# next to "near"; "exact" agrees with none of them.
_AGREE = {frozenset({"max", "near"}), frozenset({"near", "approx"})}
_OPPOSED = {frozenset({"min", "max"}), frozenset({"min", "near"})}

_CURRENCY = re.compile(r"(?:\b(?:us|r|a|c)\$|\$|[€£¥]|\beur\b|\busd\b)\s*$", re.IGNORECASE)
# Signs bound a figure in every language ("aged ≥19 years", "&lt; 5 years" as HTML has it).
_SIGNS = (("&gt;", "min"), ("&lt;", "max"), ("≥", "min"), (">", "min"), ("≤", "max"), ("<", "max"))
_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2}|2100)$")


@dataclass(frozen=True)
class Bound:
    kind: str  # min | max | near | approx
    start: int  # the bound's words, character offsets
    end: int
    sure: bool  # False: the words bound a figure only sometimes ("over", "hasta")


@dataclass(frozen=True)
class _Phrases:
    before: tuple[tuple[str, str, bool], ...]  # (words before "#", kind, sure), longest first
    after: tuple[tuple[str, str, bool], ...]  # (text after "#", kind, sure)
    # Words that say a bound away from the figure ("a 60-day cap"): they never bound a
    # figure, but a bound the other side has may have moved into them.
    words: tuple[tuple[str, str, bool], ...] = ()


@cache
def _phrases(lang: str) -> _Phrases | None:
    table = profile(lang).figure_bounds
    if not table:
        return None
    before, after, words = [], [], []
    for pattern, kind in table:
        sure = not kind.endswith("?")
        head, _, tail = pattern.partition("#")
        if "#" not in pattern:  # a word that says a bound somewhere ("capped", "tope")
            words.append((pattern, kind.rstrip("?"), sure))
        elif head.strip():
            before.append((head.strip(), kind.rstrip("?"), sure))
        else:
            after.append((tail, kind.rstrip("?"), sure))
    before.sort(key=lambda p: -len(p[0]))
    after.sort(key=lambda p: -len(p[0]))
    return _Phrases(tuple(before), tuple(after), tuple(words))


def has_bounds(lang: str) -> bool:
    return _phrases(lang) is not None


def bound_of(text: str, q: Quantity, lang: str, negations: bool = True) -> Bound | None:
    """The words bounding ``q`` in ``text``: just before it (past a currency sign and one
    determiner) or just after it ("3.000 o más", "3,000-plus"). ``negations``: whether a
    negation before the bound turns it round (off when the other side's language has no
    negation words to do the same)."""
    phrases = _phrases(lang)
    # "un", "one": as often an article as a count, except before a unit ("al menos un
    # año" → "a year" drops the bound on one year).
    weak = q.weak and q.kind != "ratio" and not q.unit
    if phrases is None or q.kind not in BOUNDED_KINDS or weak or _YEAR.match(q.text.strip()):
        return None
    head = text[: q.start]
    head = head[: _CURRENCY.search(head).start()] if _CURRENCY.search(head) else head
    found = _ending_with(head, phrases.before) or _sign(head)
    if found is None:
        determiner = re.search(r"(\w+)\s*$", head)
        if determiner and determiner.group(1).lower() in profile(lang).determiners:
            found = _ending_with(head[: determiner.start()], phrases.before)
    if found is not None and _difference_before(head[: found.start], lang):
        return None
    if found is not None:
        said = head[found.start : found.end]
        return _negated(head[: found.start], found, lang, said) if negations else found
    # As written: "the iPhone 6 Plus" is a name, "6-plus" a bound.
    tail = text[q.end :]
    for words, kind, sure in phrases.after:
        if tail.startswith(words) and not tail[len(words) : len(words) + 1].isalnum():
            return Bound(kind, q.end, q.end + len(words), sure)
    return None


_DIFFERENCE_UNIT = re.compile(
    r"\s*(?:%|per ?cent|percentage points?|points?|times|por ciento|puntos?|veces)\s*$",
    re.IGNORECASE,
)


def _difference_before(before: str, lang: str) -> bool:
    """A figure right before the bound words makes them a comparison of two figures,
    not a bound: in "three fewer than four years ago" the three is the difference and
    the four is stated exactly."""
    # The difference may carry its unit: "40% less than", "12 per cent higher than".
    before = _DIFFERENCE_UNIT.sub("", before)
    last = re.search(r"(\w+)\s*$", before)
    if last is None:
        return False
    word = last.group(1)
    if any(ch.isdigit() for ch in word):
        return True
    from aligner.drift.number_words import word_value

    return word.isalpha() and word_value(word.lower(), lang) is not None


_FLIPPED = {"min": "max", "max": "min"}
# How many words before a bound a negation may stand and still turn it round.
_NEGATION_REACH = 4


def _negated(before: str, bound: Bound, lang: str, said: str = "") -> Bound:
    """A bound under a negation of its clause turns round: "no superó el 9 %" ("did not
    exceed 9%"), "no se registraron más de 20 casos" are at most. Phrases that carry
    their own negation ("no más de", "no less than") are matched whole, before this."""
    if bound.kind not in _FLIPPED:
        return bound
    clause = re.split(r"[,;:.()\"«»“”]", before)[-1]
    prof = profile(lang)
    negations = {w for w in prof.negation_words if " " not in w}
    words = re.findall(r"\w+(?:['’]\w+)?", clause)
    # A relative or complement clause is a clause of its own: "no afectará a las
    # viviendas que superan los 300 metros" bounds them from below all the same.
    starts = prof.relatives | prof.complementizers
    opened = [k for k, w in enumerate(words) if w.lower() in starts]
    words = words[opened[-1] + 1 :] if opened else words
    # A comparative after a noun ("homes larger than 300 m²") qualifies the noun: only a
    # negation right before it turns it round ("no larger than", "is not larger than").
    comparative = _COMPARATIVE.match(said.lower())
    reach = 1 if comparative else 2 if _PEOPLE_BOUND.match(said.lower()) else _NEGATION_REACH
    for word in words[-reach:]:
        word = word.lower().replace("’", "'")
        if word in negations or word.endswith("n't"):
            return Bound(_FLIPPED[bound.kind], bound.start, bound.end, bound.sure)
    return bound


# Comparatives of size and cost, which qualify a noun; not "fewer than" or "more than",
# which count it ("no se registraron más de 20 casos").
_COMPARATIVE = re.compile(
    r"(?:larger|bigger|longer|wider|taller|heavier|deeper|costlier|shorter|narrower|lighter"
    r"|cheaper|shallower|smaller|(?:more|less) expensive) than$"
)


# "menores de 12 años", "los mayores de 65": people bounded by age (or a thing by size),
# a noun phrase of its own, which a negation of the verb before it does not turn round
# ("no debe administrarse a menores de 12 años" → "should not be given to children under
# 12"); one right before its verb still does ("no es mayor de 5 cm").
_PEOPLE_BOUND = re.compile(r"(?:menor|menores|mayor|mayores|maior|maiores)\s+de$")


def _sign(head: str) -> Bound | None:
    stripped = head.rstrip()
    for sign, kind in _SIGNS:
        if stripped.endswith(sign):
            return Bound(kind, len(stripped) - len(sign), len(stripped), True)
    return None


def _ending_with(head: str, before: tuple[tuple[str, str, bool], ...]) -> Bound | None:
    stripped = head.rstrip()
    low = stripped.lower()
    for words, kind, sure in before:
        if low.endswith(words) and (len(low) == len(words) or not low[-len(words) - 1].isalnum()):
            return Bound(kind, len(stripped) - len(words), len(stripped), sure)
    return None


def mentions(text: str, kind: str, lang: str) -> bool:
    """Whether ``text`` has a bound phrase of ``kind`` anywhere (a bound the translator
    moved away from the figure: "the works will, at least, take two years")."""
    phrases = _phrases(lang)
    if phrases is None:
        return False
    low = f" {text.lower()} "
    return any(
        re.search(rf"(?<!\w){re.escape(words.strip())}(?!\w)", low)
        for words, k, _ in phrases.before + phrases.after + phrases.words
        if k == kind and words.strip()
    )


def _twin_bound(
    text: str,
    figures: Sequence[Quantity],
    other: Quantity,
    paired: Quantity,
    lang: str,
    bound: Bound,
    flip: bool,
) -> bool:
    """Whether another figure of ``text`` that states ``other`` carries a bound like ``bound``."""
    return any(
        q is not paired
        and same_quantity(q, other)
        and (twin := bound_of(text, q, lang, flip)) is not None
        and twin.kind == bound.kind
        for q in figures
    )


@dataclass(frozen=True)
class BoundChange:
    severity: str
    src: Bound | None
    tgt: Bound | None


def bound_change(
    src_text: str,
    a: Quantity,
    src_lang: str,
    tgt_text: str,
    b: Quantity,
    tgt_lang: str,
    src_all: Sequence[Quantity] = (),
    tgt_all: Sequence[Quantity] = (),
) -> BoundChange | None:
    """How the bound on a matched figure changed between source and translation, if it
    did in a way worth reporting (see the module's docstring). ``src_all``, ``tgt_all``:
    every figure of each side, so that a figure stated twice ("COVID-19 … de moins de 19
    ans" → "COVID-19 … aged < 19 years") is judged by its bounded twin, whichever of the
    two the matching paired it with."""
    if not (has_bounds(src_lang) and has_bounds(tgt_lang)):
        return None
    flip = bool(profile(src_lang).negation_words and profile(tgt_lang).negation_words)
    sa, tb = bound_of(src_text, a, src_lang, flip), bound_of(tgt_text, b, tgt_lang, flip)
    if sa is not None and _twin_bound(tgt_text, tgt_all, a, b, tgt_lang, sa, flip):
        return None
    if tb is not None and _twin_bound(src_text, src_all, b, a, src_lang, tb, flip):
        return None
    if sa is None and tb is None:
        return None
    if sa is not None and tb is not None:
        pair = frozenset({sa.kind, tb.kind})
        if sa.kind == tb.kind or pair in _AGREE:
            return None
        if pair in _OPPOSED:
            return BoundChange("critical", sa, tb)
        if "exact" in pair:
            return BoundChange("major", sa, tb)
        return BoundChange("minor", sa, tb)  # an approximation against a bound
    one, other_text, other_lang = (sa, tgt_text, tgt_lang) if sa else (tb, src_text, src_lang)
    if (
        not one.sure
        or one.kind in ("approx", "exact")
        or mentions(other_text, one.kind, other_lang)
    ):
        return None
    if one.kind == "near" and mentions(other_text, "approx", other_lang):
        return None
    return BoundChange("major", sa, tb)


def _with_bound(q: Quantity, bound: Bound | None) -> tuple[int, int]:
    if bound is None:
        return (q.start, q.end)
    return (min(q.start, bound.start), max(q.end, bound.end))


def describe(
    change: BoundChange, a: Quantity, src_text: str, b: Quantity, tgt_text: str
) -> tuple[tuple[int, int], tuple[int, int], str]:
    """The source and translation spans (figure and bound) and a message for a change."""
    src_span, tgt_span = _with_bound(a, change.src), _with_bound(b, change.tgt)
    said = (
        f"The source says {quote(src_text[slice(*src_span)])} but the translation says "
        f"{quote(tgt_text[slice(*tgt_span)])}"
    )
    if change.severity == "critical":
        turn = (
            "below became one from above"
            if change.src.kind == "min"
            else "above became one from below"
        )
        return src_span, tgt_span, f"{said}: a bound from {turn}."
    if (
        change.src is not None
        and change.tgt is not None
        and "exact" in (change.src.kind, change.tgt.kind)
    ):
        made = (
            "a figure the source approximates or bounds is made exact"
            if change.tgt.kind == "exact"
            else "a figure the source states exactly is approximated or bounded"
        )
        return src_span, tgt_span, f"{said}: {made}."
    if change.src is not None and change.tgt is None:
        lost = quote(src_text[change.src.start : change.src.end])
        return src_span, tgt_span, f"{said}: the bound {lost} is lost."
    if change.tgt is not None and change.src is None:
        added = quote(tgt_text[change.tgt.start : change.tgt.end])
        return src_span, tgt_span, f"{said}: the bound {added} is added."
    return src_span, tgt_span, f"{said}: an approximation against a bound."
