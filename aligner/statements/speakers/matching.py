"""Matching speakers across languages (:func:`same_speaker`): keys are compared through a
transliteration skeleton (Zelenski/Zelensky, Jamenei/Khamenei) allowing one edit for
long names, and a key also matches any word of the other side's full name. Unnamed
speakers never match.
"""

from __future__ import annotations

import re

from aligner.statements.speakers.resolution import Speaker
from aligner.textutil import edit_distance
from aligner.textutil import fold_accents as fold

# Transliteration variants of the same name: Zelenski/Zelensky/Zelenskyy,
# Jamenei/Khamenei, Gadafi/Gaddafi, Chávez/Chavez (accents are folded first).
_SKELETON = (("kh", "j"), ("ph", "f"), ("ck", "k"), ("w", "v"), ("y", "i"), ("q", "k"))


def skeleton(word: str) -> str:
    s = re.sub(r"[^a-z]", "", fold(word))
    for old, new in _SKELETON:
        s = s.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", s)


def _close(a: str, b: str) -> bool:
    """Equal skeletons, or one edit apart for long names (Medvédev/Medvedev/Medvedyev)."""
    a, b = skeleton(a), skeleton(b)
    if not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    return edit_distance(a, b) <= 1


def same_speaker(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers (possibly in different languages) are the same person.

    Keys are compared through a transliteration skeleton; a key also matches any word
    of the other side's full name, since one side may only know "Maduro" and the other
    "Nicolás Maduro Moros". Unnamed speakers never match: a role written in two
    languages ("el diplomático ruso", "the Russian diplomat") cannot be checked here.
    """
    if not a.key or not b.key:
        return False
    if _close(a.key, b.key):
        return True
    a_words = [w for w in re.split(r"[\s-]+", a.name) if w]
    b_words = [w for w in re.split(r"[\s-]+", b.name) if w]
    return any(_close(a.key, w) for w in b_words) or any(_close(b.key, w) for w in a_words)
