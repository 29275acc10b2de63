"""A cost in time or amount stated with "require" ("the alcohol still requires the same
20 seconds", "a process typically requiring more than five years to assure safety"):
what something takes, not a duty (docs/drift.md, "Session 25 (drift30c)").

The English modal lists read "require", "requires", "requiring … to" as an obligation,
which is right for "requires all visitors to wear masks" and wrong where the verb's
object is an amount: the source then says "toma más de cinco años", "hace falta
frotarse durante 20 segundos", and the translation's "requires" is reported as a duty
added. A cue of obligation whose first word is a form of "require" directly followed by
an amount (a figure, a number word, or a word that opens one: "about", "more than",
"the same", "another") is read as a need ("due": it answers an obligation, as "requiring
patients" does, and is never reported alone), on every reading alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from aligner.drift.text import Cue, Tok, find_cues

_REQUIRE = frozenset(("require", "requires", "required", "requiring"))
# Words that open an amount right after the verb.
_AMOUNT_OPENERS = frozenset(
    "about around roughly approximately nearly almost up another several few extra further "
    "additional".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty sixty hundred hundreds thousand thousands dozen dozens half".split()
)
# "the same 20 seconds", "an extra week", "a few days", "at least a month". (Not "under",
# "at", "only": "required under the law", "required at the border" state duties.)
_AMOUNT_PHRASES = (
    ("more", "than"),
    ("less", "than"),
    ("the", "same"),
    ("an", "extra"),
    ("a", "few"),
    ("a", "further"),
    ("at", "least"),
)


def _amount_at(ws: Sequence[Tok], k: int) -> bool:
    if k >= len(ws):
        return False
    t = ws[k].norm
    if t[:1].isdigit() or t in _NUMBER_WORDS or t in _AMOUNT_OPENERS:
        return True
    nxt = ws[k + 1].norm if k + 1 < len(ws) else ""
    return (t, nxt) in _AMOUNT_PHRASES


def is_cost(ws: Sequence[Tok], cue: Cue) -> bool:
    """Whether the obligation cue is "require" with an amount for its object."""
    return ws[cue.start].norm in _REQUIRE and _amount_at(ws, cue.start + 1)


def modal_classes(ws: Sequence[Tok], entries: tuple[tuple[str, str], ...]) -> dict[str, Cue]:
    """First cue of each modal class found in the words, a cost ("requires 20 seconds")
    read as a need."""
    out: dict[str, Cue] = {}
    for cue in find_cues(ws, entries):
        if cue.label == "necessary" and is_cost(ws, cue):
            cue = replace(cue, label="due")
        out.setdefault(cue.label, cue)
    return out
