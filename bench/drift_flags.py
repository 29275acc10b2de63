"""Every pair's findings, saved per file, and the false alarms and misses grouped by class.

    python bench/drift_flags.py run  --out DIR [--files ...] [--limit N] [--embeddings] [--words]
    python bench/drift_flags.py show --out DIR [--files ...] [--faithful|--missed] [--kind K]
        [--twins]
    python bench/drift_flags.py table --out DIR [--files ...]

``run`` analyses each file (``corpora-dev``, ``corpora-dev2``, ``corpora-test``,
``corpora-pt``, the public files and the proxies such as ``demetr-fr>es``) with MT auto
and, unless ``--embeddings``, no e5, and writes ``DIR/<file>.jsonl``: one line a pair
with its id, label kind, texts and findings. ``show`` prints the faithful pairs flagged
at >= major (``--faithful``) or the critical pairs with no accepted finding at >= major
(``--missed``), with a count per finding class; ``table`` prints the per-file table
(critical recall, faithful flagged, MCC) from the saved findings. The corpora/drift test
split is held out: its false alarms are read for classes only, never tuned on pair by
pair.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter

try:
    import drift_public as public
    from drift import DEV_LAST, corpus_rows, load
except ImportError:  # pragma: no cover
    from bench import drift_public as public
    from bench.drift import DEV_LAST, corpus_rows, load

CORPORA = ("corpora-dev", "corpora-dev2", "corpora-test", "corpora-pt")
DEFAULT = (
    "corpora-dev",
    "corpora-dev2",
    "corpora-test",
    "demetr-fr>es",
    "demetr-it>es",
    "contratico-fr>es",
    *public.PUBLIC,
)
_QUOTED = re.compile(r"[“\"«][^”\"»]*[”\"»]")


def load_file(name: str, limit: int | None) -> tuple[list[dict], tuple[str, str], int]:
    """Rows (public shape), languages and the file's full size."""
    if name in CORPORA:
        if name == "corpora-pt":
            return corpus_rows(load("pt-en-drift.jsonl")), ("pt", "en"), 60
        if name == "corpora-dev2":
            rows = load("es-en-dev2.jsonl")
        else:
            es = load("es-en-drift.jsonl")
            dev = name == "corpora-dev"
            rows = [r for r in es if (int(r["id"][1:]) <= DEV_LAST) == dev]
        return corpus_rows(rows), ("es", "en"), len(rows)
    rows, langs = public.load_public(name)
    return public.sample(rows, limit if name.startswith("contratico") else None), langs, len(rows)


def _path(out: str, name: str) -> str:
    return os.path.join(out, name.replace(">", "-to-") + ".jsonl")


def run(args) -> None:
    from aligner.drift.checks import analyse_pairs

    os.makedirs(args.out, exist_ok=True)
    for name in args.files.split(","):
        rows, langs, _ = load_file(name, args.limit)
        began = time.perf_counter()
        analyses = analyse_pairs(
            [(r["src"], r["tgt"]) for r in rows],
            *langs,
            embedder="auto" if args.embeddings else None,
            mt="auto",
            words=args.words,
        )
        seconds = time.perf_counter() - began
        features = None
        if args.features:  # the decision layer's evidence, for bench/drift_curve.py
            from aligner.drift.decision import finding_features

            features = [[finding_features(a, f) for f in a.findings] for a in analyses]
        write_findings(_path(args.out, name), rows, [a.findings for a in analyses], features)
        print(f"{name}: {len(rows)} pairs in {seconds:.1f} s", flush=True)


def read(out: str, name: str) -> list[dict]:
    with open(_path(out, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def flagged(row: dict) -> list[dict]:
    return [f for f in row["findings"] if f["severity"] in ("critical", "major")]


def finding_class(f: dict) -> str:
    msg = _QUOTED.sub("Q", f["message"])
    return f"{f['type']}/{f['severity']}: {' '.join(msg.split()[:5])}"


def _twins_and_mt(rows: list[dict]) -> tuple[dict[str, str], dict[str, str]]:
    """Each source's faithful translation, and its literal MT (Apertium es→en)."""
    from aligner.alignment.mt import load_translator

    twin = {r["src"]: r["tgt"] for r in rows if not r["labels"]}
    srcs = sorted({r["src"] for r in rows})
    literal = load_translator("es", "en", pivot=False).translate(srcs)
    return twin, dict(zip(srcs, literal, strict=True))


def show(args) -> None:
    classes: Counter = Counter()
    for name in args.files.split(","):
        rows = read(args.out, name)
        twin, mt = _twins_and_mt(rows) if args.twins else ({}, {})
        for row in rows:
            if args.kind and row["kind"] != args.kind:
                continue
            hits = flagged(row)
            if args.missed:
                lab = row["labels"][0] if row["labels"] else None
                if not lab or lab["severity"] != "critical":
                    continue
                if {f["type"] for f in hits} & set(lab["accept"]):
                    continue
            elif row["labels"] or not hits:
                continue
            for f in (
                hits or row["findings"] or [{"type": "-", "severity": "-", "message": "nothing"}]
            ):
                classes[f"{name.split('>')[0][:8]} {finding_class(f)}"] += 1
            print(f"\n{row['id']} [{row['kind']}]\n  S: {row['src']}\n  T: {row['tgt']}")
            if args.twins:  # the census's view: the literal MT and the faithful twin
                print(f"  MT: {mt.get(row['src'], '')}\n  F: {twin.get(row['src'], '')}")
            for f in row["findings"]:
                print(f"   - {f['type']}/{f['severity']}: {f['message']}")
    print("\n== classes")
    for cls, n in classes.most_common(60):
        print(f"{n:4d}  {cls}")


def table(args) -> None:
    print(
        "| file | pairs | critical recall (any / typed) | precision | faithful flagged | MCC |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: |"
    )
    for name in args.files.split(","):
        rows = read(args.out, name)
        res = public.score_public(
            rows, [[(f["type"], f["severity"]) for f in r["findings"]] for r in rows]
        )
        crit = res["severity"].get("critical", {})
        print(
            f"| {name} | {len(rows)} | {public.fmt(crit.get('any'))} / "
            f"{public.fmt(crit.get('typed'))} | {public.fmt(res['precision'])} | "
            f"{public.fmt(res['faithful_flagged'])} | {public.fmt(res['mcc'])} |"
        )


def write_findings(
    path: str, rows: list[dict], findings: list[list], features: list[list] | None = None
) -> None:
    """One JSON line a pair: the pair, its labels and its findings (temp file, then rename);
    with ``features``, each finding's decision evidence too (key ``x``)."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path + ".tmp", "w", encoding="utf-8") as fh:
        for i, (r, found) in enumerate(zip(rows, findings, strict=True)):
            xs = features[i] if features else [None] * len(found)
            fh.write(
                json.dumps(
                    {
                        "id": r["id"],
                        "kind": r["kind"],
                        "src": r["src"],
                        "tgt": r["tgt"],
                        "labels": r["labels"],
                        "findings": [
                            {
                                "type": f.type,
                                "severity": f.severity,
                                "check": f.check,
                                "confidence": round(f.confidence, 3),
                                "message": f.message,
                                "src": f.source_span,
                                "tgt": f.target_span,
                                **({"x": [round(v, 5) for v in x]} if x else {}),
                            }
                            for f, x in zip(found, xs, strict=True)
                        ],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    os.replace(path + ".tmp", path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("run", "show", "table"))
    parser.add_argument("--out", required=True, help="folder of the saved findings")
    parser.add_argument("--files", default=",".join(DEFAULT))
    parser.add_argument("--limit", type=int, default=600, help="ContraTICO sample size")
    parser.add_argument("--embeddings", action="store_true")
    parser.add_argument(
        "--words",
        action="store_true",
        help="the opt-in word-by-word check (aligner/drift/lexical_check.py)",
    )
    parser.add_argument(
        "--features",
        action="store_true",
        help="save each finding's decision-layer evidence (drift_curve.py)",
    )
    parser.add_argument("--missed", action="store_true", help="show missed critical pairs")
    parser.add_argument("--faithful", action="store_true", help="show flagged faithful pairs")
    parser.add_argument("--kind", help="only this label kind")
    parser.add_argument(
        "--twins", action="store_true", help="show: each pair's literal MT and faithful twin"
    )
    args = parser.parse_args()
    {"run": run, "show": show, "table": table}[args.mode](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
