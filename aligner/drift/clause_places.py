"""A source clause read as omitted where the translation has a clause of its own.

Without embeddings, a source clause is omitted when not one of its content words is
found in the translation (:mod:`aligner.drift.clauses`). A translator who rewords a
whole clause ("y mismo por ciertos funcionarios de Estado" → "and even by some
government officials", "Esto os evita inquietaros inútilmente" → "This also saves you
from unnecessary worry") leaves a clause of the translation with no word found in the
source either, standing where the source's clause stands. A clause really dropped leaves
no such clause behind. So an omitted clause is a rewording (minor) when the translation
has a clause of at least :data:`MIN_WORDS` content words (and at most one fewer than the
source clause), none of them found in the source, whose place in its text (as a share of
the text's length) meets the source clause's place within :data:`REACH`, and the source
clause holds no figure. Only for the no-word rule's findings (with e5 too since session
24, where e5's own rule does not read the clause; e5's findings weigh the rewording by
the clause's similarity). Measured in docs/drift.md, "Session 23 (drift28d)".

A list's last item reworded (:func:`item_in_place`, Spanish → English) leaves no clause
of its own, only a new item after the translation's conjunction ("y el problema de los
sin techo" ↔ "and homelessness"): docs/drift.md, "Session 24 (drift29e)".
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.text import content, tokenize
from aligner.lang import profile

# Content words of the translation's clause: one word is as often a neighbour's word
# reworded ("spinal" for "médula") as a clause.
MIN_WORDS = 2
# How far apart (share of each text's length) the two clauses' places may lie.
REACH = 0.1


def _place(start: int, end: int, text: str) -> tuple[float, float]:
    n = max(1, len(text))
    return start / n, end / n


def _figured(clause) -> bool:
    """A figure in the clause: the translation's clause of figures written otherwise
    ("En los años 70 y 80, New Faces" ↔ "In the 1970s and 1980s") is not its rewording."""
    return any(any(c.isdigit() for c in t.text) for t in clause.toks)


def reworded_in_place(score, src_text: str, tgt_scores: Sequence, tgt_text: str) -> bool:
    """Whether a translation clause with no word found (a :class:`ClauseScore` of
    ``tgt_scores``) stands where the source clause (``score``, a :class:`ClauseScore`)
    stands, with at most one content word fewer (a clause that lost its subject or its
    verb is shorter: "Las plantas lucen su mejor aspecto" ↔ "Look their best")."""
    clause = score.clause
    if _figured(clause):
        return False
    a0, a1 = _place(clause.start, clause.end, src_text)
    for t in tgt_scores:
        if t.attribution or t.coverage > 0 or t.words < max(MIN_WORDS, score.words - 1):
            continue
        b0, b1 = _place(t.clause.start, t.clause.end, tgt_text)
        if a0 < b1 + REACH and b0 < a1 + REACH:
            return True
    return False


# How many words after the translation's conjunction may stand before its new item
# ("and the other reporting practices": determiners and modifiers first).
ITEM_REACH = 3


def _noun_phrase_item(clause, lang: str) -> bool:
    """A source clause that is one more item of a list: a coordinating conjunction, then
    a determiner or "de" ("y el problema de los sin-abrigo", "y de recuento variadas"),
    no comma inside and no "que" (no clause of its own)."""
    prof = profile(lang)
    ws = [t for t in clause.toks if t.word]
    if len(ws) < 2 or ws[0].norm not in prof.conjunctions:
        return False
    opener = prof.determiners | _ITEM_PREPOSITIONS.get(lang, frozenset())
    if ws[1].norm not in opener:
        return False
    return not any(t.text == "," for t in clause.toks) and not any(
        t.norm in prof.complementizers | prof.relatives for t in ws[1:]
    )


_SAME_CONJUNCTION = {
    "y": frozenset(("and",)),
    "e": frozenset(("and",)),
    "o": frozenset(("or",)),
    "u": frozenset(("or",)),
    "ni": frozenset(("nor", "or")),
}
_ITEM_PREPOSITIONS = {"es": frozenset(("de", "del"))}


# How many words before an item are read for the list's separators.
LIST_WINDOW = 8


def _separators(toks: Sequence, lang: str) -> int:
    """Commas and coordinating conjunctions among the last :data:`LIST_WINDOW` words (and
    the marks between them) of ``toks``."""
    conj = profile(lang).conjunctions
    seen, n = 0, 0
    for t in reversed(toks):
        if t.word:
            seen += 1
            if seen > LIST_WINDOW:
                break
            n += t.norm in conj
        else:
            n += t.text == ","
    return n


def src_toks_before(clause, src_text: str) -> list:
    """The source's tokens before the clause (its list's earlier items)."""
    return tokenize(src_text[: clause.start])


def item_in_place(score, src_text: str, tgt_toks: Sequence, tgt_text: str, found) -> bool:
    """Whether an omitted list item (``score``, a :class:`ClauseScore` of the source) is
    answered by a list item of the translation in its place: a coordinating conjunction
    of the translation, within :data:`REACH` of the source item's place, followed within
    :data:`ITEM_REACH` words by a content word no source word renders (``found`` tells,
    for a token of the translation). "la inseguridad alimentaria y el problema de los
    sin-abrigo" ↔ "food insecurity, and homelessness": the item reworded. An item really
    dropped leaves the translation's conjunction before an item the source has ("A, B
    and C" for "A, B, C y D"), so it stays an omission."""
    clause = score.clause
    if score.words > 3 or _figured(clause) or not _noun_phrase_item(clause, "es"):
        return False
    a0, a1 = _place(clause.start, clause.end, src_text)
    opener = next(t.norm for t in clause.toks if t.word)
    # The same conjunction ("y" and "and", "o" and "or"): a list keeps its kind, and an
    # "or" of another list nearby ("la vacuna o el tratamiento … y de los análisis" ↔
    # "the vaccine or drug therapy") is not the dropped item's place.
    conj = _SAME_CONJUNCTION.get(opener, frozenset())
    for k, t in enumerate(tgt_toks):
        if not t.word or t.norm not in conj:
            continue
        b = t.start / max(1, len(tgt_text))
        if not (a0 - REACH <= b <= a1 + REACH):
            continue
        # The list before the item no longer on the translation's side: a source that
        # adds an item ("una dosis, una pauta y de las interacciones" ↔ "the dose and
        # schedule") has more separators before it than the translation before its
        # conjunction.
        if _separators(src_toks_before(clause, src_text), "es") > _separators(tgt_toks[:k], "en"):
            continue
        after = [u for u in tgt_toks[k + 1 :] if u.word][:ITEM_REACH]
        item = content(after, "en")
        # A figure is the figure checks' ("y el XIV siglo" ↔ "and the 14th").
        if item and not any(c.isdigit() for c in item[0].text) and not found(item[0]):
            return True
    return False


# How many words a part fronted before the translation's first comma may have, and how
# many content words the source's fronted clause.
OPENING_WORDS = 4


def _fronted(clause, text: str) -> bool:
    """A clause that opens its text and a comma closes."""
    return not text[: clause.start].strip() and text[clause.end :].lstrip()[:1] == ","


def opening_in_place(score, src_text: str, tgt_toks: Sequence, tgt_text: str, found) -> bool:
    """Whether an omitted source clause fronted before its sentence's comma ("A día de
    hoy,", "En la mayoría de los casos,") is answered by the translation's own fronted part
    ("To date,", "Usually,"): at most :data:`OPENING_WORDS` words before the translation's
    first comma, with a content word and none that renders a source word (``found`` tells,
    for a token of the translation). Clause segmentation leaves so short a part inside
    the translation's first clause, so :func:`reworded_in_place` does not see it. A
    fronted part dropped leaves none ("Ayer, el ministro …" ↔ "The minister …"); one
    rendered word for word is found (session 32, drift37c). Spanish sources only: the
    fronted part holds no "que" (a clause of its own, whose verb may be what was lost)."""
    clause = score.clause
    if score.words > OPENING_WORDS or _figured(clause) or not _fronted(clause, src_text):
        return False
    prof = profile("es")
    if any(t.norm in prof.complementizers | prof.relatives for t in clause.toks):
        return False  # a clause of its own ("que sepa" → "as far as I know"), no adverbial
    words = []
    for t in tgt_toks:
        if t.text == ",":
            break
        if t.word:
            words.append(t)
    else:
        return False
    if (
        not words
        or len(words) > OPENING_WORDS
        or any(c.isdigit() for c in tgt_text[: words[-1].end])
    ):
        return False
    item = content(words, "en")
    return bool(item) and not any(found(t) for t in item)


def _bracketed(start: int, end: int, text: str) -> tuple[int, int] | None:
    """The brackets around ``text[start:end]`` ("(" just before it, ")" just after it,
    marks and spaces aside), as the offsets of the two marks; None when not bracketed."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if not before.endswith("(") or not after.startswith(")"):
        return None
    return len(before) - 1, end + (len(text[end:]) - len(after))


def gloss_in_place(score, src_text: str, tgt_toks: Sequence, tgt_text: str, found) -> bool:
    """Whether an omitted source clause that is a whole bracketed gloss ("(en el
    transcurso de examen)") is answered by a bracketed gloss of the translation in its
    place ("(investigating)"): a pair of brackets of the translation whose place meets the
    source's within :data:`REACH`, holding a content word and none that renders a source
    word (``found`` tells, for a token of the translation). An explanation in brackets is
    as often said in one word as in a phrase, so the translation's gloss is too short for
    :func:`reworded_in_place`; a gloss dropped leaves no brackets there, one rendered
    word for word is found (session 39, drift44c)."""
    clause = score.clause
    marks = _bracketed(clause.start, clause.end, src_text)
    if marks is None or _figured(clause):
        return False
    a0, a1 = _place(marks[0], marks[1] + 1, src_text)
    opened = None
    for t in tgt_toks:
        if t.text == "(":
            opened = t.end
        elif t.text == ")" and opened is not None:
            b0, b1 = _place(opened - 1, t.end, tgt_text)
            inside = [u for u in tgt_toks if u.word and opened <= u.start < t.start]
            item = content(inside, "en")
            if a0 < b1 + REACH and b0 < a1 + REACH and item and not any(found(u) for u in item):
                return True
            opened = None
    return False
