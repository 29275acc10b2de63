"""Negations added (or removed) in pairs: the polarity check compares the parity of the
negation counts, so "Fortis tiene 85 000 empleados y forma parte de los veinte bancos" →
"Fortis doesn't have 85,000 employees and isn't one of the twenty banks" (two clauses
turned round, two "not"s) looks like nothing changed.

Parity is right where both sides negate (Spanish negative concord, a negated denial,
"no … nunca"); it is blind where one side negates nothing at all and the other negates
two clauses or more. Such a pair is reported when:

* one side has no negation cue at all (no particle, no negative verb, no idiom that may
  carry one), and its machine translation into the other language has none either;
* the other side has an even number of negation particles (odd ones are the polarity
  check's), no negative verb and no optional idiom, and they stand in at least two
  different clauses (one clause with "no … nada" is one negation);
* no word on either side carries a negation that the other side's reading does not use
  (:mod:`aligner.drift.privative`: "imposible" ↔ "not possible", "falta de" ↔ "not
  enough"), and the negative side's negations are not a restrictive "no … que" ("only").

Without negation lists for the source's language (French, Italian), its literal MT
stands in for the source (:func:`_by_mt`), as in the polarity check.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from aligner.drift.cue_quotes import cue_text
from aligner.drift.negation_idioms import not_only_counted
from aligner.drift.privative import restricted, unmatched_privatives
from aligner.drift.signals import (
    Evidence,
    Finding,
    Polarity,
    Reading,
    Side,
    clause_ids,
    polarity,
    span_of,
    word_lists,
)
from aligner.drift.text import Cue, Tok, find_cues
from aligner.lang import profile
from aligner.textutil import quote

# Switched off only to measure what the rule does (bench runs).
ENABLED = True


def _silent(pol: Polarity | None) -> bool:
    return pol is not None and pol.count == 0 and pol.optional == 0


def _reading_silent(reading: Reading | None, lang: str) -> bool:
    """The zero side's MT into the other language negates nothing (or there is none)."""
    if reading is None:
        return True
    pol = polarity(reading.ws, reading.text, lang)
    return pol is None or pol.count == 0


# A relative or a subordinator between two negations parts their clauses where no comma
# does ("No es el hecho que no sepa dibujar": two clauses denied; docs/drift.md,
# "Session 23 (drift28c)").
SUBORDINATE = True


def _clauses_negated(ws: Sequence[Tok], text: str, lang: str, pol: Polarity) -> int:
    ids = clause_ids(ws, text, lang)
    n = len({ids[c.start] for c in pol.cues})
    if not SUBORDINATE:
        return n
    openers = profile(lang).relatives | profile(lang).clause_openers
    cues = sorted(pol.cues, key=lambda c: c.start)
    parted = sum(
        1
        for a, b in pairwise(cues)
        if ids[a.start] == ids[b.start] and any(t.norm in openers for t in ws[a.end : b.start])
    )
    return n + parted


def _paired(ws: Sequence[Tok], text: str, lang: str, pol: Polarity) -> bool:
    """An even number (two or more) of plain negation particles in two clauses or more."""
    if pol.count < 2 or pol.count % 2 or pol.optional:
        return False
    return all(c.label == "neg" for c in pol.cues) and _clauses_negated(ws, text, lang, pol) > 1


def negations_in_pairs(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """Two or more clauses negated on one side where the other negates nothing."""
    if not ENABLED:
        return []
    a = polarity(src.ws, src.text, src.lang)
    b = polarity(tgt.ws, tgt.text, tgt.lang)
    if b is not None and tgt.lang[:2] == "en":  # "not only" nothing completes (session 37)
        b = not_only_counted(tgt, b)
    if a is None and b is not None and ev.mt is not None:
        return _by_mt(tgt, b, ev.mt)
    if a is None or b is None:
        return []
    if _silent(a):
        silent, neg, pol, reading, other = src, tgt, b, ev.mt, ev.back
    elif _silent(b):
        silent, neg, pol, reading, other = tgt, src, a, ev.back, ev.mt
    else:
        return _beside_shared(src, a, tgt, b, ev.mt) if SHARED else []
    if not _paired(neg.ws, neg.text, neg.lang, pol):
        return []
    if not _reading_silent(reading, neg.lang):
        return []
    cued = {i for c in pol.cues for i in range(c.start, c.end)}
    # A privative of the silent side renders one negated clause, not two: "pasaportes
    # privados de indicación" ↔ "passports with no gender … does not vary" leaves one
    # negation unanswered.
    silent_privatives = unmatched_privatives(
        silent.ws, silent.lang, other.ws if other else None, set()
    )
    if silent_privatives >= _clauses_negated(neg.ws, neg.text, neg.lang, pol):
        return []
    if unmatched_privatives(neg.ws, neg.lang, reading.ws if reading else None, cued):
        return []
    if restricted(neg.ws, neg.text, neg.lang, pol.cues, silent.ws, silent.lang):
        return []
    cues = ", ".join(quote(cue_text(neg, c)) for c in pol.cues)
    side = "translation" if neg is tgt else "source"
    message = (
        f"The {side} negates {len(pol.cues)} clauses ({cues}) where the "
        f"{'source' if neg is tgt else 'translation'} negates none."
    )
    first = pol.cues[0]
    s_span = span_of(first) if neg is src else None
    t_span = span_of(first) if neg is tgt else None
    return [Finding("negation", "critical", 0.7, s_span, t_span, message, "drift.negation")]


# Negations added (or removed) in pairs beside the negations both sides share: "sin
# plantear" → MT "without posing" ↔ "does not have to …, are not expected … without"
# (docs/drift.md, "Session 23 (drift28c)").
SHARED = True


def _shared_out(more: Polarity, fewer: Polarity, more_ws, fewer_ws) -> list[Cue] | None:
    """``more``'s cues less one of the same word for each of ``fewer``'s ("without" ↔
    "without"), or None when one of ``fewer``'s has no such partner."""
    left = list(more.cues)
    for c in fewer.cues:
        said = " ".join(t.fold for t in fewer_ws[c.start : c.end])
        match = next(
            (x for x in left if " ".join(t.fold for t in more_ws[x.start : x.end]) == said), None
        )
        if match is None:
            return None
        left.remove(match)
    return left


def _beside_shared(
    src: Side, a: Polarity, tgt: Side, b: Polarity, mt: Reading | None
) -> list[Finding]:
    """Two or more clauses negated on one side beyond the negations both share, read
    against the source's literal MT: the source and its MT negate as often, every cue
    is a plain particle, and each negation of the side with fewer is one word the other
    side also uses; the other side's other negations (an even number: odd ones are the
    polarity check's) stand in two clauses or more, and no word carries a negation the
    other reading lacks (as for a silent side, above)."""
    if mt is None or tgt.lang[:2] != "en":
        return []
    m = polarity(mt.ws, mt.text, tgt.lang)
    if m is None or m.count != a.count or m.optional or b.optional or a.optional:
        return []
    if not all(c.label == "neg" for c in (*m.cues, *b.cues)):
        return []
    extra = b.count - m.count
    if not extra or extra % 2:
        return []
    more, fewer = ((tgt.ws, b), (mt.ws, m)) if extra > 0 else ((mt.ws, m), (tgt.ws, b))
    left = _shared_out(more[1], fewer[1], more[0], fewer[0])
    if left is None or len(left) < 2:
        return []
    text = tgt.text if more[0] is tgt.ws else mt.text
    ids = clause_ids(more[0], text, tgt.lang)
    if len({ids[c.start] for c in left}) < 2:
        return []
    cued = {i for c in left for i in range(c.start, c.end)}
    if unmatched_privatives(fewer[0], tgt.lang, more[0], set()):
        return []
    if unmatched_privatives(more[0], tgt.lang, fewer[0], cued):
        return []
    if restricted(more[0], text, tgt.lang, left, fewer[0], tgt.lang) or (
        extra < 0 and restricted(src.ws, src.text, src.lang, a.cues, tgt.ws, tgt.lang)
    ):
        return []  # "no … más que" → MT "not … more than" ↔ "only"
    if extra > 0:
        cues = ", ".join(quote(cue_text(tgt, c)) for c in left)
        message = (
            f"The translation negates {len(left)} more clauses ({cues}) than a literal "
            f"translation of the source."
        )
        span = span_of(left[0])
    else:
        said = ", ".join(quote(mt.text[c.char_start : c.char_end]) for c in left)
        message = (
            f"A literal translation of the source negates {len(left)} more clauses ({said}) "
            f"than the translation."
        )
        span = None
    return [Finding("negation", "critical", 0.6, None, span, message, "drift.negation")]


def _by_mt(tgt: Side, b: Polarity, mt: Reading) -> list[Finding]:
    """No negation lists for the source's language (French, Italian): its literal MT
    stands in for it, as in the polarity check. A restrictive negation ("ne … que") is
    Apertium's "not … that", rendered "only": a translation with "only" is left alone."""
    m = polarity(mt.ws, mt.text, tgt.lang)
    if m is None:
        return []
    if _silent(m) and _paired(tgt.ws, tgt.text, tgt.lang, b):
        neg_ws, pol, silent_ws = tgt.ws, b, mt.ws
    elif _silent(b) and _paired(mt.ws, mt.text, tgt.lang, m):
        neg_ws, pol, silent_ws = mt.ws, m, tgt.ws
        if "minimal" in {c.label for c in find_cues(tgt.ws, word_lists(tgt.lang).degree)}:
            return []
    else:
        return []
    cued = {i for c in pol.cues for i in range(c.start, c.end)}
    if unmatched_privatives(silent_ws, tgt.lang, neg_ws, set()):
        return []
    if unmatched_privatives(neg_ws, tgt.lang, silent_ws, cued):
        return []
    if pol is b:
        cues = ", ".join(quote(cue_text(tgt, c)) for c in b.cues)
        message = (
            f"The translation negates {len(b.cues)} clauses ({cues}) where a literal "
            f"translation of the source negates none."
        )
        span = span_of(b.cues[0])
    else:
        said = ", ".join(quote(mt.text[c.char_start : c.char_end]) for c in m.cues)
        message = (
            f"A literal translation of the source negates {len(m.cues)} clauses ({said}) "
            f"where the translation negates none."
        )
        span = None
    return [Finding("negation", "critical", 0.6, None, span, message, "drift.negation")]
