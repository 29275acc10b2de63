"""What the readers of a word cut from a translation share (:mod:`orphaned_words`,
:mod:`stranded_to`, :mod:`cut_heads`; docs/drift.md, "Session 27 (drift32b)"): the
pairing both ways, the translation's inner words, and the omission reported at the
source word with the translation words left on either side of the cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aligner.drift.lexical_diff import Word, partners
from aligner.drift.signals import Finding, removed_word
from aligner.textutil import quote

Links = tuple[list[int], list[int]]
# A reader: (source words, translation words, links) -> (the cut source word, the
# translation word left before the cut, the word after it) or None.
GapReader = Callable[[Sequence[Word], Sequence[Word], Links], tuple[Word, Word, Word] | None]


def both_ways(src: Sequence[Word], tgt: Sequence[Word], links: Links | None) -> Links:
    """Each source word's partner in the translation and each translation word's in the
    source (:func:`lexical_diff.partners`), unless the caller has them already."""
    return links or (partners(src, tgt, "source"), partners(tgt, src, "target"))


def inner(tgt: Sequence[Word]) -> range:
    """The translation's words that have a word on each side (Apertium's analyses open
    and close each text with a mark of their own)."""
    return range(1, len(tgt) - 1)


def gap_finding(
    src,
    tgt,
    analysed: tuple[Sequence[Word], Sequence[Word]] | None,
    links: Links | None,
    find: GapReader,
    where: Callable[[Word, Word], str],
) -> list[Finding]:
    """An omission (major) at the source word ``find`` returns; Spanish sources, English
    translations. ``where(kept, after)`` says what the translation keeps at the cut
    ("which keeps its determiner (…) straight before …")."""
    if analysed is None or tgt.lang[:2] != "en" or src.lang[:2] != "es":
        return []
    found = find(analysed[0], analysed[1], both_ways(analysed[0], analysed[1], links))
    if found is None:
        return []
    word, kept, after = found
    return [
        removed_word(
            (word.start, word.end) if word.start >= 0 else None,
            (kept.start, after.end) if kept.start >= 0 and after.end >= 0 else None,
            f"The source's {quote(word.surface)} has nothing rendering it in the "
            f"translation, {where(kept, after)}: a word seems to have been left out.",
        )
    ]
