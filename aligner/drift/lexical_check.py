"""Word-by-word drift findings: an inserted or removed content word (opt-in).

:mod:`aligner.drift.lexical_diff` says which content words of each side nothing on the
other side renders, and which of them are *orphans* (nothing unrendered on the other
side where they would be). Here the orphans become findings, under the rule chosen on
the development files (docs/drift.md, "Session 8"):

* only when the other side has no unrendered word at all (``LOOSE = 0``): a reworded
  sentence leaves unrendered words on both sides, an inserted or dropped word on one;
* a target adjective, adverb or verb → ``addition``; a source adjective, adverb or verb
  → ``omission`` (nouns are left out: a noun rendered by a description is too common);
* severity ``major``.

Off by default (``analyse_pairs(..., words=True)``): on Spanish written by people
(corpora/drift) and on ContraTICO it flags 4–8 more faithful pairs a file, and the extra
Apertium calls cost time (a quarter to a half more per pair).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, analyse, orphans
from aligner.drift.signals import Finding, Side
from aligner.textutil import quote

LOOSE = 0
WINDOW = 3
TARGET_POS = frozenset(("adj", "adv", "vblex"))
SOURCE_POS = frozenset(("adj", "adv", "vblex"))
_NAMES = {"adj": "adjective", "adv": "adverb", "vblex": "verb", "n": "noun"}


def gather(sides: Sequence[tuple[Side, Side]], src_lang: str, tgt_lang: str
           ) -> list[tuple[list[Word], list[Word]] | None]:
    """Both sides of every pair analysed word by word (two directions, one batch each);
    None per pair when no direct Apertium pair serves the languages."""
    src = analyse([s.text for s, _ in sides], src_lang, tgt_lang)
    tgt = analyse([t.text for _, t in sides], tgt_lang, src_lang) if src is not None else None
    if src is None or tgt is None:
        return [None for _ in sides]
    return list(zip(src, tgt, strict=True))


def _english(tgt_lang: str, src_lang: str) -> str:
    return "target" if tgt_lang == "en" else "source" if src_lang == "en" else ""


def check_words(src: Side, tgt: Side, words: tuple[list[Word], list[Word]] | None,
                found: Sequence[Finding] = ()) -> list[Finding]:
    """Findings for orphan words, unless an earlier finding already covers the word."""
    if words is None:
        return []
    a, b = words
    eng = _english(tgt.lang[:2], src.lang[:2])
    back = "source" if eng == "target" else "target" if eng == "source" else ""
    out = []
    for w in orphans(b, a, eng, tgt.lang[:2], src.lang[:2], WINDOW, LOOSE):
        if w.pos in TARGET_POS and w.start >= 0 and not _covered(found, None, (w.start, w.end)):
            out.append(Finding(
                "addition", "major", 0.55, None, (w.start, w.end),
                f"The translation adds the {_NAMES[w.pos]} {quote(w.surface)}, which nothing "
                "in the source renders", "drift.addition"))
    for w in orphans(a, b, back, src.lang[:2], tgt.lang[:2], WINDOW, LOOSE):
        if w.pos in SOURCE_POS and w.start >= 0 and not _covered(found, (w.start, w.end), None):
            out.append(Finding(
                "omission", "major", 0.55, (w.start, w.end), None,
                f"The source's {_NAMES[w.pos]} {quote(w.surface)} has nothing rendering it "
                "in the translation", "drift.omission"))
    return out


def _covered(found: Sequence[Finding], src: tuple[int, int] | None,
             tgt: tuple[int, int] | None) -> bool:
    def over(x: tuple[int, int] | None, y: tuple[int, int] | None) -> bool:
        return bool(x and y and x[0] < y[1] and y[0] < x[1])
    return any(over(src, f.source_span) or over(tgt, f.target_span) for f in found)
