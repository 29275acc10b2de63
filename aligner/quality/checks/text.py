"""Text helpers shared by the check families: quoting, folding, term patterns, letters.

``quote`` writes a text into a message; ``fold_map``/``fold``/``_unfold`` match on
accent-free, case-folded text and map a match back to a span of the original;
``term_pattern`` matches a glossary term or a rendering as whole words, plural allowed;
``_LETTERS``/``_bare`` reduce a text to its words (identity of untranslated and repeated
segments); ``lang_code`` normalises a language tag. Each is used by more than one family
(or by :mod:`aligner.pipelines.qa`), so it lives once, here; underscore names are shared inside the
package only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from aligner.quality.checks.model import Span


def lang_code(lang: str | None) -> str:
    """The primary subtag, lower case: "es-ES" -> "es"."""
    return (lang or "").lower().replace("_", "-").split("-")[0]


def fold_map(text: str) -> tuple[str, list[int]]:
    """Accent-free case-folded ``text`` and, per folded character, its offset in ``text``.

    Matching terms on folded text is what a translator expects (Canciller = canciller,
    Bogotá = Bogota); the map turns a match back into a span of the original.
    """
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(c):
                continue
            for f in c.casefold():
                out.append(f)
                where.append(i)
    where.append(len(text))
    return "".join(out), where


def fold(text: str) -> str:
    return fold_map(text)[0]


def _unfold(span: Span, where: list[int]) -> Span:
    return where[span[0]], where[max(span[0], span[1] - 1)] + 1


@cache
def term_pattern(term: str) -> re.Pattern[str]:
    """Whole words of a folded term, any spacing or hyphen between, a plural allowed."""
    parts = [re.escape(w) for w in fold(term).replace("-", " ").split()]
    body = r"[\s\-‐]+".join(parts) if parts else r"(?!)"
    return re.compile(rf"(?<![^\W_]){body}(?:e?s)?(?![^\W_])")


_LETTERS = re.compile(r"[^\W\d_]+")


def _bare(text: str) -> str:
    return " ".join(_LETTERS.findall(fold(text)))
