"""Word-by-word evidence on a public drift file: does it separate perturbed from faithful?

    python bench/drift_words.py demetr-fr [--e5 60]

For every pair: the translation's content words found neither in the source's MT nor in
the source (cognates counting), and the MT's content words not in the translation;
printed as means per label. ``--e5 N``: on N pairs a label (seeded), each unmatched
translation word is embedded alone and compared with the unmatched MT words; a pair
scores 1 - (the similarity of its word furthest from all of them), and the share of
pairs above a few thresholds is printed per label. Not used by the checks (docs/drift.md,
"Word-by-word evidence": it did not earn its place).
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict

import numpy as np

from aligner.drift.checks import analyse_pairs
from aligner.drift.text import cognate, content, tokenize, words

try:  # run as a script or as a module
    import drift_public as public
except ImportError:  # pragma: no cover
    from bench import drift_public as public


def unmatched(needles, hay):
    keys = {t.fold for t in hay}
    return [n for n in needles if not (n.fold in keys or any(cognate(n.fold, k) for k in keys))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--e5", type=int, default=0, help="pairs a label for the e5 pass")
    args = parser.parse_args()
    rows, langs = public.load_public(args.file)
    analyses = analyse_pairs([(r["src"], r["tgt"]) for r in rows], *langs, embedder=None)
    per: dict[str, list] = defaultdict(list)
    for row, a in zip(rows, analyses, strict=True):
        if a.evidence.mt is None:
            continue
        tw, mw = content(a.tgt.ws, langs[1]), content(a.evidence.mt.ws, langs[1])
        extra = unmatched(unmatched(tw, mw), words(tokenize(row["src"])))
        per[row["kind"]].append(([t.text for t in extra], [t.text for t in unmatched(mw, tw)]))
    if not per:
        print(f"no MT route for {langs[0]}→{langs[1]}: nothing to compare")
        return 1
    print(f"{'label':26} {'pairs':>5} {'extra':>6} {'lost':>6}")
    for kind, items in sorted(per.items()):
        print(
            f"{kind:26} {len(items):5} {np.mean([len(e) for e, _ in items]):6.2f} "
            f"{np.mean([len(lost) for _, lost in items]):6.2f}"
        )
    if args.e5:
        e5_pass(per, args.e5)
    return 0


def e5_pass(per: dict[str, list], n: int) -> None:
    from aligner.alignment.embed import load_embedder

    embedder = load_embedder()[0]
    if embedder is None:
        print("no e5 model here")
        return
    rng = random.Random(1)
    picked = {k: rng.sample(v, min(n, len(v))) for k, v in per.items()}
    texts = sorted({w for v in picked.values() for e, lost in v for w in e + lost})
    vecs = embedder.embed(texts)
    vecs = vecs / np.linalg.norm(vecs, axis=1, keepdims=True)
    at = {w: i for i, w in enumerate(texts)}
    thresholds = (0.12, 0.14, 0.16, 0.18)
    print(f"\n{'label':26} {'pairs':>5} " + " ".join(f"{t:>5}" for t in thresholds))
    for kind, items in sorted(picked.items()):
        scores = []
        for extra, lost in items:
            if not extra or not lost:
                scores.append(0.0)
                continue
            sims = vecs[[at[w] for w in extra]] @ vecs[[at[w] for w in lost]].T
            scores.append(float(1 - sims.max(axis=1).min()))
        arr = np.array(scores)
        print(f"{kind:26} {len(arr):5} " + " ".join(f"{(arr > t).mean():5.2f}" for t in thresholds))


if __name__ == "__main__":
    raise SystemExit(main())
