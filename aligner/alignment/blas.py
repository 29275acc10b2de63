"""BLAS held to one thread around the aligner's small matrix products."""

from __future__ import annotations

import os
from contextlib import AbstractContextManager, nullcontext
from functools import cache

from threadpoolctl import ThreadpoolController


@cache
def _controller() -> ThreadpoolController:
    return ThreadpoolController()


def single_blas() -> AbstractContextManager[object]:
    """BLAS limited to one thread for a block. The controller that finds the loaded
    libraries is made once: ``threadpool_limits`` rescans them on every call (~2 ms,
    paid per region by selective embedding). Where the environment already holds BLAS
    to one thread it is not made at all: finding the libraries costs ~0.1 CPU-s a
    process, more than a short document's whole search."""
    if _blas_single_by_environment():
        return nullcontext()
    return _controller().limit(limits=1, user_api="blas")


def _blas_single_by_environment() -> bool:
    # OpenBLAS reads its own variable first and OpenMP's otherwise, once, at load.
    threads = os.environ.get("OPENBLAS_NUM_THREADS") or os.environ.get("OMP_NUM_THREADS")
    return threads == "1"
