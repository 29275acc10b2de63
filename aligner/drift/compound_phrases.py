"""A modifier the translation adds before a compound noun whose literal MT says "the
head of the noun" bare (docs/drift.md, "Session 25 (drift30d)").

Spanish writes a noun modifying a noun as "N de N" ("el sistema de vigilancia"), which
English writes as a compound ("the surveillance system"). :mod:`bare_phrases` reads a
modifier added before a noun the literal MT leaves bare, but skips a modifier before a
compound ("the existing surveillance system"): its head is the second noun there, and
the MT's word before the first is "of". Here the compound is read against the MT's
phrase: the translation has "modifier N1 N2" where the MT has "N2 of (an article) N1",
nothing but an article or a word the translation also has before it in the MT's phrase
before N2, and no modifier after N1 there. Every other guard of :mod:`bare_phrases`
applies (the modifier renders no source word and is not in the MT in any form; no word
the MT left untranslated near the phrase; the MT's phrase says nothing the translation
leaves unsaid; no own wording of the translator just before the modifier).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift import bare_phrases as bare
from aligner.drift.lexical_diff import Word, partners, reportable
from aligner.drift.lexical_diff import wordnet_parts as _parts
from aligner.drift.modifiers import _PHRASE_OPENERS, _rendered, as_modifier
from aligner.drift.signals import Finding, Side, added_to_head
from aligner.drift.text import fold

# Words that may stand between the MT's "of" and its first noun.
_BETWEEN = bare.ARTICLES


def _of_phrase(mt: Sequence[Word], first: Word, second: Word) -> int | None:
    """The index of the MT's second noun when the MT writes "second of (article)
    first" once, with no modifier of its own after the first noun; else None."""
    found = None
    for k in range(1, len(mt) - 2):
        if not bare._same(mt[k], second) or fold(mt[k + 1].surface) != "of":
            continue
        q = k + 2
        if mt[q].lemma in _BETWEEN and q + 1 < len(mt):
            q += 1
        if not bare._same(mt[q], first):
            continue
        after = mt[q + 1] if q + 1 < len(mt) else None
        if after is not None and (after.pos in bare._MODIFIERS or not after.known):
            return None
        if found is not None:
            return None
        found = k
    return found


def added_to_compound(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word]
) -> tuple[Word, Word] | None:
    """(modifier, first noun) for the first translation modifier added before a compound
    noun that the literal MT writes "second of the first" bare; None when there is none."""
    mine = partners(tgt, src, "target")
    for j in range(1, len(tgt) - 2):
        w, first, second = as_modifier(tgt, j), tgt[j + 1], tgt[j + 2]
        if first.pos != "n" or second.pos != "n" or not w.content or w.pos not in bare._MODIFIERS:
            continue
        if not w.surface[:1].islower() or not first.surface[:1].islower():
            continue
        if not reportable(w, "en") or w.surface.endswith(("er", "est")):
            continue
        if w.pos == "n" and ("n" not in _parts(w.lemma) or w.surface.endswith("ing")):
            continue
        # A third noun: the compound goes on, and the MT's phrase is another shape.
        if j + 3 < len(tgt) and tgt[j + 3].pos == "n":
            continue
        opened = tgt[j - 1].pos in _PHRASE_OPENERS
        if _rendered(src, mine[j], (w, tgt[j]) if opened else None):
            continue
        if any(bare._related(w, m) for m in mt):
            continue
        k = _of_phrase(mt, first, second)
        if k is None:
            continue
        if any(not m.known and m.surface[:1].islower() for m in mt[max(0, k - 3) : k + 6]):
            continue
        if not bare._no_premodifier(mt, k, tgt, j):
            continue
        if w.pos == "n" and bare._entry(w, first):
            continue
        if bare._own_wording(tgt, mine, mt, j):
            continue
        return w, first
    return None


def check_compound_phrases(
    tgt: Side, analysed: tuple[list[Word], list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at a modifier added before a compound noun the MT writes as
    "N2 of N1" with no modifier (``analysed``: source, translation and MT word by word)."""
    return added_to_head(
        tgt,
        analysed,
        added_to_compound,
        "which the source (and its literal translation) leaves bare.",
    )
