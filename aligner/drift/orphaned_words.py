"""A word cut from after a function word the translation keeps, where the source says
which word (docs/drift.md, "Session 25, drift30b"): a determiner left straight before an
adverb or a participle in "-ed" that closes nothing ("presents the differently but…",
"took the featured in this post", "presented its today at noon"), or "and"/"or" left
straight before a mark ("in Morbihan and, causing…").

English puts an adverb after "the" or "its" only inside a noun phrase that goes on
("the newly elected mayor"), and a participle there only as a modifier or a noun ("the
proposed law", "the injured"). :mod:`determiner_verbs` reads the participles WordNet
lists as nothing else, from the English alone; a participle WordNet also files as an
adjective ("featured", "bathed"), or an adverb, needs the source to tell a cut from "the
injured in the attack". A conjunction before a comma opens an aside as often ("and, as
usual, …"). So each is reported (an omission, major) only when the source shows the cut:

* the determiner: the translation has one ("the", "a", "an", a possessive) straight
  before an adverb or a verb form ending in "-ed" (Apertium's English tags), followed by
  a preposition, a conjunction, a mark or the end: nothing the adverb or participle
  could qualify comes after it; the word before the determiner renders a source word
  (:func:`lexical_diff.partners`), and within four words after that source word a
  determiner stands before a common noun that nothing renders (or whose only partner
  renders another source word, :func:`headless.claimed_elsewhere`'s reading): "presenta
  la situación en modo diverso", "admirar las pirámides sumergidas". "visitó a los
  heridos en el hospital" → "visited the injured in hospital" renders "heridos" by
  "injured", so it is quiet;
* the conjunction: "and" or "or" straight before a comma, a bracket or the end renders
  the source's "y"/"o", which a word follows (not a mark: "y, como siempre, …" is an
  aside), and the source's first word after it past prepositions and determiners is a
  noun, a name, an adjective or a word Apertium does not know that nothing renders ("y
  en el Calvados"); an adverb there ("y además") is an aside's, and is left alone;
* the conjunction before a verb (session 26, drift31b): "and"/"or" straight before a
  verb in a tense ("Lions, cheetahs and are sometimes shy", "a name and varies"), or
  in none where it renders a source verb in a tense ("and surrounding" for "rodea"),
  not followed by a noun or an adjective ("checks and related procedures": a
  participle before its noun), where the source's "y"/"o" is the one that conjunction
  renders (the link both ways: Apertium's pairing gives every "and" the first "y"), a
  noun, a name or an adjective after it (as above) is rendered by nothing, and the
  verb renders a source word after that conjunct (the verb of the whole list: "los
  leones, los guepardos y los leopardos son…"), or is a form of "be", "have" or a
  modal the pairing leaves unpaired. A verb after "and" is English's commonest
  coordination ("cut taxes and raised spending"); the source's noun after its "y",
  unrendered, with the English verb rendering what follows it, says the conjunct is
  gone. A word Apertium does not know counts only before "be", "have" or a modal (an
  unknown word there is as often the proxy's untranslated verb: "y respinge" →
  "and rejected").

Direct Apertium pairs, Spanish sources (the words of :mod:`lexical_diff`); run on the
pairs nothing reports omitted at >= major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, reportable
from aligner.drift.signals import Finding
from aligner.drift.word_gaps import both_ways, gap_finding, inner
from aligner.textutil import quote

_DETERMINERS = frozenset("the a an its his her their our my your".split())
# Apertium's English tags of what opens a phrase of its own or closes the sentence.
_CLOSING = frozenset("pr cnjcoo cnjsub cnjadv cm sent lpar rpar lquest rquot lquot".split())
_MARKS = frozenset("cm sent lpar rpar rquot".split())  # what a conjunction may not precede
_SKIPPED = frozenset(("pr", "det", "predet"))  # between the source's "y" and its conjunct
_SOURCE_WINDOW = 4  # source words after the anchor's where the determiner and noun may be
_VERBS = frozenset("vblex vbser vbhaver vbmod vbdo".split())
_AUXILIARIES = frozenset(("vbser", "vbhaver", "vbmod"))  # "be", "have", modals


def _orphaned_after(tgt: Sequence[Word], i: int) -> bool:
    """Whether translation word ``i`` is a determiner left before an adverb or an "-ed"
    form that qualifies nothing after it."""
    d, x = tgt[i], tgt[i + 1]
    if d.lemma not in _DETERMINERS or d.pos not in ("det", "predet"):
        return False
    if not (x.pos == "adv" or (x.pos == "vblex" and x.surface.lower().endswith("ed"))):
        return False
    after = tgt[i + 2] if i + 2 < len(tgt) else None
    return after is None or after.pos in _CLOSING


def _cut_noun(src: Sequence[Word], mine: Sequence[int], back: Sequence[int], v: int):
    """The unrendered source noun after a determiner, a few words after source word ``v``."""
    from aligner.drift.headless import claimed_elsewhere  # headless runs this reader

    for j in range(v + 2, min(len(src), v + 1 + _SOURCE_WINDOW)):
        n = src[j]
        if n.pos != "n" or not n.known or src[j - 1].pos not in ("det", "predet"):
            continue
        if not reportable(n, "es"):
            continue
        if mine[j] < 0 or claimed_elsewhere(src, mine, back, j):
            return n
    return None


def determiner_gap(
    src: Sequence[Word],
    tgt: Sequence[Word],
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, Word, Word] | None:
    """(the cut source noun, the determiner left, the word after it), or None."""
    mine, back = both_ways(src, tgt, links)
    for i in inner(tgt):
        if not _orphaned_after(tgt, i) or back[i - 1] < 0:
            continue
        noun = _cut_noun(src, mine, back, back[i - 1])
        if noun is not None:
            return noun, tgt[i], tgt[i + 1]
    return None


def conjunction_gap(
    src: Sequence[Word],
    tgt: Sequence[Word],
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, Word, Word] | None:
    """(the cut source word, the conjunction left, the mark, verb or preposition after
    it), or None."""
    mine, back = both_ways(src, tgt, links)
    for i in inner(tgt):
        c, mark = tgt[i], tgt[i + 1]
        if c.pos != "cnjcoo" or c.lemma not in ("and", "or"):
            continue
        verb = _verb_after(tgt, i, src, back)
        # "and of the city's oldest church" (session 27): not two prepositions sharing
        # one object ("to or from a destination").
        preposition = mark.pos == "pr" and tgt[i - 1].pos != "pr"
        if mark.pos not in _MARKS and not verb and not preposition:
            continue
        s = back[i]
        if s < 0 or s + 1 >= len(src) or src[s + 1].pos in _MARKS:
            continue
        if (verb or preposition) and mine[s] != i:
            continue
        j = _conjunct(src, s)
        if j is None or mine[j] >= 0:
            continue
        w = src[j]
        if preposition and not verb:
            if _preposition_after_conjunct(src, j, mark):
                return w, c, mark
        elif not verb or _verb_after_conjunct(w, mark, back[i + 1], j):
            return w, c, mark
    return None


def _preposition_after_conjunct(src: Sequence[Word], j: int, prep: Word) -> bool:
    """Whether the source word after conjunct ``j`` is a preposition the translation's
    preposition after the conjunction renders ("y miembro de" → "and of"): the
    conjunct's own complement follows the conjunction, the conjunct gone."""
    nxt = src[j + 1] if j + 1 < len(src) else None
    return nxt is not None and nxt.pos == "pr" and prep.lemma in nxt.trans


def _verb_after(tgt: Sequence[Word], i: int, src: Sequence[Word], back: Sequence[int]) -> bool:
    """Whether translation word ``i + 1`` is a verb in a tense, or one Apertium tags in
    none ("live", "surrounding") that renders a source verb in a tense: "be", "have" or
    a modal, or another verb no noun or adjective follows (not a participle before its
    noun)."""
    v = tgt[i + 1]
    renders = back[i + 1]
    if v.pos not in _VERBS or not (v.finite or (renders >= 0 and src[renders].finite)):
        return False
    return v.pos in _AUXILIARIES or i + 2 >= len(tgt) or tgt[i + 2].pos not in ("n", "adj")


def _conjunct(src: Sequence[Word], s: int) -> int | None:
    """The source's first word after its conjunction ``s``, past prepositions and
    determiners, when it is a noun, a name, an adjective or an unknown word."""
    for j in range(s + 1, min(len(src), s + 4)):
        w = src[j]
        if w.pos in _SKIPPED:
            continue
        content = w.pos in ("n", "np", "adj") or not w.known
        return j if content and w.surface.isalpha() else None
    return None


def _verb_after_conjunct(w: Word, verb: Word, renders: int, j: int) -> bool:
    """Whether the translation's verb after the conjunction belongs after the source's
    conjunct ``w`` (at ``j``): it renders a later source word, or it is an unpaired
    "be", "have" or modal; an unknown conjunct only before those."""
    if not w.known and verb.pos not in _AUXILIARIES:
        return False
    return renders > j or (renders < 0 and verb.pos in _AUXILIARIES)


def check_orphaned_words(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a source word whose determiner or conjunction the
    translation keeps alone."""

    def kept(what: str):
        return lambda k, a: (
            f"which keeps {what} ({quote(k.surface)}) straight before {quote(a.surface)}"
        )

    return gap_finding(src, tgt, analysed, links, determiner_gap, kept("its determiner")) or (
        gap_finding(src, tgt, analysed, links, conjunction_gap, kept("the conjunction before it"))
    )
