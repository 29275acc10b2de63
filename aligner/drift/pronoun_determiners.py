"""A subject's noun cut after its determiner, the determiner left as a pronoun.

"Cada templo disponía de un patio" → "Each had an open courtyard", "Algunas agencias
fiscales consideran…" → "Some consider…", "los dos candidatos esquivaron…" → "the two
dodged…": English reads "each", "some", "the two" as pronouns, so the sentence is good
English and the tag bigrams pass it; what the subject was is gone (DEMETR's "subject
removed"). English alone cannot tell ("Some consider it rude" is a sentence); the
source does. Reported (an omission, major) when:

* a translation word that may stand as a pronoun ("each", "some", "many", "both",
  "several", a number; "the" and a number; not a demonstrative: "esta medida permite…"
  → "This is so that…" refers to what was just said) renders a source determiner,
  quantifier or number straight before a common noun (past at most one adjective),
  and neither the noun nor its adjective has anything rendering it in the translation;
* the translation word after it (past adverbs) is a verb in a tense, an auxiliary or a
  modal, or renders a finite source verb: the determiner is the clause's subject.

Direct Apertium pairs; run on the pairs nothing else reports at >= major
(:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.lexical_diff import Word
from aligner.drift.signals import Finding, removed_word
from aligner.textutil import quote

# Switched off only to measure what the rule does (bench runs).
ENABLED = True

# Quantifiers, not demonstratives: "esta medida permite…" → "This is so that…" is how
# English refers to a measure just described (ContraTICO's faithful pairs).
_PRONOUN_LIKE = frozenset("each some many both several few most either neither".split())
_SOURCE_DETERMINERS = frozenset(("det", "num", "prn"))
_VERB_POS = frozenset(("vblex", "vbser", "vbhaver", "vaux", "vbmod", "vbdo"))
_SKIP = frozenset(("adv", "preadv"))


def _pronoun_like(tw: Sequence[Word], k: int) -> bool:
    w = tw[k]
    low = w.surface.lower()
    if low in _PRONOUN_LIKE:
        return True
    # A number standing alone: "the two dodged", "Two were released".
    return w.pos == "num" and w.surface.isalpha()


def _lost_noun(sw: Sequence[Word], j: int, rendered: Sequence[int]) -> Word | None:
    """The common noun straight after source determiner ``j`` (past one adjective),
    when neither it nor that adjective is rendered."""
    k = j + 1
    if k < len(sw) and sw[k].pos == "adj":
        if rendered[k] >= 0:
            return None
        k += 1
    if k >= len(sw) or sw[k].pos != "n" or not sw[k].known or rendered[k] >= 0:
        return None
    if k + 1 < len(sw) and sw[k + 1].pos == "adj" and rendered[k + 1] >= 0:
        return None  # "agencias fiscales" → "tax": the noun phrase is rendered in part
    return sw[k]


def _verb_after(tw: Sequence[Word], sw: Sequence[Word], back: Sequence[int], k: int) -> bool:
    i = k + 1
    while i < len(tw) and tw[i].pos in _SKIP:
        i += 1
    if i >= len(tw) or not tw[i].surface[:1].isalpha() or tw[i].surface[:1].isupper():
        return False
    w = tw[i]
    if w.pos in _VERB_POS and (w.finite or w.pos != "vblex"):
        return True
    if not w.known and w.surface.endswith("ed"):
        return True  # a past Apertium does not know ("the two dodged")
    j = back[i] if i < len(back) else -1
    return j >= 0 and sw[j].finite and sw[j].pos.startswith("vb")


def pronoun_determiner(
    sw: Sequence[Word], tw: Sequence[Word], links: tuple[Sequence[int], Sequence[int]]
) -> tuple[Word, Word] | None:
    """(the lost source noun, the translation's determiner) of the first such subject."""
    rendered, back = links
    for k, w in enumerate(tw):
        if not _pronoun_like(tw, k):
            continue
        j = back[k] if k < len(back) else -1
        if j < 0 or sw[j].pos not in _SOURCE_DETERMINERS:
            continue
        noun = _lost_noun(sw, j, rendered)
        if noun is None or not _verb_after(tw, sw, back, k):
            continue
        return noun, w
    return None


def check_pronoun_determiner(src, tgt, analysed, links) -> list[Finding]:
    """An omission (major) at a subject noun whose determiner the translation keeps alone."""
    if not ENABLED or analysed is None or links is None or tgt.lang[:2] != "en":
        return []
    found = pronoun_determiner(analysed[0], analysed[1], links)
    if found is None:
        return []
    noun, det = found
    return [
        removed_word(
            (noun.start, noun.end) if noun.start >= 0 else None,
            (det.start, det.end) if det.start >= 0 else None,
            f"The source's {quote(noun.surface)} has nothing rendering it in the "
            f"translation, which keeps its determiner ({quote(det.surface)}) alone as the "
            "subject: a word seems to have been left out.",
        )
    ]
