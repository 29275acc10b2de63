"""Rare-word evidence for `aligner trace`'s no-source decision: a trial, LOAO, both routes.

    python bench/trace_rare.py out.json --traced PICKLE [--features a,b,...]
                               [--mixed "RERANK|CALIBRATION;..."] [--errors]
                               [--back] [--routes file,index]

Reads the traces of both routes that bench/trace_lexicon.py saves (``--traced``) and,
for every retrieved candidate of every statement (and of each sentence of a quote of
several), computes trial features that weigh the statement's content words by their
rarity in the archive searched (IDF over its sentences), so that the words that make the
claim (a place, an object, an act) count and the topic's common words do not:

- ``rare_cov``: IDF-weighted share of the content words of the statement's Apertium
  eng→spa translation that the passage has (same stem or cognate); a word of the
  translation that no sentence of the archive has weighs nothing (no candidate could
  have it, so it says nothing about this one);
- ``rare_miss``: the IDF of the rarest such word the passage lacks, over the largest
  IDF (0 when it lacks none);
- ``rare_rcov``: the same share from the passage's side (its content words the
  translation has);
- ``back_cov`` (``--back``): share of the statement's English content words found in
  the passage's Apertium spa→eng translation (same stem or cognate; unweighted: the
  archive has no English to count rarity in); costs a second Apertium call on every
  retrieved candidate, measured only to see whether it adds anything;
- ``unseen``: share of the statement's translated content words that no sentence of
  the archive has (a statement-level input: the same for every candidate).

Scoring as bench/trace_claim.py: each feature in the reranker or the calibration alone,
the index route by models fitted on the file route's candidates, as shipped.
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
import sys
from collections import Counter
from functools import lru_cache

from aligner.alignment.mt import load_translator
from aligner.alignment.segment import segment
from aligner.drift.text import cognate, content, skeleton, tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import trace_claim as claim

lexicon = claim.lexicon
STEM = 5  # letters of a word's skeleton that make its stem key


def stem(word: str) -> str:
    return skeleton(word)[:STEM]


@lru_cache(maxsize=200_000)
def content_stems(text: str, lang: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(stem(t.text) for t in content(tokenize(text), lang)))


class Rarity:
    """Document frequency of content-word stems over the archive's sentences."""

    def __init__(self, sources) -> None:
        df: Counter = Counter()
        n = 0
        for doc in sources:
            for s in segment(doc.text, doc.lang):
                n += 1
                df.update(set(content_stems(s.text, doc.lang)))
        self.df, self.n = df, n
        self.top = math.log(n + 1)

    def idf(self, key: str) -> float:
        seen = self.df.get(key, 0)
        return math.log((self.n + 1) / (seen + 1)) if seen else 0.0


def has(key: str, keys: tuple[str, ...]) -> bool:
    return key in keys or any(len(key) >= 4 and cognate(key, k) for k in keys)


def coverage(needles: tuple[str, ...], hay: tuple[str, ...], rarity: Rarity
             ) -> tuple[float, float]:  # fmt: skip
    """(IDF-weighted share of ``needles`` in ``hay``, IDF of the rarest one missing / top)."""
    weights = [(rarity.idf(k), has(k, hay)) for k in needles]
    total = sum(w for w, _ in weights)
    if not total:
        return 0.0, 0.0
    found = sum(w for w, ok in weights if ok)
    missing = max((w for w, ok in weights if not ok), default=0.0)
    return found / total, missing / rarity.top


class Rare:
    def __init__(self, traced: dict, back: bool) -> None:
        self.rarity = Rarity(traced["file"][0][0].sources)
        queries, passages = lexicon.queries_and_passages(traced["file"] + traced["index"])
        mt = load_translator("en", "es", "auto", pivot=False)
        self.tr = dict(zip(queries, mt.translate(queries), strict=True))
        self.back: dict[str, str] = {}
        if back:
            bmt = load_translator("es", "en", "auto", pivot=False)
            self.back = dict(zip(passages, bmt.translate(passages), strict=True))
        self._memo: dict = {}

    def value(self, name: str, query: str, passage: str) -> float:
        """One trial feature (what bench/trace_lexicon.py's with_features reads)."""
        return self.every(query, passage)[name]

    def every(self, query: str, passage: str) -> dict[str, float]:
        key = (query, passage)
        if key not in self._memo:
            q = content_stems(self.tr[query], "es")
            p = content_stems(passage, "es")
            cov, miss = coverage(q, p, self.rarity)
            out = {
                "rare_cov": cov,
                "rare_miss": miss,
                "rare_rcov": coverage(p, q, self.rarity)[0],
                "unseen": sum(not self.rarity.df.get(k) for k in q) / len(q) if q else 0.0,
            }
            if self.back:
                en = content_stems(query, "en")
                b = content_stems(self.back[passage], "en")
                out["back_cov"] = sum(has(k, b) for k in en) / len(en) if en else 0.0
            self._memo[key] = out
        return self._memo[key]


def trial(traced: dict, rare: Rare, route: str, rer: list[str], cal: list[str],
          errors: bool) -> dict:  # fmt: skip
    both = [*rer, *cal]
    test = lexicon.with_features(traced[route], rare, both)
    train = lexicon.with_features(traced["file"], rare, both)
    # "calibration": the last len(cal) columns are the calibration's alone, the rest
    # (``rer``) the reranker's.
    if cal:
        figures, runs = lexicon.loao(test, train, len(cal), "calibration")
    else:
        figures, runs = lexicon.loao(test, train, len(rer), "rerank")
    out = lexicon.brief(figures)
    if errors:
        out["errors"] = claim.error_list(runs)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--traced", required=True)
    ap.add_argument("--features", default="rare_cov,rare_miss,rare_rcov,unseen")
    ap.add_argument("--mixed", default="", help="RERANK|CALIBRATION sets, ';'-separated.")
    ap.add_argument("--back", action="store_true", help="Translate the candidates (back_cov).")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--routes", default="file,index")
    args = ap.parse_args()
    with open(args.traced, "rb") as fh:
        traced = pickle.load(fh)
    rare = Rare(traced, args.back)
    trials: list[tuple[str, list[str], list[str]]] = [("shipped", [], [])]
    for name in [n for n in args.features.split(",") if n]:
        trials += [(f"{name} in the reranker", [name], []),
                   (f"{name} in the calibration", [], [name])]  # fmt: skip
    for mixed in [m for m in args.mixed.split(";") if m]:
        rer, cal = (part.split(",") if part else [] for part in mixed.split("|"))
        trials.append((f"{'+'.join(rer)} in the reranker, {'+'.join(cal)} in the calibration",
                       rer, cal))  # fmt: skip
    report: dict = {}
    for route in args.routes.split(","):
        report[route] = {}
        for title, rer, cal in trials:
            report[route][title] = trial(traced, rare, route, rer, cal, args.errors)
            claim.shown(route, title, report[route][title])
    claim.save(args.out, report)


if __name__ == "__main__":
    main()
