"""Distinct places whose names share a stem (Niger/Nigeria), told apart by longest prefix.

Names are matched across languages by shared stems ("Perú"/"Peruvian"), which would
make these neighbours one place. Each family lists the folded prefixes of one place's
name and demonyms in the languages aligner reads; the longest prefix a word starts
with decides its place ("nigerian" starts with "nigeria", "nigerien" only with "niger").
"""

from __future__ import annotations

from functools import cache

from aligner.textutil import fold_accents as fold

# Facts of geography, not of any text: (place id, prefixes).
_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("austria", ("austria", "autrich", "osterreich", "oesterreich")),
    ("australia", ("austral",)),
    ("niger", ("niger",)),  # "nigerien", "nigerino", "nigerienne"
    ("nigeria", ("nigeria", "nigerian")),
    ("dominica", ("dominica",)),
    ("dominican-republic", ("dominican", "dominicain", "dominikan")),
    ("slovakia", ("slovak", "slovaq", "eslovaq", "slowak")),
    ("slovenia", ("sloven", "eslove", "slowen")),
    ("gambia", ("gambia", "gambie")),
    ("zambia", ("zambia", "zambie", "sambia")),
)


@cache
def _prefixes() -> tuple[tuple[str, str], ...]:
    pairs = [(prefix, place) for place, prefixes in _FAMILIES for prefix in prefixes]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def _prefixes_by_letter() -> dict[str, tuple[tuple[str, str], ...]]:
    """The prefixes by their first letter, longest first within each: every word of
    every pair is looked up, and a word can only start the prefixes of its letter."""
    out: dict[str, list[tuple[str, str]]] = {}
    for prefix, place in _prefixes():
        out.setdefault(prefix[:1], []).append((prefix, place))
    return {letter: tuple(pairs) for letter, pairs in out.items()}


def place_of(word: str) -> str | None:
    """The place a name or demonym belongs to, when it is one of the confusable ones."""
    w = fold(word)
    for prefix, place in _prefixes_by_letter().get(w[:1], ()):
        if w.startswith(prefix):
            return place
    return None


def different_places(a: str, b: str) -> bool:
    """Whether two words name two distinct places of one stem ("Níger", "Nigerian")."""
    pa, pb = place_of(a), place_of(b)
    return pa is not None and pb is not None and pa != pb
