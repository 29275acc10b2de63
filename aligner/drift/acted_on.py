"""An opposite word that names what the other side's verb acts on (session 38, drift43c).

"Las medidas buscan contener la expansión de la epidemia" → MT "contain the expansion of
the epidemic" ↔ "The measures aim to slow the spread of the epidemic". The cue tables
pair "contain" with "spread" (a fire put out against a fire spreading), and the
translation has "spread" where the MT has "contain". But there "spread" is a noun, the
thing contained ("the spread of"), which renders the source's noun ("expansión",
"propagación", "avance"); the verb that acts on it ("contener" → "slow", "track",
"curb") is another word. A noun after a determiner with "of" after it, where the MT's
word is a verb with its object right after it, is no opposite act: the reversal check
(:func:`aligner.drift.antonyms.check_reversal`) stands down. "El incendio fue contenido"
→ "The fire spread" (a verb) is still a reversal, and so is "la caída de los precios" →
MT "the fall of the prices" ↔ "the rise of prices" (both nouns: the MT's word has no
object after it).
"""

from __future__ import annotations

from aligner.drift.signals import Reading, Side
from aligner.lang import profile


def acted_on(mt: Reading, mt_k: int, tgt: Side, k: int) -> bool:
    """Whether the translation's word at ``k`` is a noun of "the X of" while the MT's
    word at ``mt_k`` is a verb with a determiner right after it (its object)."""
    dets = profile("en").determiners
    noun = 0 < k < len(tgt.ws) - 1 and tgt.ws[k - 1].norm in dets and tgt.ws[k + 1].norm == "of"
    verb = mt_k + 1 < len(mt.ws) and mt.ws[mt_k + 1].norm in dets
    return noun and verb and not (mt_k and mt.ws[mt_k - 1].norm in dets)
