"""A pole of an opposite pair that the translation says with a synonym the cue tables do
not list, so that its opposite word in the translation renders something else.

"reducirá los subsidios … encarecerá el boleto" (MT "will reduce the subsidies … will put
up the price of the ticket") → "will cut subsidies … will raise bus fares": the tables
pair "reduce" with "raise", and "cut" is not on the "reduce" side (it is also "cut off").
The translation keeps the decrease, by "cut", which shares a frequent WordNet sense with
"reduce"; its "raise" renders the MT's "put up the price", which no table lists. The
reversal check (:func:`aligner.drift.antonyms.check_reversal`) stands down then: an
antonym swap replaces the pole, it does not keep it by a synonym beside its opposite.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.signals import Side
from aligner.drift.synonyms import synsets
from aligner.drift.text import Tok

# Frequent senses only (as the antonym check's synonym route): rarer senses join words
# that news never uses for each other.
_RANK = 2


def pole_kept(said: str, mt_words: Sequence[str | Tok], tgt: Side, lo: int, hi: int) -> bool:
    """Whether the translation, outside its words ``lo:hi`` (the opposite pole), has as
    many words sharing a frequent WordNet sense with ``said`` (the MT's pole word, its
    first word of three letters or more) as the MT has: each of the MT's poles is kept
    ("los más grandes lagos … bastante grandes" → MT "big" twice ↔ "larger … small"
    keeps one of two, and "small" is a swap)."""
    head = next((w for w in said.lower().split() if len(w) > 2), None)
    own = synsets(head, _RANK) if head else frozenset()
    if not own:
        return False
    texts = [w if isinstance(w, str) else w.text for w in mt_words]
    in_mt = sum(1 for w in texts if len(w) > 2 and synsets(w.lower(), _RANK) & own)
    kept = sum(
        1
        for k, w in enumerate(tgt.ws)
        if not lo <= k < hi and len(w.norm) > 2 and not w.cap and synsets(w.norm, _RANK) & own
    )
    return kept >= max(in_mt, 1)
