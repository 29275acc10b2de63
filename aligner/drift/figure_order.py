"""Figures whose order or place says what they mean (the `number` findings' two classes
no value comparison sees, since every value is found on both sides):

* a range turned round: "rebajó su previsión del 2,3 % al 1,9 %" → "cut its forecast
  from 1.9% to 2.3%": the same two figures, the change reversed;
* a rank lost before a superlative: "la tercera más alta de la eurozona" → "the highest
  in the eurozone". A spelled ordinal alone is reported only against another figure (it
  is often an idiom: "la segunda vuelta", "el Tercer Mundo"), but one that ranks a
  superlative is a figure of its own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from aligner.drift.quantities import Quantity
from aligner.drift.signals import Finding, Side, span_of
from aligner.textutil import quote

# What opens and joins a range's ends, by language ("del 2,3 % al 1,9 %", "from 1.9% to
# 2.3%", "de 2 à 3", "dal 2 al 3").
_OPENS = {
    "es": r"(?:de|del|desde)(?:\s+(?:el|la|los|las|un|una))?",
    "en": r"(?:from)(?:\s+(?:the|a|an))?",
    "fr": r"(?:de|du|des|depuis)(?:\s+(?:le|la|les|un|une))?",
    "it": r"(?:da|dal|dalla|dai|dalle|dallo)",
    "pt": r"(?:de|do|da|dos|das|desde)(?:\s+(?:o|a|os|as|um|uma))?",
}
_JOINS = {
    "es": r"(?:a|al|hasta)(?:\s+(?:el|la|los|las|un|una))?",
    "en": r"(?:to)(?:\s+(?:the|a|an))?",
    "fr": r"(?:à|au|aux|jusqu['’]à)(?:\s+(?:la|les|un|une))?",
    "it": r"(?:a|al|alla|ai|alle|allo|fino a)",
    "pt": r"(?:a|ao|à|aos|até)(?:\s+(?:o|a|os|as|um|uma))?",
}
# The words a range's first end may have after its figure before the joining word ("del 2,3
# por ciento al", "from 10 million to").
_BETWEEN = r"(?:\s+[^\W\d]+){0,2}?\s+"

# Words that make what follows a superlative, by language; English "-est" words too.
_SUPERLATIVE = {
    "es": r"(?:(más|menos)|mayor|menor|mejor|peor|mayores|menores|mejores|peores)\b",
    "fr": r"(?:(plus|moins)|meilleur|meilleure|meilleurs|meilleures|pire|pires)\b",
    "it": r"(?:(più|meno)|maggiore|minore|migliore|peggiore|maggiori|minori|migliori)\b",
    "pt": r"(?:(mais|menos)|maior|menor|melhor|pior|maiores|menores|melhores|piores)\b",
}
_NEXT_WORD = re.compile(r"\s+[^\W\d]+")
# English ordinals as a translation writes them in a rank ("third-highest", "3rd largest").
_EN_ORDINALS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1
    )
}
_EN_RANK = re.compile(r"\b(?:(\d+)(?:st|nd|rd|th)|(" + "|".join(_EN_ORDINALS) + r"))\b", re.I)

# Off: neither class is read.
FIGURE_ORDER = True


def check_figure_order(src: Side, tgt: Side) -> list[Finding]:
    """`number` findings (critical) for a range turned round and a rank lost."""
    if not FIGURE_ORDER:
        return []
    return _turned_ranges(src, tgt) + _lost_ranks(src, tgt)


def _ranges(side: Side) -> list[tuple[Quantity, Quantity]]:
    """The (from, to) figure pairs of a side's ranges."""
    lang = side.lang[:2]
    if lang not in _OPENS:
        return []
    opens = re.compile(r"\b" + _OPENS[lang] + r"\s+$", re.IGNORECASE)
    joins = re.compile(r"^" + _BETWEEN + _JOINS[lang] + r"\s+$", re.IGNORECASE)
    joins_bare = re.compile(r"^\s+" + _JOINS[lang] + r"\s+$", re.IGNORECASE)
    qs = [q for q in side.quantities if q.kind in ("number", "percent")]
    out = []
    for a, b in itertools.pairwise(qs):
        gap = side.text[a.end : b.start]
        if not (joins.match(gap) or joins_bare.match(gap)):
            continue
        if opens.search(side.text[max(0, a.start - 30) : a.start]):
            out.append((a, b))
    return out


def _turned_ranges(src: Side, tgt: Side) -> list[Finding]:
    out = []
    theirs = _ranges(tgt)
    for a1, a2 in _ranges(src):
        if a1.value == a2.value:
            continue
        for b1, b2 in theirs:
            if (b1.value, b2.value) == (a2.value, a1.value):
                out.append(
                    Finding(
                        "number",
                        "critical",
                        0.85,
                        (a1.start, a2.end),
                        (b1.start, b2.end),
                        f"The source goes from {quote(a1.text)} to {quote(a2.text)}, the "
                        f"translation from {quote(b1.text)} to {quote(b2.text)}: the "
                        "change is turned round.",
                        "drift.number",
                    )
                )
    return out


def _ranks(text: str, lang: str, quantities: Sequence[Quantity]) -> set[float]:
    """The ordinal values a side writes (English ordinal words read here too, as
    "third-highest" is one word to the figure reader)."""
    found = {q.value for q in quantities if q.kind == "ordinal"}
    if lang[:2] == "en":
        for m in _EN_RANK.finditer(text):
            found.add(float(m.group(1)) if m.group(1) else float(_EN_ORDINALS[m.group(2).lower()]))
    return found


def _lost_ranks(src: Side, tgt: Side) -> list[Finding]:
    pattern = _SUPERLATIVE.get(src.lang[:2])
    if pattern is None:
        return []
    ranked = re.compile(r"\s+" + pattern, re.IGNORECASE)  # matched at the ordinal's end
    kept = _ranks(tgt.text, tgt.lang, tgt.quantities)
    out = []
    for q in src.quantities:
        if q.kind != "ordinal" or q.value < 2 or q.value in kept:
            continue
        after = ranked.match(src.text, q.end)
        if after is None:
            continue
        # "más alta", "plus grande": the degree word's adjective belongs to the rank.
        more = _NEXT_WORD.match(src.text, after.end()) if after.group(1) else None
        words = src.text[q.start : (more or after).end()]
        out.append(
            Finding(
                "number",
                "critical",
                0.75,
                span_of(q),
                None,
                f"The source ranks it {quote(words)}; the translation keeps no rank "
                f"({quote(str(int(q.value)))} is missing): a rank among others became the "
                "top one.",
                "drift.number",
            )
        )
    return out
