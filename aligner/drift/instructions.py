"""Instructions: a source imperative rendered "you must …", "you need to …".

Advice and rules are written in the imperative in Spanish ("Si tenéis fiebre, llamad a
vuestro médico", "Lávese las manos") and as often with a modal verb in English ("If you
have a fever, you need to call your doctor", "You must wash your hands"). The modal verb
says what the imperative says; read alone it is an obligation (or a recommendation) the
source does not express. The source's mood is read off its literal MT: Apertium renders
an imperative as an English one, the verb opening its clause with no subject ("If have
fever, call to your doctor"). So an obligation or a recommendation the translation adds
is an instruction when its subject is "you" and the verb it governs opens a clause of
the MT. "Llamaréis al médico" → MT "You will call" → "You must call" stays reported.
"""

from __future__ import annotations

from aligner.drift.signals import Reading, Side
from aligner.drift.text import Cue

# Words between "you" and the modal verb ("you will need to", "you really must").
_BETWEEN = frozenset("will 'll would really still also then".split())
# Words that may come before an MT imperative inside its clause ("and avoid", "then
# call", "please call").
_LEADS = frozenset("and then please also so".split())


def _addressed(tgt: Side, cue: Cue) -> bool:
    """Whether "you" is the subject of the cue ("you need to", "you will have to")."""
    k = cue.start - 1
    while k >= 0 and tgt.ws[k].norm in _BETWEEN:
        k -= 1
    return k >= 0 and tgt.ws[k].norm == "you" and cue.start - k <= 3


def _governed_verb(tgt: Side, cue: Cue) -> str | None:
    """The first word after the cue that is not "to" or "be" ("need to call" → "call")."""
    for t in tgt.ws[cue.end : cue.end + 3]:
        if t.norm not in ("to", "be", "not"):
            return t.norm
    return None


def _opens_clause(mt: Reading, k: int) -> bool:
    """Whether MT word ``k`` opens a clause: the first word of a sentence, or after a
    comma, a semicolon or a colon, or after "and"/"then" that follow one."""
    while k > 0 and mt.ws[k - 1].norm in _LEADS:
        k -= 1
    if k == 0 or mt.ws[k].initial:
        return True
    between = mt.text[mt.ws[k - 1].end : mt.ws[k].start]
    return any(c in between for c in ",;:")


def is_instruction(tgt: Side, cue: Cue, mt: Reading | None) -> bool:
    """Whether the translation's modal cue renders an imperative of the source."""
    if mt is None or not _addressed(tgt, cue):
        return False
    verb = _governed_verb(tgt, cue)
    if verb is None or len(verb) < 2:
        return False
    return any(t.norm == verb and _opens_clause(mt, k) for k, t in enumerate(mt.ws))
