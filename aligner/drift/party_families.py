"""A speaker given another political family: "la portavoz socialista, Elena Marín" →
"the Popular Party spokeswoman, Elena Marín".

The speaker check compares names and roles; a party named by an adjective is neither,
and a party name the translation adds ("Popular Party") is not one the source lost. Both
mentions are read for the families of :data:`aligner.lang.es_cues.PARTY_FAMILIES` (and
its English mirror): when each names one and they share none, the statement is credited
to someone of another party. A mention naming no family, or one family on both sides
(whatever the words: "socialista" ↔ "Labour"), says nothing.
"""

from __future__ import annotations

import re
from functools import cache

from aligner.drift.word_labels import labels_in, word_table
from aligner.lang import en_cues, es_cues

_TABLES = {"en": en_cues.PARTY_FAMILIES, "es": es_cues.PARTY_FAMILIES}

# Off: the speaker check does not read political families.
PARTY_FAMILIES = True


@cache
def _word_families(lang: str) -> dict[str, frozenset[str]]:
    return word_table(_TABLES.get(lang, {}))


def families(mention: str, lang: str) -> frozenset[str]:
    """The political families a mention names by its words."""
    return labels_in(mention, _word_families(lang))


# How many words before a mention may describe the speaker ("la concejala ecologista
# Marta Gil": the mention is the name alone), up to a quotation mark or punctuation.
_BEFORE = 4
_STOPS = re.compile(r"[\"“”«»„,.;:!?()]")


def described(text: str, start: int, end: int) -> str:
    """A speaker's mention (``text[start:end]``) with the words right before it that
    may describe the speaker."""
    if start < 0:
        return ""
    before = _STOPS.split(text[:start])[-1].split()[-_BEFORE:]
    return " ".join([*before, text[start:end]])


def other_family(src_mention: str, src_lang: str, tgt_mention: str, tgt_lang: str) -> bool:
    """Whether both mentions name a political family and they share none."""
    if not PARTY_FAMILIES:
        return False
    mine, theirs = families(src_mention, src_lang), families(tgt_mention, tgt_lang)
    return bool(mine and theirs and not mine & theirs)
