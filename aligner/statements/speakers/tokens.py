"""Word and punctuation tokens of a stretch of text, with absolute offsets: :class:`Tok`
and :func:`tokenize`. Possessives ("Lavrov’s") and elisions ("l'ambassadeur") are split
so the name or noun stays a word of its own; each token records whether it is
capitalised and whether it opens a sentence, a quotation or a clause, which is what
later tells a name from a sentence-initial capital.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Combining marks count as word characters so NFD text tokenises like NFC text.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_W = rf"[\w{_MARKS}]+"
_TOKEN = re.compile(rf"{_W}(?:[-‐'’.]{_W})*|\S")
_POSSESSIVE = re.compile(r"^(.+?)(['’][sS])$")
_ELISION = re.compile(r"^([a-zà-ÿ]{1,2}['’])(\w.*)$")
# After these a capitalised word may just be capitalised because a sentence starts.
_OPENING = set(".!?:;¿¡([{\"'«»“”„‘’‚‹›—–-•")
_QUOTE_MARKS = set("\"'»”’›")


@dataclass(frozen=True)
class Tok:
    text: str
    norm: str  # NFC, casing-cased, curly apostrophe made straight
    start: int
    end: int
    word: bool
    cap: bool  # starts with an upper-case letter
    initial: bool  # first word of a sentence, a quotation or a clause after ":"


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower().replace("’", "'")


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Word and punctuation tokens of text[start:end] with absolute offsets."""
    raw: list[tuple[str, int]] = []
    for match in _TOKEN.finditer(text, start, end):
        piece, pos = match.group(0), match.start()
        possessive = _POSSESSIVE.match(piece) if len(piece) > 2 else None
        elided = _ELISION.match(piece)
        if possessive:  # "Lavrov’s" → "Lavrov" + "’s": the name stays a name
            raw += [(possessive.group(1), pos), (possessive.group(2), pos + possessive.end(1))]
        elif elided:  # "l'ambassadeur" → "l'" + "ambassadeur"
            raw += [(elided.group(1), pos), (elided.group(2), pos + elided.end(1))]
        else:
            raw.append((piece, pos))
    tokens: list[Tok] = []
    initial = True
    previous, previous_end = "", -1
    for piece, pos in raw:
        is_word = piece[0].isalnum()
        tokens.append(
            Tok(piece, _norm(piece), pos, pos + len(piece), is_word, piece[0].isupper(), initial)
        )
        if is_word or piece in ",;":  # "…”, afirmó": a comma ends no sentence
            initial = False
        elif piece in _OPENING and not (
            previous == "," and pos == previous_end and piece in _QUOTE_MARKS
        ):
            # '…years," Castro told': a quotation closed right after a comma goes on with
            # the sentence, so the capital after it is a name's ('said, "We' opens one).
            initial = True
        previous, previous_end = piece, pos + len(piece)
    return tokens
