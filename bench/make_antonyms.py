"""Build aligner/drift/data/antonyms_en.tsv from Debian's WordNet 3.0 (package wordnet-base).

    apt-get install wordnet-base && python bench/make_antonyms.py

WordNet's direct antonym pointers ("!") between single words, both directions, with the
part of speech; and the irregular forms (``*.exc``) of those words, so that the drift
check can find "worse" under "bad" and "fell" under "fall". WordNet's licence asks for
its notice on every copy: it is written to aligner/drift/data/WORDNET-LICENSE.
"""

from __future__ import annotations

import os
import sys

WORDNET = "/usr/share/wordnet"
OUT = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "aligner", "drift", "data"
)
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
SYNSETS = os.environ.get("ANTONYM_SYNSETS", "1") == "1"
# Indirect antonyms of adjectives (WordNet's own notion): a satellite synset ("similar to"
# a head adjective) is opposed to the head's antonym ("enormous" ~ "large" ↔ "small"),
# when the satellite is an adjective only and the other word no verb.
INDIRECT = os.environ.get("ANTONYM_INDIRECT", "1") == "1"
# Satellites with their heads ("~", satellite, head), same restriction on the satellite:
# two satellites of opposed heads are opposed too ("enormous" ~ "large" ↔ "small" ~
# "tiny"), found at run time so that the table stays small (docs/drift.md, "Session 14").
SIMILAR = os.environ.get("ANTONYM_SIMILAR", "1") == "1"


def synsets(pos: str) -> dict[str, list[str]]:
    """Offset -> words of every synset of one part of speech."""
    out = {}
    with open(os.path.join(WORDNET, f"data.{pos}"), encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            parts = line.split()
            count = int(parts[3], 16)
            out[parts[0]] = [parts[4 + 2 * k].lower() for k in range(count)]
    return out


def antonyms() -> set[tuple[str, str, str]]:
    words = {p: synsets(p) for p in POS}
    pairs = set()
    for pos in POS:
        with open(os.path.join(WORDNET, f"data.{pos}"), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                parts = line.split("|")[0].split()
                count = int(parts[3], 16)
                k = 4 + 2 * count
                for p in range(int(parts[k])):
                    sym, off, tpos, st = parts[k + 1 + 4 * p : k + 5 + 4 * p]
                    if sym != "!":
                        continue
                    src, tgt = int(st[:2], 16), int(st[2:], 16)
                    tname = {"s": "adj"}.get(
                        tpos, {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}[tpos]
                    )
                    # The pointer joins two words; their synsets' other members are
                    # opposed too ("prohibit" ↔ "permit", so "prohibit" ↔ "allow").
                    for a in words[pos][parts[0]] if SYNSETS else [words[pos][parts[0]][src - 1]]:
                        for b in words[tname][off] if SYNSETS else [words[tname][off][tgt - 1]]:
                            a, b = a.split("(")[0], b.split("(")[0]  # "galore(ip)" markers
                            if "_" in a or "_" in b or "-" in a or "-" in b or a == b:
                                continue
                            pairs.add((POS[pos], a, b))
    return pairs


def _clean(word: str) -> str | None:
    w = word.split("(")[0]
    return None if "_" in w or "-" in w else w


def _lemmas(pos: str) -> set[str]:
    """Every word WordNet lists under one part of speech (its index file), with the
    inflected forms of its exception list and the regular ones ("used", "elevated")."""
    with open(os.path.join(WORDNET, f"index.{pos}"), encoding="latin-1") as fh:
        base = {line.split()[0] for line in fh if not line.startswith("  ")}
    with open(os.path.join(WORDNET, f"{pos}.exc"), encoding="latin-1") as fh:
        forms = {line.split()[0] for line in fh if line.split()}
    endings = ("s", "es", "ed", "d", "ing") if pos == "verb" else ("s", "es")
    return base | forms | {b + e for b in base for e in endings}


def _satellites() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    """Adjective synsets' words, each satellite's heads ("&") and each head's antonyms."""
    words = synsets("adj")
    heads: dict[str, list[str]] = {}  # satellite offset -> head offsets ("&")
    opposite: dict[str, list[str]] = {}  # head offset -> antonym synset offsets ("!")
    with open(os.path.join(WORDNET, "data.adj"), encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            parts = line.split("|")[0].split()
            k = 4 + 2 * int(parts[3], 16)
            for p in range(int(parts[k])):
                sym, off = parts[k + 1 + 4 * p], parts[k + 2 + 4 * p]
                if sym == "&" and parts[2] == "s":
                    heads.setdefault(parts[0], []).append(off)
                elif sym == "!":
                    opposite.setdefault(parts[0], []).append(off)
    return words, heads, opposite


def _adjectives_only() -> tuple[set[str], set[str]]:
    """Words that are also nouns or verbs, and words that are also verbs."""
    verbs = _lemmas("verb")
    return _lemmas("noun") | verbs, verbs


def indirect() -> set[tuple[str, str, str]]:
    """Adjective satellites against their head's antonyms, both directions."""
    words, heads, opposite = _satellites()
    # Only satellites that are adjectives alone ("superior", "remote" are also nouns) and
    # head-side words that are no verbs ("used", "present", "lower"): as nouns or verbs
    # they oppose nothing.
    other_pos, verbs = _adjectives_only()
    pairs = set()
    for sat, hs in heads.items():
        for h in hs:
            for anti in opposite.get(h, ()):
                for a in filter(None, map(_clean, words[sat])):
                    for b in filter(None, map(_clean, words[anti])):
                        if a != b and a not in other_pos and b not in verbs:
                            pairs.add(("a", a, b))
                            pairs.add(("a", b, a))
    return pairs


def _first_senses() -> dict[str, str]:
    """Each adjective's most frequent synset (the first one its index line lists)."""
    out = {}
    with open(os.path.join(WORDNET, "index.adj"), encoding="latin-1") as fh:
        for line in fh:
            if not line.startswith("  "):
                fields = line.split()
                out[fields[0]] = fields[-int(fields[2])]
    return out


def similar() -> set[tuple[str, str, str]]:
    """("~", satellite, head word) for the adjective-only words whose most frequent sense
    is a satellite synset whose head has an antonym ("several" is "single" only in a rare
    sense, "severe" is "bad" in its first)."""
    words, heads, opposite = _satellites()
    other_pos, _ = _adjectives_only()
    first = _first_senses()
    out = set()
    for sat, hs in heads.items():
        for h in hs:
            # Numbers ("38" ~ cardinal, "38th" ~ ordinal) are the number check's.
            if h not in opposite or {"cardinal", "ordinal"} & set(words[h]):
                continue
            for a in filter(None, map(_clean, words[sat])):
                if a in other_pos or first.get(a) != sat or any(c.isdigit() for c in a):
                    continue
                for b in filter(None, map(_clean, words[h])):
                    if a != b:
                        out.add(("~", a, b))
    return out


def exceptions(lemmas: set[str]) -> set[tuple[str, str]]:
    out = set()
    for pos in POS:
        with open(os.path.join(WORDNET, f"{pos}.exc"), encoding="latin-1") as fh:
            for line in fh:
                form, *bases = line.split()
                for base in bases:
                    if base in lemmas and form != base and "_" not in form:
                        out.add((form, base))
    return out


def main() -> int:
    if not os.path.isdir(WORDNET):
        print(f"{WORDNET} not found: apt-get install wordnet-base", file=sys.stderr)
        return 2
    pairs = antonyms() | (indirect() if INDIRECT else set())
    pairs |= similar() if SIMILAR else set()
    exc = exceptions({w for _p, a, b in pairs for w in (a, b)})
    lines = [
        "# WordNet 3.0 antonym pairs (pos, word, antonym), adjective satellites (~, word,"
        " head) and irregular forms (=, form, lemma); built by bench/make_antonyms.py."
        " See WORDNET-LICENSE."
    ]
    lines += [f"{p}\t{a}\t{b}" for p, a, b in sorted(pairs)]
    lines += [f"=\t{f}\t{b}" for f, b in sorted(exc)]
    tmp = os.path.join(OUT, "antonyms_en.tsv.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(tmp, os.path.join(OUT, "antonyms_en.tsv"))
    with open("/usr/share/doc/wordnet-base/copyright", encoding="utf-8") as fh:
        notice = fh.read()
    with open(os.path.join(OUT, "WORDNET-LICENSE"), "w", encoding="utf-8") as fh:
        fh.write(notice)
    print(f"{len(pairs)} antonym pairs, {len(exc)} irregular forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
