""" "The same" or an ordinal the translation leaves out, with the noun it picked out kept
("el mismo día" → "the day", "el séptimo país de la UE" → "the EU country")
(docs/drift.md, "Session 22, drift27b").

"Mismo" and the ordinals say *which* one: the same day as another, the seventh country
of a list. The word checks leave "mismo" alone (:data:`lexical_diff.LIGHT`: it is also
"itself", "right here", "al mismo tiempo") and ordinals are no figures for the number
checks. English renders them with a small closed set of words ("same", "itself",
"identical", "likewise"…; "seventh" or "7th"), so what renders them is easy to count.
Reported (an omission, major) when:

* "mismo" follows an article ("el mismo", "la misma", "del mismo"; not "al mismo
  tiempo", an idiom English renders "while", "meanwhile") and the translation has fewer
  words of :data:`SAME` than the source has "mismo"s; the noun after it is rendered, and
  straight after "the" (the slot of "same" is empty: "the day"; a reworded phrase renders
  no noun, "year on year" for "el mismo periodo del año anterior", or moves the sameness
  into a verb, "shared a building with" for "compartido el mismo edificio que");
* an ordinal from "segundo" to "décimo" follows a determiner or an article, before a
  noun or an adjective, the noun it picks out (within three words) is rendered (not
  "la segunda vuelta" → "the runoff", one term for the two), and no word of the
  translation says it ("seventh", "7th"); a plural after a figure is a fraction ("dos
  décimas") and has no determiner.

Direct Apertium pairs, Spanish sources (the words of :mod:`lexical_diff`); run on the
pairs nothing else reports at >= major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, partners
from aligner.drift.signals import Finding, removed_source_word
from aligner.drift.text import fold
from aligner.textutil import quote


def _set(text: str) -> frozenset[str]:
    return frozenset(x.strip() for x in text.split(",") if x.strip())


# English words that say "mismo" (or carry it in another shape).
SAME = _set(
    "same, itself, themselves, himself, herself, myself, ourselves, yourself, identical, "
    "very, similar, equal, likewise, also, too, both, simultaneously, meanwhile, while, "
    "concurrently, once, single, alike"
)
ORDINALS = {
    "segundo": _set("second, 2nd"),
    "tercero": _set("third, 3rd"),
    "cuarto": _set("fourth, 4th"),
    "quinto": _set("fifth, 5th"),
    "sexto": _set("sixth, 6th"),
    "septimo": _set("seventh, 7th"),
    "octavo": _set("eighth, 8th"),
    "noveno": _set("ninth, 9th"),
    "decimo": _set("tenth, 10th"),
}
_ARTICLES = frozenset("el la los las del al lo".split())
_DETERMINERS = _ARTICLES | frozenset(
    "su sus este esta estos estas ese esa esos esas nuestro nuestra mi mis tu tus un una".split()
)
_WORD = re.compile(r"[^\W_]+")


def _key(w: Word) -> str:
    """The word's folded lemma, its last word for a unit ("el mismo" → "mismo")."""
    parts = fold(w.lemma).split()
    return parts[-1] if parts else ""


def _after_article(src: Sequence[Word], i: int, articles: frozenset[str]) -> bool:
    """Whether word ``i`` follows one of ``articles``, or is a unit that opens with one."""
    if len(src[i].lemma.split()) > 1:
        return True
    return i > 0 and fold(src[i - 1].surface) in articles


def _lost_same(src, tgt, i: int, words: list[str], mine: Sequence[int]) -> bool:
    if not _after_article(src, i, _ARTICLES):
        return False
    if sum(1 for w in src if _key(w) == "mismo") <= sum(1 for x in words if x in SAME):
        return False
    if i + 1 >= len(src) or src[i + 1].pos != "n" or fold(src[i + 1].lemma) == "tiempo":
        return False
    j = mine[i + 1]
    return j > 0 and fold(tgt[j - 1].surface) == "the"


def _lost_ordinal(src, i: int, words: list[str], mine: Sequence[int]) -> bool:
    if not _after_article(src, i, _DETERMINERS):
        return False
    if i + 1 >= len(src) or src[i + 1].pos not in ("n", "np", "adj"):
        return False
    # The noun it picks out is rendered: "la segunda vuelta" → "the runoff" renders the
    # two words as one term ("vuelta" by nothing), not a round with its ordinal lost.
    noun = next((k for k in range(i + 1, min(i + 4, len(src))) if src[k].pos in ("n", "np")), -1)
    if noun < 0 or mine[noun] < 0:
        return False
    return not any(x in ORDINALS[_key(src[i])] for x in words)


def removed_same(
    src: Sequence[Word],
    tgt: Sequence[Word],
    text: str,
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> Word | None:
    """The source's "mismo" or ordinal the translation leaves out, or None."""
    if src_lang != "es":
        return None
    mine = links[0] if links else partners(src, tgt, "source")
    words = _WORD.findall(text.lower())
    for i, w in enumerate(src):
        if w.pos not in ("adj", "det"):
            continue
        key = _key(w)
        if key == "mismo" and _lost_same(src, tgt, i, words, mine):
            return w
        if key in ORDINALS and _lost_ordinal(src, i, words, mine):
            return w
    return None


def check_removed_same(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a "mismo" or an ordinal nothing renders."""
    return removed_source_word(
        src,
        tgt,
        analysed,
        links,
        removed_same,
        lambda w: (
            f"The source's {quote(w.surface)} says which one is meant, and nothing in the "
            "translation renders it (no word of the kind that says it)."
        ),
    )
