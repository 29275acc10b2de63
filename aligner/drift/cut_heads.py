"""A noun cut where the words around it still say which one (docs/drift.md, "Session 27
(drift32b)"): the head of "N de M" cut, so the translation's genitive "M's" stands
before a verb, a mark, "and"/"or" or a preposition ("in which the program's refused to
fund", "dilutes Eatonville's and jeopardizes", "the support of the team's."); and the
subject of a clause cut after its conjunction ("expressed hope that would quickly pass",
"he agrees that should study English").

English writes a genitive alone only where its noun was said before ("faster than
Ana's") or stands for a place ("at the baker's"), and "that" straight before a verb is
as often the subject of a relative clause ("the law that would pass"). So the source
must show the cut, and each is reported (an omission, major) only when:

* the genitive: the source has a common noun (or a word Apertium does not know, in
  lower case: the proxies' leftovers, "tifosi") that nothing renders, straight before
  "de"/"del" and, past one determiner, a noun or a name the translation renders by the
  word before "'s"; the word after "'s" is a mark, "and"/"or", a preposition, or a verb
  when the source's noun phrase is followed (past adverbs and clitics) by a verb in a
  tense, the phrase then being that verb's subject ("más rápido que el coche de Ana" →
  "faster than Ana's" is quiet: the pairing gives the second "coche" the first's
  "car");
* the subject: "that" or an adverbial subordinator ("when", "if", "because"…) straight
  before a verb in a tense or a modal, rendering the source's conjunction or relative
  word, after which (past determiners, adjectives and figures) a noun, a name or a
  subject pronoun nothing renders stands before (past adjectives, adverbs and clitics)
  a verb in a tense. A relative clause whose subject is the relative word has no noun
  between "que" and its verb ("la ley que aprobaría" → "the law that would pass").

Direct Apertium pairs, Spanish sources; run on the pairs nothing reports omitted at
>= major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, reportable
from aligner.drift.signals import Finding
from aligner.drift.word_gaps import Links, both_ways, gap_finding, inner
from aligner.textutil import quote

_VERBS = frozenset(("vblex", "vbser", "vbhaver", "vbmod", "vaux", "vbdo"))
_GENITIVES = frozenset(("'s", "\u2019s"))
_AFTER_GENITIVE = frozenset(("cm", "sent", "pr", "lpar", "rpar"))  # and "and"/"or"
_CLITICS = frozenset("se me te nos os le les lo la los las".split())
_SUBJECT_PRONOUNS = frozenset(
    "él ella ellos ellas nosotros nosotras vosotros vosotras usted ustedes yo tú".split()
)
# English words that open a clause whose subject must follow them.
_SUBORDINATORS = frozenset(
    "that when if because while although though since whereas unless until once".split()
)
_BEFORE_SUBJECT = frozenset(("det", "predet", "adj", "num"))
_SUBJECT_WINDOW = 6  # source words after the conjunction where subject and verb stand


def _clitic(w: Word) -> bool:
    """A clitic pronoun (Apertium's lemma for most pronouns is "prpers": read the form)."""
    return w.pos == "prn" and w.surface.lower() in _CLITICS


def _finite_after(src: Sequence[Word], j: int) -> bool:
    """Whether source word ``j``, or the first after it past adverbs and clitics, is a
    verb in a tense."""
    while j < len(src) and (
        src[j].pos == "adv" or (src[j].pos == "prn" and src[j].lemma in _CLITICS)
    ):
        j += 1
    return j < len(src) and src[j].pos in _VERBS and src[j].finite


def lost_genitive_head(
    src: Sequence[Word], tgt: Sequence[Word], links: Links | None = None
) -> tuple[Word, Word, Word] | None:
    """(the cut source noun, the translation word before "'s", the word after "'s")."""
    mine = both_ways(src, tgt, links)[0]
    for n in range(1, len(src) - 3):
        head = src[n]
        leftover = not head.known and head.surface.isalpha() and head.surface.islower()
        if not ((head.pos == "n" and head.content) or leftover) or mine[n] >= 0:
            continue
        if src[n + 1].surface.lower() not in ("de", "del") or not reportable(head, "es"):
            continue
        m = n + 3 if src[n + 2].pos == "det" else n + 2
        if m >= len(src) or mine[m] < 0:
            continue
        owner = src[m]
        if not (owner.pos in ("n", "np") or (not owner.known and owner.surface[:1].isupper())):
            continue
        e = mine[m]
        if e + 2 >= len(tgt) or tgt[e + 1].surface not in _GENITIVES:
            continue
        after = tgt[e + 2]
        closing = after.pos in _AFTER_GENITIVE or after.lemma in ("and", "or")
        if closing or (after.pos in _VERBS and _finite_after(src, m + 1)):
            return head, tgt[e], after
    return None


def _cut_subject(src: Sequence[Word], mine: Sequence[int], s: int) -> Word | None:
    """The unrendered subject after source conjunction ``s``, before its verb."""
    for j in range(s + 1, min(len(src), s + _SUBJECT_WINDOW)):
        w = src[j]
        if w.pos in _BEFORE_SUBJECT:
            continue
        noun = w.pos in ("n", "np") and (w.pos == "np" or (w.content and reportable(w, "es")))
        pronoun = w.pos == "prn" and w.surface.lower() in _SUBJECT_PRONOUNS
        if not (noun or pronoun) or mine[j] >= 0:
            return None
        k = j + 1
        while k < len(src) and src[k].pos == "adj":  # the noun's own adjectives
            k += 1
        return w if _finite_after(src, k) else None
    return None


def lost_subject(
    src: Sequence[Word], tgt: Sequence[Word], links: Links | None = None
) -> tuple[Word, Word, Word] | None:
    """(the cut source subject, the translation's conjunction, the verb after it)."""
    mine, back = both_ways(src, tgt, links)
    for i in inner(tgt):
        t, v = tgt[i], tgt[i + 1]
        finite = v.pos in ("vbmod", "vaux") or (v.pos in _VERBS and v.finite)
        if t.surface.lower() not in _SUBORDINATORS or not finite:
            continue
        s = back[i]
        if s < 0 or src[s].pos not in ("cnjsub", "cnjadv", "rel"):
            continue
        w = _cut_subject(src, mine, s)
        # A noun the translation says elsewhere was moved, not cut ("un servicio que
        # cada día es peor" → "a service that gets worse every day").
        if w is not None and not any(w.trans & set(x.lemma.split()) for x in tgt):
            return w, t, v
    return None


def check_cut_heads(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a source noun whose genitive, or whose clause's
    conjunction, the translation keeps before the next word."""

    def genitive(k: Word, a: Word) -> str:
        return f"which keeps {quote(k.surface)} and its genitive straight before {quote(a.surface)}"

    def conjunction(k: Word, a: Word) -> str:
        return f"which keeps {quote(k.surface)} straight before {quote(a.surface)}"

    return gap_finding(src, tgt, analysed, links, lost_genitive_head, genitive) or gap_finding(
        src, tgt, analysed, links, lost_subject, conjunction
    )
