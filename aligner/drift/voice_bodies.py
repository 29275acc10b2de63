"""The same role for another body: "dijo la portavoz de la asociación de pacientes" →
"said the Health Ministry's spokeswoman" (session 36, lead).

Neither speaker is named and the roles meet, so the speaker check found them alike; but a
quotation credited to the ministry's spokeswoman is a claim about what the ministry said.
Each speaker's body is read around its mention: the words of the mention other than its
role, determiners and function words ("the Health Ministry's spokeswoman" → health,
ministry), and a phrase right after it that opens with "de"/"del" or "of"/"for"/"from"/
"at" ("… portavoz de la asociación de pacientes" → asociación, pacientes), up to a mark
or a verb of saying. Two bodies differ when the translation's body has no word the
literal MT of the source says and the source's body no word the back translation says:
each side's body is missing from the other side read in its language. A speaker with no
body on either side is no change ("the spokeswoman" may be anyone's).
"""

from __future__ import annotations

import re

from aligner.drift.signals import Evidence, Side, Voice
from aligner.drift.text import Tok, cognate, fold, tokenize, words
from aligner.lang import profile

_OPENERS = {"es": ("de", "del"), "en": ("of", "for", "from", "at")}
_REACH = 6  # words of a body phrase after the mention, at most


def _content(ws: list[Tok], lang: str) -> list[Tok]:
    from aligner.drift.speakers import role_classes

    skip = profile(lang).stopwords | profile(lang).determiners | set(_OPENERS.get(lang, ()))
    return [
        t
        for t in ws
        if t.word and t.norm not in skip and t.norm != "'s" and not role_classes(t.text, lang)
    ]


def body_words(v: Voice, side: Side) -> list[Tok]:
    """The content words naming the body of speaker ``v`` (see the module)."""
    if v.start < 0 or side.lang not in _OPENERS:
        return []
    found = _content(words(tokenize(v.mention)), side.lang)
    after = side.text[v.end :]
    first = re.match(r"\s*(\w+)", after)
    if first and first.group(1).lower() in _OPENERS[side.lang]:
        phrase = re.split(r"[,.;:!?«»“”\"()]", after)[0]
        found += _content(words(tokenize(phrase))[:_REACH], side.lang)
    return found


def _said(body: list[Tok], reading: str) -> bool:
    other = [t.fold for t in words(tokenize(reading))]
    return any(cognate(t.fold, o) for t in body for o in other)


def body_changed(v: Voice, w: Voice, src: Side, tgt: Side, ev: Evidence) -> bool:
    """Two unnamed speakers of the same role, each with a body the other side lacks."""
    # Only speakers with a role on both sides: a report ("La sentencia concluye" → "The
    # ruling found") has no body to compare.
    if v.key or w.key or not v.roles or not w.roles or ev.mt is None or ev.back is None:
        return False
    a, b = body_words(v, src), body_words(w, tgt)
    # A word the MT did not know ("la *patronal") may be said in any form.
    unknown = {fold(u) for u in ev.mt.unknown + ev.back.unknown}
    if not a or not b or any(t.fold in unknown for t in a + b):
        return False
    # A body the source names ("La ministra de Hacienda" → "The Finance Minister") is the
    # name and portfolio checks' business: only a body said in common words here.
    if any(t.cap for t in a):
        return False
    return not _said(b, ev.mt.text) and not _said(a, ev.back.text)


_PARTICLES = frozenset("de del la las los y da do dos das e van von der".split())


def apposed_person(v: Voice) -> list[str]:
    """The folded name words of a person named beside a role, set off by commas ("la
    portavoz de la asociación de Sevilla, Eva Torres" → eva, torres; "Eva Torres,
    portavoz de…"); none for a body's own name ("La presidenta de la Comunidad"). Neither
    the role nor its body (nor a place in it) said again is a trace of that person."""
    if "," not in v.mention or not v.roles:
        return []
    for part in v.mention.split(","):
        ws = part.split()
        if (
            len(ws) >= 2
            and ws[0][:1].isupper()
            and all(w[:1].isupper() or w in _PARTICLES for w in ws)
            and v.key in fold(part)
        ):
            return [fold(w) for w in ws if w not in _PARTICLES]
    return []


def person_gone(v: Voice, w_names: list[str], src: Side, tgt: Side) -> bool:
    """A person named beside a role (:func:`apposed_person`) whom the translation does not
    name, and whose speaker names nobody new: the role, its body and any place in it may
    be kept ("la portavoz de la asociación de pacientes, Eva Torres" → "the association's
    spokeswoman", "el alcalde de Sevilla, Juan Espadas" → "the mayor of Seville")."""
    person = apposed_person(v)
    if not person or any(cognate(p, t.fold) for p in person for t in tgt.ws):
        return False
    return all(any(cognate(n, t.fold) for t in src.ws) for n in w_names)
