"""One negation on one side rendered by the opposite word on the other ("no está claro"
→ MT "is not clear" ↔ "is unclear"): not a lost or added negation (moved out of
:mod:`aligner.drift.antonyms` in session 25, drift30c, which added the MT with words
left untranslated; docs/drift.md).
"""

from __future__ import annotations

from aligner.drift.antonyms import _table, lemmas
from aligner.drift.signals import Reading, Side, _kept, polarity

# Words between a negation and the word it negates ("is not clearly established").
_AUXILIARIES = frozenset(
    "be been being is are was were am have has had do does did will would can could may "
    "might shall should must get got become became remain remains remained seem seems "
    "seemed yet always very so too".split()
)
# Endings of a verb's participle ("not destroyed" is no "created"): on an MT with words
# left untranslated only the opposites of qualities are read ("not near" ↔ "far").
_VERB_FORMS = ("ed", "ing")


def _negated_opposite(
    neg: Side | Reading, cues, other: Side | Reading, qualities: bool = False
) -> bool:
    """Whether a word the negation governs (the first two after it, auxiliaries skipped)
    has its WordNet antonym in ``other`` (and not in ``neg``), which lacks the word;
    ``qualities``: only the first word, one that WordNet has as an adjective or adverb,
    no participle."""
    from aligner.drift.lexical_diff import wordnet_parts

    opposite, _ = _table()
    theirs: set[str] = set()
    for t in other.ws:
        if t.word:
            theirs |= lemmas(t.text)
    # An antonym both sides use renders something else ("not large enough … smaller
    # boats" against MT "big … smaller boats").
    for t in neg.ws:
        if t.word:
            theirs -= lemmas(t.text)
    for cue in cues:
        after = [t for t in neg.ws[cue.end : cue.end + 4] if t.word and t.norm not in _AUXILIARIES]
        # On such an MT only the word right after ("do not work are less" ↔ "more").
        for t in after[: 1 if qualities else 2]:
            if qualities and (
                t.norm.endswith(_VERB_FORMS) or not {"adj", "adv"} & set(wordnet_parts(t.norm))
            ):
                continue
            # an adverb by its adjective ("not clearly established" ↔ "unclear")
            mine = lemmas(t.text) | (lemmas(t.text[:-2]) if t.norm.endswith("ly") else set())
            if not mine & theirs and any(opposite.get(m, frozenset()) & theirs for m in mine):
                return True
    return False


def negation_as_opposite(
    mt_pol, mt: Reading | None, tgt_pol, tgt: Side, raw: Reading | None = None, src_pol=None
) -> bool:
    """One negation on one side rendered by the opposite word on the other, read in
    English on both sides (the source's MT and the translation): "no está claro" → MT
    "is not clear" ↔ "is unclear", "no es peligroso" ↔ "is safe", "no son graves" → MT
    "are not severe" ↔ "are mild". Not a lost or added negation, so not reported.

    ``raw``: the MT even when some words stayed untranslated (``mt`` is then None), as
    the French a proxy's first leg leaves ("muy lejos de las regiones … *infectée" → MT
    "very far from the regions" ↔ "nowhere near affected areas"): an untranslated word
    is no English antonym, but it may be a verb the lists do not read, so only the
    opposites of qualities count there; ``src_pol`` (the source's polarity) vouches that
    the MT kept the source's negative verbs."""
    qualities = mt is None and raw is not None
    if qualities:
        mt, mt_pol = raw, _kept(src_pol, polarity(raw.ws, raw.text, "en"))
    if mt is None or mt_pol is None or tgt_pol is None or tgt.lang != "en":
        return False
    if mt_pol.count == 1 and tgt_pol.count == 0:
        return _negated_opposite(mt, mt_pol.cues, tgt, qualities)
    if tgt_pol.count == 1 and mt_pol.count == 0:
        return _negated_opposite(tgt, tgt_pol.cues, mt, qualities)
    return False
