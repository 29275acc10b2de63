"""The document's memory of people (:class:`Memory`): every capitalised name, the roles
written next to it (titles and appositions) and where it was mentioned. Short forms
join the fullest name ("Lavrov" is "Sergey Lavrov"), each person gets the key the
document itself uses for them, and a role or a word of a name is looked up as the most
recent matching person before a position.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from aligner.lang.places import different_places
from aligner.statements.speakers.lexicon import Lexicon, implied
from aligner.statements.speakers.mentions import Mention
from aligner.statements.speakers.tokens import _norm
from aligner.textutil import fold_accents as fold


@dataclass
class Person:
    words: tuple[str, ...]  # the fullest name seen
    tokens: set[str] = field(default_factory=set)  # folded name words, particles excluded
    roles: set[str] = field(default_factory=set)
    mods: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)
    key: str = ""
    # Where each non-decreasing run of ``positions`` begins. Mentions are recorded longest
    # name first, so until the memory sorts them the positions are a few sorted runs,
    # and each run can be bisected instead of the whole list scanned per lookup.
    runs: list[int] = field(default_factory=list)

    def mentioned_at(self, pos: int) -> None:
        if not self.positions or pos < self.positions[-1]:
            self.runs.append(len(self.positions))
        self.positions.append(pos)

    def sort_positions(self) -> None:
        self.positions.sort()
        self.runs = [0] if self.positions else []


class Memory:
    """The people of one document: names, roles and where each was mentioned."""

    def __init__(self, mentions: Sequence[Mention], lex: Lexicon):
        self.lex = lex
        self.people: list[Person] = []
        # Folded name word -> the people whose name has it, in the order of self.people:
        # a lookup tries only those, not everyone named in the document.
        self._by_token: dict[str, list[Person]] = {}
        names = [m for m in mentions if m.kind == "name"]
        # Longest names first, so "Lavrov" joins "Sergey Lavrov" instead of founding a person.
        for m in sorted(names, key=lambda m: -len(self._tokens(m.name))):
            self._add(m)
        alone = _ShortForms([fold(m.name[0]) for m in names if len(self._tokens(m.name)) == 1])
        for person in self.people:
            person.sort_positions()
            person.key = self._key(person, alone)

    def _tokens(self, words: Sequence[str]) -> list[str]:
        # "y" and "for" inside a body's name ("Servicio … y Respuesta ante Desastres") are
        # no more a word of it than "de" is.
        skip = self.lex.particles | self.lex.body_joins
        return [fold(w) for w in words if _norm(w) not in skip]

    def _add(self, m: Mention) -> None:
        tokens = self._tokens(m.name)
        if not tokens:
            return
        person = self._find(tokens, m.start)
        if person is None:
            person = Person(m.name, set(tokens))
            self.people.append(person)
            for token in person.tokens:
                self._by_token.setdefault(token, []).append(person)
        person.roles |= m.roles
        person.mods |= m.mods
        person.mentioned_at(m.start)

    def _find(self, tokens: list[str], pos: int) -> Person | None:
        """The person whose name contains all these words, preferring the most recent."""
        wanted = set(tokens)
        fits = [p for p in self._by_token.get(tokens[0], ()) if wanted <= p.tokens]
        if len(tokens) == 1:  # a word alone is a surname rather than a given name
            surname = [p for p in fits if len(p.words) == 1 or fold(p.words[0]) != tokens[0]]
            fits = surname or fits
        return max(fits, key=lambda p: (bool(p.roles), _recency(p, pos)), default=None)

    def _key(self, person: Person, alone: _ShortForms) -> str:
        # The short form the document itself uses ("Maduro" for "Nicolás Maduro Moros").
        used = alone.among(person.tokens)
        if used and len(person.tokens) > 1:
            return max(used, key=alone.count.__getitem__)
        tokens = self._tokens(person.words)
        if tokens and (tokens[0] in self.lex.role_parts or tokens[0] in self.lex.body_heads):
            # A body's name ("Agencia Estatal de Meteorología") ends on what sets it apart.
            return tokens[-1]
        if len(tokens) >= 3 and self.lex.double_surnames:
            return tokens[-2]
        return tokens[-1] if tokens else ""

    def lookup(self, words: Sequence[str], pos: int) -> Person | None:
        tokens = self._tokens(words)
        return self._find(tokens, pos) if tokens else None

    def by_role(
        self, classes: frozenset[str], mods: frozenset[str], pos: int, avoid: str = ""
    ) -> Person | None:
        """The person last named in this role before ``pos`` (or, failing that, after it).

        Modifiers decide between holders of the role: "the Venezuelan diplomat" is the
        diplomat described as Venezuelan, not the Russian one mentioned later. A holder
        whose modifiers disagree is taken only when nobody else holds the role, since
        modifiers read off the text mix nationalities with institutions ("presidenta del
        Banco Central Europeo" is still "la dirigente francesa").
        """
        relational = "counterpart" in classes
        ranked: list[tuple[tuple[int, int, int], Person]] = []
        for person in self.people:
            if not person.roles or (avoid and person.key == avoid):
                continue
            if not relational and not (classes & implied(person.roles)):
                continue
            score = _mod_score(mods, person.mods)
            if relational and mods and score <= 0:
                continue
            before = _last_before(person, pos)
            rank = (score, 1, before) if before is not None else (score, 0, -person.positions[0])
            ranked.append((rank, person))
        if not ranked:
            return None
        rank, best = max(ranked, key=lambda item: item[0])
        return best if rank[0] >= 0 or len(ranked) == 1 else None

    def last_person(self, pos: int) -> Person | None:
        """The most recently named person with a known role (a pronoun's fallback)."""
        people = [p for p in self.people if p.roles and p.positions[0] < pos]
        return max(people, key=lambda p: _recency(p, pos), default=None)


class _ShortForms:
    """One-word names as the document writes them ("Maduro"), counted once per document
    rather than once per person."""

    def __init__(self, forms: list[str]):
        self.count: dict[str, int] = {}
        for form in forms:
            self.count[form] = self.count.get(form, 0) + 1
        self.first = {form: k for k, form in enumerate(self.count)}  # first-seen order

    def among(self, tokens: set[str]) -> list[str]:
        """The forms that are words of this name, in the order the document first uses
        them: a tie in max() goes to the earliest, whatever the hash seed (a set here
        made the speaker key differ between runs)."""
        return sorted((t for t in tokens if t in self.count), key=self.first.__getitem__)


def _recency(person: Person, pos: int) -> int:
    last = _last_before(person, pos)
    return -1 if last is None else last


def _last_before(person: Person, pos: int) -> int | None:
    """The last position recorded before ``pos``, in recording order: the latest run
    holding one decides, and within a sorted run it is found by bisection."""
    positions, end = person.positions, len(person.positions)
    for start in reversed(person.runs):
        i = bisect.bisect_left(positions, pos, start, end)
        if i > start:
            return positions[i - 1]
        end = start
    return None


def _related(a: str, b: str) -> bool:
    """Same-stem modifiers: "russian"/"russia", "venezolano"/"venezuela", "rusa"/"rusia"."""
    if different_places(a, b):  # "australian"/"austrian", "nigerian"/"niger"
        return False
    shortest = min(len(a), len(b))
    need = max(3, min(5, shortest - 1))
    return shortest >= 3 and a[:need] == b[:need]


def _mod_score(wanted: frozenset[str], known: set[str]) -> int:
    if not wanted or not known:
        return 0
    if any(_related(w, k) for w in wanted for k in known):
        return 2
    return -1
