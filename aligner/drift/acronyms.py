"""Acronyms across languages: the same letters in another order ("FMI"/"IMF"), a term's
acronym translated ("CEDH"/"ECHR"), initials of a spelt-out name, and an unknown acronym
that an earlier tool turned into a word ("MARES" for "MERS").

Split from :mod:`aligner.drift.names`, which uses these to decide whether a name on one
side is found on the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.signals import Entity, Evidence, Side
from aligner.drift.text import fold


def initials(words_: Sequence[str]) -> str:
    return "".join(w[0] for w in words_ if w and len(w) > 3)


def acronym_key(text: str) -> str:
    """ "SARS-like", "COVID-19": the part before the hyphen; "NCEs", "mRNAs": the plural
    "s" of an acronym dropped."""
    head = text.replace(".", "").split("-")[0]
    if (
        len(head) > 2
        and head.endswith("s")
        and head[-2].isupper()
        and sum(c.isupper() for c in head) >= 2
    ):
        head = head[:-1]
    return fold(head)


def acronyms_of(side: Side) -> set[str]:
    return {acronym_key(t.text) for t in side.ws if sum(c.isupper() for c in t.text) >= 2}


def same_acronym(a: str, b: str) -> bool:
    """ "FMI"/"IMF", "OTAN"/"NATO" (same letters, other order), "OPEP"/"OPEC", and one
    of four letters or more with a letter slipped in ("MOOCK"/"MOOC": a typo; "NASA"/"NSA"
    are two bodies)."""
    if sorted(a) == sorted(b) and len(a) >= 2:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and len(long_) == len(short) + 1:
        return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
    return len(a) >= 4 and len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def spells_out(acronym: str, names: Sequence[str]) -> bool:
    """An acronym whose letters, in any order, are the initials of one of ``names`` (its
    words of four letters or more, two of them at least): "IMF" for "International
    Monetary Fund" or for its Spanish "Fondo Monetario Internacional", "OCDE" for
    "Organisation for Economic Co-operation and Development", "OMS" for "World Health
    Organization". News gives a body's acronym in one language and its full name in the
    other; three letters at least, as two initials meet by chance."""
    key = acronym_key(acronym)
    if len(key) < 3 or not key.isalpha():
        return False
    for name in names:
        spelt = initials(fold(name).split())
        if len(spelt) >= 2 and sorted(spelt) == sorted(key):
            return True
    return False


def letters_left(a: str, b: str) -> int:
    """How many of ``a``'s letters (counted with repeats) ``b`` does not have."""
    rest = list(b)
    left = 0
    for c in a:
        if c in rest:
            rest.remove(c)
        else:
            left += 1
    return left


def translated_acronym(a: str, b: str) -> bool:
    """The same term's acronym in another language: the words of a term keep most of their
    initials across languages while the adjective moves ("CEDH"/"ECHR", "USI"/"ICU",
    "MPOC"/"COPD", "AINS"/"NSAID"). Both of three letters or more, at most one letter
    longer, all letters but one shared, and the order moved (the first letters differ):
    "CEDH"/"NSA", "CDU"/"ADA" and "CDU"/"CSU" (one letter changed in place) stay swaps."""
    if _translated(a, b):
        return True
    # A letter typed twice into the longer one, five letters or more (session 38,
    # drift43c): "la MPOPC" / "la EPOCC" ↔ "COPD" is "MPOC" / "EPOC" misspelt.
    short, long_ = sorted((a, b), key=len)
    if len(long_) < 5 or len(long_) != len(short) + 1:
        return False
    cut = (long_[:i] + long_[i + 1 :] for i in range(len(long_)) if long_[i] in long_[:i])
    return any(_translated(one, short) for one in cut)


def _translated(a: str, b: str) -> bool:
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1 or a[0] == b[0]:
        return False
    short, long_ = sorted((a, b), key=len)
    return letters_left(short, long_) <= 1 and letters_left(long_, short) <= 1


# Switched off only by bench/drift_fixes.py, to measure what the rule does.
MANGLED = True


def mangled_acronym(word: Entity, word_mt: str | None, acro: Entity, acro_mt: str | None) -> bool:
    """ "MARES" for "MERS": an acronym the MT system does not know (it copies it through)
    against a capitalised common word of the other side that it does know (it translates
    it: "MARES" → "Seas") and that has the acronym's letters, its first letter first,
    and one letter more. An earlier
    machine translation or a spelling checker turned the unknown acronym into the nearest
    word; both sides are compared against themselves, not against the MT's rendering.
    Two real acronyms one letter apart ("PSOE"/"PSE") are both unknown, and stay a swap."""
    if not (word.acronym and acro.acronym and word_mt and acro_mt):
        return False
    a, b = acronym_key(word.text), acronym_key(acro.text)
    if (
        len(b) < 3
        or len(a) != len(b) + 1
        or a[0] != b[0]
        or acronym_key(acro_mt) != b
        or acronym_key(word_mt) == a
    ):
        return False
    return letters_left(b, a) == 0


def unmangled(
    lost: list[Entity], new: list[Entity], src: Side, tgt: Side, ev: Evidence
) -> tuple[list[Entity], list[Entity]]:
    """Leave out the names that :func:`mangled_acronym` pairs across the two sides."""
    if ev.mt_entities is None or ev.back_entities is None or not MANGLED:
        return lost, new
    fwd = dict(zip(map(id, src.entities), ev.mt_entities, strict=True))
    back = dict(zip(map(id, tgt.entities), ev.back_entities, strict=True))

    def paired(a: Entity, b: Entity) -> bool:
        return mangled_acronym(a, fwd[id(a)], b, back[id(b)]) or mangled_acronym(
            b, back[id(b)], a, fwd[id(a)]
        )

    return (
        [a for a in lost if not any(paired(a, b) for b in tgt.entities)],
        [b for b in new if not any(paired(a, b) for a in src.entities)],
    )


_ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2,})s\b")


def singular_acronym(text: str) -> str:
    """An English acronym's plural as its singular ("radios and TVs" → "TVs" → "TV"), which
    the MT knows ("TV" → "Televisión") where it leaves the plural alone."""
    return _ACRONYM_PLURAL.sub(r"\1", text)
