"""An exception worded as a condition: "abrirá todos los días salvo los lunes festivos" →
"will open every day unless Monday is a holiday" (session 29, drift34c).

English "unless" is "if not", and the polarity check counts it as a negation, as it counts
the Spanish conditions of exception ("a menos que", "salvo que", "salvo si"). But an
exception by a noun ("salvo los lunes", "excepto en verano") is no negation in Spanish,
and a translator who makes a clause of it writes "unless": the count then differs by one
while the statement is the same. The other way round, a Spanish "a menos que" rendered by
English "except" or "other than" loses a counted negation the same way.

:func:`exception_cue` names the one cue the polarity check should not count: the
target's "unless" / "barring" where the source words an exception by a preposition the
counts do not read, or the source's counted condition of exception where the
translation words it by an English preposition of exception. Spanish sources and English
targets only (a pivot route's Spanish reading included).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from aligner.drift.negation_idioms import read_idioms
from aligner.drift.privative import restrictive_idioms
from aligner.drift.reworded_negations import avoided, halt_denied, halt_rendered
from aligner.drift.text import Cue, Tok, find_cues

if TYPE_CHECKING:  # signals imports this module
    from aligner.drift.signals import Polarity, Reading, Side

# Spanish exceptions by a preposition ("a salvo" is "safe", no exception).
_ES_EXCEPTION = re.compile(
    r"(?<!\ba )\b(?:salvo|excepto|exceptuando|a excepción de|con excepción de)\b",
    re.IGNORECASE,
)
# The English negations that are conditions of exception.
_EN_CONDITION = frozenset({"unless", "barring"})
# The Spanish counted negations that are conditions of exception.
_ES_CONDITION = frozenset(
    "a no ser que|a menos que|salvo que|salvo si|excepto si|excepto que".split("|")
)
# English exceptions by a preposition, which the counts do not read.
_EN_EXCEPTION = re.compile(
    r"\b(?:except|excepting|other than|apart from|aside from|save for)\b", re.IGNORECASE
)
# The same, and the noun ("with an exception for residents"): what renders a Spanish
# exception by a preposition without a condition.
_EN_EXCEPTION_WORDED = re.compile(
    r"\b(?:except|excepting|exceptions?|other than|apart from|aside from|save for)\b",
    re.IGNORECASE,
)


def _words(ws: Sequence[Tok], cue: Cue) -> str:
    return " ".join(t.norm for t in ws[cue.start : cue.end])


def _uncounted(pattern: re.Pattern[str], text: str, cues: Sequence[Cue]) -> int:
    """How many exception words of the text no counted cue covers."""
    return sum(
        not any(c.char_start <= m.start() < c.char_end for c in cues)
        for m in pattern.finditer(text)
    )


def exception_cue(
    src_ws: Sequence[Tok],
    src_text: str,
    src_cues: Sequence[Cue],
    tgt_ws: Sequence[Tok],
    tgt_text: str,
    tgt_cues: Sequence[Cue],
    langs: tuple[str, str],
) -> tuple[bool, Cue] | None:
    """(True when the cue is the source's, the cue) that one side's wording of the
    other side's exception makes the counts differ by; None when there is none."""
    if langs[0][:2] != "es" or langs[1][:2] != "en":
        return None
    condition = next(
        (c for c in tgt_cues if c.label == "neg" and _words(tgt_ws, c) in _EN_CONDITION), None
    )
    # Session 30 (drift35c): only where the translation has not worded every such
    # exception without a condition already ("rechazando la entrada (salvo a los
    # residentes)" → "barring entry (with an exception for residents)": "barring" is
    # then the source's refusal, no exception).
    if condition is not None and _uncounted(_ES_EXCEPTION, src_text, src_cues) > _uncounted(
        _EN_EXCEPTION_WORDED, tgt_text, tgt_cues
    ):
        return False, condition
    condition = next(
        (c for c in src_cues if c.label == "neg" and _words(src_ws, c) in _ES_CONDITION), None
    )
    if condition is not None and _uncounted(_EN_EXCEPTION, tgt_text, tgt_cues):
        return True, condition
    return None


def uncounted(
    src: Side, a: Polarity, tgt: Side, b: Polarity, mt: Reading | None = None
) -> tuple[Polarity, Polarity]:
    """The polarity counts without the cue by which one side words the other's exception
    as a condition, or by which it words a negation the other says with a verb (a halt
    denied, "avoiding": :mod:`aligner.drift.reworded_negations`); the source's restrictive
    idioms the translation says with "only" first read as no negation (session 36), and
    "si no" / "poco" paired with their renderings (:mod:`aligner.drift.negation_idioms`,
    session 37)."""
    a = _restriction_read(src, a, tgt)
    a, b = read_idioms(src, a, tgt, b, mt)
    langs = (src.lang, tgt.lang)
    found = exception_cue(src.ws, src.text, a.cues, tgt.ws, tgt.text, b.cues, langs)
    if found is None:  # "no debe interrumpirse" → "must continue"
        halt = halt_denied(src.ws, a.cues, tgt.ws, tgt.text, langs)
        found = None if halt is None else (True, halt)
    if found is None:  # "evitando todo contacto" → "not having contact"
        avoid = avoided(src.ws, tgt.ws, b.cues, langs)
        found = None if avoid is None else (False, avoid)
    if found is None:  # "se ha detenido" → "has stopped"
        stop = halt_rendered(src.ws, a.cues, tgt.ws, b.cues, langs)
        found = None if stop is None else (False, stop)
    if found is None:
        return a, b
    mine, cue = found
    p = a if mine else b
    particle = cue.label == "neg"
    p = replace(
        p,
        count=p.count - 1,
        particles=p.particles - particle,
        cues=tuple(c for c in p.cues if c != cue),
    )
    return (p, b) if mine else (a, p)


def _restriction_read(src: Side, a: Polarity, tgt: Side) -> Polarity:
    """The source's polarity with its restrictive idioms the translation says with "only"
    read as no negation (:func:`aligner.drift.privative.restrictive_idioms`): they no
    longer leave the count optional."""
    if not a.optional:
        return a
    from aligner.drift.signals import word_lists  # signals imports this module

    idioms = [c for c in find_cues(src.ws, word_lists(src.lang).negation) if c.label == "opt"]
    n = restrictive_idioms(src.ws, idioms, src.lang, tgt.ws, tgt.lang)
    return replace(a, optional=a.optional - n) if n else a
