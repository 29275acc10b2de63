"""A quality the source denies with "poco" that the translation says as held (session 38,
drift43b): "Es poco probable que dimita" → "He is likely to resign", "una enfermedad poco
frecuente" → "a frequent disease", "el resultado es poco claro" → "the result is clear",
"siguen poco preparados" → "remain well prepared".

Spanish denies a gradable quality by putting "poco" before it (a litotes: "poco probable"
is "unlikely", "poco frecuente" "rare"). Apertium renders it word for word, "little
likely", so the literal MT holds the quality's English word after "little". Where the
translation says that word (or, for the few qualities of likelihood, frequency,
renown and clarity, a word of the same pole: "certain", "common", "famous", "obvious")
with nothing anywhere in it that denies or lowers a quality ("not", "un-", "hardly",
"poorly", "rare", "few" …), the claim is turned round: a negation lost (critical).

Read only where "poco" stands before an adjective or adverb WordNet knows as such (not
"poco tiempo", "pocos casos": a small amount is :mod:`aligner.drift.zero_amounts`'), not
after "un" ("un poco cansado", a bit tired) nor under a negation of its own ("no es
poco probable"). A translation that says the quality another way ("rare",
"little-known") or denies it anywhere is left alone: the rule errs on the side of
silence. The other half, "poco" counted as the negation its English renders, is
:mod:`aligner.drift.negation_idioms`'.
"""

from __future__ import annotations

from itertools import pairwise

from aligner.drift.lexical_diff import wordnet_parts
from aligner.drift.negation_idioms import poco_cues
from aligner.drift.signals import Evidence, Finding, Side
from aligner.textutil import quote

# Switched off only to measure what the rule does (bench runs).
ENABLED = True

# Words of the same pole said more strongly, for the qualities Spanish denies most often
# with "poco" (MT word → translation words that affirm it).
_LIKELY = frozenset("likely probable probably certain certainly sure surely bound".split())
_COMMON = frozenset("common frequent frequently often usual widespread".split())
_KNOWN = frozenset("known famous renowned celebrated".split())
_CLEAR = frozenset("clear clearly obvious evident".split())
_POLES = {
    "likely": _LIKELY,
    "probable": _LIKELY,
    "common": _COMMON,
    "frequent": _COMMON,
    "usual": _COMMON,
    "known": _KNOWN,
    "clear": _CLEAR,
}
# English words that deny or lower a quality: any one in the translation may render the
# source's "poco" (folded).
_DENIALS = frozenset(
    """not n't no never nor neither without hardly barely scarcely little few rarely seldom
    less least poorly badly ill insufficiently rare rarer scarce uncommon unusual unclear
    unlikely improbable doubtful obscure low slim remote lack lacks lacking""".split()
)
_PREFIXES = ("un", "in", "im", "il", "ir", "non")
# A hyphened first part that says the quality held ("well-known", "widely-used").
_BOOSTERS = frozenset("well highly widely very".split())
# Source words right before "poco" that make it an amount or a comparison ("un poco",
# "tan poco"), and negations up to three words before it that turn the litotes round
# ("no es poco probable": not unlikely).
_BEFORE = frozenset("un una unos unas tan muy por hace".split())
_NEGATIONS = frozenset("no nada nunca ni tampoco jamas".split())


def _read(src: Side, k: int) -> bool:
    before = src.ws[max(0, k - 3) : k]
    if before and before[-1].norm in _BEFORE:
        return False
    return not any(t.fold in _NEGATIONS for t in before)


def _quality(word: str) -> bool:
    parts = wordnet_parts(word)
    return "adj" in parts or "adv" in parts


def _says(word: str, affirmed: set[str]) -> bool:
    """The translation's word says one of ``affirmed``, alone or after "well-"."""
    if word in affirmed:
        return True
    head, _, rest = word.partition("-")
    return head in _BOOSTERS and rest in affirmed


def _denied(tgt: Side, words: set[str]) -> bool:
    """Whether the translation denies or lowers some quality anywhere, or says one of
    ``words`` with a negative prefix."""
    for t in tgt.ws:
        if t.norm in _DENIALS or t.norm.endswith("n't"):
            return True
        low = t.fold.split("-")
        if any(p in _DENIALS for p in low):  # "little-known", "ill-prepared"
            return True
        for p in _PREFIXES:
            if t.fold.startswith(p) and t.fold.removeprefix(p).lstrip("-") in words:
                return True
    return False


def check_litotes(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A "poco" quality of the source said as held (critical ``negation``)."""
    if not ENABLED or ev.mt is None or src.lang[:2] != "es" or tgt.lang[:2] != "en":
        return []
    cues = [c for c in poco_cues(src) if _read(src, c.start)]
    if not cues:
        return []
    said = [b.fold for a, b in pairwise(ev.mt.ws) if a.norm == "little" and b.word]
    said = [w for w in said if _quality(w)]
    if not said:
        return []
    affirmed = {w for x in said for w in _POLES.get(x, ())} | set(said)
    if _denied(tgt, affirmed):
        return []
    for t in tgt.ws:
        if not _says(t.fold, affirmed):
            continue
        cue = cues[0]
        nxt = src.ws[cue.start + 1] if cue.start + 1 < len(src.ws) else None
        span = (cue.char_start, nxt.end if nxt is not None else cue.char_end)
        return [
            Finding(
                "negation",
                "critical",
                0.6,
                span,
                (t.start, t.end),
                f"The source denies a quality ({quote(src.text[span[0] : span[1]])}), but "
                f"the translation says {quote(t.text)} with nothing denying it: the claim "
                "is turned round.",
                "drift.negation",
            )
        ]
    return []
