"""A preposition's object cut before a coordination: "for and functionality", "with and
plums", "between and the rest of the team", "of or their recent travels" (docs/drift.md,
"Session 20, drift25c").

DEMETR-style removals of a noun (or a name) after a preposition leave the preposition
straight before "and" or "or", and the second member of the pair after it. English puts
a preposition there when two prepositions share one object ("before and after the
war", "for or against"), when the preposition is a verb's particle ("they moved in and
put up blinds", "the computer came along and changed…"), or in a set phrase ("by and
large", WordNet entries of their own); each is left alone. And a preposition or an
article written twice in a row ("the peace of of finding…", "packed with with…"): the
noun between was cut; and "as as" ("due as as 2011", session 22: the adverb of "as early
as" cut). Apertium's tags
(:mod:`pos_fluency`); English targets only; questions are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from aligner.drift.lexical_diff import synsets
from aligner.drift.pos_fluency import Tagged

_VERB_TAGS = ("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo")
# What may follow "and"/"or" after a preposition that shares its object with another
# ("before and after", "in and out", "up and running") or ends a clause.
_NOT_MEMBERS = frozenset("pr adv preadv cnjcoo cnjsub cm sent rel".split())


def preposition_before_coordination(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """The span from a preposition to the word after the "and" or "or" straight after
    it, when that word opens a noun phrase rather than a second preposition, or None."""
    for i in range(len(ws) - 2):
        prep, conj, nxt = ws[i], ws[i + 1], ws[i + 2]
        if prep.tag != "pr" or " " in prep.surface or not prep.surface.islower():
            continue
        if conj.surface not in ("and", "or") or nxt.tag in _NOT_MEMBERS:
            continue
        if not nxt.surface[:1].isalnum():
            continue
        if i and ws[i - 1].tag.startswith(_VERB_TAGS):
            continue  # a particle: "moved in and put up blinds"
        if synsets(f"{prep.surface} {conj.surface} {nxt.surface.lower()}"):
            continue  # "by and large"
        return prep.start, nxt.end
    return None


_DOUBLED = frozenset("of in to for on at with by from the a an as".split())
# Those that may end a phrasal verb before the same word as a preposition.
_PARTICLES = frozenset("in on to by".split())


def doubled_word(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A preposition or an article written twice in a row ("the peace of of finding",
    "packed with with 50% tourists"): the noun between them was cut. Not "in", "on",
    "to" or "by" after a verb, whose particle may meet a preposition ("reined in in front
    of…")."""
    for i in range(len(ws) - 1):
        a, b = ws[i], ws[i + 1]
        if a.surface.lower() not in _DOUBLED or b.surface.lower() != a.surface.lower():
            continue
        if b.start - a.end != 1:
            continue  # a mark between: "a contraction of `of the clock'"
        if i and a.surface.lower() in _PARTICLES and ws[i - 1].tag.startswith(_VERB_TAGS):
            continue
        return a.start, b.end
    return None


def spans(ws: Sequence[Tagged]) -> Iterator[tuple[int, int]]:
    """Each shape's span in one sentence's words (a question is never passed)."""
    for shape in (preposition_before_coordination, doubled_word):
        span = shape(ws) if ws else None
        if span is not None:
            yield span
