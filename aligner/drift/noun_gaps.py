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
as" cut); and (session 29, drift34b) a preposition that English never leaves as a
particle straight before another ("a point of for their group", "similar to in
neighbouring Austria"): the first one's object was cut; a preposition straight before
"such as" ("worked on such as Taxi"): the noun "such as" follows was cut; "including",
or a form of "be" after a noun, straight before "and"/"or" and a noun phrase
("including and the elderly", "the only ones are and mayflies"): the first member of the
pair was cut; and (session 35, drift40a) "by" after a passive straight before another
preposition ("is formally used by for this group"), and "of" before a focusing adverb
and a preposition ("a period of even in the absence of"): the object was cut. Apertium's tags
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


# Prepositions that are no adverbial particle: after a noun or an adjective, one of these
# straight before another preposition has lost its object. "in", "on", "by", "through",
# "along", "across" are particles too ("filled him in on", "got by on", "well along in"),
# and are left out.
_NO_PARTICLE = frozenset(
    "of to for from with at into onto during without per toward towards among between upon".split()
)
# What may follow a preposition in English: a bound on a figure ("of at least", "for over
# a year", "to about 40"), "of" closing a compound preposition ("out of"), "like" as an
# adjective ("of like minds"), and the second preposition of a place ("from behind").
_SECOND = frozenset(
    "at about over under around between below above up beyond past across near like of "
    "behind within inside outside beneath among"
    .split()
)  # fmt: skip


def preposition_pair(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """Two prepositions side by side, the first one's object gone ("a point of for their
    group", "similar to in neighbouring Austria"), or None.

    Not after a verb, a word the tagger does not know (it may be one) or a hyphen, where
    the first is a particle or a stranded preposition ("referred to in", "voted on in",
    "unlooked-for in"); not "to" before a verb (an infinitive: "went on to beat"); not a
    second word of :data:`_SECOND`; both lower case (a title: "in Beyond Nab End")."""
    for i in range(1, len(ws) - 1):
        a, b = ws[i], ws[i + 1]
        if a.tag != "pr" or b.tag != "pr" or a.surface not in _NO_PARTICLE:
            continue
        if b.surface in _SECOND or not b.surface.islower() or " " in b.surface:
            continue
        if b.start - a.end != 1:
            continue  # a mark between
        before = ws[i - 1]
        if before.tag.startswith(_VERB_TAGS) or before.tag in ("unk", "guio"):
            continue
        after = ws[i + 2] if i + 2 < len(ws) else None
        if b.surface == "to" and after is not None and after.tag.startswith(_VERB_TAGS):
            continue
        return a.start, b.end
    return None


_BE_FORMS = frozenset("is are was were be been being".split())


def agent_before_preposition(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """ "by" after a passive participle (a form of "be", adverbs, a participle), straight
    before another preposition: the agent is gone ("is formally used by for this group"),
    or None (session 35, drift40a). :func:`preposition_pair` leaves "by" alone as a
    particle ("got by on"); after a passive it is the agent's preposition. Not before a
    second word of :data:`_SECOND` or a phrase ("was stopped by in the afternoon")."""
    for i in range(2, len(ws) - 1):
        a, b = ws[i], ws[i + 1]
        if a.surface != "by" or b.tag != "pr" or b.surface in _SECOND:
            continue
        if not b.surface.islower() or " " in b.surface or b.start - a.end != 1:
            continue
        if not ws[i - 1].tag.startswith("vblex") or not ws[i - 1].tag.endswith((".ed", ".pp")):
            continue
        k = i - 2
        while k >= 0 and ws[k].tag == "adv":
            k -= 1
        if k >= 0 and ws[k].surface.lower() in _BE_FORMS:
            return a.start, b.end
    return None


# Adverbs that stand before a preposition's phrase to single it out ("even in the
# absence of", "especially for children"): after "of" they show its object gone.
_FOCUS = frozenset(
    "even also especially particularly mainly mostly largely primarily chiefly partly "
    "merely simply solely exclusively notably specifically".split()
)


def object_cut_before_focus(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """ "of", a focusing adverb and a preposition ("a period of even in the absence of"):
    the object of "of" is gone, or None (session 35, drift40a)."""
    for i in range(len(ws) - 2):
        a, adv, b = ws[i], ws[i + 1], ws[i + 2]
        if a.surface.lower() != "of" or adv.tag != "adv" or b.tag != "pr":
            continue
        if adv.surface.lower() not in _FOCUS or b.surface in _SECOND or " " in b.surface:
            continue
        return a.start, b.end
    return None


_BEFORE_SUCH_AS = _NO_PARTICLE | frozenset("in on by about over under through".split())


def preposition_before_such_as(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """A preposition (or its particle reading: Apertium tags "on" an adverb after a
    verb) straight before "such as", whose noun is gone ("worked on such as Taxi"), or
    None. English writes "such as" after a noun ("shows such as Taxi")."""
    for i in range(len(ws) - 1):
        a, b = ws[i], ws[i + 1]
        if a.surface in _BEFORE_SUCH_AS and b.surface == "such as" and b.start - a.end == 1:
            return a.start, b.end
    return None


_BE = frozenset("is are was were".split())
_MEMBERS = ("det", "n", "np", "num", "unk")


def member_cut_before_coordination(ws: Sequence[Tagged]) -> tuple[int, int] | None:
    """ "including", or a form of "be" after a noun or an adjective, straight before
    "and"/"or" and a determiner, a noun, a name, a figure or an unknown word ("including
    and the elderly", "the only ones that can fly are and mayflies"), or None: the
    pair's first member is gone. After a pronoun or a "wh-" word "be" may close a clause
    ("what it is and the reason why"), and is left alone."""
    for i in range(1, len(ws) - 2):
        a, conj, nxt = ws[i], ws[i + 1], ws[i + 2]
        if conj.surface not in ("and", "or") or conj.start - a.end != 1:
            continue
        if nxt.tag.split(".")[0] not in _MEMBERS:
            continue
        if a.surface == "including":
            return a.start, nxt.end
        if a.surface in _BE and ws[i - 1].tag.split(".")[0] in ("n", "adj"):
            return a.start, nxt.end
    return None


def spans(ws: Sequence[Tagged]) -> Iterator[tuple[int, int]]:
    """Each shape's span in one sentence's words (a question is never passed)."""
    for shape in (
        preposition_before_coordination,
        doubled_word,
        preposition_pair,
        preposition_before_such_as,
        member_cut_before_coordination,
        agent_before_preposition,
        object_cut_before_focus,
    ):
        span = shape(ws) if ws else None
        if span is not None:
            yield span
