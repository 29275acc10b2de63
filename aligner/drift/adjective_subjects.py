"""A subject's noun cut at the sentence's start, leaving its adjective alone before the
verb: "Virtual often function as…", "Handmade can be classified…", "Adverse is a
general term…" (docs/drift.md, "Session 21, drift26d").

:mod:`lost_subjects` reads an adjective left alone after a determiner or a comma ("the
global would"); this module reads one that opens the sentence. The adjective must be one
WordNet knows only as an adjective (not "Good", "Poor", "French", which English also
uses as nouns), and what follows must be an auxiliary or a modal, or adverbs of
frequency and then a verb ("Virtual often function"): a noun the tagger misreads as a
verb ("Blatant disregard of…", "Harsh irritating smoke filled…") is not read after the
adjective alone. Apertium's English tags; English targets only; a shape of
:mod:`subjectless`, which leaves questions alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.pos_fluency import Tagged
from aligner.drift.verb_gaps import verb_form

_FREQUENCY = frozenset(
    """often usually generally also still always never sometimes rarely frequently
    typically mostly""".split()
)
_AUXILIARY_TAGS = ("vbser", "vbhaver", "vbmod", "vaux")


def adjective_subject(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """The span from a sentence-opening adjective (and nothing else in WordNet) to the
    auxiliary, or the verb after adverbs of frequency, that follows it; or None."""
    if len(ws) < 4 or ws[0].tag != "adj":
        return None
    if wordnet_parts(ws[0].surface.lower()) != ("adj",):
        return None
    k = 1
    while k < len(ws) and ws[k].surface.lower() in _FREQUENCY:
        k += 1
    if k >= len(ws):
        return None
    verb, word = ws[k], ws[k].surface.lower()
    if verb.tag.startswith(_AUXILIARY_TAGS):
        return ws[0].start, verb.end
    if k > 1 and (verb.tag.startswith("vblex") or (word.isalpha() and verb_form(word))):
        return ws[0].start, verb.end
    return None
