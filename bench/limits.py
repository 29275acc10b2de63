"""Size limits benchmark: time and peak memory of the real CLI on big generated inputs.

    python bench/limits.py [--json docs/results/limits.json] [--skip-embeddings] [--quick]
    python bench/limits.py --only check --json docs/results/limits.json   # one command's rows
    python bench/limits.py --only embeddings --json docs/results/limits.json  # the embedding rows

Generates numbered sentence pairs (an English line and its Spanish counterpart,
written here), runs `aligner align / check / qa` on them as a user would, and
records wall time and the process's peak resident memory (VmHWM, read from
/proc at exit). Linearity is reported as a ratio measured in the same run:
seconds per sentence at 100,000 sentences divided by seconds per sentence at
10,000 (1.0 = perfectly linear). The embedding case uses 2,000 distinct
sentences per side repeated to 100,000 lines, so it measures the search and
memory with vectors for every line; embedding throughput for distinct text is
measured on those 4,000 sentences and extrapolated, and the extrapolation is
labelled as such. ``--only COMMAND`` (repeatable) runs just that command at the two
sizes and updates its entries in an existing ``--json`` file, leaving the others.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from aligner.runtime.limits import MAX_FILE_BYTES, MAX_SEGMENTS

_MEASURED_MAIN = (
    "import atexit, os, shutil\n"
    "atexit.register(shutil.copyfile, '/proc/self/status', os.environ['STATUS_COPY'])\n"
    "from aligner.cli import main\n"
    "main()\n"
)


def english(k: int) -> str:
    return f"Item {k} on the list costs {k * 3} euros."


def spanish(k: int) -> str:
    return f"El artículo {k} de la lista cuesta {k * 3} euros."


def write_pair(folder: str, name: str, n: int, distinct: int | None = None, one_line=False):
    keys = [k % distinct if distinct else k for k in range(n)]
    joiner = " " if one_line else "\n"
    src = os.path.join(folder, f"{name}.en.txt")
    tgt = os.path.join(folder, f"{name}.es.txt")
    with open(src, "w", encoding="utf-8") as handle:
        handle.write(joiner.join(map(english, keys)) + "\n")
    with open(tgt, "w", encoding="utf-8") as handle:
        handle.write(joiner.join(map(spanish, keys)) + "\n")
    return src, tgt


def run(folder: str, args: list[str], env: dict | None = None) -> dict:
    status = os.path.join(folder, "status.txt")
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _MEASURED_MAIN, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {}), "STATUS_COPY": status},
    )
    seconds = time.perf_counter() - began
    peak_kib = 0
    if os.path.exists(status):
        with open(status, encoding="utf-8") as handle:
            fields = dict(line.split(":", 1) for line in handle.read().splitlines())
        peak_kib = int(fields["VmHWM"].split()[0])
        os.unlink(status)
    return {
        "exit": result.returncode,
        "seconds": round(seconds, 1),
        "peak_mib": round(peak_kib / 1024, 1),
        "stderr": result.stderr.strip().splitlines()[-1:],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--skip-embeddings", action="store_true")
    parser.add_argument("--quick", action="store_true", help="10k/20k instead of 100k/200k")
    parser.add_argument(
        "--only", action="append", choices=("align", "check", "qa", "embeddings"),
        help="run only this command at the two sizes, or only the embedding case (repeatable); "
        "--json entries are updated",
    )  # fmt: skip
    opts = parser.parse_args()
    commands = [c for c in opts.only or ["align", "check", "qa"] if c != "embeddings"]
    small, big = (2_000, 20_000) if opts.quick else (10_000, 100_000)
    results: dict[str, dict] = {}
    langs = ["--src-lang", "en", "--tgt-lang", "es"]

    def record(name: str, entry: dict) -> None:
        results[name] = entry
        last = " ".join(entry["stderr"])[:90]
        print(f"{name:40s} exit {entry['exit']}  {entry['seconds']:8.1f} s  "
              f"{entry['peak_mib']:8.1f} MiB  {last}", flush=True)  # fmt: skip

    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "out")
        for n in (small, big):
            src, tgt = write_pair(folder, f"n{n}", n)
            for command in commands:
                extra = ["--no-mt"]  # Apertium is measured apart (docs/benchmarks.md)
                record(f"{command} {n:,} sentences", run(folder, [
                    command, src, tgt, *langs, "--no-embeddings", *extra, "-o", out,
                ]))  # fmt: skip
        if not opts.only:  # the limits, the single line and the embedding case
            src, tgt = write_pair(folder, "limit", MAX_SEGMENTS)
            record(f"align {MAX_SEGMENTS:,} sentences (the limit)", run(folder, [
                "align", src, tgt, *langs, "--no-embeddings", "-o", out,
            ]))  # fmt: skip
            count = 5 * 2**20 // len(english(50_000))
            src, tgt = write_pair(folder, "oneline", count, one_line=True)
            record(f"align 5 MiB single line ({count:,} sentences)", run(folder, [
                "align", src, tgt, *langs, "--no-embeddings", "-o", out,
            ]))  # fmt: skip
            src, tgt = write_pair(folder, "over", MAX_SEGMENTS + 1)
            record(f"align {MAX_SEGMENTS + 1:,} sentences (refused)", run(folder, [
                "align", src, tgt, *langs, "--no-embeddings", "-o", out,
            ]))  # fmt: skip
            sparse = os.path.join(folder, "sparse.txt")
            with open(sparse, "wb") as handle:
                handle.truncate(MAX_FILE_BYTES + 1)
            record("align 64 MiB + 1 byte file (refused)", run(folder, [
                "align", sparse, tgt, *langs, "--no-embeddings", "-o", out,
            ]))  # fmt: skip
        if not opts.skip_embeddings and (not opts.only or "embeddings" in opts.only):
            cache = os.path.join(folder, "cache")
            os.mkdir(cache)
            src, tgt = write_pair(folder, "emb", big, distinct=2_000)
            entry = run(folder, ["align", src, tgt, *langs, "-o", out],
                        env={"ALIGNER_CACHE_DIR": cache})  # fmt: skip
            record(f"align {big:,} sentences with embeddings (2,000 distinct)", entry)
            warm = run(folder, ["align", src, tgt, *langs, "-o", out],
                       env={"ALIGNER_CACHE_DIR": cache})  # fmt: skip
            record("  same, embeddings from the cache", warm)
            embed_seconds = entry["seconds"] - warm["seconds"]
            if embed_seconds <= 0:  # the warm run was slowed by other jobs more than embedding took
                print("embedding rate: not measurable in this run (the cached run was slower)")
            else:
                rate = 4_000 / embed_seconds
                hours = 2 * big / rate / 3600
                results["embedding_rate"] = {
                    "distinct_sentences": 4_000,
                    "seconds": round(embed_seconds, 1),
                    "sentences_per_second": round(rate, 1),
                    "extrapolated_hours_for_2x100k_distinct": round(hours, 2),
                }
                print(f"embedding: {rate:.1f} sentences/s; 2 x {big:,} distinct sentences "
                      f"would take ~{hours:.1f} h (extrapolated)")  # fmt: skip

    for command in commands:
        a, b = results[f"{command} {small:,} sentences"], results[f"{command} {big:,} sentences"]
        ratio = (b["seconds"] / big) / max(a["seconds"] / small, 1e-9)
        results[f"{command} linearity"] = {"seconds_per_sentence_ratio": round(ratio, 2)}
        print(f"{command}: seconds per sentence at {big:,} / at {small:,} = {ratio:.2f}")
    if opts.json:
        if opts.only and os.path.exists(opts.json):  # keep the other commands' entries
            with open(opts.json, encoding="utf-8") as handle:
                results = {**json.load(handle), **results}
        with open(opts.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=1)
            handle.write("\n")


if __name__ == "__main__":
    main()
