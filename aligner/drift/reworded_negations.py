"""Negations one side says with a verb of its own (session 29, drift34c), which the
polarity counts read as a negation more or less:

* *a halt denied, rendered as going on*: "el suministro no debe interrumpirse" → "the
  supply must continue", "la producción no se detendrá" → "production will go on", "el
  partido no se suspenderá" → "the match will go ahead". Not stopping is continuing.
  :func:`halt_denied` names the source's "no" to leave uncounted: a "no" with a Spanish
  verb of halting within four words after it, where the translation has a verb of going
  on that no negation governs. A translation that keeps the negation ("must not be
  interrupted") or negates the going on ("must not continue") is weighed as before.
* *avoiding, rendered by a negation*: "evitando todo contacto con los demás" → "not
  having contact with others", "evitad cualquier viaje" → "do not make any trip".
  :func:`avoided` names the translation's negation to leave uncounted: one that governs
  (two words on at most) a word with the first five letters of the noun the Spanish
  "evitar" takes (past a determiner or "todo", "cualquier").

Spanish sources, English targets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.text import Cue, Tok

# Spanish verbs of halting, any form: interrumpir, detener, suspender, cesar, paralizar.
_HALT = re.compile(
    r"(?:interrump|deten|detien|detuv|suspend|paraliz)\w*|ces(?:a|e|ó|ar\w*|an|en|aron|ado|ada|ando)",
)
# English verbs of going on (the word, or the verb and its particle).
_GO_ON = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)|proceed(?:s|ed|ing)?|(?:go|goes|went|going|gone) (?:ahead|on)|"
    r"carr(?:y|ies|ied|ying) on|keep(?:s|ing)? going|kept going)\b",
    re.IGNORECASE,
)
# "parar" (not "para", a preposition; "parado" is also "out of work", a plain word).
_STOP = re.compile(r"par(?:ó|aron|ar|an|en|aba|aban|ado|ada|ados|adas|ará|arán)")
# The translation's negative verbs a verb of halting renders.
_STOPPED = frozenset(("stopped", "ceased"))
_HALT_REACH = 4  # "no" … verb of halting ("no tiene que estar interrumpida")
_ES_DENIALS = frozenset("no nunca jamás sin ni".split())
_NEGATORS = frozenset("not n't no never cannot without".split())
# What may stand between "evitar" and its noun ("evitando toda interacción").
_BEFORE_NOUN = frozenset(
    "el la los las un una unos unas todo toda todos todas cualquier su sus".split()
)
_GOVERN = 2  # words from an English negation to the word it governs


def _going_on(ws: Sequence[Tok], text: str) -> bool:
    """A verb of going on in the translation that no negation right before governs."""
    for m in _GO_ON.finditer(text):
        k = next((i for i, t in enumerate(ws) if t.start >= m.start()), None)
        if k is not None and not any(t.norm in _NEGATORS for t in ws[max(0, k - 3) : k]):
            return True
    return False


def halt_denied(
    src_ws: Sequence[Tok],
    src_cues: Sequence[Cue],
    tgt_ws: Sequence[Tok],
    tgt_text: str,
    langs: tuple[str, str],
) -> Cue | None:
    """The source's "no" of a denied halt that the translation words as going on."""
    if langs[0][:2] != "es" or langs[1][:2] != "en":
        return None
    # A verb of halting inside a cue of its own is that cue's ("no suspendió el examen":
    # failing a test, a negative verb).
    cued = {i for c in src_cues for i in range(c.start, c.end)}
    for c in src_cues:
        if c.label != "neg" or src_ws[c.start].norm != "no":
            continue
        after = range(c.end, min(c.end + _HALT_REACH, len(src_ws)))
        halted = any(
            i not in cued and src_ws[i].word and _HALT.fullmatch(src_ws[i].norm) for i in after
        )
        if halted and _going_on(tgt_ws, tgt_text):
            return c
    return None


def _avoided_stems(ws: Sequence[Tok]) -> set[str]:
    """The first five letters of each noun a form of "evitar" takes."""
    out = set()
    for i, t in enumerate(ws):
        if not t.fold.startswith("evit"):
            continue
        j = i + 1
        while j < len(ws) and ws[j].norm in _BEFORE_NOUN:
            j += 1
        if j < len(ws) and ws[j].word and len(ws[j].fold) >= 5:
            out.add(ws[j].fold[:5])
    return out


def avoided(
    src_ws: Sequence[Tok],
    tgt_ws: Sequence[Tok],
    tgt_cues: Sequence[Cue],
    langs: tuple[str, str],
) -> Cue | None:
    """The translation's negation that renders the source's "evitar" of a noun."""
    if langs[0][:2] != "es" or langs[1][:2] != "en":
        return None
    stems = _avoided_stems(src_ws)
    if not stems:
        return None
    for c in tgt_cues:
        if c.label != "neg" or tgt_ws[c.start].norm not in _NEGATORS:
            continue
        governed = tgt_ws[c.end : c.end + _GOVERN]
        if any(t.word and t.fold[:5] in stems for t in governed):
            return c
    return None


def _keeps_on(ws: Sequence[Tok], i: int) -> bool:
    """A halt denied before "de" and a verb ("no paran de subir"): Spanish for going on
    ("keep rising"), of which "stopped" is the opposite, not a rendering."""
    denied = any(w.norm in _ES_DENIALS for w in ws[max(0, i - _HALT_REACH) : i])
    return denied and i + 1 < len(ws) and ws[i + 1].norm == "de"


def halt_rendered(
    src_ws: Sequence[Tok],
    src_cues: Sequence[Cue],
    tgt_ws: Sequence[Tok],
    tgt_cues: Sequence[Cue],
    langs: tuple[str, str],
) -> Cue | None:
    """The translation's "stopped" or "ceased" that renders a source verb of halting."""
    if langs[0][:2] != "es" or langs[1][:2] != "en":
        return None
    cued = {i for c in src_cues for i in range(c.start, c.end)}
    halted = any(
        i not in cued
        and t.word
        and (_HALT.fullmatch(t.norm) or _STOP.fullmatch(t.norm))
        and not _keeps_on(src_ws, i)
        for i, t in enumerate(src_ws)
    )
    if not halted:
        return None
    return next(
        (
            c
            for c in tgt_cues
            if c.label != "neg" and c.end - c.start == 1 and tgt_ws[c.start].norm in _STOPPED
        ),
        None,
    )
