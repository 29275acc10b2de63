"""Opposite words the word-by-word readers cannot read: a misspelt translation word, a
word the MT left untranslated, a word inside a name (docs/drift.md, "Session 40
(drift45a)").

The antonym readings (:mod:`aligner.drift.antonyms`) compare the translation's words
with the literal MT's through WordNet and the opposites tables, so a pair is read only
where both words are English words the tables know, outside a name. Three kinds of
opposite escape them, each the same for any sentence:

* *A misspelt opposite* (:func:`misspelt`): "Ameteurs usually take days" ↔ MT "The
  professionals", "one of the ten smallests insurers" ↔ MT "the ten bigger": a
  translation word no dictionary knows, one letter from a form of an MT word's
  opposite ("amateurs", "smallest"), is that opposite.
* *A leftover whose cognate is the opposite* (:func:`leftovers`): Apertium leaves a
  word it does not know as written ("un monitoring electrónico *discontinu", "su
  *insolubilité"); where its stem begins as the stem of an opposite of a translation
  word ("continuous", "solubility") that the MT does not render otherwise, the
  translation says the other pole. Only the beginning of the stems is compared, so a
  negative prefix is never taken off ("*incohérents" is no cognate of "coherent").
* *A word of a name turned round* (:func:`in_names`): "in Beyond Nab Beginning" ↔ MT
  "in Beyond Nab End", "the Temple of the Moon" ↔ MT "the temple of the sun": a
  capitalised translation word whose opposite the MT says at the place of a word both
  share next to it. The antonym readings leave every capitalised word to the name
  checks, which compare whole names, not the words inside them.

The first two give (index of the translation word, the MT word) pairs for
:func:`aligner.drift.antonyms._wordnet_reversal`, whose guards (negations, names,
privatives …) then apply; the third reports itself, after that reading found nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import _line, wordnet_file
from aligner.drift.rendered_unknowns import _INFLECTION, spelt_alike
from aligner.drift.signals import Finding, Reading, Side, quote
from aligner.drift.stray_words import known_word
from aligner.drift.text import content, fold, skeleton
from aligner.textutil import edit_distance, shared_prefix

# The readers are on by default; tests turn them off to see what they find.
ENABLED = True
# Endings that make a form of an opposite a misspelling may be one letter from.
_ENDINGS = ("", "s", "es", "d", "ed", "ing", "r", "er", "st", "est")
# The fewest letters a misspelt word or a leftover's stem may have, and the fewest a
# leftover's stem shares with the opposite's ("regres-" / "regret" is no cognate).
_LETTERS = 5
_SHARED = 6


def _table():
    from aligner.drift import antonyms  # imported late: antonyms reads this module

    return antonyms


def _lemmas(words: Sequence[str]) -> set[str]:
    ant = _table()
    out: set[str] = set()
    for w in words:
        out |= ant.lemmas(w)
    return out


def _opposites_of(lemma: str) -> frozenset[str]:
    ant = _table()
    return ant._opposites(lemma) | ant._table()[0].get(lemma, frozenset())


def opposed(
    mt_words: Sequence[str], unknown: Sequence[str], tgt_words: Sequence[str]
) -> list[tuple[int, str]]:
    """The misspelt opposites, else the leftovers' opposites (none when off)."""
    if not ENABLED:
        return []
    return misspelt(mt_words, tgt_words) or leftovers(mt_words, unknown, tgt_words)


def _known(word: str) -> bool:
    """Whether WordNet knows the word, by its regular endings, its exception lists
    ("shown", "children") or its "-men" plurals ("women")."""
    if known_word(word) or (word.endswith("men") and known_word(word[:-3] + "man")):
        return True
    key = word.encode("utf-8")
    return any(_line(f, key) for p in _PARTS if (f := wordnet_file(p + ".exc")) is not None)


_PARTS = ("noun", "verb", "adj", "adv")


def misspelt(mt_words: Sequence[str], tgt_words: Sequence[str]) -> list[tuple[int, str]]:
    """(index, MT word) for a translation word WordNet does not know, of five letters or
    more, one edit from a form of an opposite of an MT word, with the same first letter;
    neither side has the other's word."""
    odd = [
        (k, w.lower())
        for k, w in enumerate(tgt_words)
        if len(w) >= _LETTERS
        and w.isalpha()
        and not (k and w[0].isupper())
        and not _known(w.lower())
    ]
    if not odd:
        return []
    tgt_lemmas = _lemmas(tgt_words)
    forms: dict[str, str] = {}
    for m in mt_words:
        for lemma in _table().lemmas(m):
            if lemma in tgt_lemmas:
                continue
            for a in _opposites_of(lemma):
                for end in _ENDINGS:
                    forms.setdefault(a + end, m)
    mt_folded = {m.lower() for m in mt_words}
    out = []
    for k, w in odd:
        for form, m in forms.items():
            if (
                form[0] == w[0]
                and abs(len(form) - len(w)) <= 1
                and len(form) >= _LETTERS
                and form not in mt_folded
                and edit_distance(form, w) == 1
            ):
                out.append((k, m))
                break
    return out


def cognate(leftover: str, word: str) -> bool:
    """Whether a leftover's stem begins as an English word's stem, five letters or more,
    all but two of the shorter ("discontinu" / "continuous" no, "discontinu" /
    "discontinuous" yes, "interne" / "internal" yes, "confinement" / "confident" no)."""
    a, b = _inflected(leftover), _inflected(word)
    short = min(len(a), len(b))
    return short >= _LETTERS and shared_prefix(a, b) >= max(_SHARED, short - 2)


def _inflected(word: str) -> str:
    """The word's stem without an inflectional ending (an adverbial one is kept:
    "confinement" is not "confine" + "-ment")."""
    s = fold(word)
    cut = _INFLECTION.sub("", s)
    return skeleton(cut if len(cut) >= 3 else s)


def leftovers(
    mt_words: Sequence[str], unknown: Sequence[str], tgt_words: Sequence[str]
) -> list[tuple[int, str]]:
    """(index, leftover) for a translation word one of whose opposites a lower-case word
    the MT left unknown is a cognate of, where no translation word renders that leftover
    (:func:`aligner.drift.rendered_unknowns.spelt_alike`), the MT says neither word and
    the translation not the opposite."""
    left = {u for u in unknown if u[:1].islower() and len(u) >= _LETTERS and u.isalpha()}
    left = {u for u in left if not any(spelt_alike(u, w) for w in tgt_words)}
    if not left:
        return []
    mt_lemmas, tgt_lemmas = _lemmas(mt_words), _lemmas(tgt_words)
    out = []
    for k, w in enumerate(tgt_words):
        mine = _table().lemmas(w)
        if not w.isalpha() or mine & mt_lemmas:
            continue
        opposites = {a for lemma in mine for a in _opposites_of(lemma)} - tgt_lemmas - mt_lemmas
        said = next((u for u in sorted(left) for a in opposites if cognate(u, a)), None)
        if said is not None:
            out.append((k, said))
    return out


# How far from the word a name's shared word may stand, and the lower-case words a name
# may hold between them ("the Temple of the Moon").
_REACH = 3
_LINKS = frozenset("of the and for de a an".split())


def _shared_neighbour(mt: Reading, j: int, tgt: Side, k: int) -> bool:
    """Whether a capitalised content word at the same offset from each word, within
    reach and inside the translation's name, is the same on both sides ("Nab" before
    "End" and "Beginning")."""
    for step in (-1, 1):
        for d in range(step, step * (_REACH + 1), step):
            a, b = j + d, k + d
            if not (0 <= a < len(mt.ws) and 0 <= b < len(tgt.ws)):
                break
            x, y = mt.ws[a], tgt.ws[b]
            if x.fold == y.fold and y.cap and content([y], "en"):
                return True
            if not (y.cap or y.norm in _LINKS):
                break  # the name ends before a shared word
    return False


def in_names(tgt: Side, mt: Reading | None) -> list[Finding]:
    """A capitalised translation word inside the sentence whose opposite the MT says at
    the place of a capitalised word both sides share beside it (a name's word turned
    round); neither side says the other's word."""
    if not ENABLED or mt is None or tgt.lang != "en":
        return []
    mt_words, tgt_words = [t.text for t in mt.ws], [t.text for t in tgt.ws]
    mt_lemmas, tgt_lemmas = _lemmas(mt_words), _lemmas(tgt_words)
    for k, t in enumerate(tgt.ws):
        if not (t.word and t.cap and k and not t.initial and t.text.isalpha()):
            continue
        mine = _table().lemmas(t.text)
        if mine & mt_lemmas:
            continue
        opposites = {a for lemma in mine for a in _opposites_of(lemma)} - tgt_lemmas
        for j, m in enumerate(mt.ws):
            if not (_table().lemmas(m.text) & opposites) or not _shared_neighbour(mt, j, tgt, k):
                continue
            return [
                Finding(
                    "meaning",
                    "major",
                    0.55,
                    None,
                    (t.start, t.end),
                    f"The translation's name says {quote(t.text)} where a literal "
                    f"translation of the source says its opposite ({quote(m.text)}).",
                    "drift.meaning",
                )
            ]
    return []
