"""Dollars named with a country's letters ("US$ 4.000 millones", "CA$275 million") and
answered on the other side by plain dollars or by that country's dollars: no place was
dropped (docs/drift.md "Session 21 (drift26e)"). Moved out of :mod:`aligner.drift.names`
in session 35."""

from __future__ import annotations

import re

from aligner.drift.signals import Entity, Side
from aligner.drift.text import fold

_DOLLAR = re.compile(
    r"\$|\b(?:d[oó]lar(?:es)?|dollars?|dollari)\b(?!\s+[a-zà-ÿ]*(?:ian|ien|ano|ense|ês)s?\b)", re.I
)


def plain_dollars(e: Entity, own: Side, other: Side) -> bool:
    """A currency's letters ("US$ 4.000 millones") answered by plain dollars on the other
    side ("$4 billion"): no place was dropped. Dollars of another country ("dollars
    canadiens") do not answer them, except that country's own letters ("CA$275 million"
    ↔ "275 millones de dólares canadienses", docs/drift.md "Session 21 (drift26e)")."""
    if own.text[e.end : e.end + 1] != "$":
        return False
    if _DOLLAR.search(other.text):
        return True
    stems = _DOLLAR_COUNTRIES.get(e.text.upper().rstrip("$"))
    return bool(stems) and any(
        fold(m.group(1) or m.group(2)).startswith(stems)
        for m in _COUNTRY_DOLLARS.finditer(other.text)
    )


# Currency letters of the dollars of a country, and the stems of its adjective in the
# languages read here ("dólares canadienses", "dollars canadiens", "Canadian dollars").
_DOLLAR_COUNTRIES = {
    "CA": ("canad",), "C": ("canad",), "CAD": ("canad",), "A": ("austral",),
    "AU": ("austral",), "AUD": ("austral",), "NZ": ("neozeland", "neo-zeland", "zeland"),
    "HK": ("hongkon", "hong kong"), "S": ("singapur", "singapor", "singapour"),
    "SG": ("singapur", "singapor", "singapour"),
}  # fmt: skip
_COUNTRY_DOLLARS = re.compile(
    r"\b(?:d[oó]lar(?:es)?|dollars?|dollari)\s+(?:de\s+)?([a-zà-ÿ-]+(?:\s+kong)?)|"
    r"\b([A-Z][a-zà-ÿ-]+(?:\s+Kong)?)\s+dollars?\b",
    re.I,
)
