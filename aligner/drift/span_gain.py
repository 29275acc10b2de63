"""A word the translation adds, seen by e5 where the word-by-word pass cannot tell
(docs/drift.md, "Session 16 (drift21a)").

DEMETR-style additions put a modifier into a good translation ("poisonous food",
"irresponsibly announced", "the laser show"). Where the translation is free, the MT's
neighbours do not meet (:mod:`closed_gaps`) and unrendered words lie near the head
(:mod:`modifiers`' guard), so the dictionary alone cannot say whether the word is new or
renders something. e5 can, on a short span: take the word out of the translation and
see whether the translation comes closer to *both* the source and its literal MT. A
word that renders something moves the translation away from them when taken out (or
leaves it where it was); an added word brings it closer.

A translation word is reported (an addition, major) when all of these hold:

* nothing in the source renders it (:func:`lexical_diff.partners`), it is a reportable
  content word and none the polarity, modality or degree checks compare
  (:data:`modifiers.OWNED`: "not", "allegedly", "extremely"), nor the level of an
  institution that explains it (:data:`LEVELS`: "the regional president");
* it stands as a modifier before its head: an adjective or noun before a noun, an
  adverb before a verb, adjective or adverb; after a word, not a mark; no half of a
  hyphenated word and no WordNet entry with a neighbour ("open season");
* taking the word out raises the cosine with the source and with the MT, each by more
  than :data:`MIN_GAIN` when the head anchors it: the head renders a source word of one
  word (a unit such as "texto íntegro" carries its own modifier), and no source word
  next to that one is left unrendered ("daños leves" → "minor damage": "leves" is what
  "minor" renders, whatever the dictionary says); by more than :data:`LOOSE_GAIN` when
  it does not (session 23: "the poor farmers", "the warehouse fire" before a head the
  MT renders otherwise).

A translation word that stands as no such modifier (a head of its own, "the accused
females", "curry soup"; a verb; the first word; a word after a mark), or that a guard
above leaves out, is read the same way at a higher bar, :data:`WIDE_GAIN` (session 33,
drift38b: "the default path, with e5 on"), when it is a content word of
:data:`WIDE_POS`, nothing in the source renders it and the literal MT does not say it:
the whole sentence without it must read clearly closer to both the source and the MT.

Runs only with e5 (``check``'s default) and a direct Apertium pair; the texts with the
word taken out go into the one embedding call the clause checks make.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from aligner.drift.administrative import LEVELS
from aligner.drift.lexical_diff import Word, partners, reportable
from aligner.drift.lexical_e5 import _cos, _spliced
from aligner.drift.modifiers import (
    OWNED,
    _hyphened,
    _one_entry,
    _unmatched_other,
    _unrendered,
    as_modifier,
    unmatched_modifier,
)
from aligner.drift.signals import Evidence, Finding, added_word
from aligner.drift.text import fold, tokenize, words
from aligner.textutil import quote

# The smallest gain in both cosines, chosen leaving one development file out: the
# smallest threshold at which no other file gains faithful flags beyond 1 % of its
# faithful pairs (whole pairs), 0.004 on every fold (docs/drift.md, "Session 16").
MIN_GAIN = 0.004
# How near (as a share of each side's length) a translation word must stand to an
# unknown, unrendered source word to be read as its possible rendering.
UNKNOWN_REACH = 0.2
# The gain a modifier must pass before a head that anchors nothing (it renders no source
# word, or a source word beside it is unrendered: where rewordings are): above every such
# faithful candidate of the five development files (the largest 0.0084, ContraTICO's
# "digital surveillance"; docs/drift.md, "Session 23 (drift28b)").
LOOSE_GAIN = 0.01
# The gain a word must pass where it stands as no modifier before its head (or a guard of
# :func:`weighed` leaves it out): chosen on DEMETR fr>es, scored on it>es (docs/drift.md,
# "Session 33 (drift38b)"), on the pairs e5 on left quiet.
WIDE_GAIN = 0.01  # the loose bar (LOOSE_GAIN), found again by its own fit
# How near (as a share of each side's length) an unrendered source word stops the wide
# reading: its rendering may be the translation word.
FREE_REACH = 0.1
# The parts of speech the wide reading takes (Apertium's tags).
WIDE_POS = frozenset(("adj", "adv", "n", "vblex"))
# A modifier's part of speech → the heads it may stand before (Apertium's tags).
HEADS = {"adj": ("n",), "n": ("n",), "adv": ("vblex", "adj", "adv")}


def gain_pairs(tagged: Sequence[Sequence] | None, evidence: Sequence[Evidence]) -> list[int]:
    """The pairs worth analysing word by word for :func:`candidates`: with MT, and a
    modifier before its head in the tagged translation whose form the MT lacks (or, for
    the wide reading, any content word of :data:`WIDE_POS` the MT lacks)."""
    return [
        k
        for k, (ws, ev) in enumerate(zip(tagged or (), evidence, strict=False))
        if ev.mt is not None
        and ws
        and (
            unmatched_modifier(ws, ev.mt.text, HEADS)
            or _unmatched_other(ws, ev.mt.text)
            or (WIDE_GAIN is not None and _unmatched_content(ws, ev.mt.text))
        )
    ]


def _unmatched_content(tagged: Sequence, mt: str) -> bool:
    """Whether a tagged translation has a content word of :data:`WIDE_POS` in a form
    the MT lacks (the wide reading's candidates)."""
    folds = _folds(mt)
    return any(w.tag.split(".")[0] in WIDE_POS and fold(w.surface) not in folds for w in tagged)


def _folds(text: str) -> set[str]:
    return {t.fold for t in words(tokenize(text))}


def candidates(
    src: Sequence[Word], tgt: Sequence[Word], tgt_text: str, loose: bool = False
) -> list[Word]:
    """Translation modifiers nothing in the source renders, before a head that renders
    a source word with no unrendered source word beside it (``loose``: also before a
    head with no such anchor, see :func:`weighed`)."""
    return [w for w, floor in weighed(src, tgt, tgt_text) if loose or floor == MIN_GAIN]


def weighed(
    src: Sequence[Word], tgt: Sequence[Word], tgt_text: str, mt: str | None = None
) -> list[tuple[Word, float]]:
    """Each candidate with the gain it must pass: :data:`MIN_GAIN` before an anchored
    head, :data:`LOOSE_GAIN` before a head that renders no source word or stands by an
    unrendered one (there a rewording is likelier, and the source word the modifier may
    render is unknown); with the literal ``mt``, :data:`WIDE_GAIN` for the other
    unrendered content words (:func:`_wide`)."""
    mine = partners(tgt, src, "target")
    back = partners(src, tgt, "source")
    # A source word rendered only by a light word far away counts as unrendered here, as
    # in :func:`modifiers.added_modifier`.
    light = [p if p < 0 or tgt[p].content else -1 for p in back]
    src_free = set(_unrendered(src, light))
    # A source word the analyser does not know and nothing renders ("un kilómetro de
    # autovía", MT "*autovía" → "one kilometre of motorway"): a word near its place may
    # be its rendering, which the dictionary cannot confirm.
    unknown = [k / len(src) for k, x in enumerate(src) if not x.known and back[k] < 0]
    out = []
    for j in range(1, len(tgt) - 1):
        w, head, i = as_modifier(tgt, j), tgt[j + 1], mine[j + 1]
        if mine[j] >= 0 or not w.content or not reportable(w, "en"):
            continue
        if head.pos not in HEADS.get(w.pos, ()) or fold(w.surface) in OWNED | LEVELS:
            continue
        if not tgt[j - 1].surface[:1].isalnum() or _hyphened(tgt_text, w):
            continue
        if _one_entry(tgt_text, w):
            continue
        # A source word the analyser does not know, rendered just before: its rendering
        # may take more words than the cognate ("ultraprocesados" → "ultra-processed food").
        if any(mine[k] >= 0 and not src[mine[k]].known for k in range(max(0, j - 3), j)):
            continue
        if any(abs(at - j / len(tgt)) <= UNKNOWN_REACH for at in unknown):
            continue
        # A source unit of two words carries its own modifier ("texto íntegro" → "full
        # text"), as in :func:`modifiers.added_modifier`.
        if i >= 0 and " " in src[i].surface:
            continue
        anchored = i >= 0 and not {i - 1, i + 1} & src_free
        out.append((w, MIN_GAIN if anchored else LOOSE_GAIN))
    if mt and WIDE_GAIN is not None:
        # Where a source word is left unrendered, a translation word near its place may
        # render it in words the dictionary does not pair ("escombros" → "rubble").
        free = [k / len(src) for k in src_free if src[k].content] + unknown
        out += _wide(tgt, tgt_text, mt, mine, {id(w) for w, _ in out}, free)
    return out


def _wide(
    tgt: Sequence[Word],
    tgt_text: str,
    mt: str,
    mine: Sequence[int],
    taken: set[int],
    free: Sequence[float],
) -> list[tuple[Word, float]]:
    """The unrendered content words :func:`weighed` did not take, at :data:`WIDE_GAIN`:
    of :data:`WIDE_POS`, reportable, none the polarity, modality or degree checks
    compare, the literal MT saying it in no form (its surface or lemma), no half of a
    hyphenated word, farther than :data:`FREE_REACH` from an unrendered source content
    word or an unknown one (``free``: their places as shares of the source's length)."""
    folds = _folds(mt)
    out = []
    for j, w in enumerate(tgt):
        if mine[j] >= 0 or id(w) in taken or w.pos not in WIDE_POS or not w.content:
            continue
        if not reportable(w, "en", j == 0) or fold(w.surface) in OWNED | LEVELS:
            continue
        if fold(w.surface) in folds or fold(w.lemma) in folds or _hyphened(tgt_text, w):
            continue
        if tgt_text[w.end : w.end + 1] in "-‐–" and w.end < len(tgt_text):
            continue
        if any(abs(at - j / len(tgt)) <= FREE_REACH for at in free):
            continue
        out.append((w, WIDE_GAIN))
    return out


def _word(c: Word | tuple[Word, float]) -> Word:
    return c[0] if isinstance(c, tuple) else c


def texts_to_embed(
    src: str, tgt: str, mt: str | None, cands: Sequence[Word | tuple[Word, float]]
) -> list[str]:
    """The texts :func:`gains` needs for one pair (none without MT or candidates)."""
    if not mt or not cands:
        return []
    cut = [t for c in cands if (t := _spliced(tgt, _word(c), ""))]
    return [t for t in dict.fromkeys([src, tgt, mt, *cut]) if t.strip()]


def gains(
    src: str,
    tgt: str,
    mt: str,
    cands: Sequence[Word | tuple[Word, float]],
    vecs: Mapping[str, np.ndarray],
) -> list[tuple[Word, float]]:
    """Each candidate with the smaller of its two gains: the cosine of the translation
    without it against the source, and against the MT, minus the same with it. A
    candidate weighed with a higher floor (:func:`weighed`) has its gain lowered by the
    difference, so that :func:`check_span_gain` reads every candidate against one bar."""
    if any(t not in vecs for t in (src, tgt, mt)):
        return []
    out = []
    for c in cands:
        w, floor = (c, MIN_GAIN) if isinstance(c, Word) else c
        cut = _spliced(tgt, w, "")
        if cut and cut in vecs:
            by_src = _cos(vecs, src, cut) - _cos(vecs, src, tgt)
            by_mt = _cos(vecs, mt, cut) - _cos(vecs, mt, tgt)
            out.append((w, min(by_src, by_mt) - (floor - MIN_GAIN)))
    return out


def check_span_gain(scored: Sequence[tuple[Word, float]] | None) -> list[Finding]:
    """An addition (major) at the candidate with the largest gain over :data:`MIN_GAIN`."""
    best = max(scored or (), key=lambda s: s[1], default=None)
    if best is None or best[1] <= MIN_GAIN:
        return []
    w = best[0]
    return [
        added_word(
            (w.start, w.end),
            f"The translation adds {quote(w.surface)}, which nothing in the source says: "
            "without it the translation reads closer to the source and to a literal "
            "translation.",
        )
    ]
