"""English verbs for the Spanish verbs Apertium's dictionary does not know (docs/drift.md,
"Session 25 (drift30d)").

Apertium's Spanish → English dictionary lacks some verbs of the press ("oponerse",
"recortar", "elogiar", "vulnerar": :data:`aligner.lang.es_cues.UNKNOWN_VERBS`), and its
literal translation leaves them as written ("*opusieron"). The opposite readings compare
the translation with that MT word by word, so "Los sindicatos se opusieron a la
reforma" → "The unions supported the reform" had no MT word for "supported" to be
opposed to. :func:`filled` gives such an unknown MT word the English verb it renders, as
one more MT word for that reading only; the MT text itself is left as Apertium wrote it.

It also gives two words Apertium renders in a sense the source does not mean their other
reading (beside the word itself: "the last years" may still be read against "the first
years"): "antiguo" before a person is "former" ("el antiguo presidente" → MT "the ancient
president"), so that "the current president" reads against it; "últimos" before a plural
period is "recent" ("en las últimas semanas" → MT "in the last weeks" ↔ "in ancient
weeks").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift import mt_senses
from aligner.drift.person_gender import is_person
from aligner.drift.text import fold
from aligner.lang.es_cues import UNKNOWN_SUPERLATIVES, UNKNOWN_VERBS

# The rule is on by default; tests turn it off to see what it finds.
FILL = True
# Unknown absolute superlatives read as their base's adjective (docs/drift.md, "Session 27
# (drift32a)").
SUPERLATIVES = True
# The most letters a form may have after its stem ("opus|ieron", "desobedec|iendo").
_ENDING = 7
_STEMS = sorted(UNKNOWN_VERBS, key=len, reverse=True)


def english_verb(word: str) -> str | None:
    """The English verb a form of a listed Spanish verb renders, or None."""
    w = fold(word)
    for stem in _STEMS:
        rest = w[len(stem) :]
        if w.startswith(stem) and len(rest) <= _ENDING and rest.isalpha():
            return UNKNOWN_VERBS[stem]
    return None


_SUPERLATIVE = re.compile(r"(\w+?)isim(?:o|a|os|as)")


def english_adjective(word: str) -> str | None:
    """The English adjective an unknown absolute superlative's base renders ("bonitísima"
    → "beautiful": :data:`aligner.lang.es_cues.UNKNOWN_SUPERLATIVES`), or None."""
    m = _SUPERLATIVE.fullmatch(fold(word))
    return UNKNOWN_SUPERLATIVES.get(m.group(1)) if m else None


def filled(words: Sequence[str], unknown: Sequence[str]) -> dict[int, str]:
    """For each MT word Apertium left unknown that is a form of a listed verb, its index
    and the English verb; for "ancient" before a person, "former", and for "last" before
    a plural period, "recent" (none when the rule is off)."""
    if not FILL:
        return {}
    missing = {fold(u) for u in unknown}
    out = {}
    for i, w in enumerate(words):
        if fold(w) in missing:
            verb = english_verb(w) or (english_adjective(w) if SUPERLATIVES else None)
            if verb is not None:
                out[i] = verb
        elif i + 1 < len(words) and fold(w) in _SLIPS:
            reading, fits = _SLIPS[fold(w)]
            if fits(fold(words[i + 1])):
                out[i] = reading
    return out


def read_with(
    words: Sequence[str], unknown: Sequence[str], src_words: Sequence[str] = ()
) -> tuple[list[str], dict[str, str]]:
    """The MT's words with the readings :func:`filled` and :mod:`aligner.drift.mt_senses`
    (with the source's words) add after them, and each added reading's MT word (to
    report the word the MT wrote)."""
    gaps = mt_senses.readings(words, src_words) | filled(words, unknown)
    return [*words, *gaps.values()], {verb: words[i] for i, verb in gaps.items()}


def _person(word: str) -> bool:
    return is_person(word) or (word.endswith("s") and is_person(word[:-1]))


# Plural periods after "last": "las últimas semanas" (MT "the last weeks") are recent ones.
_PERIODS = frozenset("days weeks months years decades".split())
# Apertium's word for a sense the source does not mean, the other reading, and what the
# next word must be for it: "antiguo" before a person is "former" (MT "the ancient
# president"), "últimos" before a plural period "recent" (MT "the last weeks").
_SLIPS = {"ancient": ("former", _person), "last": ("recent", _PERIODS.__contains__)}
# "rebajar" (to lower, to cut a price or a forecast) comes out as "recess" in every form:
# "rebajó su previsión" → MT "recessed his forecast", so "raised its forecast" had nothing
# to be read against (session 29, lead).
_SLIPS |= {form: ("lower", lambda _next: True) for form in ("recess", "recesses", "recessed")}
