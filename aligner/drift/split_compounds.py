"""A fixed compound of the source of which the translation keeps only the head (docs/drift.md,
"Session 32 (drift37b)").

Apertium's analyser reads some Spanish noun phrases as one unit ("seres humanos", "primer
ministro", "vías respiratorias"), and its dictionary gives the English compound that names
the same thing ("human being", "prime minister", "respiratory tract"). A translation that
keeps only the compound's head names something else or something wider: "two million
beings", "he wants to be minister". One that keeps neither word has reworded the unit (the
word readers' business), and one that keeps both has rendered it.

So: a source unit of two or more words, a noun or an adjective by Apertium's tag, that no
translation word renders (:func:`lexical_diff.partners`), with no dictionary translation
whose every word is in the translation, and one of two or more words (three letters or
more) whose last word, the head, is in the translation (the same first five letters, or a
WordNet synonym of a translation content word) and renders no other source noun, while a
word before it is nowhere in the translation.

Measured before it shipped: on DEMETR fr>es it finds "Two million [human] beings" and "to
be [prime] minister"; of the 105 such units in the sources of DEMETR's and corpora dev's
and dev2's faithful pairs and ContraTICO's label-0 pairs of slices fit, A and C, it
reports none (ContraTICO's "in humans" for "en el ser humano" keeps the modifier, not the
head). An omission (major). Direct Apertium pairs only (the words of :mod:`lexical_diff`);
run on the pairs nothing else reports at >= major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, partners, reportable, synonyms
from aligner.drift.signals import Finding, removed_word
from aligner.drift.text import fold
from aligner.textutil import quote

_FUNCTION = frozenset("the and for with from into".split())


def _parts(translation: str) -> list[str]:
    return [p for p in translation.split() if len(p) >= 3 and p not in _FUNCTION]


def _said(part: str, tgt: Sequence[Word]) -> int:
    """The index of a translation word that says ``part`` (the same word or the same first
    five letters first, then a WordNet synonym of a content word), or -1."""
    p = fold(part)
    for j, w in enumerate(tgt):
        x = fold(w.surface)
        if x == p or (min(len(x), len(p)) >= 4 and x[:5] == p[:5]):
            return j
    return next((j for j, w in enumerate(tgt) if w.content and synonyms(w.lemma, part)), -1)


def split_compound(
    src: Sequence[Word], tgt: Sequence[Word], links: tuple[list[int], list[int]] | None = None
) -> tuple[Word, str, str, Word] | None:
    """(the source unit, its English compound, the missing word, the kept head), or None."""
    back = links[1] if links else partners(tgt, src, "target")
    for i, w in enumerate(src):
        if " " not in w.surface or w.pos not in ("n", "adj"):
            continue
        if not reportable(w, "es", i == 0):  # a name ("la Audiencia Nacional")
            continue
        # The partners may pair the unit by its Spanish head's stem ("sistema nervioso" ↔
        # "system"): read the unit's translations themselves.
        compounds = sorted(t for t in w.trans if len(_parts(t)) >= 2)
        if any(all(_said(p, tgt) >= 0 for p in _parts(t)) for t in w.trans if _parts(t)):
            continue
        for t in compounds:
            parts = _parts(t)
            head = _said(parts[-1], tgt)
            # The head must not be another source noun's rendering ("el ministro").
            if head < 0 or (back[head] not in (-1, i) and src[back[head]].pos == "n"):
                continue
            if any(_said(p, tgt) >= 0 for p in parts[:-1]):
                continue  # a modifier kept: the compound reworded, not cut to its head
            missing = parts[-2]
            # A content word before the head that renders nothing may say the missing one
            # in other words ("punto crítico" → "tipping point").
            j = head - 1
            while j >= 0 and tgt[j].surface in ("-", "‐"):
                j -= 1
            free = j >= 0 and back[j] < 0 and (tgt[j].content or not tgt[j].known)
            if not free:
                return w, t, missing, tgt[head]
    return None


def check_split_compound(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a source compound whose head alone the translation keeps;
    ``links``: :func:`partners` both ways, when already computed."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    found = split_compound(analysed[0], analysed[1], links)
    if found is None:
        return []
    w, compound, missing, head = found
    return [
        removed_word(
            (w.start, w.end) if w.start >= 0 else None,
            (head.start, head.end) if head.start >= 0 else None,
            f"The source's {quote(w.surface)} (in English {quote(compound)}) is rendered "
            f"only in part: the translation keeps {quote(head.surface)} but has nothing "
            f"for {quote(missing)}.",
        )
    ]
