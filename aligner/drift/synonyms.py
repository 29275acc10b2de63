"""Synonyms and base forms for the clause coverage (English only: WordNet 3.0).

A reworded clause ("In the regions touched" → "In affected areas") has no word in
common with the literal MT, and was reported as omitted. Two English words count as the
same word here when one is an inflection of the other, regular ("areas" → "area") or
irregular ("fell" → "fall"), or when they share a WordNet synset among the frequent
senses of both ("region" 2nd sense = "area" 3rd sense). The synsets and ranks are in
``data/synonyms_en.tsv`` (built by ``bench/make_synonyms.py``; licence in
``data/WORDNET-LICENSE``). Other languages get nothing here (no word net shipped).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import cache

from aligner.drift.table_cache import cached_table
from aligner.drift.text import Tok, cognate

DATA = os.path.join(os.path.dirname(__file__), "data", "synonyms_en.tsv")
# A synset counts for a word only when it is among the word's first MAX_RANK senses of
# that part of speech (WordNet orders senses by frequency): rarer senses make chance
# synonyms ("touch" 6th sense = "affect"). Chosen on the development files, see
# docs/drift.md ("Session 8").
MAX_RANK = 3
# Verbs and nouns so general that their synsets join unrelated words ("take" ~ "need",
# "get" ~ "become", "make" ~ "do"): never a synonym of anything.
_LIGHT = frozenset(
    "be have do make get take give go come put set let keep hold run see say tell show "
    "thing way part time place point case lot kind sort".split()
)
# Inflection endings to undo, (ending, replacement), as WordNet's morphy tries them.
_DETACH = (
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("est", "e"),
    ("ier", "y"),
    ("iest", "y"),
)


@cache
def _table() -> tuple[dict[str, tuple[tuple[int, int], ...]], dict[str, str]]:
    """word -> ((synset number, sense rank), ...) and irregular form -> lemma."""
    return cached_table("synonyms", _build, (DATA,), (__file__,))


def _build() -> tuple[dict[str, tuple[tuple[int, int], ...]], dict[str, str]]:
    senses: dict[str, list[tuple[int, int]]] = {}
    irregular: dict[str, str] = {}
    if not os.path.exists(DATA):
        return {}, {}
    with open(DATA, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for number, line in enumerate(lines):
        if not line or line[0] == "#":
            continue
        if line[0] == "=":
            _, form, lemma = line.split("\t")
            irregular[form] = lemma
            continue
        for item in line[2:].split():  # "n\tword:3 word:1": ranks are one digit
            senses.setdefault(item[:-2], []).append((number, ord(item[-1]) - 48))
    return {w: tuple(s) for w, s in senses.items()}, irregular


def irregular_forms() -> dict[str, str]:
    """WordNet's irregular form -> lemma table (empty without the data file)."""
    return _table()[1]


def inflection_bases(word: str, irregular: dict[str, str]) -> set[str]:
    """The word and every form it may be an inflection of, as WordNet's morphy tries them
    (an irregular form's base, an ending undone, a doubled consonant single again); the
    callers keep those their own WordNet table has."""
    out = {word}
    if word in irregular:
        out.add(irregular[word])
    for ending, repl in _DETACH:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            out.add(stem + repl)
            # doubled consonant: "stopped" → "stop", "bigger" → "big"
            if ending in ("ed", "ing", "er", "est") and len(stem) >= 3 and stem[-1] == stem[-2]:
                out.add(stem[:-1])
    return out


@cache
def bases(word: str) -> frozenset[str]:
    """The word and the WordNet lemmas it may be an inflection of."""
    senses, irregular = _table()
    return frozenset(b for b in inflection_bases(word, irregular) if b == word or b in senses)


@cache
def _parts_of_speech() -> tuple[str, ...]:
    """Each line's part of speech ("n", "v", "a", "s", "r"; "" for other lines)."""
    if not os.path.exists(DATA):
        return ()
    with open(DATA, encoding="utf-8") as fh:
        return tuple(line[0] if line[:1] in tuple("nvasr") else "" for line in fh)


@cache
def noun_only(word: str) -> bool:
    """Whether WordNet knows the word (or a base of it) only as a noun ("flu", "girls")."""
    senses, _ = _table()
    pos = _parts_of_speech()
    found = {pos[n] for b in bases(word) for n, _rank in senses.get(b, ())}
    return found == {"n"}


@cache
def synsets(word: str, max_rank: int) -> frozenset[int]:
    """The synsets of the word's frequent senses (through its base forms)."""
    senses, _ = _table()
    return frozenset(
        number
        for b in bases(word)
        if b not in _LIGHT
        for number, rank in senses.get(b, ())
        if rank <= max_rank
    )


_GROUPED = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f]\d{3})+")


def digit_groups(keys: set[str]) -> set[str]:
    """The groups of numbers written with thousands separators ("1,388" → "1", "388"):
    the other side may write the same number with spaces ("1 388"), which cuts it in two
    words."""
    return {g for k in keys if _GROUPED.fullmatch(k) for g in re.split(r"[.,\u00a0\u202f]", k)}


def compound_of(word: str, parts: set[str]) -> bool:
    """Whether ``word`` is two of ``parts`` written as one ("teamwork" = "team" + "work",
    "childcare" = "child" + "care"), each of three letters or more."""
    return any(word[:i] in parts and word[i:] in parts for i in range(3, len(word) - 2))


def _in_compound(word: str, compounds: set[str], parts: set[str]) -> bool:
    """Whether ``word`` is one half of a compound of the other side whose other half is
    one of ``parts`` ("team" and "work" against "teamwork")."""
    return len(word) >= 3 and any(
        (c.startswith(word) and c[len(word) :] in parts)
        or (c.endswith(word) and c[: -len(word)] in parts)
        for c in compounds
        if len(c) >= len(word) + 3
    )


def coverage(
    needles: Sequence[Tok],
    haystack: Sequence[Tok],
    lang: str,
    same_lang: Sequence[Tok] | None = None,
    max_rank: int | None = None,
) -> float:
    """Share of ``needles`` found in ``haystack`` (1.0 when nothing to find): the same
    word or a cognate; a group of a number written with thousands separators; a compound
    of two words of the other side, or half of one ("work of team" / "teamwork"); and
    for English (``lang``) an inflection of the same lemma or a synonym in ``same_lang``
    (the part of the haystack in the needles' language; all of it when None).
    ``max_rank`` None: :data:`MAX_RANK`; 0: none of these but cognates."""
    if not needles:
        return 1.0
    if max_rank is None:
        max_rank = MAX_RANK
    keys = {t.fold for t in haystack}
    if max_rank > 0:
        keys |= digit_groups(keys)
    near = {t.fold for t in (haystack if same_lang is None else same_lang)}
    english = lang == "en" and max_rank > 0
    lemmas: set[str] = set()
    meanings: set[int] = set()
    if english:
        for k in near:
            lemmas |= bases(k)
            meanings |= synsets(k, max_rank)
    own = {n.fold for n in needles}

    def found(n: str) -> bool:
        if n in keys or any(cognate(n, k) for k in keys):
            return True
        if max_rank <= 0:
            return False
        if compound_of(n, near) or _in_compound(n, near, own):
            return True
        return english and bool(bases(n) & lemmas or synsets(n, max_rank) & meanings)

    return sum(1 for n in needles if found(n.fold)) / len(needles)
