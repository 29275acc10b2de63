"""Spanish negative concord after a preverbal n-word: "Ningún paciente no murió", the
shape a machine rendering of French "aucun … ne" gives, is one negation, not two (read
by :func:`aligner.drift.signals.polarity`)."""

from __future__ import annotations

from collections.abc import Sequence

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


# Session 34 (drift39c): measured and off (docs/drift.md, "Session 34 (drift39c)"). On the
# whole ContraTICO file it cleared 2 label-0 pairs of C and lost 3 label-1 twins found
# only by that negation alarm.
SHARED_OBJECT = False

# Words that open a coordinated verb set off by commas before the object both verbs share
# ("no pretende crear, y no crea, ningún derecho"; "no crea, ni pretende crear, ningún
# derecho").
_COORDINATORS = frozenset("y e o u".split())


def shared_object(ws: Sequence[Tok], cue: Cue, counted: Sequence[Cue], ids: Sequence[int]) -> bool:
    """An n-word opening its clause right after a negated verb coordinated between commas
    (", y no crea,", ", ni pretende crear,"), with a counted negation in the clause before
    that: the object the negated verbs share, in concord with them (English "does not, and
    is not intended to, create any rights"), not a negation of its own. "No vino, nadie lo
    llamó" (no coordinated verb between) keeps two."""
    k = cue.start
    if k < 2 or ids[k - 1] != ids[k] - 1:
        return False
    between = [i for i in range(k) if ids[i] == ids[k] - 1]
    first, second = ws[between[0]].norm, ws[between[1]].norm if len(between) > 1 else ""
    if not (first == "ni" or (first in _COORDINATORS and second == "no")):
        return False
    return any(ids[c.start] == ids[k] - 2 for c in counted)
