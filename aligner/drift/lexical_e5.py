"""e5 evidence for the word-by-word judge: what undoing a candidate does to the pair.

A candidate of :mod:`aligner.drift.lexical_judge` is *undone* on the side it changed:

* **replaced**: the translation's word put back as the source word's first dictionary
  translation ("found" → "discovered" for "descubierto");
* **added**: the word deleted from the translation;
* **removed**: the word deleted from the source.

Two numbers per candidate, from the e5 vectors of the texts before and after:

* ``e5_gain``: cosine(source, translation) after minus before. Undoing a real error
  makes the two sides closer; undoing a paraphrase changes them by about nothing
  (docs/drift.md, session 9: single-feature AUC 0.68–0.74 on demetr-fr>es);
* ``e5_shift``: 1 − cosine of the changed side with its undone version (how much the
  word weighs in its sentence).

The texts of a whole batch are gathered first (:func:`texts_to_embed`) so that the
caller embeds them with everything else in one model call (the embedder's cache keys
them by content); :func:`with_e5` then fills the two features in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np

from aligner.drift.lexical_diff import Word
from aligner.drift.lexical_judge import FEATURES, Candidate

GAIN = FEATURES.index("e5_gain")
SHIFT = FEATURES.index("e5_shift")


def _spliced(text: str, w: Word, new: str) -> str | None:
    """The text with the word's characters replaced by ``new`` (spaces tidied)."""
    if w.start < 0 or w.end <= w.start:
        return None
    return " ".join((text[: w.start] + new + text[w.end :]).split())


def undone(src: str, tgt: str, c: Candidate) -> tuple[str, str] | None:
    """The pair with this candidate undone, or None when its word has no place in the
    text (or a replaced source word has no dictionary translation)."""
    if c.kind == "removed" and c.src is not None:
        s = _spliced(src, c.src, "")
        return (s, tgt) if s else None
    if c.kind == "added" and c.tgt is not None:
        t = _spliced(tgt, c.tgt, "")
        return (src, t) if t else None
    if c.kind == "replaced" and c.src is not None and c.tgt is not None:
        first = min((t for t in c.src.trans if t), default="")
        t = _spliced(tgt, c.tgt, first) if first else None
        return (src, t) if t else None
    return None


def texts_to_embed(src: str, tgt: str, cands: Sequence[Candidate]) -> list[str]:
    """Every text :func:`with_e5` needs for one pair (the pair itself included)."""
    out = [src, tgt]
    for c in cands:
        pair = undone(src, tgt, c)
        if pair is not None:
            out += pair
    return [t for t in dict.fromkeys(out) if t.strip()]


def _cos(vecs: Mapping[str, np.ndarray], a: str, b: str) -> float:
    return float(np.dot(vecs[a], vecs[b]))  # e5 rows are L2-normalised


def with_e5(
    src: str, tgt: str, cands: Sequence[Candidate], vecs: Mapping[str, np.ndarray]
) -> list[Candidate]:
    """The candidates with ``e5_gain`` and ``e5_shift`` filled in (0 where a text has no
    vector or the candidate cannot be undone)."""
    if src not in vecs or tgt not in vecs:
        return list(cands)
    before = _cos(vecs, src, tgt)
    out = []
    for c in cands:
        pair = undone(src, tgt, c)
        if pair is None or pair[0] not in vecs or pair[1] not in vecs:
            out.append(c)
            continue
        gain = _cos(vecs, *pair) - before
        changed = (src, pair[0]) if c.kind == "removed" else (tgt, pair[1])
        x = list(c.x)
        x[GAIN], x[SHIFT] = gain, 1.0 - _cos(vecs, *changed)
        out.append(replace(c, x=tuple(x)))
    return out
