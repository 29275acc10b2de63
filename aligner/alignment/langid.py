"""Guess a document's language from its function words.

Good enough to tell the languages aligner has profiles for apart on a paragraph
or more of news text; the CLI lets users say the language when it is not.
"""

from __future__ import annotations

import re
from collections import Counter

from aligner.lang import KNOWN, profile

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, sample_chars: int = 20000) -> tuple[str, float]:
    """Return (ISO 639-1 code, confidence), or ("xx", 0.0).

    The confidence is the winner's share of the top two scores: related languages
    share many function words ("de", "la", "que"), so only the margin over the
    runner-up says how sure the guess is.
    """
    words = Counter(w.lower() for w in _WORD.findall(text[:sample_chars]))
    scores = {}
    for code in KNOWN:
        stopwords = profile(code).stopwords
        scores[code] = sum(n for w, n in words.items() if w in stopwords)
    ranked = sorted(scores, key=lambda c: scores[c], reverse=True)
    best, second = scores[ranked[0]], scores[ranked[1]]
    if best == 0:
        return "xx", 0.0
    return ranked[0], best / (best + second)
