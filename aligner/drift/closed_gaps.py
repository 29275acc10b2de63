"""A word cut out of a translation that otherwise follows the literal MT: the gap closed.

A translator who rewords a phrase changes the words around it too; a word deleted from
the translation leaves its neighbours as they were, now side by side. So a source
content word is reported as removed when all of these hold (docs/drift.md, "Session 13"):

* the source's literal MT (Apertium) renders it by a word ``w`` that the translation has
  in no form (same stem, WordNet synonym);
* nothing in the translation renders the source word itself (Apertium's dictionary,
  either way, a stem, a synonym, a cognate: :func:`lexical_diff.partners`), nor any word
  of a multiword rendering of it ("fiscal" → "public prosecutor" ↔ "prosecutor");
* ``w``'s two neighbours in the MT, not both function words, stand side by side in the
  translation (the gap closed), no figure beside it ("59 years" → "59");
* no translation word that nothing in the source renders lies within :data:`WINDOW`
  words of the closed gap (a reworded phrase puts its new words there).

The cheap part (:func:`closed_gaps`: MT and translation tokens only) runs on every pair
with MT; the word analyses (two Apertium calls) only for the pairs it leaves.
English translations, direct Apertium pairs (the dictionary's analyses) only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aligner.drift.administrative import body_explained
from aligner.drift.emphasis import said_otherwise
from aligner.drift.lexical_diff import (
    CONTENT,
    LIGHT,
    Word,
    free_word,
    partners,
    reportable,
    synonyms,
    synsets,
)
from aligner.drift.nonfinite_holes import faithfully_unsaid
from aligner.drift.signals import Evidence, Finding, Reading, Side
from aligner.drift.text import Tok, fold, tokenize, words
from aligner.lang import profile
from aligner.textutil import quote

# How far (in words) from a closed gap an unrendered translation word makes it a
# rewording: the smallest window at which no development file other than the one left
# out gains more faithful pairs flagged than 1 % of its faithful pairs (or one pair):
# 4 on every fold but ContraTICO's (3); docs/drift.md, "Session 13".
WINDOW = 4
# The same for an added word: no MT word the translation lacks within this many words of
# where the MT's two neighbours meet; 3 on every fold, but 3 still flags 3 of
# corpora/parallel's 347 gold beads (a word moved, not added: "el candidato oficialista"
# → "the ruling … candidate"), 4 none of them.
WINDOW_ADDED = 4

_FUNCTION = profile("en").stopwords | frozenset(
    "him us me them mine yours hers ours theirs might shall does had each just here "
    "whose whom off down any".split()
)


@dataclass(frozen=True)
class Gap:
    """A word of one text missing from the other, where its two neighbours meet."""

    word: str  # the word, folded
    left: Tok  # the other text's tokens that were its neighbours
    right: Tok
    index: int  # the left neighbour's index among the other text's words
    at: int  # the word's index among its own text's words


def _same(a: str, b: str) -> bool:
    """One word in two forms: equal, or a shared stem of five letters (four when short)."""
    if a == b:
        return True
    n = 5 if min(len(a), len(b)) >= 5 else 4
    return len(a) >= n and len(b) >= n and a[:n] == b[:n]


def _present(word: str, others: Sequence[str]) -> bool:
    return any(_same(word, o) or (len(o) > 2 and synonyms(word, o)) for o in others)


def _gaps(a: Sequence[Tok], b: Sequence[Tok]) -> list[Gap]:
    """Every content word of ``a`` that ``b`` lacks in any form and whose neighbours in
    ``a`` (not both function words, no figure) are neighbours in ``b``; ``left``,
    ``right`` and ``index`` point into ``b``."""
    folds = [x.fold for x in b]
    out = []
    for i in range(1, len(a) - 1):
        w, left, right = a[i].fold, a[i - 1].fold, a[i + 1].fold
        if w in _FUNCTION or len(w) < 3 or not w.isalpha():
            continue
        if (left in _FUNCTION and right in _FUNCTION) or left.isdigit() or right.isdigit():
            continue
        if _present(w, folds):
            continue
        for j in range(len(b) - 1):
            if folds[j] == left and folds[j + 1] == right:
                out.append(Gap(w, b[j], b[j + 1], j, i))
                break
    return out


def closed_gaps(mt: str, translation: str) -> list[Gap]:
    """MT words gone from the translation with their MT neighbours meeting there."""
    return _gaps(words(tokenize(mt)), words(tokenize(translation)))


def opened_gaps(mt: str, translation: str) -> list[Gap]:
    """Translation words between two words that meet in the MT (``left``/``right``/
    ``index`` point into the MT's words, ``at`` into the translation's)."""
    return _gaps(words(tokenize(translation)), words(tokenize(mt)))


def _one_claim_each(back: Sequence[int], src_words: Sequence[Word]) -> list[int]:
    """Partners with each source word kept by the translation words nearest its relative
    places, as many as the source has of its lemma: "acordaron" renders "agreed", and
    "held" far from it, which the dictionary also links to "acordar", renders nothing
    ("reunión … celebrada" → "meeting … held": a reworded word beside the gap, not a word
    cut out). A lemma the source repeats ("el pasado mes … haber pasado") keeps as many."""
    n_tgt, n_src = max(1, len(back)), max(1, len(src_words))
    places: dict[str, list[float]] = {}
    for i, w in enumerate(src_words):
        places.setdefault(w.lemma, []).append(i / n_src)
    claims: dict[str, list[tuple[float, int]]] = {}
    for k, p in enumerate(back):
        if p >= 0:
            lemma = src_words[p].lemma
            off = min(abs(k / n_tgt - x) for x in places[lemma])
            claims.setdefault(lemma, []).append((off, k))
    kept = {k for lemma, cs in claims.items() for _, k in sorted(cs)[: len(places[lemma])]}
    return [p if k in kept else -1 for k, p in enumerate(back)]


def removed_at_gaps(
    gaps: Sequence[Gap],
    translation: Sequence[Tok],
    src_words: Sequence[Word],
    tgt_words: Sequence[Word],
    src_lang: str,
) -> list[tuple[Gap, Word]]:
    """The gaps whose MT word renders a source content word nothing in the translation
    renders, with no unrendered translation word near them; with that source word."""
    mine = partners(src_words, tgt_words, "source")
    back = partners(tgt_words, src_words, "target")
    folds = [x.fold for x in translation]
    # unrendered content words, or words the analyser does not know ("counterpart")
    back = _one_claim_each(back, src_words)
    free = {
        fold(w.surface)
        for w, p in zip(tgt_words, back, strict=True)
        if p < 0 and free_word(w, "en")
    }
    near = [k for k, f in enumerate(folds) if f in free]
    out = []
    for gap in gaps:
        if any(gap.index - WINDOW <= k <= gap.index + 1 + WINDOW for k in near):
            continue
        origin = [
            (w, p)
            for w, p in zip(src_words, mine, strict=True)
            if w.content and any(_same(gap.word, fold(r)) for r in w.trans)
        ]
        lost = [w for w, p in origin if p < 0 and w.pos in CONTENT and reportable(w, src_lang)]
        if not origin or len(lost) < len(origin):
            continue
        parts = {p for w in lost for r in w.trans for p in fold(r).split() if len(p) > 2}
        if _present_any(parts - _FUNCTION, folds):
            continue
        if _names_kind(gap, lost[0]):
            continue
        if faithfully_unsaid(src_words, src_words.index(lost[0])):
            continue  # session 40: "situadas en" → "in", "para obtener" → "for"
        out.append((gap, lost[0]))
    return out


_ARTICLES = frozenset("the a an".split())


def _names_kind(gap: Gap, word: Word) -> bool:
    """A common noun between an article and a name, which says what kind of thing the
    name is ("la iniciativa COVID-19 Therapeutics Accelerator" → "the COVID-19
    Therapeutics Accelerator"): the translation keeps the name, and the kind with it."""
    right = gap.right
    named = (right.text[:1].isupper() or right.text[:1].isdigit()) and not right.initial
    return word.pos == "n" and gap.left.norm in _ARTICLES and named


def added_at_gaps(
    gaps: Sequence[Gap],
    mt: Sequence[Tok],
    translation: Sequence[Tok],
    src_words: Sequence[Word],
    tgt_words: Sequence[Word],
) -> list[Gap]:
    """The opened gaps whose translation word nothing in the source renders (nor any word
    of a dictionary rendering of a source word), with no MT word the translation lacks
    within :data:`WINDOW_ADDED` words of where the MT's neighbours meet."""
    back = partners(tgt_words, src_words, "target")
    # A verb put where a source verb is left unrendered renders it ("calificó el modelo
    # de injusto" → "called the model unfair"): one for one, nothing added.
    mine = partners(src_words, tgt_words, "source")
    verb_lost = any(
        p < 0 and w.content and w.pos == "vblex" for w, p in zip(src_words, mine, strict=True)
    )
    added = {
        fold(w.surface)
        for w, p in zip(tgt_words, back, strict=True)
        if p < 0 and w.content and w.lemma not in LIGHT["en"]
        and not (verb_lost and w.pos == "vblex")
    }  # fmt: skip
    folds = [x.fold for x in translation]
    lacking = [
        i
        for i, x in enumerate(mt)
        if x.fold not in _FUNCTION and len(x.fold) > 2 and x.fold.isalpha()
        and not _present(x.fold, folds)
    ]  # fmt: skip
    renderings = {p for w in src_words for r in w.trans for p in fold(r).split() if len(p) > 2}
    return [
        g
        for g in gaps
        if g.word in added
        and not any(g.index - WINDOW_ADDED <= i <= g.index + 1 + WINDOW_ADDED for i in lacking)
        and not _present(g.word, sorted(renderings))
        and not compound(translation, g.at)
        and not kind_after_name(translation, g.at)
        and not (
            g.at + 1 < len(translation)
            and body_explained(g.word, translation[g.at + 1].text, src_words)
        )
        and not people_after_adjective(translation, g.at)
    ]


# Nouns English puts after an adjective that Spanish uses as a noun (session 31).
_PEOPLE = frozenset(("people", "persons", "individuals", "ones"))


def people_after_adjective(toks: Sequence[Tok], k: int) -> bool:
    """Whether word k is a noun of people after a lower-case adjective ("uno de cada cinco
    infectados" → "one in five infected people", "los desempleados" → "unemployed
    people"): the head English needs where Spanish lets the adjective stand alone."""
    if k < 1 or toks[k].fold not in _PEOPLE:
        return False
    word = toks[k - 1].text
    return word.isalpha() and word.islower() and any(s % 4 == 2 for s in synsets(word))


def kind_after_name(toks: Sequence[Tok], k: int) -> bool:
    """A common noun put after a name to say what kind of thing it is ("Salvamento
    Marítimo" → "the Maritime Rescue service", "the Prado museum"): word k is a lower-case
    noun (no adjective sense), after a run of capitalised words that an article opens."""
    word = toks[k].text
    if not word.isalpha() or not word.islower() or k < 2:
        return False
    kinds = synsets(word)
    if not any(s % 4 == 0 for s in kinds) or any(s % 4 == 2 for s in kinds):
        return False
    j = k - 1
    while j > 0 and toks[j].text[:1].isupper():
        j -= 1
    return j < k - 1 and toks[j].norm in _ARTICLES


def compound(toks: Sequence[Tok], k: int) -> bool:
    """Whether word k and a neighbour make one WordNet entry ("traffic jams" for
    "atascos", "press conference"): one word rendered by two, nothing added."""
    pairs = []
    if k + 1 < len(toks):
        nxt = toks[k + 1].fold
        pairs += [(toks[k].fold, nxt), (toks[k].fold, nxt.removesuffix("s"))]
    if k > 0:
        pairs.append((toks[k - 1].fold, toks[k].fold.removesuffix("s")))
    return any(synsets(f"{a} {b}") for a, b in pairs)


def _present_any(parts: set[str], folds: Sequence[str]) -> bool:
    return any(_present(p, folds) for p in parts)


def gap_pairs(sides: Sequence[tuple[Side, Side]], evidence: Sequence[Evidence]) -> list[int]:
    """The pairs whose English translation closed the gap of an MT word: the only ones
    whose two sides need analysing word by word for :func:`check_closed_gaps`."""
    return [
        k
        for k, ((_, tgt), ev) in enumerate(zip(sides, evidence, strict=True))
        if ev.mt is not None
        and tgt.lang[:2] == "en"
        and (closed_gaps(ev.mt.text, tgt.text) or opened_gaps(ev.mt.text, tgt.text))
    ]


def check_closed_gaps(
    src: Side, tgt: Side, mt: Reading | None, analysed: tuple[list[Word], list[Word]] | None
) -> list[Finding]:
    """An omission (major) where the translation closed the gap a source word left; an
    addition (major) where it put a word nothing in the source says between two words
    the MT has side by side."""
    if mt is None or analysed is None or tgt.lang[:2] != "en":
        return []
    m, t = words(tokenize(mt.text)), words(tokenize(tgt.text))
    out = []
    removed = removed_at_gaps(_gaps(m, t), t, *analysed, src.lang)
    if removed:
        gap, lost = removed[0]
        kept = tgt.text[gap.left.start : gap.right.end]
        message = (
            f"The source's {quote(lost.surface)} (literally {quote(gap.word)}) has nothing "
            f"rendering it in the translation, which keeps the words around it "
            f"({quote(kept)}): it seems to have been left out."
        )
        src_span = (lost.start, lost.end) if lost.start >= 0 else None
        span = (gap.left.start, gap.right.end)
        out.append(Finding("omission", "major", 0.55, src_span, span, message, "drift.omission"))
    return out + added_finding(tgt, mt, analysed)


def added_finding(
    tgt: Side, mt: Reading | None, analysed: tuple[list[Word], list[Word]] | None
) -> list[Finding]:
    """An addition (major) where the translation put a word nothing in the source says
    between two words the MT has side by side (the addition half of
    :func:`check_closed_gaps`; it points at translation words only)."""
    if mt is None or analysed is None or tgt.lang[:2] != "en":
        return []
    m, t = words(tokenize(mt.text)), words(tokenize(tgt.text))
    added = added_at_gaps(_gaps(t, m), m, t, *analysed)
    if not added:
        return []
    word = t[added[0].at]
    if said_otherwise(word.text, [w.surface for w in analysed[0]]):
        return []
    message = (
        f"The translation adds {quote(word.text)}, which nothing in the source says: "
        f"a literal translation has the words around it side by side "
        f"({quote(mt.text[added[0].left.start : added[0].right.end])})."
    )
    span = (word.start, word.end)
    # "los socios" → "the government's partners": whose partners, said from the story
    # (the body a report is about); worth a look, no alarm (session 36, lead).
    owner = word.norm in _OWNERS and tgt.text[word.end : word.end + 2] in ("'s", "’s")
    severity = "minor" if owner else "major"
    return [Finding("addition", severity, 0.55, None, span, message, "drift.addition")]


_OWNERS = frozenset(
    "government company party club team city country council ministry bank state "
    "union region court police army".split()
)
