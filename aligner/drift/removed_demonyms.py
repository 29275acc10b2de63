"""A nationality or origin adjective the translation leaves out: the source's "persa",
"francesas", "europeo" (an adjective English writes with a capital: "Persian",
"French", "European") that nothing in the translation renders, and no word of the
translation names the people or the place either (docs/drift.md, "Session 21,
drift26b").

Sessions 19 and 20 found removed adjectives one shape or one listed word at a time; a
translator drops a light adjective freely ("mismo", "igualmente"), and a relational one
often goes into a compound or a rewording. An adjective of origin states a fact of its
own ("gramática persa", "empresas francesas"), and English keeps it as a word with a
capital, so what renders it is easy to look for. Reported (an omission, major) when:

* a source adjective, not capitalised (a name's word is the name checks' business), that
  nothing in the translation renders (:func:`lexical_diff.partners`), has a dictionary
  rendering that WordNet writes only with a capital (a proper adjective: "Persian",
  "Gothic"; not "new", "continental", which have lower-case senses);
* no translation word begins like that rendering or like a noun it pertains to in
  WordNet ("French" / "France", "Turkish" / "Turkey", "Iran's" for "iraní"): each
  compared on its first letters (all but the last three, at least four);
* no acronym in the translation holds the rendering's initial ("EU" for "la Unión
  Europea", "US"): names are shortened so;
* it is not coordinated with a word the translation renders with a capital ("chinas y
  asiáticas" → "Chinese": a list a translator may fold).

Direct Apertium pairs only; run in the quiet pass (:func:`headless.check_quiet`), on
the pairs nothing else reports at >= major.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import cache

from aligner.drift.lexical_diff import WORDNET, Word, partners, reportable
from aligner.drift.signals import Finding, removed_word
from aligner.drift.table_cache import cached_table
from aligner.drift.text import cognate, fold
from aligner.lang import profile
from aligner.textutil import quote

_COORDINATION = frozenset(("y", "e", "o", "u", ","))
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")


def _path(part: str) -> str:
    return os.path.join(WORDNET, f"data.{part}")


def _noun_words(offsets: set[str]) -> dict[str, tuple[str, ...]]:
    """The words of WordNet's noun synsets at ``offsets`` (a synset's offset is its line's
    byte offset in data.noun), lower case."""
    out = {}
    with open(_path("noun"), "rb") as fh:
        for offset in sorted(offsets):
            fh.seek(int(offset))
            fields = fh.readline().decode("latin-1").split()
            count = int(fields[3], 16)
            out[offset] = tuple(fields[4 + 2 * k].lower() for k in range(count))
    return out


@cache
def proper_adjectives() -> dict[str, frozenset[str]]:
    """WordNet's adjectives written only with a capital, lower case, each with the nouns
    it pertains to ("french" → france, french, …); empty without WordNet. Reading them
    is ~0.5 CPU-s, so a process reads the table a previous one built."""
    if not os.path.exists(_path("adj")) or not os.path.exists(_path("noun")):
        return {}
    sources = (_path("adj"), _path("noun"))
    return cached_table("proper-adjectives", _proper_adjectives, sources, (__file__,))


def _proper_adjectives() -> dict[str, frozenset[str]]:
    pertains: dict[str, set[str]] = {}
    lower: set[str] = set()
    with open(_path("adj"), encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            fields = line.split("|")[0].split()
            count = int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * k]) for k in range(count)]
            at = 4 + 2 * count
            pointers = [fields[at + 1 + 4 * m : at + 5 + 4 * m] for m in range(int(fields[at]))]
            offsets = [p[1] for p in pointers if p[0] == "\\" and p[2] == "n"]
            for word in words:
                key = word.lower().replace("_", " ")
                if word[:1].isupper():
                    pertains.setdefault(key, set()).update(offsets)
                else:
                    lower.add(key)
    proper = {key: offsets for key, offsets in pertains.items() if key not in lower}
    nouns = _noun_words({o for offsets in proper.values() for o in offsets})
    return {
        key: frozenset(n.replace("_", " ") for o in offsets for n in nouns[o])
        for key, offsets in proper.items()
    }


def _stem(word: str) -> str:
    return word[: max(4, len(word) - 3)]


def _named(rendering: str, text: str) -> bool:
    """Whether the translation names what ``rendering`` says: a word beginning like it
    or like a noun it pertains to, or an acronym holding its initial."""
    forms = {rendering} | proper_adjectives()[rendering]
    low = text.lower()
    if any(re.search(r"\b" + re.escape(_stem(f)), low) for f in forms):
        return True
    if _compound_demonym(rendering, low):
        return True
    return any(rendering[:1].upper() in a for a in _ACRONYM.findall(text))


# A point of the compass glued before a demonym ("surcoreanos", "norcoreana",
# "centroamericanos", "sudafricano"): the people of one part of a country or continent,
# which English writes in two words ("South Korean", "Central American"; drift40c).
_COMPASS = re.compile(r"(?:sur|sud|nor|norte|centro)-?(?=[a-z]{5})")


def _compound_demonym(rendering: str, low: str) -> bool:
    """Whether a word of ``low`` is a compass point and a word cognate with
    ``rendering`` glued together ("surcoreanos" for "Korean")."""
    for w in re.findall(r"[a-záéíóúñü-]+", low):
        m = _COMPASS.match(w)
        if m and cognate(w[m.end() :], rendering):
            return True
    return False


def _proper(w: Word) -> list[str]:
    table = proper_adjectives()
    return [r for r in w.trans if r in table]


def _folded_list(src: Sequence[Word], tgt: Sequence[Word], i: int, mine: Sequence[int]) -> bool:
    """Whether source adjective ``i`` is coordinated with a word that the translation
    renders by a capitalised word ("chinas y asiáticas" → "Chinese")."""
    for step in (-1, 1):
        j, k = i + step, i + 2 * step
        if not 0 <= k < len(src) or src[j].surface.lower() not in _COORDINATION:
            continue
        if mine[k] >= 0 and tgt[mine[k]].surface[:1].isupper():
            return True
    return False


def _aliased(word: str, lang: str, text: str) -> bool:
    """Whether the entity alias tables give the source's adjective an id the English
    translation writes ("británicas" and "UK" are both the United Kingdom)."""
    ids = {i for s, i in profile(lang).entity_aliases if fold(s) == fold(word)}
    low = fold(text)
    return any(
        i in ids and re.search(rf"(?<!\w){re.escape(fold(s))}(?!\w)", low)
        for s, i in profile("en").entity_aliases
    )


def removed_demonym(
    src: Sequence[Word],
    tgt: Sequence[Word],
    text: str,
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> tuple[Word, str] | None:
    """(the source adjective left out, its English rendering), or None."""
    mine = links[0] if links else partners(src, tgt, "source")
    for i, w in enumerate(src):
        if w.pos != "adj" or mine[i] >= 0 or w.surface[:1].isupper() or not w.content:
            continue
        if not reportable(w, src_lang, True):
            continue
        renderings = sorted(_proper(w))
        if not renderings or any(_named(r, text) for r in renderings):
            continue
        if _aliased(w.surface, src_lang, text):
            continue  # "las exportaciones británicas" → "UK exports" (drift40c)
        if _folded_list(src, tgt, i, mine):
            continue
        return w, renderings[0]
    return None


def check_removed_demonym(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a source adjective of origin nothing renders."""
    if analysed is None or tgt.lang[:2] != "en":
        return []
    found = removed_demonym(analysed[0], analysed[1], tgt.text, src.lang[:2], links)
    if found is None:
        return []
    word, rendering = found
    return [
        removed_word(
            (word.start, word.end) if word.start >= 0 else None,
            None,
            f"The source's {quote(word.surface)} ({quote(rendering.capitalize())}) has "
            "nothing rendering it in the translation, which names no such people or "
            "place: a word seems to have been left out.",
        )
    ]
