"""Lexical drift signals: the types the checks share, and polarity (figures are in
:mod:`aligner.drift.number_check`).

Each check compares a source and a target :class:`Side` and returns findings. The
word-list checks compare *readings*: the source read with the source lists, the
machine translation of the source read with the target lists, and the target's
back-translation read with the source lists. A difference is reported only when
the direct reading shows it and the MT readings do not all explain it away, so a
faithful rewording that one list misses can be forgiven by another. Modality and
intensity are in :mod:`aligner.drift.modality`; names and speakers in
:mod:`aligner.drift.names`; clause-level and embedding evidence
(omission, addition, meaning) in :mod:`aligner.drift.clauses`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any

from aligner.drift.administrative import body_explained
from aligner.drift.cue_quotes import cue_text, quoted_cue
from aligner.drift.emphasis import said_otherwise
from aligner.drift.exception_polarity import uncounted
from aligner.drift.idiom_counts import moved_capital, outnumbered, particles_outnumbered
from aligner.drift.mt_negative_verbs import read_by_mt
from aligner.drift.negation_idioms import mt_read
from aligner.drift.negative_concord import concord_particle, concord_word
from aligner.drift.privative import (
    moved_privatives,
    privative_counts,
    restricted,
    unmatched_privatives,
)
from aligner.drift.quantities import Quantity
from aligner.drift.text import (
    CLAUSE_PUNCT,
    QUOTE_MARKS,
    Clause,
    Cue,
    Tok,
    clause_openers,
    find_cues,
    labelled,
    tokenize,
    words,
)
from aligner.lang import profile
from aligner.textutil import quote


@dataclass(frozen=True)
class Finding:
    type: str  # number|negation|entity|speaker|modality|intensity|omission|addition|meaning
    severity: str  # critical|major|minor
    confidence: float  # [0,1]
    source_span: tuple[int, int] | None  # char offsets into the source text given
    target_span: tuple[int, int] | None
    message: str  # one sentence a translator can act on, quoting both sides
    check: str = ""  # stable id, e.g. "drift.number"


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    parts: tuple[str, ...]  # folded content words
    acronym: bool


@dataclass(frozen=True)
class Voice:
    """Who a statement is credited to, as written on one side."""

    mention: str
    start: int
    end: int
    key: str  # folded surname-like key when a name is known
    name: str
    how: str  # how quotes.py resolved it: explicit | role | pronoun | carried | none
    roles: tuple[frozenset[str], ...]  # role classes in the mention, first one = head


@dataclass
class Side:
    text: str
    lang: str
    toks: list[Tok]
    ws: list[Tok]
    clauses: list[Clause]
    quantities: list[Quantity]
    entities: list[Entity]
    voices: list[Voice]


@dataclass
class Reading:
    """Another text that stands for one side: a machine translation of the other side."""

    text: str
    ws: list[Tok] = field(default_factory=list)
    unknown: tuple[str, ...] = ()
    ungenerated: tuple[str, ...] = ()  # MT words Apertium could not inflect ("#move")
    pivot: str = ""  # the Spanish text a route through Spanish went by, else ""
    filled: tuple[str, ...] = ()  # leftovers written over (rendered_unknowns): no vouching

    @classmethod
    def of(
        cls,
        text: str | None,
        unknown: tuple[str, ...] = (),
        ungenerated: tuple[str, ...] = (),
        pivot: str = "",
    ) -> Reading | None:
        if text is None:
            return None
        ws = moved_capital(words(tokenize(text)), unknown)  # "*Pfizer No es" (drift37a)
        return cls(text, ws, unknown, ungenerated, pivot)

    @property
    def complete(self) -> bool:
        """No common word unknown ("No *descartamos") or filled (drift45c); names may be."""
        return not any(w[:1].islower() for w in self.unknown + self.filled)


@dataclass
class Evidence:
    """What a machine translation adds for one pair (all None without MT)."""

    mt: Reading | None = None  # source translated into the target language
    back: Reading | None = None  # target translated into the source language
    mt_entities: list[str] | None = None  # each source entity translated alone
    back_entities: list[str] | None = None
    # Per entity, whether the MT system did not know a word of it (a true proper name).
    src_unknown: list[bool] | None = None
    tgt_unknown: list[bool] | None = None
    mt_voices: list[str] | None = None  # each source speaker mention translated alone
    mt_clauses: list[str] | None = None  # each source clause translated alone
    back_clauses: list[str] | None = None  # each target clause translated back


def span_of(item: Quantity | Entity | Cue | Voice | Clause | None) -> tuple[int, int] | None:
    if item is None:
        return None
    if isinstance(item, Cue):
        return (item.char_start, item.char_end)
    return (item.start, item.end)


def added_word(span: tuple[int, int], message: str) -> Finding:
    """A word of the translation that nothing in the source renders (the word checks')."""
    return Finding("addition", "major", 0.55, None, span, message, "drift.addition")


def removed_word(
    src_span: tuple[int, int] | None, tgt_span: tuple[int, int] | None, message: str
) -> Finding:
    """A source word that nothing in the translation renders (the word checks'): the
    source's span, and the translation's place where it is missed."""
    return Finding("omission", "major", 0.55, src_span, tgt_span, message, "drift.omission")


def removed_source_word(
    src: Side,
    tgt: Side,
    analysed: tuple[Sequence, Sequence] | None,
    links: tuple[list[int], list[int]] | None,
    find: Callable[..., Any],
    message: Callable[[Any], str],
) -> list[Finding]:
    """The word checks' omission at the source word ``find(src_words, tgt_words,
    tgt_text, src_lang, links)`` returns, if any; English translations only."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    w = find(analysed[0], analysed[1], tgt.text, src.lang[:2], links)
    if w is None:
        return []
    return [removed_word((w.start, w.end) if w.start >= 0 else None, None, message(w))]


def added_to_head(
    tgt: Side,
    analysed: tuple[Sequence, Sequence, Sequence] | None,
    find: Callable[..., Any],
    why: str,
) -> list[Finding]:
    """The word checks' addition at the translation word ``find(source, translation,
    MT)`` returns with the head it was added to, if any; English translations only.
    ``why`` ends the message ("which the source … leaves bare.")."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    found = find(*analysed)
    if found is None:
        return []
    w, head = found
    if body_explained(w.surface, head.surface, analysed[0]) or said_otherwise(
        w.surface, [x.surface for x in analysed[0]]
    ):
        return []
    said = f"The translation adds {quote(w.surface)} to {quote(head.surface)}, {why}"
    return [added_word((w.start, w.end), said)]


# --- word-list readings ---


@dataclass(frozen=True)
class _Lists:
    negation: tuple[tuple[str, str], ...]
    concord: frozenset[str]
    modality: tuple[tuple[str, str], ...]
    degree: tuple[tuple[str, str], ...]
    openers: frozenset[str]


@cache
def word_lists(lang: str) -> _Lists:
    prof = profile(lang)
    return _Lists(
        negation=labelled(prof.negation_idle, "idle")
        + labelled(prof.negation_optional, "opt")
        + labelled(prof.negation_words, "neg")
        + labelled(prof.negative_verbs, "verb"),
        concord=prof.negative_concord,
        modality=prof.modality_cues,
        degree=prof.degree_cues,
        openers=clause_openers(lang),
    )


def clause_ids(ws: Sequence[Tok], text: str, lang: str, *, quotes_split: bool = True) -> list[int]:
    """Clause number of each word: punctuation between two words, or an opener, starts one.

    Without ``quotes_split``, a quotation mark alone does not: a quoted fragment inside
    a clause ("no apoyará «bajo ningún concepto» un gobierno") stays in its clause.
    """
    openers = word_lists(lang).openers
    breaks = CLAUSE_PUNCT if quotes_split else CLAUSE_PUNCT - QUOTE_MARKS
    ids, current, last_end = [], 0, 0
    for w in ws:
        between = text[last_end : w.start]
        if any(c in breaks for c in between) or (w.norm in openers and ids):
            current += 1
        ids.append(current)
        last_end = w.end
    return ids


@dataclass(frozen=True)
class Polarity:
    count: int  # negations, concord counted once per clause, negative verbs included
    particles: int  # the same without negative verbs
    optional: int  # idioms that may be rendered with or without a negation
    cues: tuple[Cue, ...]


def polarity(ws: Sequence[Tok], text: str, lang: str) -> Polarity | None:
    lists = word_lists(lang)
    if not lists.negation:
        return None
    # Concord reaches into a quoted fragment of the same clause.
    ids = clause_ids(ws, text, lang, quotes_split=False)
    counted: list[Cue] = []
    concord: list[Cue] = []  # particles read as concord of a preverbal n-word
    optional = 0
    for cue in find_cues(ws, lists.negation):
        if cue.label == "idle":
            continue
        if cue.label == "opt":
            optional += 1
            continue
        single = cue.end - cue.start == 1 and ws[cue.start].norm in lists.concord
        # Spanish "no … nada", "ni … ni": one negation however many n-words follow.
        if single and concord_word(ws, cue.start, counted, ids, lang, lists.concord):
            continue
        if concord_particle(ws, cue, concord, lang, ids):
            concord.append(cue)
            continue
        counted.append(cue)
    particles = sum(1 for c in counted if c.label == "neg")
    return Polarity(len(counted), particles, optional, tuple(counted))


def usable(reading: Reading | None) -> Reading | None:
    """An MT reading that may excuse a difference: one that translated every word."""
    return reading if reading is not None and reading.complete else None


def _flip(a: Polarity | None, b: Polarity | None) -> bool | None:
    """Whether a and b disagree in polarity (None when one cannot be read)."""
    if a is None or b is None:
        return None
    return (a.count + b.count) % 2 == 1 and not a.optional and not b.optional


def _differ(a: Polarity | None, b: Polarity | None) -> bool | None:
    """:func:`_flip`, or plain negations outnumbering an idiom's readings (drift37a)."""
    f = _flip(a, b)
    return f if f is None or f else outnumbered(a, b)


def confirmed(direct: bool | None, others: Sequence[bool | None]) -> bool:
    """The word lists see a difference, and the MT readings do not all explain it away.

    The source read with its own lists against the target is the main evidence; the
    machine-translated readings can only excuse it, and only when all of them agree
    that nothing changed (an MT error in one of them must not hide a real drift).
    """
    known = [o for o in others if o is not None]
    if direct is None:
        return bool(known) and all(known)
    return direct and not (known and not any(known))


def _kept(text: Polarity | None, reading: Polarity | None) -> Polarity | None:
    """The reading, unless the MT lost a negative verb of the text and with it the
    polarity: Apertium renders phrasal verbs word by word ("ruled out" → "gobernado
    fuera"), and such a reading cannot vouch that nothing changed."""
    if text is None or reading is None:
        return reading
    lost = any(c.label == "verb" for c in text.cues) and not any(
        c.label == "verb" for c in reading.cues
    )
    return None if lost and (text.count - reading.count) % 2 else reading


def check_polarity(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A negation lost or added (or a reversal through a negative verb: "meaning")."""
    a = polarity(src.ws, src.text, src.lang)
    b = polarity(tgt.ws, tgt.text, tgt.lang)
    if a is not None and b is not None:  # "salvo los lunes" → "unless Monday is…"
        a, b = uncounted(src, a, tgt, b, ev.mt)
    mt, back = usable(ev.mt), usable(ev.back)
    m = mt_read(src, tgt, mt, polarity(mt.ws, mt.text, tgt.lang)) if mt else None
    if mt:  # "no falló" → "failed": a negative verb only the English list knows
        a = read_by_mt(a, b, m, mt.ws, tgt.ws)
    m = _kept(a, m)
    k = _kept(b, polarity(back.ws, back.text, src.lang) if back else None)
    if a is None and b is not None and ev.mt is not None:
        return _polarity_by_mt(tgt, b, ev.mt)
    if not confirmed(_differ(a, b), [_differ(m, b), _differ(a, k)]):
        return []
    if a is None or b is None:
        return []  # only MT readings: too little to say which side negates
    from aligner.drift.negated_opposites import negation_as_opposite  # it imports this module

    if _moved_into_word(src, tgt, ev, a, b) or negation_as_opposite(m, mt, b, tgt, ev.mt, a):
        return []
    if _one_for_coordinated(src, a, tgt, b):
        return []
    neg, aff, pol = (src, tgt, a) if a.count % 2 else (tgt, src, b)
    if restricted(neg.ws, neg.text, neg.lang, pol.cues, aff.ws, aff.lang):
        return []  # "no … sino" / "no … más que" rendered "only"
    particles_differ = (a.particles + b.particles) % 2 == 1
    if not _flip(a, b):  # outnumbered (:func:`_differ`): by particles, or by negative verbs
        particles_differ = particles_outnumbered(a, b)
    kind = "negation" if particles_differ else "meaning"
    if kind == "meaning" and _verb_unread(a, b, src, tgt, ev):
        return []
    s_cue = _unanswered(src, a.cues, tgt, b.cues)
    t_cue = _unanswered(tgt, b.cues, src, a.cues)
    denial = any(c.label == "verb" for c in a.cues)
    denied = _denial(a.cues)
    t_verb = next((c for c in b.cues if c.label == "verb"), None)
    if denied and t_verb:
        # "No lo descarto, pero no hay…" → "I rule it out, but there is no…": the
        # negated denial against the plain one, whatever the other negations do.
        s_cue, t_cue = denied, t_verb
        message = (
            f"The translation is negative ({quote(cue_text(tgt, t_cue))}) where the "
            f"source negates a denial ({quote(cue_text(src, s_cue))}), which affirms."
        )
    elif a.count % 2 or (a.count > b.count and not denial):
        # The source's negation with nothing at its place in the translation: "No estoy
        # contento …, pero … no señalara" → "I am happy …, did not award" loses the first.
        t_cue = None if a.count > b.count else t_cue
        rest = quoted_cue(tgt, t_cue, (src, s_cue))
        # Where the other side keeps negations of its own, "affirmative" would misread it.
        if b.count > a.count:
            message = (
                f"The translation has a negation more ({quote(cue_text(tgt, t_cue))}) than "
                f"the source ({quoted_cue(src, s_cue, (tgt, t_cue))})."
            )
        elif b.count:
            message = (
                f"The source has a negation more ({quote(cue_text(src, s_cue))}) than the "
                f"translation renders ({rest})."
            )
        else:
            message = (
                f"The source is negative ({quote(cue_text(src, s_cue))}) but the "
                f"translation reads as affirmative ({rest})."
            )
    elif a.count > b.count and not _denial(a.cues):  # "negó que … fracasado" → "failed"
        said, rest = quote(cue_text(src, s_cue)), quoted_cue(tgt, t_cue, (src, s_cue))
        message = f"The source has a negation more ({said}) than the translation renders ({rest})."
    elif a.cues:  # "no descartó": two negations, an affirmation
        message = (
            f"The translation is negative ({quote(cue_text(tgt, t_cue))}) where the "
            f"source negates a denial ({quoted_cue(src, s_cue, (tgt, t_cue))}), which affirms."
        )
    else:
        rest = quoted_cue(src, s_cue, (tgt, t_cue))
        message = (
            f"The translation has a negation more ({quote(cue_text(tgt, t_cue))}) than the "
            f"source ({rest})."
            if a.count and b.count > a.count
            else f"The translation is negative ({quote(cue_text(tgt, t_cue))}) where the "
            f"source is affirmative ({rest})."
        )
    severity = "critical" if kind == "negation" else "major"
    return [Finding(kind, severity, 0.8, span_of(s_cue), span_of(t_cue), message, f"drift.{kind}")]


def _denial(cues: Sequence[Cue]) -> Cue | None:
    """A negation particle right before a negative verb ("no lo descarto", "no
    rechazó"), as one cue from the particle to the verb; None when there is none."""
    for neg, verb in pairwise(cues):
        if neg.label == "neg" and verb.label == "verb" and verb.start - neg.end <= 2:
            return Cue(neg.start, verb.end, "neg", neg.char_start, verb.char_end)
    return None


def _unanswered(
    side: Side, cues: Sequence[Cue], other: Side, other_cues: Sequence[Cue]
) -> Cue | None:
    """Of a side's negation cues, the one farthest (by relative place in its text) from
    every cue of the other side: where a lost or added negation most likely is. The first
    cue when the other side has none or as many."""
    cues = [c for c in cues if c.label != "pair"] or cues  # paired idioms (negation_idioms)
    if not cues or len(cues) <= len(other_cues) or not other_cues:
        return next(iter(cues), None)

    def place(cue: Cue, text: str) -> float:
        return (cue.char_start + cue.char_end) / 2 / max(1, len(text))

    theirs = [place(c, other.text) for c in other_cues]
    return max(cues, key=lambda c: min(abs(place(c, side.text) - t) for t in theirs))


def _moved_into_word(src: Side, tgt: Side, ev: Evidence, a: Polarity, b: Polarity) -> bool:
    """A negation on one side only, explained by words that carry one ("no confía" →
    "distrusts", "dormir poco" → "lack of sleep"): an odd number of privatives one side
    has and the other does not render (:func:`aligner.drift.privative.moved_privatives`)."""

    def denies(pol: Polarity) -> bool:
        return any(c.label == "verb" for c in pol.cues)

    back, mt = (r.ws if r else None for r in (ev.back, ev.mt))
    mine = privative_counts(src.ws, src.lang, back, _cued(a), None, denies(b))
    theirs = privative_counts(tgt.ws, tgt.lang, mt, _cued(b), None, denies(a))
    return moved_privatives(mine, theirs) % 2 == 1


def _verb_unread(a: Polarity, b: Polarity, src: Side, tgt: Side, ev: Evidence) -> bool:
    """The difference is a negative verb of one side that stands in a clause of its own
    beside a negated one ("does not seem to trust … and rejected the petitions"), and
    the MT into that side's language left a common word of the other side unknown (a
    proxy's "respinge"): the unknown word may be that verb's rendering, so the negations
    cannot be weighed (as :func:`_kept` does for the readings). A negative verb alone
    ("aceptó" → "refused") is still weighed."""
    verbs_a = sum(c.label == "verb" for c in a.cues)
    verbs_b = sum(c.label == "verb" for c in b.cues)
    if verbs_a == verbs_b:
        return False
    side, pol, reading = (tgt, b, ev.mt) if verbs_b > verbs_a else (src, a, ev.back)
    if reading is None or reading.complete:
        return False
    ids = clause_ids(side.ws, side.text, side.lang)
    verb_clauses = {ids[c.start] for c in pol.cues if c.label == "verb"}
    return any(c.label == "neg" and ids[c.start] not in verb_clauses for c in pol.cues)


# How far after its negation a disjunction may extend it ("not stand or sit").
_DISJUNCTION_REACH = 6


def _one_for_coordinated(src: Side, a: Polarity, tgt: Side, b: Polarity) -> bool:
    """Two negated clauses rendered by one negation that a disjunction extends ("No os
    quedéis de pie y no os sentéis" → "Don't stand or sit", "no fue ni llamó" → "did
    not go or call"): the counts differ by one, every negation is a particle, the larger
    count's negations stand each in a clause of its own (so they do not cancel), and an
    "or"/"nor" ("o", "ni") follows one of the smaller side's negations in its clause.
    "No fue y no llamó" → "He did not go and called" is still reported."""
    if abs(a.count - b.count) != 1 or not a.count or not b.count:
        return False
    if any(c.label != "neg" for c in a.cues + b.cues):
        return False
    (more_side, more), (fewer_side, fewer) = sorted(
        ((src, a), (tgt, b)), key=lambda sp: -sp[1].count
    )
    ids = clause_ids(more_side.ws, more_side.text, more_side.lang)
    if len({ids[c.start] for c in more.cues}) != more.count:
        return False
    disjunctions = profile(fewer_side.lang).disjunctions
    for cue in fewer.cues:
        for w in fewer_side.ws[cue.end : cue.end + _DISJUNCTION_REACH]:
            if any(ch in CLAUSE_PUNCT for ch in fewer_side.text[cue.char_end : w.start]):
                break
            if w.norm in disjunctions:
                return True
    return False


def _cued(pol: Polarity) -> set[int]:
    """Word indices of a polarity's negation cues."""
    return {i for c in pol.cues for i in range(c.start, c.end)}


def _polarity_by_mt(tgt: Side, b: Polarity, mt: Reading) -> list[Finding]:
    """No negation lists for the source's language (French, Italian): the source's
    machine translation, read with the target's lists, stands in for it. A reading with
    untranslated words still counts here: it is the only evidence, and Apertium keeps
    its negations even where it leaves a rare word alone (DEMETR fr and it: a lost or
    added "not" found in 80 of 100; docs/drift.md, "The pivot round")."""
    m = polarity(mt.ws, mt.text, tgt.lang)
    if m is None or not _flip(m, b):
        return []
    if _pivot_agrees(mt, b):
        return []
    if _prefixed(m, mt, tgt) or _prefixed(b, tgt, mt):
        return []
    # The negation moved into a word of the affirmative side ("ne fait pas confiance" →
    # MT "does not trust" vs "distrusts"; MT "lack of" vs "few").
    # An MT privative counts only in a clause the MT negates: Apertium's misreadings
    # elsewhere ("água parada" → "unemployed water") explain no lost "not".
    ids = clause_ids(mt.ws, mt.text, tgt.lang)
    negated = {ids[c.start] for c in m.cues}
    within = {i for i, c in enumerate(ids) if c in negated} if negated else None
    if (
        unmatched_privatives(mt.ws, tgt.lang, tgt.ws, _cued(m), within)
        + unmatched_privatives(tgt.ws, tgt.lang, mt.ws, _cued(b))
    ) % 2:
        return []
    restrictive = {c.label for c in find_cues(tgt.ws, word_lists(tgt.lang).degree)} & {"minimal"}
    if m.count % 2 and restrictive:
        # A restrictive negation ("ne … que", "non … che", "no … más que") is rendered
        # "only"; Apertium renders it "not … that".
        return []
    kind = "negation" if (m.particles + b.particles) % 2 else "meaning"
    t_cue = next(iter(b.cues), None)
    m_cue = next(iter(m.cues), None)
    said = quote(mt.text[m_cue.char_start : m_cue.char_end]) if m_cue else "no negation"
    if b.count % 2:
        message = (
            f"The translation is negative ({quote(cue_text(tgt, t_cue))}) where a "
            f"literal translation of the source is affirmative."
        )
    else:
        message = (
            f"A literal translation of the source is negative ({said}) but the "
            f"translation reads as affirmative ({quoted_cue(tgt, t_cue)})."
        )
    severity = "critical" if kind == "negation" else "major"
    return [Finding(kind, severity, 0.6, None, span_of(t_cue), message, f"drift.{kind}")]


def _pivot_agrees(mt: Reading, tgt_pol: Polarity) -> bool:
    """A route through Spanish whose Spanish text, read with the Spanish lists, has the
    translation's polarity: the second leg lost or made the negation ("Nadie va a
    quedar sin ayuda" → Apertium "Anybody goes to remain without help"), not the
    translation."""
    if not mt.pivot:
        return False
    toks = tokenize(mt.pivot)
    p = polarity(words(toks), mt.pivot, "es")
    return p is not None and not p.optional and not _flip(p, tgt_pol)


# Negative prefixes of English adjectives: MT's "no structural" is "nonstructural",
# "not possible" is "impossible".
_NEG_PREFIXES = ("non", "un", "im", "in", "il", "ir", "dis")


def _prefixed(pol: Polarity, reading: Side | Reading, other: Side | Reading) -> bool:
    """Whether the one negation of ``reading`` is a negative prefix in ``other``: its
    cue's next word appears there with "non", "un", "im"... before it."""
    if pol.count != 1 or not pol.cues:
        return False
    cue = pol.cues[0]
    nxt = next((t for t in reading.ws[cue.end : cue.end + 3] if len(t.fold) >= 4), None)
    if nxt is None:
        return False
    stem = nxt.fold[: max(4, len(nxt.fold) - 3)]
    return any(
        t.fold.lstrip("-").startswith(p) and stem in t.fold[len(p) : len(p) + len(stem) + 1]
        for t in other.ws
        for p in _NEG_PREFIXES
    )


def cue_classes(ws: Sequence[Tok], entries: tuple[tuple[str, str], ...]) -> dict[str, Cue]:
    """First cue of each class found in the words."""
    out: dict[str, Cue] = {}
    for cue in find_cues(ws, entries):
        out.setdefault(cue.label, cue)
    return out
