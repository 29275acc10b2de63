"""The run: plan, run an engine, record each result as it arrives, summarise.

:func:`run_batch` is the entry point. It checks the jobs, skips up-to-date documents,
records every finished document in the state file before awaiting the next, reports
progress, and writes the summaries at the end. Ctrl-C, SIGTERM
(:func:`sigterm_as_interrupt`) and a full output disk stop the run with every finished
document recorded and no partial file left, so running it again resumes.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, TextIO

from aligner.errors import AlignerError
from aligner.io.atomic import DISK_FULL
from aligner.pipelines.batch.digests import settings_signature
from aligner.pipelines.batch.engines import choose_engine
from aligner.pipelines.batch.model import DiskFull, DocResult, Job, Settings
from aligner.pipelines.batch.outputs import STATE_FILE, check_jobs
from aligner.pipelines.batch.state import load_state, plan, save_state, state_entry
from aligner.pipelines.batch.summary import write_summary
from aligner.runtime.progress import Progress


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM takes Ctrl-C's path: temp files removed, finished documents recorded."""

    def interrupt(signum: int, frame: object) -> None:
        if callable(previous):
            previous(signum, frame)  # e.g. the CLI's, which notes the signal for its exit code
        raise KeyboardInterrupt

    try:
        previous = signal.getsignal(signal.SIGTERM)
        signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        # None: the old handler was not set from Python; the default is the honest guess.
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def run_batch(
    jobs: list[Job],
    settings: Settings,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    quiet: bool = False,
    stream: TextIO = sys.stderr,
) -> list[DocResult]:
    """Run (or resume) a batch; return one result per job, in job order.

    Writes each document's outputs, the state file after each document, and
    summary.tsv / summary.json at the end. KeyboardInterrupt (or SIGTERM) stops the
    run with every finished document recorded and no partial file left; so does a
    full output disk (raising :class:`DiskFull`).
    """
    check_jobs(jobs, settings.to)
    progress = Progress(len(jobs), stream, quiet)
    with sigterm_as_interrupt():
        try:
            return _run(jobs, settings, engine, workers, scheduler, progress)
        except KeyboardInterrupt:
            _stopped(progress, len(jobs), "")
            raise
        except AlignerError as exc:
            if isinstance(exc, DiskFull) or getattr(exc, "errno", None) in DISK_FULL:
                _stopped(progress, len(jobs), "free some space and ")
            raise


def _stopped(progress: Progress, total: int, advice: str) -> None:
    progress.finish()
    progress.message(
        f"aligner: stopped after {progress.done} of {total} documents; "
        f"finished ones are recorded, {advice}run the same command again to resume"
    )


def _run(
    jobs: list[Job],
    settings: Settings,
    engine: str,
    workers: int,
    scheduler: str | None,
    progress: Progress,
) -> list[DocResult]:
    state_path = os.path.join(settings.out_dir, STATE_FILE)
    state, problem = load_state(state_path)
    if problem:
        progress.message(f"aligner: warning: {problem}")
    skipped, todo = plan(jobs, settings, state)
    run, threads = choose_engine(engine, workers, scheduler, len(todo))
    results = {result.id: result for result in skipped}
    progress.start()
    for result in skipped:
        progress.document(result.id, "skipped", "unchanged")
    seen_warnings: set[str] = set()
    with contextlib.closing(run(todo, replace(settings, threads=threads))) as finished:
        # Results arrive in completion order; each is recorded before the next is awaited.
        for result in finished:
            results[result.id] = result
            _record(result, state, state_path)
            _report(result, progress, seen_warnings)
            if result.disk_full:
                raise DiskFull(result.error)
    progress.finish()
    ordered = [results[job.id] for job in jobs]
    write_summary(settings.out_dir, ordered, settings_signature(settings))
    return ordered


def _record(result: DocResult, state: dict[str, Any], state_path: str) -> None:
    if result.status == "done":
        state[result.id] = state_entry(result)
    else:
        state.pop(result.id, None)  # failed now: its old outputs are not to be trusted
    save_state(state_path, state)


def _report(result: DocResult, progress: Progress, seen_warnings: set[str]) -> None:
    for warning in result.warnings:
        if warning not in seen_warnings:  # the same warning from 500 documents is noise
            seen_warnings.add(warning)
            if not progress.quiet:
                progress.message(f"aligner: warning: {result.id}: {warning}")
    detail = result.error if result.status == "failed" else describe(result)
    progress.document(result.id, result.status, detail, result.src_sentences)


def describe(result: DocResult) -> str:
    quality = "n/a" if result.quality is None else f"{result.quality:.2f}"
    return (
        f"{result.src_sentences}→{result.tgt_sentences} sentences, {result.beads} beads, "
        f"{result.units} units, quality {quality}, {result.seconds:.1f}s"
    )
