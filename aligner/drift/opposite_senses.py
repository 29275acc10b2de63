"""Opposites that WordNet's structure implies but its antonym pointers between words do
not list (docs/drift.md, "Session 19 (drift24c): antonyms"); read by
:func:`aligner.drift.antonyms._wordnet_reversal` when the word pairs, the negative
prefixes and the synonyms find nothing.

* *Satellites of opposed heads, whatever else the words may be*: "cold" against the MT's
  "scorching" (~ "hot"), "choppy" (~ "rough") against "calm", "simple" (~ "easy")
  against "difficult". ``antonyms_en.tsv`` keeps only satellites that are adjectives and
  nothing else; here a word's first senses as an adjective count, and the translation's
  word must be an adjective as written (no verb form, noun plural, number word or
  function word: "near" is also a verb, "recovering" a participle, "thirds" a number).
* *Adverbs through their adjectives*: "inaccurately" against "correctly" (their
  adjectives' heads, "inaccurate" and "accurate" ~ "correct", are opposed).
* *Nouns and verbs through the MT word's first sense or its hypernym*: "conceals"
  against "reveals", "failure" against "victory" (a kind of "success"); each word read
  as a noun or a verb only where that is its commonest reading in WordNet's tagged
  concordance ("the sun" is no verb "sun", a kind of "lie" ↔ "stand"; "defeated" is no
  noun: a gold bead of corpora/parallel, "inflation not yet defeated", against the MT's
  "won" of "vencida").
* *A superlative against the MT's comparative*: Spanish and Italian say "the most" with
  "más" / "più", which Apertium gives as "more" ("los oyentes más exigentes" → MT
  "the listeners more demanding" ↔ "the least demanding listeners"); "least" and
  "fewest" stand against the MT's "more", "most" against "less" or "fewer", never in
  "at least" / "at most".

The pairs are built by ``bench/make_opposite_senses.py`` (``data/opposite_senses_en.tsv``,
WordNet 3.0; licence in ``data/WORDNET-LICENSE``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache

from aligner.drift.synonyms import inflection_bases, irregular_forms
from aligner.drift.table_cache import cached_table
from aligner.lang import profile

DATA = os.path.join(os.path.dirname(__file__), "data", "opposite_senses_en.tsv")
# Parts of speech in the order a word is tried as: an adjective first (the commonest
# opposites), then verbs, nouns and adverbs.
_ORDER = ("a", "v", "n", "r")
# Function-like words whose opposites are phrasing ("here" / "away", "all" / "any",
# "due to" ↔ "unexpected"), and number words ("ten" ↔ "third").
_LIGHT = frozenset(
    "in out on off up down here there now then come go give take bring send no all ask "
    "answer lead follow have has had make get keep do be back forward ahead behind away "
    "due any both each every some none either neither few many much more most less least "
    "several other another such same own only first last next one two three four five six "
    "seven eight nine ten eleven twelve hundred thousand million billion".split()
)
# Words that turn the next one round ("no vital", "not inspired", "little known").
_TURNERS = frozenset("not no without little less hardly barely scarcely never non".split())
_SUPERLATIVES = {"least": ("more",), "fewest": ("more",), "most": ("less", "fewer")}


@cache
def _tables() -> tuple[
    dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]],
    dict[str, frozenset[str]],
    frozenset[str],
    dict[str, dict[str, int]],
]:
    """(word, pos) → (own senses, reached senses); sense → its opposed senses; the
    adjectives' forms that are verbs or verb forms too; word → part of speech → senses
    tagged in WordNet's concordance."""
    return cached_table("opposite_senses", _build, (DATA,), (__file__,))


def _build() -> tuple[
    dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]],
    dict[str, frozenset[str]],
    frozenset[str],
    dict[str, dict[str, int]],
]:
    senses: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {}
    opposed: dict[str, set[str]] = {}
    verbal: set[str] = set()
    tagged: dict[str, dict[str, int]] = {}
    if not os.path.exists(DATA):
        return {}, {}, frozenset(), {}
    with open(DATA, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            kind, a, *rest = line.rstrip("\n").split("\t")
            if kind == "!":
                opposed.setdefault(a, set()).add(rest[0])
                opposed.setdefault(rest[0], set()).add(a)
            elif kind == "x":
                verbal.add(a)
            elif kind == "t":
                tagged[a] = {p: int(n) for p, n in (c.split(":") for c in rest[0].split(","))}
            else:
                own, reach = (frozenset(filter(None, r.split(","))) for r in rest)
                senses[(a, kind)] = (own, reach)
    return senses, {k: frozenset(v) for k, v in opposed.items()}, frozenset(verbal), tagged


# The endings each part of speech inflects with: a noun's plural, a verb's forms, an
# adjective's comparative and superlative ("defeated" is no plural of a noun "defeat").
_ENDINGS = {
    "n": ("s", "es", "ies"),
    "v": ("s", "es", "ies", "ed", "ied", "ing"),
    "a": ("er", "est", "ier", "iest"),
    "r": (),
}


@cache
def _bases(word: str, pos: str) -> tuple[str, ...]:
    """The word and what it may inflect as ``pos``, the word itself first."""
    found = inflection_bases(word, irregular_forms())
    own = {
        b
        for b in found
        if b == word
        or irregular_forms().get(word) == b
        or any(word.endswith(e) for e in _ENDINGS[pos] if len(word) > len(e) + 1)
    }
    return tuple(sorted(own, key=lambda b: (b != word, b)))


@cache
def _lemmas(word: str, pos: str) -> tuple[str, ...]:
    """The word's base forms that the table has as ``pos``, the word itself first."""
    senses = _tables()[0]
    return tuple(b for b in _bases(word, pos) if (b, pos) in senses)


@cache
def _commonest(word: str) -> frozenset[str]:
    """The parts of speech a word is most often read as (WordNet's concordance, through
    its base forms): "sun" a noun, "defeated" a verb; every one when none is tagged."""
    tagged = _tables()[3]
    counts = {p: max((tagged.get(b, {}).get(p, 0) for b in _bases(word, p)), default=0)
              for p in _ORDER}  # fmt: skip
    top = max(counts.values())
    return frozenset(p for p, n in counts.items() if n == top)


def _adjective_as_written(word: str) -> bool:
    """An adjective as it stands: no verb or verb form ("near", "recovering"), and
    itself an adjective or its comparative or superlative ("colder"), not a plural."""
    senses, _, verbal, _ = _tables()
    return word not in verbal and ((word, "a") in senses or word.endswith(("er", "est")))


@cache
def _light(word: str) -> bool:
    return word in _LIGHT or any(c.isdigit() for c in word) or word in profile("en").stopwords


@cache
def _word(
    low: str,
) -> tuple[frozenset[str], tuple[tuple[str, str], ...], frozenset[tuple[str, str]]]:
    """One word's lemmas in every part of speech, its readings here (part of speech,
    lemma) and the senses those stand for, (sense, part of speech)."""
    senses = _tables()[0]
    lemmas = frozenset(lemma for pos in _ORDER for lemma in _lemmas(low, pos))
    readings = tuple((pos, lemma) for pos in _readings(low) for lemma in _lemmas(low, pos))
    own = frozenset((s, pos) for pos, lemma in readings for s in senses[(lemma, pos)][0])
    return lemmas, readings, own


def opposed_senses(mt_words: Sequence[str], tgt_words: Sequence[str]) -> list[tuple[int, str]]:
    """(index of the translation word, the MT word) for the first translation word whose
    own senses are opposed to senses an MT word reaches, of the same part of speech,
    where neither word's lemma is on the other side and the MT word reaches none of the
    translation word's own senses (module docstring)."""
    senses, opposed, _, _ = _tables()
    if not senses:
        return []
    mt_lemmas: dict[tuple[str, str], str] = {}
    mt_own: set[tuple[str, str]] = set()  # what the MT's words stand for
    for i, w in enumerate(mt_words):
        low = w.lower()
        # Capitalised words are names' but for the sentence's first ("Reinforce …"); a
        # word a negation or a diminisher turns round is no opposite ("no vital" ↔
        # "nonessential").
        if len(w) <= 2 or (w[:1].isupper() and i) or _light(low):
            continue
        if i and mt_words[i - 1].lower() in _TURNERS:
            continue
        _, readings, own = _word(low)
        for reading in readings:
            mt_lemmas.setdefault(reading, w)
        mt_own |= own
    if not mt_lemmas:
        return []
    mt_all = {lemma for _, lemma in mt_lemmas}
    # "re-opened" is "reopened" ("closed … re-opened" against the MT's "reopening").
    tgt_all = {
        lemma
        for w in tgt_words
        for form in {w.lower(), w.lower().replace("-", "")}
        for lemma in _word(form)[0]
    }
    # What the translation's words stand for: an MT word one of them renders by a
    # synonym is accounted for ("moderada" → MT "moderate" ~ "mild", beside "severe").
    tgt_own = {sense for w in tgt_words for sense in _word(w.lower())[2]}
    for k, w in enumerate(tgt_words):
        low = w.lower()
        if len(w) <= 2 or _light(low):
            continue
        lemmas, readings, own = _word(low)
        if lemmas & mt_all:
            continue  # the MT says the word itself (or one of its bases)
        if own & mt_own:
            continue  # the MT renders it by a synonym ("grave" for "severe")
        for pos in dict.fromkeys(p for p, _ in readings):
            if pos == "a" and not _adjective_as_written(low):
                continue
            mine = {s for s, p in own if p == pos}
            said = _reached(mine, pos, mt_lemmas, tgt_all, tgt_own, opposed)
            if said:
                return [(k, said)]
    return []


@cache
def _readings(word: str) -> tuple[str, ...]:
    """The parts of speech a word is read as here: a noun or a verb only where that is
    its commonest reading, an adverb only in "-ly" ("full" is no adverb in "the full
    extent")."""
    common = _commonest(word)
    return tuple(
        p for p in _ORDER if (p not in "nv" or p in common) and (p != "r" or word.endswith("ly"))
    )


def _reached(
    own: set[str],
    pos: str,
    mt_lemmas: dict[tuple[str, str], str],
    tgt_all: set[str],
    tgt_own: set[tuple[str, str]],
    opposed: dict[str, frozenset[str]],
) -> str | None:
    """The MT word of part of speech ``pos`` that reaches a sense opposed to ``own``
    and none of ``own`` itself, and that no translation word renders."""
    against = {o for s in own for o in opposed.get(s, ())}
    if not against:
        return None
    senses = _tables()[0]
    for (p, lemma), w in mt_lemmas.items():
        if p != pos or lemma in tgt_all:
            continue
        their_own, reach = senses[(lemma, pos)]
        if any((s, pos) in tgt_own for s in their_own):
            continue
        if reach & against and not (reach | their_own) & own:
            return w
    return None


def superlatives(mt_words: Sequence[str], tgt_words: Sequence[str]) -> list[tuple[int, str]]:
    """A superlative in the translation against the MT's comparative of its opposite
    ("least" ↔ MT "more", the Romance "más" of a superlative), not in "at least"."""
    mt = [w.lower() for w in mt_words]
    tgt = [w.lower() for w in tgt_words]
    for k, w in enumerate(tgt):
        if w not in _SUPERLATIVES or (k and tgt[k - 1] == "at") or w in mt:
            continue
        for other in _SUPERLATIVES[w]:
            if other in mt and other not in tgt:
                return [(k, mt_words[mt.index(other)])]
    return []
