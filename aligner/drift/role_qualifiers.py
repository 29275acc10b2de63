"""A former office holder made a sitting one, a deputy made the chief, one elected or
acting made the holder (docs/drift.md, "Session 34, lead").

"El expresidente Mariano Rajoy" → "President Mariano Rajoy", "el vicepresidente" → "the
president", "el presidente electo" → "the president": the name or the role noun is kept,
so the name and speaker checks see the same person; the word that says which holder of
the office he is (:mod:`aligner.lang.role_qualifiers`) is lost or added. A former or a
deputy office holder is a different claim (critical); one elected or acting is major.
Each qualifier counts only beside a role noun of its language (the statement finder's
role words: "president", "ministra"), so "the former Yugoslavia" or "acting on behalf of"
is none.
"""

from __future__ import annotations

import re
from functools import cache

from aligner.drift.signals import Finding, Side
from aligner.drift.text import fold, tokenize, words
from aligner.lang.role_qualifiers import AFTER, BEFORE, DEPUTY, FORMER, PREFIXES
from aligner.statements.speakers.lexicon import lexicon
from aligner.textutil import quote

_BODIES = frozenset({"institution", "body"})  # role classes of bodies, not persons

_REACH = 3  # words between a qualifier and its role noun ("former Prime Minister")
_SEVERITY = {FORMER: "critical", DEPUTY: "critical"}
_SAYS = {
    FORMER: "a former holder of the office",
    DEPUTY: "a deputy, not the holder",
    "elect": "elected, not yet in office",
    "acting": "acting in the office",
}


@cache
def _person_roles(lang: str) -> frozenset[str]:
    """The words of the language's role nouns of persons ("presidente", "ministra"), not
    of bodies ("comisión": a "subcomisión" is a subcommittee)."""
    roles = lexicon(lang).roles
    return frozenset(
        fold(part) for key, classes in roles.items() if not classes & _BODIES for part in key
    )


def qualifiers(text: str, lang: str, loose: bool = False) -> dict[str, tuple[int, int]]:
    """Each qualifier class ``text`` gives a role noun, with the characters of its first
    word; ``loose``: any qualifier word, beside a role noun or not (what may say a class the
    other side gives: "former Speaker", a role noun the lists lack)."""
    roles = _person_roles(lang)
    if loose:
        return _loose(text, lang)
    parts: list[tuple[str, int, int]] = []  # "ex-president", "l'ancien": split
    for w in words(tokenize(text)):
        at = w.start
        for piece in re.split(r"[-'’]", w.fold):
            if piece:
                parts.append((piece, at, w.end))
            at += len(piece) + 1
    out: dict[str, tuple[int, int]] = {}
    prefixes, before, after = PREFIXES.get(lang, {}), BEFORE.get(lang, {}), AFTER.get(lang, {})
    for k, (piece, start, end) in enumerate(parts):
        for prefix, kind in prefixes.items():
            if piece.startswith(prefix) and piece[len(prefix) :] in roles:
                out.setdefault(kind, (start, end))
        near = [p for p, _s, _e in parts[k + 1 : k + 1 + _REACH]]
        if piece in before and any(p in roles for p in near):
            out.setdefault(before[piece], (start, end))
        for phrase, kind in after.items():
            n = len(phrase.split())
            here = " ".join(p for p, _s, _e in parts[k : k + n])
            prev = [p for p, _s, _e in parts[max(0, k - _REACH) : k]]
            if here == phrase and any(p in roles for p in prev):
                out.setdefault(kind, (start, parts[k + n - 1][2]))
    return out


def _loose(text: str, lang: str) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    table = {**BEFORE.get(lang, {}), **AFTER.get(lang, {})}
    low = " " + " ".join(re.split(r"\W+", fold(text))) + " "
    for phrase, kind in table.items():
        if f" {phrase} " in low:
            out.setdefault(kind, (0, 0))
    parts = {fold(p) for p in lexicon(lang).role_parts}  # of persons and bodies alike
    for piece in low.split():
        for prefix, kind in PREFIXES.get(lang, {}).items():
            if piece.startswith(prefix) and piece[len(prefix) :] in parts:
                out.setdefault(kind, (0, 0))
    return out


def check_role_qualifiers(src: Side, tgt: Side) -> list[Finding]:
    """An ``entity`` finding for each qualifier class one side gives a role and the other
    does not."""
    if src.lang not in PREFIXES or tgt.lang not in PREFIXES:
        return []
    said, given = qualifiers(src.text, src.lang), qualifiers(tgt.text, tgt.lang)
    # what one side gives a role, the other may say in words the lists do not pair
    # with a role noun ("el antiguo presidente" → "former Speaker"): read loosely there
    lost = [k for k in said if k not in qualifiers(tgt.text, tgt.lang, loose=True)]
    new = [k for k in given if k not in qualifiers(src.text, src.lang, loose=True)]
    out = []
    for kind in lost + new:
        gone = kind in lost
        span = said[kind] if gone else given[kind]
        side = src if gone else tgt
        word = quote(side.text[span[0] : span[1]])
        message = (
            f"The source says {word} ({_SAYS[kind]}); the translation does not."
            if gone
            else f"The translation says {word} ({_SAYS[kind]}); the source does not."
        )
        spans = (span, None) if gone else (None, span)
        out.append(
            Finding("entity", _SEVERITY.get(kind, "major"), 0.65, *spans, message, "drift.entity")
        )
    return out
