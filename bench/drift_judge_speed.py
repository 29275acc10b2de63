"""What the word judge adds to a drift run with e5, per pair, cold.

    python bench/drift_judge_speed.py [--files corpora-test] [--limit 0]

For each file: the word-by-word analysis of both sides (two Apertium calls per
direction, :func:`aligner.drift.lexical_check.gather`), the candidates and their
evidence, and the e5 vectors of the undone texts (:mod:`aligner.drift.lexical_e5`) in
one embedder call on an empty cache in a temporary folder (cold: nothing from earlier
runs). The pair's own two texts are left out of the count, as the clause checks embed
them anyway. Printed: seconds per stage, per pair, and the model's rate (texts a
second), so that a figure taken under load can be scaled to a quiet machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time

try:
    import drift_flags as flags
except ImportError:  # pragma: no cover
    from bench import drift_flags as flags

from aligner.alignment.embed import Embedder
from aligner.drift import lexical_check, lexical_e5
from aligner.drift.checks import read_side
from aligner.drift.lexical_judge import candidates


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", default="corpora-test")
    parser.add_argument("--limit", type=int, default=0, help="first N pairs (0: all)")
    args = parser.parse_args()
    for name in args.files.split(","):
        rows, langs, _ = flags.load_file(name, 600)
        rows = rows[: args.limit or None]
        sides = [(read_side(r["src"], langs[0]), read_side(r["tgt"], langs[1])) for r in rows]
        t0 = time.perf_counter()
        words = lexical_check.gather(sides, *langs)
        t1 = time.perf_counter()
        cands = [candidates(*w, *langs) if w else [] for w in words]
        t2 = time.perf_counter()
        own = {t for s, t_ in sides for t in (s.text, t_.text)}
        texts = {
            t
            for (s, t_), cs in zip(sides, cands, strict=True)
            for t in lexical_e5.texts_to_embed(s.text, t_.text, cs)
        } - own
        with tempfile.TemporaryDirectory() as folder:
            model = Embedder(f"{folder}/cache.sqlite")
            t3 = time.perf_counter()
            model.embed(sorted(texts))
            t4 = time.perf_counter()
        n = max(1, len(rows))
        print(
            f"{name}: {len(rows)} pairs, {sum(map(len, cands))} candidates, {len(texts)} "
            f"texts; analysis {t1 - t0:.1f} s, candidates {t2 - t1:.1f} s, e5 {t4 - t3:.1f} s "
            f"({len(texts) / max(1e-9, t4 - t3):.1f} texts/s); added per pair "
            f"{(t4 - t3 + t2 - t0) / n * 1000:.0f} ms",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
