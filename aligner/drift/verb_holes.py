"""A finite verb cut where the words on either side of it still stand side by side, in a
clause left with no verb (docs/drift.md, "Session 33 (drift38a)").

DEMETR-style removals of a verb from a second clause leave its words readable ("Stirrups
are supports for the rider's feet and on either side of the saddle": "hang" cut after
"and"). :mod:`verbless` reads a whole sentence with no verb; a clause inside one is
harder, as English leaves verbs out of many phrases ("and one of the ten largest
insurers", "namely the Intihuatana"). The source says which: a verb in a tense (with the
verb forms after it: "se encuentran colgadas") that nothing renders, whose neighbours —
the word before it (past object clitics) and the word after — are rendered by two
translation words next to each other, in that order. A translation that says the verb
another way puts its words between them or elsewhere; one that leaves it out closes the
gap. The translation's clause holding the two words (between marks, coordinators,
subordinators and relative words) must also have no word that could be a finite verb
(:func:`verbless.could_be_finite`): "the pitch has been closed" → "the pitch closed"
keeps a verb. Scanned before it shipped on DEMETR fr>es / it>es (every label),
ContraTICO's label-0 and label-1 pairs of fit, A and C, corpora dev and dev2: it reads
no faithful or label-0 pair. Direct Apertium pairs, on the pairs nothing else reports
at >= major (:func:`headless.check_quiet`).

Session 34 (drift39b): a verb cut before "que" (:func:`complement_hole`). "Siminoff ha
declarado que las ventas han aumentado" → "Siminoff sales have increased": the verb
that took the clause ("decir", "declarar", "descubrir", "considerar"…) is gone and its
subject now stands straight before the clause ("that", or the clause's first word past
one determiner). The clause keeps its own verb, so the clause test above cannot read
it; the side-by-side test alone does. Only the lexical verb must have nothing rendering
it (an auxiliary's "have" may render a later "have"). Scanned before it shipped on
DEMETR fr>es / it>es (every label), ContraTICO's label-0 and label-1 pairs of fit, A and
C, corpora dev and dev2: five DEMETR `verb_removed` pairs, no faithful or label-0 pair.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from aligner.drift.lexical_diff import Word
from aligner.drift.pos_fluency import Tagged
from aligner.drift.signals import Finding, removed_word
from aligner.drift.verbless import could_be_finite
from aligner.textutil import quote

_VERB_GROUP = ("vblex", "vbser", "vbhaver", "vbmod")
_VERB_TAGS = _VERB_GROUP + ("vaux", "vbdo")
_CLITICS = frozenset("se me te nos os lo la le los las les".split())
# The tags and words that close a clause of the translation.
_CLOSE_TAGS = frozenset("cm lpar rpar sent cnjcoo cnjsub rel cnjadv lquest guio".split())
_CLOSE_WORDS = frozenset(
    "and or but which who whose that where when while as because if than ; :".split()
)
# Session 34 (drift39c). English leaves the verb out of a clause a subordinator opens
# before an adjective or a participle ("cuando sea necesario" → "when necessary",
# "siempre que sea posible" → "whenever possible", "si se necesita" → "if needed").
_REDUCING = frozenset(
    "when whenever if where wherever once unless while though although until".split()
)
_REDUCED_TAGS = ("adj", "vblex.pp", "vblex.ed")


def _clauses(tags: Sequence[Tagged]) -> Iterator[list[int]]:
    """The translation's clauses as lists of tag indices (a closing word opens the next)."""
    cur: list[int] = []
    for k, t in enumerate(tags):
        first = t.tag.split(".")[0]
        word = t.surface.lower()
        mark = not t.surface[:1].isalnum() and t.surface not in ("'s", "%")
        if first in _CLOSE_TAGS or word in _CLOSE_WORDS or mark:
            if cur:
                yield cur
            cur = [] if mark or first in ("cm", "lpar", "rpar", "sent", "guio") else [k]
            continue
        cur.append(k)
    if cur:
        yield cur


def _has_verb(tags: Sequence[Tagged], clause: Sequence[int]) -> bool:
    return any(could_be_finite(tags, k) or tags[k].tag.startswith(_VERB_TAGS) for k in clause)


def verb_hole(
    src: Sequence[Word], tgt: Sequence[Word], links, tags: Sequence[Tagged]
) -> tuple[Word, int, int] | None:
    """(the cut source verb, the translation's two words around the hole), or None."""
    mine, _ = links
    clause_of = {k: c for c in _clauses(tags) for k in c}
    tag_at = {t.start: k for k, t in enumerate(tags) if t.start >= 0}
    i = 0
    while i < len(src):
        if not src[i].finite:
            i += 1
            continue
        end = i
        while end + 1 < len(src) and src[end + 1].pos in _VERB_GROUP:
            end += 1
        before, after = i - 1, end + 1
        while before >= 0 and src[before].lemma in _CLITICS and mine[before] < 0:
            before -= 1
        start, i = i, end + 1
        if any(mine[m] >= 0 for m in range(start, end + 1)):
            continue
        if before < 0 or after >= len(src) or not src[before].surface[:1].isalnum():
            continue
        if not src[after].surface[:1].isalnum():
            continue
        jb, ja = mine[before], mine[after]
        if jb < 0 or ja != jb + 1:
            continue
        k, ka = tag_at.get(tgt[jb].start), tag_at.get(tgt[ja].start)
        reduced = ka is not None and tags[ka].tag.startswith(_REDUCED_TAGS)
        if reduced and tgt[jb].surface.lower() in _REDUCING:
            continue  # "when necessary": a reduced clause, its verb understood
        if k is None or k not in clause_of or _has_verb(tags, clause_of[k]):
            continue
        return src[start], jb, ja
    return None


_AUXILIARIES = frozenset("haber ser estar".split())


def complement_hole(
    src: Sequence[Word], tgt: Sequence[Word], links
) -> tuple[Word, int, int] | None:
    """(a source verb cut before "que", its subject's rendering, the next translation
    word: "that" or the clause's first word), or None."""
    mine, _ = links
    for i, w in enumerate(src):
        if w.pos != "vblex" or mine[i] >= 0 or i + 1 >= len(src):
            continue
        if src[i + 1].surface.lower() != "que":
            continue
        start = i
        while start and src[start - 1].lemma in _AUXILIARIES and src[start - 1].pos in _VERB_GROUP:
            start -= 1
        if not (w.finite or start < i):
            continue
        before = start - 1
        while before >= 0 and src[before].lemma in _CLITICS and mine[before] < 0:
            before -= 1
        if before < 0 or not src[before].surface[:1].isalnum():
            continue
        jb = mine[before]
        if jb < 0 or jb + 1 >= len(tgt):
            continue
        que = i + 1
        if mine[que] == jb + 1:
            return w, jb, jb + 1
        if mine[que] >= 0:
            continue
        # The clause's first word past one determiner, after the subject's rendering and
        # at most an article ("The scientists the virus…": "the" may pair another "el").
        k = que + 1
        if k < len(src) and src[k].pos == "det" and mine[k] != jb + 1:
            k += 1
        slots = (jb + 1, jb + 2) if tgt[jb + 1].pos == "det" else (jb + 1,)
        if k < len(src) and mine[k] in slots:
            return w, jb, mine[k]
    return None


def check_verb_hole(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, tags, links
) -> list[Finding]:
    """An omission (major) at a source verb cut from between two rendered words."""
    if analysed is None or tags is None or not links or tgt.lang[:2] != "en":
        return []
    found = verb_hole(analysed[0], analysed[1], links, tags)
    if found is None:
        return check_complement_hole(src, tgt, analysed, links)
    how = "joins the words on either side of it in a clause with no verb of its own"
    return hole_finding(found, analysed, tgt, how)


def hole_finding(found, analysed, tgt, how: str) -> list[Finding]:
    """The omission at ``found`` (the source verb, the translation's words before and after
    its place), said with ``how`` the translation closes the gap."""
    verb, jb, ja = found
    a, b = analysed[1][jb], analysed[1][ja]
    if a.start < 0 or b.end < 0:
        return []
    return [
        removed_word(
            (verb.start, verb.end) if verb.start >= 0 else None,
            (a.start, b.end),
            f"The source's verb {quote(verb.surface)} has nothing rendering it: the "
            f"translation's {quote(tgt.text[a.start : b.end])} {how}, so it seems to have "
            "been left out.",
        )
    ]


def check_complement_hole(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]], links
) -> list[Finding]:
    """An omission (major) at a source verb cut before "que" (:func:`complement_hole`)."""
    found = complement_hole(analysed[0], analysed[1], links)
    if found is None:
        return []
    return hole_finding(
        found, analysed, tgt, "joins the words before it straight to the clause it introduced"
    )
