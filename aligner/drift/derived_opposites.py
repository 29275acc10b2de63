"""Verbs opposed through their derived adjectives ("defy" ↔ MT "obeying":
"obedient" is also seen as "compliant", whose antonym is "defiant"), read by
:func:`aligner.drift.antonyms._wordnet_reversal` when WordNet's word pairs, the prefix
rules and the opposed senses find nothing (docs/drift.md, "Session 21 (drift26c)").

The table ``data/derived_opposites_en.tsv`` is built from WordNet 3.0 by
``bench/make_derived_opposites.py`` (licence in ``data/WORDNET-LICENSE``): verbs in
their first two senses (241 of them). It is wide ("obey" ↔ "resist", "defy" ↔
"manage"), so a pair counts only where the MT says the one word, the
translation the other, and neither side has the other's word (as for WordNet's own
antonym pairs), neither word right after a determiner (a noun: "the cures" for "las
curas" ↔ "infected mothers"), and the antonym reading's guards then apply.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache

from aligner.drift.synonyms import _table as synonym_table
from aligner.drift.synonyms import inflection_bases

DATA = os.path.join(os.path.dirname(__file__), "data", "derived_opposites_en.tsv")


# A word right after one of these is a noun ("the cures" for "las curas"), not the verb
# the table pairs.
_DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your some any no every each".split()
)


def _noun_at(words: Sequence[str], i: int) -> bool:
    return i > 0 and words[i - 1].lower() in _DETERMINERS


@cache
def _table() -> dict[str, frozenset[str]]:
    if not os.path.exists(DATA):
        return {}
    out = {}
    with open(DATA, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            word, opposites = line.rstrip("\n").split("\t")
            out[word] = frozenset(opposites.split(","))
    return out


@cache
def _lemmas(word: str) -> frozenset[str]:
    """The word's base forms the table or WordNet knows ("obeying" → "obey")."""
    table, irregular = _table(), synonym_table()[1]
    w = word.lower()
    return frozenset(b for b in inflection_bases(w, irregular) if b in table or b == w)


def opposed(mt_words: Sequence[str], tgt_words: Sequence[str]) -> list[tuple[int, str]]:
    """(index of the translation word, the MT word) for each translation verb whose
    derived opposite the MT uses, neither side using the other's word."""
    table = _table()
    if not table:
        return []
    mt_forms: dict[str, str] = {}
    for i, w in enumerate(mt_words):
        if len(w) > 2 and w[:1].isalpha() and not _noun_at(mt_words, i):
            for lemma in _lemmas(w):
                mt_forms.setdefault(lemma, w)
    tgt_lemmas = {lemma for w in tgt_words for lemma in _lemmas(w)}
    out = []
    for k, w in enumerate(tgt_words):
        mine = _lemmas(w)
        if len(w) <= 2 or mine & mt_forms.keys() or _noun_at(tgt_words, k):
            continue
        hits = sorted(
            a
            for lemma in mine
            for a in table.get(lemma, ())
            if a in mt_forms and a not in tgt_lemmas
        )
        if hits:
            out.append((k, mt_forms[hits[0]]))
    return out
