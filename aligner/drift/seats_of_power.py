"""Seats of power that news names by their building and English renders by the office
they house: "la Casa Rosada" → "the Argentine presidency", "el Palacio de Miraflores" →
"the presidential palace", "la Moncloa" → "the prime minister's office", "el Palacio de
São Bento" → "the parliament building".

Such a name is a metonym, not a name to keep: the entity check reported it dropped, or
swapped for the demonym the description carries ("Argentine"). A seat counts as rendered
when the translation describes an office of its kind; a description of another kind
("la Moneda" → "the Chilean Congress") is still a swap. Only the buildings' names are
listed, never a city's ("Belém" alone is a Brazilian city; its palace is Portugal's
presidency), and each with the office it stands for in the news of its country.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from aligner.drift.signals import Entity, Finding, Side

# The English words that describe each kind of office (stems, matched at a word start).
_DESCRIPTIONS = {
    "presidency": "presiden head of state government executive administration palace",
    "government": "government prime minister premier executive cabinet",
    "royal": "royal king queen monarch crown palace",
    "parliament": "parliament legislat assembly congress lawmakers deputies mps",
    "foreign": "foreign diplomac diplomat",
    "economy": "economy economic finance treasury",
    "defence": "defense defence military",
}

# Folded (lower case, accent-free) names of the buildings, Spanish and Portuguese news.
_SEATS = (
    ("moncloa", "government"),
    ("zarzuela", "royal"),
    ("casa rosada", "presidency"),
    ("miraflores", "presidency"),
    ("palacio nacional", "presidency"),
    ("los pinos", "presidency"),
    ("la moneda", "presidency"),
    ("casa de narino", "presidency"),
    ("palacio de narino", "presidency"),
    ("carondelet", "presidency"),
    ("palacio quemado", "presidency"),
    ("casa grande del pueblo", "presidency"),
    ("torre ejecutiva", "presidency"),
    ("palacio de lopez", "presidency"),
    ("palacio de san martin", "foreign"),
    ("palacio de santa cruz", "foreign"),
    ("palacio de hacienda", "economy"),
    ("eliseo", "presidency"),
    ("kremlin", "presidency"),
    ("pentagono", "defence"),
    ("planalto", "presidency"),
    ("alvorada", "presidency"),
    ("itamaraty", "foreign"),
    ("palacio de belem", "presidency"),
    ("sao bento", "parliament government"),
    ("palacio das necessidades", "foreign"),
    ("palacio de las necesidades", "foreign"),
)


def _fold(text: str) -> str:
    """Lower case without accents, one character for one (offsets stay valid)."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text.lower())


@cache
def _seat_pattern() -> re.Pattern[str]:
    names = sorted((name for name, _ in _SEATS), key=len, reverse=True)
    # "el Palacio de São Bento": the palace's word belongs to the name
    palace = r"(?:palacio (?:de las |de la |das |da |do |de )?)?"
    names_alternation = "|".join(re.escape(n) for n in names)
    return re.compile(r"\b" + palace + "(" + names_alternation + r")\b")


@cache
def _description_pattern(kinds: str) -> re.Pattern[str]:
    stems = {s for kind in kinds.split() for s in _DESCRIPTIONS[kind].split()}
    alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternatives + r")\w*")


_KIND = dict(_SEATS)


def described_seats(
    lost: Sequence[Entity], new: Sequence[Entity], src: Side, tgt: Side
) -> tuple[list[Entity], list[Entity]]:
    """The lost and new names left once every seat of power the translation describes is
    taken out, with the names inside or just before its description ("the Argentine
    presidency", "Argentina's presidency")."""
    matches = _seat_pattern().finditer(_fold(src.text))
    seats = [(m.start(), m.end(), _KIND[m.group(1)]) for m in matches]
    if not seats or not lost:
        return list(lost), list(new)
    target = tgt.text.lower()
    kept_lost, described = [], []
    for e in lost:
        kinds = next((k for a, b, k in seats if a < e.end and e.start < b), None)
        found = list(_description_pattern(kinds).finditer(target)) if kinds else []
        if not found:
            kept_lost.append(e)
            continue
        described += [(m.start(), m.end()) for m in found]
    kept_new = [
        e
        for e in new
        if not any((a < e.end and e.start < b) or 0 <= a - e.end <= 3 for a, b in described)
    ]
    return kept_lost, kept_new


def _descriptions(src: Side, tgt: Side) -> list[tuple[int, int]]:
    """The character ranges of the translation that describe a seat the source names."""
    kinds = {_KIND[m.group(1)] for m in _seat_pattern().finditer(_fold(src.text))}
    target = tgt.text.lower()
    return [(m.start(), m.end()) for k in kinds for m in _description_pattern(k).finditer(target)]


def undescribed(found: list[Finding], src: Side, tgt: Side) -> list[Finding]:
    """The findings but the additions inside a seat's description ("Palácio do Planalto"
    → "the presidential palace": "presidential" says which palace, it adds nothing)."""
    if not any(f.type == "addition" and f.target_span for f in found):
        return found
    ranges = _descriptions(src, tgt)
    return [
        f
        for f in found
        if not (
            f.type == "addition"
            and f.target_span
            and any(a <= f.target_span[0] and f.target_span[1] <= b + 1 for a, b in ranges)
        )
    ]
