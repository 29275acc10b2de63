"""A level of government added to a public body or office: "el presidente andaluz" →
"the Andalusian regional president", "la Asamblea" → "the regional assembly". News
translations explain a body the reader may not know by its level; the word says where
the body sits, which the source says by its name or its place (session 23, lead;
:mod:`aligner.drift.span_gain` has left these words out of its candidates since session
16: "el consejero de Industria" → "the regional industry minister", "las selecciones" →
"the national teams").
"""

from __future__ import annotations

from functools import cache

from aligner.lang import profile

LEVELS = frozenset(
    "regional national federal local municipal provincial state central autonomous "
    "departmental county city".split()
)
# Bodies besides the role nouns of the language profile ("president", "minister").
_BODIES = frozenset(
    "government governments assembly parliament council councils ministry ministries "
    "executive administration authority authorities court courts legislature chamber "
    "congress senate police office department agency".split()
)


@cache
def _offices() -> frozenset[str]:
    return frozenset(noun for noun, _ in profile("en").role_nouns if " " not in noun) | _BODIES


def level_of_body(word: str, head: str) -> bool:
    """Whether ``word`` is a level of government put before the body or office ``head``."""
    return word.lower() in LEVELS and head.lower() in _offices()
