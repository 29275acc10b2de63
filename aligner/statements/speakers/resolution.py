"""Resolution: turning a mention into a :class:`Speaker` (:func:`resolve`). Names resolve
through the document memory, roles to the person last named in that role, pronouns and
unsaid subjects to the salient speaker (:class:`Salience`: the later of the last person
who spoke and the last person opening a sentence), else to the last person named.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from aligner.statements.speakers.lexicon import Lexicon
from aligner.statements.speakers.memory import Memory
from aligner.statements.speakers.mentions import Casing, Mention
from aligner.statements.speakers.subjects import sentence_subjects
from aligner.statements.speakers.tokens import Tok
from aligner.textutil import fold_accents as fold


@dataclass(frozen=True)
class Speaker:
    name: str  # best resolved surface form, or the role/pronoun text when no name is known
    key: str  # accent-folded, casing-cased surname-ish token for matching; "" if unknown
    mention: str  # the text that attributed this statement
    mention_start: int  # offsets into Document.text, -1 if none
    mention_end: int
    resolved_by: str  # "explicit" | "role" | "pronoun" | "carried" | "none"


NO_SPEAKER = Speaker("", "", "", -1, -1, "none")


def resolve(mention: Mention | None, text: str, memory: Memory, salient: Speaker | None) -> Speaker:
    """Turn a mention into a speaker using the document memory and the salient speaker."""
    if mention is None:
        return NO_SPEAKER
    surface = text[mention.start : mention.end]
    where = (surface, mention.start, mention.end)
    if mention.kind == "name":
        person = memory.lookup(mention.name, mention.start)
        if person is None:
            key = fold(mention.name[-1]) if mention.name else ""
            return Speaker(" ".join(mention.name), key, *where, "explicit")
        return Speaker(" ".join(person.words), person.key, *where, "explicit")
    if mention.kind == "role":
        avoid = salient.key if salient and "counterpart" in mention.roles else ""
        person = (
            None
            if mention.new
            else memory.by_role(mention.roles, mention.mods, mention.start, avoid)
        )
        if person is None:  # the role as written, without the people coordinated to it
            own = text[mention.start : mention.own_end] if mention.own_end > 0 else surface
            return Speaker(own, "", *where, "role")
        return Speaker(" ".join(person.words), person.key, *where, "role")
    return pronoun_speaker(where, memory, salient)


def pronoun_speaker(
    where: tuple[str, int, int], memory: Memory, salient: Speaker | None
) -> Speaker:
    """A pronoun or an unsaid subject stands for the salient speaker, else the last person."""
    if salient and (salient.key or salient.name):
        return Speaker(salient.name, salient.key, *where, "pronoun")
    person = memory.last_person(where[1] if where[1] >= 0 else 0)
    if person:
        return Speaker(" ".join(person.words), person.key, *where, "pronoun")
    return Speaker(where[0], "", *where, "pronoun")


class Salience:
    """Who a pronoun or an unsaid subject stands for: the later of the last person who
    spoke and the last person opening a sentence ("Carlos Cuerpo valoró la decisión.
    «…», afirmó" is Cuerpo's even if someone else spoke before)."""

    def __init__(self, subjects: list[tuple[int, Speaker]]):
        self.subjects = subjects  # (position, person), in document order
        self.people: list[tuple[int, Speaker]] = []

    def spoke(self, pos: int, speaker: Speaker, mention: Mention | None) -> None:
        # "the ministry", "official figures": described sources are not someone "he" means.
        described = mention is not None and mention.kind == "role" and not mention.roles
        if (speaker.key or speaker.name) and not described:
            self.people.append((pos, speaker))

    def at(self, pos: int) -> Speaker | None:
        said = next(((p, sp) for p, sp in reversed(self.people) if p < pos), None)
        i = bisect.bisect_left(self.subjects, (pos,)) - 1
        if i >= 0 and (said is None or self.subjects[i][0] > said[0]):
            return self.subjects[i][1]
        return said[1] if said else None


def person_subjects(
    sentences: list[list[Tok]],
    text: str,
    memory: Memory,
    lex: Lexicon,
    casing: Casing,
    quoted: set[Mention],
) -> list[tuple[int, Speaker]]:
    """Per sentence, its first opening mention of someone known to be a person: a role,
    a name with a role, or a name that speaks somewhere in the document."""
    speaking = {resolve(m, text, memory, None).key for m in quoted if m.kind == "name"}
    found = []
    for toks in sentences:
        for mention in sentence_subjects(toks, lex, casing):
            speaker = resolve(mention, text, memory, None)
            person = memory.lookup(mention.name, mention.start) if mention.name else None
            known = person is not None and (person.roles or speaker.key in speaking)
            if speaker.key and (mention.kind == "role" or known):
                found.append((mention.start, speaker))
                break
    return found
