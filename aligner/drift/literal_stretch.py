"""A modifier added inside a stretch the translation words as the literal MT does
(docs/drift.md, "Session 24 (drift29a)").

:mod:`bare_phrases` and :mod:`beside_modifiers` find a word added before a noun the MT
keeps, but they read the whole MT phrase around the head and give up at any word the MT
left untranslated within three words, at an MT premodifier that is not the
translation's, or where the head stands twice in the MT. A garbled source (DEMETR's
proxies: French or Italian put into Spanish by Apertium) trips those guards even where
the translation follows the MT word for word around the added word: "signed a
controversial law that" where the MT says "has promulgado a law that" ("promulgado"
left untranslated next to it), "about Persian generative grammar and" where the MT
says "on the Persian grammar and" ("grammar" twice in the MT).

Here the evidence is local and strict instead: three translation words around the
modifier stand side by side in the MT, in the same order, with nothing between them,

* one word before it and the head noun with the word after the head ("a [controversial]
  law that" ↔ MT "a law that"), or
* two words before it and the head noun ("of the [collapsed] entrances" ↔ MT "of the
  entrances", "worked on [comedy] shows" ↔ MT "has worked on shows"), where the MT's
  word after the head is no modifier of its own (the source's postposed adjective:
  "tres torneos seguidos" → MT "three tournaments followed" → "three straight
  tournaments"), and, for a noun, no "of" or "for" (a noun added so is mostly a
  compound the translator makes of the MT's complement: "the containment strategy" for
  MT "the strategy of confinement", "a request form" for "a form of demand"; session 25);

the words matching by lemma or form (the head by form, a noun in the MT too) or, for
content words, by a WordNet synonym. The MT renders the source word for word there, so
a word the translation adds inside that stretch says something the source does not.
The modifier itself is held to :mod:`bare_phrases`' tests: a lower-case adjective, a
participle inside a noun phrase or a noun WordNet has as one (not in "-ing"), that
renders no source word through the dictionary and that the MT has in no form; a
participle is not reported where the MT has a relative clause after the head ("the
apocalypse that comes" → "the coming apocalypse"), a comparative or superlative not
where the MT says "more" or "most", a noun not where it makes a WordNet entry with the
head ("touch screen").

It reads the analyses :mod:`bare_phrases` reads (source, translation and MT word by
word, for the pairs its pre-filter picks) and runs only where neither of those checks
found anything.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift import bare_phrases as bare
from aligner.drift import reshaped_phrases
from aligner.drift.added_compounds import check_added_compound, compound_pairs
from aligner.drift.added_demonyms import check_added_demonym, origin_pairs
from aligner.drift.added_judgements import check_added_judgement, judgement_pairs
from aligner.drift.beside_modifiers import check_added_beside
from aligner.drift.compound_phrases import check_compound_phrases
from aligner.drift.inside_stretch import check_inside
from aligner.drift.lexical_diff import Word, partners, reportable
from aligner.drift.lexical_diff import wordnet_parts as _parts
from aligner.drift.modifiers import _PHRASE_OPENERS, OWNED, _rendered, as_modifier
from aligner.drift.signals import Finding, Side, added_to_head
from aligner.drift.text import fold

# A modifier before a compound the MT writes "N2 of N1" (docs/drift.md, "Session 25
# (drift30d)"); tests turn it off to see what it finds.
COMPOUNDS = True
# The stretches read, as (words before the modifier, words from the head on), and the
# modifier's parts of speech each allows.
STRETCHES = ((1, 2, frozenset(("adj", "n"))), (2, 1, frozenset(("adj", "n"))))
# The MT's words after its head that make the head's complement, which a translator may
# put before it as a noun ("la estrategia de contención" → MT "the strategy of
# confinement" → "the containment strategy"): a noun added there renders the complement.
_COMPLEMENT = frozenset(("of", "for"))
_PARTICIPLE_ENDS = ("ing", "ed", "en")


def _matches(t: Word, m: Word) -> bool:
    """A translation word and an MT word that say the same: the same lemma or form, or
    (content words) a shared five-letter stem or WordNet synset."""
    return bare._same(t, m) or (t.content and m.content and bare._related(t, m))


def _modifier(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word], mine: Sequence[int], j: int
) -> Word | None:
    """Translation word ``j`` read as an added modifier (:func:`modifiers.as_modifier`),
    or None when it may render something (``mine``: each translation word's source
    partner): bare_phrases' tests."""
    w = as_modifier(tgt, j)
    if not w.content or w.pos not in ("adj", "n") or not w.surface[:1].islower():
        return None
    if not reportable(w, "en") or fold(w.surface) in OWNED:
        return None
    if w.pos == "n" and ("n" not in _parts(w.lemma) or w.surface.endswith("ing")):
        return None
    opened = tgt[j - 1].pos in _PHRASE_OPENERS
    if _rendered(src, mine[j], (w, tgt[j]) if opened else None):
        return None
    if any(bare._related(w, m) for m in mt):
        return None
    return w


def _stretch(
    tgt: Sequence[Word], mt: Sequence[Word], j: int, before: int, after: int
) -> int | None:
    """Where the MT has the translation's ``before`` words before word ``j`` and its
    ``after`` words after it side by side (the MT's head), or None."""
    if j < before or j + after >= len(tgt):
        return None
    ctx = [*tgt[j - before : j], *tgt[j + 1 : j + 1 + after]]
    if not all(t.surface[:1].isalnum() for t in ctx):
        return None
    head = tgt[j + 1]
    for k in range(before, len(mt) - after + 1):
        m = mt[k]
        if m.pos != "n" or fold(m.surface) != fold(head.surface):
            continue
        if all(_matches(t, x) for t, x in zip(ctx, mt[k - before : k + after], strict=True)):
            return k
    return None


def _postposed(m: Word) -> bool:
    """An MT word after its head that may be the source's postposed modifier (Spanish
    order: "tres torneos seguidos" → MT "three tournaments followed" → "three straight
    tournaments"): an adjective, a noun, a word left untranslated, a participle."""
    if m.pos in bare._MODIFIERS or not m.known:
        return True
    return m.pos == "vblex" and m.surface.endswith(("ed", "ing"))


def added_in_stretch(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word]
) -> tuple[Word, Word] | None:
    """(modifier, head) for the first translation word added before a noun inside a
    stretch the MT words the same; None when there is none."""
    more = any(bare._DEGREE & set(fold(m.surface).split()) for m in mt)
    mine = partners(tgt, src, "target")
    for j in range(1, len(tgt) - 1):
        head = tgt[j + 1]
        if head.pos != "n":
            continue
        w = _modifier(src, tgt, mt, mine, j)
        if w is None:
            continue
        for before, after, kinds in STRETCHES:
            if w.pos not in kinds:
                continue
            k = _stretch(tgt, mt, j, before, after)
            if k is None:
                continue
            nxt = mt[k + 1] if k + 1 < len(mt) else None
            if after == 1 and nxt is not None and _postposed(nxt):
                continue
            if after == 1 and w.pos == "n" and nxt is not None and nxt.lemma in _COMPLEMENT:
                continue
            relative = nxt is not None and fold(nxt.surface) in bare.RELATIVES
            if w.surface.endswith(_PARTICIPLE_ENDS) and relative:
                continue
            if more and w.surface.endswith(("er", "est")):
                continue
            if w.pos == "n" and bare._entry(w, head):
                continue
            if _negated_stem(w, mt) or _moved_modifier(tgt, mt, k - before - 1):
                continue
            return w, head
    return None


def _moved_modifier(tgt: Sequence[Word], mt: Sequence[Word], i: int) -> bool:
    """Whether the MT word right before the stretch (index ``i``) is an adjective the
    translation does not have: the translator moved it into the stretch ("la
    identificación inicial precoz" → MT "the precocious initial identification" →
    "initial early identification"; session 31, drift36c)."""
    if i < 0 or mt[i].pos != "adj":
        return False
    return not any(_matches(t, mt[i]) for t in tgt)


_NEGATIVE_PREFIXES = ("non-", "non", "un")


def _negated_stem(w: Word, mt: Sequence[Word]) -> bool:
    """A prefixed word that renders the MT's negated word ("proteínas no estructurales"
    → MT "proteins no structural" ↔ "nonstructural proteins"; session 29, drift34c)."""
    word = fold(w.surface)
    for p in _NEGATIVE_PREFIXES:
        stem = word.removeprefix(p)
        if stem == word or len(stem) < 4:
            continue
        for k in range(1, len(mt)):
            if fold(mt[k].surface) == stem and fold(mt[k - 1].surface) in ("no", "not", "non"):
                return True
    return False


def check_stretch(
    tgt: Side, analysed: tuple[list[Word], list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at a modifier added inside a stretch the MT words the same."""
    return added_to_head(
        tgt,
        analysed,
        added_in_stretch,
        "where the literal translation of the source has the words around it side by side.",
    )


def check_bare_additions(
    tgt: Side, analysed: tuple[list[Word], list[Word], list[Word]] | None
) -> list[Finding]:
    """The readers of a word added before a noun the MT keeps, the first that finds one:
    a bare head (:mod:`bare_phrases`), a kept modifier beside it
    (:mod:`beside_modifiers`), a stretch worded as the MT's (this module), then a
    compound the MT writes "N2 of N1" (:mod:`compound_phrases`), then a word added
    inside a five-word stretch worded as the MT's (:mod:`inside_stretch`), then a word
    of judgement nothing says (:mod:`added_judgements`), then an adjective of origin
    nothing names (:mod:`added_demonyms`), then a noun set beside a noun the MT keeps
    (:mod:`added_compounds`), then a modifier added to a phrase the MT keeps in another
    shape (:mod:`reshaped_phrases`)."""
    return (
        bare.check_bare_phrases(tgt, analysed)
        or check_added_beside(tgt, analysed)
        or check_stretch(tgt, analysed)
        or (check_compound_phrases(tgt, analysed) if COMPOUNDS else [])
        or check_inside(tgt, analysed)
        or check_added_judgement(tgt, analysed)
        or check_added_demonym(tgt, analysed)
        or check_added_compound(tgt, analysed)
        or reshaped_phrases.check_reshaped(tgt, analysed)
    )


def addition_pairs(tagged: Sequence[Sequence] | None, mts: Sequence[str | None]) -> list[int]:
    """The pairs the last readers' pre-filters add to :mod:`bare_phrases`' (a rated word,
    an adjective of origin or a head the MT lacks, a unit glued or an adjective doubled)."""
    return sorted(
        {
            *judgement_pairs(tagged, mts),
            *origin_pairs(tagged, mts),
            *compound_pairs(tagged, mts),
            *reshaped_phrases.reshaped_pairs(tagged, mts),
        }
    )
