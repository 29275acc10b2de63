"""A compound noun's modifier left out: the source names a thing with a compound that
Apertium's dictionary reads as one noun ("seres humanos", "primer ministro"), and the
translation keeps the head of its English rendering without the modifier ("two million
beings", "to be minister") (docs/drift.md, "Session 23 (drift28a)").

The word checks pair a source compound with the translation as one word: when nothing
renders the whole ("human being"), the compound reads as unrendered, and a translator's
free rendering of it is as likely as a cut, so nothing reports it. The head of its
rendering in the translation tells the two apart: a free rendering ("the premier",
"people") shares nothing with the dictionary's phrase, while a cut modifier leaves its
head. Reported (an omission, major) when all of these hold:

* a source noun of two words or more, known to the dictionary, that nothing in the
  translation renders (:func:`lexical_diff.partners`);
* one of its renderings is a phrase whose last word (the head, by its first five
  letters, so in any inflection) the translation has, and none of whose other words of
  three letters or more it has.

Direct Apertium pairs, Spanish sources (the words of :mod:`lexical_diff`); run on the
pairs nothing else reports at >= major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, partners
from aligner.drift.signals import Finding, removed_word
from aligner.drift.text import fold
from aligner.textutil import quote

# Letters that stand for a word in any inflection ("minister", "ministers").
_STEM = 5


def _stem(word: str) -> str:
    return word[:_STEM]


def _headed(rendering: str, stems: set[str]) -> bool:
    """Whether the translation (its words' ``stems``) keeps the head of phrase
    ``rendering`` and none of its modifiers."""
    words = fold(rendering).split()
    if len(words) < 2:
        return False
    head, modifiers = words[-1], [w for w in words[:-1] if len(w) > 2]
    if not modifiers or _stem(head) not in stems:
        return False
    return not any(_stem(m) in stems for m in modifiers)


def compound_head(
    src: Sequence[Word],
    tgt: Sequence[Word],
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, str] | None:
    """(the source compound whose modifier is left out, the rendering whose head the
    translation keeps), or None."""
    if src_lang != "es":
        return None
    mine = links[0] if links else partners(src, tgt, "source")
    stems = None
    for i, w in enumerate(src):
        if w.pos != "n" or not w.known or " " not in w.surface or mine[i] >= 0:
            continue
        stems = stems or {_stem(fold(t.surface)) for t in tgt if t.surface[:1].isalnum()}
        for rendering in sorted(w.trans):
            if _headed(rendering, stems):
                return w, rendering
    return None


def check_compound_head(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a compound whose rendering's head stands alone."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    found = compound_head(analysed[0], analysed[1], src.lang[:2], links)
    if found is None:
        return []
    word, rendering = found
    return [
        removed_word(
            (word.start, word.end) if word.start >= 0 else None,
            None,
            f"The source's {quote(word.surface)} ({quote(rendering)}) has nothing "
            "rendering it whole in the translation, which keeps only the last word of it: "
            "its modifier seems to have been left out.",
        )
    ]
