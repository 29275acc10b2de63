"""Negation counts where an idiom may or may not carry a negation, and the capitals
Apertium moves: two readings the polarity check (:func:`aligner.drift.signals.check_polarity`)
needed in session 32 (drift37a), kept here for the size of :mod:`aligner.drift.signals`.

* An idiom that may be rendered with or without a negation ("no importa dónde" →
  "anywhere", "sólo en marzo" → "not until March") leaves the parity of the counts
  unread. One side's plain negations may still outnumber every reading of the other:
  "pueden producirse no importa dónde" → "can't occur anywhere …, and they can't be …"
  (two negations against at most one), "La construcción está acabada … sólo en marzo" →
  "Construction wasn't completed …, but it did not open … until March".
* Apertium moves the capital of a sentence whose first word it does not know onto the
  next ("*Pfizer No es responsable", "*Glitter Never returns"): that word is no name's,
  and the cue lists read it as opening the sentence, not as a capitalised word inside
  one (which :func:`aligner.drift.text.find_cues` leaves to names).
"""

from __future__ import annotations

from dataclasses import replace

from aligner.drift.text import Tok

# Switched off only to measure what the rule does (bench runs).
OUTNUMBERED = True


def outnumbered(a, b) -> bool:
    """Whether, with an idiom on either side, one side's negations (``count``) outnumber
    the other's with every idiom (``optional``) read as one (two :class:`Polarity`)."""
    if not OUTNUMBERED or not (a.optional or b.optional):
        return False
    return a.count > b.count + b.optional or b.count > a.count + a.optional


def particles_outnumbered(a, b) -> bool:
    """The same for the particles alone: a negation, not a negative verb's meaning."""
    return a.particles > b.particles + b.optional or b.particles > a.particles + a.optional


def moved_capital(ws: list[Tok], unknown: tuple[str, ...]) -> list[Tok]:
    """The words of an MT reading, the second marked as opening the sentence when
    Apertium gave it the unknown first word's capital."""
    if len(ws) > 1 and ws[0].text in unknown and ws[1].cap and ws[1].text[1:].islower():
        ws[1] = replace(ws[1], initial=True)
    return ws
