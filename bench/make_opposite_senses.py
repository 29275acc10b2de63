"""Build aligner/drift/data/opposite_senses_en.tsv from Debian's WordNet 3.0 (wordnet-base).

    apt-get install wordnet-base && python bench/make_opposite_senses.py

The opposites WordNet's structure implies but its word-to-word antonym pointers do not
list (docs/drift.md, "Session 19 (drift24c): antonyms"), read by
:mod:`aligner.drift.opposite_senses`. Each word gets, per part of speech, the *senses it
stands for* ("own") and the senses it *reaches* ("reach"), as synset ids:

* adjectives: the head synset of each of the word's first :data:`RANK` senses (a
  satellite stands for its head: "scorching" ~ "hot", "choppy" ~ "rough"); own and reach
  are the same;
* adverbs: the heads of the adjectives their first senses derive from ("inaccurately"
  → "inaccurate", "correctly" → "correct" ~ "accurate");
* nouns and verbs: own, the first :data:`RANK` synsets; reach, the first synset and its
  hypernyms ("conceal" is a kind of "hide", "failure" … "victory").

Lines: ``pos word own reach`` (ids joined by ","); ``! id id`` for each antonym pair of
synsets (a word-level antonym pointer makes its two synsets opposed); ``x form`` for
each adjective of the table, or its comparative or superlative, that is also a verb or a
verb's form ("near" and "lower" are verbs too, "recovering" a participle), or is more
often something else ("world", a noun in WordNet's tagged concordance; "pandemic",
untagged but also a noun): no adjective as written; and ``t word counts`` for each
word with senses tagged in WordNet's semantic concordance (``n:4,v:1``: how often it was
read as each part of speech), so that a word is read as a noun or a verb only where that
is its commoner reading ("sun" is no verb in "the sun sets", "defeated" no noun). Only
the words whose own senses have an antonym, or whose reach meets a synset that has one,
are kept; adjectives of WordNet's cardinal and ordinal numbers are left out ("fifth" ↔
"twenty" is the number check's).
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
    "opposite_senses_en.tsv",
)
FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Each word's senses in WordNet's frequency order: how many count as what it means.
RANK = 2


def tagged_counts() -> dict[str, dict[str, int]]:
    """word → part of speech → its senses tagged in the concordance (index files)."""
    out: dict[str, dict[str, int]] = {}
    for pos, name in FILES.items():
        with open(os.path.join(WORDNET, f"index.{name}"), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                fields = line.split()
                tagged = int(fields[4 + int(fields[3]) + 1])
                if tagged and "_" not in fields[0]:
                    out.setdefault(fields[0], {})[pos] = tagged
    return out


def read_synsets() -> tuple[dict[str, dict], dict[str, list[str]]]:
    """Synset id → its words, pointers and whether it is a satellite; word|pos → ids."""
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
                    sym, off, tpos = parts[k + 1 + 4 * p : k + 4 + 4 * p]
                    pointers.append((sym, ("a" if tpos == "s" else tpos) + off))
                synsets[pos + parts[0]] = {
                    "words": {parts[4 + 2 * c].lower() for c in range(count)},
                    "satellite": parts[2] == "s",
                    "pointers": pointers,
                }
        with open(os.path.join(WORDNET, f"index.{name}"), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                fields = line.split()
                n_senses, n_pointers = int(fields[2]), int(fields[3])
                offsets = fields[4 + n_pointers + 2 :]
                assert len(offsets) == n_senses, line
                index[f"{fields[0]}|{pos}"] = [pos + o for o in offsets]
    return synsets, index


def _linked(synsets: dict[str, dict], sid: str, symbols: tuple[str, ...]) -> list[str]:
    return [t for sym, t in synsets[sid]["pointers"] if sym in symbols]


def _pole(synsets: dict[str, dict], sid: str) -> list[str]:
    """An adjective synset's heads if it is a satellite, else itself."""
    return _linked(synsets, sid, ("&",)) if synsets[sid]["satellite"] else [sid]


def senses_of(synsets: dict[str, dict], index: dict[str, list[str]], word: str, pos: str):
    """(own, reach) ids of one word as one part of speech (module docstring)."""
    first = index.get(f"{word}|{pos}", [])[:RANK]
    if pos == "a":
        own = {p for s in first for p in _pole(synsets, s)}
        return own, own
    if pos == "r":
        adjectives = {a for s in first for a in _linked(synsets, s, ("\\",)) if a[0] == "a"}
        own = {p for a in adjectives for p in _pole(synsets, a)}
        return own, own
    reach = set(first[:1])
    reach |= {h for s in first[:1] for h in _linked(synsets, s, ("@", "@i"))}
    return set(first), reach


def verb_forms() -> set[str]:
    """WordNet's verbs, their irregular forms and their regular inflections."""
    with open(os.path.join(WORDNET, "index.verb"), encoding="latin-1") as fh:
        verbs = {line.split()[0] for line in fh if not line.startswith("  ")}
    with open(os.path.join(WORDNET, "verb.exc"), encoding="latin-1") as fh:
        forms = {line.split()[0] for line in fh if line.split()}
    for v in verbs:
        forms |= {v, v + "s", v + "es", v + "d", v + "ed", v + "ing"}
        forms |= {v[:-1] + "ing", v[:-1] + "ied", v[:-1] + "ies"} | {
            v + v[-1] + "ed",
            v + v[-1] + "ing",
        }
    return forms


def graded(word: str) -> set[str]:
    """The word, its comparative and superlative as English spells them regularly."""
    stems = {word, word[:-1] if word.endswith("e") else word}
    if word.endswith("y"):
        stems.add(word[:-1] + "i")
    if len(word) >= 3 and word[-1] not in "aeiouwy" and word[-2] in "aeiou":
        stems.add(word + word[-1])
    return {word} | {s + e for s in stems for e in ("er", "est")}


def verbal_adjectives(adjectives: set[str]) -> set[str]:
    """Forms of the adjectives that are verbs or verb forms too (module docstring)."""
    with open(os.path.join(WORDNET, "adj.exc"), encoding="latin-1") as fh:
        irregular = [line.split() for line in fh if line.split()]
    forms = {f for a in adjectives for f in graded(a)}
    forms |= {form for form, *bases in irregular if set(bases) & adjectives}
    return forms & verb_forms()


def seldom_adjectives(adjectives: set[str], index: dict[str, list[str]]) -> set[str]:
    """Adjectives more often read as something else ("world" is mostly a noun), and
    untagged ones that WordNet also has as a noun or a verb ("pandemic")."""
    counts = tagged_counts()
    out = set()
    for a in adjectives:
        mine = counts.get(a, {})
        if mine:
            if mine.get("a", 0) < max(mine.values()):
                out.add(a)
        elif f"{a}|n" in index or f"{a}|v" in index:
            out.add(a)
    return out


def is_number(synsets: dict[str, dict], index: dict[str, list[str]], word: str) -> bool:
    """An adjective of WordNet's cardinal or ordinal numbers ("fifth", "twenty"): the
    number check's business."""
    return any(
        synsets[p]["words"] & {"cardinal", "ordinal"}
        for s in index.get(f"{word}|a", [])
        for p in _pole(synsets, s) + [s]
    )


def build() -> list[str]:
    synsets, index = read_synsets()
    opposed = {
        (a, b)
        for a, data in synsets.items()
        for sym, b in data["pointers"]
        if sym == "!" and a[0] == b[0]
    }
    opposed |= {(b, a) for a, b in opposed}
    with_antonym = {a for a, _ in opposed}
    lines, used, opposable = [], set(), set()
    for key in sorted(index):
        word, pos = key.split("|")
        if "_" in word or "-" in word or any(c.isdigit() for c in word):
            continue
        if pos == "a" and is_number(synsets, index, word):
            continue
        own, reach = senses_of(synsets, index, word, pos)
        if not (own & with_antonym or reach & with_antonym):
            continue
        lines.append(f"{pos}\t{word}\t{','.join(sorted(own))}\t{','.join(sorted(reach))}")
        used |= own | reach
        if pos == "a" and own & with_antonym:
            opposable.add(word)
    lines += [f"!\t{a}\t{b}" for a, b in sorted(opposed) if a < b and a in used and b in used]
    nonadjectives = verbal_adjectives(opposable) | seldom_adjectives(opposable, index)
    lines += [f"x\t{form}" for form in sorted(nonadjectives)]
    for word, counts in sorted(tagged_counts().items()):
        lines.append(f"t\t{word}\t" + ",".join(f"{p}:{n}" for p, n in sorted(counts.items())))
    return lines


def main() -> int:
    if not os.path.isdir(WORDNET):
        print(f"{WORDNET} not found: apt-get install wordnet-base", file=sys.stderr)
        return 2
    lines = build()
    header = (
        "# WordNet 3.0 senses per word (pos, word, own synsets, reached synsets) and"
        " opposed synsets (!); built by bench/make_opposite_senses.py. See WORDNET-LICENSE."
    )
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("\n".join([header, *lines]) + "\n")
    os.replace(tmp, OUT)
    print(f"{len(lines)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
