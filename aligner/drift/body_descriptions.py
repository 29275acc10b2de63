"""A body named by its acronym on one side and described on the other.

News translations often name a body the way their readers know it: "la OMS" → "the
health agency", "la OTAN" → "the Atlantic alliance", "la OMS" → "the UN health agency".
The description's head is a body word ("agency", "alliance", "bloc"); its capitalised
modifiers ("Atlantic", "UN") would read as another name. They are the same body when
WordNet's entry for the acronym says them: "NATO" is also "North Atlantic Treaty
Organization", "WHO" is "a United Nations agency". A modifier the entry does not say
("the European agency" for "la OMS") stays another body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from aligner.drift.lexical_diff import synsets, wordnet_file
from aligner.drift.text import fold

# Heads of the descriptions news translations give a body named by its acronym ("la
# OMS" → "the health agency", "la UE" → "the bloc", "el BCE" → "the central bank").
BODY_HEADS = frozenset(
    "agency body organisation organization alliance bloc fund bank union institute "
    "authority watchdog regulator commission".split()
)

_NOUN = 0  # lexical_diff.synsets keeps the part of speech in the offset's last two bits


@cache
def entry_words(name: str) -> frozenset[str]:
    """Folded words WordNet's noun entries for ``name`` ("nato") say: their lemmas, the
    capitalised words of their glosses, and the initials of each run of capitalised
    words ("United Nations" → "un"); empty when WordNet lacks the name."""
    data = wordnet_file("data.noun")
    if data is None:
        return frozenset()
    out: set[str] = set()
    # WordNet spells the American way; Apertium's English is British ("Organisation").
    keys = synsets(fold(name)) | synsets(fold(name).replace("isation", "ization"))
    for key in keys:
        if key % 4 != _NOUN:
            continue
        end = data.find(b"\n", key // 4)
        line = data[key // 4 : end].decode("utf-8", "replace")
        head, _, gloss = line.partition("|")
        fields = head.split()
        count = int(fields[3], 16) if len(fields) > 3 else 0
        lemmas = [fields[4 + 2 * k].replace("_", " ") for k in range(count)]
        for text in [*lemmas, gloss]:
            runs = re.findall(r"(?:\b[A-Z][\w-]*(?:\s+|$))+", text)
            for run in runs:
                parts = run.split()
                out.update(fold(p) for p in parts)
                if len(parts) > 1:
                    out.add("".join(p[0] for p in parts).lower())
    return frozenset(out)


def said_by_entries(word: str, names: Iterable[str]) -> bool:
    """Whether a capitalised ``word`` is one the WordNet entry of one of ``names`` says."""
    low = fold(word)
    return any(low in entry_words(n) for n in names if n)


def acronyms(text: str) -> list[str]:
    """The acronyms written in ``text`` ("OTAN", "OMS"), folded."""
    return [fold(w) for w in re.findall(r"\b[A-ZÁÉÍÓÚÑ]{2,6}\b", text)]


def body_described(named: str, said: str, names: Iterable[str]) -> bool:
    """The speaker ``named`` is a body named by an acronym and ``said`` describes a body
    ("the health agency", "the Atlantic alliance"): the same speaker when each capitalised
    modifier is one the WordNet entry of ``names`` (the acronym and its aliases) says."""
    first, rest = named.split(), said.split()
    if not first or not (first[-1].isupper() and 2 <= len(first[-1]) <= 6):
        return False
    if not 2 <= len(rest) <= 5 or rest[0].lower() != "the" or rest[-1] not in BODY_HEADS:
        return False
    keys = [fold(first[-1]), *names]
    return all(
        (x.islower() and x.isalpha()) or (x[:1].isupper() and said_by_entries(x, keys))
        for x in rest[1:-1]
    )


def describes_source_body(word: str, after: str, src_text: str, aliases: Iterable[str]) -> bool:
    """Whether a capitalised ``word`` the translation adds modifies a body word within
    the next three words (``after``, the text after it) and is one the WordNet entry of
    an acronym the source names says ("la OMS" → "the UN health agency")."""
    following = re.findall(r"[\w-]+|[^\w\s]", after)[:3]
    if not any(w in BODY_HEADS for w in following):
        return False
    head = next(k for k, w in enumerate(following) if w in BODY_HEADS)
    if not all(w[:1].isalpha() for w in following[:head]):
        return False
    return said_by_entries(word, [*acronyms(src_text), *aliases])


def description_around(text: str, start: int, end: int) -> str:
    """The phrase from "the" to a body word around a speaker's mention at ``start:end``
    ("Atlantic" in "The Atlantic alliance announced" → "The Atlantic alliance"); the
    mention itself when it stands in no such phrase (or ``start`` is unknown)."""
    if start < 0:
        return ""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[\w-]+", text)]
    inside = [k for k, (a, b) in enumerate(spans) if a < end and b > start]
    if not inside:
        return text[start:end]
    lo, hi = inside[0], inside[-1]
    while lo > 0 and inside[0] - lo < 4 and text[spans[lo][0] : spans[lo][1]].lower() != "the":
        lo -= 1
    while hi + 1 < len(spans) and hi - inside[-1] < 3 and _word(text, spans[hi]) not in BODY_HEADS:
        hi += 1
    words = [_word(text, spans[k]) for k in range(lo, hi + 1)]
    if words[0].lower() != "the" or words[-1] not in BODY_HEADS:
        return text[start:end]
    return " ".join(words)


def _word(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]
