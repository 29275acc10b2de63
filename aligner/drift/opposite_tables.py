"""The opposite-word tables' lines: WordNet 3.0's antonym pairs (``data/antonyms_en.tsv``,
built by ``bench/make_antonyms.py``) and general English opposites WordNet does not pair
(``data/opposites_common_en.tsv``, written here: "build" / "destroy", "global" / "local",
"fragile" / "sturdy"; docs/drift.md, "Session 24 (drift29d)"). Both read by
:mod:`aligner.drift.antonyms` (any part of speech) and :mod:`aligner.drift.opposite_words`
(by part of speech), so every guard of those readings applies to the common pairs too.
"""

from __future__ import annotations

import os

DATA = os.path.join(os.path.dirname(__file__), "data", "antonyms_en.tsv")
COMMON = os.path.join(os.path.dirname(__file__), "data", "opposites_common_en.tsv")
# Off: WordNet's pairs alone (the tables before session 24).
COMMON_OPPOSITES = True


def data_lines() -> list[str]:
    """The lines of the antonym table and, with :data:`COMMON_OPPOSITES`, of the common
    opposites (one shape: part of speech, word, opposite; "=" and "~" lines WordNet's)."""
    out: list[str] = []
    for path in (DATA, COMMON) if COMMON_OPPOSITES else (DATA,):
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                out += fh.read().splitlines()
    return out
