"""Opposites the WordNet pairs of :mod:`antonyms` do not reach (docs/drift.md, "Session
18 (drift23b)").

* *A negative prefix on the MT's word*: "uninspired" where the source's literal MT says
  "inspired", "disconnected" where it says "related" (a synonym of "connected"),
  "incapability" against "capacity". WordNet lists few such pairs as antonyms
  ("uninspired" ↔ "creative" only). The translation word is read as the MT word with a
  negative prefix (:data:`PREFIXES`) when what is left is the MT word, one of its base
  forms, or shares a synset with it among both words' first :data:`RANK` senses; the
  translation does not use the bare word itself, the MT does not use the prefixed one,
  no negation or diminisher stands right before the MT's word ("without precedent" →
  "unprecedented"), and the source says no negation anywhere (a Spanish "ninguno …
  resultó herido" → "escaped unhurt": the prefix renders the source's negation, which the
  MT may lose).
* *A synonym of the opposite* (measured and off, :data:`SYNONYMS_OF_OPPOSITES`):
  "simple" where the MT says "difficult" (whose antonym "easy" shares a synset with
  "simple"), "smaller" against "bigger" through "little".
  The mirror of :func:`antonyms._through_synonym` (the translation word's antonym a
  synonym of the MT's word); here the shared synset is of the antonym pair's own part of
  speech ("fell" is also a noun, "hide", which is no opposite of "showed") and among the
  first :data:`RANK` senses of both words.
* *A negation far from the opposite*: the WordNet reading leaves an antonym to the
  polarity check when the MT and the translation carry negations of odd parity ("no está
  corregida" → "is incorrect"). That holds where a negation governs one of the two
  words; a negation elsewhere in the sentence ("has failed with a shot" beside "late" ↔
  "early", the proxies' "would not be" beside "natural" ↔ "artificial") says nothing
  about them. :func:`negation_far` tells the two apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from aligner.drift.signals import word_lists
from aligner.drift.synonyms import _parts_of_speech, bases, synsets
from aligner.drift.text import find_cues, fold

# English negative prefixes, longest first ("non-" before "non").
PREFIXES = ("non-", "non", "dis", "mis", "un", "in", "im", "il", "ir")
# How many of each word's first senses (WordNet's frequency order) may share a synset
# ("connected" ~ "related", "capability" ~ "capacity"): on the development files 1 finds
# only the prefixed MT word itself, 2 and 3 also "disconnected" and "incapability", and no
# faithful pair is flagged at any of them.
RANK = 2
# Words right before the MT's word that already turn it round ("without precedent",
# "not inspired", "little known").
_TURNERS = frozenset(
    "not no without little less hardly barely scarcely never non lack lacking".split()
)
# Words of wrongness beside the MT's word that "mis-" renders ("apropiación indebida" →
# MT "undue appropriation" → "misappropriation", "mala gestión" → "mismanagement").
_WRONGLY = frozenset(
    "undue unduly improper improperly wrong wrongly wrongful bad badly poor poorly incorrect "
    "incorrectly illegal illegally illicit illicitly unlawful unlawfully false falsely faulty "
    "erroneous erroneously mistaken mistakenly ill fraudulent fraudulently".split()
)
# An error named before the MT's word ("error de cálculo" → MT "error of calculation" →
# "miscalculation", "errores de interpretación" → "misinterpretations"; session 33).
_ERRORS = frozenset("error errors mistake mistakes".split())


def _error_of(mt_words: Sequence[str], i: int) -> bool:
    return i > 1 and fold(mt_words[i - 1]) == "of" and fold(mt_words[i - 2]) in _ERRORS


# The synonym of the opposite, measured and off (docs/drift.md, "Session 18"): on the
# development files it found 1 DEMETR antonym on a proxy and 4 ContraTICO alterations with
# no faithful pair flagged, but 3 of corpora/parallel's 347 gold beads ("small" ~
# "short" ↔ MT "tallest", "behind" ↔ MT "front", "used" ~ "employ" ↔ MT "fires").
SYNONYMS_OF_OPPOSITES = False
# Negation idioms that may or may not carry a negation ("otherwise" for "si no", "no
# more than") no longer drop an opposite far from every negation of both sides
# (docs/drift.md, "Session 20 (drift25d)"); before, any such idiom dropped it.
IDIOMS_FAR = True
# How far (words) a negation may stand from an opposite and still govern it ("is not
# clearly established", "did not at all accept").
REACH = 4


@cache
def _forms(word: str) -> frozenset[str]:
    w = fold(word)
    return bases(w) | {w}


@cache
def _bare(word: str) -> tuple[str, ...]:
    """What a word may be with a negative prefix taken off: at least four letters left,
    WordNet knowing at least one of its forms."""
    w = fold(word)
    out = []
    for p in PREFIXES:
        rest = w[len(p) :]
        if w.startswith(p) and len(rest) >= 4 and any(synsets(b, 9) for b in _forms(rest)):
            out.append(rest)
    return tuple(out)


@cache
def _synonyms(word: str) -> frozenset[int]:
    return frozenset().union(*(synsets(b, RANK) for b in _forms(word)))


def prefixed_opposites(mt_words: Sequence[str], tgt_words: Sequence[str]) -> list[tuple[int, str]]:
    """(index of the translation word, the MT word) for each lower-case translation word
    that is an MT word, or a frequent synonym of one, with a negative prefix."""
    mt_forms: set[str] = set()
    for w in mt_words:
        mt_forms |= _forms(w)
    tgt_forms: set[str] = set()
    for w in tgt_words:
        tgt_forms |= _forms(w)
    out = []
    for k, y in enumerate(tgt_words):
        if not y[:1].islower() or _forms(y) & mt_forms:
            continue
        for rest in _bare(y):
            own = _forms(rest)
            if own & tgt_forms:
                continue  # "connected … disconnected": both in the translation
            wrong = fold(y).startswith("mis")
            said = _said(mt_words, own, tgt_forms, _TURNERS | _WRONGLY if wrong else _TURNERS)
            if said is not None:
                out.append((k, said))
                break
    return out


def _said(
    mt_words: Sequence[str], own: frozenset[str], tgt_forms: set[str], turners: frozenset[str]
) -> str | None:
    """The first MT word that is the bare word (or a frequent synonym of it) and is not
    turned round by the word before it, nor used by the translation."""
    mine = frozenset().union(*(synsets(b, RANK) for b in own))
    for i, m in enumerate(mt_words):
        if len(m) <= 3 or not m[:1].islower() or _forms(m) & tgt_forms:
            continue
        if i and fold(mt_words[i - 1]) in turners:
            continue
        if turners >= _WRONGLY and _error_of(mt_words, i):
            continue
        if _forms(m) & own or (mine and _synonyms(m) & mine):
            return m
    return None


@cache
def _typed_synonyms(word: str) -> frozenset[tuple[int, str]]:
    """(synset, part of speech: "a" for satellites too) of the word's first senses."""
    pos = _parts_of_speech()
    return frozenset(
        (n, "a" if pos[n] == "s" else pos[n]) for n in _synonyms(word) if n < len(pos) and pos[n]
    )


def synonyms_of_opposites(
    mt_words: Sequence[str], tgt_words: Sequence[str]
) -> list[tuple[int, str]]:
    """(index of the translation word, the MT word) for each lower-case translation word
    that shares a frequent synset, of the pair's part of speech, with a WordNet antonym
    of an MT word the translation lacks; neither side uses the antonym itself, and the
    translation word is no synonym of the MT word."""
    from aligner.drift.opposite_words import _opposites_by_pos

    table = _opposites_by_pos()
    mt_forms = set().union(*(_forms(w) for w in mt_words)) if mt_words else set()
    tgt_forms = set().union(*(_forms(w) for w in tgt_words)) if tgt_words else set()
    # Per MT word the translation lacks: its own synsets, and its antonyms' synsets of
    # the pair's part of speech.
    opposed: list[tuple[str, frozenset, set[tuple[int, str]]]] = []
    for i, m in enumerate(mt_words):
        if len(m) <= 3 or not m[:1].islower() or _forms(m) & tgt_forms:
            continue
        if i and fold(mt_words[i - 1]) in _TURNERS:
            continue
        targets = {
            (n, kind)
            for b in _forms(m)
            for kind in "anrv"
            for a in table.get((b, kind), ())
            if a not in tgt_forms and a not in mt_forms
            for n, p in _typed_synonyms(a)
            if p == kind
        }
        if targets:
            opposed.append((m, _typed_synonyms(m), targets))
    out = []
    for k, y in enumerate(tgt_words):
        if not opposed or len(y) <= 3 or not y[:1].islower() or _forms(y) & mt_forms:
            continue
        mine = _typed_synonyms(y)
        said = next((m for m, own, targets in opposed if mine & targets and not mine & own), None)
        if said is not None:
            out.append((k, said))
    return out


# A phrase that starts with the opposite word itself ("first … in" of "my first job … was
# in sales", an idiom that may carry a negation) negates nothing near it: the word is
# the phrase's, not under it (docs/drift.md, "Session 23 (drift28c)").
OWN_IDIOM = True


def negation_far(
    mt_cues: Sequence[tuple[int, int]],
    mt_at: Sequence[int],
    tgt_cues: Sequence[tuple[int, int]],
    tgt_at: int,
    mt_word: str,
    tgt_word: str,
) -> bool:
    """Whether every negation (cue spans as word indices) of the MT and of the
    translation stands more than :data:`REACH` words before, or more than one word after,
    the opposite word of its side (``mt_at``: every place the MT uses its word), and the
    two words are not one word with a prefix ("indiscipline" ↔ "disciplined")."""
    if _one_word(mt_word, tgt_word):
        return False

    def near(cues: Sequence[tuple[int, int]], k: int) -> bool:
        return any(
            e <= k <= e + REACH or s <= k < e or k < s <= k + 1
            for s, e in cues
            if not (OWN_IDIOM and s == k and e - s > 1)
        )

    return not near(tgt_cues, tgt_at) and not any(near(mt_cues, k) for k in mt_at)


def _one_word(a: str, b: str) -> bool:
    """The same word with a negative prefix on one side ("indiscipline" ↔ "disciplined"):
    their first six letters (five for a shorter word) agree once the prefix is off."""
    x, y = fold(a), fold(b)
    for one, other in ((x, y), (y, x)):
        for p in PREFIXES:
            rest = one[len(p) :]
            n = min(6, len(rest), len(other))
            if one.startswith(p) and n >= 5 and rest[:n] == other[:n]:
                return True
    return False


def negation_spans(ws: Sequence, cues: Sequence) -> list[tuple[int, int]]:
    """The word spans of a reading's counted negation ``cues`` and of its negation idioms
    that may or may not carry one ("otherwise" for "si no", "no more than"): where a
    negation may stand, for :func:`negation_far`."""
    idioms = [c for c in find_cues(ws, word_lists("en").negation) if c.label == "opt"]
    return [(c.start, c.end) for c in (*cues, *idioms)]
