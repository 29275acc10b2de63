"""A translation broken where a word was left out: a determiner without its noun.

"signed a that prohibits", "since the of the school year", "take the to the court":
an English article or possessive followed straight by a preposition, a conjunction or
closing punctuation has lost the noun it announced. Nothing in a faithful translation
reads like that (none of the faithful pairs of DEMETR fr / it, ContraTICO or
corpora/drift do, docs/drift.md, "Session 9"), so the break itself is the evidence of
an omission, whatever the source says. Pure Python on the tokens: no MT, no tagger.
English targets only (the word lists are English).
"""

from __future__ import annotations

import itertools

from aligner.drift.signals import Finding, Side
from aligner.textutil import quote

# Words that announce a noun and never stand alone ("his", "her", "this", "that" do).
_ANNOUNCE = frozenset("the a an their its our your my".split())
# Words that cannot follow such a word in a noun phrase.
_BREAK = frozenset(
    """of to in on at for from with by as into onto about than
    and or but nor that which who whom whose is are was were has have had will would
    can could should may might must""".split()
) | frozenset(",.;:!?)")


def breaks(side: Side) -> list[tuple[int, int]]:
    """Character spans of each "the of"-like break (determiner and the word after)."""
    ws = side.toks
    out = []
    for a, b in itertools.pairwise(ws):
        # "The WHO said", "Franco A. obtained": a capital after it, or an initial.
        lower = b.text.islower() or (not b.word and a.text.islower())
        if a.norm in _ANNOUNCE and b.norm in _BREAK and lower and not _quoted(side.text, a):
            out.append((a.start, b.end))
    return out


def _quoted(text: str, tok) -> bool:
    """A word quoted as a word ("the word 'the'") is not a determiner."""
    before = text[max(0, tok.start - 1) : tok.start]
    return before in ("'", '"', "‘", "“", "«")


def check_breaks(src: Side, tgt: Side) -> list[Finding]:
    """An omission where the translation breaks off after a determiner."""
    if tgt.lang[:2] != "en":
        return []
    out = []
    for start, end in breaks(tgt)[:1]:
        out.append(
            Finding(
                "omission",
                "major",
                0.6,
                None,
                (start, end),
                f"The translation breaks off after {quote(tgt.text[start:end].split()[0])} "
                f"({quote(tgt.text[start:end])}): a word of the source seems to be missing",
                "drift.omission",
            )
        )
    return out
