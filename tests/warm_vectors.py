"""The seed article's e5 vectors, computed once by the real model and stored with the tests.

`aligner check` on the whole seed article (tests/test_check_cli.py) embeds about 700
texts (its sentences, every clause, each sentence without one clause): about a minute of
one core with a cold cache, the suite's slowest test. A user's second run reads the same
vectors from the cache; the suite's run now starts with them in its shared cache
(tests/conftest.py), so the seed's tests read the model's vectors instead of computing
them again. What they assert (findings, statements, determinism, the HTML copy read as
the text) is about what the pipeline does with real vectors, not about computing them;
the tests of the model and of the cache (tests/test_embed.py, tests/test_cli_embed.py,
the cache's interrupt cases) use caches of their own and still compute every vector.

tests/test_warm_vectors.py checks that the stored vectors are what the installed model
gives. The store holds texts and vectors; keys are made by the product's own
``EmbeddingCache.key`` from the model id stored with them, so after a model upgrade (a new
id) the stored rows are never read and the vectors are computed as before. Rebuild with

    python -m tests.warm_vectors

(runs `aligner check` and `aligner qa` on corpora/seed with an empty cache, and keeps
every text they embedded).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from aligner.alignment.embed import DIM, EmbeddingCache

REPO = Path(__file__).resolve().parent.parent
STORE = REPO / "tests" / "fixtures" / "seed_vectors.npz"
SEED = REPO / "corpora" / "seed"


def stored() -> tuple[str, list[str], np.ndarray]:
    """(model id, texts, their vectors as float32 rows) from the store."""
    with np.load(STORE, allow_pickle=False) as data:
        texts = [str(t) for t in data["texts"]]
        return str(data["model"]), texts, np.asarray(data["vectors"], dtype=np.float32)


def warm(cache_path: str) -> int:
    """Put the stored vectors into the embedding cache at ``cache_path`` (written through
    the product's cache class, so the rows are the ones a run would write); returns how
    many rows were written."""
    if not STORE.exists():
        return 0
    model, texts, vectors = stored()
    cache = EmbeddingCache(cache_path)
    cache.put_many([(EmbeddingCache.key(model, t), v) for t, v in zip(texts, vectors, strict=True)])
    cache.close()
    return len(texts)


# A run of the CLI that also writes every text it asked the model for (cached or not).
_RECORDING_MAIN = """
import atexit, sys
from aligner.alignment import embed
listed, seen = sys.argv.pop(1), []
_embed = embed.Embedder.embed
def _recorded(self, texts):
    seen.extend(t[: embed.MAX_CHARS] for t in texts)
    return _embed(self, texts)
embed.Embedder.embed = _recorded
atexit.register(lambda: open(listed, "a", encoding="utf-8").write("\\0".join(seen) + "\\0"))
from aligner.cli import main
main()
"""


def _build() -> None:
    """Run check and qa on the seed with an empty cache; store every text they embedded."""
    from aligner.alignment.embed import Embedder

    model = Embedder(cache_path=None).model_id
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "ALIGNER_CACHE_DIR": folder}
        seed = [str(SEED / "lavrov.es.txt"), str(SEED / "lavrov.en.txt")]
        listed = os.path.join(folder, "texts.txt")
        for command in (["check", *seed, "--format", "json"], ["qa", *seed, "--format", "json"]):
            subprocess.run(
                [sys.executable, "-c", _RECORDING_MAIN, listed, *command],
                env=env, check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
        with sqlite3.connect(os.path.join(folder, "embeddings.sqlite")) as conn:
            rows = {bytes(k): v for k, v in conn.execute("SELECT key, vec FROM vectors")}
        with open(listed, encoding="utf-8") as fh:
            texts = sorted(set(fh.read().split("\0")) - {""})
    found = [(t, rows[EmbeddingCache.key(model, t)]) for t in texts]
    vectors = np.stack([np.frombuffer(v, dtype=np.float32) for _, v in found])
    assert vectors.shape[1] == DIM and len(found) == len(rows), (len(found), len(rows))
    np.savez_compressed(
        STORE, model=np.array(model), texts=np.array([t for t, _ in found]), vectors=vectors
    )
    print(f"{STORE}: {len(found)} vectors of {model}")


if __name__ == "__main__":
    _build()
