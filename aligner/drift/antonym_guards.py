"""Two readings of an opposite that say the same thing (session 29, drift34c), for the
WordNet reversal check (:mod:`aligner.drift.antonyms`):

* *a negation at one of the two words only*: "el personal no esencial" → MT "the no
  essential personnel" ↔ "the nonessential staff", "no es todavía bien conocida" → MT
  "is not still well known" ↔ "is still unknown". The reversal check leaves an antonym
  with a negation on one side to the polarity check when the sentence's negations are of
  odd parity; another negation elsewhere ("… and some have ceased operations") makes the
  parity even, and the negated word and its antonym were read as a reversal. Here the
  negation is read at the words themselves (two words before each at most).
* *"any" after a word of scarcity*: "Hay pocas pruebas que permitan sacar conclusiones"
  → "Little evidence exists to allow any conclusions". "any" there is what English puts
  under "little", "few", "hardly" or a negation (a negative-polarity item), not the
  opposite of the MT's "few".
* *a preposition against an adjective* (session 30, drift35c): "conocida bajo el nombre
  de educación superior" → MT "known under the name of upper education" ↔ "known as
  higher education". WordNet has "under" as an adjective too (a satellite of "low"), but
  before a determiner the MT's word is a preposition, no quality the translation's
  adjective before its noun could turn round. Where the translation's word stands before
  a determiner too ("above the average" ↔ "below the average") it is still read.
* *"left" of a state* (session 38, drift43b): "quedaron inhabitables" → "were left
  uninhabitable", MT "remained uninhabitable". "leave" is opposed to "stay" and "remain"
  (a place left or kept), but "left" after "be" or "get", or before an adjective or a
  participle, says a state the thing remains in: not read.
"""

from __future__ import annotations

from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.privative import privatives
from aligner.drift.signals import Reading, Side, polarity
from aligner.lang import profile

# How far before a word a negation governs it ("did not really accept").
_REACH = 2


def _negated(ws, text: str, k: int) -> bool:
    pol = polarity(ws, text, "en")
    return pol is not None and any(c.end <= k <= c.end + _REACH for c in pol.cues)


def negated_once(mt: Reading, tgt: Side, k: int, said: str) -> bool:
    """Whether a negation governs the translation's word ``k`` or every one of the MT's
    ``said`` words, but not both."""
    at = [i for i, t in enumerate(mt.ws) if t.text == said]
    if not at:
        return False
    in_mt = all(_negated(mt.ws, mt.text, i) for i in at)
    return in_mt != _negated(tgt.ws, tgt.text, k)


def scarce_any(tgt: Side, k: int) -> bool:
    """Whether the translation's word ``k`` is "any" after a privative or a negation of
    its sentence ("little evidence … any", "without any", "not … any")."""
    if tgt.ws[k].norm != "any":
        return False
    start = max((i + 1 for i in range(k) if tgt.ws[i].text in ".!?;"), default=0)
    before = [a for a, _ in privatives(tgt.ws, "en") if start <= a < k]
    # "little" of an amount is no privative of the lists ("a little" is "some").
    before += [
        i for i in range(start, k) if tgt.ws[i].norm == "little" and tgt.ws[i - 1].norm != "a"
    ]
    pol = polarity(tgt.ws, tgt.text, "en")
    negations = [c.start for c in pol.cues if start <= c.start < k] if pol else []
    return bool(before or negations)


# English words that are prepositions before a determiner and adjectives or adverbs
# elsewhere ("under the name" ↔ "the under side").
_PREPOSITIONS = frozenset(
    "under over above below up down off out in on inside outside behind past near "
    "beyond beneath underneath".split()
)


def preposition_only(mt: Reading, tgt: Side, k: int, said: str) -> bool:
    """Whether every one of the MT's ``said`` words is a preposition before a determiner
    while the translation's word ``k`` is not before one."""
    if said.lower() not in _PREPOSITIONS:
        return False
    determiners = profile("en").determiners
    at = [i for i, t in enumerate(mt.ws) if t.text == said]
    if not at or (k + 1 < len(tgt.ws) and tgt.ws[k + 1].norm in determiners):
        return False
    return all(i + 1 < len(mt.ws) and mt.ws[i + 1].norm in determiners for i in at)


def degree_little(mt: Reading, said: str) -> bool:
    """Whether every one of the MT's ``said`` words is "little" before a word WordNet
    knows as an adjective or an adverb (Apertium's "poco frecuente": a degree)."""
    if said.lower() != "little":
        return False
    at = [i for i, t in enumerate(mt.ws) if t.text == said]
    return bool(at) and all(
        i + 1 < len(mt.ws) and {"adj", "adv"} & set(wordnet_parts(mt.ws[i + 1].norm)) for i in at
    )


_LEAVE = frozenset("leave leaves leaving left".split())
_BE = frozenset("be is are was were been being get gets got gotten getting".split())


# Before "left" at a clause's end, words of what remains: "nothing left", "little time left".
_REMAINING = frozenset("nothing little much none anything time money room".split())


def _state_left(ws, i: int) -> bool:
    if ws[i].norm not in _LEAVE:
        return False
    if _remaining_left(ws, i):
        return True
    if i and ws[i - 1].norm in _BE:
        return True
    nxt = ws[i + 1].norm if i + 1 < len(ws) else ""
    parts = wordnet_parts(nxt) if nxt else ()
    return nxt.endswith("ed") or ("adj" in parts and "n" not in parts)


def _remaining_left(ws, i: int) -> bool:
    """ "three stages left", "two games left": what remains, said by "left" after its
    noun at a clause's end (a comma or the sentence's end right after it), not a
    departure ("the minister left the government")."""
    if ws[i].norm != "left" or not i:
        return False
    clause_end = i + 1 == len(ws) or ws[i + 1].start - ws[i].end > 1
    before = ws[i - 1]
    return (
        clause_end and not before.cap and (before.norm.endswith("s") or before.norm in _REMAINING)
    )


def state_left(mt: Reading, tgt: Side, k: int, said: str) -> bool:
    """Whether the translation's word ``k`` or one of the MT's ``said`` words is "left"
    of a state ("were left uninhabitable", "left homeless"), no place left; or the MT's
    "during" is rendered as a span all the same (:func:`_during_rendered`)."""
    at = [i for i, t in enumerate(mt.ws) if t.text == said]
    return (
        _state_left(tgt.ws, k)
        or any(_state_left(mt.ws, i) for i in at)
        or _during_rendered(mt, tgt, at)
    )


# "durante siglos" → MT "during centuries", rendered "for centuries": the span is kept,
# so a "before" elsewhere in the translation ("before our eyes") is no time reversed.
_SPAN_WORDS = frozenset("for over throughout through in".split())


def _during_rendered(mt: Reading, tgt: Side, at: list[int]) -> bool:
    after = {mt.ws[i + 1].norm for i in at if mt.ws[i].norm == "during" and i + 1 < len(mt.ws)}
    ws = tgt.ws
    return any(ws[j].norm in _SPAN_WORDS and ws[j + 1].norm in after for j in range(len(ws) - 1))
