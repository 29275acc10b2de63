"""The opposite-word tables' lines: WordNet 3.0's antonym pairs (``data/antonyms_en.tsv``,
built by ``bench/make_antonyms.py``) and general English opposites WordNet does not pair
(``data/opposites_common_en.tsv``, written here: "build" / "destroy", "global" / "local",
"fragile" / "sturdy"; docs/drift.md, "Session 24 (drift29d)"). Both read by
:mod:`aligner.drift.antonyms` (any part of speech) and :mod:`aligner.drift.opposite_words`
(by part of speech), so every guard of those readings applies to the common pairs too.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping

DATA = os.path.join(os.path.dirname(__file__), "data", "antonyms_en.tsv")
COMMON = os.path.join(os.path.dirname(__file__), "data", "opposites_common_en.tsv")
# Off: WordNet's pairs alone (the tables before session 24).
COMMON_OPPOSITES = True


def data_paths() -> tuple[str, ...]:
    """The files :func:`data_lines` reads (a table built from them is cached by them)."""
    return (DATA, COMMON) if COMMON_OPPOSITES else (DATA,)


def data_lines() -> list[str]:
    """The lines of the antonym table and, with :data:`COMMON_OPPOSITES`, of the common
    opposites (one shape: part of speech, word, opposite; "=" and "~" lines WordNet's)."""
    out: list[str] = []
    for path in data_paths():
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                out += fh.read().splitlines()
    return out


# A translation word whose own opposite the translation says too ("the near side … the
# far side" against the MT's "remote") is one pole of a contrast the sentence keeps: the
# MT's word is rendered by the other pole, not opposed by this one (a word turned round
# in such a sentence is :mod:`aligner.drift.opposite_counts`'). Off: not read.
BOTH_POLES = True


def both_poles(
    mine: Iterable[str], tgt_lemmas: Collection[str], opposite: Mapping[str, frozenset[str]]
) -> bool:
    """Whether an opposite of one of the word's lemmas is among the translation's lemmas."""
    return BOTH_POLES and any(not opposite.get(x, frozenset()).isdisjoint(tgt_lemmas) for x in mine)
