"""A duty rendered as an instruction: "tenéis que lavaros las manos" ↔ "Wash your hands".

The reverse of :mod:`aligner.drift.instructions`: advice written with a verb of duty in
Spanish ("Tenéis que quedaros en casa", "Las preguntas tienen que estar concebidas
para…") is as often an imperative in English ("Stay at home", "Design questions to…").
The imperative says what the duty says; read against the English modal lists it is a
duty lost. So a lost obligation or recommendation is answered when the translation has
an imperative sentence: its first word (after "please", "always", "never", "do not",
"don't") a verb WordNet lists in its base form, not an auxiliary or a modal, and the
next three words no auxiliary, modal or past form ("Travel is limited", "Impact faced
the team", "School closures were shown" are a noun's sentences), and the word not read
as a noun more than twice as often as a verb in WordNet's tagged senses ("School
closures puts a strain on…"). A sentence
opening on a noun that is also a verb in its base form, with a duty lost ("Las visitas
deben limitarse" ↔ "Visit limits apply"), is read as an instruction too: docs/drift.md,
"Session 23 (drift28d)", measures what that costs.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.fronted import FRONT_REACH, fronted_opener
from aligner.drift.lexical_diff import _index, _line, wordnet_parts
from aligner.drift.synonyms import irregular_forms
from aligner.drift.text import Tok
from aligner.drift.verb_gaps import verb_form

# Words an instruction may open with before its verb.
_LEADS = frozenset("please always never do n't not also then just".split())
# Verbs that never open an instruction, and words after which a base verb is a noun.
_AUXILIARIES = frozenset(
    "be is are was were been being am do does did have has had will would can could "
    "may might must shall should 's 're 've 'd 'll".split()
)


# How many words after the verb a finite verb shows the verb was a noun subject's
# ("School closures were shown", "Phase IV trials are").
_REACH = 3


def _starts(ws: Sequence[Tok], text: str) -> list[int]:
    """Indices of the words opening a sentence (or a part after a colon or semicolon)."""
    out = [0] if ws else []
    for k in range(1, len(ws)):
        between = text[ws[k - 1].end : ws[k].start]
        if any(c in between for c in ".;:!?\n"):
            out.append(k)
    return out


def imperative_at(ws: Sequence[Tok], k: int, end: int | None = None) -> int | None:
    """The index of the imperative verb of a sentence opening at ``k`` (and ending
    before word ``end``), or None."""
    end = len(ws) if end is None else end
    while k < end and ws[k].norm in _LEADS:
        k += 1
    if k >= end or not ws[k].word or not ws[k].text.isalpha():
        return None
    verb = ws[k].norm
    if verb in _AUXILIARIES or "vblex" not in wordnet_parts(verb) or _mostly_noun(verb):
        return None
    after = ws[k + 1 : min(end, k + 1 + _REACH)]
    # A participle right after a verb that is never a noun is an adjective ("Avoid
    # crowded places", session 31): only a noun subject has a finite verb there.
    first = after[0].norm if after else ""
    if first not in _AUXILIARIES and _finite(first) and "n" not in wordnet_parts(verb):
        after = after[1:]
    if any(_finite(t.norm) for t in after):
        return None
    return k


def _tagged_senses(word: str, part: str) -> int:
    """How often WordNet's sense-tagged corpus saw the word in that part of speech
    (the index line's ``tagsense_cnt``), 0 when WordNet does not list it so."""
    data = _index(part)
    line = data and _line(data, word.encode("utf-8"))
    if not line:
        return 0
    fields = line.decode("utf-8").split()
    pointers = int(fields[3])
    return int(fields[5 + pointers])


def _mostly_noun(word: str) -> bool:
    """A word read as a noun more than twice as often as a verb ("school", "phase",
    "impact"): the noun subject of a sentence ("School closures puts a strain…"), not an
    instruction ("Design", "Use", "Wash" pass)."""
    return _tagged_senses(word, "noun") > 2 * _tagged_senses(word, "verb")


def _finite(word: str) -> bool:
    """An auxiliary, a modal or a past form: the verb of a sentence whose subject is the
    word before it ("Travel is limited", "Impact faced the team")."""
    if word in _AUXILIARIES:
        return True
    past = word.endswith("ed") or (word in irregular_forms() and not word.endswith("ing"))
    return past and verb_form(word)


def _after_fronted(ws: Sequence[Tok], text: str, k: int, end: int) -> int | None:
    """The index of the word after the comma closing a part fronted before a sentence's
    verb (opening at ``k`` on a :func:`fronted_opener`), or None."""
    if k >= end or not fronted_opener(ws[k].norm):
        return None
    for j in range(k + 1, min(end, k + 1 + FRONT_REACH)):
        if "," in text[ws[j - 1].end : ws[j].start]:
            return j
    return None


def imperatives(ws: Sequence[Tok], text: str) -> int:
    """How many sentences of the text open as instructions, or give one after a fronted
    part a comma closes ("Above all, wash your hands"; session 32)."""
    starts = _starts(ws, text)
    ends = starts[1:] + [len(ws)]
    count = 0
    for k, e in zip(starts, ends, strict=True):
        if imperative_at(ws, k, e) is None:
            j = _after_fronted(ws, text, k, e)
            if j is None or imperative_at(ws, j, e) is None:
                continue
        count += 1
    return count
