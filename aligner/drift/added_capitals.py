"""A capitalised word put before a noun the literal MT has, with nothing like it in the
source or the MT (docs/drift.md, "Session 25 (drift30a)").

A name or a proper adjective says which thing is meant: "the impact of the virus" and
"the impact of the Ebola virus", "the oldest church" and "the oldest Anglican church" are
not the same statement. The name check (:mod:`names`) reports an added name only when it
is surely one (several words, an acronym, a word Apertium does not know), and the
modifier readers (:mod:`bare_phrases`, :mod:`literal_stretch`) read lower-case words
only, so a single known capitalised word added before a noun was read by nothing.

A name the source has, the source keeps in some form (or Apertium translates it, so the
literal MT has it), and a capitalised word is spelt alike in most languages: the word is
reported (an addition, major) when

* it stands inside the sentence (after a lower-case word, not after a mark or another
  capitalised word: no sentence start, no run of a multiword name), is alphabetic and
  not all capitals (acronyms are the name check's), and the word after it is a
  lower-case noun (the tagger's) that the literal MT has in the same form;
* no word of the source or the MT shares its first five letters (four when shorter) or
  resembles it (difflib ratio 0.75, so a source's misspelt "Tomkpins" answers
  "Tompkins").

Token work on the tagger's words (:mod:`pos_fluency`) and the MT text the pipeline has;
French, Italian and Portuguese sources are read as they are (names are kept across
them), with the MT their pivot route made.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from aligner.drift.signals import Evidence, Finding, Side, added_word
from aligner.drift.text import fold, tokenize, words
from aligner.textutil import quote

# How alike (difflib's ratio, folded) a source or MT word must be to answer the word.
ALIKE = 0.75


def _stem(word: str) -> str:
    return word[:5] if len(word) > 4 else word[:4]


def _answered(word: str, others: Sequence[str]) -> bool:
    """Whether a source or MT word (folded) may be the capitalised word (folded)."""
    stem = _stem(word)
    for other in others:
        if len(other) < 3:
            continue
        if _stem(other) == stem:
            return True
        if difflib.SequenceMatcher(a=word, b=other).ratio() >= ALIKE:
            return True
    return False


def capital_added(tagged: Sequence, src: str, mt: str) -> object | None:
    """The first capitalised word (a :class:`pos_fluency.Tagged`) the translation puts
    before a noun the MT has, with nothing in the source or the MT like it; or None."""
    mt_folds = [t.fold for t in words(tokenize(mt))]
    others = [t.fold for t in words(tokenize(src))] + mt_folds
    for j in range(1, len(tagged) - 1):
        w, before, head = tagged[j], tagged[j - 1], tagged[j + 1]
        surface = w.surface
        if len(surface) < 3 or not surface.isalpha() or not surface[:1].isupper():
            continue
        if surface.isupper() or not before.surface[:1].islower():
            continue
        if not head.surface[:1].islower() or head.tag.split(".")[0] != "n":
            continue
        if fold(head.surface) not in mt_folds:
            continue
        if not _answered(fold(surface), others):
            return w
    return None


def check_added_capital(src: Side, tgt: Side, ev: Evidence, tags: Sequence | None) -> list[Finding]:
    """An addition (major) at a capitalised word added before a noun the MT keeps
    (English translations with MT; ``tags``: the translation's tagged words)."""
    if tgt.lang[:2] != "en" or ev.mt is None or not tags:
        return []
    w = capital_added(tags, src.text, ev.mt.text)
    if w is None or w.start < 0:
        return []
    message = (
        f"The translation adds {quote(w.surface)}, which nothing in the source or its "
        f"literal translation has."
    )
    return [added_word((w.start, w.end), message)]
