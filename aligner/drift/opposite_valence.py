"""Opposites no word net relates, read from the words' valence ("protect" ↔ "harm",
"hero" ↔ "villain", "complaint" ↔ "compliment"): a translation word rated strongly
positive where the literal MT has, in the same place, a word of the same part of speech
rated strongly negative, or the other way round (docs/drift.md, "Session 22 (drift27c)").

The ratings are VADER's (``vaderSentiment``, MIT licence): about 7,500 English words,
each rated from -4 to +4 by ten people, read from the file the package ships
(``vader_lexicon.txt``; nothing is downloaded and the package's code is not imported).
Without the package the rule finds nothing.

A valence opposition alone is loose ("anxious" -1.0 ↔ "eager" +1.5, "winning" ↔
"beating"), so a pair counts only where:

* both words are rated at least :data:`STRONG` either way, by raters who mostly agree
  (standard deviation at most :data:`AGREED`), and a verb form is rated by its lemma
  ("beating" is rated as the noun, a thrashing; "beat" itself is not rated: no valence);
* the two stand in the same place: first or last in a stretch of at most :data:`SPAN`
  words that the MT and the translation word differently between words they share
  (a ``difflib`` alignment of the two words, lower case), not at the sentence's start;
* they have the same ending ("-ing", "-ed" or an irregular past, "-s", none: one
  grammatical slot; "shares" is no opposite of the MT's verb "shot");
* they share a part of speech in WordNet, and WordNet does not link them (one synset, or
  one "similar to", hypernym, "also see" or verb-group step: "anxious" is similar to
  "eager");
* neither side uses the other's word.

The antonym reading's guards (negations, names, frequencies …) then apply, as for the
other opposites (:func:`aligner.drift.antonyms._wordnet_reversal`).
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence
from functools import cache
from importlib import resources

from aligner.drift.lexical_diff import WORDNET, synsets, wordnet_file, wordnet_parts
from aligner.drift.synonyms import bases, irregular_forms

# Ratings at least this strong on both sides (VADER's scale runs from -4 to +4; "harm"
# -2.5, "protect" +1.6, "accused" -1.2, "acquitted" +1.0).
STRONG = 1.0
# Raters' standard deviation at most this ("arrest" -1.4 with 1.43: a crime's word, not
# a judgement; "harm" 0.81).
AGREED = 1.3
# How many words from the aligned place a pair may stand (0: right beside it).
REACH = 0
# The most words either side of a replaced stretch may have: a longer one is a free
# rendering, or a function word matched far from its own ("in bad way the requests and
# the letters to backrest" ↔ "in support").
SPAN = 6
# Words whose valence is a matter of phrasing or grammar ("no", "like", "please").
_LIGHT = frozenset(
    "no not yes like please well ok okay sure kind pretty free fine right great lol".split()
)
# MT words Apertium writes for a Spanish word of either valence: "engage" for
# "comprometer", "commit" and "compromise" alike ("no comprometa la privacidad" → MT
# "do not engage the privacy" ↔ "does not violate"; session 34, drift39c).
_MT_EITHER = frozenset(("engage",))
_POINTERS = frozenset(("&", "@", "~", "^", "$", "@i", "~i"))
_PARTS = ("noun", "verb", "adj", "adv")
# A sense key's part of speech (``cntlist.rev``), in Apertium's names as
# :func:`lexical_diff.wordnet_parts` gives them.
_SENSE_PARTS = {"1": "n", "2": "vblex", "3": "adj", "4": "adv", "5": "adj"}


@cache
def _lexicon() -> dict[str, float | None]:
    """VADER's word ratings (lower-case words with letters only); None where the raters
    disagree beyond :data:`AGREED`; empty without the package."""
    try:
        text = (
            resources.files("vaderSentiment")
            .joinpath("vader_lexicon.txt")
            .read_text(encoding="utf-8", errors="replace")
        )
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    out: dict[str, float | None] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) < 3 or not fields[0].replace("-", "").isalpha():
            continue
        if not fields[0].islower():
            continue
        try:
            mean, spread = float(fields[1]), float(fields[2])
        except ValueError:
            continue
        out[fields[0]] = mean if spread <= AGREED else None
    return out


def available() -> bool:
    """Whether the ratings are installed (the rule runs only then)."""
    return bool(_lexicon())


@cache
def valence(word: str) -> float | None:
    """The word's own rating where VADER rates the form ("imposes", on which its raters
    disagree: none), else its lemma's. A verb form whose lemma is unrated has none: the
    form's own rating reads another word class ("beating", a thrashing)."""
    lex = _lexicon()
    w = word.lower()
    lemmas = sorted(b for b in bases(w) if b != w)
    rated = [lemma for lemma in lemmas if lemma in lex]
    if w in lex:
        verb_form = w.endswith(("ing", "ed")) and any("vblex" in wordnet_parts(b) for b in lemmas)
        return None if verb_form and not rated else lex[w]
    return lex[rated[0]] if rated else None


@cache
def _counts() -> dict[str, dict[str, int]]:
    """lemma → part of speech → how often WordNet's concordance tags its senses
    (``cntlist.rev``); empty without the file."""
    out: dict[str, dict[str, int]] = {}
    try:
        with open(os.path.join(WORDNET, "cntlist.rev"), encoding="utf-8") as fh:
            for line in fh:
                key, _, rest = line.partition(" ")
                lemma, _, code = key.partition("%")
                part = _SENSE_PARTS.get(code[:1])
                if part is None:
                    continue
                per = out.setdefault(lemma, {})
                per[part] = per.get(part, 0) + int(rest.split()[-1])
    except (OSError, ValueError, IndexError):
        return {}
    return out


@cache
def _parts(word: str) -> frozenset[str]:
    """The word's common parts of speech: those WordNet's concordance tags at least a
    quarter as often as the commonest ("harm" a noun and a verb; "bad" an adjective, not
    the noun); every part WordNet knows where nothing is counted."""
    w = word.lower()
    counts: dict[str, int] = {}
    for lemma in bases(w) | {w}:
        for part, n in _counts().get(lemma, {}).items():
            counts[part] = max(counts.get(part, 0), n)
    top = max(counts.values(), default=0)
    if top:
        return frozenset(p for p, n in counts.items() if 4 * n >= top)
    return frozenset(p for b in bases(w) | {w} for p in wordnet_parts(b))


def _data(part: str):
    return wordnet_file("data." + part)


@cache
def _linked_synsets(word: str) -> frozenset[int]:
    """The word's synsets and those one WordNet pointer of :data:`_POINTERS` away (in
    :func:`lexical_diff.synsets`'s numbering: offset × 4 + part)."""
    w = word.lower()
    own = frozenset().union(*(synsets(b) for b in bases(w) | {w}))
    out = set(own)
    for code in own:
        offset, k = divmod(code, 4)
        data = _data(_PARTS[k])
        if data is None:
            continue
        end = data.find(b"\n", offset)
        fields = data[offset : end if end >= 0 else len(data)].split(b" | ")[0].split()
        if len(fields) < 4:
            continue
        n_words = int(fields[3], 16)
        at = 4 + 2 * n_words
        if at >= len(fields):
            continue
        count = int(fields[at])
        for p in range(count):
            symbol, target, pos = fields[at + 1 + 4 * p : at + 4 + 4 * p]
            if symbol.decode() in _POINTERS:
                part = {"n": 0, "v": 1, "a": 2, "s": 2, "r": 3}[pos.decode()]
                out.add(int(target) * 4 + part)
    return frozenset(out)


def related(a: str, b: str) -> bool:
    """Whether WordNet puts the words in one synset or one step apart."""
    la, lb = _linked_synsets(a), _linked_synsets(b)
    own_a = frozenset().union(*(synsets(x) for x in bases(a.lower()) | {a.lower()}))
    own_b = frozenset().union(*(synsets(x) for x in bases(b.lower()) | {b.lower()}))
    return bool(la & own_b or lb & own_a)


def inflection(word: str) -> str:
    """The word's ending as a grammatical slot: "ing", "ed" (an irregular past too:
    "shot"), "s" (a plural, an irregular one too, or a third person), or "" (a bare
    form)."""
    w = word.lower()
    others = bases(w) - {w}
    if w.endswith("ing") and others:
        return "ing"
    irregular = irregular_forms().get(w)
    if irregular is not None and not w.endswith("s"):
        # a verb's past ("shot", "began") or a noun's plural ("children")
        return "ed" if "vblex" in wordnet_parts(irregular) else "s"
    for ending in ("ed", "s"):
        if w.endswith(ending) and not w.endswith("ss") and others:
            return ending
    return ""


def same_kind(a: str, b: str) -> bool:
    """Whether two words share a common part of speech and WordNet does not link them."""
    return bool(_parts(a) & _parts(b)) and not related(a, b)


def candidate(word: str) -> float | None:
    """The word's rating where it is a lower-case word rated at least :data:`STRONG`."""
    if len(word) <= 2 or not word.isalpha() or not word.islower() or word in _LIGHT:
        return None
    v = valence(word)
    return v if v is not None and abs(v) >= STRONG else None


def opposed(mt_words: Sequence[str], tgt_words: Sequence[str]) -> list[tuple[int, str]]:
    """(index of the translation word, the MT word) for each translation word of strong
    valence opposed to the MT word in its place (the rules in the module's text)."""
    if not _lexicon():
        return []
    mt = [w.lower() for w in mt_words]
    tgt = [w.lower() for w in tgt_words]
    mt_lemmas = {b for w in mt for b in bases(w) | {w}}
    tgt_lemmas = {b for w in tgt for b in bases(w) | {w}}
    out = []
    blocks = difflib.SequenceMatcher(None, mt, tgt, autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in blocks:
        if op != "replace" or i2 - i1 > SPAN or j2 - j1 > SPAN:
            continue
        if not (i1 and j1):
            # A stretch that starts the sentence has only the words after it to place it
            # by ("In spite of the …" ↔ "Despite the overall success of …"); one that
            # ends it has those before it.
            continue
        places = [(i, j) for i, j in ((i1 + d, j1 + d) for d in range(REACH + 1))]
        places += [(i2 - 1 - d, j2 - 1 - d) for d in range(REACH + 1)]
        for i, j in places:
            if not (i1 <= i < i2 and j1 <= j < j2):
                continue
            said, word = mt_words[i], tgt_words[j]
            if (bases(mt[i]) | {mt[i]}) & _MT_EITHER:
                continue
            x, y = candidate(said), candidate(word)
            if x is None or y is None or x * y >= 0:
                continue
            if (bases(tgt[j]) | {tgt[j]}) & mt_lemmas or (bases(mt[i]) | {mt[i]}) & tgt_lemmas:
                continue
            if inflection(said) != inflection(word) or not same_kind(said, word):
                # "shares" (a noun) ↔ MT "shot" (a verb, of "se dispararon"): one slot
                # has one ending.
                continue
            out.append((j, said))
            break
    return out
