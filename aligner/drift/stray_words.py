"""An added word no dictionary knows (docs/drift.md, "Session 19 (drift24b)").

DEMETR's additions are sometimes misspelt ("the two catastriphic decades", "may
intentionallly come"): Apertium's English analyser does not know the word, so
:mod:`modifiers` cannot tell its part of speech, and WordNet lacks it too. A word that
no dictionary knows in any inflection, that is no compound of known words ("breakrooms",
"heatwave", "preterm", "crowdsourced") nor one WordNet entry with a neighbour ("in
vitro"), but is one letter away from a word WordNet knows (a misspelling, not a term
of art: "umifenovir", "sorta"), that resembles nothing in the source, its dictionary
translations or the literal MT (so no misspelling of a rendered word: "tendancy" for
"tendencia", nor a leftover of the source's own language), standing between words that
render the source, with no source word left unrendered near them (a rewording's
trace), renders nothing: an addition (major) at the word.

Direct Apertium pairs only (the word analyses of :mod:`lexical_diff`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from functools import cache

from aligner.drift.lexical_diff import Word, partners, wordnet_parts
from aligner.drift.modifiers import _hyphened, _near, _unrendered
from aligner.drift.signals import Finding, Side, added_word
from aligner.drift.text import fold, tokenize, words
from aligner.textutil import quote

# How far (words) an unrendered source word makes the word a rewording's, as
# :data:`modifiers.WINDOW`.
WINDOW = 3
# How close a word must be to a word of the source, its translations or the MT to be a
# misspelling of it (difflib's ratio): "tendancy" / "tendency" 0.88, "catastriphic" /
# "catastrophe" 0.70.
RESEMBLES = 0.8
_MIN_LENGTH = 4
# English inflections, undone to find a word WordNet has only in its base form:
# (ending, what replaces it).
_ENDINGS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("ier", "y"),
    ("iest", "y"),
    ("er", ""),
    ("er", "e"),
    ("r", ""),
    ("est", ""),
)
# The inflections a compound's part may carry ("crowd" + "sourced", "break" + "rooms"):
# undoing "-ly" there would read any misspelling as a compound ("forcefullly").
_PART_ENDINGS = frozenset(("s", "es", "ies", "ed", "d", "ing"))
# Endings before which English doubles a final consonant ("planned", "hottest"; not
# "-ly": "forcefullly" is no "forceful").
_DOUBLING = frozenset(("ed", "ing", "er", "est"))
# Prefixes English glues to a word it knows ("preterm", "nonstructural", "onboard").
_PREFIXES = frozenset(
    "pre post non un re over under anti pro co mis dis sub super micro inter multi semi "
    "self on off out up down bi tri".split()
)


def _bases(word: str, endings: frozenset[str] | None = None) -> Iterator[str]:
    """The word and the base forms its English inflection may come from ("hosted" →
    "host", "halved" → "halve", "petitions" → "petition", "sanitizer" → "sanitize");
    ``endings``: only these inflections."""
    yield word
    for ending, put in _ENDINGS:
        if endings is not None and ending not in endings:
            continue
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)] + put
            yield base
            if ending in _DOUBLING and not put and len(base) > 3 and base[-1] == base[-2]:
                yield base[:-1]  # a doubled consonant: "planned" → "plan"


@cache
def known_word(word: str) -> bool:
    """Whether WordNet knows a lower-case word in some inflection of it."""
    return any(wordnet_parts(b) for b in _bases(word))


@cache
def compound_word(word: str) -> bool:
    """Whether a word is two known words written as one ("breakrooms", "heatwave"), or
    a known word after a prefix ("preterm")."""
    for k in range(2, len(word) - 2):
        head, tail = word[:k], word[k:]
        if len(tail) < 3 or not _as_written(tail):
            continue
        if head in _PREFIXES or (len(head) >= 3 and _as_written(head)):
            return True
    return False


def _as_written(part: str) -> bool:
    """A compound's part as WordNet has it, or inflected (:data:`_PART_ENDINGS`)."""
    return any(wordnet_parts(b) for b in _bases(part, _PART_ENDINGS))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@cache
def one_letter_off(word: str) -> bool:
    """Whether a word WordNet knows (in some inflection) is one letter away: one
    deleted, added, changed, or two swapped ("catastriphic", "intentionallly"); the
    variants are looked up as written or with a plural or participle ending."""
    cuts = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    variants = {a + b[1:] for a, b in cuts if b}
    variants |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    variants |= {a + c + b[1:] for a, b in cuts if b for c in _LETTERS}
    variants |= {a + c + b for a, b in cuts for c in _LETTERS}
    variants.discard(word)
    return any(len(v) >= 3 and _as_written(v) for v in variants)


def _entry_with_neighbour(ws: Sequence[Word], j: int) -> bool:
    """Whether word ``j`` and a neighbour make one WordNet entry ("in vitro")."""
    low = ws[j].surface.lower()
    pairs = []
    if j > 0:
        pairs.append(f"{ws[j - 1].surface.lower()} {low}")
    if j + 1 < len(ws):
        pairs.append(f"{low} {ws[j + 1].surface.lower()}")
    return any(wordnet_parts(p) for p in pairs)


def _resembles(word: str, others: set[str]) -> bool:
    for o in others:
        if abs(len(o) - len(word)) > 3:
            continue
        m = difflib.SequenceMatcher(a=word, b=o)  # the cheap upper bounds first
        if min(m.real_quick_ratio(), m.quick_ratio(), m.ratio()) >= RESEMBLES:
            return True
    return False


def unknown(surface: str, mt_words: set[str]) -> bool:
    """A lower-case word of four letters or more that neither the MT has nor WordNet
    knows, in any inflection or as a compound (the analyser's ignorance is the
    caller's)."""
    low = surface.lower()
    if not surface.isalpha() or not surface.islower() or len(low) < _MIN_LENGTH:
        return False
    return low not in mt_words and not known_word(low) and not compound_word(low)


def stray_word(src: Sequence[Word], tgt: Sequence[Word], tgt_text: str, mt: str) -> Word | None:
    """The first translation word no dictionary knows that renders nothing (module
    docstring), or None."""
    mt_words = {t.fold for t in words(tokenize(mt))}
    found = [j for j, w in enumerate(tgt) if not w.known and unknown(w.surface, mt_words)]
    if not found:
        return None
    mine = partners(tgt, src, "target")
    src_free = _unrendered(src, partners(src, tgt, "source"))
    others = mt_words | {fold(s.surface) for s in src} | {t for s in src for t in s.trans}
    for j in found:
        w = tgt[j]
        if mine[j] >= 0 or j == 0 or not tgt[j - 1].surface[:1].isalnum():
            continue
        if _hyphened(tgt_text, w) or tgt_text[w.end : w.end + 1] in _HYPHENS:
            continue
        anchors = [mine[k] for k in (j - 1, j + 1) if 0 <= k < len(tgt) and mine[k] >= 0]
        if not anchors or any(_near(src_free, a) for a in anchors):
            continue
        if _entry_with_neighbour(tgt, j) or _resembles(w.surface.lower(), others):
            continue
        if one_letter_off(w.surface.lower()):
            return w
    return None


_HYPHENS = frozenset("-‐–")


def stray_pairs(tagged: Sequence[Sequence] | None, mts: Sequence[str | None]) -> list[int]:
    """The pairs worth analysing word by word for :func:`check_stray_words`: with MT,
    and a word the tagger does not know (``tagged``: :func:`pos_fluency.tag_texts`'
    words) that :func:`unknown` keeps."""
    out = []
    for k, (ws, mt) in enumerate(zip(tagged or (), mts, strict=False)):
        if mt is None or not ws:
            continue
        folds: set[str] | None = None
        for w in ws:
            if w.tag != "unk" or not w.surface.islower() or len(w.surface) < _MIN_LENGTH:
                continue
            folds = folds if folds is not None else {t.fold for t in words(tokenize(mt))}
            if unknown(w.surface, folds):
                out.append(k)
                break
    return out


def check_stray_words(
    src: Side, tgt: Side, mt: str | None, analysed: tuple[list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) at a translation word no dictionary knows that renders
    nothing."""
    if analysed is None or mt is None or tgt.lang[:2] != "en":
        return []
    w = stray_word(analysed[0], analysed[1], tgt.text, mt)
    if w is None:
        return []
    return [
        added_word(
            (w.start, w.end),
            f"The translation adds {quote(w.surface)}, a word no dictionary knows, and "
            "nothing in the source says it.",
        )
    ]
