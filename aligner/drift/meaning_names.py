"""A name rendered by its meaning, read without MT.

Without an Apertium route (Russian, Polish, Czech, German…) a source name is matched to
the translation's only by its letters (:mod:`aligner.drift.translit`). An institution,
a party or a feast is named in English by translating its words ("Центристская партия"
→ "Center Party", "Государственный суд" → "State Court", "День ВМФ" → "Navy Day"), which
no spelling matches: DEMETR's Russian faithful pairs were flagged as name swaps for 18
of 100. A translation name made only of words WordNet writes in lower case (a common
noun or adjective, capitalised for the name) is such a rendering as often as a swap;
without MT to tell, it is reported minor. A place or person ("London", "Medvedev") is
no common word: WordNet knows it as a place ("China", though "china" is porcelain) or
not at all. A person named by a common word ("Brown") is read as a rendering too.
"""

from __future__ import annotations

import re
from functools import cache

from aligner.drift.lexical_diff import _index, _line, wordnet_file

# Words a name's translation strings its content words with.
_JOINERS = frozenset("of the and for on in de".split())


@cache
def common_word(word: str) -> bool:
    """Whether WordNet writes ``word`` in lower case in one of its noun or adjective
    senses and never with its capital ("party", "court"; not "London", nor "China",
    which is "china" too)."""
    written = _spellings(word.lower())
    return word.lower() in written and _PLACE not in written


# WordNet's lexicographer file of places (noun.location): a capitalised sense there is
# the place's name ("China", "Turkey", "Berlin"), whatever common word it also is.
_PLACE = "\x00location"


def _spellings(key: str) -> frozenset[str]:
    """How WordNet writes the noun and adjective senses of a lower-case word (and
    ``_PLACE`` when one is a place's name)."""
    out: set[str] = set()
    if not key.isalpha():
        return frozenset()
    for part in ("noun", "adj"):
        index, data = _index(part), wordnet_file("data." + part)
        line = index and data and _line(index, key.encode("utf-8"))
        if not line:
            continue
        fields = line.split()
        count = int(fields[2]) if len(fields) > 3 and fields[2].isdigit() else 0
        for offset in fields[len(fields) - count :]:
            start = int(offset)
            synset = data[start : data.find(b"\n", start)].split()
            words = synset[4 : 4 + 2 * int(synset[3], 16) : 2] if len(synset) > 4 else []
            words = [w.split(b"(")[0].decode("utf-8", "replace") for w in words]
            out.update(w for w in words if w.lower() == key)
            if synset[1] == b"15" and key.capitalize() in words:
                out.add(_PLACE)
    return frozenset(out)


def rendered_by_meaning(name: str) -> bool:
    """A capitalised name all of whose content words are common English words."""
    words = [w for w in re.split(r"[\s\-‐]+", name) if w]
    content = [w for w in words if w.lower() not in _JOINERS]
    return bool(content) and all(w[:1].isupper() and common_word(w) for w in content)
