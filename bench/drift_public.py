"""Drift benchmark on public data (DEMETR, ContraTICO): loading, label map, sampling, scores.

The files live in ``../shared/data`` relative to the repository root (see its README)
and are read in place, never copied into the project. Each file becomes rows of the
``corpora/drift`` shape (``src``, ``tgt``, ``labels``) plus ``kind``, the file's own
label (``faithful``, ``critical:negation``, ``alteration``, ...), so the same scoring
serves both. ``bench/drift.py`` runs them; ``bench/drift_fit.py`` fits the decision
layer on them.
"""

from __future__ import annotations

import math
import os
import random
import re
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def _find_data() -> str:
    """``../shared/data`` from the repository root, or ALIGNER_SHARED_DATA when set.

    A git worktree one level deeper (``/work/wt/<name>``) finds it one parent further up.
    """
    if os.environ.get("ALIGNER_SHARED_DATA"):
        return os.environ["ALIGNER_SHARED_DATA"]
    root = os.path.dirname(HERE)
    for up in (1, 2):
        cand = os.path.normpath(os.path.join(root, *[".."] * up, "shared", "data"))
        if os.path.isdir(cand):
            return cand
    return os.path.normpath(os.path.join(root, "..", "shared", "data"))


DATA = _find_data()
PUBLIC = (
    "demetr-fr",
    "demetr-de",
    "demetr-it",
    "demetr-ru",
    "demetr-pl",
    "demetr-cs",
    "contratico-fr",
)
SEVERITIES = ("critical", "major", "minor")
RANK = {"critical": 2, "major": 1, "minor": 0}

# One table from a file's labels to our finding types (docs/drift.md repeats it).
# kind -> (our type, severity, the finding types that count as finding it).
# DEMETR perturbs the English translation, so its removals are our omissions and its
# additions our additions; severity is DEMETR's own. ContraTICO perturbs the *source*
# (the translation is of the unperturbed sentence): an "omission" in the source means
# the translation says more (our addition), an "expansion_impact" means it says less
# (our omission). ContraTICO gives no severity: an alteration (negation, antonym,
# another noun) is critical by our definition, the others major.
_CONTENT = ("meaning", "negation", "entity", "number", "modality", "intensity", "speaker")
LABEL_MAP: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "critical:addition": ("addition", "critical", ("addition",)),
    "critical:adj_adv_removed": ("omission", "critical", ("omission", "intensity")),
    "critical:antonym": ("meaning", "critical", ("meaning", "negation", "intensity")),
    "critical:gender": ("meaning", "critical", ("meaning", "entity", "speaker")),
    "critical:ne_removed": ("entity", "critical", ("entity", "omission", "speaker")),
    "critical:ne_replaced": ("entity", "critical", ("entity", "speaker")),
    "critical:negation": ("negation", "critical", ("negation", "meaning")),
    "critical:noun_removed": ("omission", "critical", ("omission",)),
    "critical:numbers_replaced": ("number", "critical", ("number",)),
    "critical:subj_removed": ("omission", "critical", ("omission", "entity", "speaker")),
    "critical:verb_removed": ("omission", "critical", ("omission", "meaning")),
    "major:hypernym": ("meaning", "major", ("meaning",)),
    "major:pp_removed": ("omission", "major", ("omission",)),
    "major:question": ("meaning", "major", ("meaning", "modality")),
    "major:tense": ("meaning", "major", ("meaning", "modality")),
    "minor:conj_removed": ("meaning", "minor", ("meaning", "omission")),
    "minor:word_swap": ("meaning", "minor", ("meaning",)),
    "alteration": ("meaning", "critical", _CONTENT),
    "omission": ("addition", "major", ("addition",)),
    "expansion_impact": ("omission", "major", ("omission",)),
    "intensifier": ("intensity", "major", ("intensity", "modality")),
}


def data_dir() -> str:
    return DATA


def available() -> list[str]:
    """The public files present on this machine (none when ../shared/data is absent)."""
    return [n for n in PUBLIC if os.path.exists(os.path.join(DATA, n, "pairs.tsv"))]


# Spanish-source proxies of the held-out Spanish→English sets: a public file whose source
# Apertium translates into Spanish first ("demetr-fr>es"). The Spanish is machine-made
# (it carries Apertium's errors) but the English side, the labels and the perturbations
# are the public file's, and every Spanish-only piece (word lists, the direct spa-eng
# route) is exercised. Opt-in with ``--files``; never part of the fitted files.
PROXIES = ("demetr-fr>es", "demetr-it>es", "contratico-fr>es")
PROXY_CACHE = os.path.join(os.path.expanduser("~"), ".cache", "aligner-bench", "proxy")


def proxies() -> list[str]:
    """The proxy files this machine can make (the base file and an Apertium route)."""
    from aligner.alignment.mt import find_route

    out = []
    for name in PROXIES:
        base, lang = name.split(">")
        if base not in available():
            continue
        with open(os.path.join(DATA, base, "lang"), encoding="utf-8") as fh:
            src_lang = fh.read().split()[0]
        route = find_route(src_lang, lang)
        if route is not None and len(route) == 1:
            out.append(name)
    return out


def empty_translations(table: dict[str, str]) -> list[str]:
    """The sources with text whose translation is empty (a broken MT install)."""
    return [src for src, out in table.items() if src.strip() and not out.strip()]


def _to_spanish(texts: list[str], src_lang: str, name: str) -> list[str]:
    """Each distinct source translated by Apertium, cached by the file's name and text."""
    import hashlib
    import json

    from aligner.alignment.mt import load_translator

    # Apertium's Italian pair garbles a glued percent sign ("66%" → "#66"); "66 %" (the
    # Spanish style anyway) survives.
    texts = [re.sub(r"(\d)%", r"\1 %", t) for t in texts]
    distinct = sorted(set(texts))
    key = hashlib.sha256("\n".join(distinct).encode()).hexdigest()[:16]
    path = os.path.join(PROXY_CACHE, f"{name.replace('>', '-to-')}-{key}.json")
    table = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            table = json.load(fh)
        if empty_translations(table):  # written before empty output was refused
            table = None
    if table is None:
        translator = load_translator(src_lang, "es", pivot=False)
        table = dict(zip(distinct, translator.translate(distinct), strict=True))
        empty = empty_translations(table)
        if empty:  # never cached: the proxy would have empty sources
            raise SystemExit(
                f"{name}: Apertium gave no text for {len(empty)} of "
                f"{len(table)} sources (first: {empty[0][:60]!r})"
            )
        os.makedirs(PROXY_CACHE, exist_ok=True)
        with open(path + ".tmp", "w", encoding="utf-8") as fh:
            json.dump(table, fh, ensure_ascii=False)
        os.replace(path + ".tmp", path)
    # Apertium marks unknown words with "*" and generation errors with "#"; a human
    # source would carry neither.
    return [re.sub(r"[*#](?=\w)", "", table[t]) for t in texts]


def load_public(name: str) -> tuple[list[dict], tuple[str, str]]:
    """Rows of one public file (or proxy) and its (source, target) language codes."""
    if ">" in name:
        base, lang = name.split(">")
        rows, (src_lang, tgt_lang) = load_public(base)
        spanish = _to_spanish([r["src"] for r in rows], src_lang, name)
        return [
            {**r, "id": r["id"].replace(base, name, 1), "src": es}
            for r, es in zip(rows, spanish, strict=True)
        ], (lang, tgt_lang)
    folder = os.path.join(DATA, name)
    with open(os.path.join(folder, "lang"), encoding="utf-8") as fh:
        src_lang, tgt_lang = fh.read().split()[:2]
    with open(os.path.join(folder, "pairs.tsv"), encoding="utf-8") as fh:
        pairs = [line.rstrip("\n").split("\t") for line in fh if line.strip()]
    with open(os.path.join(folder, "labels.tsv"), encoding="utf-8") as fh:
        labels = [line.rstrip("\n").split("\t") for line in fh if line.strip()]
    if len(pairs) != len(labels):
        raise SystemExit(f"{folder}: {len(pairs)} pairs but {len(labels)} labels")
    rows = []
    for i, ((src, tgt), (flag, kind)) in enumerate(zip(pairs, labels, strict=True)):
        row = {"id": f"{name}:{i + 1}", "src": src, "tgt": tgt, "kind": kind, "labels": []}
        if flag == "1":
            typ, sev, ok = LABEL_MAP[kind]
            row["labels"] = [{"type": typ, "severity": sev, "accept": list(ok)}]
        rows.append(row)
    return rows, (src_lang, tgt_lang)


def sample(rows: list[dict], limit: int | None, seed: int = 12) -> list[dict]:
    """A fixed stratified subsample of about ``limit`` rows: the same share of every kind.

    Deterministic (seeded) and in file order, so two runs score the same pairs.
    """
    if not limit or limit >= len(rows):
        return rows
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_kind[r["kind"]].append(i)
    share = limit / len(rows)
    rng = random.Random(seed)
    keep: list[int] = []
    for kind in sorted(by_kind):
        idx = by_kind[kind]
        keep += rng.sample(idx, max(1, round(len(idx) * share)))
    return [rows[i] for i in sorted(keep)]


def _mcc(tp: int, fp: int, fn: int, tn: int) -> float | None:
    den = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return (tp * tn - fp * fn) / den if den else None


def score_public(
    rows: list[dict], findings: list[list[tuple[str, str]]], floor: str = "major"
) -> dict:
    """Scores of one file from each pair's findings as (type, severity).

    A pair is *flagged* when it has a finding at ``floor`` severity or above. A label
    counts as found when the pair is flagged with a finding of an accepted type
    (``typed``) or with any finding (``any``). Precision and MCC are over pairs:
    positives are pairs labelled critical or major, negatives faithful pairs; pairs
    whose label is minor (an error a tool may rightly report low or not at all) are
    left out of both.
    """
    per_kind: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "any": 0, "typed": 0})
    per_type: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "typed": 0})
    per_sev: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "any": 0, "typed": 0})
    tp = fp = fn = tn = 0
    faithful = faithful_flagged = 0
    for row, found in zip(rows, findings, strict=True):
        kept = {t for t, s in found if RANK[s] >= RANK[floor]}
        k = per_kind[row["kind"]]
        k["n"] += 1
        k["any"] += bool(kept)
        if not row["labels"]:
            faithful += 1
            faithful_flagged += bool(kept)
            fp += bool(kept)
            tn += not kept
            continue
        lab = row["labels"][0]
        typed = bool(kept & set(lab["accept"]))
        k["typed"] += typed
        per_type[lab["type"]]["n"] += 1
        per_type[lab["type"]]["typed"] += typed
        sev = per_sev[lab["severity"]]
        sev["n"] += 1
        sev["any"] += bool(kept)
        sev["typed"] += typed
        if lab["severity"] != "minor":
            tp += bool(kept)
            fn += not kept

    def rate(a: int, n: int) -> float | None:
        return a / n if n else None

    return {
        "pairs": len(rows),
        "floor": floor,
        "kinds": {
            k: {"n": v["n"], "any": rate(v["any"], v["n"]), "typed": rate(v["typed"], v["n"])}
            for k, v in sorted(per_kind.items())
        },
        "types": {
            t: {"n": v["n"], "recall": rate(v["typed"], v["n"])}
            for t, v in sorted(per_type.items())
        },
        "severity": {
            s: {
                "n": per_sev[s]["n"],
                "any": rate(per_sev[s]["any"], per_sev[s]["n"]),
                "typed": rate(per_sev[s]["typed"], per_sev[s]["n"]),
            }
            for s in SEVERITIES
            if per_sev[s]["n"]
        },
        "precision": rate(tp, tp + fp),
        "faithful": faithful,
        "faithful_flagged": rate(faithful_flagged, faithful),
        "mcc": _mcc(tp, fp, fn, tn),
    }


def fmt(x: float | None, width: int = 5) -> str:
    return f"{'–':>{width}}" if x is None else f"{x:{width}.2f}"


TABLE_HEAD = (
    "| file | pairs | critical recall | major recall | minor recall | precision "
    "| faithful flagged | MCC |\n"
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
)


def table_row(name: str, res: dict, total: int | None = None) -> str:
    sev = res["severity"]

    def rec(s: str) -> str:
        return fmt(sev[s]["any"]) if s in sev else "–"

    pairs = f"{res['pairs']}" + (f" of {total}" if total and total != res["pairs"] else "")
    return (
        f"| {name} | {pairs} | {rec('critical')} | {rec('major')} | {rec('minor')} "
        f"| {fmt(res['precision'])} | {fmt(res['faithful_flagged'])} | {fmt(res['mcc'])} |"
    )


def print_public(name: str, res: dict, total: int, langs: tuple[str, str]) -> None:
    print(
        f"\n== {name} ({langs[0]}→{langs[1]}): {res['pairs']} of {total} pairs"
        f"{' (stratified sample)' if res['pairs'] < total else ''}, "
        f"flagged = a finding at ≥ {res['floor']}"
    )
    print(f"{'label':<26} {'n':>5} {'any':>5} {'typed':>5}")
    for kind, v in res["kinds"].items():
        print(f"{kind:<26} {v['n']:>5} {fmt(v['any'])} {fmt(v['typed'])}")
    print(
        "recall per type: "
        + ", ".join(f"{t} {fmt(v['recall']).strip()} ({v['n']})" for t, v in res["types"].items())
    )
    print(
        "recall per severity (any / typed): "
        + ", ".join(
            f"{s} {fmt(v['any']).strip()} / {fmt(v['typed']).strip()} ({v['n']})"
            for s, v in res["severity"].items()
        )
    )
    print(
        f"precision {fmt(res['precision'])}   faithful flagged {fmt(res['faithful_flagged'])}"
        f" of {res['faithful']}   MCC {fmt(res['mcc'])}"
    )
