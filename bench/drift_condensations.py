"""Why a dropped adjective or adverb is a critical error in DEMETR and harmless in
ContraTICO: the census of session 32 (drift37b; docs/drift.md), kept so that a later
round can test a new separating idea against the same counts.

    python bench/drift_condensations.py --base /work/wt/final31_out [--full FULL.jsonl]

DEMETR's ``critical:adj_adv_removed`` pairs drop one adjective or adverb from a good
translation. ContraTICO's ``expansion_noimpact`` pairs (label 0) are made the mirror way:
one word is added to the (French) source of an unchanged pair, so the English lacks it,
and its ``expansion_impact`` and ``intensifier`` pairs (label 1) are made the same way.
The script finds the word on both sides (DEMETR: the word of the faithful twin the
translation lacks; ContraTICO: the one adjective or adverb the proxy's Spanish has more
than the faithful pair with the same English, read by Apertium's tagger), puts it in a
class (degree, time and frequency, quantity, evaluation, origin and place, by closed
lists; relational, descriptive with an antonym, descriptive, by WordNet's files), and
prints the counts per class and the pairs' literalness (chrF of the translation against
Apertium's literal MT of the Spanish, the length ratio). DEMETR pairs are split into
found and missed by the base run's findings (``drift_flags.py run``); ``--full``, a
whole-file ContraTICO run, splits ContraTICO's pairs by whether the base flags them.
Only ContraTICO's slices fit, A and C are read (B and D are held out).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections import defaultdict

try:
    import drift_public as public
    from drift_compare import slice_of
except ImportError:  # pragma: no cover
    from bench import drift_public as public
    from bench.drift_compare import slice_of


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Closed classes of the English word (the DEMETR word, or the literal MT's rendering of
# the ContraTICO word); the first that holds wins.
CLASSES = (
    (
        "degree",
        _set(
            """very quite too really extremely highly deeply strongly greatly fully totally
            entirely absolutely significantly considerably particularly especially severe
            serious grave gravely seriously severely strong intense intensely big large great
            huge vast heavy heavily light slight slightly mild little much more less most least
            largest higher larger lowest bigger smaller enormous massive massively terrible
            terribly well amply abundantly vividly brutally considerable extreme exceptionally
            elevated high low deep"""
        ),
    ),
    (
        "time",
        _set(
            """often usually generally frequently regularly always never sometimes recently
            currently already yet still again then finally immediately earlier before ago later
            soon new recent current daily annual monthly weekly former previous next last early
            late sudden suddenly persistent prolonged chronic constant continuous temporary
            permanent initial year-round immediate old young present indefinitely long quickly
            rapidly fast gradual gradually seasonal eventual usual occasional"""
        ),
    ),
    (
        "quantity",
        _set(
            """nearly almost about around approximately roughly only just additional other
            several all every many few some various numerous single whole entire exactly
            precisely namely solely exclusively mostly mainly partly largely respective"""
        ),
    ),
    (
        "evaluation",
        _set(
            """essential important significant relevant pertinent necessary useful effective
            effectively good bad vain surprising surprisingly certainly maybe perhaps apparently
            well-known famous favorably favourably positive negative possible likely probable
            real true guilty appropriate specific particular precise direct directly main key
            major principal primary prime crucial critical vital unexpected correct proper
            suitable practical potential available official officially"""
        ),
    ),
    (
        "origin",
        _set(
            """local national international global globally municipal suburban urban rural
            foreign domestic regional world world-wide worldwide public private"""
        ),
    ),
)
WORDNET = os.environ.get("ALIGNER_WORDNET", "/usr/share/wordnet")


_INDEX: dict = {}


def _wordnet_kinds(word: str) -> set[str]:
    """WordNet's files for an adjective or adverb: 'adj.pert' (relational), 'adj.all'
    with an antonym ('polar'), 'adj.all', 'adv.all'."""
    _index = _INDEX
    if not _index:
        for part in ("adj", "adv"):
            with open(os.path.join(WORDNET, f"index.{part}"), encoding="utf-8") as fh:
                for line in fh:
                    if not line.startswith(" "):
                        p = line.split()
                        _index.setdefault(part, {})[p[0]] = p[4 + int(p[3]) + 2 :][:2]
            with open(os.path.join(WORDNET, f"data.{part}"), encoding="utf-8") as fh:
                _index["data." + part] = {line[:8]: line for line in fh if line[:1].isdigit()}
    out = set()
    for part in ("adj", "adv"):
        for off in _index[part].get(word.lower().replace(" ", "_"), []):
            line = _index["data." + part][off]
            lex = {"00": "adj.all", "01": "adj.pert", "02": "adj.ppl", "44": "adv.all"}
            out.add(lex.get(line.split()[1], line.split()[1]))
            if part == "adj" and " ! " in line.split(" | ")[0]:
                out.add("polar")
    return out


def word_class(word: str) -> str:
    w = word.lower()
    for name, words in CLASSES:
        if w in words:
            return name
    kinds = _wordnet_kinds(w)
    if word[:1].isupper() and kinds & {"adj.all", "adj.pert"}:
        return "origin"
    if not kinds:
        return "none"
    if "adj.pert" in kinds:
        return "relational"
    if "adv.all" in kinds:
        return "adverb, other"
    return "descriptive, polar" if "polar" in kinds else "descriptive"


def _flags(path: str) -> dict[str, bool]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out[r["id"]] = any(f["severity"] in ("critical", "major") for f in r["findings"])
    return out


def _gone(a: list[str], b: list[str]) -> list[int]:
    """Indices of ``a`` that ``b`` lacks."""
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return [
        i
        for op, i1, i2, _, _ in sm.get_opcodes()
        if op in ("delete", "replace")
        for i in range(i1, i2)
    ]


def _quartiles(xs: list[float]) -> str:
    xs = sorted(xs)
    n = len(xs)
    return " / ".join(f"{xs[min(n - 1, n * k // 4)]:.2f}" for k in (1, 2, 3)) if xs else "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="a drift_flags.py run folder")
    ap.add_argument("--full", help="a whole-file ContraTICO run (contratico-fr-to-es.jsonl)")
    args = ap.parse_args()
    from aligner.alignment.mt import load_translator
    from aligner.drift.clauses import _chrf
    from aligner.drift.lexical_diff import analyse
    from aligner.drift.text import fold

    groups: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # group → (word, tgt, src)
    for name in ("demetr-fr>es", "demetr-it>es"):
        rows, _ = public.load_public(name)
        flags = _flags(os.path.join(args.base, name.replace(">", "-to-") + ".jsonl"))
        twin = {r["src"]: r["tgt"] for r in rows if not r["labels"]}
        for r in rows:
            if r["kind"] == "critical:adj_adv_removed" and r["src"] in twin:
                a, b = twin[r["src"]].split(), r["tgt"].split()
                gone = [
                    a[i].strip(".,;:!?\"'")
                    for i in _gone([fold(x) for x in a], [fold(x) for x in b])
                ]
                if gone:
                    found = "found" if flags.get(r["id"]) else "missed"
                    groups[f"DEMETR adj_adv_removed, {found}"].append(
                        (gone[-1], r["tgt"], r["src"])
                    )
            elif r["kind"] == "faithful":
                groups["DEMETR faithful"].append(("", r["tgt"], r["src"]))
    full, _ = public.load_public("contratico-fr>es")
    where = slice_of()
    full = [r for r in full if where[r["id"].split(":")[1]] in ("fit", "A", "C")]
    flags = _flags(args.full) if args.full else {}
    kinds = ("expansion_noimpact", "expansion_impact", "intensifier")
    ct = [r for r in full if r["kind"] in kinds + ("faithful",)]
    words = analyse([r["src"] for r in ct], "es", "en") or []
    faithful = {r["tgt"]: w for r, w in zip(ct, words, strict=True) if r["kind"] == "faithful"}
    todo = []
    for r, w in zip(ct, words, strict=True):
        if r["kind"] == "faithful":
            groups["ContraTICO faithful (label 0)"].append(("", r["tgt"], r["src"]))
            continue
        if r["tgt"] not in faithful:
            continue
        old = [fold(x.surface) for x in faithful[r["tgt"]]]
        new = _gone([fold(x.surface) for x in w], old)
        if len(new) == 1 and w[new[0]].pos in ("adj", "adv"):
            todo.append((r, w[new[0]]))
    # The ContraTICO word's class is read on its literal rendering, one word at a time.
    mt = load_translator("es", "en")
    rendered = mt.translate([x.surface for _, x in todo]) if todo else []
    for (r, x), eng in zip(todo, rendered, strict=True):
        eng = eng.strip(" .").lower() if x.surface[:1].islower() else eng.strip(" .")
        label = "label 0" if not r["labels"] else "label 1"
        flag = "" if not flags else (", base flags" if flags.get(r["id"]) else ", base quiet")
        groups[f"ContraTICO {r['kind']} ({label}){flag}"].append((eng, r["tgt"], r["src"]))
    names = sorted(groups)
    classes = sorted({word_class(w) for g in names for w, _, _ in groups[g] if w})
    print("| class | " + " | ".join(n for n in names if groups[n][0][0]) + " |")
    for c in classes:
        cells = [
            str(sum(word_class(w) == c for w, _, _ in groups[n])) for n in names if groups[n][0][0]
        ]
        print(f"| {c} | " + " | ".join(cells) + " |")
    literal = mt.translate(sorted({s for n in names for _, _, s in groups[n]}))
    mt_of = dict(zip(sorted({s for n in names for _, _, s in groups[n]}), literal, strict=True))
    print(
        "\n| group | pairs | chrF(translation, literal MT) p25 / p50 / p75 "
        "| words, translation / MT |"
    )
    for n in names:
        chrf = [_chrf(t, mt_of[s]) for _, t, s in groups[n]]
        ratio = [len(t.split()) / max(1, len(mt_of[s].split())) for _, t, s in groups[n]]
        print(f"| {n} | {len(groups[n])} | {_quartiles(chrf)} | {_quartiles(ratio)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
