"""A word of judgement the translation adds: an adjective or a "-ly" adverb rated clearly
good or bad that nothing in the source or its literal MT says (docs/drift.md,
"Session 28 (drift33a)").

DEMETR's additions often put a verdict before a noun or a verb of a good translation
("they offer [poisonous] food", "most [poor] farmers", "every day that passes
[peacefully] leads to"). The readers of an added modifier (:mod:`modifiers`,
:mod:`bare_phrases`, :mod:`literal_stretch`, …) need the head or the words around it
to be the source's or the MT's, and a garbled source (the proxies' French or Italian
put into Spanish) leaves neither. A word that carries a judgement is different
evidence: a faithful translation rarely has one that no source word says, and the MT
of a source that says it keeps a word of the same colour (Apertium renders "peligroso"
"dangerous", "pobres" "poor"). So a translation word is an addition (major) when

* it is a lower-case adjective before a noun, or a lower-case adverb in "-ly" before a
  verb, an adjective or an adverb, and VADER rates it at least :data:`STRONG` either way
  with its raters agreeing (:func:`opposite_valence.candidate`; none of the words the
  negation, modality and degree checks own);
* it renders no source word through the dictionary, and the MT has it in no form
  (lemma, form, five-letter stem, a WordNet synset or one WordNet step away: "truly" ↔
  "really", "critical" ↔ "crucial");
* the MT has no word rated :data:`MT_RATED` or more the same way (the source says
  something of that colour somewhere: "vulnerable" → "deprived" is another word for it);
* the source has no adjective or lower-case word the analyser does not know that nothing
  renders within :data:`WINDOW` words of the source word the nearest rendered
  translation word renders (the translator's own word for it: "barrios vulnerables" →
  "deprived neighbourhoods", "hacer la vista gorda" → "turn a blind eye", an Italian
  "rabbiose" left untranslated → "angry"), and neither the source nor the MT an unknown
  word sharing its first four letters ("racites" → "racist");
* it makes no WordNet entry with a neighbour, and a comparative or superlative is not read
  where the MT says "more", "most", "less" or "least" ("retrasos más de entidad" →
  "greater delays").

It reads the analyses :mod:`bare_phrases` reads (source, translation and MT word by
word); its pre-filter (:func:`judgement_candidate`) adds the pairs whose tagged
translation has a rated word the MT text lacks. Without VADER installed it finds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift import bare_phrases as bare
from aligner.drift import opposite_valence as valence_of
from aligner.drift.lexical_diff import Word, partners, reportable, synsets
from aligner.drift.modifiers import OWNED, _one_entry, _rendered, as_modifier
from aligner.drift.signals import Finding, Side, added_to_head
from aligner.drift.text import fold, tokenize, words

# The least rating (VADER's scale runs from -4 to +4) of a word read here: the
# opposites' own bar ("naive" -1.1, "dangerous" -2.1, "peacefully" +2.4).
STRONG = valence_of.STRONG
# An MT word rated this much the same way means the source says something of that colour.
MT_RATED = 0.5
# How far (source words) from the source word the nearest rendered translation word
# renders an unrendered adjective or unknown word makes the word a rewording (3 and 5
# measured alike on the development files; 5 keeps more faithful pairs quiet).
WINDOW = 5
# How far (translation words) the nearest rendered word is looked for.
_ANCHOR = 3
# What each kind of word qualifies: the next translation word's part of speech.
_HEADS = {"adj": frozenset(("n",)), "adv": frozenset(("vblex", "adj", "adv"))}
_COMPARED = frozenset(("more", "most", "less", "least"))
_IRREGULAR_GRADES = frozenset("greater better worse best worst least".split())


def _rated(word: str) -> float | None:
    return valence_of.valence(word) if word.isalpha() else None


def _unknown(w: Word) -> bool:
    return not w.known and w.surface[:1].islower() and w.surface.isalpha()


def _said_by_mt(w: Word, mt: Sequence[Word]) -> bool:
    """The MT has the word in some form, or a word one WordNet step from it."""
    f = fold(w.surface)
    for m in mt:
        if bare._related(w, m):
            return True
        if m.surface.isalpha() and (
            valence_of.related(f, fold(m.surface)) or synsets(w.lemma) & synsets(m.lemma)
        ):
            return True
    return False


def _anchor(tgt: Sequence[Word], mine: Sequence[int], j: int) -> int | None:
    """The source word the nearest content translation word to ``j`` renders."""
    for step in range(1, _ANCHOR + 1):
        for k in (j + step, j - step):
            if 0 <= k < len(tgt) and mine[k] >= 0 and tgt[k].content:
                return mine[k]
    return None


def _reworded_near(src: Sequence[Word], tgt: Sequence[Word], at: int | None) -> bool:
    """A source adjective or unknown word nothing renders near source word ``at`` (the
    whole sentence when there is none)."""
    back = partners(src, tgt, "source")
    for i, s in enumerate(src):
        if back[i] >= 0 or (at is not None and abs(i - at) > WINDOW):
            continue
        if _unknown(s) or (s.content and s.pos == "adj"):
            return True
    return False


def _graded(f: str) -> bool:
    return f.endswith(("er", "est")) or f in _IRREGULAR_GRADES


def added_judgement(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word], text: str
) -> tuple[Word, Word] | None:
    """(word, the word it qualifies) for the first rated word the translation (``text``,
    analysed as ``tgt``) adds, as the module says; None when there is none."""
    if not valence_of.available():
        return None
    mine = partners(tgt, src, "target")
    for j in range(1, len(tgt) - 1):
        w = as_modifier(tgt, j)
        f = fold(w.surface)
        if not w.content or not w.surface[:1].islower() or f in OWNED:
            continue
        if not (w.pos == "adj" or (w.pos == "adv" and f.endswith("ly"))):
            continue
        if tgt[j + 1].pos not in _HEADS[w.pos] or not reportable(w, "en"):
            continue
        v = valence_of.candidate(f)
        if v is None or _rendered(src, mine[j]) or _said_by_mt(w, mt):
            continue
        if any(_unknown(q) and fold(q.surface)[:4] == f[:4] for q in (*src, *mt)):
            continue
        if any((_rated(fold(m.surface)) or 0.0) * v >= MT_RATED * abs(v) for m in mt):
            continue
        if _graded(f) and any(_COMPARED & set(fold(m.surface).split()) for m in mt):
            continue
        if _one_entry(text, w) or _reworded_near(src, tgt, _anchor(tgt, mine, j)):
            continue
        return w, tgt[j + 1]
    return None


def judgement_candidate(ws: Sequence, mt: set[str]) -> bool:
    """Whether a tagged translation (:func:`pos_fluency.tag_texts`' words) has a
    lower-case adjective, participle or "-ly" adverb VADER rates that the MT (``mt``:
    its folded words) lacks: the pairs :func:`added_judgement` may find something in."""
    for w in ws:
        f = fold(w.surface)
        kind = w.tag.split(".")[0]
        if not w.surface[:1].islower() or f in mt:
            continue
        shaped = (
            kind == "adj"
            or (kind == "adv" and f.endswith("ly"))
            or (kind == "vblex" and f.endswith(("ed", "ing")))
        )
        if shaped and valence_of.candidate(f) is not None:
            return True
    return False


def judgement_pairs(tagged: Sequence[Sequence] | None, mts: Sequence[str | None]) -> list[int]:
    """The pairs (with MT) :func:`judgement_candidate` picks."""
    if not valence_of.available():
        return []
    return [
        k
        for k, (ws, mt) in enumerate(zip(tagged or (), mts, strict=False))
        if mt is not None and ws and judgement_candidate(ws, {t.fold for t in words(tokenize(mt))})
    ]


def check_added_judgement(
    tgt: Side, analysed: tuple[list[Word], list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at a rated word nothing in the source or its MT says."""

    def find(src: Sequence[Word], words: Sequence[Word], mt: Sequence[Word]):
        return added_judgement(src, words, mt, tgt.text)

    return added_to_head(
        tgt, analysed, find, "a judgement neither the source nor its literal translation makes."
    )
