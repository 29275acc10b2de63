"""A word of restriction the translation adds: "only", "solely", "merely", "exclusively"
where nothing in the source restricts (docs/drift.md, "Session 31 (drift36b)").

"The sample shows plumage belonging [only] to an adult" and "the [only] eclipse" say that
nothing else is so, which the source may not say. Faithful translations often have an
"only" with no single source word under it: the Spanish "no … más que", "no … sino", "se
limitó a", "apenas", and the French "ne … que" a proxy's Spanish keeps as "no … que"; so
the reading is by the whole sentence, as :mod:`added_adverbs` reads its classes. A word
of the list is an addition (major) when

* it is not "not only" (the first half of "not only … but also", which renders "no solo …
  sino también" or an "además"), nor followed anywhere by "but also";
* no source word (Spanish, or the Spanish a pivot route went by) begins as a Spanish word
  of restriction does (:data:`aligner.lang.es_stems.RESTRICTION_STEMS`: "solo", "único",
  "exclusivo", "apenas", "mero", "limitar" …; and "seul", "uniq", the French words a
  proxy leaves untranslated), and the source has no "nada más" nor a "no" followed, within
  the sentence, by "que", "sino" or "hasta";
* the literal MT has no English word of restriction
  (:data:`aligner.lang.en_cues.RESTRICTION_MT`: "only", "alone", "just", "single",
  "sole", "unique", "simply", "limited" …).

Token work on the texts the pipeline has (no word analysis); it runs on every pair with
an MT.
"""

from __future__ import annotations

import re

from aligner.drift.pivot_words import pivot_text
from aligner.drift.signals import Evidence, Finding, Side, added_word
from aligner.drift.text import Tok, tokenize, words
from aligner.lang.en_cues import RESTRICTION, RESTRICTION_MT
from aligner.lang.es_stems import RESTRICTION_STEMS
from aligner.textutil import fold_accents, quote

# "no … que", "no … sino" within one sentence, "nada más" (folded text): a restriction
# said in two words. "no … hasta" is "not until", which English says "only then" ("No fue
# hasta 2010 cuando se aprobó" → "It was only in 2010 that…"; session 33, drift38c).
# "no pasar de" before a determiner is "only" too ("no pasó del empate" → "could only
# draw"; :data:`aligner.lang.es_cues_more.NOT_BEYOND`).
_NOT_BUT = re.compile(
    r"\bno\b[^.;:!?]*\b(?:que|sino|hasta)\b|\bnada mas\b"
    r"|\bno (?:pas\w*|(?:fue|va|iba|ira) mas alla) "
    r"de(?:l| la| las| los| un| una| unos| unas| ser)\b"
)


def _restricts(src: str) -> bool:
    """Whether the source (Spanish) has a word or a "no … que" that may say "only"."""
    folds = [t.fold for t in words(tokenize(src))]
    if any(f.startswith(RESTRICTION_STEMS) for f in folds):
        return True
    return bool(_NOT_BUT.search(fold_accents(src)))


def restriction_added(src: str, tgt: str, mt: str) -> Tok | None:
    """The translation's first word of restriction that neither the source (Spanish) nor
    its literal MT has any trace of; None when there is none."""
    t_words = words(tokenize(tgt))
    said = [k for k, t in enumerate(t_words) if t.fold in RESTRICTION]
    if not said or _restricts(src):
        return None
    if any(f in RESTRICTION_MT for f in (t.fold for t in words(tokenize(mt)))):
        return None
    folds = [t.fold for t in t_words]
    for k in said:
        if k > 0 and folds[k - 1] == "not":
            continue
        if any(folds[m : m + 2] == ["but", "also"] for m in range(k + 1, len(folds))):
            continue
        return t_words[k]
    return None


def check_added_restriction(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An addition (major) at a word of restriction the source has no trace of (English
    translations; Spanish sources, or the Spanish a pivot route went by)."""
    if tgt.lang[:2] != "en" or ev.mt is None:
        return []
    spanish = src.text if src.lang[:2] == "es" else pivot_text(ev)
    if not spanish:
        return []
    word = restriction_added(spanish, tgt.text, ev.mt.text)
    if word is None:
        return []
    message = (
        f"The translation adds {quote(word.text)}, a restriction that nothing in the "
        f"source or its literal translation makes."
    )
    return [added_word((word.start, word.end), message)]
