"""A person's gender changed at an object pronoun: the translation says "her" (an object:
"I met her") where the source's only third-person object pronoun is "lo", or "him" where
it is "la" (DEMETR's `critical:gender`; docs/drift.md, "Session 23 (drift28c)").

:mod:`aligner.drift.person_gender` reads the persons a source marks and leaves a clitic
open ("la saludó" may be a thing or a person of either gender). But a clitic's own gender
bounds what may render it: "lo" (a man or a thing, Apertium's ``<m>`` or ``<nt>``) is
"him" or "it", never "her"; "la" is "her" or "it", never "him". An object "her" or "him"
in the translation must render some source word: a clitic of its gender, a clitic of
either gender ("le", "se"), a tonic "él" / "ella" ("con ella" → "with her"), or a person
the source marks as of that gender ("la ministra" → "critics attacked her"). A pair is
reported when

* the source has a singular third-person clitic ("lo", "la", enclitic "-lo", "-la"), all
  of one gender, and no clitic of either gender ("le", "se" before "lo": "se lo dije" → "I
  told her"); a "la" / "lo" after a verb or a preposition is the tagger's misread
  article ("han anulado la gira"), as :mod:`person_gender` reads it;
* the translation has an object pronoun of the other gender (Apertium's English tagger's
  ``prn.obj``, or a "her" before no noun, adjective, name or figure: "her car" is a
  possessive and not read);
* the source has no tonic pronoun and marks no person of the translation pronoun's gender.

Reported as a `meaning` finding (major), as the other gender readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.signals import Finding
from aligner.textutil import quote

_TAG = re.compile(r"<([^>]+)>")
# Words after which a "la" / "lo" is an article, never a clitic before a verb.
_NO_CLITIC_AFTER = frozenset(("vblex", "vbser", "vbhaver", "vbmod", "pr"))
_OBJECT = {"him": "m", "her": "f"}
_OTHER = {"m": "f", "f": "m"}
_WORDS = {"m": "a man", "f": "a woman"}


def gender_finding(span: tuple[int, int], message: str, confidence: float = 0.55) -> Finding:
    """A gender reading's finding: `meaning`, major, on the translation's pronoun."""
    return Finding("meaning", "major", confidence, None, span, message, "drift.meaning")


def _clitic_gender(tags: Sequence[str]) -> str | None:
    """A clitic's gender: "f" ("la"), "m" ("lo": a man or a thing), "mf" ("le", "se")."""
    if "f" in tags:
        return "f"
    if "m" in tags or "nt" in tags:
        return "m"
    return "mf"


def clitics(units: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The source's singular third-person object clitics, non-reflexive: (surface,
    gender) with gender "m", "f" or "mf" (either). ``units``: the Spanish tagger's
    (surface, analysis), as :func:`aligner.drift.lexical_diff.tagged_units` gives them."""
    out = []
    for i, (surface, analysis) in enumerate(units):
        if analysis.startswith("*"):
            continue
        parts = analysis.split("+")
        before = _TAG.findall(units[i - 1][1].split("+")[-1]) if i else []
        for p, part in enumerate(parts):
            tags = _TAG.findall(part)
            if tags[:1] != ["prn"] or not {"pro", "enc"} & set(tags) or "p3" not in tags:
                continue
            if "ref" in tags or "pl" in tags:
                continue  # "se" reflexive, "los" / "las": "themselves", "them"
            if not p and "pro" in tags and before[:1] and before[0] in _NO_CLITIC_AFTER:
                continue  # an article the tagger read as a clitic
            out.append((surface, _clitic_gender(tags)))
    return out


# What a possessive "her" stands before ("her car", "her new book", "her two sons").
_OWNED = frozenset(("n", "adj", "np", "num", "unk"))


def object_pronouns(tagged: Sequence) -> list:
    """The translation's object "him" / "her" (tagged words with ``surface``, ``tag``): a
    "her" is an object where the tagger says so, or where the word after it is no noun,
    adjective, name or figure (the tagger reads "met her in Seville" as a possessive)."""
    out = []
    for k, t in enumerate(tagged):
        if t.surface.lower() not in _OBJECT:
            continue
        after = tagged[k + 1].tag.split(".")[0] if k + 1 < len(tagged) else "sent"
        if t.tag == "prn.obj" or (t.tag == "det.pos" and after not in _OWNED):
            out.append(t)
    return out


def _tonic(units: Sequence[tuple[str, str]]) -> set[str]:
    """The genders of the source's singular third-person tonic pronouns ("él", "ella")."""
    out = set()
    for _, analysis in units:
        tags = _TAG.findall(analysis.split("+")[0])
        if tags[:2] == ["prn", "tn"] and "p3" in tags and "sg" in tags:
            out |= {g for g in ("m", "f") if g in tags}
    return out


def check(
    units: Sequence[tuple[str, str]], tagged: Sequence | None, marked: set[str]
) -> list[Finding]:
    """An object pronoun of the other gender than every clitic of the source's (module
    docstring). ``marked``: the genders of the persons the source marks
    (:func:`person_gender.source_persons`)."""
    if not tagged:
        return []
    own = clitics(units)
    genders = {g for _, g in own}
    if len(genders) != 1 or "mf" in genders:
        return []
    (gender,) = genders
    other = _OTHER[gender]
    if other in marked or other in _tonic(units):
        return []
    said = [t for t in object_pronouns(tagged) if _OBJECT[t.surface.lower()] == other]
    if not said:
        return []
    word = said[0]
    if word.start < 0:
        return []
    return [
        gender_finding(
            (word.start, word.end),
            f"The translation says {quote(word.surface)}, but the source's pronoun "
            f"{quote(own[0][0])} cannot stand for {_WORDS[other]}.",
        )
    ]
