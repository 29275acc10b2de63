"""A level of government added to a public body or office: "el presidente andaluz" →
"the Andalusian regional president", "la Asamblea" → "the regional assembly". News
translations explain a body the reader may not know by its level; the word says where
the body sits, which the source says by its name or its place (session 23, lead;
:mod:`aligner.drift.span_gain` has left these words out of its candidates since session
16: "el consejero de Industria" → "the regional industry minister", "las selecciones" →
"the national teams").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from aligner.drift.text import fold
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


# Records a body keeps or publishes: "official" before one of these says whose they are.
_RECORDS = frozenset(
    "data figures statistics sources estimates estimate records numbers count counts "
    "results census forecast forecasts tally toll report reports".split()
)
# Spanish public bodies (folded), besides an acronym ("el INE", "la OMS").
_ES_BODIES = frozenset(
    "gobierno ministerio instituto ayuntamiento consejeria junta generalitat xunta "
    "administracion autoridades tribunal policia agencia oficina departamento ejecutivo "
    "banco comision consejo sanidad hacienda guardia ejercito fiscalia".split()
)


def body_explained(word: str, head: str, source: Sequence) -> bool:
    """Whether the added ``word`` before ``head`` says what the source says by naming a
    body: a level of government (:func:`level_of_body`), or "official" before records
    the source credits to a public body ("según los datos del INE" → "according to
    official data", "las cifras del Ministerio" → "official figures"). ``source``: the
    source's words (objects with a ``surface``)."""
    if level_of_body(word, head):
        return True
    if word.lower() != "official" or head.lower() not in _RECORDS:
        return False
    for w in source:
        text = w.surface.strip()
        if len(text) > 1 and text.isupper() and text.isalpha():
            return True
        if fold(text) in _ES_BODIES:
            return True
    return False
