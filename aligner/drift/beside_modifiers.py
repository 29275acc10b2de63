"""A word added next to a modifier the literal MT keeps (docs/drift.md, "Session 21
(drift26a)").

:mod:`bare_phrases` finds a modifier added to a noun the MT has with nothing but an
article before it. DEMETR also adds a word inside a noun phrase that already has a
modifier, and the MT keeps that other modifier, either before the noun as the
translation does or, in the source's Romance order, after it:

* "three main brick structures" where the MT says "three main structures": the MT has
  the kept modifier ("main") right before the noun;
* "consumer support groups" where the MT says "the groups of the consumers", "the fake
  honeymoon phase" where it says "the phase of honeymoon": the MT has the kept modifier
  after the noun, directly or after "of" (and an article).

The added word (``w``) stands right before or right after the kept one (``x``), the two
right before the noun; ``w`` is held to :mod:`bare_phrases`' tests (a lower-case
adjective, a participle inside a noun phrase or a noun WordNet has as one, rendering no
source word through the dictionary and in the MT in no form), the noun stands once in
the MT and is not followed by another noun in the translation, and

* the MT's phrase opens as the translation's: an opener before the noun (modifier
  after it) or before the kept modifier (modifier before it) that is the translation's
  word before the pair or an article (:func:`bare_phrases._no_premodifier`);
* after the MT's phrase no adjective, noun or unknown word, and nothing up to a mark, a
  conjunction or a finite verb that the translation leaves unsaid; no unknown lower-case
  MT word near the phrase but the kept modifier itself (a word left untranslated may be
  what ``w`` says);
* ``w`` makes no WordNet entry (:func:`bare_phrases._entry`) with the noun or the kept
  modifier ("snail mail", "touch screen": one unit rendered by two words); no free noun
  or adjective before the pair (the translator's own wording,
  :func:`bare_phrases._own_wording`).

It reads the analyses :mod:`bare_phrases` reads (source, translation and MT word by
word, for the pairs its pre-filter picks) and runs only where that check found nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift import bare_phrases as bare
from aligner.drift.lexical_diff import Word, partners, reportable
from aligner.drift.lexical_diff import wordnet_parts as _parts
from aligner.drift.modifiers import _PHRASE_OPENERS, _rendered, as_modifier
from aligner.drift.signals import Finding, Side, added_to_head
from aligner.drift.text import fold

# How far (words) around the MT's phrase an unknown lower-case word stops the rule.
UNKNOWN_WINDOW = 3
_KEPT = frozenset(("adj", "n"))


def _matches(x: Word, m: Word) -> bool:
    """The kept modifier and an MT word: related (:func:`bare_phrases._related`) or
    sharing five letters (the MT's leftover "oppressi" for "oppressed")."""
    a, b = fold(x.surface), fold(m.surface)
    return bare._related(x, m) or (len(a) > 4 and a[:5] == b[:5])


def _after_head(mt: Sequence[Word], k: int, x: Word) -> int | None:
    """Where the MT has the kept modifier after its head ``k``: right after it (an
    adjective, a noun or a word it left untranslated), or after "of" and an article."""
    q = k + 1
    if q < len(mt) and _matches(x, mt[q]) and (mt[q].pos in _KEPT or not mt[q].known):
        return q
    if q < len(mt) and mt[q].lemma == "of":
        q += 1
        if q < len(mt) and mt[q].lemma in bare.ARTICLES:
            q += 1
        if q < len(mt) and _matches(x, mt[q]) and mt[q].pos == "n":
            return q
    return None


def _before_head(mt: Sequence[Word], k: int, x: Word) -> int | None:
    """Where the MT has the kept modifier right before its head ``k``."""
    q = k - 1
    if q >= 1 and _matches(x, mt[q]) and (mt[q].pos in _KEPT or not mt[q].known):
        return q
    return None


def _added_word(
    w: Word, src: Sequence[Word], tgt: Sequence[Word], mine: Sequence[int], i: int
) -> bool:
    """Whether translation word ``i`` (read as ``w``) may be an added modifier: a
    lower-case adjective or noun (WordNet's, not in "-ing") rendering no source word."""
    if not w.content or w.pos not in bare._MODIFIERS:
        return False
    if not w.surface[:1].islower() or not reportable(w, "en"):
        return False
    if w.pos == "n" and ("n" not in _parts(w.lemma) or w.surface.endswith("ing")):
        return False
    opened = tgt[i - 1].pos in _PHRASE_OPENERS
    return not _rendered(src, mine[i], (w, tgt[i]) if opened else None)


def _unknown(m: Word) -> bool:
    """A lower-case word the analyser does not know (what the MT left untranslated)."""
    return not m.known and m.surface[:1].islower()


def _unknown_near(mt: Sequence[Word], lo: int, hi: int, kept: int) -> bool:
    """An unknown word within :data:`UNKNOWN_WINDOW` words of the MT's phrase
    (``lo``..``hi``), the kept modifier (``kept``) aside."""
    lo = max(0, lo - UNKNOWN_WINDOW)
    return any(
        _unknown(m) and q != kept for q, m in enumerate(mt[lo : hi + 1 + UNKNOWN_WINDOW], lo)
    )


def added_beside(
    src: Sequence[Word], tgt: Sequence[Word], mt: Sequence[Word]
) -> tuple[Word, Word] | None:
    """(added word, head noun) for the first translation word added right before or
    after a modifier that the literal MT (``mt``, analysed) keeps with the same noun;
    None when there is none."""
    mine = partners(tgt, src, "target")
    for j in range(1, len(tgt) - 1):
        # (kept, added, head): "main brick structures", then "fake honeymoon phase"
        for xi, wi, hi in ((j - 1, j, j + 1), (j + 1, j, j + 2)):
            if xi < 1 or hi >= len(tgt) or tgt[hi].pos != "n":
                continue
            x, head, w = tgt[xi], tgt[hi], as_modifier(tgt, wi)
            if not (as_modifier(tgt, xi).pos in _KEPT or not x.known):
                continue
            if hi + 1 < len(tgt) and tgt[hi + 1].pos == "n":
                continue
            if not _added_word(w, src, tgt, mine, wi) or any(bare._related(w, m) for m in mt):
                continue
            if bare._entry(w, head) or bare._entry(x, w) or bare._entry(w, x):
                continue
            at = [k for k, m in enumerate(mt) if bare._same(head, m)]
            if len(at) != 1 or not 0 < at[0] < len(mt) - 1:
                continue
            found = _phrase(mt, at[0], x, tgt, min(xi, wi))
            if found is None:
                continue
            kept, end = found
            nxt = mt[end + 1] if end + 1 < len(mt) else None
            if nxt is not None and (nxt.pos in bare._MODIFIERS or _unknown(nxt)):
                continue
            if _unknown_near(mt, min(kept, at[0]), end, kept):
                continue
            if bare._phrase_free(mt, end, tgt, wi) or bare._own_wording(tgt, mine, mt, min(xi, wi)):
                continue
            return w, head
    return None


def _phrase(
    mt: Sequence[Word], k: int, x: Word, tgt: Sequence[Word], first: int
) -> tuple[int, int] | None:
    """(the kept modifier's index, the phrase's last index) in the MT around its head
    ``k``, when the MT's phrase opens as the translation's does before ``first``."""
    q = _after_head(mt, k, x)
    if q is not None:
        return (q, q) if mt[k - 1].pos in bare._OPENERS else None
    q = _before_head(mt, k, x)
    if q is not None and bare._no_premodifier(mt, q, tgt, first):
        return q, k
    return None


def check_added_beside(
    tgt: Side, analysed: tuple[list[Word], list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at a word added beside a modifier the MT keeps
    (``analysed``: source, translation and MT word by word)."""
    return added_to_head(
        tgt,
        analysed,
        added_beside,
        "beside a word the source (and its literal translation) has there alone.",
    )
