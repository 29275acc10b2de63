"""A part fronted before a sentence's verb, which a comma closes (session 32, drift37c).

"If you have a fever, stay at home", "Before eating, wash your hands", "Above all, keep
calm": an instruction is as often given after such a part as at the sentence's start.
The duty a Spanish "hay que" states and an English imperative renders
(:mod:`aligner.drift.imperative_duties`) was read at the sentence's first word only; it
now also reads the word after the comma that closes a fronted part. (The tagger's noun
there before an object, "wear a mask", read as the verb it also is, was tried and
dropped: docs/drift.md, "Session 32 (drift37c)".)
"""

from __future__ import annotations

from aligner.drift.lexical_diff import wordnet_parts

# Words opening a part fronted before a sentence's verb, which a comma closes ("If
# you have a fever, stay at home", "Before eating, wash your hands", "Above all, keep
# calm", "In case of fever, call"): subordinators, prepositions and sentence adverbs.
FRONTED = frozenset(
    "if when whenever while before after once until unless whether wherever where as "
    "since though although to in on at for during above first firstly second secondly "
    "then next finally lastly also besides again otherwise meanwhile instead however "
    "upon with without from by regardless especially ideally".split()
)
# How many words a fronted part may have.
FRONT_REACH = 12


def fronted_opener(word: str) -> bool:
    """A word that opens a part fronted before a sentence's verb: one of
    :data:`FRONTED` or a WordNet "-ly" adverb ("Ideally, …")."""
    word = word.lower()
    return word in FRONTED or (word.endswith("ly") and "adv" in wordnet_parts(word))
