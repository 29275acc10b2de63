"""A word added inside a five-word stretch the translation words as the literal MT does
(docs/drift.md, "Session 26 (drift31a)").

:mod:`literal_stretch` reads a modifier added before a noun inside a stretch the MT has
side by side; a word added elsewhere in such a stretch is read by nothing when the
source is garbled (DEMETR's proxies) and the whole-sentence readers give up at the
proxy's untranslated words. Two kinds of word are read here, each in the middle of a
stretch of two translation words before it and two after it that the MT has side by
side, in the same order, with nothing between ("but was [forecufully] represented by"
↔ MT "but was represented by"; "a complaint [drafted] against the" ↔ MT "a complaint
against the"):

* a lower-case word Apertium's English analyser does not know (a misspelt, glued or
  rare word: "forecufully", "quoll"), when no source or MT word shares its first five
  letters (a term the source spells alike, "pseudonymisés" → "pseudonymized");
* a past participle ("-ed", "-en") that renders no source word through the dictionary
  and that the MT has in no form (lemma, form, five-letter stem, WordNet synonym);
* a word of degree, focus or quantity (``en_cues.STRETCH_DEGREE``: "less", "only",
  "all", "almost"…; negations are the negation check's) the MT does not have and no
  source word translates to ("were probably [less] patient and" ↔ MT "were probably
  patient and").

Words match as in :mod:`literal_stretch` (lemma or form; content words also by a
five-letter stem or a WordNet synset). Two words on each side, not one: with one (or
with any content word in the middle) a translator's own wording of a word the proxy
garbled reads as added (session 25 measured 79 ContraTICO label-0 pairs for that). A
participle is not read before a noun (:mod:`literal_stretch`'s case, with its guards),
and the five words must stand one space apart in the translation (no quotation mark or
bracket between).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from aligner.drift import bare_phrases as bare
from aligner.drift.lexical_diff import Word, partners, reportable
from aligner.drift.modifiers import OWNED, _rendered
from aligner.drift.signals import Finding, Side, added_word
from aligner.drift.text import fold
from aligner.lang.en_cues import STRETCH_DEGREE
from aligner.textutil import quote

# Words of the stretch on each side of the added word.
SIDE = 2
_PARTICIPLE_ENDS = ("ed", "en")


def _matches(t: Word, m: Word) -> bool:
    """A translation word and an MT word that say the same (:mod:`literal_stretch`)."""
    return bare._same(t, m) or (t.content and m.content and bare._related(t, m))


def _unknown(w: Word, src: Sequence[Word], mt: Sequence[Word]) -> bool:
    """A lower-case word the analyser does not know, spelt like nothing either side."""
    s = fold(w.surface)
    if w.known or not w.surface.isalpha() or not w.surface[:1].islower() or len(s) < 4:
        return False
    return not any(fold(x.surface)[:5] == s[:5] for x in (*src, *mt))


def _participle(
    w: Word, src: Sequence[Word], mt: Sequence[Word], mine: Sequence[int], j: int
) -> bool:
    """A past participle nothing in the source or the MT renders."""
    if w.pos != "vblex" or not w.content or not w.surface.endswith(_PARTICIPLE_ENDS):
        return False
    if not w.surface[:1].islower() or not reportable(w, "en") or fold(w.surface) in OWNED:
        return False
    if _rendered(src, mine[j]):
        return False
    return not any(bare._related(w, m) for m in mt)


# Session 34 (drift39c). A word of addition opening the source ("Además, …", "Asimismo,
# …", "Igualmente, …": Apertium's "besides", "likewise", "equally") is what English says
# with "also" or "too" inside the clause ("Hospitals will also receive …").
_ADDITIVE = frozenset(("also", "too"))
_ADDING = frozenset(
    "also too besides likewise equally furthermore moreover additionally further".split()
)


def _degree(w: Word, src: Sequence[Word], mt: Sequence[Word]) -> bool:
    """A degree, focus or quantity word the MT lacks and no source word translates to."""
    s = fold(w.surface)
    if s not in STRETCH_DEGREE or any(fold(m.surface) == s for m in mt):
        return False
    if s in _ADDITIVE and any(x.pos == "adv" and x.trans & _ADDING for x in src):
        return False
    return not any(s in x.trans or w.lemma in x.trans for x in src)


def _in_stretch(tgt: Sequence[Word], mt: Sequence[Word], j: int) -> bool:
    """Whether the MT has the :data:`SIDE` translation words before word ``j`` and the
    :data:`SIDE` after it side by side, in order."""
    ctx = [*tgt[j - SIDE : j], *tgt[j + 1 : j + 1 + SIDE]]
    if not all(t.surface[:1].isalnum() for t in ctx):
        return False
    n = len(ctx)
    return any(
        all(_matches(t, x) for t, x in zip(ctx, mt[k : k + n], strict=True))
        for k in range(len(mt) - n + 1)
    )


def _unbroken(tgt: Sequence[Word], j: int) -> bool:
    """Whether the stretch around word ``j`` stands in the translation one space apart,
    no mark between: words a translator quotes or sets apart ('were "stretched to the
    limit"' for "están «al límite»") are an idiom of their own, not the MT's stretch."""
    run = tgt[j - SIDE : j + SIDE + 1]
    return all(a.end >= 0 and b.start - a.end == 1 for a, b in itertools.pairwise(run))


def added_inside(src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word]) -> Word | None:
    """The first translation word read as added inside a stretch the MT words the same
    (an unknown word, a past participle, a degree word); None when there is none."""
    mine = partners(tgt, src, "target")
    for j in range(SIDE, len(tgt) - SIDE):
        w = tgt[j]
        if _participle(w, src, mt, mine, j):
            # Before a noun it is a modifier: literal_stretch reads it, with its guards.
            if tgt[j + 1].pos == "n":
                continue
        elif not (_unknown(w, src, mt) or _degree(w, src, mt)):
            continue
        if _in_stretch(tgt, mt, j) and _unbroken(tgt, j):
            return w
    return None


def check_inside(
    tgt: Side, analysed: tuple[list[Word], list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at a word added inside a five-word stretch the MT has side
    by side (``analysed``: source, translation and MT word by word)."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    w = added_inside(*analysed)
    if w is None:
        return []
    said = (
        f"The translation adds {quote(w.surface)}, which the source does not say: its literal "
        "translation has the two words before it and the two after it side by side."
    )
    return [added_word((w.start, w.end), said)]
