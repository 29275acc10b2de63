"""A person's gender changed between two subjects the source leaves unsaid: "Llegó tarde y
se fue pronto" → "She arrived late and he left early" (DEMETR's `critical:gender`;
docs/drift.md, "Session 23 (drift28c)").

Spanish drops a subject pronoun where the subject goes on from the clause before, and
says "él" / "ella" where it changes: dropped subjects carry one person through the
sentence. A translation whose subject pronouns are "he" and "she" both therefore renders
two persons where the source names none. Reported when

* the translation has "he" and "she" (subject pronouns) both;
* the source marks no person and names none whose gender it leaves open
  (:func:`aligner.drift.person_gender.source_persons`: no "él" / "ella", person noun, given
  name, surname or unknown capitalised word), and has no third-person object clitic
  ("La llamó y no contestó" → "He called her and she did not answer": the clitic brings
  in the second person);
* the literal MT has neither pronoun (Apertium writes them only for "él" / "ella").

The finding stands at the translation's first "she" or "he", whichever gender it uses
less (the first pronoun when as often): which of the two is the changed one the sentence
does not say. Reported as a `meaning` finding (major), as the other gender readings.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.clitic_gender import clitics
from aligner.drift.signals import Finding
from aligner.textutil import quote

_SUBJECTS = ("he", "she")


def check(
    units: Sequence[tuple[str, str]],
    marked: set[str],
    unmarked: bool,
    tgt_ws: Sequence,
    mt_ws: Sequence | None,
) -> list[Finding]:
    """Subject pronouns of both genders where the source names nobody (module docstring).
    ``marked`` / ``unmarked``: :func:`person_gender.source_persons`'s reading of ``units``."""
    if marked or unmarked or clitics(units):
        return []
    if mt_ws is not None and any(t.text.lower() in _SUBJECTS for t in mt_ws):
        return []
    at = {p: [t for t in tgt_ws if t.text.lower() == p] for p in _SUBJECTS}
    if not all(at.values()):
        return []
    fewer = min(_SUBJECTS, key=lambda p: (len(at[p]), at[p][0].start))
    word = at[fewer][0]
    other = next(p for p in _SUBJECTS if p != fewer)
    return [
        Finding(
            "meaning",
            "major",
            0.5,
            None,
            (word.start, word.end),
            f"The translation says {quote(word.text)} and {quote(at[other][0].text)} of "
            f"subjects the source leaves unsaid, which carry one person through it.",
            "drift.meaning",
        )
    ]
