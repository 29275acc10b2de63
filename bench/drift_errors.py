"""Error study of the drift checks on the DEVELOPMENT files: what fires on faithful pairs.

    python bench/drift_errors.py [--limit 300] [--no-embeddings] [--save errors.pkl]
    python bench/drift_errors.py --load errors.pkl

Development files only: corpora/drift dev and dev2 and the public files in
``../shared/data`` (a stratified sample of about ``--limit`` pairs each, seed 12). The
corpora/drift test split and pt-en are never read here. Prints, per file, the faithful
pairs flagged at >= major and, over all files, the finding classes (type, severity and
the kind of finding: a figure dropped/added/changed, a name swapped/added/dropped, ...)
on faithful pairs against the same classes on labelled pairs, and the kinds of text they
fire on (script, length, whether the pair has MT).
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter, defaultdict

try:
    import drift_public as public
    from drift import DEV_LAST, corpus_rows, load
    from drift_fit import _analyse
except ImportError:  # pragma: no cover
    from bench import drift_public as public
    from bench.drift import DEV_LAST, corpus_rows, load
    from bench.drift_fit import _analyse


def dev_files(limit: int | None) -> list[dict]:
    """The development files only (never corpora/drift test or pt-en)."""
    es = load("es-en-drift.jsonl")
    out = [
        {
            "name": "corpora dev",
            "langs": ("es", "en"),
            "rows": corpus_rows([r for r in es if int(r["id"][1:]) <= DEV_LAST]),
        },
        {
            "name": "corpora dev2",
            "langs": ("es", "en"),
            "rows": corpus_rows(load("es-en-dev2.jsonl")),
        },
    ]
    for name in public.available():
        rows, langs = public.load_public(name)
        out.append({"name": name, "langs": langs, "rows": public.sample(rows, limit)})
    return out


_QUOTED = re.compile(r"[“\"«][^”\"»]*[”\"»]")


def finding_class(f) -> str:
    """The kind of a finding, from its check and the shape of its message (quotes cut)."""
    msg = _QUOTED.sub("Q", f.message)
    head = " ".join(msg.split()[:6])
    sides = ("S" if f.source_span else "-") + ("T" if f.target_span else "-")
    return f"{f.type}/{f.severity}/{sides}: {head}"


def text_class(row: dict, a) -> str:
    """A coarse class of the pair's text: script of the source, length, MT present."""
    src = row["src"]
    cyr = any("\u0400" <= c <= "\u04ff" for c in src)
    n = len(src.split())
    length = "short" if n < 15 else "long" if n > 35 else "mid"
    mt = "mt" if a.evidence.mt is not None else "no-mt"
    digits = "digits" if any(c.isdigit() for c in src + row["tgt"]) else "nodigits"
    return f"{'cyrillic' if cyr else 'latin'}/{length}/{mt}/{digits}"


def per_file_table(files: list[dict]) -> None:
    """The bench/drift.py per-file row (flagged = a finding at >= major) of each file."""
    print(public.TABLE_HEAD)
    for f in files:
        found = [[(g.type, g.severity) for g in a.findings] for a in f["analyses"]]
        res = public.score_public(f["rows"], found)
        print(public.table_row(f["name"], res))


def study(files: list[dict]) -> None:
    per_file_table(files)
    faithful_cls: Counter = Counter()
    labelled_cls: Counter = Counter()
    by_file: dict[str, Counter] = defaultdict(Counter)
    text_hits: Counter = Counter()
    text_all: Counter = Counter()
    print("\nPer file: faithful pairs flagged at >= major, by finding type")
    for f in files:
        flagged = faithful = 0
        for row, a in zip(f["rows"], f["analyses"], strict=True):
            major = [g for g in a.findings if g.severity != "minor"]
            if row["labels"]:
                for g in major:
                    labelled_cls[finding_class(g)] += 1
                continue
            faithful += 1
            tc = text_class(row, a)
            text_all[tc] += 1
            if major:
                flagged += 1
                text_hits[tc] += 1
            for t in {g.type for g in major}:
                by_file[f["name"]][t] += 1
            for g in major:
                faithful_cls[finding_class(g)] += 1
        types = ", ".join(f"{t} {n}" for t, n in by_file[f["name"]].most_common())
        print(f"  {f['name']}: {flagged}/{faithful} = {flagged / max(1, faithful):.2f}  ({types})")
    print("\nFinding classes on faithful pairs (>= major), with the same class on labelled pairs")
    for cls, n in faithful_cls.most_common(40):
        print(f"  {n:4d}  labelled {labelled_cls[cls]:4d}  {cls}")
    print("\nKinds of text: faithful pairs flagged / faithful pairs")
    for tc, n in sorted(text_all.items(), key=lambda kv: -kv[1]):
        print(f"  {tc:<34} {text_hits[tc]:4d} / {n:4d} = {text_hits[tc] / n:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--no-embeddings", action="store_true")
    parser.add_argument("--save", help="pickle the analyses here")
    parser.add_argument("--load", help="study analyses pickled before")
    parser.add_argument("--cache", help="per-file analyses cache shared with drift_fit.py")
    args = parser.parse_args()
    if args.load:
        with open(args.load, "rb") as fh:
            files = pickle.load(fh)
    else:
        files = dev_files(args.limit)
        for f in files:
            f["analyses"] = _analyse(f, None if args.no_embeddings else "auto", args.cache)
            print(f"  {f['name']}: {len(f['rows'])} pairs", file=sys.stderr)
        if args.save:
            with open(args.save, "wb") as fh:
                pickle.dump(files, fh)
    study(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
