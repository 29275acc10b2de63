"""Build aligner/drift/data/synonyms_en.tsv from Debian's WordNet 3.0 (package wordnet-base).

    apt-get install wordnet-base && python bench/make_synonyms.py

One line per WordNet synset with two single words or more: the part of speech, then each
word with the rank of this sense among the word's senses of that part of speech
("region:2 area:3": the synset is the 2nd sense of "region", the 3rd of "area"), so the
drift check can keep only a word's frequent senses. Then WordNet's irregular forms of
those words ("=", form, lemma: "ran" → "run"). The clause coverage
(:mod:`aligner.drift.synonyms`) reads it. WordNet's licence is in
aligner/drift/data/WORDNET-LICENSE (written by bench/make_antonyms.py).
"""

from __future__ import annotations

import os
import sys

try:
    from make_antonyms import OUT, POS, WORDNET, exceptions
except ImportError:  # pragma: no cover
    from bench.make_antonyms import OUT, POS, WORDNET, exceptions

# Senses beyond this rank are not written (rare senses make chance synonyms); ranks stay
# one digit, which aligner/drift/synonyms.py reads as such.
MAX_RANK = 8


def sense_ranks(pos: str) -> dict[tuple[str, str], int]:
    """(word, synset offset) -> the sense's rank for that word (1 = most frequent)."""
    ranks = {}
    with open(os.path.join(WORDNET, f"index.{pos}"), encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            parts = line.split()
            word, count = parts[0], int(parts[2])
            for rank, off in enumerate(parts[-count:], start=1):
                ranks[(word, off)] = rank
    return ranks


def synonym_sets() -> list[tuple[str, list[tuple[str, int]]]]:
    out = []
    for pos, short in POS.items():
        ranks = sense_ranks(pos)
        with open(os.path.join(WORDNET, f"data.{pos}"), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                parts = line.split()
                count = int(parts[3], 16)
                members = []
                for k in range(count):
                    word = parts[4 + 2 * k].split("(")[0].lower()
                    rank = ranks.get((word, parts[0]))
                    if "_" in word or "-" in word or rank is None or rank > MAX_RANK:
                        continue
                    if word not in (w for w, _ in members):
                        members.append((word, rank))
                if len(members) >= 2:
                    out.append((short, members))
    return out


def main() -> int:
    if not os.path.isdir(WORDNET):
        print(f"{WORDNET} not found: apt-get install wordnet-base", file=sys.stderr)
        return 2
    sets = synonym_sets()
    exc = exceptions({w for _p, members in sets for w, _r in members})
    lines = [
        "# WordNet 3.0 synsets (pos, word:sense rank ...) and irregular forms (=, form,"
        " lemma); built by bench/make_synonyms.py. See WORDNET-LICENSE."
    ]
    lines += [p + "\t" + " ".join(f"{w}:{r}" for w, r in m) for p, m in sets]
    lines += [f"=\t{f}\t{b}" for f, b in sorted(exc)]
    path = os.path.join(OUT, "synonyms_en.tsv")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(tmp, path)
    print(f"{len(sets)} synsets, {len(exc)} irregular forms -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
