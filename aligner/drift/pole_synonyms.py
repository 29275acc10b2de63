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

from aligner.drift.signals import Reading, Side, find_cues
from aligner.drift.synonyms import synsets

# A table of opposite cue phrases: (phrase, side) pairs (antonyms._antonym_cues).
CueTable = tuple[tuple[str, str], ...]

# Frequent senses only (as the antonym check's synonym route): rarer senses join words
# that news never uses for each other.
_RANK = 2


def pole_kept(
    said: str, mt: Reading, tgt: Side, lo: int, hi: int, tables: Sequence[CueTable] = ()
) -> bool:
    """Whether the MT's pole word ``said`` is kept beside the translation's opposite word
    (its words ``lo:hi``): by synonyms (:func:`_kept_by_synonyms`), or, given the cue
    ``tables`` of opposites, because the translation's word is on a side of a table the MT
    uses as often ("atribuyó la caída al aumento" → MT "the fall to the increase" ↔ "the
    drop to stepped-up enforcement": "drop" renders "fall", whatever "increase" became)."""
    return (
        _kept_by_synonyms(said, mt, tgt, lo, hi)
        or _kept_by_extent(said, tgt, lo, hi)
        or any(_side_kept(mt, tgt, lo, table) for table in tables)
    )


def _kept_by_extent(said: str, tgt: Side, lo: int, hi: int) -> bool:
    """Whether the translation, outside its words ``lo:hi``, says the MT's pole by an
    adjective of extent in "-wide" on its stem (session 38, drift43c): "cierres
    nacionales" → MT "national closings" ↔ "nationwide closures", which WordNet does not
    join to "national"; the translation's "local" (for "regionales") or "worldwide" (for
    "del mundo") beside it then renders another word, no opposite of "national"."""
    head = said.lower().split()[0] if said.strip() else ""
    return any(
        len(w.norm) > 7
        and w.norm.endswith("wide")
        and head.startswith(w.norm[:-4])
        and not lo <= k < hi
        for k, w in enumerate(tgt.ws)
    )


def _side_kept(mt: Reading, tgt: Side, k: int, table: CueTable) -> bool:
    """Whether the translation's word at ``k`` is on a side of ``table`` that the MT uses
    as often, with the MT's nearest word of the table on that side (by relative place:
    "the fall to the increase" ↔ "the rise to stepped-up enforcement" is a swap)."""
    found = find_cues(tgt.ws, table)
    label = next((c.label for c in found if c.start <= k < c.end), None)
    in_mt = find_cues(mt.ws, table)
    if label is None or sum(c.label == label for c in in_mt) < sum(c.label == label for c in found):
        return False
    place = k / max(len(tgt.ws), 1)
    nearest = min(in_mt, key=lambda c: abs(c.start / max(len(mt.ws), 1) - place))
    return nearest.label == label


def _kept_by_synonyms(said: str, mt: Reading, tgt: Side, lo: int, hi: int) -> bool:
    """Whether the translation, outside its words ``lo:hi``, has as many words sharing a
    frequent WordNet sense with ``said`` (its first word of three letters or more) as the
    MT has: each of the MT's poles is kept ("los más grandes lagos … bastante grandes" →
    MT "big" twice ↔ "larger … small" keeps one of two, and "small" is a swap)."""
    head = next((w for w in said.lower().split() if len(w) > 2), None)
    own = synsets(head, _RANK) if head else frozenset()
    if not own:
        return False
    in_mt = sum(1 for w in mt.ws if len(w.norm) > 2 and synsets(w.norm, _RANK) & own)
    kept = sum(
        1
        for k, w in enumerate(tgt.ws)
        if not lo <= k < hi and len(w.norm) > 2 and not w.cap and synsets(w.norm, _RANK) & own
    )
    return kept >= max(in_mt, 1)
