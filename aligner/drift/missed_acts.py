"""Going, attending or playing negated, said by "miss" (session 38, drift43c).

"El ministro no asistió a la reunión" → "The minister missed the meeting", "Muchos
alumnos no fueron a clase" → "missed class", "no pueden ir a trabajar" → "miss work",
"El delantero no jugará el próximo partido" → "will miss the next match": English says
the act not done with "miss", which carries the negation. The polarity check counted
"miss" as a privative only against a negative verb of the other side ("faltó a la
reunión"), so the source's "no" was reported dropped (critical). Here the MT's negated
verb of going, attending, taking part or playing ("did not assist", "can not go", "will
not play") lets the translation's "miss" count as the privative that says it.
"El paciente no perdió ninguna dosis" → "missed a dose" (MT "did not lose") is still a
negation dropped, and so is "asistió" → "missed" an opposite.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.text import Tok

_NOT = frozenset(("not", "n't", "never", "cannot"))
# The MT's verbs of going, attending, taking part and playing (Apertium renders
# "asistir" as "assist", "acudir" as "go" or "come", "presentarse" as "present").
_ATTEND = frozenset(
    "attend attends attended attending assist assists assisted assisting go goes went gone "
    "going come comes came coming play plays played playing participate participates "
    "participated participating compete competes competed competing present presented "
    "appear appears appeared show showed turn turned take took".split()
)
# How many words may stand between the negation and the verb ("can not be able to go").
_REACH = 3


def negated_attendance(ws: Sequence[Tok]) -> bool:
    """Whether a negation governs a verb of going, attending, taking part or playing
    ("did not assist to the meeting", "can not go to work")."""
    for k, t in enumerate(ws):
        if t.norm not in _NOT:
            continue
        for j in range(k + 1, min(k + 1 + _REACH, len(ws))):
            w = ws[j].norm
            if w in _ATTEND:
                # "take part", "show up", "turn up" only with their particle
                if w in ("show", "showed", "turn", "turned") and not _next(ws, j, "up"):
                    continue
                if w in ("take", "took") and not _next(ws, j, "part"):
                    continue
                return True
    return False


def _next(ws: Sequence[Tok], j: int, word: str) -> bool:
    return j + 1 < len(ws) and ws[j + 1].norm == word
