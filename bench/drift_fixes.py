"""The session-9 false-alarm rules, each switched on alone, and their choice left one
language out.

    python bench/drift_fixes.py --out DIR [--files ...] [--embeddings] [--limit 600]
    python bench/drift_fixes.py --out DIR --saved [--files ...]

Each file is read, translated (MT auto) and, with ``--embeddings``, embedded once; then
the checks run once per setting: ``none`` (the four rules off), each rule alone
(``neg``: a restrictive negation rendered "only", :func:`aligner.drift.privative.restricted`;
``acro``: an unknown acronym turned into a word, :func:`aligner.drift.acronyms.mangled_acronym`;
``date``: numeric dates and years joined to dates, :mod:`aligner.drift.dates`;
``degree``: an intensifier moved into a stronger word, ``intensity.degree_gaps``) and
``all``. The language lists of the same session (idioms, "hace falta", "potencial") are on
in every setting. Findings are saved per setting as ``DIR/s<setting>/<file>.jsonl``
(``bench/drift_flags.py``'s format). Printed per file and setting: genuine critical pairs
(a finding the faithful pair of the same source lacks, ``drift_synonyms.genuine_counts``)
and faithful pairs flagged; then, per rule, whether to keep it, chosen on the files of one
source language (fr-derived or it-derived) by genuine critical recall minus faithful
flagged, and what that choice does on the other language's files.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace

try:
    import drift_flags as flags
    from drift_synonyms import family, genuine_counts, score
except ImportError:  # pragma: no cover
    from bench import drift_flags as flags
    from bench.drift_synonyms import family, genuine_counts, score

RULES = ("neg", "acro", "date", "degree")
SETTINGS = ("none",) + RULES + ("all",)
FILES = "demetr-fr>es,demetr-it>es,contratico-fr>es,corpora-dev,corpora-dev2"


def _switch(on: set[str]) -> None:
    from aligner.drift import acronyms, dates, intensity, privative

    privative.RESTRICTIVE = "neg" in on
    acronyms.MANGLED = "acro" in on
    dates.ENABLED = "date" in on
    intensity.DEGREE_MOVED = "degree" in on


def _rules(setting: str) -> set[str]:
    return set(RULES) if setting == "all" else ({setting} & set(RULES))


def findings_per_setting(
    name: str, embeddings: bool, limit: int
) -> tuple[list[dict], dict[str, list[list]]]:
    from aligner.drift import checks, clauses
    from aligner.drift.quantities import extract_quantities

    rows, langs, _ = flags.load_file(name, limit)
    _switch(set(RULES))
    sides = [
        (checks.read_side(r["src"], langs[0]), checks.read_side(r["tgt"], langs[1])) for r in rows
    ]
    evidence = checks._gather_mt(sides, *langs, "auto", None)
    vectors = checks._embed_all(checks._load_embedder("auto" if embeddings else None), sides)
    built = [
        clauses.ClauseEvidence.build(s, t, ev, vectors[k] if vectors else None)
        for k, ((s, t), ev) in enumerate(zip(sides, evidence, strict=True))
    ]
    _switch(set())
    undated = [
        (
            replace(s, quantities=extract_quantities(s.text, s.lang)),
            replace(t, quantities=extract_quantities(t.text, t.lang)),
        )
        for s, t in sides
    ]
    out: dict[str, list[list]] = {}
    for setting in SETTINGS:
        on = _rules(setting)
        _switch(on)
        pairs = sides if "date" in on else undated
        out[setting] = [
            checks._check(checks.PairAnalysis(s, t, ev, ce))
            for (s, t), ev, ce in zip(pairs, evidence, built, strict=True)
        ]
    _switch(set(RULES))
    return rows, out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--files", default=FILES)
    parser.add_argument("--embeddings", action="store_true")
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--saved", action="store_true", help="score the findings in --out")
    args = parser.parse_args()
    table: dict[str, dict[str, tuple[int, int, int, int]]] = {}
    for name in args.files.split(","):
        if not args.saved:
            rows, per_setting = findings_per_setting(name, args.embeddings, args.limit)
            for setting, found in per_setting.items():
                flags.write_findings(
                    os.path.join(args.out, "s" + setting, os.path.basename(flags._path("", name))),
                    rows,
                    found,
                )
        table[name] = {
            s: genuine_counts(flags.read(os.path.join(args.out, "s" + s), name)) for s in SETTINGS
        }
        for s in SETTINGS:
            c_hit, c_n, f_hit, f_n = table[name][s]
            print(
                f"{name} {s}: genuine critical {c_hit}/{c_n}, faithful flagged {f_hit}/{f_n}",
                flush=True,
            )
    families = sorted({family(n) for n in table} - {"es"})
    for rule in RULES:
        for held in families:
            fit = [n for n in table if family(n) not in (held, "es")]
            test = [n for n in table if family(n) == held]
            if not fit or not test:
                continue
            keep = score(table, fit, rule) > score(table, fit, "none")
            print(f"{rule}: fit on {','.join(fit)}: {'keep' if keep else 'drop'}; on {held}:")
            for n in test:
                c0, cn, f0, fn = table[n]["none"]
                c1, _, f1, _ = table[n][rule if keep else "none"]
                print(
                    f"  {n}: genuine critical {c0}/{cn} -> {c1}/{cn}, "
                    f"faithful {f0}/{fn} -> {f1}/{fn}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
