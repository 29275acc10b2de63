"""Where a person stands before the law: suspected, convicted or cleared (session 35,
lead). "El empresario, investigado por fraude" → "convicted of fraud" makes a suspect
guilty; "condenado" → "accused" undoes a conviction, "absuelto" → "convicted" turns a
verdict round. For a report on a named person each is a claim that may be defamatory,
and none of the other checks reads it: the words are not opposites in WordNet, and the
sentence keeps its figures, names and negations.

Read in English on both sides, the source through its literal MT (Apertium renders these
words one for one: "investigado por" → "researched by", "imputado" → "imputed",
"procesado por" → "processed by", "condenado" → "condemned", "absuelto" → "absolved"),
so every language with an MT route is read alike. A stage is reported only when the MT
has a word of one stage the translation lacks *and* the translation one of another stage
the MT lacks (critical). "Condemned" without a preposition after it is a stance
("condenaron el ataque"), not a verdict: not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import Tok
from aligner.textutil import quote

_STAGES = {
    "suspected": "investigated imputed accused charged indicted prosecuted suspected suspect "
    "suspects arrested detained",
    "convicted": "convicted sentenced guilty",
    "cleared": "acquitted absolved cleared exonerated",
}
_STAGE = {w: stage for stage, ws in _STAGES.items() for w in ws.split()}
# Words of a stage only before a preposition: the MT's renderings of "investigado por",
# "procesado por", "condenado a/por", and "cleared of".
# In English "condemned by the opposition" is a stance, "condemned to six years" a
# sentence; the MT's "condemned by fraud" renders "condenado por fraude". "The road was
# cleared by firefighters" clears nobody.
_BEFORE_PREPOSITION = {
    "researched": ("suspected", ("by", "for")), "processed": ("suspected", ("by", "for")),
    "condemned": ("convicted", ("to", "for")), "cleared": ("cleared", ("of",)),
}  # fmt: skip
_MT_BEFORE = {"condemned": ("to", "for", "by")}
# A stage word after one of these names the person ("the accused", "a suspect", "the
# convicted"), not where they stand: "Los acusados" are the defendants, whatever happens.
_DETERMINERS = frozenset("the a an these those their his her its".split())
_WORDS = {"suspected": "a suspect's", "convicted": "a conviction's", "cleared": "an acquittal's"}


def stages(ws: Sequence[Tok], literal: bool = False) -> dict[str, Tok]:
    """The stages ``ws`` says, each with its first word; ``literal``: ``ws`` is the
    source's literal MT, whose prepositions render the source's."""
    out: dict[str, Tok] = {}
    for k, w in enumerate(ws):
        after = ws[k + 1].norm if k + 1 < len(ws) else ""
        if k and ws[k - 1].norm in _DETERMINERS:
            continue
        stage, prepositions = _BEFORE_PREPOSITION.get(w.norm, (None, ()))
        prepositions = _MT_BEFORE.get(w.norm, prepositions) if literal else prepositions
        stage = stage if after in prepositions else None
        stage = stage or (_STAGE.get(w.norm) if w.norm != "cleared" else None)
        if stage is not None:
            out.setdefault(stage, w)
    return out


def check_legal_status(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A person's standing before the law changed between the literal MT and the
    translation (critical, type ``meaning``)."""
    if ev.mt is None or tgt.lang != "en" or not ev.mt.ws:
        return []
    said, given = stages(ev.mt.ws, literal=True), stages(tgt.ws)
    # A verdict first: "The accused was declared guilty" names the person by one stage
    # and says the verdict by the other.
    lost = [s for s in ("convicted", "cleared", "suspected") if s in said and s not in given]
    new = [s for s in ("convicted", "cleared", "suspected") if s in given and s not in said]
    if not lost or not new:
        return []
    was, now = said[lost[0]], given[new[0]]
    message = (
        f"The translation gives {_WORDS[new[0]]} word ({quote(now.text)}) where a literal "
        f"translation of the source has {_WORDS[lost[0]]} ({quote(was.text)}): the person's "
        "standing before the law changed."
    )
    return [
        Finding("meaning", "critical", 0.7, None, (now.start, now.end), message, "drift.meaning")
    ]
