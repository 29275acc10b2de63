"""Sweep of the synonym rank in the clause coverage (``aligner.drift.synonyms.MAX_RANK``).

    python bench/drift_synonyms.py --out DIR [--files ...] [--ranks 0,1,2,3,5,8]
                                   [--embeddings] [--limit 600]

Each file is read, translated (MT auto) and, with ``--embeddings``, embedded once; then
the checks run once per rank (0 = no synonyms and no lemmas, the coverage before
session 8) and each rank's findings are saved as ``DIR/r<rank>/<file>.jsonl``, the
format of ``bench/drift_flags.py`` (so its ``show`` and ``table`` read them). Printed:
per file and rank, critical pairs flagged (at >= major, any finding) and faithful pairs
flagged; then the rank chosen leave-one-language-out: fitted on the files of one source
language (fr-derived, it-derived; the corpora files are es) by critical recall minus
faithful flagged, summed over the files, and scored on the others.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

try:
    import drift_flags as flags
except ImportError:  # pragma: no cover
    from bench import drift_flags as flags

FILES = "demetr-fr>es,demetr-it>es,contratico-fr>es,demetr-fr,demetr-it,contratico-fr," \
        "corpora-dev,corpora-dev2"


def family(name: str) -> str:
    """The source language a file derives from (its proxies included)."""
    if name.startswith("corpora"):
        return "es"
    return name.split("-")[1].split(">")[0]


def findings_per_rank(name: str, ranks: list[int], embeddings: bool, limit: int
                      ) -> tuple[list[dict], dict[int, list[list]]]:
    from aligner.drift import checks, synonyms
    from aligner.drift.clauses import ClauseEvidence

    rows, langs, _ = flags.load_file(name, limit)
    sides = [(checks.read_side(r["src"], langs[0]), checks.read_side(r["tgt"], langs[1]))
             for r in rows]
    evidence = checks._gather_mt(sides, *langs, "auto", None)
    vectors = checks._embed_all(checks._load_embedder("auto" if embeddings else None), sides)
    out = {}
    for rank in ranks:
        synonyms.MAX_RANK = rank
        per_pair = []
        for k, ((src, tgt), ev) in enumerate(zip(sides, evidence, strict=True)):
            ce = ClauseEvidence.build(src, tgt, ev, vectors[k] if vectors else None)
            per_pair.append(checks._check(checks.PairAnalysis(src, tgt, ev, ce)))
        out[rank] = per_pair
    return rows, out


def save(path: str, rows: list[dict], findings: list[list]) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".tmp", "w", encoding="utf-8") as fh:
        for r, found in zip(rows, findings, strict=True):
            fh.write(json.dumps({
                "id": r["id"], "kind": r["kind"], "src": r["src"], "tgt": r["tgt"],
                "labels": r["labels"],
                "findings": [{"type": f.type, "severity": f.severity, "check": f.check,
                              "confidence": round(f.confidence, 3), "message": f.message,
                              "src": f.source_span, "tgt": f.target_span} for f in found]},
                ensure_ascii=False) + "\n")
    os.replace(path + ".tmp", path)


def counts(rows: list[dict], findings: list[list]) -> tuple[int, int, int, int]:
    """Critical pairs flagged, critical pairs, faithful pairs flagged, faithful pairs."""
    c_hit = c_n = f_hit = f_n = 0
    for row, found in zip(rows, findings, strict=True):
        kept = any(f.severity in ("critical", "major") for f in found)
        if not row["labels"]:
            f_n += 1
            f_hit += kept
        elif row["labels"][0]["severity"] == "critical":
            c_n += 1
            c_hit += kept
    return c_hit, c_n, f_hit, f_n


def score(table: dict, names: list[str], rank: int) -> float:
    """Critical recall minus faithful flagged, summed over files."""
    total = 0.0
    for n in names:
        c_hit, c_n, f_hit, f_n = table[n][rank]
        total += (c_hit / c_n if c_n else 0) - (f_hit / f_n if f_n else 0)
    return total


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--files", default=FILES)
    parser.add_argument("--ranks", default="0,1,2,3,5,8")
    parser.add_argument("--embeddings", action="store_true")
    parser.add_argument("--limit", type=int, default=600)
    args = parser.parse_args()
    ranks = [int(r) for r in args.ranks.split(",")]
    table: dict[str, dict[int, tuple[int, int, int, int]]] = {}
    for name in args.files.split(","):
        rows, per_rank = findings_per_rank(name, ranks, args.embeddings, args.limit)
        table[name] = {}
        for rank, found in per_rank.items():
            save(os.path.join(args.out, f"r{rank}", os.path.basename(flags._path("", name))),
                 rows, found)
            table[name][rank] = counts(rows, found)
            c_hit, c_n, f_hit, f_n = table[name][rank]
            print(f"{name} rank {rank}: critical {c_hit}/{c_n}, faithful flagged "
                  f"{f_hit}/{f_n}", flush=True)
    families = sorted({family(n) for n in table} - {"es"})
    for held in families:
        fit = [n for n in table if family(n) not in (held, "es")]
        test = [n for n in table if family(n) == held]
        if not fit or not test:
            continue
        best = max(ranks, key=lambda r: (round(score(table, fit, r), 6), -r))
        print(f"fit on {','.join(fit)}: rank {best}; on {held} files:")
        for n in test:
            c0, cn, f0, fn = table[n][ranks[0]]
            c1, _, f1, _ = table[n][best]
            print(f"  {n}: critical {c0}/{cn} -> {c1}/{cn}, faithful {f0}/{fn} -> {f1}/{fn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
