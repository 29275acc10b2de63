"""Attributed statements: who is reported as saying what.

A quote attributed to a named person is a claim about what that person said, so a
translation that changes its numbers, negation or speaker changes the claim. This
module finds and attributes the statements of one document; pairing them across
languages goes through the sentence alignment and :func:`same_speaker`.

Kinds: ``direct`` (quotations in any marks — « », “ ”, " ", ‘ ’, „ “, 「 」 — also across
sentences and paragraphs, and Spanish raya dialogue), ``partial`` (quoted fragments in a
reporting sentence: how “fruitful” it was), ``indirect`` (said that…, afirmó que…, "X said
the…", "…, the minister said.") and ``according_to`` (according to X, según X, selon X).

A quotation's speaker is looked for in its reporting clause, then in a sentence ending
in ":" before it, then in one pointing back after it ("These were Lavrov's words"), and
is finally carried over from a statement right before it. Quote marks are
language-neutral; verbs, cues, pronouns and roles come from :mod:`aligner.lang`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate

from aligner.speakers import (
    GAP,
    NO_SPEAKER,
    Attribution,
    Lexicon,
    Memory,
    Salience,
    Speaker,
    Tok,
    adjacent_name,
    attribution_at,
    backward_attribution,
    casing_of,
    clause_attribution,
    find_mentions,
    first_clause,
    intro_attribution,
    is_verb,
    lexicon,
    person_subjects,
    pronoun_speaker,
    resolve,
    same_speaker,
    source_attribution,
    source_cues,
    speaker_next_to_verb,
    subject,
    tokenize,
)
from aligner.types import Document, Sentence

__all__ = ["Speaker", "Statement", "find_statements", "same_speaker"]


@dataclass(frozen=True)
class Statement:
    kind: str  # "direct" | "partial" | "indirect" | "according_to"
    content: str  # the quoted/reported words, without the quote marks
    start: int  # offsets of content in Document.text
    end: int
    sentences: tuple[int, ...]  # indices of the sentences the content touches
    speaker: Speaker
    verb: str  # reporting verb as written, "" if none
    index: int  # 0-based order in the document


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


@dataclass
class _Cand:
    kind: str
    start: int
    end: int
    attr: Attribution | None = None
    group: int = -1  # pieces of one quotation share one speaker
    carry_only: bool = False  # keep only if a previous speaker carries over


class _Ctx:
    """One document with what every detector needs: sentences, tokens, memory, masks."""

    def __init__(self, doc: Document):
        self.text = doc.text
        self.lex: Lexicon = lexicon(doc.lang)
        self.sents: tuple[Sentence, ...] = doc.sentences or _fallback_sentences(doc)
        self.starts = [s.start for s in self.sents]
        self.toks = [tokenize(self.text, s.start, s.end) for s in self.sents]
        self.casing = casing_of([t for ts in self.toks for t in ts])
        prose = [i for i, s in enumerate(self.sents) if s.kind != "heading"]
        mentions = [m for i in prose for m in find_mentions(self.toks[i], self.lex, self.casing)]
        self.memory = Memory(mentions, self.lex)
        self.paras: dict[int, tuple[int, int]] = {}
        for s in self.sents:
            lo, hi = self.paras.get(s.paragraph, (s.start, s.end))
            self.paras[s.paragraph] = (min(lo, s.start), max(hi, s.end))
        self.masks: list[tuple[int, int]] = []

    def sent_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def masked(self, pos: int) -> bool:
        i = bisect.bisect_right(self.masks, (pos, float("inf"))) - 1
        return i >= 0 and self.masks[i][0] <= pos < self.masks[i][1]

    def visible(self, si: int, lo: int = -1, hi: int = 1 << 62) -> list[Tok]:
        """Sentence tokens in [lo, hi) with each quotation reduced to one boundary."""
        out: list[Tok] = []
        for tok in self.toks[si]:
            if lo <= tok.start < hi:
                if not self.masked(tok.start):
                    out.append(tok)
                elif not out or out[-1] is not GAP:
                    out.append(GAP)
        return out

    def sentence_ids(self, start: int, end: int) -> tuple[int, ...]:
        first, last = self.sent_at(start), self.sent_at(max(start, end - 1))
        return tuple(i for i in range(first, last + 1) if self.sents[i].start < max(end, start + 1))


def _fallback_sentences(doc: Document) -> tuple[Sentence, ...]:
    from aligner.segment import segment  # only for documents built without sentences

    return segment(doc.text, doc.lang)


# --- public entry point ---


def find_statements(doc: Document) -> list[Statement]:
    """All attributed statements of ``doc`` in document order."""
    ctx = _Ctx(doc)
    groups = _quote_groups(ctx)
    dialogue = _dialogue_paragraphs(ctx)
    # Words inside quotations are the speaker's, never the narrator's reporting verbs.
    ctx.masks = _merge(
        [(spans[0][0] - 1, spans[-1][1] + 1) for spans in groups]
        + [(a, b) for speech, _ in dialogue.values() for a, b in speech]
    )
    cands = [c for gid, spans in enumerate(groups) for c in _classify(ctx, gid, spans)]
    cands += _dialogue(ctx, dialogue)
    covered = _Covered(sorted((c.start, c.end) for c in cands))
    cands += [c for c in _indirect(ctx) + _according(ctx) if not _mostly_quoted(c, covered)]
    return _resolve(ctx, sorted(cands, key=lambda c: (c.start, c.end)))


def _resolve(ctx: _Ctx, cands: list[_Cand]) -> list[Statement]:
    """Give every candidate a speaker, in document order (pronouns need the past)."""
    out: list[Statement] = []
    groups: dict[int, Speaker] = {}
    salience = Salience(_sentence_subjects(ctx, cands))
    for cand in cands:
        if not 0 <= cand.start < cand.end <= len(ctx.text):
            continue
        speaker = _speaker(ctx, cand, groups, out, salience)
        if speaker is None:
            continue
        if cand.group != -1:
            groups.setdefault(cand.group, speaker)
        salience.spoke(cand.start, speaker, cand.attr.mention if cand.attr else None)
        verb = cand.attr.verb.text if cand.attr and cand.attr.verb else ""
        sents = ctx.sentence_ids(cand.start, cand.end)
        content = ctx.text[cand.start : cand.end]
        out.append(Statement(cand.kind, content, cand.start, cand.end, sents, speaker, verb,
                             len(out)))  # fmt: skip
    return out


def _speaker(
    ctx: _Ctx, cand: _Cand, groups: dict[int, Speaker], out: list[Statement], salience: Salience
) -> Speaker | None:
    if cand.group in groups:
        return groups[cand.group]
    attr = cand.attr
    if attr and attr.mention:
        return resolve(attr.mention, ctx.text, ctx.memory, salience.at(attr.mention.start))
    if attr and attr.implicit:
        at = attr.verb.start if attr.verb else cand.start
        return pronoun_speaker(("", -1, -1), ctx.memory, salience.at(at))
    prev = out[-1] if out else None
    if prev and prev.speaker.resolved_by != "none" and _adjacent(ctx, prev, cand):
        sp = prev.speaker
        return Speaker(sp.name, sp.key, "", -1, -1, "carried")
    return None if cand.carry_only else NO_SPEAKER


def _sentence_subjects(ctx: _Ctx, cands: list[_Cand]) -> list[tuple[int, Speaker]]:
    """Per sentence, the first opening mention of someone known to be a person: named
    with a role, or quoted by name somewhere (not "West Texas Intermediate")."""
    quoted = {c.attr.mention for c in cands if c.attr and c.attr.mention}
    toks = [ctx.visible(si) for si in _prose(ctx)]
    return person_subjects(toks, ctx.text, ctx.memory, ctx.lex, ctx.casing, quoted)


def _adjacent(ctx: _Ctx, prev: Statement, cand: _Cand) -> bool:
    """A statement right after another (same or next paragraph, at most a sentence between)."""
    last, first = prev.sentences[-1], ctx.sent_at(cand.start)
    gap_paras = ctx.sents[first].paragraph - ctx.sents[last].paragraph
    return 0 <= first - last <= 2 and gap_paras <= 1


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans (a quotation inside raya speech is one mask)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class _Covered:
    """Sorted spans of the quotations, searchable by position.

    Summing a candidate's overlap with every quotation of the document made long
    documents with many quotes quadratic; only the spans around it can overlap.
    """

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [a for a, _ in spans]
        # reach[k]: the furthest end among spans[: k + 1]; no span before k reaches past it.
        self.reach = list(accumulate((b for _, b in spans), max))

    def overlap(self, start: int, end: int) -> int:
        """Characters of [start, end) inside the spans (counted once per span, as a sum)."""
        total = 0
        k = bisect.bisect_left(self.starts, end)  # spans[k:] start at or after the end
        while k > 0 and self.reach[k - 1] > start:
            k -= 1
            a, b = self.spans[k]
            total += max(0, min(b, end) - max(a, start))
        return total


def _mostly_quoted(cand: _Cand, covered: _Covered) -> bool:
    inside = covered.overlap(cand.start, cand.end)
    return inside >= 0.8 * max(1, cand.end - cand.start)


def _trim(text: str, start: int, end: int, lead: str = "", tail: str = ",;:") -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in lead):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in tail):
        end -= 1
    return start, end


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


def _quote_groups(ctx: _Ctx) -> list[list[tuple[int, int]]]:
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


def _classify(ctx: _Ctx, gid: int, spans: list[tuple[int, int]]) -> list[_Cand]:
    """One quotation → direct or partial candidates, or nothing for quoted names and
    scare quotes (which say what something is called, not what someone said)."""
    text = ctx.text
    trimmed = [_trim(text, a, b) for a, b in spans]
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
    return [_Cand(kind, a, b, attr, gid, carry_only) for a, b in trimmed]


def _cue_attr(ctx: _Ctx, pre: list[Tok]) -> Attribution | None:
    """The source of the last "according to …" before a quotation in its sentence."""
    cues = [c for c in source_cues(pre, ctx.lex, ctx.casing) if GAP not in pre[c[1] : c[2]]]
    return source_attribution(pre[cues[-1][1] : cues[-1][2]], ctx.lex, ctx.casing) if cues else None


def _resumes_quotation(ctx: _Ctx, pre: list[Tok]) -> bool:
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


def _quote_attr(ctx: _Ctx, opener: int, close: int, kind: str) -> Attribution | None:
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
        intro = _intro_attr(ctx, si)
        if intro:
            return intro
    if not any(t.word for t in after):
        return _backward_attr(ctx, sj) or adjacent_name(after, pre, ctx.lex, ctx.casing)
    return adjacent_name(after, pre, ctx.lex, ctx.casing)


def _intro_attr(ctx: _Ctx, si: int) -> Attribution | None:
    """A quotation opening its sentence after one that ends in ":" ("Lavrov noted:")."""
    if si == 0 or ctx.sents[si].paragraph - ctx.sents[si - 1].paragraph > 1:
        return None
    prev = ctx.sents[si - 1]
    if not ctx.text[prev.start : prev.end].rstrip().endswith(":"):
        return None
    return intro_attribution(ctx.visible(si - 1), ctx.lex, ctx.casing)


def _backward_attr(ctx: _Ctx, sj: int) -> Attribution | None:
    """The sentence after a quotation points back to it ("These were Lavrov's words")."""
    if sj + 1 >= len(ctx.sents) or ctx.sents[sj + 1].paragraph - ctx.sents[sj].paragraph > 1:
        return None
    return backward_attribution(ctx.visible(sj + 1), ctx.lex, ctx.casing)


# --- Spanish raya dialogue ---


def _dialogue_paragraphs(ctx: _Ctx) -> dict[int, tuple[list, list]]:
    """Paragraphs opened by a dash glued to the words (—No cederemos —dijo el ministro—):
    their speech and narration spans."""
    text, found = ctx.text, {}
    for p, (lo, hi) in ctx.paras.items():
        if text[lo] in _DASHES and lo + 1 < hi and not text[lo + 1].isspace():
            found[p] = _split_dialogue(text, lo, hi)
    return found


def _dialogue(ctx: _Ctx, paragraphs: dict[int, tuple[list, list]]) -> list[_Cand]:
    """Raya speech, attributed by the first narration that names or implies a speaker."""
    text, cands = ctx.text, []
    for p, (speech, narration) in sorted(paragraphs.items()):
        attr = None
        for a, b in narration:
            toks = tokenize(text, a, b)
            attr = clause_attribution(toks, ctx.lex, ctx.casing, last=False)
            if attr is None and toks and toks[0].word and not toks[0].cap:
                found = find_mentions(toks, ctx.lex, ctx.casing)  # "—sonrió el ministro—"
                attr = Attribution(found[0], None) if found else None
            if attr:
                break
        if attr is None and speech:  # "Lavrov respondió:" then the dialogue line
            attr = _intro_attr(ctx, ctx.sent_at(speech[0][0]))
        for a, b in speech:
            a, b = _trim(text, a, b, lead=".,;:")
            if any(ch.isalnum() for ch in text[a:b]):
                cands.append(_Cand("direct", a, b, attr, group=-2 - p))
    return cands


def _split_dialogue(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], list]:
    speech: list[tuple[int, int]] = []
    narration: list[tuple[int, int]] = []
    start, in_speech = lo + 1, True
    for d in range(lo + 1, hi):
        if text[d] not in _DASHES:
            continue
        before_space = text[d - 1].isspace()
        after_space = d + 1 >= hi or text[d + 1].isspace()
        if in_speech and before_space and not after_space:  # " —dijo": narration opens
            speech.append((start, d))
            start, in_speech = d + 1, False
        elif not in_speech and not before_space:  # "ministro—": narration closes
            narration.append((start, d))
            start, in_speech = d + 1, True
    (speech if in_speech else narration).append((start, hi))
    return speech, narration


# --- indirect speech and source cues ---


def _prose(ctx: _Ctx) -> list[int]:
    return [i for i, s in enumerate(ctx.sents) if s.kind != "heading"]


def _indirect(ctx: _Ctx) -> list[_Cand]:
    """Reported clauses: "X said (that) …", "afirmó que …", "…, the minister said."."""
    lex, cands = ctx.lex, []
    for si in _prose(ctx):
        toks = ctx.visible(si)
        for v, tok in enumerate(toks):
            if not tok.word or not is_verb(tok, lex):
                continue
            start = _complement_start(ctx, toks, v)
            if start is not None:
                # A colon ends the report: what follows it is introduced, not reported.
                colon = next((t.start for t in toks if t.start > start and t.text == ":"), None)
                a, b = _trim(ctx.text, start, colon or ctx.sents[si].end, tail=".,;: ")
                if b > a:
                    cands.append(_Cand("indirect", a, b, attribution_at(toks, v, lex, ctx.casing)))
                continue
            cand = _trailing_report(ctx, si, toks, v)
            if cand:
                cands.append(cand)
    return cands


def _complement_start(ctx: _Ctx, toks: list[Tok], v: int) -> int | None:
    """Where the reported clause after the verb at v begins, if it has one."""
    lex = ctx.lex
    for k in range(v + 1, min(len(toks), v + 8)):
        tok = toks[k]
        if tok is GAP or (not tok.word and tok.text not in {",", "'s"}):
            break
        if tok.norm in lex.comps and k + 1 < len(toks) and toks[k - 1].norm not in lex.dets:
            return toks[k + 1].start if toks[k + 1] is not GAP else None
    nxt = toks[v + 1] if v + 1 < len(toks) else None
    if toks[v].norm not in lex.bare_verbs or nxt is None or not nxt.word:
        return None
    # "Lavrov said the talks…": only with a subject before the verb, so "…,” said
    # Lavrov the next day" is not a report, and at least a short clause after it.
    starts_clause = nxt.norm in lex.starters or (nxt.cap and not nxt.initial)
    rest = [t for t in toks[v + 1 :] if t.word]
    mention, _ = subject(toks[: v + 1], v, ctx.lex, ctx.casing)
    before_quote = any(t is GAP for t in toks[max(0, v - 4) : v])
    if starts_clause and len(rest) >= 3 and mention and mention.end < toks[v].start:
        return None if before_quote else nxt.start
    return None


def _trailing_report(ctx: _Ctx, si: int, toks: list[Tok], v: int) -> _Cand | None:
    """ "Talks will resume, the minister said." / "…, dijo el ministro." / "X, he said, Y"."""
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    left = max((i for i in commas if i < v), default=None)
    if left is None:
        return None
    right = min((i for i in commas if i > v), default=None)
    clause = toks[left + 1 : right if right is not None else len(toks)]
    words = [t for t in clause if t.word]
    # "“We won,” he said." is the quotation's own attribution, not a report of its own.
    if not words or len(words) > 6 or toks[left - 1] is GAP or GAP in clause:
        return None
    # (endswith with an end position, not a slice: a copy of the text up to here per verb
    # made long documents quadratic)
    if not any(t.word for t in toks[:left]) or ctx.text.endswith(":", 0, ctx.sents[si].end):
        return None  # "Among other things, Lavrov noted:" introduces, it does not report
    mention = speaker_next_to_verb(clause, toks[v], ctx.lex, ctx.casing)
    if mention is None:
        return None
    attr = Attribution(mention, toks[v])
    end_tok = toks[left - 1] if right is None else toks[-1]
    if end_tok is GAP:
        return None
    a, b = _trim(ctx.text, ctx.sents[si].start, end_tok.end, tail=".,;: ")
    return _Cand("indirect", a, b, attr) if b > a else None


def _according(ctx: _Ctx) -> list[_Cand]:
    """ "según X, …", "…, according to X." — the source and what is credited to it."""
    cands = []
    for si in _prose(ctx):
        toks = ctx.visible(si)
        for k, j, src_end in source_cues(toks, ctx.lex, ctx.casing):
            attr = source_attribution(toks[j:src_end], ctx.lex, ctx.casing)
            if k == 0 and src_end < len(toks) and toks[src_end] is not GAP:
                a, b = toks[src_end].end, ctx.sents[si].end
            elif k > 0 and any(t.word for t in toks[src_end:]) and toks[src_end].text == ",":
                a, b = ctx.sents[si].start, ctx.sents[si].end  # "X, según Y, crecerá"
            elif k > 0:
                a, b = ctx.sents[si].start, toks[k - 1].start
            else:
                continue
            a, b = _trim(ctx.text, a, b, lead=",", tail=".,;:( ")
            if b > a:
                cands.append(_Cand("according_to", a, b, attr))
    return cands
