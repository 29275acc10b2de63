"""An adjective of origin the translation adds: "the Italian minister", "the most
demanding [American] listeners", where the source names no people or place (docs/drift.md,
"Session 31 (drift36b)"); the mirror of :mod:`removed_demonyms`.

A nationality or origin adjective states a fact of its own, and English writes it with a
capital, so what would render it is easy to look for: the source names the place or the
people in some form ("americanos", "Italia", "la UE"), or Apertium's dictionary renders a
source word by it, so the literal MT has it. :mod:`added_capitals` reads a capitalised
word only before a noun the MT has in the same form, which a garbled or half-translated
source often lacks (an Italian "ascoltatori" left in the proxy's Spanish). A translation
word is reported here (an addition, major) when

* it stands inside the sentence (not the first word), not after a hyphen ("non-Chinese"
  renders "extranjeros"), and is an adjective WordNet writes only with a capital and
  that pertains to a place or a people (:func:`removed_demonyms.proper_adjectives`:
  "American", "Italian", "European"; not "Democratic", "Easter", "South");
* the next translation word is a lower-case noun (an adjective qualifying something, not
  a name's word);
* it renders no source word through the dictionary (:func:`lexical_diff.partners`);
* neither the source nor the MT has a word beginning like it or like a place it pertains
  to, nor an acronym holding its initial (:func:`removed_demonyms._named`: "EE. UU.",
  "Francia" for "French");
* every capitalised source word after the first is kept in the translation: a name the
  translation rewords may be what the adjective renders ("la Generalitat" → "the
  Catalan government").

"Foreign" and "overseas" say the same of some other country ("the [foreign] government"):
read the same way, lower case, when no source word begins as a Spanish word of another
country does (:data:`aligner.lang.es_stems.FOREIGN_STEMS`: "extranjero", "exterior",
"diplomacia" …) and no MT word as an English one (:data:`aligner.lang.en_cues.
FOREIGN_MT_STEMS`).

It reads the analyses :mod:`bare_phrases` reads (source, translation and MT word by word;
through a pivot route, the pivot's Spanish); its pre-filter (:func:`origin_pairs`) adds
the pairs whose tagged translation has such a word the MT text lacks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aligner.drift.lexical_diff import Word, partners
from aligner.drift.removed_demonyms import _named, proper_adjectives
from aligner.drift.signals import Finding, Side, added_to_head
from aligner.drift.text import fold, tokenize, words
from aligner.lang.en_cues import FOREIGN, FOREIGN_MT_STEMS
from aligner.lang.es_stems import FOREIGN_STEMS

_HYPHENS = "-‐–"
# Marks inside a sentence: a capitalised word after them is no sentence's first.
_INSIDE = frozenset((",", "(", "-", "–", "—"))
_FOREIGN_ES = re.compile(r"\b(?:" + "|".join(map(re.escape, FOREIGN_STEMS)) + ")")
_FOREIGN_EN = re.compile(r"\b(?:" + "|".join(map(re.escape, FOREIGN_MT_STEMS)) + ")")


def _origin(surface: str) -> bool:
    """A capitalised word WordNet has only as a proper adjective of some place or people."""
    if not surface[:1].isupper() or not surface.isalpha() or surface.isupper():
        return False
    return bool(proper_adjectives().get(surface.lower()))


def _foreign(surface: str) -> bool:
    """Whether the word is "foreign" or "overseas" in lower case (a name's word, as in
    "Foreign Ministry", is not read)."""
    return surface in FOREIGN


def _says_foreign(src: Sequence[Word], mt: Sequence[Word]) -> bool:
    """Whether the source or the MT has a word that may say "of another country"."""
    said = " ".join(fold(w.surface) for w in src)
    return bool(_FOREIGN_ES.search(said)) or bool(
        _FOREIGN_EN.search(" ".join(fold(w.surface) for w in mt))
    )


def _reworded_name(src: Sequence[Word], text: str) -> bool:
    """Whether the source has a capitalised word, not a sentence's first (after a mark
    other than a comma, a bracket or a hyphen), that the translation does not keep: a
    name the translator may render by its people's adjective ("la Generalitat" → "the
    Catalan government", "el Bundestag" → "the German parliament")."""
    kept = fold(text)
    for before, w in pairwise(src):
        opens = not before.surface[:1].isalnum() and before.surface not in _INSIDE
        if w.surface[:1].isupper() and not opens and fold(w.surface) not in kept:
            return True
    return False


def added_demonym(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word], text: str
) -> tuple[Word, Word] | None:
    """(the adjective of origin, the noun after it) the translation (``text``, analysed
    as ``tgt``) adds, as the module says; None when there is none."""
    mine: list[int] | None = None
    said = " ".join(w.surface for w in (*src, *mt))
    for j in range(1, len(tgt) - 1):
        w, head = tgt[j], tgt[j + 1]
        origin, foreign = _origin(w.surface), _foreign(w.surface)
        if not (origin or foreign) or head.pos != "n" or not head.surface[:1].islower():
            continue
        if w.start > 0 and text[w.start - 1] in _HYPHENS:
            continue
        mine = mine if mine is not None else partners(tgt, src, "target")
        if mine[j] >= 0 or _reworded_name(src, text):
            continue
        if _named(w.surface.lower(), said) if origin else _says_foreign(src, mt):
            continue
        return w, head
    return None


def check_added_demonym(
    tgt: Side, analysed: tuple[list[Word], list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at an adjective of origin nothing in the source or its MT says."""

    def find(src: Sequence[Word], words: Sequence[Word], mt: Sequence[Word]):
        return added_demonym(src, words, mt, tgt.text)

    why = "a people or place neither the source nor its literal translation names."
    return added_to_head(tgt, analysed, find, why)


def origin_pairs(tagged: Sequence[Sequence] | None, mts: Sequence[str | None]) -> list[int]:
    """The pairs (with MT) whose tagged translation (:func:`pos_fluency.tag_texts`' words)
    has, after its first word, an adjective of origin the MT text lacks before a lower-case
    word: those :func:`added_demonym` may find something in."""
    out = []
    for k, (ws, mt) in enumerate(zip(tagged or (), mts, strict=False)):
        if mt is None or not ws:
            continue
        folds = {t.fold for t in words(tokenize(mt))}
        if any(
            (_origin(w.surface) or _foreign(w.surface))
            and fold(w.surface) not in folds
            and nxt.surface[:1].islower()
            for w, nxt in pairwise(ws[1:])
        ):
            out.append(k)
    return out
