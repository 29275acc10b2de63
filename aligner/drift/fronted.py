"""A part fronted before a sentence's verb, which a comma closes (session 32, drift37c).

"If you have a fever, stay at home", "Before eating, wash your hands", "Above all, keep
calm": an instruction is as often given after such a part as at the sentence's start.
Two readers read instructions by the sentence's first word: the duty a Spanish "hay que"
states and an English imperative renders (:mod:`aligner.drift.imperative_duties`), and
the tagger's noun read as the verb it also is before an object ("wear a mask", "call the
doctor": :func:`aligner.drift.pos_fluency.verb_readings`), which otherwise is a break.
Both now also read the word after the comma that closes a fronted part.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import _index, _line, wordnet_parts

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


def fronted_comma(words: Sequence, k: int, starts: frozenset[str]) -> bool:
    """Whether the comma at ``k`` of tagged words (``surface``, ``tag``) closes a part
    fronted before its sentence's verb: the first comma of a sentence (opening after a
    word tagged with one of ``starts``, or the text's start) that opens on a
    :func:`fronted_opener`, at most :data:`FRONT_REACH` words before it."""
    j = k - 1
    while j >= 0 and words[j].tag not in starts and words[j].surface != ",":
        j -= 1
    if j >= 0 and words[j].surface == ",":
        return False
    return 0 < k - (j + 1) <= FRONT_REACH and fronted_opener(words[j + 1].surface)


def verb_after_fronted(words: Sequence, k: int, starts: frozenset[str]) -> bool:
    """Whether the word at ``k``, after a comma that closes a fronted part
    (:func:`fronted_comma`), may be an instruction's verb: not a word WordNet's tagged
    senses read mostly as a noun ("After the war, people the country" is a subject whose
    verb was lost)."""
    return (
        k > 0
        and words[k - 1].surface == ","
        and fronted_comma(words, k - 1, starts)
        and not mostly_noun(words[k].surface.lower())
    )


def _tagged_senses(word: str, part: str) -> int:
    """How often WordNet's sense-tagged corpus saw the word in that part of speech
    (the index line's ``tagsense_cnt``), 0 when WordNet does not list it so."""
    data = _index(part)
    line = data and _line(data, word.encode("utf-8"))
    if not line:
        return 0
    fields = line.decode("utf-8").split()
    pointers = int(fields[3])
    return int(fields[5 + pointers])


def mostly_noun(word: str) -> bool:
    """A word read as a noun more than twice as often as a verb ("school", "phase",
    "impact"): the noun subject of a sentence ("School closures puts a strain…"), not an
    instruction ("Design", "Use", "Wash" pass)."""
    return _tagged_senses(word, "noun") > 2 * _tagged_senses(word, "verb")
