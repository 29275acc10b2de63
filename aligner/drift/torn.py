"""English sentences torn where a word was cut out, read from the tokens alone.

DEMETR-style removals delete a subject, a name or a noun and leave the rest standing:
"Is the seventh EU country to suffer…" (for "France is the seventh…"), "Can also seek
advice…" ("You can also…"), "In, this nation lost…" ("In Vietnam, …"), "…in the Morbihan
and, causing…", "…gold,, silver", "…because could not see…". English never writes these
shapes, so the tear itself is the evidence of an omission, whatever the source says (no
MT, no tagger: a translation from any language, German or Polish as much as Spanish).
:mod:`aligner.drift.fluency` reads the determiner left without its noun; this module the
other four shapes:

* a declarative sentence that opens with an auxiliary or a modal ("Is the…", "Can
  also…", "Has 85,000 employees.") and does not end in a question mark: its subject is
  gone. Not when a subject follows the verb (a pronoun, a capitalised name: a question
  written without its mark, "Should you need…", "Were it not…"), nor "Do" (imperatives),
  nor "Have a look", "Had the government acted…", "May 5";
* a subordinating conjunction straight before an auxiliary or a modal ("because could
  not", "although was"): its clause has lost its subject ("as is", "than was" are
  English and are not listed);
* a coordinating conjunction straight before closing punctuation ("and.", "or;", "and)"),
  a preposition between a sentence start or a comma and punctuation ("In, …",
  ", of, …"), or one English never strands before punctuation ("the principal treasurer
  of, David Marek"): the word they joined or governed is gone ("and, in 2009," is English, so a
  comma after the conjunction is not a tear);
* a sentence opening on a comma, a semicolon or "'s", a comma or a full stop after a
  space ("and , causing"), or two commas or semicolons in a row: a word between them
  was deleted.

Measured on every English sentence of the public development files and corpora/ (a
faithful pair of no file has any of them): docs/drift.md, "Session 12".
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.dates import opens_on_modal
from aligner.drift.text import Tok

_AUXILIARIES = frozenset(
    """is are was were am has have had can could will would should must may might shall
    does did""".split()
)
# What a subject after the verb looks like: then the sentence is a question or an
# inverted conditional ("Should you need help, call…", "Were it not for…").
_SUBJECTS = frozenset("i you he she it we they there this that these those one".split())
_DETERMINERS = frozenset("a an the your my his her our their its this these some any".split())
# Inversions that open a conditional with a determiner after them ("Had the government
# acted…", "Should the talks fail…", "Were the vote held…"), and "Have a look".
_INVERT_WITH_NOUN = frozenset("had should were have".split())
_SUBORDINATORS = frozenset(
    "because although though while if whereas whether unless until since when where".split()
)
_COORDINATORS = frozenset("and or nor but".split())
_CLOSING = frozenset(".;:)!?")
_PREPOSITIONS = frozenset(
    """of by from at into in during among through via despite onto within with for to on
    about after before under over between against without""".split()
)
# Prepositions English does not leave at the end of a clause ("priced in.", "look at,",
# "a day that goes by,", "to begin with,", "soon after." and "where it comes from." it
# does).
_NEVER_STRANDED = frozenset("of during among despite via within".split())
_ENDS = frozenset(".!?")
_OPENING_QUOTES = frozenset("\"“«‘'")


def _sentence_start(toks: Sequence[Tok], i: int) -> bool:
    """Whether token ``i`` opens a sentence of the text or a quotation."""
    k = i - 1
    while k >= 0 and toks[k].text in _OPENING_QUOTES:
        k -= 1
    return k < 0 or k < i - 1 or toks[k].text in _ENDS


def _asks(toks: Sequence[Tok], i: int) -> bool:
    """Whether the sentence that token ``i`` is in ends with a question mark."""
    for t in toks[i:]:
        if t.text in _ENDS:
            return t.text == "?"
    return False


def _subjectless_auxiliary(toks: Sequence[Tok], i: int) -> bool:
    t = toks[i]
    if (
        t.norm not in _AUXILIARIES
        or not t.cap
        or not _sentence_start(toks, i)
        or i + 1 >= len(toks)
    ):
        return False
    nxt = toks[i + 1]
    if not nxt.word or nxt.norm in _SUBJECTS or nxt.norm in ("not", "n't") or nxt.cap:
        return False
    if t.norm in _INVERT_WITH_NOUN and nxt.norm in _DETERMINERS:
        return False
    if t.norm == "may" and not opens_on_modal(toks, i):  # the month: "May 5", "May was"
        return False
    return not _asks(toks, i)


def _subjectless_clause(toks: Sequence[Tok], i: int) -> bool:
    t = toks[i]
    return (
        i + 1 < len(toks)
        and t.norm in _SUBORDINATORS
        and toks[i + 1].norm in _AUXILIARIES
        and toks[i + 1].text.islower()  # "until May 16": the month
        and not _asks(toks, i)
    )


def _dangling(toks: Sequence[Tok], i: int) -> bool:
    """A conjunction before closing punctuation, or a preposition between a sentence
    start or a comma and punctuation."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if not t.word or (not t.text.islower() and not _sentence_start(toks, i)):
        return False
    if t.norm in _COORDINATORS:
        return t.text.islower() and (nxt is None or nxt.text in _CLOSING)
    if t.norm in _PREPOSITIONS and nxt is not None and nxt.text in ",.;)":
        return (
            t.norm in _NEVER_STRANDED
            or _sentence_start(toks, i)
            or (i > 0 and toks[i - 1].text in ",;")
        )
    return False


def _stray_mark(toks: Sequence[Tok], i: int) -> bool:
    """A sentence opening on a comma, a semicolon or "'s", a comma or a full stop after
    a space, or two commas in a row."""
    t = toks[i]
    if i == 0 and (t.text in (",", ";", "'s", "’s") or _possessive_ending(toks)):
        return True
    if t.text in (",", ".") and i > 0 and toks[i - 1].word and toks[i - 1].end < t.start:
        # a space left where a word was: "the Morbihan and , causing" (French spaces
        # its ";", ":", "!" and "?", never its comma or full stop)
        return i + 1 == len(toks) or toks[i + 1].start > t.end
    return t.text in (",", ";") and i + 1 < len(toks) and toks[i + 1].text in (",", ";", ".")


def _possessive_ending(toks: Sequence[Tok]) -> bool:
    """A text that opens on "'s" ("'s report was…"), which the tokenizer splits."""
    return (
        len(toks) > 1
        and toks[0].text in ("'", "’")
        and toks[1].norm == "s"
        and toks[1].start == toks[0].end
    )


def tears(toks: Sequence[Tok]) -> list[tuple[int, int]]:
    """Character spans of each torn place (the word or mark and the one after it)."""
    out = []
    for i, t in enumerate(toks):
        if (
            _subjectless_auxiliary(toks, i)
            or _subjectless_clause(toks, i)
            or _dangling(toks, i)
            or _stray_mark(toks, i)
        ):
            end = toks[i + 1].end if i + 1 < len(toks) else t.end
            out.append((t.start, end))
    return out


def first_tear(toks: Sequence[Tok]) -> tuple[int, int] | None:
    found = tears(toks)
    return found[0] if found else None
