"""A light adverb of addition, sequence, time or confirmation that the translation leaves
out (docs/drift.md, "Session 19 (drift24a): removed adjectives and adverbs").

The word checks never report a light word alone (:data:`lexical_diff.LIGHT`: a translator
drops "muy", "así" or "ya" freely, and the dictionary pairs "igualmente" only with
"equally", never with the "also" a translator writes). A few of those adverbs still
carry a statement of their own that a faithful translation keeps: that something holds
as well ("igualmente", "también"), in a stated order ("respectivamente", "luego",
"entonces"), now ("ahora"), for certain ("efectivamente") or only nearly ("casi"). For
those this module lists the English words that render them, and reports the adverb when
the translation has none of them anywhere (not only where the dictionary looks).

Degree and manner adverbs ("muy", "mucho", "menos", "así"), "ya" (a discourse particle
as often as "already"), "cerca" (mostly "cerca de", a preposition), and "antes",
"aquí", "todavía", "siempre" (each dropped in one faithful ContraTICO pair) are not in
the list: measured, they cost faithful pairs.

An omission (major). Direct Apertium pairs only (the words of :mod:`lexical_diff`); run
on the pairs nothing else reports at >= major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, in_locution, partners
from aligner.drift.signals import Finding, removed_word
from aligner.drift.text import fold
from aligner.textutil import quote

# Spanish adverb (folded lemma) → the English words or phrases that render it.
RENDERINGS: dict[str, frozenset[str]] = {
    lemma: frozenset(x.strip() for x in words.split(","))
    for lemma, words in {
        "igualmente": "also, too, as well, equally, likewise, similarly, same, again, both, "
        "in addition, additionally, besides, plus, either",
        "tambien": "also, too, as well, equally, likewise, similarly, same, again, both, "
        "in addition, additionally, besides, plus, either, even",
        "respectivamente": "respectively, respective, each",
        "entonces": "then, so, therefore, thus, time, consequently, hence, accordingly, "
        "back then, thereafter",
        "luego": "then, later, afterwards, after, next, subsequently, so, therefore, thereafter",
        "ahora": "now, today, currently, present, presently, nowadays, at the moment, "
        "these days, at this point, already",
        "efectivamente": "indeed, actually, effectively, in fact, really, certainly, true, "
        "sure, truly, fact, in effect, in practice",
        "casi": "almost, nearly, about, virtually, practically, close, near, around, some, "
        "roughly, approximately, just, barely, hardly, little, most, all but, verge",
    }.items()
}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _spoken(text: str) -> str:
    """The translation's words, lower case, one space between, padded."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def removed_light_adverb(
    src: Sequence[Word],
    tgt: Sequence[Word],
    text: str,
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> Word | None:
    """The first listed source adverb nothing renders (no word paired with it, none of its
    :data:`RENDERINGS` anywhere in the translation ``text``), or None."""
    if src_lang != "es":
        return None
    mine = links[0] if links else partners(src, tgt, "source")
    spoken = None
    for i, w in enumerate(src):
        if w.pos not in ("adv", "preadv") or mine[i] >= 0 or " " in w.surface:
            continue
        key = fold(w.lemma)
        if key not in RENDERINGS or in_locution(src, i, src_lang):
            continue
        spoken = spoken or _spoken(text)
        if not any(f" {x} " in spoken for x in RENDERINGS[key]):
            return w
    return None


def check_light_adverb(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a listed light adverb the translation does not render."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    w = removed_light_adverb(analysed[0], analysed[1], tgt.text, src.lang[:2], links)
    if w is None:
        return []
    return [
        removed_word(
            (w.start, w.end) if w.start >= 0 else None,
            None,
            f"The source's {quote(w.surface)} has nothing rendering it in the translation "
            "(no word of the kind that says it), though it is part of what the source "
            "states.",
        )
    ]
