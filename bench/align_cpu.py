"""CPU of `aligner align --no-embeddings` on a long generated pair, one checkout against
another, alternating in one run (the machine is shared: only the ratio is comparable).

    python bench/align_cpu.py --base /path/to/old/checkout --sentences 30000 --rounds 3

The pair is numbered shopping-list sentences written for this bench (an English line
per document with every sentence on it, the Spanish one sentence a line), the shape of
tests/test_big_input.py's 100,000-sentence case: segmentation of a long line, the
numbers and subword features, the banded search and its gaps, the JSONL writer. Each
run is a fresh interpreter (``PYTHONPATH`` = the checkout), timed by its children's
user + system CPU; the outputs' beads must be byte-identical.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile


def english(k: int) -> str:
    return f"Item {k} on the shopping list costs {k * 3} euros."


def spanish(k: int) -> str:
    return f"El artículo {k} de la lista de la compra cuesta {k * 3} euros."


def write_pair(folder: str, sentences: int) -> tuple[str, str]:
    en, es = os.path.join(folder, "en.txt"), os.path.join(folder, "es.txt")
    with open(en, "w", encoding="utf-8") as fh:
        fh.write(" ".join(map(english, range(sentences))))
    with open(es, "w", encoding="utf-8") as fh:
        fh.write("\n".join(map(spanish, range(sentences))) + "\n")
    return en, es


def run_once(checkout: str, en: str, es: str, out: str) -> float:
    """CPU seconds (user + system) of one align in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-c", "from aligner.cli import main; main()", "align", en, es,
         "--src-lang", "en", "--tgt-lang", "es", "--no-embeddings", "--format", "jsonl",
         "-o", out, "--quiet"],
        check=True,
        env={**os.environ, "PYTHONPATH": checkout, "OPENBLAS_NUM_THREADS": "1"},
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def beads(path: str) -> str:
    with open(path, encoding="utf-8") as fh:
        return "".join(fh.readlines()[1:])  # the header names the input paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--base", required=True, help="the checkout to compare against")
    parser.add_argument("--new", default=here, help="the checkout measured (default: this one)")
    parser.add_argument("--sentences", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="align-cpu-") as folder:
        en, es = write_pair(folder, args.sentences)
        times: dict[str, list[float]] = {"base": [], "new": []}
        outs = {name: os.path.join(folder, f"{name}.jsonl") for name in times}
        for _ in range(args.rounds):
            for name, checkout in (("base", args.base), ("new", args.new)):
                times[name].append(run_once(checkout, en, es, outs[name]))
        same = beads(outs["base"]) == beads(outs["new"])
    base, new = statistics.median(times["base"]), statistics.median(times["new"])
    print(json.dumps({
        "sentences": args.sentences, "rounds": args.rounds,
        "base_cpu_s": [round(t, 2) for t in times["base"]],
        "new_cpu_s": [round(t, 2) for t in times["new"]],
        "median_ratio_new_over_base": round(new / base, 3),
        "same_beads": same,
        "load": round(os.getloadavg()[0], 1),
    }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
