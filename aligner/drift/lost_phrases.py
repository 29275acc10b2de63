"""A name or a figure cut out with the phrase that held it (docs/drift.md, "Session 29
(drift34b)").

The name and figure checks report a source name or figure the translation lacks
("«Gaza» in the source is not mentioned in the translation"). When the whole phrase
went ("destruidas por el ejército israelí en Gaza, durante…" → "destroyed by the Israeli
army, during…"), the translation lost more than a word: a place, a time, an agent. That
is an omission of the phrase, and it is said as one, beside the name's or figure's own
finding (the pair is flagged already; this adds what was lost, never a flag). A
translation that kept the preposition and lost only the name ("the army in, during") is
left to the name finding.

Read through the source's literal MT (Apertium), which keeps names and figures as
written: the phrase is reported when all of these hold:

* the finding is a name or a figure of the source with no place in the translation
  (a source span, no target span), at major or above;
* the source writes a preposition (and perhaps an article or a possessive) straight
  before it ("en Gaza", "a las 23:35", "de la MUFG"), and the literal MT has the name
  or figure as written, after an English preposition or an article;
* the MT's nearest content word after it that the translation has (same word, or the
  same first five letters), or the sentence's end, meets in the translation one of the
  MT's content words before it, with only function words between (no pronoun, no
  "there": they may stand for the phrase), none of them the MT's preposition ("army in
  Gaza, during intensive" → "army, during intensive"), at most :data:`MAX_GAP` MT words
  apart.

Spanish sources only (the prepositions are Spanish); English translations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.signals import Finding, Reading, Side
from aligner.drift.text import fold
from aligner.textutil import quote

# A Spanish preposition, and perhaps an article or a possessive, right before the item.
_BEFORE = re.compile(
    r"(?i)(?:^|\s)(en|de|del|desde|a|al|para|por|con|hacia|durante|sobre|entre|hasta|"
    r"contra|ante|tras|sin)\s+(?:(?:el|la|los|las|un|una|unos|unas|su|sus)\s+)?$"
)
_EN_PREPOSITIONS = frozenset(
    "in on at to from of for since during by with toward towards near until against into "
    "before after over under about around between among through without".split()
)
_ARTICLES = frozenset("the a an his her its their".split())
# Words that carry no content of their own: between the two kept words, only these.
# Pronouns, possessives, "there", "then" are not among them: they may stand for the name
# or the time ("the army in Gaza" → "the army there").
_FUNCTION = _EN_PREPOSITIONS | frozenset(
    "the a an and or but as that which who whom whose where when while is are was were be "
    "been has have had than not no so such also very more most".split()
)
MAX_GAP = 12  # MT words between the two kept words, at most
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


def _content(tok: str) -> bool:
    return tok[:1].isalnum() and tok.lower() not in _FUNCTION


def _same(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)  # the MT leaves unknown words as written ("éclipse")
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def _anchors(mt: Sequence[str], tgt: Sequence[str], order: range) -> list[int]:
    """The MT content words in ``order`` that the translation has."""
    return [j for j in order if _content(mt[j]) and any(_same(t, mt[j]) for t in tgt)]


def _meet(tgt: list[tuple[str, int, int]], left: str, right: str | None, prep: str):
    """The translation's span from ``left`` to ``right`` when only function words (not
    ``prep``) stand between them; ``right`` None: ``left`` ends the sentence."""
    for k, (tok, start, _) in enumerate(tgt):
        if not _same(tok, left):
            continue
        m = k + 1
        while m < len(tgt) and tgt[m][0][:1].isalnum() and not _content(tgt[m][0]):
            if tgt[m][0].lower() == prep or (right is not None and _same(tgt[m][0], right)):
                break
            m += 1
        if right is None:
            if all(not t[0][:1].isalnum() for t in tgt[m:]):
                return start, tgt[k][2]
        elif m < len(tgt) and _same(tgt[m][0], right):
            return start, tgt[m][2]
    return None


def lost_phrase(src: str, span: tuple[int, int], tgt: str, mt: str):
    """(source span of the phrase, translation span where it was, the MT's words) when
    the phrase around the source item at ``span`` is gone whole, else None."""
    before = _BEFORE.search(src[: span[0]])
    item = [t.lower() for t in _TOKEN.findall(src[span[0] : span[1]])]
    if before is None or not item:
        return None
    mt_spans = [(m.start(), m.end()) for m in _TOKEN.finditer(mt)]
    mt_toks = [mt[a:b] for a, b in mt_spans]
    tgt_toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(tgt)]
    words = [t for t, _, _ in tgt_toks]
    n = len(item)
    for i in range(1, len(mt_toks) - n + 1):
        if [t.lower() for t in mt_toks[i : i + n]] != item:
            continue
        p = i - 1
        if mt_toks[p].lower() in _ARTICLES and p:
            p -= 1
        if mt_toks[p].lower() not in _EN_PREPOSITIONS:
            return None
        rights = _anchors(mt_toks, words, range(i + n, len(mt_toks)))
        right = rights[0] if rights else None
        end = right if right is not None else len(mt_toks)
        meet, left = None, 0
        # The nearest kept word that meets the other side: English may order a compound
        # otherwise than the MT ("the new plan of transport in X the Monday" → "the new
        # transport plan on Monday").
        for left in _anchors(mt_toks, words, range(p - 1, max(end - MAX_GAP, 0) - 1, -1)):
            right_word = None if right is None else mt_toks[right]
            meet = _meet(tgt_toks, mt_toks[left], right_word, mt_toks[p].lower())
            if meet is not None:
                break
        if meet is None:
            return None
        stretch = mt[mt_spans[left][0] : mt_spans[min(end, len(mt_spans) - 1)][1]]
        return (before.start(1), span[1]), meet, stretch
    return None


def check(found: Sequence[Finding], src: Side, tgt: Side, mt: Reading | None) -> list[Finding]:
    """An omission of the phrase for each name or figure reported missing whose phrase
    went with it (at most one a pair: the first)."""
    if mt is None or src.lang[:2] != "es" or tgt.lang[:2] != "en":
        return []
    for f in found:
        if f.type not in ("entity", "number") or f.severity == "minor":
            continue
        if f.source_span is None or f.target_span is not None:
            continue
        hit = lost_phrase(src.text, f.source_span, tgt.text, mt.text)
        if hit is None:
            continue
        (a, b), (c, d), stretch = hit
        return [
            Finding(
                "omission",
                "major",
                0.6,
                (a, b),
                (c, d),
                f"The source's phrase {quote(src.text[a:b])} is missing from the translation: "
                f"where the literal MT reads {quote(stretch)}, the translation has only "
                f"{quote(tgt.text[c:d])}.",
                "drift.omission",
            )
        ]
    return []
