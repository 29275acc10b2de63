"""Labels a text's words carry by a table of word lists (the kinds of group a speaker is,
:mod:`collectives`; the political families a mention names, :mod:`party_families`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from aligner.drift.text import fold, tokenize, words


def word_table(lists: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """Each (folded) word of ``lists`` (label → words) with the labels it carries."""
    table: dict[str, set[str]] = {}
    for label, listed in lists.items():
        for word in listed:
            table.setdefault(fold(word), set()).add(label)
    return {w: frozenset(k) for w, k in table.items()}


def labels_in(text: str, table: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The labels the words of ``text`` carry in ``table``."""
    found: set[str] = set()
    for tok in words(tokenize(text)):
        found |= table.get(tok.fold, frozenset())
    return frozenset(found)
