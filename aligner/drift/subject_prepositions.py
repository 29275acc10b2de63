"""A subject pronoun straight before a preposition: the verb between them was cut
("where I in France", "During the 1980s he on shows such as…") (docs/drift.md,
"Session 19, drift24d").

Session 17's shape (:mod:`stranded`) reads a subject pronoun before a determiner, "that"
or "to"; a preposition after it is English only as an aside ("he in turn", "they at
first", "I for one": WordNet entries of their own, left alone), or where the pronoun is
no subject of its own (after a preposition, a conjunction, "than", "as", or an
auxiliary that inverted it in a question: "how close are we to town?"; questions are
left alone by :mod:`stranded`). Tokens only (no MT, no tagger).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import synsets
from aligner.drift.text import Tok

_SUBJECTS = frozenset("i he she we they".split())
_PREPOSITIONS = frozenset("in on at from with into of by for".split())
# Words after which the pronoun is no subject with a verb of its own to lose.
_BEFORE = _PREPOSITIONS | frozenset(
    """to and or nor than as but like is are was were am has have had do does did can
    could will would should must may might shall""".split()
)


def subject_preposition(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the preposition straight after a subject pronoun at ``i``, or None."""
    if toks[i].norm not in _SUBJECTS or i + 2 >= len(toks):
        return None
    prep, nxt = toks[i + 1], toks[i + 2]
    if prep.norm not in _PREPOSITIONS or not prep.text.islower():
        return None
    if i and toks[i - 1].norm in _BEFORE:
        return None
    if synsets(f"{prep.norm} {nxt.norm}"):  # "in turn", "at first", "for one"
        return None
    return i + 1
