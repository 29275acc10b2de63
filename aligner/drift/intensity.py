"""Intensity: intensifiers, softeners, words of severity, superlatives and quantifiers.

The check compares which classes of degree words ("muy", "leve", "graves", "todos") each
side has, and confirms a difference against the machine-translation readings as the
other word-list checks do (:mod:`aligner.drift.signals`). Moved out of
:mod:`aligner.drift.modality` in session 35.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift import superlative_rank
from aligner.drift.cue_quotes import cue_text, quoted_cue
from aligner.drift.ranked_among import ranked_among
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
from aligner.drift.text import Cue, Tok, find_cues, tokenize, words
from aligner.lang import profile
from aligner.textutil import quote

# Degree classes compared by presence; quantifier classes only when both sides have one.
_DEGREE_PRESENCE = ("boost", "down", "extreme", "severe", "super")
_DEGREE_PAIRED = ("all", "most", "many", "some", "several", "part", "portion", "total", "partial")
_DEGREE_WORDS = {
    "boost": "an intensifier",
    "down": "a softener",
    "extreme": "a strong evaluative word",
    "severe": "a word of severity",
    "super": "a superlative",
    "small_figure": "a word that makes a figure small",
    "partial": "a word of part",
}


# A class present on one side is matched by any of these on the other.
# "most" is also the quantifier ("la mayoría de" → "most of"), so it answers a superlative.
_DEGREE_MATCH = {
    "super": {"super", "compar", "lesser", "worse", "most", "extreme", "top"},
    # "absolutamente seguro" → "completely sure": a word of completeness grades too.
    "boost": {"boost", "focus", "total"},
    "down": {"down", "minimal", "hedged", "lesser"},
    # "graves consecuencias" → "catastrophic consequences": a stronger word says the
    # severity too (session 26, drift31c).
    "severe": {"severe", "worse", "strict", "weighty", "extreme"},
    # "una cifra histórica" → "a record figure": a superlative is as strong.
    "extreme": {"extreme", "calamity", "praise", "super"},
}


# Switched off only by bench/drift_fixes.py, to measure what the rule does.
DEGREE_MOVED = True


def degree_gaps(a: dict[str, Cue], b: dict[str, Cue]) -> list[tuple[str, str]]:
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
        if cls == "extreme" and "severe" in other and "severe" not in own:
            return True  # the translation's strong word renders the source's severity
        return cls in strong and "boost" in other and "boost" not in own

    gaps = [(c, "lost") for c in _DEGREE_PRESENCE if c in a and lacks(b, c) and not moved(c, a, b)]
    gaps += [
        (c, "added") for c in _DEGREE_PRESENCE if c in b and lacks(a, c) and not moved(c, b, a)
    ]
    # A minimiser before a figure ("apenas un 41 %" → "41%") frames the figure as small:
    # lost, it is reported; one the translation adds is left to the translator's style.
    if "small_figure" in a and not {"minimal", "small_figure", "down", "lesser"} & b.keys():
        gaps.append(("small_figure", "lost"))
    # "no está corregida" → "is partly incorrect": a part where the source grades nothing.
    if "partial" in b and not a:
        gaps.append(("partial", "added"))
    qa = {c for c in _DEGREE_PAIRED if c in a}
    qb = {c for c in _DEGREE_PAIRED if c in b}
    # English "most" is read as a superlative, but it also renders "la mayoría de"
    # ("most farmers … many countries" is no change of "la mayoría … numerosos").
    # A total ("en total", "altogether", "in all") counts everything as "all" does:
    # "siete en todos" → "seven altogether" changes no quantity (session 22).
    # "several" stands between "some" and "many": either renders it (session 28).
    said = sorted(qa)
    qa, qb = ({m for c in q for m in _AS.get(c, (c,))} for q in (qa, qb))
    if qa and qb and not (qa | _most(a)) & (qb | _most(b)):
        gaps.append((said[0], "changed"))
    return gaps


_AS = {"total": ("all",), "several": ("several", "some", "many"), "portion": ("part", "some")}


def _most(side: dict[str, Cue]) -> set[str]:
    return {"most"} if "super" in side else set()


def _little_thing(ws: Sequence[Tok], cue: Cue, lang: str) -> bool:
    """ "a little" before a noun is its size or amount, not a degree ("una pequeña gripe"
    → "a little flu", "un poco de agua" → "a little water"): it answers a softener, as
    the minimisers, but is never reported alone. "a little bit" stays a softener."""
    if lang != "en" or cue.end >= len(ws) or cue.end - cue.start != 2:
        return False
    if " ".join(t.norm for t in ws[cue.start : cue.end]) != "a little":
        return False
    from aligner.drift.synonyms import noun_only

    after = ws[cue.end]
    return after.word and after.norm not in ("bit", "bits") and noun_only(after.norm)


# The comparative of a lesser degree ("menos", "less", "moins", "meno", "weniger").
_LESS = frozenset(("menos", "less", "moins", "meno", "weniger"))


def _degree_classes(ws: Sequence[Tok], lang: str) -> dict[str, Cue]:
    """Degree cues by class; a negated quantifier ("no todos", "not all") is left out, as
    its translation may take any form ("some … did not")."""
    negations = {p for p in profile(lang).negation_words if " " not in p}
    determiners = profile(lang).determiners
    out: dict[str, Cue] = {}
    for cue in find_cues(ws, word_lists(lang).degree):
        # ... or its verb ("no se presentaron muchas" → "few came forward")
        if cue.label in _DEGREE_PAIRED and negations & {
            t.norm for t in ws[max(0, cue.start - 3) : cue.start]
        }:
            continue
        # A softener never stands before a determiner: "moderate the amount" is the verb.
        if cue.label == "down" and cue.end < len(ws) and ws[cue.end].norm in determiners:
            continue
        label = cue.label
        # "menos graves" → "milder", "less serious": severity graded down is a lesser
        # degree, which the opposite pole's comparative renders as well.
        if label in ("severe", "extreme") and cue.start and ws[cue.start - 1].norm in _LESS:
            label = "lesser"
        if label == "down" and _little_thing(ws, cue, lang):
            label = "minimal"
        if label == "super" and _a_record_kept(ws, cue, lang):
            continue
        if label in ("super", "top") and ranked_among(ws, cue.start):
            label = "one_of"  # "one of the top honours" keeps no "máximo galardón"
        # or behind its verb ("apenas creció un 0,2 %", "only rose 0.2%"; session 28)
        verb = cue.end < len(ws) and ws[cue.end].word
        if label == "minimal" and (
            _before_figure(ws, cue.end, lang) or (verb and _before_figure(ws, cue.end + 1, lang))
        ):
            out.setdefault("small_figure", cue)
        out.setdefault(label, cue)
    return out


# "tenía antecedentes" → "had a record", "levantó acta" → "kept a record of the talks":
# a record one has or keeps, or a record of something, is a document, not a superlative.
_HAVE_KEEP = frozenset("has have had having keep keeps kept keeping with without".split())
_AFTER_A_RECORD = frozenset("for and or in on at with from since but".split())


def _a_record_kept(ws: Sequence[Tok], cue: Cue, lang: str) -> bool:
    if lang != "en" or [t.norm for t in ws[cue.start : cue.end]] != ["a", "record"]:
        return False
    after = ws[cue.end].norm if cue.end < len(ws) else ""
    if after == "of":
        return True
    # "had a record summer": a record before its noun is the superlative again.
    noun_after = cue.end < len(ws) and ws[cue.end].word and after not in _AFTER_A_RECORD
    return cue.start > 0 and ws[cue.start - 1].norm in _HAVE_KEEP and not noun_after


def _before_figure(ws: Sequence[Tok], k: int, lang: str) -> bool:
    """Whether a figure follows at word k, behind at most an article ("apenas un 41 %",
    "apenas uno de cada tres", "only 41%", "just one in three")."""
    from aligner.drift.number_words import word_value

    for t in ws[k : k + 2]:
        if t.text[:1].isdigit() or (t.word and word_value(t.norm, lang) is not None):
            return True
        if t.norm not in profile(lang).indefinite_articles | profile(lang).determiners:
            return False
    return False


def _in_a_name(gap: tuple[str, str], src: Side, tgt: Side) -> bool:
    """The degree word the other side seems to lack is there, capitalised inside a name
    ("síndrome respiratorio agudo severo" → "Severe Acute Respiratory Syndrome"): the
    cue lists skip a capitalised word inside a sentence (a month "May", a name "Will"),
    so the other side is read once more in lower case, to excuse a gap only."""
    cls, how = gap
    other = tgt if how == "lost" else src if how == "added" else None
    if other is None or other.text.islower():
        return False
    lowered = _degree_classes(words(tokenize(other.text.lower())), other.lang)
    return bool(_DEGREE_MATCH.get(cls, {cls}) & lowered.keys())


def check_degree(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """Intensity changed: "muy importante" → "important", "leve" → "serious", most → all;
    or a superlative's rank ("la más larga" → "one of the longest")."""
    return _degree_words(src, tgt, ev) or superlative_rank.check(src, tgt, ev)


def _degree_words(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    s_list, t_list = word_lists(src.lang).degree, word_lists(tgt.lang).degree
    if not s_list and t_list and (mt := usable(ev.mt)):
        return _degree_by_mt(tgt, mt)
    if not s_list or not t_list:
        return []
    a, b = _degree_classes(src.ws, src.lang), _degree_classes(tgt.ws, tgt.lang)
    gaps = [g for g in degree_gaps(a, b) if not _in_a_name(g, src, tgt)]
    others = []
    if mt := usable(ev.mt):
        others.append(bool(degree_gaps(_degree_classes(mt.ws, tgt.lang), b)))
    if back := usable(ev.back):
        others.append(bool(degree_gaps(a, _degree_classes(back.ws, src.lang))))
    if not confirmed(bool(gaps), others):
        return []
    cls, how = gaps[0]
    # The other side's degree word, if any, is most likely what replaced it.
    s_cue = a.get(cls) or next(iter(a.values()), None)
    t_cue = b.get(cls) or next(iter(b.values()), None)
    if how == "lost":
        message = (
            f"The source has {_DEGREE_WORDS[cls]} ({quote(cue_text(src, s_cue))}) "
            f"that the translation drops or weakens ({quoted_cue(tgt, t_cue, (src, s_cue))})."
        )
    elif how == "added":
        message = (
            f"The translation adds {_DEGREE_WORDS[cls]} ({quote(cue_text(tgt, t_cue))}) "
            f"that the source does not have ({quoted_cue(src, s_cue, (tgt, t_cue))})."
        )
    else:
        t_cue = next(b[c] for c in _DEGREE_PAIRED if c in b)
        message = (
            f"The source's {quote(cue_text(src, s_cue))} becomes "
            f"{quote(cue_text(tgt, t_cue))} in the translation."
        )
    return [
        Finding(
            "intensity", "major", 0.6, span_of(s_cue), span_of(t_cue), message, "drift.intensity"
        )
    ]


def _degree_by_mt(tgt: Side, mt: Reading) -> list[Finding]:
    """No degree lists for the source's language (French, Italian, German): its machine
    translation, read with the target's lists, stands in for it, as for negations
    ("très insuffisantes" → MT "very insufficient" vs "insufficient"). Only a degree word
    the MT has and the translation lacks counts: Apertium renders degree idioms word by
    word ("au plus bas" → "to the most low", "de beaucoup" → "of a lot"), so a degree
    word the translation adds is no evidence (on DEMETR fr it flagged two faithful pairs
    for one hit; docs/drift.md, "Session 15, lead")."""
    a, b = _degree_classes(mt.ws, tgt.lang), _degree_classes(tgt.ws, tgt.lang)
    gaps = [c for c, how in degree_gaps(a, b) if how == "lost"]
    if not gaps:
        return []
    m_cue, t_cue = a[gaps[0]], next(iter(b.values()), None)
    message = (
        f"A literal translation of the source has {_DEGREE_WORDS[gaps[0]]} "
        f"({quote(mt.text[m_cue.char_start : m_cue.char_end])}) that the translation drops "
        f"or weakens ({quoted_cue(tgt, t_cue)})."
    )
    return [Finding("intensity", "major", 0.5, None, span_of(t_cue), message, "drift.intensity")]
