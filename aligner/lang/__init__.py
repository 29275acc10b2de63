"""Per-language resources, one module per language.

Everything language-specific lives here as plain data; the pipeline stages ask
:func:`profile` for a language and fall back to :data:`DEFAULT` (language-neutral
rules only) when a language has no module, so a new language is one new file.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    name: str
    # Abbreviations that end in a period but do not end a sentence, lower-cased,
    # without their final period ("sr", "ee.uu", "etc").
    abbreviations: frozenset[str] = field(default_factory=frozenset)
    # Abbreviations that are usually followed by a name or number ("sr", "dr",
    # "art"): never a boundary after them, even before a capital letter.
    prefix_abbreviations: frozenset[str] = field(default_factory=frozenset)
    # Frequent function words, used to tell languages apart.
    stopwords: frozenset[str] = field(default_factory=frozenset)
    decimal_comma: bool = False  # 49,9 means 49.9


DEFAULT = LanguageProfile(code="xx", name="other")

KNOWN = ("es", "en", "pt", "fr", "de", "it")


@cache
def profile(code: str) -> LanguageProfile:
    code = (code or "").lower().split("-")[0].split("_")[0]
    if code not in KNOWN:
        return DEFAULT
    module = importlib.import_module(f"aligner.lang.{code}")
    return module.PROFILE
