"""Alignment on Text+Berg dev and the project corpora, against Gale–Church peers, in one run.

    python bench/textberg.py [--sets textberg,heldout,parallel,other,seed] [--cold]
                             [--variants overlap,pooled] [--json out.json]
                             [--peers bertalign-style,vecalign-style]

Sets: ``textberg`` is ../shared/data/textberg-dev (German→French yearbook text,
presegmented, gold in Vecalign's bead format); ``heldout``, ``parallel`` and ``other``
are the corpora folders, each document as written plus the six damaged copies of
bench/testsets.py; ``seed`` is the demo article, raw text through segmentation.

Systems: ``aligner`` in each variant (``overlap``: concatenated sentences embedded
around the first path and the DP re-run; ``pooled``: one pass over pooled sentence
vectors), NLTK's Gale–Church over the whole document, and Gale–Church with paragraph
anchors (paragraphs aligned first by their lengths, then sentences inside each
paragraph bead, as in Gale & Church 1993). Text+Berg has no paragraph marks, so there
the two Gale–Church rows coincide.

With ``--peers``, also bench/bertalign_style.py (Bertalign's two steps) and
bench/vecalign_style.py (Vecalign's overlap costs and coarse-to-fine banded search), each
reimplemented here from its paper's description, with the same e5 model and cache
(neither original can be installed or run offline here; see docs/benchmarks.md).

Reported per set and system: strict/lax F1, wall time, the texts embedded per
sentence (distinct texts sent to the embedder ÷ distinct sentences), and the errors by
bead shape and as wrong regions by class (bench/error_regions.py). With ``--cold``
each aligner variant starts from an empty embedding cache and the run also times the
model embedding each distinct sentence once without any cache: ``ratio`` is the
variant's total align time over that (machine load cancels out).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Sequence

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np
from alignment import beads_from_links
from error_regions import region_breakdown, shape_breakdown
from testsets import PERTURBATIONS, build_testset

from aligner.alignment.confidence import auc, expected_calibration_error, reliability_bins
from aligner.alignment.embed import MAX_CHARS, Embedder
from aligner.alignment.engine import align, load_document
from aligner.alignment.evaluate import evaluate
from aligner.io.gold import read_ladder
from aligner.types import AlignConfig, Bead, Document

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# ../shared/data from the main checkout; a worktree under ../wt/ reaches it one level up.
TEXTBERG = next(
    (
        p
        for p in (
            os.path.join(REPO, *up, "shared", "data", "textberg-dev")
            for up in (("..",), ("..", ".."))
        )
        if os.path.isdir(p)
    ),
    os.path.join(REPO, "..", "shared", "data", "textberg-dev"),
)
FOLDERS = ("heldout", "parallel", "other")


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    """User + system CPU seconds of this process (all threads) or of its waited-for
    children (Apertium); far less sensitive than wall time to other jobs' load."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


class CountingEmbedder(Embedder):
    """The real embedder, remembering every distinct text it was asked for."""

    def __init__(self, cache_path: str | None):
        super().__init__(cache_path)
        self.requested: set[str] = set()

    def embed(self, texts: Sequence[str]):
        self.requested.update(texts)
        return super().embed(texts)


def tokens(embedder: CountingEmbedder) -> int:
    """e5 tokens (specials and the "passage: " prefix included) of the distinct texts the
    run asked for: the model's time is about linear in them at these lengths."""
    from aligner.alignment.embed import MAX_CHARS

    count = embedder._model.token_count
    return sum(count(text[:MAX_CHARS], False) for text in embedder.requested)


def load_sets(names: list[str]) -> dict[str, list[tuple[str, Document, Document, list[Bead]]]]:
    """Per set: (name, source, target, gold) for every document."""
    sets: dict[str, list] = {}
    for name in names:
        docs = []
        if name == "textberg":
            src = load_document(os.path.join(TEXTBERG, "src.de.txt"), "de", True)
            tgt = load_document(os.path.join(TEXTBERG, "tgt.fr.txt"), "fr", True)
            docs.append(
                ("textberg-dev", src, tgt, read_ladder(os.path.join(TEXTBERG, "gold.align")))
            )
        elif name == "seed":
            base = os.path.join(REPO, "corpora", "seed", "lavrov")
            src = load_document(base + ".es.txt", "es")
            tgt = load_document(base + ".en.txt", "en")
            docs.append(("seed", src, tgt, read_ladder(base + ".gold.align")))
        else:
            built = build_testset(os.path.join(REPO, "corpora", name))
            for condition in PERTURBATIONS:
                for doc in built[condition]:
                    src_text, tgt_text = doc.presegmented()
                    src = load_document(doc.name, doc.src_lang, True, src_text)
                    tgt = load_document(doc.name, doc.tgt_lang, True, tgt_text)
                    docs.append((doc.name, src, tgt, doc.gold()))
        sets[name] = docs
    return sets


def gale_church(src: Document, tgt: Document, paragraphs: bool) -> list[Bead]:
    """NLTK's Gale–Church; with ``paragraphs``, paragraphs are aligned first (by length)."""
    from nltk.translate.gale_church import align_blocks

    src_len = [len(s.text) for s in src.sentences]
    tgt_len = [len(t.text) for t in tgt.sentences]
    if not paragraphs:
        return beads_from_links(align_blocks(src_len, tgt_len), len(src_len), len(tgt_len))
    src_paras, tgt_paras = _paragraphs(src), _paragraphs(tgt)
    para_links = align_blocks(
        [sum(src_len[i] for i in p) for p in src_paras],
        [sum(tgt_len[j] for j in p) for p in tgt_paras],
    )
    links: list[tuple[int, int]] = []
    for bead in beads_from_links(para_links, len(src_paras), len(tgt_paras)):
        rows = [i for p in bead.src for i in src_paras[p]]
        cols = [j for p in bead.tgt for j in tgt_paras[p]]
        if not rows or not cols:
            continue  # an unmatched paragraph: its sentences stay null beads
        inner = align_blocks([src_len[i] for i in rows], [tgt_len[j] for j in cols])
        links += [(rows[a], cols[b]) for a, b in inner]
    return beads_from_links(links, len(src_len), len(tgt_len))


def _paragraphs(doc: Document) -> list[list[int]]:
    out: list[list[int]] = []
    last = None
    for k, sentence in enumerate(doc.sentences):
        if sentence.paragraph != last:
            out.append([])
            last = sentence.paragraph
        out[-1].append(k)
    return out


def run_variant(docs, variant: str, embedder: CountingEmbedder) -> tuple[list, float, float]:
    """Gold and predicted beads per document, wall seconds, CPU seconds (this process)."""
    config = AlignConfig()
    pairs, began, cpu = [], time.perf_counter(), cpu_seconds()
    for _name, src, tgt, gold in docs:
        kwargs = {} if variant == "default" else {"overlap": variant == "overlap"}
        result = align(src, tgt, config=config, embedder=embedder, **kwargs)
        pairs.append((gold, result.beads))
    return pairs, time.perf_counter() - began, cpu_seconds() - cpu


PEERS = {"bertalign-style": "bertalign_style", "vecalign-style": "vecalign_style"}


def run_peer(peer: str, docs, distinct: int) -> dict:
    """A peer reimplemented here (bench/bertalign_style.py, bench/vecalign_style.py) on
    every document, with the project's embedding cache; ``computed_by_model`` and
    ``model_seconds`` say what it had to embed that no earlier run had cached."""
    import importlib

    module = importlib.import_module(PEERS[peer])
    embedder = CountingEmbedder("default")
    pairs, began, cpu = [], time.perf_counter(), cpu_seconds()
    for _name, src, tgt, gold in docs:
        beads, _count = module.align(
            [s.text for s in src.sentences], [t.text for t in tgt.sentences], embedder.embed
        )
        pairs.append((gold, beads))
    seconds, cpu = time.perf_counter() - began, cpu_seconds() - cpu
    return {
        **scores(pairs),
        "errors": error_breakdown(pairs),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "model_seconds": round(embedder.seconds, 2),
        "texts_embedded_per_sentence": round(len(embedder.requested) / distinct, 3),
        "tokens_requested": tokens(embedder),  # counted after the clocks stopped
        "computed_by_model": embedder.computed,
    }


def scores(pairs) -> dict:
    s = evaluate(pairs)
    return {"strict_f1": round(s["strict"].f1, 4), "lax_f1": round(s["lax"].f1, 4)}


def split_parts(gold: list[Bead], pred: list[Bead], parts: int) -> list[tuple[list, list]]:
    """One document cut into ``parts`` contiguous pieces at gold bead boundaries (by source
    position), each piece's gold and predicted beads: Text+Berg dev is a single document,
    so its leave-one-out estimates leave out one piece. A predicted bead belongs to the
    piece holding its first source sentence (its first target one for a 0-1 bead)."""
    # Cut at beads with both sides, so both a source and a target boundary are known.
    ordered = sorted((b for b in gold if b.src and b.tgt), key=lambda b: (b.src[0], b.tgt[0]))
    cuts = [ordered[round(k * len(ordered) / parts)] for k in range(1, parts)]
    bounds = [(c.src[0], c.tgt[0]) for c in cuts]

    def piece(bead: Bead) -> int:
        if bead.src:
            return sum(bead.src[0] >= s for s, _t in bounds)
        return sum(bead.tgt[0] >= t for _s, t in bounds)

    return [
        ([b for b in gold if piece(b) == k], [b for b in pred if piece(b) == k])
        for k in range(parts)
    ]


def bead_type(bead) -> str:
    a, b = len(bead[0]), len(bead[1])
    if a == 0 or b == 0:
        return "null"
    if a == 1 and b == 1:
        return "1-1"
    if min(a, b) == 1:
        return "1-n" if max(a, b) <= 3 else "1-4+"
    return "n-m"


def error_breakdown(pairs) -> dict:
    """What the wrong beads are: each gold bead missed, by its shape and by what the
    aligner made of it ("split": its sentences spread over several predicted beads,
    nulls included; "merged": inside one bigger predicted bead; "shifted": otherwise),
    and each predicted bead not in the gold, by shape."""
    missed: dict[str, int] = {}
    spurious: dict[str, int] = {}
    gold_shapes: dict[str, int] = {}
    for gold, pred in pairs:
        gold_keys = {(b.src, b.tgt) for b in gold}
        pred_keys = {(b.src, b.tgt) for b in pred}
        owner = {}
        for key in pred_keys:
            owner.update({("s", i): key for i in key[0]} | {("t", j): key for j in key[1]})
        for key in gold_keys:
            shape = bead_type(key)
            gold_shapes[shape] = gold_shapes.get(shape, 0) + 1
            if key in pred_keys:
                continue
            covering = {owner.get(("s", i)) for i in key[0]} | {owner.get(("t", j)) for j in key[1]}
            covering.discard(None)
            if len(covering) > 1:
                how = "split"
            elif covering and all(
                set(key[0]) <= set(c[0]) and set(key[1]) <= set(c[1]) for c in covering
            ):
                how = "merged"
            else:
                how = "shifted"
            missed[f"{shape} {how}"] = missed.get(f"{shape} {how}", 0) + 1
        for key in pred_keys - gold_keys:
            shape = bead_type(key)
            spurious[shape] = spurious.get(shape, 0) + 1
    return {
        "gold_beads": dict(sorted(gold_shapes.items())),
        "gold_missed": dict(sorted(missed.items(), key=lambda kv: -kv[1])),
        "predicted_wrong": dict(sorted(spurious.items(), key=lambda kv: -kv[1])),
        # Wrong regions by class (bench/error_regions.py): regions / gold beads in them.
        "regions": region_breakdown(pairs),
        # The same regions by shape, "gold -> predicted" (e.g. "1-2 -> 1-1 + 0-1").
        "region_shapes": shape_breakdown(pairs),
    }


def confidence_scores(pairs) -> dict:
    """How well the beads' confidences separate right (in the gold) from wrong beads."""
    probs, labels = [], []
    for gold, pred in pairs:
        keys = {(b.src, b.tgt) for b in gold}
        probs += [b.confidence for b in pred]
        labels += [float((b.src, b.tgt) in keys) for b in pred]
    p, y = np.array(probs), np.array(labels)
    if len(set(labels)) < 2:
        return {}
    return {
        "confidence_auc": round(auc(p, y), 4),
        "confidence_ece": round(expected_calibration_error(p, y), 4),
        # ECE's bins: where the confidence is too high or too low (session 21).
        "confidence_reliability": [
            {**b, "accuracy": round(b["accuracy"], 4), "confidence": round(b["confidence"], 4)}
            for b in reliability_bins(p, y)
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="textberg,heldout,parallel,other,seed")
    parser.add_argument("--variants", default="overlap,pooled")
    parser.add_argument("--cold", action="store_true", help="empty caches; time the ratio")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument(
        "--tokens", action="store_true", help="also count the e5 tokens of each distinct sentence"
    )
    parser.add_argument(
        "--peers",
        default="",
        help="also run these peers, in this order: bertalign-style, vecalign-style "
        "(bench/bertalign_style.py, bench/vecalign_style.py; same e5 model and cache)",
    )
    args = parser.parse_args()

    sets = load_sets(args.sets.split(","))
    results: dict = {"sets": {}, "cold": args.cold}
    for name, docs in sets.items():
        distinct = sorted({s.text for _n, a, b, _g in docs for s in a.sentences + b.sentences})
        row: dict = {"documents": len(docs), "distinct_sentences": len(distinct), "systems": {}}
        if args.tokens:  # e5 tokens of each distinct sentence once: the unit of embedding work
            count = Embedder(cache_path=None)._model.token_count
            row["sentence_tokens"] = sum(count(t[:MAX_CHARS], False) for t in distinct)
        embed_once = embed_once_cpu = None
        if args.cold:
            bare = Embedder(cache_path=None)
            bare.embed(["warm-up"])  # the model loaded before the clock starts
            began, cpu = time.perf_counter(), cpu_seconds()
            bare.embed(distinct)
            embed_once = time.perf_counter() - began
            embed_once_cpu = cpu_seconds() - cpu
            row["embed_once_seconds"] = round(embed_once, 2)
            row["embed_once_cpu_seconds"] = round(embed_once_cpu, 2)
        for variant in args.variants.split(","):
            cache = (
                os.path.join(tempfile.mkdtemp(prefix="aligner-tb-"), "cold.sqlite")
                if args.cold
                else "default"
            )
            embedder = CountingEmbedder(cache)
            pairs, seconds, cpu = run_variant(docs, variant, embedder)
            row["systems"][f"aligner-{variant}"] = {
                **scores(pairs),
                **confidence_scores(pairs),
                "errors": error_breakdown(pairs),
                "seconds": round(seconds, 2),
                "texts_embedded_per_sentence": round(len(embedder.requested) / len(distinct), 3),
                "computed_by_model": embedder.computed,
                "tokens_requested": tokens(embedder),
                "cpu_seconds": round(cpu, 2),
                **({"ratio": round(seconds / embed_once, 3)} if embed_once else {}),
                **({"cpu_ratio": round(cpu / embed_once_cpu, 3)} if embed_once_cpu else {}),
            }
        for label, paragraphs in (("gale_church", False), ("gale_church+paragraphs", True)):
            began, cpu = time.perf_counter(), cpu_seconds()
            pairs = [(g, gale_church(a, b, paragraphs)) for _n, a, b, g in docs]
            row["systems"][label] = {
                **scores(pairs),
                "seconds": round(time.perf_counter() - began, 2),
                "cpu_seconds": round(cpu_seconds() - cpu, 2),
            }
        for peer in filter(None, args.peers.split(",")):
            row["systems"][f"{peer} (e5)"] = run_peer(peer, docs, len(distinct))
        results["sets"][name] = row
        print_set(name, row)
        if args.json:  # after each set, so a long run's finished sets are kept
            with open(args.json, "w", encoding="utf-8") as handle:
                json.dump(results, handle, indent=2)
    return 0


def print_set(name: str, row: dict) -> None:
    print(
        f"{name}: {row['documents']} documents, {row['distinct_sentences']} distinct sentences"
        + (
            f", embed once {row['embed_once_seconds']} s (CPU {row['embed_once_cpu_seconds']} s)"
            if "embed_once_seconds" in row
            else ""
        )
    )
    for system, s in row["systems"].items():
        extra = " ".join(
            f"{k}={s[k]}"
            for k in (
                "texts_embedded_per_sentence",
                "computed_by_model",
                "ratio",
                "cpu_ratio",
                "confidence_auc",
                "confidence_ece",
            )
            if k in s
        )
        print(
            f"  {system:24} strict {s['strict_f1']:.4f}  lax {s['lax_f1']:.4f}  "
            f"{s['seconds']:8.2f} s  {extra}"
        )
        if "confidence_reliability" in s:
            print(f"    {'reliability bins':22}", reliability_line(s["confidence_reliability"]))
        if "errors" in s:
            e = s["errors"]
            print(
                f"    {'gold missed':22}", " ".join(f"{k}={v}" for k, v in e["gold_missed"].items())
            )
            print(
                f"    {'predicted wrong':22}",
                " ".join(f"{k}={v}" for k, v in e["predicted_wrong"].items()),
            )
            print(
                f"    {'wrong regions (beads)':22}",
                " ".join(
                    f"{k.replace(' ', '-')}={v['regions']}({v['gold_beads']})"
                    for k, v in e["regions"].items()
                    if v["regions"]
                ),
            )
            print(
                f"    {'wrong regions by shape':22}",
                "; ".join(f"{k} ({v})" for k, v in e["region_shapes"].items()),
            )
    sys.stdout.flush()


def reliability_line(bins: list[dict]) -> str:
    """ECE's bins in one line: "[0.9,1.0] 2264 right 0.996 conf 0.975; ..."."""
    return "; ".join(
        f"[{b['low']:.1f},{b['high']:.1f}] {b['beads']} right {b['accuracy']:.3f} "
        f"conf {b['confidence']:.3f}"
        for b in bins
    )


if __name__ == "__main__":
    sys.exit(main())
