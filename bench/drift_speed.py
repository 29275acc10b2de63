"""Per-pair cost of the drift checks on ~200 development pairs, and the DEMETR faithful rate.

    python bench/drift_speed.py [--decision on|off] [--faithful]

Times ``analyse_pairs`` (e5 and MT as shipped) on the first 100 corpora/drift es-en
development pairs and a stratified 100-pair sample of DEMETR fr (MT through Spanish).
To compare with another commit in the same session, run it with that commit's code
first on the path: ``git archive <commit> | tar -x -C /tmp/base`` then
``PYTHONPATH=/tmp/base python bench/drift_speed.py`` (the output names the code it ran).
``--faithful``: also every faithful pair of each DEMETR file (100 each), flagged at
>= major (the development samples hold only ~20 a file).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import aligner.drift.checks as checks

try:
    import drift_public as public
    from drift import load
except ImportError:  # pragma: no cover
    from bench import drift_public as public
    from bench.drift import load


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--decision", choices=("on", "off"))
    parser.add_argument("--faithful", action="store_true")
    args = parser.parse_args()
    kw = {} if args.decision is None else {"decide": args.decision == "on"}
    print(f"code from {os.path.dirname(checks.__file__)}")
    es = load("es-en-drift.jsonl")[:100]
    fr, _ = public.load_public("demetr-fr")
    fr = public.sample(fr, 100)
    began = time.perf_counter()
    for rows, langs in ((es, ("es", "en")), (fr, ("fr", "en"))):
        checks.analyse_pairs(
            [(r["src"], r["tgt"]) for r in rows], *langs, embedder="auto", mt="auto", **kw
        )
    print(f"{len(es) + len(fr)} pairs {time.perf_counter() - began:.2f} s")
    if args.faithful:
        for name in (n for n in public.available() if n.startswith("demetr")):
            rows, langs = public.load_public(name)
            rows = [r for r in rows if r["kind"] == "faithful"]
            found = checks.analyse_pairs(
                [(r["src"], r["tgt"]) for r in rows], *langs, embedder="auto", mt="auto", **kw
            )
            flagged = sum(any(g.severity != "minor" for g in a.findings) for a in found)
            print(f"{name}: faithful flagged {flagged}/{len(rows)} = {flagged / len(rows):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
