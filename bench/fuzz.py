"""Long fuzz run: the property tests of tests/properties/ with a large budget.

    python bench/fuzz.py --minutes 20                 # every target, an equal share each
    python bench/fuzz.py --minutes 5 --targets quotes,readers

Each target runs in rounds of hypothesis examples (fresh random seed per round, no
deadline, every health check off) until its share of the time is used, so the run ends
on time whatever the targets cost. A failing example is shrunk by hypothesis and
printed in its minimal form; the target then stops (its later rounds would find the
same bug again) and the run goes on with the next one. Failing examples are also
saved in a hypothesis database in a temporary folder (--database to keep one), so a
rerun with the same database replays them first. Exit code 1 if anything failed.

The fast suite (tests/test_fuzz.py) runs the same targets with small budgets.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import traceback
import warnings

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from hypothesis import HealthCheck, Phase
from hypothesis.database import DirectoryBasedExampleDatabase
from hypothesis.errors import HypothesisWarning

from tests.properties import TARGETS, TARGETS_BY_NAME, Target, run

ROUND_SECONDS = 60.0  # a round this long between time checks
SHOW = 600  # characters of a failure (exception and minimal example) printed


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOW else text[: SHOW // 2] + " … " + text[-SHOW // 2 :]


def describe(exc: BaseException) -> list[str]:
    """One line per distinct failure: exception, where it was raised, minimal example."""
    if isinstance(exc, BaseExceptionGroup):
        return [line for sub in exc.exceptions for line in describe(sub)]
    frames = traceback.extract_tb(exc.__traceback__)
    where = next(
        (
            f"{os.path.relpath(f.filename)}:{f.lineno}"
            for f in reversed(frames)
            if "/aligner/" in f.filename
        ),
        "",
    )
    head = traceback.format_exception_only(type(exc), exc)[0].strip().split("\n")[0]
    notes = " ".join(getattr(exc, "__notes__", []))
    return [_short(f"{head} [{where}] {notes}")]


def fuzz(target: Target, seconds: float, database: DirectoryBasedExampleDatabase) -> dict:
    """Run ``target`` for about ``seconds``; examples tried and failures found."""
    count = [0]
    began = time.monotonic()
    size = 50  # the first round measures the rate
    failures: list[str] = []
    rounds = 0
    while time.monotonic() - began < seconds:
        rounds += 1
        round_began, before = time.monotonic(), count[0]
        try:
            run(
                target,
                max_examples=size,
                count=count,
                database=database,
                derandomize=False,
                suppress_health_check=list(HealthCheck),
                phases=[Phase.reuse, Phase.generate, Phase.shrink],
            )
        except Exception as exc:  # a property failed: report it and stop this target
            failures = describe(exc)
            break
        rate = (count[0] - before) / max(time.monotonic() - round_began, 1e-3)
        left = seconds - (time.monotonic() - began)
        size = max(20, int(rate * min(ROUND_SECONDS, left)))
    elapsed = time.monotonic() - began
    return {
        "target": target.name,
        "examples": count[0],
        "seconds": round(elapsed, 1),
        "rounds": rounds,
        "failures": failures,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=20.0, help="total time, shared evenly")
    parser.add_argument("--targets", default="", help="comma-separated names (default: all)")
    parser.add_argument("--database", default="", help="keep failing examples in this folder")
    parser.add_argument("--json", default="", help="also write the results to this file")
    args = parser.parse_args(argv)
    # Shrinking a megabyte-long input warns that its repr is large; it is cut to SHOW anyway.
    warnings.filterwarnings("ignore", category=HypothesisWarning)
    names = [n for n in args.targets.split(",") if n] or [t.name for t in TARGETS]
    unknown = [n for n in names if n not in TARGETS_BY_NAME]
    if unknown:
        parser.error(f"unknown targets {unknown}; known: {', '.join(TARGETS_BY_NAME)}")
    share = args.minutes * 60 / len(names)
    with tempfile.TemporaryDirectory() as scratch:
        database = DirectoryBasedExampleDatabase(args.database or scratch)
        results = []
        print(f"fuzzing {len(names)} targets, {share:.0f} s each", flush=True)
        for name in names:
            result = fuzz(TARGETS_BY_NAME[name], share, database)
            results.append(result)
            status = "FAIL" if result["failures"] else "ok"
            print(
                f"{status:4} {name:15} {result['examples']:8} examples {result['seconds']:7.1f} s",
                flush=True,
            )
            for line in result["failures"]:
                print(f"     {line}", flush=True)
    total = sum(r["examples"] for r in results)
    seconds = sum(r["seconds"] for r in results)
    failed = [r["target"] for r in results if r["failures"]]
    print(
        f"total {total} examples in {seconds / 60:.1f} min; "
        f"{'failing: ' + ', '.join(failed) if failed else 'no failures'}"
    )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, ensure_ascii=False, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
