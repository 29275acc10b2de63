"""The long book (bench/make_longbook.py): cold-cache time, peak memory and F1 per system.

    python bench/longbook.py [--systems all,selective,none,gale_church+paragraphs]
                             [--cache cold|default|PATH] [--json out.json]

Systems: ``aligner`` with every sentence embedded (``all``, the default of
``aligner align``), with selective embedding (``selective``: the cheap pass first, then
e5 only where it is unsure, aligner.alignment.selective), without embeddings
(``none``), and NLTK's Gale–Church with paragraph anchors (as in bench/textberg.py).

Each system runs in its own process, so its peak resident memory (``ru_maxrss``) is its
own. ``--cache cold`` (the default) gives each aligner system an empty embedding cache
in a temporary folder, so its time includes embedding everything it needs;
``default`` uses the shared cache (for tuning, not for timing). Reported: strict/lax F1,
wall time of the alignment (documents already read), peak memory, the texts sent to
the model (cache misses), the e5 tokens of the texts asked for (``tokens_requested``:
the model's CPU is about linear in them) and the share of the document's sentences embedded.

The pair is built first if absent (Debian packages needed: see bench/make_longbook.py).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from make_longbook import ensure
from textberg import CountingEmbedder, cpu_seconds, tokens

SYSTEMS = ("all", "selective", "none", "gale_church+paragraphs")


class TimedEmbedder(CountingEmbedder):
    """Counts texts and the wall seconds spent inside the embedder (cache included), and
    keeps each call's texts, texts computed, wall and CPU seconds."""

    def __init__(self, cache_path):
        super().__init__(cache_path)
        self.wall = 0.0
        self.calls: list[dict] = []

    def embed(self, texts):
        began, cpu, computed = time.perf_counter(), cpu_seconds(), self.computed
        try:
            return super().embed(texts)
        finally:
            wall = time.perf_counter() - began
            self.wall += wall
            self.calls.append({
                "texts": len(texts), "computed": self.computed - computed,
                "wall_s": round(wall, 2), "cpu_s": round(cpu_seconds() - cpu, 2),
            })  # fmt: skip


def embedded_share(system: str, sentences: set[str], embedder: CountingEmbedder) -> float:
    """The share of ``sentences`` the run asked the model for; selective gives it each
    sentence's text cut at ``Settings.embed_chars``, so that is what is looked for."""
    from aligner.alignment.region_vectors import clipped
    from aligner.alignment.selective import Settings

    cut = Settings().embed_chars if system == "selective" else 0
    given = (clipped(text, cut) if cut else text for text in sentences)
    return sum(text in embedder.requested for text in given) / len(sentences)


def per_text_seconds(texts: list[str], sample: int = 128) -> float:
    """The model's seconds per text, no cache, measured now on ``sample`` of ``texts``
    taken evenly (the document's own sentences: their lengths set the cost)."""
    embedder = CountingEmbedder(None)
    embedder.embed(["warm-up"])  # the model loaded before the clock starts
    step = max(1, len(texts) // sample)
    picked = list(dict.fromkeys(texts[::step]))[:sample]
    began = time.perf_counter()
    embedder.embed(picked)
    return (time.perf_counter() - began) / len(picked)


def run_system(system: str, cache: str, files: dict[str, str], sample: int | None) -> dict:
    """One system in this process; the result row."""
    from textberg import gale_church

    from aligner.alignment.engine import align, load_document
    from aligner.alignment.evaluate import evaluate
    from aligner.io.gold import read_ladder
    from aligner.types import AlignConfig

    src = load_document(files["src"], "es", True)
    tgt = load_document(files["tgt"], "en", True)
    gold = read_ladder(files["gold"])
    if sample:
        src, tgt, gold = head(src, tgt, gold, sample)
    began, cpu, children = time.perf_counter(), cpu_seconds(), cpu_seconds(resource.RUSAGE_CHILDREN)
    row: dict = {"system": system, "src_sentences": len(src.sentences)}
    if system == "gale_church+paragraphs":
        beads = gale_church(src, tgt, paragraphs=True)
    else:
        if cache == "cold":
            folder = tempfile.mkdtemp(prefix="aligner-longbook-")
            cache = os.path.join(folder, "cold.sqlite")
            # Apertium's translation cache lives beside the embedding cache: cold too.
            os.environ["ALIGNER_CACHE_DIR"] = folder
        per_text = None
        if system != "none":
            # The model's cost per text in this process, now: the cold-equivalent time.
            per_text = per_text_seconds([s.text for s in src.sentences + tgt.sentences])
            began, cpu = time.perf_counter(), cpu_seconds()
        embedder = TimedEmbedder(cache) if system != "none" else None
        config = AlignConfig(use_embeddings=system != "none", embed=system)
        result = align(src, tgt, config=config, embedder=embedder)
        beads = result.beads
        row |= {"signature_mt": result.signature.split("|mt:")[1].split("|")[0],
                "warnings": result.warnings}  # fmt: skip
        if embedder is not None:
            assert per_text is not None
            sentences = {s.text for s in src.sentences + tgt.sentences}
            outside = time.perf_counter() - began - embedder.wall
            if system == "all":
                # --embed all's first call is every distinct sentence of both sides, each
                # once, cold: the yardstick of "time within 1.5× of embedding each
                # distinct sentence once", measured inside the same run.
                row["sentences_once"] = embedder.calls[0]
            row["embed_calls"] = embedder.calls
            row |= {
                "per_text_s": round(per_text, 4),
                "seconds_outside_embedder": round(outside, 2),
                # Every text the run asked for, at the measured cost per text, plus the rest.
                "cold_equivalent_s": round(len(embedder.requested) * per_text + outside, 1),
                "computed_by_model": embedder.computed,
                "model_seconds": round(embedder.seconds, 1),
                "sentences_embedded_share": round(embedded_share(system, sentences, embedder), 4),
                "texts_requested": len(embedder.requested),
            }
        row["timings"] = {k: round(v, 2) for k, v in result.timings.items()}
    row["seconds"] = round(time.perf_counter() - began, 2)
    row["cpu_s"] = round(cpu_seconds() - cpu, 1)  # this process, all threads
    row["apertium_cpu_s"] = round(cpu_seconds(resource.RUSAGE_CHILDREN) - children, 1)
    if system not in ("none", "gale_church+paragraphs"):
        row["tokens_requested"] = tokens(embedder)  # counted after the clocks stopped
    if "sentences_once" in row:
        once = row["sentences_once"]
        row["ratio_to_sentences_once"] = round(row["seconds"] / once["wall_s"], 3)
        row["cpu_ratio_to_sentences_once"] = round(row["cpu_s"] / once["cpu_s"], 3)
    scores = evaluate([(gold, beads)])
    row["strict_f1"] = round(scores["strict"].f1, 4)
    row["lax_f1"] = round(scores["lax"].f1, 4)
    # Peak resident memory of this process (ru_maxrss; the model's weights included).
    row["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return row


def head(src, tgt, gold, sample: int):
    """The first ``sample`` source sentences, the target sentences the gold pairs with them,
    and their gold beads: an honest prefix of the book, not a pick of easy parts."""
    from aligner.types import Document

    keep = []
    for bead in gold:
        if bead.src and bead.src[0] >= sample:
            break
        keep.append(bead)
    n = 1 + max(i for b in keep for i in b.src)
    m = 1 + max((j for b in keep for j in b.tgt), default=-1)

    def cut(doc, k):
        return Document(doc.path, doc.lang, doc.text, doc.sentences[:k])

    return cut(src, n), cut(tgt, m), keep


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--cache", default="cold", help="cold | default | a path")
    parser.add_argument("--sample", type=int, help="only the first N source sentences")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    files = ensure()
    if args.worker:
        print(json.dumps(run_system(args.worker, args.cache, files, args.sample)))
        return 0
    rows = []
    for system in args.systems.split(","):
        command = [sys.executable, __file__, "--worker", system, "--cache", args.cache]
        if args.sample:
            command += ["--sample", str(args.sample)]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"{system}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(row)
        extra = " ".join(
            f"{k}={row[k]}"
            for k in (
                "sentences_embedded_share",
                "computed_by_model",
                "model_seconds",
                "texts_requested",
                "tokens_requested",
                "cold_equivalent_s",
                "apertium_cpu_s",
                "signature_mt",
                "ratio_to_sentences_once",
                "cpu_ratio_to_sentences_once",
            )
            if k in row
        )
        print(
            f"{system:24} strict {row['strict_f1']:.4f}  lax {row['lax_f1']:.4f}  "
            f"{row['seconds']:8.1f} s  CPU {row['cpu_s']:8.1f} s  "
            f"peak {row['peak_rss_mib']:7.1f} MiB  {extra}",
            flush=True,
        )
        for warning in row.get("warnings", []):
            print(f"    warning: {warning}", flush=True)
    by_system = {row["system"]: row for row in rows}
    if "all" in by_system and "selective" in by_system:
        a, b = by_system["all"], by_system["selective"]
        total_a, total_b = a["cpu_s"] + a["apertium_cpu_s"], b["cpu_s"] + b["apertium_cpu_s"]
        print(
            f"all / selective: wall {a['seconds'] / b['seconds']:.2f}x, "
            f"CPU {a['cpu_s'] / b['cpu_s']:.2f}x (process), "
            f"CPU with Apertium {total_a / total_b:.2f}x; "
            f"tokens {a['tokens_requested'] / b['tokens_requested']:.2f}x; "
            f"strict F1 {a['strict_f1']:.4f} vs {b['strict_f1']:.4f}",
            flush=True,
        )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"cache": args.cache, "sample": args.sample, "rows": rows}, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
