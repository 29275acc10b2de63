"""A time of day whose half of the day the translation loses (docs/drift.md, "Session 33
(drift38a)").

Spanish (and the proxies' French and Italian) write the 24-hour clock: "a las 23:35",
"alle 20:30". English news writes the 12-hour clock and says which half: "at 11:35 pm",
"at 8.30 in the evening". The number check compares times modulo twelve hours (so that
"23:35" and "11:35 pm" match), which also lets "at 11:35" — a reader takes it for the
morning — and "at 11:35 am" stand for "23:35". A source time from 13:00 to 23:59 whose
translation has the same time on the 12-hour clock is a change:

* the translation marks it "am" / "a.m.": it says the morning (critical, like any
  figure changed);
* it marks nothing (or writes the hour as a figure, "at 9.00" for "a las 21.00 horas"),
  and no word of the translation says the afternoon, the evening or
  the night ("pm", "p.m.", "afternoon", "evening", "night", "tonight"): it reads as the
  morning (major: English leaves a time bare where the context says which half, which
  the sentence would show).

Times the source writes with a half of its own ("las 11 de la noche") have an hour below
13 and are left alone.
"""

from __future__ import annotations

import re

from aligner.drift.quantities import Quantity
from aligner.textutil import quote

# A time on the hour written with a full stop ("at 9.00"), which the number check reads
# as a figure.
_ON_THE_HOUR = re.compile(r"\d{1,2}\.00")
_MORNING_MARK = re.compile(r"\ba\.?\s?m\b", re.IGNORECASE)
_LATE_WORDS = re.compile(
    r"\b(?:p\.?\s?m\b|afternoons?|evenings?|nights?|tonight|midnight|overnight)",
    re.IGNORECASE,
)


def half_lost(a: Quantity, b: Quantity, tgt_text: str) -> tuple[str, str] | None:
    """(severity, message) where source time ``a`` (after noon, 24-hour clock) is
    translation time ``b`` read in the morning; None otherwise."""
    if a.kind != "time":
        return None
    minutes = b.value
    if b.kind == "number" and _ON_THE_HOUR.fullmatch(b.text.strip()):
        minutes = b.value * 60  # "9.00": a figure to the number check, which "21.00" matches
    elif b.kind != "time":
        return None
    hour_a, hour_b = divmod(int(a.value), 60)[0], divmod(int(minutes), 60)[0]
    if not 13 <= hour_a <= 23 or hour_b != hour_a - 12 or a.value - minutes != 720:
        return None
    if _MORNING_MARK.search(b.text):
        return "critical", (
            f"The source's {quote(a.text)} is after noon (a 24-hour time), but the "
            f"translation's {quote(b.text)} is in the morning."
        )
    if _LATE_WORDS.search(tgt_text):
        return None
    return "major", (
        f"The source's {quote(a.text)} is after noon (a 24-hour time); the translation's "
        f"{quote(b.text)} does not say so (no «pm» nor a word of the evening), and reads as "
        "a morning time."
    )
