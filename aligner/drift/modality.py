"""Modality: hedges and obligations.

The check compares which classes of cue words ("podría", "must", "debe") each side has,
and confirms a difference against the machine-translation readings as the other
word-list checks do (:mod:`aligner.drift.signals`). Intensity (intensifiers, quantifiers)
is :mod:`aligner.drift.intensity`.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.cue_quotes import cue_text, quoted_cue
from aligner.drift.imperative_duties import imperatives
from aligner.drift.instructions import is_instruction
from aligner.drift.questions import check_questions
from aligner.drift.required_amounts import modal_classes
from aligner.drift.signals import (
    Evidence,
    Finding,
    Reading,
    Side,
    confirmed,
    span_of,
    usable,
    word_lists,
)
from aligner.drift.text import Cue, find_cues
from aligner.textutil import quote

# A class on one side is satisfied by any of these on the other side. A "should"
# is weaker than an obligation, so an obligation does not excuse it.
_MODAL_NEEDS = {
    "possible": {"possible", "conditional", "ability", "seem", "expect", "forecast"},
    "necessary": {"necessary", "expect", "due"},
    "expect": {
        "possible",
        "conditional",
        "ability",
        "seem",
        "necessary",
        "expect",
        "hope",
        "forecast",
    },
    "advice": {"advice", "possible", "conditional", "advice_noun"},
    # "devraient suivre" → "are expected to join": a conditional of expectation.
    "conditional": {"possible", "conditional", "advice", "ability", "expect", "forecast"},
}
# Classes that the target may add without a counterpart ("would" from tense backshift).
# "can"/"puede" (ability) is too often added or dropped by faithful translators to
# require anything (it has no entry above), but it does stand in for a hedge.
_MODAL_FREE_IN_TARGET = {"conditional", "certain"}


def _modal_gaps(a: dict[str, Cue], b: dict[str, Cue]) -> list[tuple[str, str]]:
    """(class, "lost"|"added") for every modality class one side has and the other lacks."""
    gaps = [(c, "lost") for c in a if c in _MODAL_NEEDS and not _MODAL_NEEDS[c] & b.keys()]
    gaps += [
        (c, "added")
        for c in b
        if c in _MODAL_NEEDS and c not in _MODAL_FREE_IN_TARGET and not _MODAL_NEEDS[c] & a.keys()
    ]
    return gaps


_MODAL_WORDS = {
    "possible": "a possibility or hedge",
    "necessary": "an obligation",
    "expect": "an expectation",
    "advice": "a recommendation",
    "conditional": "a conditional (reported or hypothetical) reading",
}


def _rendering(
    reading: Reading | None, lists: tuple[tuple[str, str], ...], classes: set[str], other: Side
) -> tuple[int, int] | None:
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


def guidance_should(
    gap: tuple[str, str], a: dict[str, Cue], b: dict[str, Cue], src: Side, tgt: Side
) -> bool:
    """A duty rendered by "should" in a sentence that states no other duty: guidance text
    (health advice, instructions) writes "tiene que" / "deben" / "must" as "should" ("La
    mascarilla tiene que cubrir la nariz" → "The mask should cover your nose"), so the
    weakened obligation is reported minor, not major. Where the translation states a duty
    elsewhere ("Residents should leave …, Civil Defense ordered") the "should" weakens a
    mandate the sentence reports, and stays major; so does a negated duty ("no deben
    tomar" → "should take": a prohibition made advice to do it), unless "deber" is
    negated and the "should" too ("no debe tomarse a la ligera" → "should not be taken
    lightly", session 21); "no tiene que" is "does not have to", no prohibition, and
    stays major. A "should" made "must" (a duty added) is never excused."""
    cls, how = gap
    duties = [c for c in find_cues(src.ws, word_lists(src.lang).modality) if c.label == "necessary"]
    negated = [c for c in duties if c.start and src.ws[c.start - 1].norm in _NEGATIONS]
    duty = a.get("necessary") if len(negated) == len(duties) else None  # one affirmed: advice
    if duty is not None and duty.start and src.ws[duty.start - 1].norm in _NEGATIONS:
        # "No hay que alarmarse, pero sí extremar…": the "sí" clause's duty is the advice.
        rest = [t.norm for t in src.ws[duty.end :]]
        if "sí" in rest[:-1] and rest[rest.index("sí") + 1].endswith(("ar", "er", "ir")):
            return how == "added" and cls == "advice"
        advice = b.get("advice")
        after = tgt.ws[advice.end : advice.end + 1] if advice is not None else []
        # "no hay que alarmarse" is as often "should not panic" as "no need to panic".
        prohibition = src.ws[duty.start].norm.startswith("deb") or src.ws[duty.start].norm == "hay"
        if not (prohibition and any(t.norm in _NEGATIONS for t in after)):
            return False
    if how == "lost" and cls == "necessary":
        return "advice" in b
    if how == "added" and cls == "advice":
        return "necessary" in a and ("necessary" not in b or _surplus_duty(src, tgt))
    return False


def _surplus_duty(src: Side, tgt: Side) -> bool:
    """Whether the source states more duties than the translation, whose every duty is a
    need (session 22): where the source has two ("tienen necesidad de salir …, tienen
    que practicar") and the translation one need besides its "should" ("need to leave
    …, should practice"), the "should" renders the other, as in a sentence with one
    duty. A mandate the translation reports ("… should leave, the mayor ordered") keeps
    the "should" a weakened duty, as does a translation with as many duties as the
    source besides its "should" (the advice is added)."""
    s_duties, t_duties = (
        [c for c in find_cues(side.ws, word_lists(side.lang).modality) if c.label == "necessary"]
        for side in (src, tgt)
    )
    needs = all(tgt.ws[c.start].norm.startswith("need") for c in t_duties)
    return needs and len(s_duties) > len(t_duties)


_NEGATIONS = frozenset(("no", "not", "n't", "never", "nunca", "non", "não", "ne"))


def _unanswered_hedges(a: Sequence[Cue], b: Sequence[Cue]) -> list[Cue]:
    """Hedges of ``a`` left without a cue of their own in ``b``, one cue answering one
    hedge: "podrían bajar …, lo que facilitaría" → "will drop …, which would make" keeps
    one conditional for two, and the possibility is what was lost. Same-class cues pair
    first, so the surplus is the hedge whose kind the other side has fewer of."""
    free = list(b)
    waiting = []
    for cue in a:
        if cue.label not in _MODAL_NEEDS:
            continue
        twin = next((c for c in free if c.label == cue.label), None)
        if twin is None:
            waiting.append(cue)
        else:
            free.remove(twin)
    lost = []
    for cue in waiting:
        stand_in = next((c for c in free if c.label in _MODAL_NEEDS[cue.label]), None)
        if stand_in is None:
            lost.append(cue)
        else:
            free.remove(stand_in)
    return [c for c in lost if c.label == "possible"]


def _as_rendered(mt: dict[str, Cue], src: dict[str, Cue]) -> dict[str, Cue]:
    """The MT's modal classes, its "can" read as the source's possibility when that is
    what it renders ("pueden producirse réplicas" → MT "can produce replies"): otherwise
    the MT's plain ability would vouch that a translation's "will occur" lost nothing."""
    # So is its "looks" / "sounds" ("parece inevitable" → "looks unavoidable").
    for proxy in ("ability", "seem"):
        if "possible" in src and "possible" not in mt and proxy in mt:
            return {**mt, "possible": mt[proxy]}
    return mt


def check_modality(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """Hedging or obligation lost or added ("podría" → "will", "deben" → "may"), or a
    statement made a question (:mod:`aligner.drift.questions`)."""
    return _modal_words(src, tgt, ev) or check_questions(src, tgt)


def _modal_words(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """Hedging or obligation lost or added ("podría" → "will", "deben" → "may")."""
    s_list, t_list = word_lists(src.lang).modality, word_lists(tgt.lang).modality
    # A word the MT left untranslated ("*foranea") cannot put a hedge into it: any MT
    # reads for a hedge found, only a complete one may excuse (below).
    if not s_list and t_list and ev.mt is not None:
        return _modality_by_mt(tgt, ev.mt, t_list)
    if not s_list or not t_list:
        return []
    a, b = modal_classes(src.ws, s_list), modal_classes(tgt.ws, t_list)
    # "llamad a vuestro médico" → "you need to call your doctor": an imperative rendered
    # by a modal verb adds nothing (instructions.py).
    gaps = [
        (cls, how)
        for cls, how in _modal_gaps(a, b)
        if how == "lost"
        or cls not in ("necessary", "advice")
        or not is_instruction(tgt, b[cls], ev.mt)
    ]
    if any(how == "lost" and cls in ("necessary", "advice") for cls, how in gaps):
        gaps = [g for g in gaps if not _duty_as_instruction(g, tgt, ev.mt)]
    others = []
    if mt := usable(ev.mt):
        others.append(bool(_modal_gaps(_as_rendered(modal_classes(mt.ws, t_list), a), b)))
    if back := usable(ev.back):
        others.append(bool(_modal_gaps(a, modal_classes(back.ws, s_list))))
    if not confirmed(bool(gaps), others):
        if gaps:
            return []
        return _hedge_outnumbered(src, tgt, ev, s_list, t_list) or _stated_as_certain(
            src, a, tgt, b, usable(ev.mt), t_list
        )
    severity = "minor" if all(guidance_should(g, a, b, src, tgt) for g in gaps) else "major"
    cls, how = gaps[0]
    # The other side's modal word, if any, is most likely what replaced it; one that
    # answers a modal word of its own class there ("debe" → "must") replaced nothing.
    if how == "lost":
        cue, other = a[cls], next((c for k, c in b.items() if k not in a), None)
        message = (
            f"The source expresses {_MODAL_WORDS[cls]} ({quote(cue_text(src, cue))}) "
            f"that the translation does not carry ({quoted_cue(tgt, other, (src, cue))})."
        )
        spans = (
            span_of(cue),
            span_of(other) or _rendering(usable(ev.mt), t_list, _MODAL_NEEDS[cls] | {cls}, tgt),
        )
    else:
        cue, other = b[cls], next((c for k, c in a.items() if k not in b), None)
        message = (
            f"The translation adds {_MODAL_WORDS[cls]} ({quote(cue_text(tgt, cue))}) "
            f"that the source does not express ({quoted_cue(src, other, (tgt, cue))})."
        )
        spans = (
            span_of(other) or _rendering(usable(ev.back), s_list, _MODAL_NEEDS[cls] | {cls}, src),
            span_of(cue),
        )
    return [Finding("modality", severity, 0.65, spans[0], spans[1], message, "drift.modality")]


def _duty_as_instruction(gap: tuple[str, str], tgt: Side, mt: Reading | None) -> bool:
    """A lost duty the translation gives as an instruction, one its literal MT does not
    open with ("Tenéis que lavaros las manos" ↔ "Wash your hands"; imperative_duties)."""
    cls, how = gap
    if how != "lost" or cls not in ("necessary", "advice") or mt is None:
        return False
    return imperatives(tgt.ws, tgt.text) > imperatives(mt.ws, mt.text)


def _hedge_outnumbered(
    src: Side, tgt: Side, ev: Evidence, s_list: tuple, t_list: tuple
) -> list[Finding]:
    """A hedge lost where the translation keeps another modal word elsewhere, which the
    class-by-class comparison takes as its answer ("podrían bajar …, lo que facilitaría"
    → "will drop …, which would make"). The source's lists do not read its conditionals
    ("facilitaría"), so the cues are counted on the literal MT ("could go down …, what
    would facilitate"), one cue answering one hedge; the source must have a hedge of its
    own, and the MT more modal words than the translation (a translator folding "podría
    ser posible" into "could be" leaves both with one). An MT with unknown words still
    counts: Apertium leaves nouns unknown ("*regantes"), never its modal verbs."""
    mt = ev.mt
    if mt is None:
        return []
    hedges = [c for c in find_cues(src.ws, s_list) if c.label == "possible"]
    t_cues = _one_per_phrase(find_cues(tgt.ws, t_list))
    m_cues = _one_per_phrase(find_cues(mt.ws, t_list))
    if not hedges or not _unanswered_hedges(m_cues, t_cues):
        return []
    modal = [c for c in m_cues if c.label in _MODAL_NEEDS]
    if len(modal) <= len([c for c in t_cues if c.label in _MODAL_NEEDS]):
        return []
    cue = hedges[0]
    message = (
        f"The source expresses {_MODAL_WORDS[cue.label]} ({quote(cue_text(src, cue))}) "
        f"that the translation does not carry ({quote(tgt.text)})."
    )
    where = _rendering(mt, t_list, _MODAL_NEEDS[cue.label] | {cue.label}, tgt)
    return [Finding("modality", "major", 0.6, span_of(cue), where, message, "drift.modality")]


def _one_per_phrase(cues: Sequence[Cue]) -> list[Cue]:
    """The cues with each run of adjacent ones kept as its first: "podrían potencialmente
    estar afectados" (MT "could potentially be affected") hedges once, as "may be
    affected" does."""
    out: list[Cue] = []
    end = -1
    for c in cues:
        if c.start != end:
            out.append(c)
        end = c.end
    return out


_BY_MT = ("possible", "conditional")


def _modality_by_mt(tgt: Side, mt: Reading, t_list: tuple) -> list[Finding]:
    """No modality lists for the source's language: its MT, read with the target's lists,
    stands in for it, for a hedge or a conditional the MT has and the translation lacks
    (as :func:`_degree_by_mt`). Not an obligation: Apertium's "have to", "required" for a
    conditional of advice ("dovrebbero" → "should") flagged 3 faithful DEMETR it pairs in
    49 findings, none of them a critical hit (docs/drift.md, "Session 15, lead")."""
    a, b = modal_classes(mt.ws, t_list), modal_classes(tgt.ws, t_list)
    lost = [c for c, how in _modal_gaps(a, b) if how == "lost" and c in _BY_MT]
    if not lost:
        return _stated_as_certain(None, a, tgt, b, mt, t_list)
    m_cue = a[lost[0]]
    message = (
        f"A literal translation of the source expresses {_MODAL_WORDS[lost[0]]} "
        f"({quote(mt.text[m_cue.char_start : m_cue.char_end])}) that the translation does "
        f"not carry ({quote(tgt.text)})."
    )
    return [Finding("modality", "major", 0.5, None, None, message, "drift.modality")]


# Classes that keep a possibility open: any of them in the translation answers "puede".
_OPEN = frozenset({"possible", "conditional", "ability", "seem", "expect", "denied"})
_FUTURE = frozenset({"will", "'ll", "shall"})
_NEGATORS = frozenset({"no", "not", "never", "nunca", "não", "ne", "non", "n't"})


def _stated_as_certain(
    src: Side | None,
    a: dict[str, Cue],
    tgt: Side,
    b: dict[str, Cue],
    mt: Reading | None,
    t_list: tuple,
) -> list[Finding]:
    """A "can" of possibility turned into a plain future ("el aumento puede costar miles
    de empleos" → "will cost"): "puede" alone is too often added or dropped to be
    required (_MODAL_NEEDS), but a translation that keeps no modal word and states the
    outcome with "will" makes a possibility a certainty. Read on the source's lists, or
    on its literal MT where the language has none (``src`` None). Negated forms ("no
    puede" → "won't") and questions ("¿Puede…?" → "Will you…?") are left alone."""
    if tgt.lang != "en" or "ability" not in a or _OPEN & b.keys() or tgt.text.rstrip()[-1:] == "?":
        return []
    ws, cue = (src.ws if src is not None else mt.ws if mt else ()), a["ability"]
    if any(t.norm in _NEGATORS for t in ws[max(0, cue.start - 2) : cue.end + 1]):
        return []
    if mt is not None and _FUTURE & {t.norm for t in mt.ws}:
        return []  # the literal MT has a future of its own ("podrá" → "will be able")
    future = next(
        (
            k
            for k, t in enumerate(tgt.ws)
            if t.norm in _FUTURE and not any(u.norm in _NEGATORS for u in tgt.ws[k + 1 : k + 3])
        ),
        None,
    )
    if future is None:
        return []
    said = tgt.ws[future]
    where = cue_text(src, cue) if src is not None else mt.text[cue.char_start : cue.char_end]
    message = (
        f"The source expresses a possibility ({quote(where)}) that the translation states "
        f"as certain ({quote(said.text)})."
    )
    return [
        Finding(
            "modality",
            "major",
            0.55,
            span_of(cue) if src is not None else None,
            (said.start, said.end),
            message,
            "drift.modality",
        )
    ]
