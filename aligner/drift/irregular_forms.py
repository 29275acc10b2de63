"""The verbs an English irregular form belongs to ("known" → "know", "written" → "write").

Apertium's English analyser reads an irregular past participle before a noun as an
adjective of its own ("known genetic markers": adjective "known"), while the Spanish
participle it renders ("conocidos") is analysed as its verb ("conocer" → "know"). The
word matcher (:func:`aligner.drift.lexical_diff._partners`) then found no partner for
the Spanish word, and the removal readers reported it left out of a faithful translation
(a ContraTICO sentence and its three variants, session 39, drift44c). WordNet's list of
irregular verb forms (``verb.exc``) gives the verb, which the matcher adds to the
English word's own forms: a regular participle ("reported") has its verb's stem already.
"""

from __future__ import annotations

import os
from functools import cache


@cache
def _verb_exceptions(wordnet: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    try:
        with open(os.path.join(wordnet, "verb.exc"), encoding="utf-8") as fh:
            for line in fh:
                form, *lemmas = line.split()
                out.setdefault(form, set()).update(lemmas)
    except OSError:
        return {}
    return {k: frozenset(v) for k, v in out.items()}


def verbs_of(form: str, wordnet: str) -> frozenset[str]:
    """The verbs of which ``form`` (lower case) is an irregular form; empty when it is
    none's or WordNet is not installed."""
    return _verb_exceptions(wordnet).get(form, frozenset())
