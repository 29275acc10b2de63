"""An act the translation says was avoided, refused or prevented where the source says
nothing of the kind (docs/drift.md, "Session 36 (drift41a)").

The mirror of :mod:`avoided_acts`: "performing evaluations, [avoiding] assigning
responsibility", "establishments [refusing] service", "treated by [preventing]
complications" turn a done act into one not done, yet no negation is added, so the
negation reader (which counts "not", "no", "never") does not see it. A verb of avoiding,
preventing, refusing or neglecting (:data:`AVOID_EN`; not "fail", which also says an
exam not passed: "suspendió el examen" → "failed the test") is an addition (major)
when

* the source (Spanish, or the Spanish a pivot route went by) has no negation (:data:`NOT_ES`)
  and no word that begins as a Spanish verb or noun of avoiding, stopping, refusing,
  failing, protecting or fighting does (:data:`AVOID_ES`: "evit", "imped", "prevenc",
  "rechaz", "negar", "fall", "fracas", "frena", "limit", "proteg", "contra" …: a faithful
  "prevent" renders one of them, or a "para que no");
* the literal MT has no negation and no English word of that kind (:data:`NOT_MT`);
* no source word shares the verb's first five letters (a cognate left untranslated);
* the MT left no word untranslated that the translation does not keep (a word with its
  first five letters, or the same word: :func:`added_adverbs._unkept`), whatever its
  case: any such word ("Déni de servicio", a French noun of denial at the start of a
  proxy's sentence) may be what the verb renders.

Token work on the texts the pipeline has (no word analysis); it runs on every pair with
an MT.
"""

from __future__ import annotations

import re

from aligner.drift.added_adverbs import COGNATE, _unkept, read_added
from aligner.drift.signals import Evidence, Finding, Reading, Side
from aligner.drift.text import Tok, tokenize, words

# English verbs of avoiding, preventing, refusing and neglecting, in their
# verb forms only ("failure", "refusal" are nouns a translator may build from a
# "no" the negation reader counts).
AVOID_EN = re.compile(
    r"^(?:(?:avoid|prevent|neglect|refrain|eschew|sidestep)(?:s|ed|ing)?|"
    r"(?:refus|evad|dodg)(?:e|es|ed|ing)|shun(?:s|ned|ning)?)$"
)
# A literal MT that says something is not done, kept off or fought.
NOT_MT = re.compile(
    r"^(?:not|no|never|nor|none|nobody|nothing|neither|without|n't|against|lack\w*|"
    r"avoid\w*|prevent\w*|refus\w*|fail\w*|neglect\w*|refrain\w*|evad\w*|eschew\w*|"
    r"shun\w*|dodg\w*|sidestep\w*|imped\w*|hinder\w*|stop\w*|block\w*|den(?:y|ie\w*)|"
    r"reject\w*|declin\w*|omit\w*|elud\w*|abstain\w*|resist\w*|halt\w*|curb\w*|"
    r"contain\w*|limit\w*|reduc\w*|fight\w*|combat\w*|protect\w*|miss\w*|ban\w*|"
    r"prohibit\w*|forb\w*|abandon\w*|quit\w*|ceas\w*)$"
)
NOT_ES = frozenset("no ni nunca jamas sin nadie nada ningun ninguna ninguno tampoco".split())
AVOID_ES = (
    "evit", "impid", "imped", "previn", "preven", "negar", "nieg", "nego", "rechaz",
    "rehus", "fall", "fracas", "omit", "elud", "esquiv", "absten", "resist", "sorte",
    "frena", "conten", "contien", "bloque", "obstacul", "deten", "parar", "dej", "descuid",
    "incumpl", "renunci", "abandon", "prohib", "veta", "protec", "proteg", "combat",
    "luch", "contra", "limit", "reduc", "neglig", "deni",
)  # fmt: skip


def avoidance_added(src: str, tgt: str, mt: Reading | None) -> Tok | None:
    """The translation's first verb of avoiding, preventing or refusing that neither the
    source (Spanish) nor its literal MT has any trace of; None when there is none."""
    if mt is None:
        return None
    t_words = words(tokenize(tgt))
    said = [k for k, t in enumerate(t_words) if AVOID_EN.match(t.fold)]
    if not said:
        return None
    s_folds = [t.fold for t in words(tokenize(src))]
    if any(f in NOT_ES or f.startswith(AVOID_ES) for f in s_folds):
        return None
    if any(NOT_MT.match(t.fold) for t in mt.ws) or _unkept(mt, t_words).unknown:
        return None
    for k in said:
        if not any(f.startswith(t_words[k].fold[:COGNATE]) for f in s_folds):
            return t_words[k]
    return None


def check_added_avoidance(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """An addition (major) at a verb of avoiding, preventing or refusing the source has
    no trace of."""
    return read_added(
        src,
        tgt,
        ev,
        avoidance_added,
        ": an act not done, which nothing in the source or its literal translation says.",
    )
