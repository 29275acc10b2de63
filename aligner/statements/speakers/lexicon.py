"""The per-language lists the matchers need (reporting verbs, complementizers, pronouns,
titles, determiners, "according to" and backward cues, role nouns) as a cached
:class:`Lexicon`, read from :mod:`aligner.lang`. Role nouns map to language-neutral
role classes, so "canciller", "Foreign Minister" and "chef de la diplomatie" all mean
``foreign_minister``; :func:`implied` widens a class to the broader ones it implies (a
foreign minister is a diplomat), which is how "the Venezuelan diplomat" finds Foreign
Minister Gil.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from aligner.lang import profile
from aligner.statements.speakers.tokens import _norm, tokenize

# A role class implies broader ones: whoever is foreign minister is also a minister,
# a diplomat and an official, so any of those nouns can point back to them.
_IMPLIES: dict[str, tuple[str, ...]] = {
    "president": ("head_of_state", "leader", "official", "head"),
    "head_of_state": ("leader", "official", "head"),
    "monarch": ("head_of_state", "leader", "head"),
    "prime_minister": ("head_of_government", "leader", "official", "head"),
    "head_of_government": ("leader", "official", "head"),
    "deputy_prime_minister": ("minister", "official"),
    "vice_president": ("official",),
    "foreign_minister": ("minister", "diplomat", "official"),
    "defense_minister": ("minister", "official"),
    "finance_minister": ("minister", "official"),
    "minister": ("official",),
    "ambassador": ("diplomat", "official"),
    "spokesperson": ("official",),
    "governor": ("official", "leader"),
    "mayor": ("official", "leader"),
    "secretary_general": ("official", "leader", "head"),
    "prosecutor": ("official",),
    "leader": ("head",),
    "opposition_leader": ("leader", "lawmaker", "head"),
    "police": ("official", "head"),
    "executive": ("head", "director"),
    "director": ("head",),
}


_BODIES = frozenset({"institution", "body"})


def implied(classes: set[str] | frozenset[str]) -> set[str]:
    out = set(classes)
    for cls in classes:
        out.update(_IMPLIES.get(cls, ()))
    return out


@dataclass(frozen=True)
class Lexicon:
    verbs: frozenset[str]
    bare_verbs: frozenset[str]
    object_verbs: frozenset[str]
    addressee_verbs: frozenset[str]  # "told": what follows is addressed, never a subject
    comps: frozenset[str]
    starters: frozenset[str]
    finite: frozenset[str]
    past_endings: tuple[str, ...]
    subordinators: frozenset[str]
    pronouns: frozenset[str]
    titles: frozenset[str]
    relatives: frozenset[str]
    dets: frozenset[str]
    particles: frozenset[str]
    conjunctions: frozenset[str]
    indefinites: frozenset[str]
    stop: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    backward: tuple[tuple[str, ...], ...]
    roles: dict[tuple[str, ...], frozenset[str]]
    role_parts: frozenset[str]
    null_subject: bool
    double_surnames: bool
    adjectives_follow: bool
    body_joins: frozenset[str]  # "y", "ante", "for": inside a body's name
    body_heads: frozenset[str]  # role nouns of bodies and other heads of bodies' names
    body_of: frozenset[str]  # "of" after a body's noun ("the Bank of Spain")


def _seq(text: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(text, 0, len(text)))


# A weekday is no name ("Pilar Sandoval, mayor of Los Alcázares, on Sunday asked…": the
# mayor was taken for someone called Sunday). Not the months: "May", "August" are names.
_WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
    donnerstag freitag samstag sonntag""".split()
)


@cache
def lexicon(lang: str) -> Lexicon:
    """The language's lists in the shapes the matchers need (cached per language)."""
    prof = profile(lang)
    stop = frozenset(_norm(w) for w in prof.stopwords) | _WEEKDAYS
    dets = frozenset(_norm(w) for w in prof.determiners)
    roles: dict[tuple[str, ...], frozenset[str]] = {}
    for noun, classes in prof.role_nouns:
        key = _content_parts(_seq(noun), stop | dets)
        if key:
            roles[key] = roles.get(key, frozenset()) | frozenset(classes.split("|"))
    return Lexicon(
        verbs=frozenset(_norm(w) for w in prof.reporting_verbs),
        bare_verbs=frozenset(_norm(w) for w in prof.bare_clause_verbs),
        object_verbs=frozenset(_norm(w) for w in prof.object_clause_verbs),
        # Only where the person spoken to is a bare object ("told Lavrov"): a language
        # that marks it ("dijo a Lavrov") inverts subjects after the same verbs.
        addressee_verbs=frozenset()
        if prof.addressee_marks
        else frozenset(_norm(w) for w in prof.addressee_verbs),
        comps=frozenset(_norm(w) for w in prof.complementizers),
        starters=frozenset(_norm(w) for w in prof.clause_starters),
        finite=frozenset(_norm(w) for w in prof.finite_auxiliaries),
        past_endings=prof.past_endings,
        subordinators=frozenset(_norm(w) for w in prof.subordinators),
        pronouns=frozenset(_norm(w) for w in prof.pronouns),
        titles=frozenset(_norm(w) for w in prof.titles),
        relatives=frozenset(_norm(w) for w in prof.relatives),
        dets=dets,
        particles=frozenset(_norm(w) for w in prof.name_particles),
        conjunctions=frozenset(_norm(w) for w in prof.conjunctions),
        indefinites=frozenset(_norm(w) for w in prof.indefinite_articles),
        stop=stop,
        according=tuple(_seq(cue) for cue in prof.according_to),
        backward=tuple(_seq(cue) for cue in prof.backward_cues),
        roles=roles,
        role_parts=frozenset(part for key in roles for part in key),
        null_subject=prof.null_subject,
        double_surnames=prof.double_surnames,
        adjectives_follow=prof.adjectives_follow_nouns,
        body_joins=frozenset(_norm(w) for w in prof.body_name_joins),
        body_of=frozenset(_norm(w) for w in prof.body_of),
        body_heads=frozenset(_norm(w) for w in prof.body_heads)
        | frozenset(
            key[0] for key, classes in roles.items() if len(key) == 1 and _BODIES & classes
        ),
    )


def _content_parts(norms: Sequence[str], skip: frozenset[str]) -> tuple[str, ...]:
    """Hyphen-split content words: "vice-president" → ("vice", "president")."""
    return tuple(p for n in norms if n not in skip for p in n.split("-") if p)
