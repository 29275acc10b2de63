"""A country the translation names and the source does not (docs/drift.md, "Session 27
(drift32c)"): "se ha propagado en la población" → "has spread in the population, as
in Italy", "en ciertas partes" → "in some parts of China".

An added name is reported only when it is surely a name (several words, an acronym, or a
word the MT system does not know, :func:`aligner.drift.names._surely_name`), since a
capitalised word alone may be a common noun. A country's name is a name whatever the MT
knows of it, so one the source does not say is reported too, when:

* the whole name is a country's English name in ISO 3166-1 (iso-codes: its name, its
  common name, or the name's part before a comma: "Iran", "Bolivia");
* no source word says it: a cognate ("Italia" / "Italy"), or the country's own name in the
  source language inside a word, as an adjective of origin builds on it ("chino" /
  "China", "alemanes" / "Germany": :func:`aligner.drift.country_names.country_said`);
* the source has no common noun for a country ("el resto del país" → "the rest of
  mainland China": the translator names the country the source speaks of). Only for the
  languages with such a list; others report nothing here;
* the name is not a possessive ("Investigadores del CSIC" → "researchers at Spain's
  National Research Council (CSIC)": a translator names whose body it is), nor in
  apposition after a capitalised word ("Toledo, Spain": a gloss on the place, as
  session 25 decided, tests/test_drift30d.py).
"""

from __future__ import annotations

import json
import re
from functools import cache

from aligner.drift.country_names import ISO_JSON, country_said
from aligner.drift.signals import Entity, Side
from aligner.drift.text import cognate, fold

# Common nouns that stand for a country ("el país", "la nación", "o país").
COUNTRY_NOUNS = {
    "es": frozenset("pais paises nacion naciones".split()),
    "pt": frozenset("pais paises nacao nacoes".split()),
}


_POSSESSIVE = re.compile(r"['’]s?\b")
_AFTER_NAME = re.compile(r"\b[A-Z][\w.-]*,\s*$")


@cache
def english_country_names() -> frozenset[str]:
    """Folded English country names: name, common name, and the name before a comma."""
    try:
        with open(ISO_JSON, encoding="utf-8") as handle:
            entries = json.load(handle)["3166-1"]
    except (OSError, ValueError, KeyError):
        return frozenset()
    out = set()
    for entry in entries:
        for key in ("name", "common_name"):
            if key in entry:
                out.add(fold(entry[key]))
                out.add(fold(entry[key].split(",")[0]))
    return frozenset(out)


def added_country(b: Entity, src: Side, tgt: Side) -> bool:
    """Whether translation name ``b`` is a country's that nothing in the source says."""
    nouns = COUNTRY_NOUNS.get(src.lang)
    if nouns is None or fold(b.text) not in english_country_names():
        return False
    if _POSSESSIVE.match(tgt.text, b.end):
        return False  # "Spain's National Research Council (CSIC)": whose body, spelt out
    if _AFTER_NAME.search(tgt.text, 0, b.start):
        return False  # "Toledo, Spain": a gloss on the place before (session 25)
    folds = [t.fold for t in src.ws if t.word]
    if any(f in nouns for f in folds):
        return False
    return not any(
        cognate(p, f) or country_said(p, folds, src.lang) for p in b.parts for f in folds
    )
