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

A stage word after an article names the people by it ("los acusados" → "the accused"),
and is not read with the stages above ("The accused was acquitted" says one stage by the
name and the verdict by the verb). Names are compared on their own (session 38,
drift43b): "Los acusados se llaman …" → "The names of the acquitted are …" calls the
defendants by a verdict nobody gave, where neither side says the other's stage anywhere.
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


# The MT's names for people by a stage ("the condemned" renders "los condenados").
_ROLE_MT = {"condemned": "convicted"}


def roles(ws: Sequence[Tok], literal: bool = False) -> dict[str, Tok]:
    """The stages ``ws`` names people by: a stage word right after an article or a
    demonstrative ("the accused", "those convicted"), not before a noun it qualifies
    ("the accused man"; in the literal MT a Spanish noun's article stands before the
    noun itself: "los acusados" → "the accused")."""
    out: dict[str, Tok] = {}
    for k, w in enumerate(ws):
        if not k or ws[k - 1].norm not in _DETERMINERS:
            continue
        nxt = ws[k + 1] if k + 1 < len(ws) else None
        if not literal and nxt is not None and nxt.word and nxt.norm not in _AFTER_NAME:
            continue  # "the accused man", "the acquitted officer": a word before its noun
        stage = _STAGE.get(w.norm) or (_ROLE_MT.get(w.norm) if literal else None)
        if stage is not None:
            out.setdefault(stage, w)
    return out


# Words that may follow a name of people by a stage ("the accused are …", "the acquitted
# and their families").
_AFTER_NAME = frozenset(
    "are were is was have has had will would can could may might must and or but of in "
    "at on to from for with by who that which whose".split()
)


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
        said_roles, given_roles = roles(ev.mt.ws, literal=True), roles(tgt.ws)
        lost = [s for s in said_roles if s not in given_roles and s not in given]
        new = [s for s in given_roles if s not in said_roles and s not in said]
        if not lost or not new:
            return []
        said, given = said_roles, given_roles
    was, now = said[lost[0]], given[new[0]]
    message = (
        f"The translation gives {_WORDS[new[0]]} word ({quote(now.text)}) where a literal "
        f"translation of the source has {_WORDS[lost[0]]} ({quote(was.text)}): the person's "
        "standing before the law changed."
    )
    return [
        Finding("meaning", "critical", 0.7, None, (now.start, now.end), message, "drift.meaning")
    ]
