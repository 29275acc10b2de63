"""A name one side writes split from its hyphenated partner by a stray space ("MERS- CoV",
"SARS- CoV-2") where the other side writes the word whole ("MERS-CoV"): the name after
the space is part of that word, not a name of its own (session 37, drift42a).

ContraTICO's English has "MERS- CoV" for the source's "MERS-CoV": read alone, "CoV" was a
name the translation adds. Only the shape is read: the name follows a word that ends
in a hyphen and a space on its own side, and its hyphen-joined pieces are the last
pieces, in order, of one word of the other side ("mers-cov" ends with "cov"; "sars-cov-2"
with "cov-2"). A name after "- " that the other side does not write in one hyphenated
word ("pre- Brexit" against "antes del Brexit") is still compared as before.
"""

from __future__ import annotations

import re

from aligner.drift.signals import Entity, Side
from aligner.drift.text import cognate

_HYPHEN_GAP = re.compile(r"\w-[ \u00a0]+$")


def _pieces(word: str) -> list[str]:
    return [p for p in re.split(r"[-\u2010\u2011]", word.casefold()) if p]


def split_from_partner(e: Entity, own: Side | None, other: Side) -> bool:
    """``e`` comes after "X- " on its own side and is the tail of a hyphenated word of
    the other side, or the word "X-" + ``e`` has as many pieces as a hyphenated word of
    the other side and shares a piece with it at the same place ("Susceptible-Exposed-
    Infectious-Removed" / "Susceptible-Expuesto-Infeccioso-Recuperado")."""
    if own is None:
        return False
    gap = _HYPHEN_GAP.search(own.text[max(0, e.start - 40) : e.start])
    if gap is None:
        return False
    mine = _pieces(e.text)
    head = re.findall(r"\S+$", own.text[: e.start].rstrip())
    joined = _pieces(head[0].strip("([«\"'“") if head else "") + mine
    if not mine:
        return False
    for word in re.findall(r"\S+", other.text):
        theirs = _pieces(word.strip(".,;:()[]«»\"'“”"))
        if len(theirs) <= len(mine):
            continue
        # the tail, maybe followed by more pieces on the other side ("MERS-CoV-2")
        if any(theirs[i : i + len(mine)] == mine for i in range(1, len(theirs) - len(mine) + 1)):
            return True
        if len(theirs) == len(joined) and any(
            cognate(a, b) for a, b in zip(joined, theirs, strict=True)
        ):
            return True
    return False
