"""A coordinated item or a closing phrase the translation leaves out (session 36, lead).

"No votaremos estos presupuestos ni el próximo" → "We will not vote for this budget";
"No habrá subidas de impuestos ni recortes en sanidad" → "There will be no tax rises";
"recurrirá la multa ante el Tribunal Supremo" → "will appeal the fine". The sentence
keeps one clause, so the clause checks have nothing to miss; the dropped words are a
phrase, not one word whose MT neighbours meet (:mod:`aligner.drift.closed_gaps`), and a
known body ("Tribunal Supremo": Apertium knows both words) is left to the translator's
wording by the name check. What shows it is the literal MT: a run that opens with a
coordinator ("nor", "or", "and") or a preposition and runs to the end of its stretch of
punctuation ("… budgets nor the next .") has no content word the translation says in any
form, while the MT word before it stands in the translation right before the same mark
("… budget ."): the gap closed around the run, as a cut leaves it and a rewording does
not. Both readings must agree: the source against the back translation (Spanish) and
the MT against the translation (English, where WordNet synonyms count as said).
Reported ``omission``, major, critical inside a quotation (a claim about what was said).

English translations with a literal MT (direct or pivot); the source span is the run's
opener matched by its rank among the source's words of its kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aligner.drift.lost_phrases import _EN_PREPOSITIONS, _content, _same
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.synonyms import bases
from aligner.drift.text import CLAUSE_PUNCT, Tok, tokenize
from aligner.lang import profile
from aligner.textutil import quote

MAX_RUN = 7  # words of the run, its opener included
# A preposition that closes a verb's own frame is no phrase of its own ("voted for",
# "asked about it", "depends on"): only a run of three words or more opened by one.
MIN_PREPOSITION_RUN = 3


@dataclass(frozen=True)
class Reading:
    """One language's view of the pair: the text read (the source, or the MT), the other
    text in that language (the back translation, or the translation), the openers."""

    toks: list[Tok]
    other: list[Tok]
    coordinators: frozenset[str]
    prepositions: frozenset[str]
    english: bool

    def content(self, t: Tok) -> bool:
        if self.english:
            return _content(t.text) and t.norm not in self.coordinators
        return t.norm not in profile("es").stopwords and t.norm not in self.prepositions

    def same(self, a: Tok, b: Tok) -> bool:
        """One word in two forms: a stem, or an English base ("taxes", "tax")."""
        if _same(a.text, b.text):
            return True
        return self.english and bool((bases(a.norm) or {a.norm}) & (bases(b.norm) or {b.norm}))

    def said(self, word: Tok) -> bool:
        """Whether the other text has ``word`` in some form: a stem (a WordNet synonym
        in English)."""
        if any(o.word and self.same(word, o) for o in self.other):
            return True
        if not self.english:
            return False
        from aligner.drift.lexical_diff import synonyms

        mine = bases(word.norm) or {word.norm}
        others = [o for o in self.other if o.word]
        return any(synonyms(a, b) for o in others for a in mine for b in bases(o.norm) or {o.norm})


_EN_COORDINATORS = frozenset("nor neither or and".split())
_ES_COORDINATORS = frozenset("ni y e o u".split())
_ES_PREPOSITIONS = frozenset(
    "ante en de del a al para por con contra durante desde hasta sobre tras sin entre "
    "hacia bajo".split()
)


def _stretches(toks: Sequence[Tok]) -> list[list[Tok]]:
    """Runs of tokens between clause punctuation, each with its closing mark (or none)."""
    out: list[list[Tok]] = [[]]
    for t in toks:
        out[-1].append(t)
        if not t.word and t.text in CLAUSE_PUNCT:
            out.append([])
    return [s for s in out if s]


def _run(stretch: list[Tok], r: Reading) -> tuple[int, str] | None:
    """Where a run the other text lacks opens in ``stretch``, and its kind."""
    ws = [t for t in stretch if t.word]
    for i in range(1, len(ws)):
        run = ws[i:]
        kind = (
            "coordinator"
            if ws[i].norm in r.coordinators
            else "preposition"
            if ws[i].norm in r.prepositions
            else None
        )
        if kind is None or len(run) > MAX_RUN:
            continue
        if kind == "preposition" and len(run) < MIN_PREPOSITION_RUN:
            continue
        content = [t for t in run[1:] if r.content(t)]
        if content and not any(r.said(t) for t in content):
            return i, kind
    return None


def _gap_closed(before: Tok, mark: Tok | None, r: Reading) -> bool:
    """The word before the run stands in the other text right before a mark (or the
    end), as the run's own stretch ends: the gap closed around the cut."""
    other = r.other
    for k, t in enumerate(other):
        if not t.word or not r.same(t, before):
            continue
        nxt = other[k + 1] if k + 1 < len(other) else None
        # Any mark closes the gap: a quotation's "»," may be ",”" in the other text.
        if (nxt is None) == (mark is None) and (nxt is None or not nxt.word):
            return True
    return False


def _readings(src: Side, tgt: Side, ev: Evidence) -> list[Reading]:
    out = []
    if src.lang == "es" and ev.back is not None and ev.back.text:
        out.append(
            Reading(src.toks, tokenize(ev.back.text), _ES_COORDINATORS, _ES_PREPOSITIONS, False)
        )
    if ev.mt is not None and ev.mt.text and tgt.lang == "en":
        prepositions = frozenset(_EN_PREPOSITIONS)
        out.append(Reading(tokenize(ev.mt.text), tgt.toks, _EN_COORDINATORS, prepositions, True))
    return out


def _quoted(text: str, at: int) -> bool:
    before = text[:at]
    opened = sum(before.count(m) for m in "«“") - sum(before.count(m) for m in "»”")
    return opened > 0 or before.count('"') % 2 == 1


def check_lost_tails(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A run cut with its opener (see the module): every reading of the pair (the source
    against the back translation, the MT against the translation) has a run of the same
    kind in the same stretch that the other text lacks, and in one of them the gap
    closed."""
    if tgt.lang != "en":
        return []
    readings = _readings(src, tgt, ev)
    if not readings:
        return []
    cut = [_stretches(r.toks) for r in readings]
    if len({len(c) for c in cut}) != 1:
        return []
    for k in range(len(cut[0])):
        runs = [_run(c[k], r) for c, r in zip(cut, readings, strict=True)]
        if any(x is None for x in runs) or len({x[1] for x in runs if x}) != 1:
            continue
        closed = False
        for c, r, x in zip(cut, readings, runs, strict=True):
            ws = [t for t in c[k] if t.word]
            mark = c[k][-1] if not c[k][-1].word else None
            closed = closed or _gap_closed(ws[x[0] - 1], mark, r)
        if not closed:
            continue
        return [_finding(src, ev, readings, cut, runs, k)]
    return []


def _finding(src, ev, readings, cut, runs, k) -> Finding:
    first = [t for t in cut[0][k] if t.word]
    opener, last = first[runs[0][0]], first[-1]
    if readings[0].english:  # no Spanish reading: the MT's words, no source span
        words, span = ev.mt.text[opener.start : last.end], None
        where = f"what a literal translation renders as {quote(words)}"
    else:
        span = (opener.start, last.end)
        where = f"the source's {quote(src.text[span[0] : span[1]])}"
    quoted = span is not None and _quoted(src.text, span[0])
    before = first[runs[0][0] - 1].text
    message = (
        f"The translation leaves out {where}: it stops after {quote(before)} where the "
        "source goes on" + (", inside a quotation." if quoted else ".")
    )
    severity = "critical" if quoted else "major"
    return Finding("omission", severity, 0.6, span, None, message, "drift.omission")
