"""The drift checks again on only the pairs whose literal MT leaves a lower-case source
word untranslated, against a full run's output (bench/drift_flags.py), with
:mod:`aligner.drift.rendered_unknowns` switched on: what filling leftovers changes, in a
fraction of a full run's time (session 40, drift45c; docs/drift.md).

    python bench/drift_leftovers.py --files 'demetr-it>es' --base OUT [--full] [--show]

``--base``: a ``drift_flags.py run --features`` output folder of the same code with the
module off (``--full``: its ``full/`` whole-ContraTICO output). Prints, per file, the
verdicts that changed by slice, label and direction; ``--show`` prints the readable
ones (never corpora-test's, nor ContraTICO's held-out slices B and D).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import drift_compare
import drift_flags

import aligner.drift.rendered_unknowns as rendered_unknowns
from aligner.alignment.mt import load_translator
from aligner.drift.checks import analyse_pairs

HELD_OUT = {"corpora-test"}
READABLE_SLICES = {"all", "fit", "A", "C"}


def leftover_pairs(rows: list[dict], langs: tuple[str, str]) -> tuple[list[int], list]:
    """Indices of the rows whose MT leaves a lower-case word of four letters or more."""
    forward = load_translator(*langs, "auto")
    marked = forward.translate_marked([r["src"] for r in rows]) if forward else []
    picked = [
        k
        for k, m in enumerate(marked)
        if any(u[:1].islower() and len(u) >= 4 and u.isalpha() for u in m.unknown)
    ]
    return picked, marked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", required=True)
    ap.add_argument("--base", required=True)
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    rendered_unknowns.ENABLED = True
    where = drift_compare.slice_of() if args.full else None
    for name in args.files.split(","):
        rows, langs, _ = drift_flags.load_file(name, 100_000 if args.full else 600)
        base = drift_compare._read(
            os.path.join(args.base, "full") if args.full else args.base, name
        )
        if [r["id"] for r in base] != [r["id"] for r in rows]:
            sys.exit(f"drift_leftovers: {args.base}: not a run of {name} with these pairs")
        picked, marked = leftover_pairs(rows, langs)
        pairs = [(rows[k]["src"], rows[k]["tgt"]) for k in picked]
        checked = analyse_pairs(pairs, *langs, embedder=None, mt="auto")
        print(f"{name}: {len(picked)} of {len(rows)} pairs have a leftover", flush=True)
        changed: Counter = Counter()
        for k, result in zip(picked, checked, strict=True):
            row = rows[k]
            new = {
                "labels": row["labels"],
                "findings": [
                    {"type": f.type, "severity": f.severity, "message": f.message}
                    for f in result.findings
                ],
            }
            (flagged, _), (before, _) = drift_compare.verdict(new), drift_compare.verdict(base[k])
            if flagged == before:
                continue
            part = where[row["id"].split(":")[1]] if where else "all"
            label = "label-1" if row["labels"] else "label-0"
            changed[(part, label, "+" if flagged else "-")] += 1
            if args.show and name not in HELD_OUT and part in READABLE_SLICES:
                print(f"  {part} {label} {'+' if flagged else '-'} [{row['kind']}] {row['src']}")
                print(f"     | {row['tgt']}\n     MT: {marked[k].text}")
        for key in sorted(changed):
            print("   ", *key, changed[key])


if __name__ == "__main__":
    main()
