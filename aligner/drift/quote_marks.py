"""Quotation marks the translation adds or drops (docs/drift.md, "Session 34, lead").

Inside quotation marks a report claims the speaker's own words. "El ministro dijo que la
situación es grave" → 'The minister said: "The situation is serious."' keeps every word
and still makes a verbatim quotation out of a report in the source's words: a reader, a
fact-checker, will cite it as said. The reverse, a quotation rendered as reported speech,
is what news translation often does, and is worth a look only.

Read on the marks alone: quotations of three words or more (a word or two in marks is a
title, a term or a scare quote), and only where the other side has no quotation at all
(one sentence of a long quotation may carry no mark on either side, or a closing one
only; Spanish dialogue quotes with a dash).
"""

from __future__ import annotations

from aligner.drift.signals import Finding, Side
from aligner.drift.text import quoted_spans, tokenize, words
from aligner.textutil import quote

_LONG = 3  # words: shorter quotations are titles, terms or scare quotes


def _quotations(side: Side) -> list[tuple[int, int]]:
    spans = quoted_spans(side.text)
    return [(a, b) for a, b in spans if len(words(tokenize(side.text[a:b]))) >= _LONG]


# Any mark of quoting: a lone closing mark (a quotation opened in an earlier sentence),
# and the dash of Spanish and Portuguese dialogue ("—Hemos cumplido —dijo la alcaldesa").
_MARKS = frozenset('«»“”„"‹›—―')


def _quotes_at_all(text: str) -> bool:
    return any(c in _MARKS for c in text)


def check_quote_marks(src: Side, tgt: Side) -> list[Finding]:
    """An ``addition`` (major) where the translation quotes and the source has no mark of
    quoting; a minor one the other way round."""
    s_all, t_all = _quotes_at_all(src.text), _quotes_at_all(tgt.text)
    added = _quotations(tgt) if not s_all else []
    if added:
        a, b = added[0]
        message = (
            f"The translation puts {quote(tgt.text[a:b])} in quotation marks, as the "
            "speaker's own words; the source reports it without any."
        )
        return [Finding("addition", "major", 0.6, None, (a, b), message, "drift.quote_marks")]
    dropped = _quotations(src) if not t_all else []
    if dropped:
        a, b = dropped[0]
        message = (
            f"The source quotes {quote(src.text[a:b])} as the speaker's own words; the "
            "translation reports it without quotation marks."
        )
        return [Finding("addition", "minor", 0.5, (a, b), None, message, "drift.quote_marks")]
    return []
