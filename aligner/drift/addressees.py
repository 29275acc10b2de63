"""Whom a statement is said to, read after its verb of saying ("dijo al diplomático
ruso", "told Maduro").

A translation that swaps the speaker and the person spoken to ("Maduro dijo al
diplomático ruso que…" → "The Russian diplomat told Maduro that…") keeps both people in
the sentence, so the speaker check, which looks for the source's speaker anywhere in
the translation, found nothing wrong. :func:`addressed` gives the words naming the
person spoken to, so the check can see the source's speaker standing there instead.
"""

from __future__ import annotations

import re
from functools import cache

from aligner.lang import profile

_END = r"(?=\s+(?:que|that|on|in|at|during|durante|en)\b|[,.;:«»\"“”]|$)"


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    prof = profile(lang)
    if not prof.addressee_verbs:
        return None
    verbs = "|".join(sorted(prof.addressee_verbs))
    # the person after a mark ("a", "al") where the language has them
    marks = "|".join(r"\s+".join(m.split()) for m in prof.addressee_marks)
    to = rf"(?:{marks})\s+" if marks else r""
    return re.compile(rf"\b(?:{verbs})\s+{to}([^,.;:«»\"“”]{{1,60}}?){_END}", re.IGNORECASE)


def addressed(text: str, lang: str) -> str:
    """The words naming whom the first statement of ``text`` is said to ("" when none)."""
    pattern = _pattern(lang)
    found = pattern.search(text) if pattern is not None else None
    return found.group(1) if found else ""
