"""A place the translation names where the source says its people's demonym.

"Cada cruceño debe sentirse orgulloso" → "Every person from Santa Cruz should feel
proud", "los madrileños" → "people in Madrid", "una empresa sevillana" → "a Seville
company": the translation names the place, the source its inhabitants' word, so the
place is no added name. Regional demonyms are too many to list; they are read by shape:
a lower-case source word with a demonym ending whose stem begins one of the place's
words (folded, with Spanish "z" read as "c": "cruc-eño" / "Cruz").
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.text import fold

# Spanish and Portuguese demonym endings (folded: "-eño" is "-eno"), longest first.
_ENDINGS = (
    "enses", "ense", "enas", "enos", "ena", "eno", "anos", "anas", "ano", "ana", "eses",
    "esa", "es", "inos", "inas", "ino", "ina", "eros", "eras", "ero", "era", "enho", "enha",
    "ensa",
)  # fmt: skip
_SHORTEST_STEM = 3


def _stem(word: str) -> str | None:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM:
            return word[: -len(ending)]
    return None


def _plain(word: str) -> str:
    return fold(word).replace("z", "c")


def named_by_demonym(place: str, src_words: Sequence[str]) -> bool:
    """Whether the source (``src_words``) has a demonym of ``place`` (a name the
    translation adds, as written)."""
    parts = [_plain(p) for p in place.split() if p[:1].isupper() and len(p) >= _SHORTEST_STEM]
    if not parts:
        return False
    for word in src_words:
        if not word[:1].islower():
            continue
        stem = _stem(_plain(word))
        if stem is None:
            continue
        for part in parts:
            shared = min(len(stem), len(part), 4)
            if shared >= _SHORTEST_STEM and stem[:shared] == part[:shared]:
                return True
    return False
