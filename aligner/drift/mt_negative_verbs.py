"""A negative verb the source's lists do not know, read through its literal MT.

Each language lists the verbs that carry a negation ("negó", "failed"), and the lists
never agree word for word: Spanish "falló" is not on the Spanish list, English "failed" is
on the English one. So "El sistema no falló" → "The system failed" counts one negation on
each side and the lost "no" passes. Apertium renders "falló" as "failed": where every
negative verb of the translation is one the MT also reads (same English base form), the
MT's count of such verbs is the source's too. Only when the source's lists found no
negative verb of their own, so nothing is counted twice.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from aligner.drift.synonyms import bases


def _base_forms(ws: Any, cue: Any) -> frozenset[str]:
    word = ws[cue.start].norm
    return bases(word) | {word}


def read_by_mt(a: Any, b: Any, m: Any, mt_ws: Any, tgt_ws: Any) -> Any:
    """The source's polarity ``a`` with the negative verbs its MT reads (``m``, over
    ``mt_ws``) counted, when the translation's own (``b``, over ``tgt_ws``) are those."""
    if a is None or b is None or m is None or any(c.label == "verb" for c in a.cues):
        return a
    in_tgt = [c for c in b.cues if c.label == "verb"]
    in_mt = [c for c in m.cues if c.label == "verb"]
    if not in_tgt or len(in_mt) != len(in_tgt):
        return a
    mt_forms = [_base_forms(mt_ws, c) for c in in_mt]
    if not all(any(_base_forms(tgt_ws, c) & forms for forms in mt_forms) for c in in_tgt):
        return a
    return replace(a, count=a.count + len(in_mt))
