"""A source noun or verb cut out, read on the source side: the words on its two sides
are rendered side by side in the translation (docs/drift.md, "Session 19, drift24d").

:mod:`closed_gaps` asks the literal MT's two neighbours of a word to stand side by side in
the translation, letter for letter; a translator's other choice of a preposition or an
auxiliary beside the cut ("has been removed of the place" → "was from the crash site")
hides the gap from it. Here the neighbours are the source's own: a source noun or verb
is reported as removed (an omission, major) when all of these hold:

* nothing in the translation renders it (:func:`lexical_diff.partners`), nor any word of
  any of its dictionary renderings, in any form or through a WordNet synonym;
* the source words straight before and after it are rendered by two words that stand
  side by side in the translation, in the same order: a function word through its own
  dictionary rendering ("sido" → "was", "del" → "from"), a content word also through
  the pairing :func:`partners` found;
* no translation word that nothing in the source renders lies within
  :data:`closed_gaps.WINDOW` words of where they meet (a reworded phrase puts its new
  words there), nor a currency or percent sign (a symbol stands for "dólares");
* it is not a word Spanish places where English would not, read off its neighbours: not
  before an adjective or an adverb ("los plus bajos" → "the lowest", "el impacto
  económico" → "the economic impact"), not after a determiner (a demonstrative stands
  alone in English: "Esta cifra podría" → "This could"), a figure ("siete días"), nor a
  noun after a noun or an adjective (one of the two a modifier: "jóvenes adultas" →
  "youth"), not a participle after a noun
  ("alumnos salidos de" → "students from"), not a verb before a verb ("nos tocó perder"
  → "we lost").

Direct Apertium pairs only (the dictionary's analyses); run in the quiet pass, on the
pairs nothing reports at >= major, with the words the grammar check reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.closed_gaps import _FUNCTION, WINDOW, _present
from aligner.drift.lexical_diff import Word, free_word, in_locution, partners, reportable
from aligner.drift.nonfinite_holes import faithfully_unsaid
from aligner.drift.signals import Finding, removed_word
from aligner.drift.text import fold
from aligner.textutil import quote

_REMOVABLE = frozenset(("n", "vblex"))
# A Spanish modifier after its noun, which English puts before it.
_MODIFIERS = frozenset(("adj", "adv", "preadv"))
_VERBS = frozenset(("vblex", "vbser", "vbhaver", "vbmod", "vaux"))
_SYMBOLS = frozenset("$€£¥%")
# Spanish participles: after a noun they are adjectives a translation may drop
# ("alumnos salidos de" → "students from").
_PARTICIPLE = ("ado", "ido", "ada", "ida", "to", "ta", "cho", "cha")
# Spanish verbs used as a copula before a participle (session 33, drift38c).
_COPULAS = frozenset(("quedar", "quedarse", "permanecer", "resultar"))


def _renders(src: Word, tgt: Word, paired: bool) -> bool:
    """Whether translation word ``tgt`` renders source word ``src``: by the dictionary,
    or (``paired``: :func:`partners` chose it) a content word's pairing."""
    if tgt.lemma in src.trans or fold(tgt.surface) in src.trans:
        return True
    return paired and src.content and fold(tgt.surface) not in _FUNCTION


def _placed(src: Sequence[Word], i: int) -> bool:
    """Whether source word ``i``'s neighbours allow reading its loss as a cut."""
    w, left, right = src[i], src[i - 1], src[i + 1]
    if not (left.surface[:1].isalnum() and right.surface[:1].isalnum()):
        return False
    if right.pos in _MODIFIERS or left.pos in ("det", "num") or left.lemma[:1].isdigit():
        return False
    if w.pos == "n" and left.pos in ("n", "np", "adj"):
        return False
    if w.pos == "vblex" and right.pos in _VERBS:
        return False
    participle = not w.finite and fold(w.surface).rstrip("s").endswith(_PARTICIPLE)
    # A participle after the copula "quedar" ("quedó interrumpido" → "was halted"): the
    # translation's verb may be paired with the copula, which has no word of its own.
    if participle and left.lemma in _COPULAS:
        return False
    return not (w.pos == "vblex" and participle and left.pos in ("n", "np"))


def _verb_before_no(w: Word, left: Word, tgt: Sequence[Word], j: int) -> bool:
    """A verb after "no" that English puts before it ("no presenta síntomas" → "have no
    symptoms", "no mostró signos" → "showed no signs"): the translation's verb right
    before the "no" the source's renders, a finite verb, may render it (session 33, drift38c)."""
    if w.pos != "vblex" or fold(left.surface) != "no" or fold(tgt[j].surface) != "no":
        return False
    return j > 0 and tgt[j - 1].pos in _VERBS and tgt[j - 1].finite


def closed_around(
    src: Sequence[Word],
    tgt: Sequence[Word],
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, Word, Word] | None:
    """(the removed source word, the two translation words that met where it was), or
    None."""
    mine, back = links or (partners(src, tgt, "source"), partners(tgt, src, "target"))
    folds = [p for w in tgt for p in fold(w.surface).split()]
    pairs = enumerate(zip(tgt, back, strict=True))
    free = [k for k, (w, p) in pairs if p < 0 and free_word(w, "en")]
    for i in range(1, len(src) - 1):
        w = src[i]
        if mine[i] >= 0 or w.pos not in _REMOVABLE or not w.content:
            continue
        if not reportable(w, src_lang) or in_locution(src, i, src_lang) or not _placed(src, i):
            continue
        if faithfully_unsaid(src, i):
            continue  # session 40: "sin ganar un punto" → "without a point"
        parts = {p for r in w.trans for p in fold(r).split() if len(p) > 2} - _FUNCTION
        if not parts or any(_present(p, folds) for p in parts):
            continue
        left, right = src[i - 1], src[i + 1]
        for j in range(len(tgt) - 1):
            if not (
                _renders(left, tgt[j], mine[i - 1] == j)
                and _renders(right, tgt[j + 1], mine[i + 1] == j + 1)
            ):
                continue
            if any(j - WINDOW <= k <= j + 1 + WINDOW for k in free):
                break
            if any(x.pos == "mon" or x.surface in _SYMBOLS for x in tgt[max(0, j - 2) : j + 3]):
                break
            if _verb_before_no(w, left, tgt, j):
                break
            return w, tgt[j], tgt[j + 1]
    return None


def check_closed_around(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a source noun or verb whose neighbours' renderings meet."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    found = closed_around(analysed[0], analysed[1], src.lang[:2], links)
    if found is None:
        return []
    word, a, b = found
    span = (a.start, b.end) if a.start >= 0 and b.end >= 0 else None
    kept = tgt.text[a.start : b.end] if span else f"{a.surface} {b.surface}"
    return [
        removed_word(
            (word.start, word.end) if word.start >= 0 else None,
            span,
            f"The source's {quote(word.surface)} has nothing rendering it in the "
            f"translation, where the words rendering its two neighbours stand side by "
            f"side ({quote(kept)}): it seems to have been left out.",
        )
    ]
