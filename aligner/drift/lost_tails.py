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
from dataclasses import dataclass, field

from aligner.drift.lost_phrases import _EN_PREPOSITIONS, _content, _same
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.synonyms import bases
from aligner.drift.text import CLAUSE_PUNCT, Tok, fold, tokenize
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
    unknown: frozenset[str] = frozenset()  # words the MT left as written, folded
    memo: dict[str, bool] = field(default_factory=dict, compare=False)  # said(), per word

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
        found = self.memo.get(word.text)
        if found is None:
            found = self.memo[word.text] = self._said(word)
        return found

    def _said(self, word: Tok) -> bool:
        """Whether the other text has ``word`` in some form: a stem (a WordNet synonym
        in English)."""
        if any(o.word and self.same(word, o) for o in self.other):
            return True
        # "en primera línea" → "frontline": a word inside a compound of the other text.
        if len(word.norm) >= 4 and any(
            len(o.norm) > len(word.norm) + 2 and o.norm.endswith(word.norm) for o in self.other
        ):
            return True
        if not self.english:
            return False
        from aligner.drift.lexical_diff import synonyms

        mine = bases(word.norm) or {word.norm}
        others = [o for o in self.other if o.word]
        return any(synonyms(a, b) for o in others for a in mine for b in bases(o.norm) or {o.norm})


_EN_COORDINATORS = frozenset("nor neither or and".split())
_EN_OPENERS = (_EN_COORDINATORS, frozenset(_EN_PREPOSITIONS) - {"of"})
_ES_COORDINATORS = frozenset("ni y e o u".split())
# "de" and "of" are left out: a phrase of "de" is English's compound or genitive as often
# as not ("la acampada de la tropa" → "the troop's encampment", "de la escritura" →
# "handwriting"), and nothing in the words tells the two apart.
_ES_PREPOSITIONS = frozenset(
    "ante en a al para por con contra durante desde hasta sobre tras sin entre hacia bajo".split()
)


def _stretches(toks: Sequence[Tok]) -> list[list[Tok]]:
    """Runs of tokens between clause punctuation, each with its closing mark (or none)."""
    out: list[list[Tok]] = [[]]
    for t in toks:
        out[-1].append(t)
        if not t.word and t.text in CLAUSE_PUNCT:
            out.append([])
    return [s for s in out if s]


Run = tuple[int, int, str]  # the run's first word, the word after it, its kind


def _runs(stretch: list[Tok], r: Reading) -> list[Run]:
    """The runs of ``stretch`` the other text lacks: an opener, then words up to the
    stretch's end or up to a word the other text has, with no content word it has."""
    ws = [t for t in stretch if t.word]
    out = []
    for i in range(1, len(ws)):
        kind = (
            "coordinator"
            if ws[i].norm in r.coordinators
            else "preposition"
            if ws[i].norm in r.prepositions
            else None
        )
        if kind is None:
            continue
        shortest = MIN_PREPOSITION_RUN if kind == "preposition" else 2
        for j in range(i + shortest, min(len(ws), i + MAX_RUN) + 1):
            # A word the MT did not know may be said in any form ("y rabbiose" →
            # "angry"): neither said nor unsaid.
            # A figure is the number check's ("hasta el 11,4" → "to 11.4%").
            content = [
                t
                for t in ws[i + 1 : j]
                if r.content(t) and fold(t.text) not in r.unknown and not t.text[:1].isdigit()
            ]
            if any(r.said(t) for t in content):
                break  # every longer run holds that word too
            if content:
                out.append((i, j, kind))
    return out


def _gap_closed(ws: list[Tok], run: Run, mark: Tok | None, r: Reading) -> bool:
    """The word before the run stands in the other text right before what follows the
    run: the stretch's mark (or the end), or the run's next two words."""
    i, j, _ = run
    before, other = ws[i - 1], r.other
    for k, t in enumerate(other):
        if not t.word or not r.same(t, before):
            continue
        nxt = other[k + 1] if k + 1 < len(other) else None
        if j == len(ws):
            # Any mark closes the gap: a quotation's "»," may be ",”" in the other text.
            if (nxt is None) == (mark is None) and (nxt is None or not nxt.word):
                return True
            continue
        after = other[k + 1 : k + 3]
        if len(after) == 2 and j + 1 < len(ws) and all(w.word for w in after):
            return r.same(after[0], ws[j]) and r.same(after[1], ws[j + 1])
    return False


def _readings(src: Side, tgt: Side, ev: Evidence, added: bool = False) -> list[Reading]:
    """The pair's readings: for a cut, the source against the back translation, then
    the MT against the translation; for an addition, the translation against the MT,
    then the back translation against the source."""
    unknown = frozenset(fold(w) for r in (ev.mt, ev.back) if r is not None for w in r.unknown)
    out = []
    if src.lang == "es" and ev.back is not None and ev.back.text:
        es = (src.toks, tokenize(ev.back.text))
        es = es[::-1] if added else es
        out.append(Reading(*es, _ES_COORDINATORS, _ES_PREPOSITIONS, False, unknown))
    if ev.mt is not None and ev.mt.text and tgt.lang == "en":
        en = (tokenize(ev.mt.text), tgt.toks)
        en = en[::-1] if added else en
        out.append(Reading(*en, *_EN_OPENERS, True, unknown))
    return out[::-1] if added else out


def _quoted(text: str, at: int) -> bool:
    before = text[:at]
    opened = sum(before.count(m) for m in "«“") - sum(before.count(m) for m in "»”")
    return opened > 0 or before.count('"') % 2 == 1


def _cut_run(readings: list[Reading]) -> tuple[list[Tok], Run] | None:
    """A run that every reading has in the same stretch and its other text lacks, with
    the gap closed in one of them: the first reading's words and run."""
    if not readings:
        return None
    cut = [_stretches(r.toks) for r in readings]
    if len({len(c) for c in cut}) != 1:
        return None
    for k in range(len(cut[0])):
        words_of = [[t for t in c[k] if t.word] for c in cut]
        marks = [c[k][-1] if not c[k][-1].word else None for c in cut]
        runs = [_runs(c[k], r) for c, r in zip(cut, readings, strict=True)]
        for kind in ("coordinator", "preposition"):
            mine = [[x for x in rs if x[2] == kind] for rs in runs]
            if not all(mine):
                continue
            ends = [(ws, m, r) for ws, m, r in zip(words_of, marks, readings, strict=True)]
            for run in _corresponding(mine, words_of, ends):
                return words_of[0], run
    return None


def _corresponding(mine: list[list[Run]], words_of: list[list[Tok]], ends) -> list[Run]:
    """The first reading's runs with a run of the other reading in the same place (both
    end their stretch, or open within a fifth of its length of each other), the gap
    closed in one of the two."""
    out = []
    # The longest run that ends on a content word first ("ante el Tribunal Supremo").
    first, r = words_of[0], ends[0][2]
    for x in sorted(mine[0], key=lambda x: (not r.content(first[x[1] - 1]), x[0] - x[1])):
        for y in mine[-1]:
            if len(mine) > 1 and not _same_place(x, y, words_of[0], words_of[-1]):
                continue
            if _item_kept(*_at(ends[0], x)) or _item_kept(*_at(ends[-1], y)):
                continue
            if _gap_closed(*_at(ends[0], x)) or _gap_closed(*_at(ends[-1], y)):
                out.append(x)
                break
    return out


def _item_kept(ws: list[Tok], run: Run, _mark: Tok | None, r: Reading) -> bool:
    """A coordinated item said in other words where the source has it: the other text
    keeps the word before the run and a coordinator right after it ("inmediata y en
    firme" → "immediate and forceful")."""
    if run[2] != "coordinator":
        return False
    before, other = ws[run[0] - 1], r.other
    return any(
        r.same(t, before) and other[k + 1].norm in r.coordinators
        for k, t in enumerate(other[:-1])
        if t.word
    )


def _at(end, run: Run):
    ws, mark, r = end
    return ws, run, mark, r


def _same_place(x: Run, y: Run, a: list[Tok], b: list[Tok]) -> bool:
    if x[1] == len(a) and y[1] == len(b):
        return True
    return abs(x[0] / len(a) - y[0] / len(b)) <= 0.2


def check_lost_tails(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A run cut with its opener (see the module)."""
    if tgt.lang != "en":
        return []
    readings = _readings(src, tgt, ev)
    found = _cut_run(readings)
    if found is None:
        return []
    ws, (i, j, _) = found
    opener, last = ws[i], ws[j - 1]
    if readings[0].english:  # no Spanish reading: the MT's words, no source span
        span = None
        where = (
            f"what a literal translation renders as {quote(ev.mt.text[opener.start : last.end])}"
        )
    else:
        span = (opener.start, last.end)
        where = f"the source's {quote(src.text[span[0] : span[1]])}"
    quoted = span is not None and _quoted(src.text, span[0])
    message = (
        f"The translation leaves out {where}: nothing in it renders those words, and it "
        "keeps the words on either side together" + (", inside a quotation." if quoted else ".")
    )
    # Outside a quotation a note, not an alarm: on the development files a phrase moved
    # or reworded ("por falta de pruebas" → "Citing a lack of evidence") and ContraTICO's
    # harmless expansions ("y preciso") read the same way (docs/drift.md).
    severity = "critical" if quoted else "minor"
    return [Finding("omission", severity, 0.6, span, None, message, "drift.omission")]


def _weighty(r: Reading, t: Tok) -> bool:
    from aligner.drift.lexical_diff import LIGHT

    return r.content(t) and t.norm not in LIGHT["en"] and t.norm not in _PARTICLES


_PARTICLES = frozenset("up down out off over back away".split())


def check_added_tails(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A run the translation adds with its opener ("… this budget or the next one"),
    read as a cut the other way round (the translation against the MT, the back
    translation against the source)."""
    if tgt.lang != "en" or ev.mt is None:
        return []
    readings = _readings(src, tgt, ev, added=True)
    if not readings or not readings[0].english:
        return []
    found = _cut_run(readings)
    if found is None:
        return []
    ws, (i, j, _) = found
    span = (ws[i].start, ws[j - 1].end)
    # A phrase may render a source word the translation says nowhere else ("consecutivo"
    # → "in a row"): more words of the MT unsaid in the translation than words of the
    # translation outside the phrase unsaid in the MT.
    en = readings[0]
    literal = Reading(en.other, en.toks, *_EN_OPENERS, True)
    unsaid_mt = [t for t in en.other if t.word and _weighty(literal, t) and not literal.said(t)]
    rest = [t for t in en.toks if t.word and not span[0] <= t.start < span[1]]
    outside = [t for t in rest if _weighty(en, t) and not en.said(t)]
    if len(unsaid_mt) > len(outside):
        return []
    quoted = _quoted(tgt.text, span[0])
    message = (
        f"The translation adds {quote(tgt.text[span[0] : span[1]])}, which nothing in the "
        "source says: a literal translation has the words on either side together"
        + (", inside a quotation." if quoted else ".")
    )
    # A note: an idiom's phrase reads the same way ("mío" → "on my part", "en plena
    # forma" → "in peak condition"; docs/drift.md).
    severity = "minor"
    return [Finding("addition", severity, 0.6, None, span, message, "drift.addition")]
