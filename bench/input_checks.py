"""Measure the pair checks' signals on corpora/ (docs/formats.md, "Checks before any work").

For every text in corpora/*/ (named NAME.<lang>.txt): the language guess, its confidence
and coverage, on the whole file and on its first 250 and 450 characters; the texts in
tests/fixtures/lang (languages without a profile); and, per document pair, the shorter
side's share of the longer one's characters. The thresholds in aligner.alignment.langid
and aligner.alignment.sanity are set against these figures.

    python bench/input_checks.py
"""

from __future__ import annotations

import glob
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)


def main() -> None:
    from aligner.alignment.langid import FLOOR, LOW_CONFIDENCE, guess_language

    files = sorted(glob.glob(os.path.join(ROOT, "corpora", "*", "*.txt")))
    wrong, lowest = [], []
    sizes: dict[str, dict[str, int]] = defaultdict(dict)
    for path in files:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        tag = path.rsplit(".", 2)[-2]
        sizes[path.rsplit(".", 2)[0]][tag] = len(text)
        for label, sample in (("whole", text), ("450", text[:450]), ("250", text[:250])):
            guess = guess_language(sample)
            if guess.code != tag:
                wrong.append((os.path.relpath(path, ROOT), label, guess))
            lowest.append((guess.confidence, guess.coverage, label, os.path.relpath(path, ROOT)))
    print(f"texts: {len(files)} (x3 samples); wrong guesses: {len(wrong)}")
    for item in wrong:
        print("  wrong:", item)
    lowest.sort()
    print(f"lowest confidence (low < {LOW_CONFIDENCE}, floor < {FLOOR}):")
    for confidence, coverage, label, path in lowest[:5]:
        print(f"  {confidence:.3f} (coverage {coverage:.2f}) {label:5} {path}")
    print("lowest coverage:")
    for confidence, coverage, label, path in sorted(lowest, key=lambda r: r[1])[:3]:
        print(f"  {coverage:.3f} (confidence {confidence:.2f}) {label:5} {path}")
    print("languages without a profile (tests/fixtures/lang):")
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "lang", "*.txt"))):
        with open(path, encoding="utf-8") as handle:
            guess = guess_language(handle.read())
        print(f"  {os.path.basename(path)}: {guess.code} (confidence {guess.confidence:.2f}, "
              f"runner-up {guess.runner_up}, coverage {guess.coverage:.2f})")  # fmt: skip
    ratios = sorted(
        (min(pair.values()) / max(pair.values()), os.path.relpath(base, ROOT))
        for base, pair in sizes.items() if len(pair) == 2
    )  # fmt: skip
    print(f"document pairs: {len(ratios)}; shorter/longer characters, lowest:")
    for ratio, base in ratios[:3]:
        print(f"  {ratio:.3f} {base}")


if __name__ == "__main__":
    main()
