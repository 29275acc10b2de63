"""Spanish negative concord after a preverbal n-word: "Ningún paciente no murió", the
shape a machine rendering of French "aucun … ne" gives, is one negation, not two (read
by :func:`aligner.drift.signals.polarity`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from aligner.drift.text import Cue, Tok

# A preverbal n-word ("ningún paciente", "nadie") negates its clause alone; a "no" after
# it is concord, as French "aucun … ne" gives, which a machine rendering keeps ("Ningún
# recién nacido no era infectado" → "None of the newborns was infected").
_PREVERBAL = {
    "es": ("no", frozenset("nadie nada ningún ninguna ninguno ningunos ningunas".split()))
}


# How far back from a "no" its n-word may stand: a subject with its complements
# ("ningún dato específico sobre los problemas de salud de los pacientes ingresados en
# la región no ha sido publicado"); the look-back stops at the clause's start or a
# conjunction.
# Seven words until session 21 (docs/drift.md, "Session 21 (drift26e)").
_CONCORD_REACH = 18


# Words that open another clause between an n-word and a particle ("Ningún paciente
# tuvo fiebre y no hubo muertes": two negations).
_CLAUSE_LINKS = frozenset("que y e o u ni pero sino".split())
# A "no" right after a preposition negates the infinitive after it ("Ningún estudiante va
# a dejar de estudiar por no poder pagar": two negations, "no student … cannot pay").
_BEFORE_INFINITIVE = frozenset("por para de a sin al".split())


def concord_particle(
    ws: Sequence[Tok], cue: Cue, concord: list[Cue], lang: str, ids: Sequence[int]
) -> bool:
    """The particle within 18 words after a counted preverbal n-word of its clause
    (``ids``: each word's clause), with no "que" or conjunction between (a subordinate
    "que no" or a coordinated "y no" negates a clause of its own); and, once one was,
    the particle of a verb coordinated to it by "o" / "y" / "ni" ("Ninguna mujer no ha
    enfermado o no ha muerto"). Real Spanish writes neither shape: a preverbal n-word
    takes no "no"."""
    particle, n_words = _PREVERBAL.get(lang, ("", frozenset()))
    if cue.end - cue.start != 1 or ws[cue.start].norm != particle:
        return False
    if cue.start and ws[cue.start - 1].norm in _BEFORE_INFINITIVE:
        return False  # "por no poder pagar": the infinitive's own negation
    if concord and ws[cue.start - 1].norm in ("y", "e", "o", "u", "ni"):
        between = ws[concord[-1].end : cue.start]
        if all(t.word and t.norm != "que" for t in between):
            return True
    # The nearest n-word before it ("ninguna vacuna o ningún tratamiento no …"), counted
    # or itself concord, in the particle's clause: ``ws`` holds no marks, so the clause
    # ends the look-back (an n-word of a relative before the main verb, "que no ha
    # apoyado a ningún candidato, pidió … no dejarse", leaves that "no" its own).
    for k in range(cue.start - 1, max(-1, cue.start - _CONCORD_REACH - 1), -1):
        t = ws[k]
        if ids[k] != ids[cue.start]:
            return False
        if t.norm in n_words:
            return True
        if not t.word or t.norm in _CLAUSE_LINKS:
            return False
    return False


# Session 37 (drift42a): a postverbal n-word whose "no" stands one word before it, across
# a mark that ends the clause reading ("no pretende crear, y no crea, ningún derecho ni
# beneficio" → "is not intended to, and does not, create any rights or benefits"): the
# object shared by two negated verbs, a parenthetical closed by a comma, is concord of
# the "no" of the verb right before it, one negation, as it is within a clause; and so
# is an n-word coordinated to it in its clause ("ni beneficio").
_POSTVERBAL = {"es": "no"}


def _postverbal(ws: Sequence[Tok], at: int, counted: Sequence[Cue], lang: str) -> bool:
    particle = _POSTVERBAL.get(lang)
    if particle is None or not counted:
        return False
    last = counted[-1]
    if last.end - last.start != 1 or ws[last.start].norm != particle:
        return False
    return at - last.end == 1 and ws[last.end].word


def concord_word(
    ws: Sequence[Tok],
    at: int,
    counted: Sequence[Cue],
    ids: Sequence[int],
    lang: str,
    n_words: Collection[str],
) -> bool:
    """Whether the one-word n-word at ``at`` is concord ("no … nada", "ni … ni"): a
    negation already counted in its clause, or the "no" of the verb right before it
    (``_postverbal``), itself or through an n-word before it in its clause."""
    if any(ids[c.start] == ids[at] for c in counted) or _postverbal(ws, at, counted, lang):
        return True
    for k in range(at - 1, -1, -1):
        if ids[k] != ids[at]:
            return False
        if ws[k].norm in n_words and _postverbal(ws, k, counted, lang):
            return True
    return False
