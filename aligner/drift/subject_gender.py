"""A person's gender changed where the source names nobody: "Llegó tarde y se fue pronto" →
"She arrived late and he left early", "Ha dirigido a los agentes hacia su coche" → "He
directed the officers to her car" (DEMETR's `critical:gender`; docs/drift.md, "Session 23
(drift28c)").

Spanish drops a subject pronoun where the subject goes on from the clause before, and
says "él" / "ella" where it changes: dropped subjects carry one person through the
sentence, and in a sentence that names no one else a "su" is that person's (or a thing's,
or a group's: never a second person of the other gender). A translation whose
third-person pronouns are of both genders ("he" and "she", "he" and "her") therefore
renders two persons where the source names none. Reported when

* the translation has third-person pronouns of both genders (any form: "she", "her",
  "herself" against "he", "him", "his", "himself");
* the source marks no person and names none whose gender it leaves open
  (:func:`aligner.drift.person_gender.source_persons`: no "él" / "ella", person noun, given
  name, surname or unknown capitalised word), and has no third-person object clitic
  ("La llamó y no contestó" → "He called her and she did not answer": the clitic brings
  in the second person);
* the literal MT has neither "he" nor "she" (Apertium writes them only for "él" /
  "ella").

The finding stands at the first pronoun of the gender the translation uses less (the
first pronoun when as often): which of the two is the changed one the sentence does not
say. Reported as a `meaning` finding (major), as the other gender readings.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.clitic_gender import clitics, gender_finding
from aligner.drift.signals import Finding
from aligner.textutil import quote

_PRONOUNS = {
    "m": frozenset(("he", "him", "his", "himself")),
    "f": frozenset(("she", "her", "hers", "herself")),
}
_SUBJECTS = frozenset(("he", "she"))


def check(
    units: Sequence[tuple[str, str]],
    marked: set[str],
    unmarked: bool,
    tgt_ws: Sequence,
    mt_ws: Sequence | None,
) -> list[Finding]:
    """Pronouns of both genders where the source names nobody (module docstring).
    ``marked`` / ``unmarked``: :func:`person_gender.source_persons`'s reading of ``units``."""
    if marked or unmarked or clitics(units):
        return []
    if mt_ws is not None and any(t.text.lower() in _SUBJECTS for t in mt_ws):
        return []
    at = {g: [t for t in tgt_ws if t.text.lower() in forms] for g, forms in _PRONOUNS.items()}
    if not all(at.values()):
        return []
    fewer = min(at, key=lambda g: (len(at[g]), at[g][0].start))
    word = at[fewer][0]
    other = at["m" if fewer == "f" else "f"][0]
    return [
        gender_finding(
            (word.start, word.end),
            f"The translation says {quote(word.text)} and {quote(other.text)} of one person "
            f"the source leaves unnamed.",
            0.5,
        )
    ]
