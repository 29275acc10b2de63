"""A government portfolio changed: "el ministro de Defensa" → "the Health Minister".

A portfolio is a capitalised common noun, so the name checks leave it to the MT, and the
role classes of the speaker checks know only a few ("foreign minister"). Each language
lists its portfolios as written next to a role noun (``LanguageProfile.portfolios``,
"ministro de Sanidad", "Health Minister", "minister for Rural Affairs") with
language-neutral ids; a pair is reported when the translation names a portfolio the
source does not and the source one the translation lacks. The literal MT may excuse it:
when its own portfolios include the translation's, the list missed a rendering.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import Tok, fold
from aligner.lang import profile
from aligner.textutil import quote

# Words that may sit between a role noun and its portfolio: "ministra de la Vivienda",
# "minister for the Environment", "Health and Social Care Secretary".
_LINKS = frozenset("de del la las los el d' of for the and y e".split())


@dataclass(frozen=True)
class Portfolio:
    start: int  # characters of the portfolio phrase
    end: int
    ids: frozenset[str]


@cache
def _table(lang: str) -> dict[tuple[str, ...], frozenset[str]]:
    return {
        tuple(fold(w) for w in phrase.split()): frozenset(ids.split("|"))
        for phrase, ids in profile(lang).portfolios
    }


@cache
def _role_words(lang: str) -> frozenset[str]:
    """Single-word role nouns, and the words for who holds a portfolio."""
    prof = profile(lang)
    nouns = {noun for noun, _ in prof.role_nouns if " " not in noun} | prof.portfolio_holders
    return frozenset(fold(noun) for noun in nouns)


def _longest(ws: Sequence[Tok], i: int, table: dict) -> int:
    """Words in the longest portfolio phrase starting at i (0 when none)."""
    for n in range(min(5, len(ws) - i), 0, -1):
        if tuple(t.fold for t in ws[i : i + n]) in table:
            return n
    return 0


def _near_role(ws: Sequence[Tok], i: int, n: int, roles: frozenset[str], lang: str) -> bool:
    """A role noun before the phrase, up to three linking words away ("ministra de la
    Vivienda", "minister for Rural Affairs"); in a language whose modifiers come first,
    also one right after it ("Health Minister", "Health and Social Care Secretary")."""
    k = i - 1
    while k >= 0 and i - k <= 3 and ws[k].fold in _LINKS:
        k -= 1
    if 0 <= k < i - 1 and ws[k].fold in roles:  # a link is needed: "ministro Defensa" is odd
        return True
    if profile(lang).adjectives_follow_nouns:
        return False
    after = i + n
    while after < len(ws) and after - (i + n) < 3 and ws[after].fold not in roles:
        if not ws[after].word or (not ws[after].cap and ws[after].fold not in _LINKS):
            return False
        after += 1
    return after < len(ws) and ws[after].fold in roles


# Words that join two portfolios of one role ("consejera de Justicia e Interior", "the
# justice and interior minister").
_COORDINATORS = frozenset("y e and & ,".split())


def portfolios(ws: Sequence[Tok], lang: str) -> list[Portfolio]:
    table, roles = _table(lang), _role_words(lang)
    if not table:
        return []
    phrases, i = [], 0  # (start, length) of every portfolio phrase
    while i < len(ws):
        n = _longest(ws, i, table) if ws[i].word else 0
        if n:
            phrases.append((i, n))
        i += n or 1
    held = {k for k, (i, n) in enumerate(phrases) if _near_role(ws, i, n, roles, lang)}
    # A phrase joined to a held one by a coordinator belongs to the same role.
    grown = True
    while grown:
        grown = False
        for k in range(len(phrases)):
            if k in held:
                continue
            for j in (k - 1, k + 1):
                if j not in held:
                    continue
                (a, an), (b, _) = sorted((phrases[k], phrases[j]))
                if b == a + an + 1 and ws[a + an].fold in _COORDINATORS:
                    held.add(k)
                    grown = True
    return [
        Portfolio(ws[i].start, ws[i + n - 1].end, table[tuple(t.fold for t in ws[i : i + n])])
        for k, (i, n) in enumerate(phrases)
        if k in held
    ]


def _ids(found: Sequence[Portfolio]) -> frozenset[str]:
    return frozenset(i for p in found for i in p.ids)


def check_portfolios(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    mine, theirs = portfolios(src.ws, src.lang), portfolios(tgt.ws, tgt.lang)
    if not mine or not theirs:
        return []
    lost, new = _ids(mine) - _ids(theirs), _ids(theirs) - _ids(mine)
    if not lost or not new:
        return []
    if ev.mt is not None and new & _ids(portfolios(ev.mt.ws, tgt.lang)):
        return []
    a = next(p for p in mine if p.ids & lost)
    b = next(p for p in theirs if p.ids & new)
    return [
        Finding(
            "entity",
            "critical",
            0.7,
            (a.start, a.end),
            (b.start, b.end),
            f"The source names the portfolio {quote(src.text[a.start : a.end])}, the "
            f"translation {quote(tgt.text[b.start : b.end])}: another ministry.",
            "drift.portfolio",
        )
    ]


def _inside(span: tuple[int, int] | None, found: Sequence[Portfolio]) -> bool:
    return span is not None and any(p.start <= span[0] and span[1] <= p.end for p in found)


def spoken_for(findings: Sequence[Finding], src: Side, tgt: Side) -> list[Finding]:
    """Entity findings on a portfolio both sides name are this module's to judge ("de
    Fomento" → "Public Works Minister" is no dropped name); a portfolio the translation
    leaves out entirely is still the name checks' finding."""
    mine, theirs = portfolios(src.ws, src.lang), portfolios(tgt.ws, tgt.lang)
    if not mine or not theirs:
        return list(findings)
    return [
        f
        for f in findings
        if not (
            f.check == "drift.entity"
            and (_inside(f.source_span, mine) or _inside(f.target_span, theirs))
        )
    ]
