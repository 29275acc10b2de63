"""A word cut out of a translation that otherwise follows the literal MT: the gap closed.

A translator who rewords a phrase changes the words around it too; a word deleted from
the translation leaves its neighbours as they were, now side by side. So a source
content word is reported as removed when all of these hold (docs/drift.md, "Session 13"):

* the source's literal MT (Apertium) renders it by a word ``w`` that the translation has
  in no form (same stem, WordNet synonym);
* nothing in the translation renders the source word itself (Apertium's dictionary,
  either way, a stem, a synonym, a cognate: :func:`lexical_diff.partners`), nor any word
  of a multiword rendering of it ("fiscal" → "public prosecutor" ↔ "prosecutor");
* ``w``'s two neighbours in the MT, not both function words, stand side by side in the
  translation (the gap closed), no figure beside it ("59 years" → "59");
* no translation word that nothing in the source renders lies within :data:`WINDOW`
  words of the closed gap (a reworded phrase puts its new words there).

The cheap part (:func:`closed_gaps`: MT and translation tokens only) runs on every pair
with MT; the word analyses (two Apertium calls) only for the pairs it leaves.
English translations, direct Apertium pairs (the dictionary's analyses) only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aligner.drift.lexical_diff import CONTENT, LIGHT, Word, partners, reportable, synonyms
from aligner.drift.signals import Evidence, Finding, Reading, Side
from aligner.drift.text import Tok, fold, tokenize, words
from aligner.lang import profile
from aligner.textutil import quote

# How far (in words) from a closed gap an unrendered translation word makes it a
# rewording: the smallest window at which no development file other than the one left
# out gains more faithful pairs flagged than 1 % of its faithful pairs (or one pair):
# 4 on every fold but ContraTICO's (3); docs/drift.md, "Session 13".
WINDOW = 4

_FUNCTION = profile("en").stopwords | frozenset(
    "him us me them mine yours hers ours theirs might shall does had each just here "
    "whose whom off down any".split()
)


@dataclass(frozen=True)
class Gap:
    """An MT word missing from the translation whose MT neighbours meet there."""

    word: str  # the MT word, folded
    left: Tok  # the translation's tokens that were its neighbours in the MT
    right: Tok
    index: int  # the left neighbour's index among the translation's words


def _same(a: str, b: str) -> bool:
    """One word in two forms: equal, or a shared stem of five letters (four when short)."""
    if a == b:
        return True
    n = 5 if min(len(a), len(b)) >= 5 else 4
    return len(a) >= n and len(b) >= n and a[:n] == b[:n]


def _present(word: str, others: Sequence[str]) -> bool:
    return any(_same(word, o) or (len(o) > 2 and synonyms(word, o)) for o in others)


def closed_gaps(mt: str, translation: str) -> list[Gap]:
    """Every MT content word the translation lacks whose MT neighbours are neighbours in
    the translation (not both function words, no figure among them)."""
    m = [t for t in words(tokenize(mt))]
    t = [t for t in words(tokenize(translation))]
    folds = [x.fold for x in t]
    out = []
    for i in range(1, len(m) - 1):
        w, left, right = m[i].fold, m[i - 1].fold, m[i + 1].fold
        if w in _FUNCTION or len(w) < 3 or not w.isalpha():
            continue
        if (left in _FUNCTION and right in _FUNCTION) or left.isdigit() or right.isdigit():
            continue
        if _present(w, folds):
            continue
        for j in range(len(t) - 1):
            if folds[j] == left and folds[j + 1] == right:
                out.append(Gap(w, t[j], t[j + 1], j))
                break
    return out


def removed_at_gaps(
    gaps: Sequence[Gap],
    translation: Sequence[Tok],
    src_words: Sequence[Word],
    tgt_words: Sequence[Word],
    src_lang: str,
) -> list[tuple[Gap, Word]]:
    """The gaps whose MT word renders a source content word nothing in the translation
    renders, with no unrendered translation word near them; with that source word."""
    mine = partners(src_words, tgt_words, "target")
    back = partners(tgt_words, src_words, "source")
    folds = [x.fold for x in translation]
    free = {
        fold(w.surface)
        for w, p in zip(tgt_words, back, strict=True)
        if p < 0 and w.content and w.lemma not in LIGHT["en"]
    }
    near = [k for k, f in enumerate(folds) if f in free]
    out = []
    for gap in gaps:
        if any(gap.index - WINDOW <= k <= gap.index + 1 + WINDOW for k in near):
            continue
        origin = [
            (w, p)
            for w, p in zip(src_words, mine, strict=True)
            if w.content and any(_same(gap.word, fold(r)) for r in w.trans)
        ]
        lost = [w for w, p in origin if p < 0 and w.pos in CONTENT and reportable(w, src_lang)]
        if not origin or len(lost) < len(origin):
            continue
        parts = {p for w in lost for r in w.trans for p in fold(r).split() if len(p) > 2}
        if _present_any(parts - _FUNCTION, folds):
            continue
        out.append((gap, lost[0]))
    return out


def _present_any(parts: set[str], folds: Sequence[str]) -> bool:
    return any(_present(p, folds) for p in parts)


def gap_pairs(sides: Sequence[tuple[Side, Side]], evidence: Sequence[Evidence]) -> list[int]:
    """The pairs whose English translation closed the gap of an MT word: the only ones
    whose two sides need analysing word by word for :func:`check_closed_gaps`."""
    return [
        k
        for k, ((_, tgt), ev) in enumerate(zip(sides, evidence, strict=True))
        if ev.mt is not None and tgt.lang[:2] == "en" and closed_gaps(ev.mt.text, tgt.text)
    ]


def check_closed_gaps(
    src: Side, tgt: Side, mt: Reading | None, analysed: tuple[list[Word], list[Word]] | None
) -> list[Finding]:
    """An omission (major) where the translation closed the gap a source word left."""
    if mt is None or analysed is None or tgt.lang[:2] != "en":
        return []
    gaps = closed_gaps(mt.text, tgt.text)
    if not gaps:
        return []
    found = removed_at_gaps(gaps, words(tokenize(tgt.text)), *analysed, src.lang)
    if not found:
        return []
    gap, lost = found[0]
    kept = tgt.text[gap.left.start : gap.right.end]
    message = (
        f"The source's {quote(lost.surface)} (literally {quote(gap.word)}) has nothing "
        f"rendering it in the translation, which keeps the words around it "
        f"({quote(kept)}): it seems to have been left out."
    )
    src_span = (lost.start, lost.end) if lost.start >= 0 else None
    return [
        Finding(
            "omission",
            "major",
            0.55,
            src_span,
            (gap.left.start, gap.right.end),
            message,
            "drift.omission",
        )
    ]
