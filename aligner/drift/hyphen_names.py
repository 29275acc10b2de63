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

_HYPHEN_GAP = re.compile(r"\w-[ \u00a0]+$")


def _pieces(word: str) -> list[str]:
    return [p for p in re.split(r"[-\u2010\u2011]", word.casefold()) if p]


def split_from_partner(e: Entity, own: Side | None, other: Side) -> bool:
    """``e`` comes after "X- " on its own side and is the tail of a hyphenated word of
    the other side."""
    if own is None or not _HYPHEN_GAP.search(own.text[max(0, e.start - 40) : e.start]):
        return False
    mine = _pieces(e.text)
    if not mine:
        return False
    for word in re.findall(r"\S+", other.text):
        theirs = _pieces(word.strip(".,;:()[]«»\"'“”"))
        if len(theirs) > len(mine) and theirs[-len(mine) :] == mine:
            return True
        # the tail may be followed by more pieces on the other side ("MERS-CoV-2")
        for i in range(1, len(theirs) - len(mine) + 1):
            if theirs[i : i + len(mine)] == mine:
                return True
    return False
