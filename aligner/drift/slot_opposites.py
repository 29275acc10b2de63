"""A verb's opposite reached through a synonym of the literal MT's word at the same place
(docs/drift.md, "Session 27 (drift32a)").

The WordNet reading of :mod:`aligner.drift.antonyms` opposes a translation word to an
MT word that is its antonym, or (adjectives only) a frequent synonym of it. Apertium
often renders a Spanish verb by a rarer English verb than a translator would ("ha
logrado el contrato" → MT "has attained the agreement" ↔ "lost the contract"; "ayudará
a preparar" → MT "prepare" ↔ "disorganize"): the antonym of the translation's verb
("win", "gain" for "lose"; "organize" for "disorganize") shares a verb synset with the
MT's word only among the MT word's less frequent senses, and the sentence-wide
synonym readings were measured and left off for what they flag elsewhere.

Here the two words must stand **at the same place**: the translation and the MT are
aligned by their shared words (a longest common subsequence of word forms); the
translation verb must sit between two shared words whose MT counterparts enclose at
most :data:`SLOT` words, and the MT word must be one of those (or up to :data:`REACH`
words beyond them: a literal MT keeps the source's order where a translator moves an
adverb: "arrestan a menudo" → MT "arrest often" ↔ "often start"). Then a translation
verb ``t`` is reported against an MT word ``m`` when

* ``t`` is a lower-case word the MT does not use, and no word of the MT's slot shares any
  synset with it or is an adjective satellite of it (the slot renders it: "stray" for
  "lost classes");
* a WordNet *verb* antonym ``o`` of ``t``, which the translation does not use, shares a
  verb synset with ``m`` among ``o``'s first :data:`OPPOSITE_RANK` and ``m``'s first
  :data:`MT_RANK` senses, ``m`` is not in the translation and is no light verb ("have",
  "be", "make": "pueden tener matices" → MT "can have" ↔ "may differ", "have" ~ "be" ~
  "equal", the antonym of "differ").

The antonym check's guards then apply as to every WordNet reading (negations of odd
parity near either word, negative verbs, names, privatives).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from aligner.drift.opposite_valence import related
from aligner.drift.synonyms import _parts_of_speech, bases
from aligner.drift.synonyms import _table as _synonym_table

# How many words the MT's slot may hold (between the two shared words), and how far
# beyond it the MT word may stand.
SLOT = 4
REACH = 2
# Sense ranks (WordNet's frequency order) within which the antonym and the MT's word
# must share a verb synset. On the development files the MT's first 4 senses find 4
# missed DEMETR antonyms and flag no faithful pair (docs/drift.md).
OPPOSITE_RANK = 9
MT_RANK = 4
_ANY_RANK = 99
# Words too light to stand for an opposite ("in"/"out" and the like; antonyms._PHRASING).
_MIN_LETTERS = 4


@cache
def _forms(word: str) -> frozenset[str]:
    w = word.lower()
    return bases(w) | {w}


@cache
def _typed(word: str, rank: int) -> frozenset[tuple[int, str]]:
    """(synset, part of speech: "a" for satellites too) of the word's first senses."""
    pos = _parts_of_speech()
    senses = _synonym_table()[0]
    return frozenset(
        (n, "a" if pos[n] == "s" else pos[n])
        for b in _forms(word)
        for n, r in senses.get(b, ())
        if r <= rank and n < len(pos)
    )


@cache
def _verb_opposites(word: str) -> frozenset[str]:
    """WordNet's verb antonyms of the word's base forms ("losing" → "win", "find", …)."""
    from aligner.drift.antonyms import _PHRASING
    from aligner.drift.opposite_words import _opposites_by_pos

    if word.lower() in _PHRASING:
        return frozenset()
    table = _opposites_by_pos()
    return frozenset(a for b in _forms(word) for a in table.get((b, "v"), ()))


def _light(word: str) -> bool:
    """A verb too general to stand for an opposite's synonym ("have" ~ "be" ~ "equal",
    opposed to "differ"): the synonym reading's light words and the antonym phrasing's."""
    from aligner.drift.antonyms import _PHRASING
    from aligner.drift.synonyms import _LIGHT

    return bool(_forms(word) & (_PHRASING | _LIGHT))


def _renders(t: str, m: str) -> bool:
    """Whether the MT word may render the translation word: a shared synset at any rank,
    or one WordNet pointer apart (a similar adjective: "stray" ~ "lost"; a hypernym)."""
    mine = {n for n, _ in _typed(t, _ANY_RANK)}
    if mine & {n for n, _ in _typed(m, _ANY_RANK)}:
        return True
    return related(t, m)


def _anchors(tgt: Sequence[frozenset[str]], mt: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """(translation index, MT index) of a longest common subsequence of shared forms."""
    n, m = len(tgt), len(mt)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = (
                table[i + 1][j + 1] + 1 if tgt[i] & mt[j] else max(table[i + 1][j], table[i][j + 1])
            )
    i = j = 0
    out = []
    while i < n and j < m:
        if tgt[i] & mt[j]:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def opposed(mt_words: Sequence[str], tgt_words: Sequence[str]) -> list[tuple[int, str]]:
    """(index of the translation word, the MT word) for each translation verb whose
    antonym is a synonym of the MT's word at the same place."""
    mt_forms = [_forms(w) for w in mt_words]
    tgt_forms = [_forms(w) for w in tgt_words]
    in_mt = frozenset().union(*mt_forms) if mt_forms else frozenset()
    in_tgt = frozenset().union(*tgt_forms) if tgt_forms else frozenset()
    candidates = [
        k
        for k, t in enumerate(tgt_words)
        if len(t) >= _MIN_LETTERS
        and t[:1].islower()
        and not tgt_forms[k] & in_mt
        and _verb_opposites(t) - in_tgt
    ]
    if not candidates:
        return []
    anchors = _anchors(tgt_forms, mt_forms)
    out = []
    for k in candidates:
        before = max((a for a in anchors if a[0] < k), default=(-1, -1))
        after = min((a for a in anchors if a[0] > k), default=(len(tgt_words), len(mt_words)))
        if not 0 < after[1] - before[1] - 1 <= SLOT:
            continue
        slot = range(before[1] + 1, after[1])
        t = tgt_words[k]
        if any(_renders(t, mt_words[j]) for j in slot):
            continue  # the slot has its own rendering of the word
        opposites = sorted(_verb_opposites(t) - in_tgt)
        near = range(max(0, before[1] + 1 - REACH), min(len(mt_words), after[1] + REACH))
        said = next(
            (
                mt_words[j]
                for j in near
                if len(mt_words[j]) >= _MIN_LETTERS
                and mt_words[j][:1].islower()
                and not _light(mt_words[j])
                and not _copula(mt_words, j)
                and not mt_forms[j] & in_tgt
                and any(_shared_verb(o, mt_words[j]) for o in opposites)
            ),
            None,
        )
        if said is not None:
            out.append((k, said))
    return out


# Apertium's copulas before a predicate ("quedó interrumpido" → "remained interrupted",
# "permaneció cerrado" → "remained closed"), which a translator writes "was halted", "was
# closed": "remain" there is the copula, no verb the translation's can be the opposite of
# (session 33, drift38c).
_COPULAS = frozenset("remain remains remained remaining stay stays stayed staying".split())


def _copula(mt_words: Sequence[str], j: int) -> bool:
    """Whether MT word ``j`` is a copula before a participle or an adjective."""
    if mt_words[j].lower() not in _COPULAS or j + 1 >= len(mt_words):
        return False
    nxt = mt_words[j + 1].lower()
    return nxt.endswith(("ed", "en")) or any(p == "a" for _, p in _typed(nxt, _ANY_RANK))


def _shared_verb(opposite: str, mt_word: str) -> bool:
    mine = {n for n, p in _typed(opposite, OPPOSITE_RANK) if p == "v"}
    return bool(mine) and bool(mine & {n for n, p in _typed(mt_word, MT_RANK) if p == "v"})
