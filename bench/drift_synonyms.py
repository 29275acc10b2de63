"""Sweep of the clause settings: the synonym rank of the coverage
(``aligner.drift.synonyms.MAX_RANK``) and the e5 gain thresholds of omissions and additions.

    python bench/drift_synonyms.py --out DIR [--files ...] [--settings 0,1,3,3:0.01:0.006]
                                   [--embeddings] [--limit 600]

Each file is read, translated (MT auto) and, with ``--embeddings``, embedded once; then
the checks run once per setting ("rank[:omission gain:addition gain]"; rank 0 = no
synonyms and no lemmas, the coverage before session 8) and each setting's findings are
saved as ``DIR/s<setting>/<file>.jsonl``, the format of ``bench/drift_flags.py`` (so its
``show`` and ``table`` read them). Printed: per file and setting, critical pairs flagged
(at >= major, any finding) and faithful pairs flagged; then the setting chosen
leave-one-language-out: fitted on the files of one source language (fr-derived,
it-derived; the corpora files are es) by critical recall minus faithful flagged, summed
over the files, and scored on the others.
"""

from __future__ import annotations

import argparse
import os
import sys

try:
    import drift_flags as flags
except ImportError:  # pragma: no cover
    from bench import drift_flags as flags

FILES = (
    "demetr-fr>es,demetr-it>es,contratico-fr>es,demetr-fr,demetr-it,contratico-fr,"
    "corpora-dev,corpora-dev2"
)


def family(name: str) -> str:
    """The source language a file derives from (its proxies included)."""
    if name.startswith("corpora"):
        return "es"
    return name.split("-")[1].split(">")[0]


def findings_per_setting(
    name: str, settings: list[str], embeddings: bool, limit: int
) -> tuple[list[dict], dict[str, list[list]]]:
    """Each pair's findings under each setting "rank[:omission gain[:addition gain]]"."""
    from aligner.drift import checks, clauses, synonyms

    rows, langs, _ = flags.load_file(name, limit)
    sides = [
        (checks.read_side(r["src"], langs[0]), checks.read_side(r["tgt"], langs[1])) for r in rows
    ]
    evidence = checks._gather_mt(sides, *langs, "auto", None)
    vectors = checks._embed_all(checks._load_embedder("auto" if embeddings else None), sides)
    defaults = (clauses.OMISSION_GAIN, clauses.ADDITION_GAIN)
    out: dict[str, list[list]] = {}
    first: list[tuple[tuple, list]] = []
    for setting in settings:
        parts = [float(p) for p in setting.split(":")]
        synonyms.MAX_RANK = int(parts[0])
        clauses.OMISSION_GAIN = parts[1] if len(parts) > 1 else defaults[0]
        clauses.ADDITION_GAIN = parts[2] if len(parts) > 2 else defaults[1]
        per_pair = []
        for k, ((src, tgt), ev) in enumerate(zip(sides, evidence, strict=True)):
            ce = clauses.ClauseEvidence.build(src, tgt, ev, vectors[k] if vectors else None)
            sig = (
                tuple((clauses._omitted(c), c.coverage) for c in ce.src),
                tuple((clauses._added(c), c.coverage) for c in ce.tgt),
            )
            if setting != settings[0] and first[k][0] == sig:  # no clause changed
                per_pair.append(first[k][1])
                continue
            found = checks._check(checks.PairAnalysis(src, tgt, ev, ce))
            per_pair.append(found)
            if setting == settings[0]:
                first.append((sig, found))
        out[setting] = per_pair
    clauses.OMISSION_GAIN, clauses.ADDITION_GAIN = defaults
    return rows, out


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


def genuine_counts(rows: list[dict]) -> tuple[int, int, int, int]:
    """Like :func:`counts`, from saved rows, but a critical pair counts as flagged only
    when one of its findings did not also fire on the faithful pair of the same source
    (DEMETR and ContraTICO perturb each source several times: a false alarm on the
    sentence "finds" every perturbation of it, whatever was changed)."""

    def hits(r: dict) -> set[tuple]:
        return {
            (f["type"], tuple(f["src"] or ()))
            for f in r["findings"]
            if f["severity"] in ("critical", "major")
        }

    faithful: dict[str, set[tuple]] = {}
    for r in rows:
        if not r["labels"]:
            faithful.setdefault(r["src"], set()).update(hits(r))
    c_hit = c_n = f_hit = f_n = 0
    for r in rows:
        h = hits(r)
        if not r["labels"]:
            f_n += 1
            f_hit += bool(h)
        elif r["labels"][0]["severity"] == "critical":
            c_n += 1
            c_hit += bool(h - faithful.get(r["src"], set()))
    return c_hit, c_n, f_hit, f_n


def score(table: dict, names: list[str], setting: str) -> float:
    """Critical recall minus faithful flagged, summed over files."""
    total = 0.0
    for n in names:
        c_hit, c_n, f_hit, f_n = table[n][setting]
        total += (c_hit / c_n if c_n else 0) - (f_hit / f_n if f_n else 0)
    return total


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--files", default=FILES)
    parser.add_argument(
        "--settings",
        default="0,1,2,3,5,8",
        help="rank[:omission gain:addition gain], comma-separated; the first is the reference",
    )
    parser.add_argument("--embeddings", action="store_true")
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument(
        "--saved",
        action="store_true",
        help="score the findings saved in --out (genuine critical hits)",
    )
    args = parser.parse_args()
    settings = args.settings.split(",")
    table: dict[str, dict[str, tuple[int, int, int, int]]] = {}
    for name in args.files.split(",") if args.saved else ():
        table[name] = {}
        for setting in settings:
            folder = os.path.join(args.out, "s" + setting.replace(":", "_"))
            table[name][setting] = genuine_counts(flags.read(folder, name))
            c_hit, c_n, f_hit, f_n = table[name][setting]
            print(
                f"{name} {setting}: genuine critical {c_hit}/{c_n}, faithful flagged {f_hit}/{f_n}",
                flush=True,
            )
    for name in () if args.saved else args.files.split(","):
        rows, per_setting = findings_per_setting(name, settings, args.embeddings, args.limit)
        table[name] = {}
        for setting, found in per_setting.items():
            flags.write_findings(
                os.path.join(
                    args.out,
                    "s" + setting.replace(":", "_"),
                    os.path.basename(flags._path("", name)),
                ),
                rows,
                found,
            )
            table[name][setting] = counts(rows, found)
            c_hit, c_n, f_hit, f_n = table[name][setting]
            print(
                f"{name} {setting}: critical {c_hit}/{c_n}, faithful flagged {f_hit}/{f_n}",
                flush=True,
            )
    families = sorted({family(n) for n in table} - {"es"})
    for held in families:
        fit = [n for n in table if family(n) not in (held, "es")]
        test = [n for n in table if family(n) == held]
        if not fit or not test:
            continue
        best = max(settings, key=lambda s: round(score(table, fit, s), 6))
        print(f"fit on {','.join(fit)}: {best}; on {held} files:")
        for n in test:
            c0, cn, f0, fn = table[n][settings[0]]
            c1, _, f1, _ = table[n][best]
            print(f"  {n}: critical {c0}/{cn} -> {c1}/{cn}, faithful {f0}/{fn} -> {f1}/{fn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
