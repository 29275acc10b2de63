"""Negative concord before the verb: "Ningún paciente no estaba infectado".

Spanish negates once however many negative words a clause holds ("no vino nadie");
:func:`aligner.drift.signals.polarity` counts an n-word after a counted negation once.
The other order, an n-word subject and then "no" before the verb ("ningún dato no está
disponible", "nadie no lo sabía"), is no standard Spanish but is written (in speech, by
learners, and by MT from French "aucun … ne"), and it still means one negation: "None of
the patients were infected", not its opposite. Read as two negations, the sentence is
affirmative, and the faithful translation is reported as a critical reversal.

The reach is narrow so that a second negation of a clause of its own stays counted
("Nadie dijo que no vendría" is two): the "no" must follow the n-word within a few
words, with no conjunction, relative or comma between them.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.text import Cue, Tok

_REACH = 5  # "Ningún recién nacido de la muestra no …": the subject's own words
# Words that open another clause or join another verb between the n-word and the "no".
_OPENERS = frozenset(
    "que si cuando porque aunque pues y e o u pero sino donde como mientras quien cual".split()
)


def preverbal_concord(ws: Sequence[Tok], text: str, cue: Cue, counted: Sequence[Cue],
                      concord: frozenset[str]) -> bool:  # fmt: skip
    """Whether ``cue`` is a "no" that an n-word counted just before it already negates."""
    if cue.end - cue.start != 1 or ws[cue.start].norm != "no" or not counted:
        return False
    last = counted[-1]
    if last.end - last.start != 1 or ws[last.start].norm not in concord:
        return False
    if not 0 < cue.start - last.start <= _REACH:
        return False
    between = ws[last.start + 1 : cue.start]
    if any(t.norm in _OPENERS for t in between):
        return False
    # A comma between them ends the subject ("Ningún dato, no obstante, …" is one thing;
    # "Nada, no quiero nada" another): the text between must hold no punctuation.
    return not any(c in text[ws[last.start].end : ws[cue.start].start] for c in ",;:.()")
