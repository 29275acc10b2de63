"""Quotations in marks: the marks, direct or partial, and where the speaker is written."""

from __future__ import annotations

import re
from dataclasses import dataclass

from aligner.statements.document import Candidate, DocContext, trim
from aligner.statements.speakers import (
    GAP,
    Attribution,
    Lexicon,
    Tok,
    adjacent_name,
    backward_attribution,
    clause_attribution,
    first_clause,
    intro_attribution,
    is_verb,
    source_attribution,
    source_cues,
)

# Quote marks by family: a closing mark must belong to the family of the open one.
# Direction comes from context, not from the glyph, because “ opens in English and
# closes in German („…“), and » opens Swedish and Danish quotations.
_FAMILY = {
    '"': "d", "“": "d", "”": "d", "„": "d", "‟": "d", "＂": "d",
    "'": "s", "‘": "s", "’": "s", "‚": "s", "‛": "s",
    "«": "g", "»": "g", "‹": "h", "›": "h",
    "「": "c", "」": "c", "『": "w", "』": "w",
}  # fmt: skip
_OPEN_ONLY, _CLOSE_ONLY = "「『", "」』"
_BEFORE_OPEN = set("([{¿¡:—–-/") | set(_FAMILY)
_DASHES = "—―–"
_TERMINAL = re.compile(r"[.!?…][\s\"'”’»)]*\S")
_PARTIAL_MIN_WORDS = 4  # an unattributed fragment this long is still a quotation
_MAX_TITLE_WORDS = 6


# --- quotation marks ---


def _flanks(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(can open, can close) for the mark at i, from the characters around it."""
    if text[i] in _OPEN_ONLY:
        return True, False
    if text[i] in _CLOSE_ONLY:
        return False, True
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    opens = not nxt.isspace() and (prev.isspace() or prev in _BEFORE_OPEN)
    closes = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    # French sets guillemets apart with a space: « Bonjour », so the glyph decides.
    if text[i] in "«‹" and nxt.isspace() and (prev.isspace() or prev in _BEFORE_OPEN):
        opens = True
    if text[i] in "»›" and prev.isspace() and (nxt.isspace() or not nxt.isalnum()):
        closes = True
    if _FAMILY[text[i]] == "s" and opens and nxt.isdigit():  # '90s
        opens = False
    return opens, closes


@dataclass
class _Piece:
    open: int  # position of the opening mark
    close: int  # position of the closing mark, or the paragraph end
    closed: bool


def _scan_paragraph(text: str, lo: int, hi: int) -> tuple[list[_Piece], int]:
    """Top-level quotations of one paragraph, and the position of a closing mark that
    comes before any opening one (-1 if none): the end of a quotation begun earlier."""
    stack: list[tuple[int, str]] = []
    pieces: list[_Piece] = []
    orphan = -1
    for i in range(lo, hi):
        fam = _FAMILY.get(text[i])
        if fam is None:
            continue
        opens, closes = _flanks(text, i, lo, hi)
        if fam == "s" and closes and _possessive(text, i, hi):
            continue
        open_here = any(f == fam for _, f in stack)
        if closes and open_here and (not opens or stack[-1][1] == fam):
            while stack[-1][1] != fam:  # an unclosed inner mark was not a quotation
                stack.pop()
            start, _ = stack.pop()
            if not stack:
                pieces.append(_Piece(start, i, True))
        elif opens:
            stack.append((i, fam))
        elif closes and not stack and not pieces and orphan < 0 and fam != "s":
            orphan = i
    # An opening mark left open runs to the paragraph end; single marks never do,
    # they are too often apostrophes.
    if stack and stack[0][1] != "s":
        pieces.append(_Piece(stack[0][0], hi, False))
    return pieces, orphan


def _possessive(text: str, i: int, hi: int) -> bool:
    """ "the peoples’ deal": a plural possessive inside single quotes, not their end,
    when the phrase goes on in lower case and a later mark can still close."""
    if text[i - 1 : i] not in ("s", "S") or not text[i + 1 : i + 2].isspace():
        return False
    if not text[i + 2 : i + 3].islower():
        return False
    return any(_FAMILY.get(text[j]) == "s" and _flanks(text, j, i, hi)[1] for j in range(i + 1, hi))


def quote_groups(ctx: DocContext) -> list[list[tuple[int, int]]]:
    """Content spans of each quotation in marks, one per paragraph it runs through."""
    order = sorted(ctx.paras)
    scans = {p: _scan_paragraph(ctx.text, *ctx.paras[p]) for p in order}
    groups: list[list[tuple[int, int]]] = []  # content spans of each quotation
    continuing = False
    for n, p in enumerate(order):
        pieces, orphan = scans[p]
        lo, _ = ctx.paras[p]
        if continuing and orphan >= 0 and (not pieces or orphan < pieces[0].open):
            groups[-1].append((lo, orphan))  # continuation with no repeated opening mark
        elif continuing and pieces and not ctx.text[lo : pieces[0].open].strip():
            pass  # repeated opening mark: the first piece below joins the open group
        else:
            continuing = False
        for k, piece in enumerate(pieces):
            span = (piece.open + 1, piece.close)
            if continuing and k == 0 and orphan < 0:
                groups[-1].append(span)
            else:
                groups.append([span])
            continuing = False
        continuing = bool(pieces) and not pieces[-1].closed and n + 1 < len(order)
    return groups


def classify_quotation(ctx: DocContext, gid: int, spans: list[tuple[int, int]]) -> list[Candidate]:
    """One quotation → direct or partial candidates, or nothing for quoted names and
    scare quotes (which say what something is called, not what someone said)."""
    text = ctx.text
    trimmed = [trim(text, a, b) for a, b in spans]
    trimmed = [(a, b) for a, b in trimmed if any(ch.isalnum() for ch in text[a:b])]
    if not trimmed:
        return []
    first, last = trimmed[0], trimmed[-1]
    opener = spans[0][0] - 1
    si = ctx.sent_at(opener)
    before = text[ctx.sents[si].start : opener].rstrip()
    content = text[first[0] : last[1]]
    words = re.findall(r"\w+", content)
    after_colon = before.endswith(":")
    whole = len(trimmed) > 1 or not before.strip("¿¡([—–-\"'“‘«„ ")
    direct = whole or after_colon or _TERMINAL.search(content) is not None
    direct = direct or _resumes_quotation(ctx, ctx.visible(si, -1, opener))
    direct = direct or (content[:1].isupper() and len(words) >= 3)
    kind = "direct" if direct else "partial"
    attr = _quote_attr(ctx, opener, spans[-1][1], kind)
    said = whole and attr is not None and attr.verb is not None  # « Oui », a-t-elle dit.
    if _title_like(words, content, ctx.lex) and not after_colon and not said:
        return []  # a ship, a book, an operation: a name in quotes, not speech
    if kind == "partial" and attr is None:  # "según Lavrov, fueron «útiles»"
        attr = _cue_attr(ctx, ctx.visible(si, -1, opener))
    carry_only = False
    if kind == "partial" and attr is None:
        if len(words) < _PARTIAL_MIN_WORDS:
            return []  # scare quotes: “sanctions” with nobody saying it
        carry_only, attr = True, None
    return [Candidate(kind, a, b, attr, gid, carry_only) for a, b in trimmed]


def _cue_attr(ctx: DocContext, pre: list[Tok]) -> Attribution | None:
    """The source of the last "according to …" before a quotation in its sentence."""
    cues = [c for c in source_cues(pre, ctx.lex, ctx.casing) if GAP not in pre[c[1] : c[2]]]
    return source_attribution(pre[cues[-1][1] : cues[-1][2]], ctx.lex, ctx.casing) if cues else None


def _resumes_quotation(ctx: DocContext, pre: list[Tok]) -> bool:
    """ "“We will win,” he said, “and soon.”": only a reporting clause since the last quote."""
    gaps = [i for i, t in enumerate(pre) if t is GAP]
    if not gaps:
        return False
    tail = [t for t in pre[gaps[-1] + 1 :] if t.word]
    if any(t.norm in ctx.lex.comps for t in tail):  # "…,” adding that “the door…”
        return False
    return 0 < len(tail) <= 6 and any(is_verb(t, ctx.lex) for t in tail)


def _title_like(words: list[str], content: str, lex: Lexicon) -> bool:
    """Every content word capitalised, short, no sentence punctuation: a title or a name."""
    content_words = [w for w in words if len(w) > 3 and not w.isdigit()]
    # Sentence punctuation, except the period of a short abbreviation ("Red Abierta vs. Estado")
    punctuated = re.search(r"[!?,;:]|(?<!\b\w)(?<!\b\w\w)(?<!\b\w\w\w)\.", content)
    if not content_words or len(words) > _MAX_TITLE_WORDS or punctuated:
        return False
    return all(w[0].isupper() for w in content_words)


# --- attribution of quotations ---


def _quote_attr(ctx: DocContext, opener: int, close: int, kind: str) -> Attribution | None:
    """Where the speaker of a quotation is written, nearest evidence first.

    ``close`` is the closing mark, or the paragraph end of an unclosed quotation.
    """
    si, sj = ctx.sent_at(opener), ctx.sent_at(max(opener, close - 1))
    after = ctx.visible(sj, close + 1)
    pre = ctx.visible(si, -1, opener)
    pre_attr = clause_attribution(pre, ctx.lex, ctx.casing, last=True)
    post_attr = clause_attribution(first_clause(after), ctx.lex, ctx.casing, last=False)
    order = [post_attr, pre_attr] if kind == "direct" else [pre_attr, post_attr]
    for attr in order:
        if attr and (attr.verb or attr.mention):
            return attr
    if kind == "partial":
        return None
    if not any(t.word for t in pre):
        intro = intro_attr(ctx, si)
        if intro:
            return intro
    if not any(t.word for t in after):
        return _backward_attr(ctx, sj) or adjacent_name(after, pre, ctx.lex, ctx.casing)
    return adjacent_name(after, pre, ctx.lex, ctx.casing)


def intro_attr(ctx: DocContext, si: int) -> Attribution | None:
    """A quotation opening its sentence after one that ends in ":" ("Lavrov noted:")."""
    if si == 0 or ctx.sents[si].paragraph - ctx.sents[si - 1].paragraph > 1:
        return None
    prev = ctx.sents[si - 1]
    if not ctx.text[prev.start : prev.end].rstrip().endswith(":"):
        return None
    return intro_attribution(ctx.visible(si - 1), ctx.lex, ctx.casing)


def _backward_attr(ctx: DocContext, sj: int) -> Attribution | None:
    """The sentence after a quotation points back to it ("These were Lavrov's words")."""
    if sj + 1 >= len(ctx.sents) or ctx.sents[sj + 1].paragraph - ctx.sents[sj].paragraph > 1:
        return None
    return backward_attribution(ctx.visible(sj + 1), ctx.lex, ctx.casing)
