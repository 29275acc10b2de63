"""An act the source says was avoided, the translation says was done (docs/drift.md,
"Session 30, lead").

"Sanz evitó criticar al seleccionador" → "Sanz criticised the coach" turns the statement
round. The negation reader cannot count "evitar" + an infinitive as a negation: it is
rendered by a refusal as often as by "avoid" ("evitó dar detalles" → "declined to give
details"), by a plain "not", by "rather than", and counted against those it would take
another negation's place. It is read here on its own, from closed lists:

* the source (Spanish; for a source that reaches English through Spanish, the pivot's
  Spanish) has "evitar" in any form before an infinitive ("evitó criticar", "evitar de
  tocar", the French calque Apertium writes);
* the translation has no negation, no verb of avoiding, refusing or stopping, and no
  "rather than", "instead of" or "without" anywhere (:data:`NOT_DONE_EN`): the lists
  err on the side of silence.

A meaning change (major) at the source's words.
"""

from __future__ import annotations

import re

from aligner.drift.pivot_words import spanish_reading
from aligner.drift.signals import Evidence, Finding, Side
from aligner.textutil import quote

# "evitar" in any form, "de" allowed, then an infinitive (a clitic may follow it).
_AVOIDED_ES = re.compile(
    r"\bevit\w*\s+(?:de\s+)?\w{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b", re.IGNORECASE
)
# English that keeps the act undone: negations, verbs of avoiding, refusing, stopping,
# and the comparisons that say one thing instead of another.
NOT_DONE_EN = re.compile(
    r"\b(?:not|no|never|nor|none|nobody|nothing|neither|without|avoid\w*|refrain\w*|"
    r"refus\w*|declin\w*|prevent\w*|stop\w*|ceas\w*|shun\w*|dodg\w*|sidestep\w*|evad\w*|"
    r"eschew\w*|resist\w*|spar\w*|kept|keep\w*|stay\w*\s+away|steer\w*\s+clear|"
    r"rather\s+than|instead\s+of|away\s+from|free\s+of|minimi[sz]\w*|reduc\w*|limit\w*|"
    r"prohibit\w*|ban\w*|forb\w*)\b|n't\b",
    re.IGNORECASE,
)


def avoided_act(spanish: str, english: str) -> tuple[int, int] | None:
    """Where ``spanish`` avoids an act that ``english`` states with nothing undone."""
    found = _AVOIDED_ES.search(spanish)
    if found is None or NOT_DONE_EN.search(english):
        return None
    return found.span()


def check_avoided_act(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A meaning change (major) where the translation does what the source avoids
    (English translations; Spanish sources, or the Spanish of a pivot route)."""
    reading = spanish_reading(src, tgt, ev)
    if reading is None:
        return []
    spanish, direct = reading
    span = avoided_act(spanish, tgt.text)
    if span is None:
        return []
    message = (
        f"The source says the act was avoided ({quote(spanish[span[0] : span[1]])}); the "
        "translation has no negation or word of avoiding and states it as done."
    )
    return [
        Finding("meaning", "major", 0.6, span if direct else None, None, message, "drift.avoided")
    ]
