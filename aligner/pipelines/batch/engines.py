"""Engines: who runs :func:`process_document` for each job, and where.

In the driver's process (:func:`run_in_process`), in a local pool of spawned processes
(:func:`run_local`, with the worker side's signal handling: only the driver decides
what to stop), or on a dask.distributed cluster (:func:`run_dask`). Each yields
results as documents finish, keeping at most two jobs per worker in flight.
:func:`choose_engine` picks one for the run as asked. Functions sent to workers live
in importable modules (here and :mod:`aligner.pipelines.batch.document`), as pickling needs.

The same pool and cluster run other per-document work too (:func:`choose_mapper`: any
picklable function over a list of items, e.g. the segmenting of an index build, whose
driver then writes alone).
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import functools
import itertools
import logging
import multiprocessing
import os
import signal
import warnings
from collections.abc import Callable, Iterator
from typing import Any

from aligner.io.atomic import remove_unfinished
from aligner.pipelines.batch.document import failed_result, limit_threads, process_document
from aligner.pipelines.batch.model import DocResult, Job, Settings
from aligner.runtime.interrupts import threads_leave_signals_to_main, unblock_stop_signals

Engine = Callable[[list[Job], Settings], Iterator[DocResult]]
# A mapper runs fn over items, yielding results as they finish; a failure of the pool or
# cluster itself (not of fn, which reports its own) becomes failed(item, problem).
Failed = Callable[[Any, str], Any]
Mapper = Callable[[Callable[[Any], Any], list, Failed], Iterator[Any]]


def run_in_process(jobs: list[Job], settings: Settings) -> Iterator[DocResult]:
    for job in jobs:
        yield process_document(job, settings)


def run_local(jobs: list[Job], settings: Settings, workers: int) -> Iterator[DocResult]:
    """A pool of ``workers`` processes; at most two jobs per worker are queued at a time."""
    fn = functools.partial(process_document, settings=settings)
    yield from map_local(fn, jobs, workers, settings.threads, _job_failed)


def map_local(fn: Callable[[Any], Any], items: list, workers: int, threads: int | None,
              failed: Failed, ahead: int = 2) -> Iterator[Any]:  # fmt: skip
    """``fn`` over ``items`` in a pool of ``workers`` spawned processes, results as they
    finish; at most ``ahead`` items per worker are queued at a time."""
    # spawn, not fork: forking a driver that holds threads (OpenMP, SQLite) can deadlock.
    pool = cf.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(threads,),
    )
    finished = False

    def submit(item: Any) -> cf.Future:
        with threads_leave_signals_to_main():  # the pool's threads start in submit
            return pool.submit(_pool_call, fn, item)

    try:
        yield from _window(submit, items, ahead * workers, failed)
        finished = True
    finally:
        if not finished:  # interrupted: stop the documents in progress, do not wait for them
            _stop_workers()
        pool.shutdown(wait=True, cancel_futures=True)


def _job_failed(job: Job, problem: str) -> DocResult:
    return failed_result(job.id, problem)


def _window(submit: Callable[[Any], cf.Future], jobs: list, size: int,
            failed: Failed = _job_failed) -> Iterator[Any]:  # fmt: skip
    """Results as they complete, with at most ``size`` jobs submitted and unfinished."""
    todo = iter(jobs)
    pending: dict[cf.Future, Any] = {}
    while True:
        yield from _fill(submit, todo, pending, size, failed)
        if not pending:
            return
        done: set[cf.Future] = set()
        while not done:  # in steps: a signal another thread took is handled between them
            done, _ = cf.wait(pending, timeout=WAIT_STEP, return_when=cf.FIRST_COMPLETED)
        for future in done:
            job = pending.pop(future)
            exc = future.exception()
            if exc is None:
                yield future.result()
            elif isinstance(exc, cf.BrokenExecutor):
                yield failed(job, f"worker process died: {exc}")
            else:  # process_document reports its own errors; this is the pool's
                yield failed(job, f"worker failed: {exc!r}")


def _fill(
    submit: Callable[[Any], cf.Future],
    todo: Iterator[Any],
    pending: dict[cf.Future, Any],
    size: int,
    failed: Failed,
) -> Iterator[Any]:
    """Submit jobs until ``size`` are pending; a job the pool refuses fails at once."""
    while len(pending) < size:
        job = next(todo, None)
        if job is None:
            return
        try:
            pending[submit(job)] = job
        except cf.BrokenExecutor as exc:  # a worker died (killed, out of memory): no pool left
            yield failed(job, f"not run: {exc}")


WAIT_STEP = 0.5  # seconds the driver waits for a result before it looks at signals again


_busy = False  # in a pool worker: is a document being processed?
_stopping = False  # in a pool worker: the first SIGTERM arrived and cleanup is under way


def _init_worker(threads: int | None) -> None:
    limit_threads(threads)  # here, before numpy or the model load in this process
    # Ctrl-C on a terminal reaches the whole process group; the driver alone decides what
    # to stop, and ends its workers with SIGTERM.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _worker_sigterm)
    # Spawned inside the driver's submit, with the stop signals blocked: take them again.
    unblock_stop_signals()


def _worker_sigterm(signum: int, frame: object) -> None:
    global _stopping
    if _stopping:
        # A second SIGTERM: once one worker has exited, the pool counts itself broken and
        # terminates the others again. Raising now would break off the cleanup the first
        # one started and leave a temp file behind; that cleanup ends in os._exit anyway.
        return
    if _busy:
        _stopping = True
        raise KeyboardInterrupt  # unwinds through atomic_writer, which deletes its temp file
    os._exit(128 + signum)  # idle: nothing to clean up


def _pool_call(fn: Callable[[Any], Any], item: Any) -> Any:
    global _busy
    _busy = True
    try:
        return fn(item)
    except KeyboardInterrupt:
        # The writers' own cleanup has run; a temp file the interrupt caught between its
        # creation and the block that owns it is removed here. The driver is stopping.
        remove_unfinished()
        os._exit(128 + signal.SIGTERM)
    finally:
        _busy = False


def _stop_workers() -> None:
    # Our only child processes during a local run are the pool's workers.
    for child in multiprocessing.active_children():
        child.terminate()


def run_dask(
    jobs: list[Job], settings: Settings, workers: int, scheduler: str | None
) -> Iterator[DocResult]:
    """The same process_document on a dask.distributed cluster (a LocalCluster if no address)."""
    fn = functools.partial(process_document, settings=settings)
    yield from map_dask(fn, jobs, workers, scheduler, _job_failed)


def map_dask(fn: Callable[[Any], Any], items: list, workers: int, scheduler: str | None,
             failed: Failed, ahead: int = 2) -> Iterator[Any]:  # fmt: skip
    """``fn`` over ``items`` on a dask.distributed cluster (a LocalCluster of ``workers``
    processes if no address), results as they finish, ``ahead`` per worker thread queued."""
    from distributed import Client, LocalCluster, as_completed

    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            with warnings.catch_warnings():
                # The scheduler's HTTP server starts whatever the dashboard setting and
                # asks for port 8787 first; taken (another cluster on the machine: a
                # notebook's, a second run's) it warns and takes a free one. Nothing of
                # ours listens there: the warning is noise on the run's stderr.
                warnings.filterwarnings("ignore", "Port .* is already in use", UserWarning)
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,  # no dashboard pages
                    # CRITICAL, not ERROR: a worker whose heartbeat fires while the
                    # cluster shuts down logs a traceback at ERROR (seen on a slow
                    # machine). A task's own failure still reaches the run as that
                    # document's one-line error.
                    silence_logs=logging.CRITICAL,
                )
            stack.enter_context(cluster)
            client = stack.enter_context(Client(cluster))
        size = ahead * max(1, sum(client.nthreads().values()))
        todo = iter(items)
        running = as_completed()
        owner: dict[str, Any] = {}

        def submit(item: Any) -> None:
            future = client.submit(fn, item, pure=False)
            owner[future.key] = item
            running.add(future)

        for item in itertools.islice(todo, size):
            submit(item)
        for future in running:
            item = owner.pop(future.key)
            try:
                yield future.result()
            except Exception as exc:  # a lost worker, say: this item fails, the run goes on
                yield failed(item, f"dask task failed: {exc!r}")
            future.release()
            for following in itertools.islice(todo, 1):
                submit(following)


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))  # respects taskset/cgroup pinning
    except AttributeError:
        return os.cpu_count() or 1


def choose_engine(
    engine: str, workers: int, scheduler: str | None, n_jobs: int
) -> tuple[Engine, int | None]:
    """(engine function, OpenMP threads per worker) for the run as asked."""
    if n_jobs == 0:
        return run_in_process, None  # everything is up to date: start no cluster
    if engine == "dask":
        threads = None if scheduler else max(1, cpu_count() // workers)
        return (lambda jobs, settings: run_dask(jobs, settings, workers, scheduler)), threads
    workers = min(workers, n_jobs)  # no idle processes loading a model for nothing
    if workers <= 1:
        return run_in_process, None
    threads = max(1, cpu_count() // workers)
    return (lambda jobs, settings: run_local(jobs, settings, workers)), threads


def choose_mapper(engine: str, workers: int, scheduler: str | None, n_items: int,
                  ahead: int = 2) -> Mapper:  # fmt: skip
    """How to run a function over ``n_items`` items as asked: in this process (one worker,
    or nothing to do), in a local pool, or on dask; ``ahead`` items queued per worker."""
    if engine == "dask" and n_items:
        return lambda fn, items, failed: map_dask(fn, items, workers, scheduler, failed, ahead)
    workers = min(workers, n_items)
    if workers <= 1:
        return lambda fn, items, failed: map(fn, items)
    threads = max(1, cpu_count() // workers)
    return lambda fn, items, failed: map_local(fn, items, workers, threads, failed, ahead)
