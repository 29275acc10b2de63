"""Build aligner/drift/data/derived_opposites_en.tsv from Debian's WordNet 3.0 (wordnet-base).

    apt-get install wordnet-base && python bench/make_derived_opposites.py

Opposed verbs that WordNet's antonym pointers do not pair but whose
derivationally related adjectives it opposes (docs/drift.md, "Session 21 (drift26c)"):
"obey" is derived with "obedient", which WordNet sees also as "compliant", whose antonym
is "defiant", derived with "defy". For a verb, each of its first :data:`RANK`
senses gives the adjective senses its own lemma is derivationally related to (a
lexical "+" pointer, not the synset's other words); those adjectives' *poles* (a
satellite stands for its head, as in :mod:`bench.make_opposite_senses`) and the
adjectives they are "also seen" as ("^") give the antonyms' synsets (their heads
too). Two words are opposed when one's adjectives fall in the other's antonyms and
they share no adjective. Lines: ``word<TAB>opposite,opposite`` (both directions),
single words only. Only verbs: nouns read so flagged faithful pairs (:data:`PARTS`),
and adjectives' and adverbs' own opposites are :mod:`aligner.drift.opposite_senses`'.
"""

from __future__ import annotations

import os
import sys

WORDNET = "/usr/share/wordnet"
OUT = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    "aligner",
    "drift",
    "data",
    "derived_opposites_en.tsv",
)
FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# A word's senses in WordNet's frequency order that count as what it means.
RANK = 2
# Verbs only: nouns joined so ("vulnerability" ↔ "security", "diabetes" ↔ "health",
# "practice" ↔ "idea") flagged ContraTICO's faithful and harmless pairs.
PARTS = ("v",)


def read() -> tuple[dict[str, dict], dict[str, list[str]]]:
    """Synset id → words, satellite flag and pointers (symbol, target id, source word
    number, 0 for the whole synset); word|pos → synset ids in sense order."""
    synsets: dict[str, dict] = {}
    index: dict[str, list[str]] = {}
    for pos, name in FILES.items():
        with open(os.path.join(WORDNET, f"data.{name}"), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                parts = line.split("|")[0].split()
                count = int(parts[3], 16)
                k = 4 + 2 * count
                pointers = []
                for p in range(int(parts[k])):
                    sym, off, tpos, st = parts[k + 1 + 4 * p : k + 5 + 4 * p]
                    target = ("a" if tpos == "s" else tpos) + off
                    pointers.append((sym, target, int(st[:2], 16)))
                synsets[pos + parts[0]] = {
                    "words": [parts[4 + 2 * c].lower().split("(")[0] for c in range(count)],
                    "satellite": parts[2] == "s",
                    "pointers": pointers,
                }
        with open(os.path.join(WORDNET, f"index.{name}"), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                fields = line.split()
                n_senses = int(fields[2])
                index[f"{fields[0]}|{pos}"] = [pos + o for o in fields[len(fields) - n_senses :]]
    return synsets, index


def _linked(synsets: dict[str, dict], sid: str, symbols: tuple[str, ...]) -> list[str]:
    return [t for sym, t, _ in synsets[sid]["pointers"] if sym in symbols]


def _pole(synsets: dict[str, dict], sid: str) -> list[str]:
    """An adjective synset's heads if it is a satellite, else itself."""
    return _linked(synsets, sid, ("&",)) if synsets[sid]["satellite"] else [sid]


def derived_adjectives(
    synsets: dict[str, dict], index: dict[str, list[str]], word: str, pos: str
) -> set[str]:
    """The adjective synsets the word's own lemma is derivationally related to, in its
    first senses as a noun or as a verb (``pos``)."""
    out = set()
    for sid in index.get(f"{word}|{pos}", [])[:RANK]:
        number = synsets[sid]["words"].index(word) + 1
        out |= {
            t
            for sym, t, source in synsets[sid]["pointers"]
            if sym == "+" and source == number and t[0] == "a"
        }
    return out


def antonyms_of(synsets: dict[str, dict], adjectives: set[str]) -> set[str]:
    """The antonym synsets of the adjectives' poles and of what they are also seen as,
    with the antonyms' own poles."""
    seen = {p for a in adjectives for p in _pole(synsets, a)}
    seen |= {x for a in adjectives for x in _linked(synsets, a, ("^",)) if x[0] == "a"}
    out = {t for s in seen for t in _linked(synsets, s, ("!",)) if t[0] == "a"}
    return out | {p for t in out for p in _pole(synsets, t)}


def build() -> dict[str, set[str]]:
    """Verb → its opposite verbs (:data:`PARTS`)."""
    synsets, index = read()
    pairs: dict[str, set[str]] = {}
    for pos in PARTS:
        adjectives, opposite = {}, {}
        for key in index:
            w, p = key.split("|")
            if p != pos or "_" in w or "-" in w or any(c.isdigit() for c in w):
                continue
            mine = derived_adjectives(synsets, index, w, pos)
            if mine:
                adjectives[w] = mine
                opposite[w] = antonyms_of(synsets, mine)
        owners: dict[str, set[str]] = {}
        for w, mine in adjectives.items():
            for a in mine | {x for s in mine for x in _pole(synsets, s)}:
                owners.setdefault(a, set()).add(w)
        for w, targets in opposite.items():
            for t in targets:
                for other in owners.get(t, ()):
                    if other != w and not adjectives[w] & adjectives[other]:
                        pairs.setdefault(w, set()).add(other)
                        pairs.setdefault(other, set()).add(w)
    return pairs


def main() -> int:
    if not os.path.isdir(WORDNET):
        print(f"{WORDNET} not found: apt-get install wordnet-base", file=sys.stderr)
        return 2
    pairs = build()
    header = (
        "# WordNet 3.0 nouns and verbs opposed through their derived adjectives (word,"
        " opposites); built by bench/make_derived_opposites.py. See WORDNET-LICENSE."
    )
    lines = [f"{w}\t{','.join(sorted(o))}" for w, o in sorted(pairs.items())]
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("\n".join([header, *lines]) + "\n")
    os.replace(tmp, OUT)
    print(f"{len(lines)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
