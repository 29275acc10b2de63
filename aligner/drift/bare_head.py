"""A modifier removed from a head the translation renders word for word, with nothing
around that head that could render it (docs/drift.md, "Session 18, drift23a").

Session 14's removed modifier (:func:`aligner.drift.modifiers.removed_modifier`) looks
for anything unrendered within four words, on either side, and so finds little on free
translations; looser, it flags faithful pairs where the modifier went into another word
("fauna silvestre" → "wildlife", "director técnico" → "coach", "compañía eléctrica" →
"power company"). This check looks only where English puts a modifier, and asks more of
the head:

* a source adjective (beside its noun) or a one-word adverb (beside its verb or
  adjective), a reportable content word nothing in the translation renders;
* the head is rendered by one of its own dictionary translations (not a WordNet synonym:
  "director" → "coach" renders the pair), which picks it back, and which no other source
  word claims, and the rendering is a noun for an adjective's head;
* no source word's translation is a part of the head's rendering ("wildlife" for "fauna
  silvestre": "wild");
* the head's rendering is not glued by a hyphen to the word before ("low-risk"), and the
  words before it up to the noun phrase's start (adjectives, nouns, numbers, adverbs,
  participles, possessives, commas and "and"/"or" between), the word right after it, and
  the word after a preposition right after it ("respect for others") are each rendered,
  and rendered from a source word next to the head: a word there that renders nothing,
  or renders a source word further away ("nursery schools", "nursery" for "guardería"
  three words off), may be the modifier's rendering.

An omission (major). Direct Apertium pairs only; run on the pairs nothing else reports at
>= major, with the words the grammar check reads (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, in_locution, partners, reportable
from aligner.drift.signals import removed_word
from aligner.drift.text import fold
from aligner.lang.en_cues import AWARDS
from aligner.textutil import quote

_HEADS = {"adj": ("n",), "adv": ("vblex", "adj")}
# What a noun phrase holds before its noun (Apertium's English tags), and what joins it.
_PHRASE = frozenset(("adj", "n", "num", "adv", "preadv", "np"))
_JOINS = frozenset((",", "and", "or", "'", "’", "'s", "’s", "-"))
_HYPHENS = "-‐"
_PARTICIPLE_ENDS = ("ed", "ing", "en")
# How far (source words) from the head a word may be that a translation word next to the
# head renders: further, and that word may stand for the modifier.
NEAR = 1


def _may_render(
    tgt: Sequence[Word], back: Sequence[int], j: int, head: int, before: bool = False
) -> bool:
    """Whether translation word ``j`` may render something other than what it is paired
    with: it renders nothing (and is a content word, a name, a pronoun or unknown), or
    renders a source word more than :data:`NEAR` words from the head."""
    w = tgt[j]
    if not w.surface[:1].isalnum():
        return False
    if back[j] < 0:
        return not w.known or w.content or w.pos in ("vblex", "np", "prn")
    # A word the analyser does not know before the head ("healthcare management") is
    # as open as a content word.
    open_word = w.content or w.pos == "np" or (before and not w.known)
    return abs(back[j] - head) > NEAR and open_word


def _phrase_word(w: Word, text: str) -> bool:
    glued = w.end >= 0 and text[w.end : w.end + 1] in _HYPHENS
    participle = w.pos == "vblex" and w.surface.endswith(_PARTICIPLE_ENDS)
    return w.surface in _JOINS or glued or (w.known and w.pos in _PHRASE) or participle


def _room_around(tgt: Sequence[Word], back: Sequence[int], t: int, head: int, text: str) -> bool:
    """Whether something around the head's rendering ``t`` may render the modifier."""
    if tgt[t].start > 0 and text[tgt[t].start - 1] in _HYPHENS:
        return True
    j = t - 1
    while j >= 0:
        if _may_render(tgt, back, j, head, before=True):
            return True
        if not _phrase_word(tgt[j], text):
            break
        j -= 1
    if t + 1 < len(tgt) and _may_render(tgt, back, t + 1, head):
        return True
    # "respect for others", and a rate's "litres a day" for "litros diarios".
    between = tgt[t + 1].pos in ("pr", "det") if t + 1 < len(tgt) else False
    if t + 2 < len(tgt) and between and _may_render(tgt, back, t + 2, head):
        return True
    # A preposition and a determiner before a noun nothing renders: "the fifth month in a
    # row" for "quinto mes consecutivo" (session 34, drift39c); not a word rendering
    # another source word ("confirmed by the French ministry").
    return (
        t + 3 < len(tgt)
        and tgt[t + 1].pos == "pr"
        and tgt[t + 2].pos == "det"
        and tgt[t + 3].pos == "n"
        and back[t + 3] < 0
    )


# Session 30 (drift35c): an award's title renders the Spanish superlative with its head
# ("la mejor jugadora del año" → "the player of the year"; en_cues.AWARDS).
_AWARDS = frozenset(phrase for phrase, _ in AWARDS)


def _award(tgt: Sequence[Word], t: int) -> bool:
    """Whether the head's rendering at ``t`` opens an award's title."""
    return " ".join(fold(w.surface) for w in tgt[t : t + 4]) in _AWARDS


# Session 37 (drift42a): "presente" before its noun points at the text itself, as a
# demonstrative ("la presente orden" → "this Order", "los presentes estatutos" → "these
# statutes"): rendered by "this" / "these" right before the head's rendering.
_POINTING = frozenset(("presente", "presentes"))
_THIS = frozenset(("this", "these"))


def _this(w: Word, i: int, h: int, tgt: Sequence[Word], t: int) -> bool:
    return fold(w.surface) in _POINTING and i < h and t > 0 and fold(tgt[t - 1].surface) in _THIS


def bare_head(
    src: Sequence[Word],
    tgt: Sequence[Word],
    text: str,
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, Word] | None:
    """(the removed source modifier, the translation word rendering its head), or None."""
    mine, back = links or (partners(src, tgt, "source"), partners(tgt, src, "target"))
    for i, w in enumerate(src):
        if mine[i] >= 0 or not w.content or w.pos not in _HEADS or " " in w.surface:
            continue
        if not reportable(w, src_lang, i == 0) or in_locution(src, i, src_lang):
            continue
        # An adjective with its own complement ("procedentes de China") is a clause in
        # small, rendered by a preposition or a relative (as modifiers.removed_modifier).
        nxt = src[i + 1] if i + 1 < len(src) else None
        if w.pos == "adj" and nxt is not None and nxt.pos == "pr" and nxt.start - w.end <= 1:
            continue
        heads = [
            k
            for k in (i - 1, i + 1)
            if 0 <= k < len(src) and src[k].pos in _HEADS[w.pos] and mine[k] >= 0
        ]
        if not heads:
            continue
        h = heads[0]
        t = mine[h]
        if back[t] != h or mine.count(t) > 1 or tgt[t].lemma not in src[h].trans:
            continue
        if w.pos == "adj" and tgt[t].pos != "n":
            continue
        rendered = fold(tgt[t].surface)
        if any(len(x) >= 3 and x != rendered and x in rendered for x in w.trans):
            continue
        if _award(tgt, t):
            continue
        if _this(w, i, h, tgt, t):
            continue
        if not _room_around(tgt, back, t, h, text):
            return w, tgt[t]
    return None


def check_bare_head(src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None):
    """An omission (major) at a source modifier whose head the translation keeps bare;
    ``links``: :func:`partners` both ways, when already computed."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    found = bare_head(analysed[0], analysed[1], tgt.text, src.lang[:2], links)
    if found is None:
        return []
    w, head = found
    return [
        removed_word(
            (w.start, w.end) if w.start >= 0 else None,
            (head.start, head.end) if head.start >= 0 else None,
            f"The source's {quote(w.surface)} has nothing rendering it in the "
            f"translation, which renders the word it qualifies ({quote(head.surface)}) "
            "word for word with nothing beside it that could stand for it.",
        )
    ]
