"""Compare saved drift findings (``drift_flags.py run``'s folders): per kind, pair by pair,
and on ContraTICO's validation slices.

    python bench/drift_compare.py kinds BASE [NEW] --files 'demetr-fr>es,demetr-it>es'
    python bench/drift_compare.py diff BASE NEW --files ... [--show]
    python bench/drift_compare.py slices FULL/contratico-fr-to-es.jsonl [--heldout] [--kinds]

``kinds`` prints, per label kind, the pairs flagged at >= major (any finding) and with an
accepted type, for one folder or two side by side. ``diff`` counts the pairs whose verdict
changed (faithful newly flagged or cleared, labelled pairs newly found or lost), and with
``--show`` prints them; it never prints the held-out files' pairs (corpora-test). ``slices``
scores a whole-file ContraTICO run (``run --limit 100000``) on the slices the sessions fit
and validate on: *fit* (pairs whose translation is one of the 600 sample's), halves *A*
and *B* of the rest of the 2,400 sample (CRC32 of the translation, even / odd), and of the
pairs outside the 2,400 sample, *D* (CRC32 of the French source mod 4 = 3) and *C* (the
others). B and D are held out: they are printed only with ``--heldout``, as counts.
``--kinds`` adds the same counts per ContraTICO kind over the slices shown (label 0:
``faithful``, ``synonym``, ``word_order``, ``spelling``, ``expansion_noimpact``; label
1: the rest), so that a change's false alarms can be told apart from ContraTICO's
harmless expansions, which put a word into the source that the English lacks, the
object DEMETR's ``adj_adv_removed`` labels critical (docs/drift.md, "Session 35
(drift40b)").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import zlib
from collections import Counter

try:
    import drift_public as public
except ImportError:  # pragma: no cover
    from bench import drift_public as public

HELD_OUT_FILES = ("corpora-test",)
FLOOR = ("critical", "major")


def _read(folder: str, name: str) -> list[dict]:
    path = os.path.join(folder, name.replace(">", "-to-") + ".jsonl")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def flagged_types(row: dict) -> set[str]:
    return {f["type"] for f in row["findings"] if f["severity"] in FLOOR}


def verdict(row: dict) -> tuple[bool, bool]:
    """(flagged at >= major, flagged with an accepted type)."""
    kept = flagged_types(row)
    accept = set(row["labels"][0]["accept"]) if row["labels"] else set()
    return bool(kept), bool(kept & accept)


def kind_counts(rows: list[dict]) -> dict[str, tuple[int, int, int]]:
    n: Counter = Counter()
    any_: Counter = Counter()
    typed: Counter = Counter()
    for r in rows:
        a, t = verdict(r)
        n[r["kind"]] += 1
        any_[r["kind"]] += a
        typed[r["kind"]] += t
    return {k: (n[k], any_[k], typed[k]) for k in sorted(n)}


def kinds(args) -> None:
    for name in args.files.split(","):
        base = kind_counts(_read(args.base, name))
        new = kind_counts(_read(args.new, name)) if args.new else None
        print(f"\n== {name}: kind, pairs, flagged any / typed" + (" (base → new)" if new else ""))
        for k, (n, a, t) in base.items():
            line = f"  {k:28s} {n:5d}  {a:5d} / {t:5d}"
            if new:
                _, a2, t2 = new.get(k, (0, 0, 0))
                mark = "" if (a, t) == (a2, t2) else "   *"
                line += f"  →  {a2:5d} / {t2:5d}{mark}"
            print(line)


def diff(args) -> None:
    for name in args.files.split(","):
        base = {r["id"]: r for r in _read(args.base, name)}
        changes: Counter = Counter()
        shown = []
        for r in _read(args.new, name):
            b = base.get(r["id"])
            if b is None:
                continue
            (a0, t0), (a1, t1) = verdict(b), verdict(r)
            if not r["labels"]:
                key = {(False, True): "faithful newly flagged", (True, False): "faithful cleared"}
                change = key.get((a0, a1))
            else:
                change = {(False, True): "found", (True, False): "lost"}.get((a0, a1))
                if change is None and t0 != t1:
                    change = "typed found" if t1 else "typed lost"
            if change:
                changes[change] += 1
                shown.append((change, b, r))
        print(
            f"== {name}: "
            + (", ".join(f"{k} {v}" for k, v in sorted(changes.items())) or "no change")
        )
        if args.show and name not in HELD_OUT_FILES:
            for change, b, r in shown:
                print(f"  [{change}] {r['id']} ({r['kind']})\n    S: {r['src']}\n    T: {r['tgt']}")
                for tag, row in (("-", b), ("+", r)):
                    for f in row["findings"]:
                        if f["severity"] in FLOOR:
                            print(f"    {tag} {f['type']}/{f['severity']}: {f['message']}")


def slice_of() -> dict[str, str]:
    """Each ContraTICO pair's slice by its number (the id's part after the colon)."""
    full, _ = public.load_public("contratico-fr")
    in600 = {r["id"] for r in public.sample(full, 600)}
    in2400 = {r["id"] for r in public.sample(full, 2400)}
    tgt600 = {r["tgt"] for r in full if r["id"] in in600}
    out = {}
    for r in full:
        if r["id"] in in2400:
            if r["tgt"] in tgt600:
                s = "fit"
            else:
                s = "A" if zlib.crc32(r["tgt"].encode()) % 2 == 0 else "B"
        else:
            s = "D" if zlib.crc32(r["src"].encode()) % 4 == 3 else "C"
        out[r["id"].split(":")[1]] = s
    return out


def slices(args) -> None:
    with open(args.path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    where = slice_of()
    zero: Counter = Counter()
    zero_flag: Counter = Counter()
    one: Counter = Counter()
    one_found: Counter = Counter()
    for r in rows:
        s = where[r["id"].split(":")[1]]
        a, _ = verdict(r)
        if r["labels"]:
            one[s] += 1
            one_found[s] += a
        else:
            zero[s] += 1
            zero_flag[s] += a
    shown = ("fit", "A", "B", "C", "D") if args.heldout else ("fit", "A", "C")
    print("| slice | label-0 flagged | label-1 found |\n| --- | ---: | ---: |")
    for s in shown:
        print(
            f"| {s} | {zero_flag[s]} / {zero[s]} ({100 * zero_flag[s] / max(zero[s], 1):.1f} %) "
            f"| {one_found[s]} / {one[s]} ({one_found[s] / max(one[s], 1):.2f}) |"
        )
    if args.kinds:
        print()
        print(kinds_table(rows, where, shown))


def by_kind(rows: list[dict], where: dict[str, str], shown: tuple[str, ...]) -> dict:
    """Per ContraTICO kind (``faithful``, ``synonym``, ``expansion_noimpact``, …,
    ``omission``), over the ``shown`` slices: (pairs flagged at >= major, pairs)."""
    out: dict[str, list[int]] = {}
    for r in rows:
        if where[r["id"].split(":")[1]] not in shown:
            continue
        cell = out.setdefault(r["kind"], [0, 0])
        cell[0] += verdict(r)[0]
        cell[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def kinds_table(rows: list[dict], where: dict[str, str], shown: tuple[str, ...]) -> str:
    """:func:`by_kind` as a table, label-0 kinds first (a flag there is a false alarm)."""
    counts = by_kind(rows, where, shown)
    zero = {r["kind"] for r in rows if not r["labels"]}
    lines = [f"| kind ({'/'.join(shown)}) | label | flagged at >= major |", "| --- | ---: | ---: |"]
    for k in sorted(counts, key=lambda k: (k not in zero, k)):
        n_flag, n = counts[k]
        lines.append(
            f"| {k} | {0 if k in zero else 1} | {n_flag} / {n} ({100 * n_flag / max(n, 1):.1f} %) |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    k = sub.add_parser("kinds")
    k.add_argument("base")
    k.add_argument("new", nargs="?")
    k.add_argument("--files", required=True)
    d = sub.add_parser("diff")
    d.add_argument("base")
    d.add_argument("new")
    d.add_argument("--files", required=True)
    d.add_argument("--show", action="store_true")
    s = sub.add_parser("slices")
    s.add_argument("path")
    s.add_argument("--heldout", action="store_true")
    s.add_argument("--kinds", action="store_true", help="also per ContraTICO kind")
    args = parser.parse_args()
    {"kinds": kinds, "diff": diff, "slices": slices}[args.mode](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
