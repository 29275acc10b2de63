"""Attributions: the words around a statement that name its speaker, read as token-level
functions that :mod:`aligner.statements.quotes` calls with the right stretch of text: the reporting
clause of a verb ("Lavrov noted:"), a backward cue ("These were Lavrov's words"), a
name next to the quotation ("…», Lavrov."), and source cues ("según X", "according to
officials"). Each gives an :class:`Attribution`: a mention, a reporting verb, or both.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile

from aligner.statements.speakers.lexicon import Lexicon
from aligner.statements.speakers.mentions import Casing, Mention, find_mentions, is_verb
from aligner.statements.speakers.subjects import GAP, chunks, subject
from aligner.statements.speakers.tokens import Tok


@dataclass(frozen=True)
class Attribution:
    """Where a statement's speaker is written: a mention, a reporting verb, or both."""

    mention: Mention | None
    verb: Tok | None
    implicit: bool = False  # the verb's subject is unsaid: the salient speaker


def clause_attribution(
    toks: list[Tok], lex: Lexicon, casing: Casing, last: bool
) -> Attribution | None:
    """The reporting verb of a clause (its last one, or one among its first words) and
    the verb's subject."""
    verbs = [i for i, t in enumerate(toks) if t.word and is_verb(t, lex)]
    if not last:
        verbs = [i for i in verbs if _near_start(toks, i, lex, casing)][:1]
    return attribution_at(toks, verbs[-1], lex, casing) if verbs else None


def _near_start(toks: list[Tok], i: int, lex: Lexicon, casing: Casing) -> bool:
    """Whether the verb at i is among the clause's first words: six, or twelve when a
    name in apposition closes right before it (", the president of the region, Carole
    Delga, told"), or when one mention is all that comes before it ("Finance Minister
    Rogelio Ramírez de la Fuente told"): a subject that long and nothing else."""
    before = sum(t.word for t in toks[:i])
    if before <= 6:
        return True
    if before > 12:
        return False
    apposition = i >= 2 and toks[i - 1].text == "," and toks[i - 2].cap and toks[i - 2].word
    if apposition:
        return True
    first = next(t for t in toks[:i] if t.word)
    return any(
        m.start <= first.start and m.end == toks[i - 1].end
        for m in find_mentions(toks[:i], lex, casing)
    )


def attribution_at(toks: list[Tok], v: int, lex: Lexicon, casing: Casing) -> Attribution:
    mention, implicit = subject(toks, v, lex, casing)
    return Attribution(mention, toks[v], implicit)


def first_clause(toks: list[Tok]) -> list[Tok]:
    """The tokens after a quotation up to the next one (a period inside the sentence is
    an abbreviation's: "afirmó el Lic. Gustavo Arrieta")."""
    return list(takewhile(lambda t: t is not GAP and t.text not in "!?", toks))


def intro_attribution(toks: list[Tok], lex: Lexicon, casing: Casing) -> Attribution | None:
    """The speaker announced by a sentence ending in ":": its reporting verb's subject,
    else its last mention ("In the words of the minister:")."""
    attr = clause_attribution(toks, lex, casing, last=True)
    if attr:
        return attr
    found = find_mentions(toks, lex, casing)
    return Attribution(found[-1], None) if found else None


def backward_attribution(toks: list[Tok], lex: Lexicon, casing: Casing) -> Attribution | None:
    """A sentence that opens with a backward cue names the previous quotation's speaker
    ("These were Lavrov's words…", "Así lo afirmó el canciller")."""
    words = [t for t in toks if t.word]
    for cue in lex.backward:
        if tuple(t.norm for t in words[: len(cue)]) != cue:
            continue
        rest = toks[toks.index(words[len(cue)]) :] if len(words) > len(cue) else []
        attr = clause_attribution(rest, lex, casing, last=False)
        if attr and attr.mention:
            return attr
        found = find_mentions(rest, lex, casing)
        return Attribution(found[0], None) if found else None
    return None


def adjacent_name(
    after: list[Tok], pre: list[Tok], lex: Lexicon, casing: Casing
) -> Attribution | None:
    """No reporting verb known: a name right after the quotation ("…», Lavrov.") or
    right before a colon ("Lavrov: «…»"); this is all a language without lists gets."""
    clause = first_clause(after)
    if clause and sum(t.word for t in clause) <= 5:
        found = find_mentions(clause, lex, casing)
        if found and sum(t.word and t.end <= found[0].start for t in clause) <= 1:
            return Attribution(found[0], None)
    if len(pre) >= 2 and pre[-1].text == ":":
        label = chunks(pre[:-1])[-1] if chunks(pre[:-1]) else []
        found = find_mentions(label, lex, casing)
        if found and found[-1].end == pre[-2].end:
            return Attribution(found[-1], None)
        words = [t for t in label if t.word]
        if words and len(words) <= 3 and all(t.cap for t in words):  # interview "LAVROV:"
            return Attribution(Mention("name", words[0].start, words[-1].end, _texts(words)), None)
    return None


def _texts(toks: list[Tok]) -> tuple[str, ...]:
    return tuple(t.text for t in toks)


def source_attribution(source: list[Tok], lex: Lexicon, casing: Casing) -> Attribution:
    """ "según el ministro", "según dijo el ministro", "according to officials"."""
    if len(source) > 2 and source[-2].norm == "'s" and source[-1].norm in _VIEW_NOUNS:
        source = source[:-2]  # "in the prosecution's view": the prosecution
    if source[0].word and is_verb(source[0], lex):
        return attribution_at(source, 0, lex, casing)
    words = [t for t in source if t.word]
    found = find_mentions(source, lex, casing)
    # "según fuentes del Ministerio": the source is the sources, not the ministry.
    if found and found[0].start <= words[min(1, len(words) - 1)].start:
        after = [t for t in words if t.start >= found[0].end]
        # "according to official figures": a role word before a common noun modifies it,
        # the source is the figures (English puts modifiers first; Spanish after).
        modifier = found[0].kind == "role" and after and after[0].text.islower()
        if not (modifier and after[0].norm not in lex.stop):
            return Attribution(found[0], None)
    return Attribution(Mention("role", words[0].start, words[-1].end), None)


# Where the source after "according to" ends: "según el ministro, …".
_SOURCE_ENDS = {",", "(", ")", "[", "]", "—", "–", "―", "|", ";", ":", "."}


def _cue_at(toks: list[Tok], k: int, cue: tuple[str, ...]) -> bool:
    return k >= 0 and tuple(t.norm for t in toks[k : k + len(cue)]) == cue


def source_cues(toks: list[Tok], lex: Lexicon, casing: Casing) -> list[tuple[int, int, int]]:
    """Source cues opening a clause ("según …", "according to …"): the token indices of
    the cue, of the source after it, and of the end of the source."""
    found = []
    for k in range(len(toks)):
        cue = next((c for c in lex.according if _cue_at(toks, k, c)), None)
        if cue is None or not (k == 0 or toks[k - 1].text in {",", "(", "—", "–", ";"}):
            continue
        j = k + len(cue)
        src_end = _source_end(toks, j, lex, casing)
        if any(t.word for t in toks[j:src_end]):
            found.append((k, j, src_end))
    return found + _views(toks)


# English says whose view it is by a genitive: "In the prosecution's view, …" (Spanish "a
# juicio de la Fiscalía", an according_to cue), "in Smith's opinion".
_VIEW_NOUNS = frozenset(("view", "opinion", "words", "estimation", "judgement", "judgment"))
_VIEW_REACH = 6  # words between "in" and the genitive


def _views(toks: list[Tok]) -> list[tuple[int, int, int]]:
    """Genitive source cues: the indices of "in", of the source after it, and of the
    comma after the view noun (where what is credited starts)."""
    found = []
    for k, tok in enumerate(toks):
        if tok.norm != "in" or not (k == 0 or toks[k - 1].text in {",", "(", "—", "–", ";"}):
            continue
        for g in range(k + 2, min(len(toks) - 2, k + 2 + _VIEW_REACH)):
            if toks[g].norm == "'s" and toks[g + 1].norm in _VIEW_NOUNS:
                if toks[g + 2].text == ",":
                    found.append((k, k + 1, g + 2))
                break
    return found


def _source_end(toks: list[Tok], j: int, lex: Lexicon, casing: Casing) -> int:
    """End of the source phrase after a cue; an apposition belongs to it
    ("según el canciller venezolano, Yván Gil, …")."""
    stops = [i for i in range(j, len(toks)) if toks[i].text in _SOURCE_ENDS]
    end = stops[0] if stops else len(toks)
    found = find_mentions(toks[j:], lex, casing)
    if found and found[0].start < (toks[end].start if end < len(toks) else 1 << 62):
        end = next((i for i in stops if toks[i].start >= found[0].end), len(toks))
    return end
