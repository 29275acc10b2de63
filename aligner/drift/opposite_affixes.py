"""Opposed prefixes on one stem: "pro-American" where the literal MT says "anti-American",
"hypotension" against "hypertension", "decrease" against "increase" (docs/drift.md,
"Session 20 (drift25d)").

WordNet pairs some such words ("import" / "export") and not others ("pro-American",
"postwar", "underweight" have no antonym pointer to their twin). A translation word is
read as the opposite of an MT word when the two are one stem (at least four letters, a
hyphen after the prefix ignored) behind the two prefixes of a pair of :data:`OPPOSED`,
the translation does not use the MT's word and the MT does not use the translation's.
Prefix pairs whose words are often no opposites ("enclose" / "disclose", "income" /
"outcome") are left out. Apertium may leave a hyphenated compound ungenerated ("anti#-
american"), read here as its two tokens joined.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.text import fold

# Prefix pairs whose words on one stem are opposites.
OPPOSED = (
    ("anti", "pro"),
    ("pre", "post"),
    ("over", "under"),
    ("inter", "intra"),
    ("hyper", "hypo"),
    ("max", "min"),
    ("inc", "dec"),
    ("up", "down"),
    ("im", "ex"),
    ("in", "ex"),
)
# The shortest stem read behind a prefix ("decrease" → "rease" is five letters).
_STEM = 4


def _split(word: str) -> list[tuple[str, str, str]]:
    """(prefix, the opposed prefix, stem) for each way the word begins with a prefix."""
    out = []
    for a, b in OPPOSED:
        for mine, other in ((a, b), (b, a)):
            if word.startswith(mine):
                stem = word[len(mine) :].lstrip("-")
                if len(stem) >= _STEM:
                    out.append((mine, other, stem))
    return out


def _mt_forms(mt_words: Sequence[str]) -> dict[str, str]:
    """The MT's words folded (a prefix left apart from its stem joined to the next word,
    as Apertium leaves "anti#-american"), each to the MT token that stands for it."""
    out: dict[str, str] = {}
    for i, w in enumerate(mt_words):
        f = fold(w)
        out.setdefault(f, w)
        if i + 1 < len(mt_words) and any(f in pair for pair in OPPOSED):
            out.setdefault(f + fold(mt_words[i + 1]), w)
    return out


def swapped_prefixes(mt_words: Sequence[str], tgt_words: Sequence[str]) -> list[tuple[int, str]]:
    """(index of the translation word, the MT word) for each lower-case translation word
    whose stem the MT says behind the opposed prefix."""
    mt = _mt_forms(mt_words)
    tgt = {fold(w).replace("-", "") for w in tgt_words}
    out = []
    for k, w in enumerate(tgt_words):
        if not w[:1].islower():
            continue
        f = fold(w)
        if f in mt or f.replace("-", "") in mt:
            continue
        for _, other, stem in _split(f):
            for form in (other + stem, other + "-" + stem):
                if form in mt and form.replace("-", "") not in tgt:
                    out.append((k, mt[form]))
                    break
            else:
                continue
            break
    return out
