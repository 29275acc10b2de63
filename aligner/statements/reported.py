"""Speech without quote marks: Spanish raya dialogue, indirect speech, "according to" cues."""

from __future__ import annotations

from aligner.statements.document import Candidate, DocContext, trim
from aligner.statements.quoted import _DASHES, intro_attr
from aligner.statements.speakers import (
    GAP,
    Attribution,
    Tok,
    attribution_at,
    clause_attribution,
    find_mentions,
    is_verb,
    source_attribution,
    source_cues,
    speaker_next_to_verb,
    subject,
    tokenize,
)
from aligner.statements.speakers.lexicon import Lexicon

# --- Spanish raya dialogue ---


def dialogue_paragraphs(ctx: DocContext) -> dict[int, tuple[list, list]]:
    """Paragraphs opened by a dash glued to the words (—No cederemos —dijo el ministro—):
    their speech and narration spans."""
    text, found = ctx.text, {}
    for p, (lo, hi) in ctx.paras.items():
        if text[lo] in _DASHES and lo + 1 < hi and not text[lo + 1].isspace():
            found[p] = _split_dialogue(text, lo, hi)
    return found


def raya_dialogue(ctx: DocContext, paragraphs: dict[int, tuple[list, list]]) -> list[Candidate]:
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
            attr = intro_attr(ctx, ctx.sent_at(speech[0][0]))
        for a, b in speech:
            a, b = trim(text, a, b, lead=".,;:")
            if any(ch.isalnum() for ch in text[a:b]):
                cands.append(Candidate("direct", a, b, attr, group=-2 - p))
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


def prose_sentences(ctx: DocContext) -> list[int]:
    return [i for i, s in enumerate(ctx.sents) if s.kind != "heading"]


def indirect(ctx: DocContext) -> list[Candidate]:
    """Reported clauses: "X said (that) …", "afirmó que …", "…, the minister said."."""
    lex, cands = ctx.lex, []
    for si in prose_sentences(ctx):
        toks = ctx.visible(si)
        verbs = [v for v, tok in enumerate(toks) if tok.word and is_verb(tok, lex)]
        starts = {v: _complement_start(ctx, toks, v) for v in verbs}
        for v in verbs:
            start = starts[v]
            if start is not None:
                # A colon ends the report: what follows it is introduced, not reported;
                # so does the conjunction of the next report ("… y Ribera afirmó que").
                colon = next((t.start for t in toks if t.start > start and t.text == ":"), None)
                joined = _next_report(toks, v, [w for w in verbs if w > v and starts[w]], lex)
                main = _main_clause(toks, v, start, lex)
                cut = toks[main].start if main is not None else None
                end = min(x for x in (colon, joined, cut, ctx.sents[si].end) if x is not None)
                a, b = trim(ctx.text, start, end, tail=".,;: ")
                if b > a:
                    # The main clause's subject is not the reporting verb's, nor is any
                    # word of the reported clause ("A source said the minister will…").
                    said = next(k for k, t in enumerate(toks) if t.start >= start)
                    attr = attribution_at(toks[: min(said, main or said)], v, lex, ctx.casing)
                    cands.append(Candidate("indirect", a, b, attr))
                continue
            cand = _trailing_report(ctx, si, toks, v)
            if cand:
                cands.append(cand)
    return cands


def _main_clause(toks: list[Tok], v: int, start: int, lex: Lexicon) -> int | None:
    """Where the main clause begins when the report sits in a subordinate clause opening
    the sentence ("Although the defence said the evidence was weak, the judge ruled…",
    "Aunque la defensa dijo que …, el juez…"): the index of the first comma after the report's start
    that a subject follows (an article, a pronoun, a capital). No comma may stand
    between the subordinator and the verb, so "Tras la reunión, el ministro dijo" and
    appositions are left alone."""
    words = [k for k, t in enumerate(toks[:v]) if t.word]
    if not words or toks[words[0]].norm not in lex.subordinators:
        return None
    if any(t.text == "," for t in toks[words[0] : v]):
        return None
    for k in range(v + 1, len(toks) - 1):
        nxt = toks[k + 1]
        if toks[k].start < start or toks[k].text != "," or not nxt.word:
            continue
        if nxt.norm in lex.dets | lex.pronouns | lex.starters or nxt.cap:
            return k
    return None


def _next_report(toks: list[Tok], v: int, later: list[int], lex: Lexicon) -> int | None:
    """Where a report coordinated after the one at v begins: the conjunction before the
    next reporting verb that opens a clause ("dijo que la oferta es buena y Ribera afirmó
    que…", "argued that … and said…"), within six words of it. A conjunction right after
    a capitalised name joins two subjects ("dijo que Pérez y Gómez afirmaron que…"), and
    a report inside the first one's clause is nested, not coordinated."""
    for w in later:
        for k in range(w - 1, max(v, w - 7), -1):
            if toks[k] is GAP:
                break
            if toks[k].norm in lex.conjunctions:
                before = toks[k - 1] if k > v + 1 else None
                if before is not None and before.word and before.cap and not before.initial:
                    return None
                return toks[k].start
    return None


def _complement_start(ctx: DocContext, toks: list[Tok], v: int) -> int | None:
    """Where the reported clause after the verb at v begins, if it has one."""
    lex = ctx.lex
    for k in range(v + 1, min(len(toks), v + 8)):
        tok = toks[k]
        if tok is GAP or (not tok.word and tok.text not in {",", "'s"}):
            break
        if tok.norm in lex.comps and k + 1 < len(toks) and toks[k - 1].norm not in lex.dets:
            # "revealed the names of the towns that were chosen": a relative, where a
            # reported clause would have its subject (languages that drop it excepted)
            if k > v + 1 and toks[k + 1].norm in lex.finite and not lex.null_subject:
                continue
            if tok.norm in lex.dets and _short_phrase(toks, k + 1, lex):
                return None  # "confirmed that point": a determiner, not a complementizer
            return toks[k + 1].start if toks[k + 1] is not GAP else None
    nxt = toks[v + 1] if v + 1 < len(toks) else None
    if nxt is None or not nxt.word:
        return None
    if toks[v].norm in lex.object_verbs and toks[v].norm not in lex.bare_verbs:
        if not _auxiliary_follows(toks, v + 1, lex):
            return None
    elif toks[v].norm not in lex.bare_verbs:
        return None
    # "Lavrov said the talks…": only with a subject before the verb, so "…,” said
    # Lavrov the next day" is not a report, and at least a short clause after it.
    # A gerund opens a clause too ("the union says cutting hours will cost jobs").
    gerund = len(nxt.norm) > 5 and nxt.norm.endswith("ing")
    starts_clause = (
        nxt.norm in lex.starters
        or (nxt.cap and not nxt.initial)
        or gerund
        or _noun_then_verb(toks, v + 1, lex)
    )
    rest = [t for t in toks[v + 1 :] if t.word]
    mention, _ = subject(toks[: v + 1], v, ctx.lex, ctx.casing)
    # '"…," said Lavrov the next day' is the quotation's attribution; '"…" and said
    # prices…' coordinates a report of its own after it.
    near = toks[max(0, v - 4) : v]
    gap = max((k for k, t in enumerate(near) if t is GAP), default=None)
    before_quote = gap is not None and not any(t.norm in lex.conjunctions for t in near[gap + 1 :])
    if starts_clause and len(rest) >= 3 and mention and mention.end < toks[v].start:
        return None if before_quote else nxt.start
    return None


def _auxiliary_follows(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A subject of a few words at k, then a finite auxiliary ("admitted the plan was
    late", "warned they could fail"): a clause, not the verb's object ("admitted the
    mistake", "announced the plan on Monday"). A mark, a conjunction or a relative before
    the auxiliary ends the search ("revealed the names of those who were…")."""
    if toks[k].norm in lex.finite:
        return False
    for tok in toks[k : k + 6]:
        if tok is GAP or not tok.word or tok.norm in lex.conjunctions | lex.relatives:
            return False
        if tok.norm in lex.finite:
            return True
    return False


_QUOTE_MARKS = frozenset('"“”«»„‘’‚‹›')


def _short_phrase(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether one word alone follows k before a mark or the end: a noun after a
    determiner ("confirmed that point", "denied that claim"), never a reported clause,
    which has a subject and a verb ("said that prices rose")."""
    phrase = []
    for tok in toks[k : k + 3]:
        if (tok is GAP or tok.text in _QUOTE_MARKS) and phrase:
            return False  # 'added that Sanz "is still…"': the clause goes on in the quote
        if tok is GAP or not tok.word or len(phrase) == 2:
            break
        phrase.append(tok)
    return len(phrase) == 1 and phrase[0].text.isalpha() and phrase[0].norm not in lex.pronouns


def _noun_then_verb(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A plain word at k opens a clause whose finite verb follows within a few words
    ("said tensions in the market intensified", "said prices were rising"); a conjunction
    or a mark before the verb ends the search ("said goodbye and walked away")."""
    if toks[k].norm in lex.stop or not (lex.finite or lex.past_endings):
        return False
    for tok in toks[k + 1 : k + 6]:
        if tok is GAP or not tok.word or tok.norm in lex.conjunctions:
            return False
        if tok.norm in lex.finite:
            return True
        if len(tok.norm) > 4 and tok.norm.endswith(lex.past_endings):
            return True
    return False


def _trailing_report(ctx: DocContext, si: int, toks: list[Tok], v: int) -> Candidate | None:
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
    a, b = trim(ctx.text, ctx.sents[si].start, end_tok.end, tail=".,;: ")
    return Candidate("indirect", a, b, attr) if b > a else None


def according_to(ctx: DocContext) -> list[Candidate]:
    """ "según X, …", "…, according to X." — the source and what is credited to it."""
    cands = []
    for si in prose_sentences(ctx):
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
            a, b = trim(ctx.text, a, b, lead=",", tail=".,;:( ")
            if b > a:
                cands.append(Candidate("according_to", a, b, attr))
    return cands
