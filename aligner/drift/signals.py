"""Lexical drift signals: numbers, polarity, modality, degree, reversals.

Each check compares a source and a target :class:`Side` and returns findings. The
word-list checks compare *readings*: the source read with the source lists, the
machine translation of the source read with the target lists, and the target's
back-translation read with the source lists. A difference is reported only when
the direct reading shows it and the MT readings do not all explain it away, so a
faithful rewording that one list misses can be forgiven by another. Names and
speakers are in :mod:`aligner.drift.names`; clause-level and embedding evidence
(omission, addition, meaning) in :mod:`aligner.drift.clauses`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from aligner.drift.privative import restricted, unmatched_privatives
from aligner.drift.quantities import Quantity
from aligner.drift.quantity_match import compare_quantities
from aligner.drift.text import (
    CLAUSE_PUNCT,
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

    @classmethod
    def of(cls, text: str | None, unknown: tuple[str, ...] = ()) -> Reading | None:
        if text is None:
            return None
        return cls(text, words(tokenize(text)), unknown)

    @property
    def complete(self) -> bool:
        """No common word left untranslated ("No *descartamos" cannot vouch for anything);
        unknown capitalised words are names, which MT rightly leaves alone."""
        return not any(w[:1].islower() for w in self.unknown)


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


# --- numbers ---


def check_numbers(src: Side, tgt: Side) -> list[Finding]:
    """Figures, dates, percentages, ordinals and units that differ after normalisation."""
    diff = compare_quantities(src.quantities, tgt.quantities)
    out = []
    for a, b in diff.unit_changes:
        out.append(_number(a, b, f"Same figure, different unit: {quote(a.text)} in the source "
                                 f"is {quote(b.text)} in the translation."))
    tgt_left = [b for b in diff.tgt_only if _readable(b, src.lang)]
    for a in (a for a in diff.src_only if _readable(a, tgt.lang)):
        b = _nearest(a, tgt_left, src, tgt)
        if b is not None:
            tgt_left.remove(b)
            out.append(_number(a, b, f"The source says {quote(a.text)} but the translation "
                                     f"says {quote(b.text)}."))
        else:
            out.append(_number(a, None, f"The figure {quote(a.text)} in the source is missing "
                                        "from the translation."))
    for b in tgt_left:
        out.append(_number(None, b, f"The translation has {quote(b.text)}, which the source "
                                    "does not state."))
    return out


# Languages whose number words aligner reads (text2num and the lists in aligner.lang).
_WORD_LANGS = frozenset("es en pt fr de it".split())


def _readable(q: Quantity, other_lang: str) -> bool:
    """Whether the other side could have shown ``q``'s counterpart to this reader.

    "three" or "July" has no counterpart to find in a language whose number words or
    months aligner cannot read (Polish "trzy", Russian "июля"): unjudgeable, not added.
    """
    if q.kind in ("date", "month") and not profile(other_lang).month_names:
        return False
    return any(c.isdigit() for c in q.text) or other_lang in _WORD_LANGS


def _nearest(a: Quantity, pool: list[Quantity], src: Side, tgt: Side) -> Quantity | None:
    """The unmatched target figure most likely to be ``a`` changed: same kind, close by."""
    if not pool:
        return None
    pos = a.start / max(1, len(src.text))
    return min(pool, key=lambda b: (b.kind != a.kind, abs(b.start / max(1, len(tgt.text)) - pos)))


def _number(a: Quantity | None, b: Quantity | None, message: str) -> Finding:
    digits = any(c.isdigit() for q in (a, b) if q for c in q.text)
    return Finding("number", "critical", 0.9 if digits else 0.75, span_of(a), span_of(b), message,
                   "drift.number")


# --- word-list readings ---


@dataclass(frozen=True)
class _Lists:
    negation: tuple[tuple[str, str], ...]
    concord: frozenset[str]
    modality: tuple[tuple[str, str], ...]
    degree: tuple[tuple[str, str], ...]
    openers: frozenset[str]


@cache
def _lists(lang: str) -> _Lists:
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


def _clause_ids(ws: Sequence[Tok], text: str, lang: str) -> list[int]:
    """Clause number of each word: punctuation between two words, or an opener, starts one."""
    openers = _lists(lang).openers
    ids, current, last_end = [], 0, 0
    for w in ws:
        between = text[last_end : w.start]
        if any(c in CLAUSE_PUNCT for c in between) or (w.norm in openers and ids):
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
    lists = _lists(lang)
    if not lists.negation:
        return None
    ids = _clause_ids(ws, text, lang)
    counted: list[Cue] = []
    optional = 0
    for cue in find_cues(ws, lists.negation):
        if cue.label == "idle":
            continue
        if cue.label == "opt":
            optional += 1
            continue
        single = cue.end - cue.start == 1 and ws[cue.start].norm in lists.concord
        # Spanish "no … nada", "ni … ni": one negation however many n-words follow.
        if single and any(ids[c.start] == ids[cue.start] for c in counted):
            continue
        counted.append(cue)
    particles = sum(1 for c in counted if c.label == "neg")
    return Polarity(len(counted), particles, optional, tuple(counted))


def _usable(reading: Reading | None) -> Reading | None:
    """An MT reading that may excuse a difference: one that translated every word."""
    return reading if reading is not None and reading.complete else None


def _flip(a: Polarity | None, b: Polarity | None) -> bool | None:
    """Whether a and b disagree in polarity (None when one cannot be read)."""
    if a is None or b is None:
        return None
    return (a.count + b.count) % 2 == 1 and not a.optional and not b.optional


def _confirmed(direct: bool | None, others: Sequence[bool | None]) -> bool:
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
    lost = (any(c.label == "verb" for c in text.cues)
            and not any(c.label == "verb" for c in reading.cues))
    return None if lost and (text.count - reading.count) % 2 else reading


def check_polarity(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A negation lost or added (or a reversal through a negative verb: "meaning")."""
    a = polarity(src.ws, src.text, src.lang)
    b = polarity(tgt.ws, tgt.text, tgt.lang)
    mt, back = _usable(ev.mt), _usable(ev.back)
    m = _kept(a, polarity(mt.ws, mt.text, tgt.lang) if mt else None)
    k = _kept(b, polarity(back.ws, back.text, src.lang) if back else None)
    if a is None and b is not None and ev.mt is not None:
        return _polarity_by_mt(tgt, b, ev.mt)
    if not _confirmed(_flip(a, b), [_flip(m, b), _flip(a, k)]):
        return []
    if a is None or b is None:
        return []  # only MT readings: too little to say which side negates
    from aligner.drift.antonyms import negation_as_opposite  # it imports this module

    if _moved_into_word(src, tgt, ev, a, b) or negation_as_opposite(m, mt, b, tgt):
        return []
    neg, aff, pol = (src, tgt, a) if a.count % 2 else (tgt, src, b)
    if restricted(neg.ws, neg.text, neg.lang, pol.cues, aff.ws, aff.lang):
        return []  # "no … sino" / "no … más que" rendered "only"
    particles_differ = (a.particles + b.particles) % 2 == 1
    kind = "negation" if particles_differ else "meaning"
    s_cue = next(iter(a.cues), None)
    t_cue = next(iter(b.cues), None)
    if a.count % 2:
        message = (f"The source is negative ({quote(_cue_text(src, s_cue))}) but the "
                   f"translation reads as affirmative ({_said(tgt, t_cue)}).")
    elif a.cues:  # "no descartó": two negations, an affirmation
        message = (f"The translation is negative ({quote(_cue_text(tgt, t_cue))}) where the "
                   f"source negates a denial ({_said(src, s_cue)}), which affirms.")
    else:
        message = (f"The translation is negative ({quote(_cue_text(tgt, t_cue))}) where the "
                   f"source is affirmative ({_said(src, s_cue)}).")
    severity = "critical" if kind == "negation" else "major"
    return [Finding(kind, severity, 0.8, span_of(s_cue), span_of(t_cue), message,
                    f"drift.{kind}")]


def _moved_into_word(src: Side, tgt: Side, ev: Evidence, a: Polarity, b: Polarity) -> bool:
    """A negation on one side only, explained by words that carry one ("no confía" →
    "distrusts", "no ha perdido" → "unbeaten", "dormir poco" → "lack of sleep"): an odd
    number of them, on either side, that the other side's reading does not use
    (:mod:`aligner.drift.privative`)."""
    n = unmatched_privatives(src.ws, src.lang, ev.back.ws if ev.back else None, _cued(a))
    n += unmatched_privatives(tgt.ws, tgt.lang, ev.mt.ws if ev.mt else None, _cued(b))
    return n % 2 == 1


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
    if _prefixed(m, mt, tgt) or _prefixed(b, tgt, mt):
        return []
    # The negation moved into a word of the affirmative side ("ne fait pas confiance" →
    # MT "does not trust" vs "distrusts"; MT "lack of" vs "few").
    if (unmatched_privatives(mt.ws, tgt.lang, tgt.ws, _cued(m))
            + unmatched_privatives(tgt.ws, tgt.lang, mt.ws, _cued(b))) % 2:
        return []
    restrictive = {c.label for c in find_cues(tgt.ws, _lists(tgt.lang).degree)} & {"minimal"}
    if m.count % 2 and restrictive:
        # A restrictive negation ("ne … que", "non … che", "no … más que") is rendered
        # "only"; Apertium renders it "not … that".
        return []
    kind = "negation" if (m.particles + b.particles) % 2 else "meaning"
    t_cue = next(iter(b.cues), None)
    m_cue = next(iter(m.cues), None)
    said = quote(mt.text[m_cue.char_start : m_cue.char_end]) if m_cue else "no negation"
    if b.count % 2:
        message = (f"The translation is negative ({quote(_cue_text(tgt, t_cue))}) where a "
                   f"literal translation of the source is affirmative.")
    else:
        message = (f"A literal translation of the source is negative ({said}) but the "
                   f"translation reads as affirmative ({_said(tgt, t_cue)}).")
    severity = "critical" if kind == "negation" else "major"
    return [Finding(kind, severity, 0.6, None, span_of(t_cue), message, f"drift.{kind}")]


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
    return any(t.fold.lstrip("-").startswith(p) and stem in t.fold[len(p) : len(p) + len(stem) + 1]
               for t in other.ws for p in _NEG_PREFIXES)


def _cue_text(side: Side, cue: Cue | None) -> str:
    if cue is None:
        return ""
    # Show the cue with the word after it: "no obliga", not just "no".
    end = side.ws[cue.end].end if cue.end < len(side.ws) else cue.char_end
    return side.text[cue.char_start : end]


def _said(side: Side, cue: Cue | None) -> str:
    """What to quote from a side: its own cue, else the text itself (shortened)."""
    return quote(_cue_text(side, cue)) if cue else quote(side.text)


def cue_classes(ws: Sequence[Tok], entries: tuple[tuple[str, str], ...]) -> dict[str, Cue]:
    """First cue of each class found in the words."""
    out: dict[str, Cue] = {}
    for cue in find_cues(ws, entries):
        out.setdefault(cue.label, cue)
    return out


# A class on one side is satisfied by any of these on the other side. A "should"
# is weaker than an obligation, so an obligation does not excuse it.
_MODAL_NEEDS = {
    "possible": {"possible", "conditional", "ability", "seem", "expect"},
    "necessary": {"necessary", "expect", "due"},
    "expect": {"possible", "conditional", "ability", "seem", "necessary", "expect", "hope"},
    "advice": {"advice", "possible", "conditional"},
    "conditional": {"possible", "conditional", "advice", "ability"},
}
# Classes that the target may add without a counterpart ("would" from tense backshift).
# "can"/"puede" (ability) is too often added or dropped by faithful translators to
# require anything (it has no entry above), but it does stand in for a hedge.
_MODAL_FREE_IN_TARGET = {"conditional", "certain"}


def _modal_gaps(a: dict[str, Cue], b: dict[str, Cue]) -> list[tuple[str, str]]:
    """(class, "lost"|"added") for every modality class one side has and the other lacks."""
    gaps = [(c, "lost") for c in a if c in _MODAL_NEEDS and not _MODAL_NEEDS[c] & b.keys()]
    gaps += [(c, "added") for c in b if c in _MODAL_NEEDS and c not in _MODAL_FREE_IN_TARGET
             and not _MODAL_NEEDS[c] & a.keys()]
    return gaps


_MODAL_WORDS = {
    "possible": "a possibility or hedge",
    "necessary": "an obligation",
    "expect": "an expectation",
    "advice": "a recommendation",
    "conditional": "a conditional (reported or hypothetical) reading",
}


def _rendering(reading: Reading | None, lists: tuple[tuple[str, str], ...], classes: set[str],
               other: Side) -> tuple[int, int] | None:
    """Where ``other`` renders the words a modal cue governs, when it has no modal word of
    its own: the machine translation's cue of the same class is found, then the first
    content word after it ("podría firmarse" → MT "could sign" → the translation's
    "signed"), so the translator sees both sides of the change highlighted."""
    if reading is None:
        return None
    cue = next((c for c in find_cues(reading.ws, lists) if c.label in classes), None)
    if cue is None:
        return None
    # The governed verb: the first longer word after the cue (short auxiliaries such as
    # "be" skipped). Only that word: an object further on may sit anywhere in the other side.
    verb = next((t for t in reading.ws[cue.end : cue.end + 3] if t.word and len(t.fold) >= 4),
                None)  # fmt: skip
    if verb is None:
        return None
    hit = next((t for t in other.ws if t.word and t.fold.startswith(verb.fold[:4])), None)
    return (hit.start, hit.end) if hit is not None else None


def check_modality(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """Hedging or obligation lost or added ("podría" → "will", "deben" → "may")."""
    s_list, t_list = _lists(src.lang).modality, _lists(tgt.lang).modality
    if not s_list or not t_list:
        return []
    a, b = cue_classes(src.ws, s_list), cue_classes(tgt.ws, t_list)
    gaps = _modal_gaps(a, b)
    others = []
    if mt := _usable(ev.mt):
        others.append(bool(_modal_gaps(cue_classes(mt.ws, t_list), b)))
    if back := _usable(ev.back):
        others.append(bool(_modal_gaps(a, cue_classes(back.ws, s_list))))
    if not _confirmed(bool(gaps), others):
        return []
    cls, how = gaps[0]
    # The other side's modal word, if any, is most likely what replaced it.
    if how == "lost":
        cue, other = a[cls], next(iter(b.values()), None)
        message = (f"The source expresses {_MODAL_WORDS[cls]} ({quote(_cue_text(src, cue))}) "
                   f"that the translation does not carry ({_said(tgt, other)}).")
        spans = (span_of(cue), span_of(other)
                 or _rendering(_usable(ev.mt), t_list, _MODAL_NEEDS[cls] | {cls}, tgt))
    else:
        cue, other = b[cls], next(iter(a.values()), None)
        message = (f"The translation adds {_MODAL_WORDS[cls]} ({quote(_cue_text(tgt, cue))}) "
                   f"that the source does not express ({_said(src, other)}).")
        spans = (span_of(other)
                 or _rendering(_usable(ev.back), s_list, _MODAL_NEEDS[cls] | {cls}, src),
                 span_of(cue))
    return [Finding("modality", "major", 0.65, spans[0], spans[1], message, "drift.modality")]


# Degree classes compared by presence; quantifier classes only when both sides have one.
_DEGREE_PRESENCE = ("boost", "down", "extreme", "severe", "super")
_DEGREE_PAIRED = ("all", "most", "many", "some", "total", "partial")
_DEGREE_WORDS = {
    "boost": "an intensifier", "down": "a softener", "extreme": "a strong evaluative word",
    "severe": "a word of severity", "super": "a superlative",
}


# A class present on one side is matched by any of these on the other.
# "most" is also the quantifier ("la mayoría de" → "most of"), so it answers a superlative.
_DEGREE_MATCH = {"super": {"super", "compar", "worse", "most"}, "boost": {"boost", "focus"},
                 "down": {"down", "minimal"}, "severe": {"severe", "worse"}}


# Switched off only by bench/drift_fixes.py, to measure what the rule does.
DEGREE_MOVED = True


def _degree_gaps(a: dict[str, Cue], b: dict[str, Cue]) -> list[tuple[str, str]]:
    def lacks(side: dict[str, Cue], cls: str) -> bool:
        return not _DEGREE_MATCH.get(cls, {cls}) & side.keys()

    def moved(cls: str, own: dict[str, Cue], other: dict[str, Cue]) -> bool:
        # "muy desfavorables" → "severe": an intensifier moved into a stronger word (each
        # side's class missing on the other), not "muy graves" → "serious".
        strong = ("extreme", "severe")
        if not DEGREE_MOVED:
            return False
        if cls == "boost":
            return any(c in other and c not in own for c in strong)
        return cls in strong and "boost" in other and "boost" not in own

    gaps = [(c, "lost") for c in _DEGREE_PRESENCE if c in a and lacks(b, c)
            and not moved(c, a, b)]
    gaps += [(c, "added") for c in _DEGREE_PRESENCE if c in b and lacks(a, c)
             and not moved(c, b, a)]
    qa = {c for c in _DEGREE_PAIRED if c in a}
    qb = {c for c in _DEGREE_PAIRED if c in b}
    # English "most" is read as a superlative, but it also renders "la mayoría de"
    # ("most farmers … many countries" is no change of "la mayoría … numerosos").
    if qa and qb and not (qa | _most(a)) & (qb | _most(b)):
        gaps.append((sorted(qa)[0], "changed"))
    return gaps


def _most(side: dict[str, Cue]) -> set[str]:
    return {"most"} if "super" in side else set()


def _degree_classes(ws: Sequence[Tok], lang: str) -> dict[str, Cue]:
    """Degree cues by class; a negated quantifier ("no todos", "not all") is left out, as
    its translation may take any form ("some … did not")."""
    negations = {p for p in profile(lang).negation_words if " " not in p}
    out: dict[str, Cue] = {}
    for cue in find_cues(ws, _lists(lang).degree):
        if cue.label in _DEGREE_PAIRED and cue.start and ws[cue.start - 1].norm in negations:
            continue
        out.setdefault(cue.label, cue)
    return out


def check_degree(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """Intensity changed: "muy importante" → "important", "leve" → "serious", most → all."""
    s_list, t_list = _lists(src.lang).degree, _lists(tgt.lang).degree
    if not s_list or not t_list:
        return []
    a, b = _degree_classes(src.ws, src.lang), _degree_classes(tgt.ws, tgt.lang)
    gaps = _degree_gaps(a, b)
    others = []
    if mt := _usable(ev.mt):
        others.append(bool(_degree_gaps(_degree_classes(mt.ws, tgt.lang), b)))
    if back := _usable(ev.back):
        others.append(bool(_degree_gaps(a, _degree_classes(back.ws, src.lang))))
    if not _confirmed(bool(gaps), others):
        return []
    cls, how = gaps[0]
    # The other side's degree word, if any, is most likely what replaced it.
    s_cue = a.get(cls) or next(iter(a.values()), None)
    t_cue = b.get(cls) or next(iter(b.values()), None)
    if how == "lost":
        message = (f"The source has {_DEGREE_WORDS[cls]} ({quote(_cue_text(src, s_cue))}) "
                   f"that the translation drops or weakens ({_said(tgt, t_cue)}).")
    elif how == "added":
        message = (f"The translation adds {_DEGREE_WORDS[cls]} ({quote(_cue_text(tgt, t_cue))}) "
                   f"that the source does not have ({_said(src, s_cue)}).")
    else:
        t_cue = next(b[c] for c in _DEGREE_PAIRED if c in b)
        message = (f"The source's {quote(_cue_text(src, s_cue))} becomes "
                   f"{quote(_cue_text(tgt, t_cue))} in the translation.")
    return [Finding("intensity", "major", 0.6, span_of(s_cue), span_of(t_cue), message,
                    "drift.intensity")]


