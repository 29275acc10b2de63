"""English verbs for the Spanish verbs Apertium's dictionary does not know (docs/drift.md,
"Session 25 (drift30d)").

Apertium's Spanish → English dictionary lacks some verbs of the press ("oponerse",
"recortar", "elogiar", "vulnerar": :data:`aligner.lang.es_cues.UNKNOWN_VERBS`), and its
literal translation leaves them as written ("*opusieron"). The opposite readings compare
the translation with that MT word by word, so "Los sindicatos se opusieron a la
reforma" → "The unions supported the reform" had no MT word for "supported" to be
opposed to. :func:`filled` gives such an unknown MT word the English verb it renders, for
those readings only; the MT text itself is left as Apertium wrote it.

It also gives one word Apertium renders in a sense the source does not mean its other
reading: "antiguo" before a person is "former" ("el antiguo presidente" → MT "the ancient
president"), so that "the current president" reads against it.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.person_gender import is_person
from aligner.drift.text import fold
from aligner.lang.es_cues import UNKNOWN_VERBS

# The rule is on by default; tests turn it off to see what it finds.
FILL = True
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


def filled(words: Sequence[str], unknown: Sequence[str]) -> dict[int, str]:
    """For each MT word Apertium left unknown that is a form of a listed verb, its index
    and the English verb; for "ancient" before a person, "former" (none when the rule
    is off)."""
    if not FILL:
        return {}
    missing = {fold(u) for u in unknown}
    out = {}
    for i, w in enumerate(words):
        if fold(w) in missing:
            verb = english_verb(w)
            if verb is not None:
                out[i] = verb
        elif fold(w) == "ancient" and i + 1 < len(words) and _person(words[i + 1]):
            out[i] = "former"
    return out


def _person(word: str) -> bool:
    w = fold(word)
    return is_person(w) or (w.endswith("s") and is_person(w[:-1]))
