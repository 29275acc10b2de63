"""A verb removed from before "to": the translation keeps "to" (or "have to") with no
verb after it, where the source has a verb nothing renders (docs/drift.md, "Session 26,
drift31b"): "Many traditions to these holidays" ("tradiciones relacionadas con"), "it is
sufficient to the water" ("suficiente hacer hervir el agua"), "has to significant
breakthroughs" ("ha permitido llegar a"), "may have to buyers" ("ha seducido").

"to" before a determiner, a figure, or an adjective or noun WordNet does not know as a
verb is the preposition, never the infinitive's mark, and English has it after nouns
and adjectives of every kind ("the road to the sea", "close to the river"). So the
source must show the cut, one of:

* "to": the English word before it renders a source word (:func:`lexical_diff.partners`)
  that, within three words and through prepositions and verbs only, is followed by a
  verb in no tense (an infinitive, a participle, a gerund) that nothing renders and
  Apertium knows. "una buena ocasión de visitar" → "a good chance to visit the…" renders
  the verb; "to the" after "traditions" with "relacionadas" unrendered does not. Only
  the word *before* "to" anchors: read from "to" itself (the preposition renders the
  source's "a"), an infinitive after it was a free rendering in faithful text ("para
  transferirse a" → "to the"), measured;
* "have to" (Apertium's one modal word): the source has "haber" in a tense straight
  before a participle nothing renders. The modality check reports the obligation "have
  to" seems to add; this says what was lost.

Direct Apertium pairs, Spanish sources; run on the pairs nothing reports omitted at
>= major (:func:`aligner.drift.headless.check_quiet`). An omission, major.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word, wordnet_parts
from aligner.drift.signals import Finding
from aligner.drift.word_gaps import both_ways, gap_finding, inner
from aligner.textutil import quote

_THROUGH = frozenset(("pr", "vblex", "vbser", "vbhaver", "vbmod"))  # between anchor and verb
_WINDOW = 3  # source words after the anchor where the unrendered verb may stand


def _no_verb(w: Word) -> bool:
    """Whether translation word ``w`` cannot be an infinitive after "to"."""
    if w.pos in ("det", "predet", "num"):
        return True
    if w.pos in ("adj", "n"):
        forms = (w.surface.lower(), w.lemma)
        return not any("vblex" in wordnet_parts(f) for f in forms)
    return False


def _lost_verb(src: Sequence[Word], mine: Sequence[int], s: int) -> Word | None:
    """The unrendered verb in no tense a few words after source word ``s``."""
    for j in range(s + 1, min(len(src), s + 1 + _WINDOW)):
        w = src[j]
        if w.pos == "vblex" and not w.finite and w.known and mine[j] < 0:
            return w
        if w.pos not in _THROUGH:
            return None
    return None


def _lost_participle(src: Sequence[Word], mine: Sequence[int]) -> Word | None:
    """A participle nothing renders straight after "haber" in a tense."""
    for j in range(len(src) - 1):
        h, p = src[j], src[j + 1]
        tensed_haber = h.pos == "vbhaver" and h.finite
        if tensed_haber and p.pos == "vblex" and not p.finite and p.known and mine[j + 1] < 0:
            return p
    return None


def stranded_to(
    src: Sequence[Word],
    tgt: Sequence[Word],
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, Word, Word] | None:
    """(the lost source verb, "to" or "have to", the word after it), or None."""
    mine, back = both_ways(src, tgt, links)
    for i in inner(tgt):
        t, after = tgt[i], tgt[i + 1]
        if not _no_verb(after):
            continue
        if t.surface.lower() == "to" and back[i - 1] >= 0:
            lost = _lost_verb(src, mine, back[i - 1])
        elif t.lemma == "have to" and t.pos == "vbmod":
            lost = _lost_participle(src, mine)
        else:
            continue
        if lost is not None:
            return lost, t, after
    return None


def check_stranded_to(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a source verb whose "to" the translation keeps alone."""
    return gap_finding(
        src,
        tgt,
        analysed,
        links,
        stranded_to,
        lambda k, a: (
            f"whose {quote(k.surface)} stands before {quote(a.surface)} with no verb after it"
        ),
    )
