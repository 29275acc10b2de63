"""A listed item the translation leaves out: the source coordinates nouns ("el hígado,
el intestino y el cerebro", "de las aerolíneas y de los trenes"), the translation
renders the others and nothing renders the last one's noun (docs/drift.md, "Session 27
(drift32c)").

An item of a list is a fact of its own ("infecta el hígado y el cerebro"), and a
translator who keeps the list keeps its items; the clause check does not see one gone,
since a noun phrase after "y" is no clause, and the word checks read a noun removed from
beside its kept modifiers, not from a list. Reported (an omission, major) when:

* a source noun (a reportable content word, not capitalised: a name is the entity
  checks' business) has no rendering in the translation (:func:`lexical_diff.partners`);
* only articles and prepositions stand between it and a coordinating "y", "e", "o", "u"
  (or "así como") before it, and only those and adjectives between that and a noun
  before it, which the translation renders: the list is there, this item is not;
* no unrendered content word of the translation lies near where it would be (the
  free words around its anchors, :func:`lexical_diff.unrendered`): a reworded item
  ("la tos y la fiebre" → "coughing and a temperature") leaves one there; nor does
  "and" or "or" follow the kept item within two words (the translation's list goes
  on: "la planificación y la programación" → "planning and scheduling");
* it opens no relative clause ("entre la infección y el momento en que" → "from
  infection to when": the clause says the noun).

Direct Apertium pairs only; run in the quiet pass (:func:`headless.check_quiet`), on the
pairs nothing else reports at >= major.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, partners, unrendered
from aligner.drift.signals import Finding, added_word, removed_word
from aligner.drift.text import fold
from aligner.textutil import quote

# Coordinators that join list items, and words opening a relative clause (a noun heading
# one is often said by the clause alone: "el momento en que" → "when"), per language.
_COORDINATORS = {
    "es": frozenset(("y", "e", "o", "u", "asi como")),
    "en": frozenset(("and", "or", "as well as")),
}
_RELATIVES = {
    "es": frozenset("que donde cuando cuyo cuya cuyos cuyas quien quienes cual cuales".split()),
    "en": frozenset("that which who whom whose where when".split()),
}
# What may stand between a coordinator and its noun ("y de los trenes"), and, with
# adjectives, between the noun before and the coordinator ("pruebas fotográficas y").
_BETWEEN = frozenset(("det", "pr", "predet"))
_BEFORE = _BETWEEN | {"adj"}


def _noun_before(src: Sequence[Word], k: int) -> int:
    """The index of the noun the coordinator at ``k`` joins to, or -1."""
    j = k - 1
    while j >= 0 and src[j].pos in _BEFORE:
        j -= 1
    return j if j >= 0 and src[j].pos == "n" else -1


def _heads_relative(src: Sequence[Word], i: int, relatives: frozenset[str]) -> bool:
    """Whether noun ``i`` (its adjectives after it aside) opens a relative clause,
    straight or after a preposition and an article ("el momento en el que")."""
    k = i + 1
    while k < len(src) and src[k].pos == "adj":
        k += 1
    while k < len(src) and src[k].pos in _BETWEEN and fold(src[k].surface) not in relatives:
        k += 1
    return k < len(src) and fold(src[k].surface) in relatives


def lone_conjunct(
    words: Sequence[Word],
    other: Sequence[Word],
    lang: str,
    other_lang: str,
    english: str,
    mine: Sequence[int],
) -> tuple[Word, Word] | None:
    """(a listed noun of ``words`` nothing in ``other`` renders, the word of ``other``
    for the item before it), or None; ``english`` as :func:`lexical_diff.partners` takes
    it, ``mine`` the partners of ``words`` in ``other``."""
    coordinators, relatives = _COORDINATORS.get(lang), _RELATIVES.get(lang, frozenset())
    goes_on = _COORDINATORS.get(other_lang)
    if coordinators is None or goes_on is None:
        return None
    found, _free = unrendered(words, other, english, lang, other_lang)
    for u in found:
        i = u.index
        w = words[i]
        if w.pos != "n" or u.near_free or w.surface[:1].isupper():
            continue
        k = i - 1
        while k >= 0 and words[k].pos in _BETWEEN:
            k -= 1
        if k < 0 or fold(words[k].surface) not in coordinators:
            continue
        j = _noun_before(words, k)
        if j < 0 or mine[j] < 0 or _heads_relative(words, i, relatives):
            continue
        # The other side's list goes on after the kept item, at any of its occurrences
        # (the partners point at the first): the item reworded ("and scheduling").
        kept = other[mine[j]].lemma
        places = [q for q, o in enumerate(other) if o.lemma == kept]
        if any({fold(t.surface) for t in other[q + 1 : q + 3]} & goes_on for q in places):
            continue
        return w, other[mine[j]]
    return None


def dropped_conjunct(
    src: Sequence[Word],
    tgt: Sequence[Word],
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, Word] | None:
    """(the listed source noun left out, the translation's word for the item before it),
    or None."""
    mine = links[0] if links else partners(src, tgt, "source")
    return lone_conjunct(src, tgt, src_lang, "en", "source", mine)


def added_conjunct(
    src: Sequence[Word],
    tgt: Sequence[Word],
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, Word] | None:
    """(the listed translation noun nothing in the source says, the source's word for
    the item before it), or None."""
    theirs = links[1] if links else partners(tgt, src, "target")
    return lone_conjunct(tgt, src, "en", src_lang, "target", theirs)


def check_dropped_conjunct(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a listed source noun nothing renders, else an addition
    (major) at a listed translation noun nothing in the source says."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    lost = dropped_conjunct(analysed[0], analysed[1], src.lang[:2], links)
    if lost is not None:
        word, kept = lost
        return [
            removed_word(
                (word.start, word.end) if word.start >= 0 else None,
                None,
                f"The source's {quote(word.surface)} has nothing rendering it in the "
                f"translation, which keeps the item listed before it ({quote(kept.surface)}): "
                "an item of the list seems to have been left out.",
            )
        ]
    new = added_conjunct(analysed[0], analysed[1], src.lang[:2], links)
    if new is None or new[0].start < 0:
        return []
    word, kept = new
    return [
        added_word(
            (word.start, word.end),
            f"The translation adds {quote(word.surface)} to a list whose item before it the "
            f"source has ({quote(kept.surface)}), and nothing in the source says it.",
        )
    ]
