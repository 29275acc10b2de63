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

When a fitted judge is shipped (``data/lexical_judge.json``, fitted by
``bench/drift_words_fit.py``; docs/drift.md, "Session 10"), it needs each candidate's e5
undo gain (:mod:`aligner.drift.lexical_e5`), so it runs only when e5 does: with
``words=True`` (or by default, were :data:`JUDGE_WITH_E5` on) its kept candidates
(replaced, removed, added words) are reported. Without e5, ``words=True`` keeps the orphan
rule, which on Spanish written by people (corpora/drift) and on ContraTICO flags 4–8
more faithful pairs a file; the extra Apertium calls cost a quarter to a half more per
pair.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift import lexical_judge as judge
from aligner.drift.lexical_diff import Word, analyse, orphans
from aligner.drift.rendered_unknowns import known_all
from aligner.drift.signals import Finding, Side, added_word
from aligner.textutil import quote

LOOSE = 0
# Whether the fitted judge runs whenever e5 does (check's default, qa --deep) without
# ``words=True``. Off: on the held-out corpora/drift test split it flagged two faithful
# idioms ("nunca … hasta" → "for the first time", "a simple vista" → "to the naked
# eye") and found nothing more (docs/drift.md, "Session 10").
JUDGE_WITH_E5 = False
WINDOW = 3
TARGET_POS = frozenset(("adj", "adv", "vblex"))
SOURCE_POS = frozenset(("adj", "adv", "vblex"))
_NAMES = {"adj": "adjective", "adv": "adverb", "vblex": "verb", "n": "noun"}


def gather(
    sides: Sequence[tuple[Side, Side]], src_lang: str, tgt_lang: str
) -> list[tuple[list[Word], list[Word]] | None]:
    """Both sides of every pair analysed word by word (two directions, one batch each);
    None per pair when no direct Apertium pair serves the languages."""
    src = analyse([s.text for s, _ in sides], src_lang, tgt_lang)
    tgt = analyse([t.text for _, t in sides], tgt_lang, src_lang) if src is not None else None
    if src is None or tgt is None:
        return [None for _ in sides]
    # A leftover the translation renders by a cognate reads as a known, rendered word.
    pairs = list(zip(src, tgt, strict=True))
    return [(s, t) for s, (_, t) in zip(known_all(pairs, src_lang), pairs, strict=True)]


def _english(tgt_lang: str, src_lang: str) -> str:
    return "target" if tgt_lang == "en" else "source" if src_lang == "en" else ""


def judge_by_default() -> bool:
    """Whether the fitted judge runs without ``words=True`` (when e5 runs): only with a
    shipped model and :data:`JUDGE_WITH_E5`."""
    return JUDGE_WITH_E5 and judge.load_model() is not None


def candidates_of(
    sides: Sequence[tuple[Side, Side]],
    lexical: Sequence[tuple[list[Word], list[Word]] | None] | None,
) -> list[list[judge.Candidate]] | None:
    """The judge's candidates per pair (before their e5 gains), or None when there is no
    word-by-word analysis or no shipped model."""
    if lexical is None or judge.load_model() is None:
        return None
    return [
        judge.candidates(*w, s.lang[:2], t.lang[:2]) if w is not None else []
        for (s, t), w in zip(sides, lexical, strict=True)
    ]


def check_words(
    src: Side,
    tgt: Side,
    words: tuple[list[Word], list[Word]] | None,
    found: Sequence[Finding] = (),
    cands: Sequence[judge.Candidate] | None = None,
) -> list[Finding]:
    """Findings for unrendered words, unless an earlier finding already covers the word:
    the fitted judge's (:mod:`aligner.drift.lexical_judge`) when its model is shipped and
    the candidates carry their e5 gains (``cands``), else the orphan rule when the words
    were asked for (``words``)."""
    model = judge.load_model()
    if cands is not None and model is not None:
        return _judged(src, tgt, cands, found, model)
    if words is None:
        return []
    return _orphan_rule(src, tgt, words, found)


def _judged(
    src: Side, tgt: Side, cands: Sequence[judge.Candidate], found: Sequence[Finding], model: dict
) -> list[Finding]:
    out = []
    for c, p in judge.judged(cands, model):
        s = (c.src.start, c.src.end) if c.src is not None and c.src.start >= 0 else None
        t = (c.tgt.start, c.tgt.end) if c.tgt is not None and c.tgt.start >= 0 else None
        if (c.src is not None and s is None) or (c.tgt is not None and t is None):
            continue
        if _covered(found, s, t) or _covered(out, s, t):
            continue
        out.append(_finding(c, s, t, round(p, 3)))
    return out


def _finding(
    c: judge.Candidate, s: tuple[int, int] | None, t: tuple[int, int] | None, p: float
) -> Finding:
    if c.kind == "replaced":
        said = ", ".join(quote(x) for x in sorted(c.src.trans)[:3] if x)
        how = (
            "the opposite of what the source says"
            if c.x[judge.FEATURES.index("antonym")]
            else "another word than the source's"
        )
        return Finding(
            "meaning",
            "major",
            p,
            s,
            t,
            f"The translation has {quote(c.tgt.surface)}, {how}: "
            f"{quote(c.src.surface)}" + (f" ({said})" if said else ""),
            "drift.meaning",
        )
    if c.kind == "removed":
        return Finding(
            "omission",
            "major",
            p,
            s,
            None,
            f"The source's {_NAMES.get(c.src.pos, 'word')} {quote(c.src.surface)} "
            "has nothing rendering it in the translation",
            "drift.omission",
        )
    return Finding(
        "addition",
        "major",
        p,
        None,
        t,
        f"The translation adds the {_NAMES.get(c.tgt.pos, 'word')} "
        f"{quote(c.tgt.surface)}, which nothing in the source renders",
        "drift.addition",
    )


def _orphan_rule(
    src: Side, tgt: Side, words: tuple[list[Word], list[Word]], found: Sequence[Finding]
) -> list[Finding]:
    """Session 8's rule: target or source adjective, adverb or verb orphans, when the
    other side has no unrendered word at all."""
    a, b = words
    eng = _english(tgt.lang[:2], src.lang[:2])
    back = "source" if eng == "target" else "target" if eng == "source" else ""
    out = []
    for w in orphans(b, a, eng, tgt.lang[:2], src.lang[:2], WINDOW, LOOSE):
        if w.pos in TARGET_POS and w.start >= 0 and not _covered(found, None, (w.start, w.end)):
            out.append(
                added_word(
                    (w.start, w.end),
                    f"The translation adds the {_NAMES[w.pos]} {quote(w.surface)}, which nothing "
                    "in the source renders",
                )
            )
    for w in orphans(a, b, back, src.lang[:2], tgt.lang[:2], WINDOW, LOOSE):
        if w.pos in SOURCE_POS and w.start >= 0 and not _covered(found, (w.start, w.end), None):
            out.append(
                Finding(
                    "omission",
                    "major",
                    0.55,
                    (w.start, w.end),
                    None,
                    f"The source's {_NAMES[w.pos]} {quote(w.surface)} has nothing rendering it "
                    "in the translation",
                    "drift.omission",
                )
            )
    return out


def _covered(
    found: Sequence[Finding], src: tuple[int, int] | None, tgt: tuple[int, int] | None
) -> bool:
    def over(x: tuple[int, int] | None, y: tuple[int, int] | None) -> bool:
        return bool(x and y and x[0] < y[1] and y[0] < x[1])

    return any(over(src, f.source_span) or over(tgt, f.target_span) for f in found)
