"""Spanish idioms whose negation the polarity counts misread, paired with their English
renderings (session 37, drift42b), so that a negation the translation adds beside them
is counted:

* *"si no" as "otherwise"*: "…; si no, el riesgo aumenta" → "otherwise the risk
  increases", and the calque "compradores que si no habrían comprado" → "buyers who
  otherwise would have bought". The "no" says no negation the English must keep: where
  it closes its clause ("si no" before a mark) or stands before a conditional verb (no
  protasis in Spanish) and the translation says "otherwise" or "or else", the source's
  "no" is not counted ("…; otherwise the risk does not increase" is then a negation
  added).
* *"poco" before an adjective, "un-" or "not" before its English*: "es poco probable"
  → "is unlikely" / "isn't likely", which the literal MT renders "little likely". "poco"
  is a privative that excuses any one negation of the other side; paired with the
  translation's prefixed word or negated word of the MT's "little X", it counts as the
  negation it renders on both sides, and a second negation ("the driver who did not hit
  the cyclist is unlikely to be charged") is reported.
* *"not only" that nothing completes*: English lists "not only" as idle, the "not only …
  but also" of "no solo … sino también"; with no "but", "also", "too" … after it, it
  is a negation ("No se trata solo de dinero" → "It is not only about money"; "Solo vi
  el incendio" → "I did not only see the fire"). The literal MT's "not … than" of a
  restrictive "no … más que" the translation says with "only" is then not counted.

"nada menos que" ("no less than", "as many as") is no negation: Spanish lists it as
idle (:mod:`aligner.lang.es`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from aligner.drift.text import Cue, Tok

if TYPE_CHECKING:  # signals imports this module's caller
    from aligner.drift.signals import Polarity, Reading, Side

# Switched off only to measure what the rules do (bench runs).
ENABLED = True

_OTHERWISE = frozenset({"otherwise"})
_CONDITIONAL = ("ría", "rían", "rías", "ríamos", "ríais")
_POCO = frozenset({"poco", "poca", "pocos", "pocas"})
# What "poco" says before a word when it is no privative of that word.
_NOT_BEFORE = frozenset("a más menos antes después tiempo de que y o mucho muy".split())
_NEG_EN = frozenset({"not", "n't", "never"})
_PREFIXES = ("un", "in", "im", "il", "ir", "non-", "non")


def _otherwise(tgt: Sequence[Tok]) -> bool:
    if any(t.norm in _OTHERWISE for t in tgt):
        return True
    return any(a.norm == "or" and b.norm == "else" for a, b in pairwise(tgt))


def _otherwise_no(src: Side, cue: Cue) -> bool:
    """A source "no" right after "si" that closes its clause or stands before a
    conditional verb."""
    ws, text = src.ws, src.text
    if cue.label != "neg" or cue.end - cue.start != 1 or ws[cue.start].norm != "no":
        return False
    if cue.start == 0 or ws[cue.start - 1].norm != "si":
        return False
    # "sino" is one word; "si no" before a mark: "si no, …", "o si no."
    rest = text[cue.char_end : cue.char_end + 2].lstrip()
    if not rest or rest[0] in ",;:.)":
        return True
    after = ws[cue.end] if cue.end < len(ws) else None
    return (
        after is not None
        and after.word
        and after.fold.endswith(tuple(e.replace("í", "i") for e in _CONDITIONAL))
    )


def _little_words(mt: Sequence[Tok]) -> set[str]:
    """The words the MT says "little" before ("little likely"), "very little" included."""
    return {b.fold for a, b in pairwise(mt) if a.norm == "little" and b.word}


def _poco_cues(src: Side) -> list[Cue]:
    ws = src.ws
    out = []
    for i, t in enumerate(ws[:-1]):
        nxt = ws[i + 1]
        if t.norm not in _POCO or not nxt.word or nxt.norm in _NOT_BEFORE:
            continue
        if i and ws[i - 1].norm in ("un", "una", "unos", "unas", "muy", "por", "hace", "tan"):
            continue  # "un poco", "por poco", "hace poco"; "tan poco" compares
        out.append(Cue(i, i + 1, "pair", t.start, t.end))
    return out


def poco_cues(src: Side) -> list[Cue]:
    """The source's "poco" before a word it may deny (not "un poco", "poco tiempo")."""
    return _poco_cues(src)


def _rendered(tgt: Sequence[Tok], words: set[str], taken: set[int]) -> Cue | None:
    """The translation's negation of one of ``words``: a prefixed form of it
    ("unlikely"), or "not"/"n't" at most two words before it ("isn't very likely");
    none at a place in ``taken`` (one negation renders one "poco")."""
    for j, t in enumerate(tgt):
        if j in taken or not t.word:
            continue
        for p in _PREFIXES:
            if t.fold.startswith(p) and t.fold.removeprefix(p).lstrip("-") in words:
                return Cue(j, j + 1, "pair", t.start, t.end)
        if t.fold in words:
            for k in range(max(0, j - 3), j):
                if tgt[k].norm in _NEG_EN and k not in taken:
                    return Cue(k, k + 1, "neg", tgt[k].start, tgt[k].end)
    return None


def _sorted(*cues: Cue) -> tuple[Cue, ...]:
    return tuple(sorted(cues, key=lambda c: c.start))


def _without(p: Polarity, drop: list[Cue]) -> Polarity:
    """``p`` with the cues in ``drop`` uncounted."""
    kept = tuple(c for c in p.cues if c not in drop)
    return replace(p, count=p.count - len(drop), particles=p.particles - len(drop), cues=kept)


def _with(p: Polarity, cue: Cue) -> Polarity:
    """``p`` with one more negation, ``cue``, counted in reading order."""
    return replace(p, count=p.count + 1, particles=p.particles + 1, cues=_sorted(*p.cues, cue))


def read_idioms(
    src: Side, a: Polarity, tgt: Side, b: Polarity, mt: Reading | None
) -> tuple[Polarity, Polarity]:
    """The two counts with the idioms above paired (Spanish sources, English
    translations only)."""
    if not ENABLED or src.lang[:2] != "es" or tgt.lang[:2] != "en":
        return a, b
    if _otherwise(tgt.ws):
        drop = [c for c in a.cues if _otherwise_no(src, c)]
        if drop:
            a = _without(a, drop)
    b = not_only_counted(tgt, b)
    if mt is None:
        return a, b
    words = _little_words(mt.ws)
    if not words:
        return a, b
    taken: set[int] = set()
    for cue in _poco_cues(src):
        if any(c.start <= cue.start < c.end for c in a.cues):
            continue
        found = _rendered(tgt.ws, words, taken)
        if found is None:
            continue
        a = _with(a, cue)
        held = next((c for c in b.cues if c.start == found.start), None)
        if held is None:
            b = _with(b, found)
        elif held.label == "neg":  # the "not" of "isn't likely": the pair's, not added
            pair = replace(held, label="pair")
            b = replace(b, cues=_sorted(*(c for c in b.cues if c != held), pair))
        taken.add(found.start)
    return a, b


def mt_read(src: Side, tgt: Side, mt: Reading, m: Polarity | None) -> Polarity | None:
    """The MT's polarity ``m`` read as :func:`read_idioms` reads the source's: its
    rendering of an "otherwise" "si no" ("if no, …", "if they would not") uncounted, its
    "little X" counted where the translation negates X."""
    if not ENABLED or m is None or src.lang[:2] != "es" or tgt.lang[:2] != "en":
        return m
    ws = mt.ws
    if _otherwise(tgt.ws):
        dropped = sum(_otherwise_no(src, c) for c in _source_cues(src))
        drop = [
            c
            for c in m.cues
            if c.label == "neg" and any(t.norm == "if" for t in ws[max(0, c.start - 3) : c.start])
        ][:dropped]
        if drop:
            m = _without(m, drop)
    m = not_only_counted(mt, m)
    restrictive = _restrictive_read(src, tgt)
    if restrictive:  # "no para más que" → MT "does not stop more than" ↔ "only stops"
        drop = [
            c
            for c in m.cues
            if c.label == "neg"
            and any(t.norm in _RESTRICTIVE_EN for t in ws[c.end : c.end + _RESTRICTIVE_REACH])
        ][:restrictive]
        if drop:
            m = _without(m, drop)
    words = _little_words(ws)
    if not words or not _poco_cues(src):
        return m
    paired = {w for w in words if _rendered(tgt.ws, {w}, set()) is not None}
    cued = {c.start for c in m.cues}
    for i, (t, nxt) in enumerate(pairwise(ws)):
        if t.norm == "little" and nxt.fold in paired and i not in cued:
            cue = Cue(i, i + 1, "pair", t.start, t.end)
            m = _with(m, cue)
    return m


def _source_cues(src: Side) -> list[Cue]:
    from aligner.drift.signals import polarity  # signals imports this module's caller

    pol = polarity(src.ws, src.text, src.lang)
    return list(pol.cues) if pol is not None else []


# "not only" with nothing after it that completes "not only … but also".
_NOT_ONLY = frozenset({"only", "just", "merely", "solely"})
_CORRELATIVE = frozenset({"but", "also", "too", "well", "even", "instead", "rather"})
# The words after the MT's "not" that render a restrictive idiom ("not … more than",
# "not … that"), and how far after it.
_RESTRICTIVE_EN = frozenset({"than", "that", "but"})
_RESTRICTIVE_REACH = 4


def not_only_counted(side: Side | Reading, pol: Polarity) -> Polarity:
    """The polarity with each "not only" / "not just" that nothing completes ("It is not
    only about money.", "I did not only see it from afar") counted as the negation it
    is: English lists "not only" as idle, the "not only … but also" of "no solo … sino
    también"."""
    ws = side.ws
    held = {c.start for c in pol.cues}
    for i, (t, nxt) in enumerate(pairwise(ws)):
        if t.norm not in ("not", "n't") or nxt.norm not in _NOT_ONLY or i in held:
            continue
        if any(w.norm in _CORRELATIVE for w in ws[i + 2 :]):
            continue
        cue = Cue(i, i + 1, "neg", t.start, t.end)
        pol = _with(pol, cue)
    return pol


def _restrictive_read(src: Side, tgt: Side) -> int:
    """How many of the source's restrictive idioms ("no … más que") are read as "only"
    (:func:`aligner.drift.privative.restrictive_idioms`)."""
    from aligner.drift.privative import restrictive_idioms
    from aligner.drift.signals import word_lists  # signals imports this module's caller
    from aligner.drift.text import find_cues

    idioms = [c for c in find_cues(src.ws, word_lists(src.lang).negation) if c.label == "opt"]
    return restrictive_idioms(src.ws, idioms, src.lang, tgt.ws, tgt.lang) if idioms else 0
