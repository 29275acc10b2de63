"""Numbers written in words, read by text2num ("doscientos treinta mil", "veintiún mil",
"two hundred and five"), for :mod:`aligner.drift.quantities`.

text2num reads a stream of tokens and calls back into Python for each one; the signals
that would interrupt it are held until it returns
(:func:`aligner.runtime.interrupts.signals_deferred`).
Without text2num installed, only figures written in digits are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from aligner.runtime.interrupts import signals_deferred


class Token(Protocol):
    """What spelled_numbers needs of a token: its text, normal form and kind."""

    text: str
    norm: str
    kind: str


def word_value(word: str, lang: str) -> float | None:
    """The value of one number word or phrase ("veinte", "hundred"), or None."""
    try:
        from text_to_num import text2num

        value = float(text2num(word, lang))
    except (ImportError, ValueError):
        return None
    return value if value or word.lower() in _ZEROS else None


# Correct spellings text2num does not read, as the form it does: "veintiún mil" is the
# written form of 21000 (uno shortens before a noun) but text2num knows only "veintiuno".
_T2N_SPELLINGS = {"es": {"veintiún": "veintiuno"}}


class _T2NToken:
    """The token protocol text2num's find_numbers expects."""

    def __init__(self, text: str):
        self._text = text

    def text(self) -> str:
        return self._text

    def nt_separated(self, previous: object) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def spelled_numbers(
    toks: Sequence[Token], used: set[int], lang: str
) -> list[tuple[int, int, float, bool]]:
    """Spelled-out numbers as (first token, last token + 1, value, is ordinal); tokens in
    ``used`` and figures in digits are skipped."""
    try:
        from text_to_num import find_numbers
    except ImportError:  # without text2num only digits are read
        return []
    # Consumed tokens and digits become a neutral mark so no number runs across them.
    spelling = _T2N_SPELLINGS.get(lang, {})
    stream = [
        _T2NToken("§" if k in used or t.kind == "num" else spelling.get(t.norm, t.text))
        for k, t in enumerate(toks)
    ]
    try:
        with signals_deferred():
            found = find_numbers(stream, lang, 0)
    except ValueError:  # a language text2num does not know
        return []
    # text2num reads "o" and "OS" ("Mac OS") as zero ("oh"): a zero must be spelt out.
    return [
        (o.start, o.end, float(o.value), bool(o.is_ordinal))
        for o in found
        if o.value or any(toks[k].norm in _ZEROS for k in range(o.start, o.end))
    ]


# Words for zero in the languages text2num reads; anything else it reads as 0 is a letter.
_ZEROS = frozenset(("zero", "cero", "zéro", "null", "nil", "nought", "naught", "none"))
