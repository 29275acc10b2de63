"""Words spelt wrong: one letter dropped or added, or two neighbours swapped.

Text written in a hurry has typos ("los Sacramento Kins", "según NCB News", "una
infección prbable", "probablment"), and a reviewer wants a typo in a name noted, not
reported as another team, another network or a hedge the translation made up. Read
here (session 35, drift40c): ContraTICO's `spelling` pairs are a fifth of its label-0
pairs flagged at ≥ major, and the readers took a misspelt word for another word
(a name swapped, a "given name" changed) or for no word at all (the translation's
"probable" then read as a hedge the source lacks).

* :func:`misspelt` — two spellings of one word, one slip apart: a letter dropped or added
  inside the word (not at its end: "Juan"/"Juana", "Daniel"/"Daniela" are other
  people), or two neighbouring letters swapped ("NCB"/"NBC", "Jonh"/"John"). A letter
  replaced by another is no slip read here ("John"/"Joan", "Mario"/"Maria", "Iran"/"Iraq"
  are other names).
* :func:`said_misspelt` — the findings, but an addition, a hedge, an obligation or a
  degree word the translation "adds" that the source says in a word its literal MT did
  not know (the MT left it as written: a typo, or a word of another language) spelt as
  the translation's word ("prbable" → "probable", "probablment" → "probably"), or as a
  hedge or degree word of the source's own lists ("grves" → "severe", "son suceptibles
  de" → "might").
"""

from __future__ import annotations

import re
from functools import cache

from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import cognate, find_cues, fold, tokenize, words
from aligner.lang import profile


def misspelt(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one word, one slip apart (see the module's docstring):
    the same first letter, three letters at least for a swap, four for a letter more."""
    a, b = fold(a), fold(b)
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 3:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1 or len(short) < 4:
        return False
    # The letter dropped is inside the word: a last letter more is an ending.
    return any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_) - 1))


_ADDS = re.compile(r"The translation adds\b")
_TYPES = frozenset(("addition", "modality", "intensity"))


def said_misspelt(found: list[Finding], src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """The findings but the additions the source says in a word its MT did not know (and
    a figure's word misspelt read as one: :mod:`misspelt_figures`)."""
    from aligner.drift import misspelt_figures

    found = misspelt_figures.read(found, src, tgt, ev)
    left = ev.mt.unknown + ev.mt.filled if ev.mt is not None else ()  # filled: drift45c
    unknown = [fold(w) for w in left if len(w) >= 5]
    if not unknown:
        return found
    return [f for f in found if not _spelt_in_source(f, src.lang, tgt, unknown)]


def _spelt_in_source(f: Finding, lang: str, tgt: Side, unknown: list[str]) -> bool:
    if f.type not in _TYPES or not f.target_span or not _ADDS.match(f.message):
        return False
    said = [t.fold for t in words(tokenize(tgt.text[f.target_span[0] : f.target_span[1]]))]
    if not said or len(said) > 3:
        return False  # a phrase added is no word misspelt
    if any(len(w) >= 5 and (cognate(u, w) or misspelt(u, w)) for w in said for u in unknown):
        return True
    # A cue word of the source's own lists misspelt ("grves", "suceptibles de"), of a
    # class that answers the translation's: the source's hedge or degree word, which the
    # cue lists did not find.
    return f.type != "addition" and _cue_misspelt(f.type == "modality", lang, tgt, f, unknown)


def _cue_misspelt(modal: bool, lang: str, tgt: Side, f: Finding, unknown: list[str]) -> bool:
    # The readers' own tables of which class answers which (imported here: the name
    # readers, which use misspelt, come before them).
    from aligner.drift.intensity import _DEGREE_MATCH
    from aligner.drift.modality import _MODAL_NEEDS

    start, end = f.target_span
    entries = profile(tgt.lang).modality_cues if modal else profile(tgt.lang).degree_cues
    classes = {c.label for c in find_cues(words(tokenize(tgt.text[start:end])), entries)}
    table = _MODAL_NEEDS if modal else _DEGREE_MATCH
    wanted = {k for c in classes for k in table.get(c, {c})}
    return any(misspelt(u, w) for u in unknown for w in _cue_words(lang, modal, frozenset(wanted)))


@cache
def _cue_words(lang: str, modal: bool, classes: frozenset[str]) -> frozenset[str]:
    """The first words (five letters or more) of the language's hedge (``modal``) or
    degree cues of these classes."""
    prof = profile(lang)
    entries = prof.modality_cues if modal else prof.degree_cues
    firsts = (fold(e.split()[0]) for e, cls in entries if cls in classes)
    return frozenset(w for w in firsts if len(w) >= 5 and w.isalpha())
