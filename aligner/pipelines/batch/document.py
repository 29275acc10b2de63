"""One document: read, align and write a pair's outputs, in whichever process runs it.

:func:`process_document` is the only per-document code and every engine calls it, so
outputs cannot depend on the engine or the number of workers. It never raises for a
problem with the document: a bad file becomes a failed :class:`DocResult`
(:func:`failed_result`), so one bad file costs one document, not the run. numpy and
the model are imported only here, inside the functions, so a driver that just hands
jobs to workers never loads them.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from aligner.errors import AlignerError, InputError
from aligner.io.atomic import DISK_FULL
from aligner.io.read import read_document
from aligner.pipelines.batch.digests import file_sha256, job_digest, settings_signature
from aligner.pipelines.batch.model import DocResult, Job, Settings
from aligner.pipelines.batch.outputs import write_outputs

if TYPE_CHECKING:  # only for hints: the driver need not import numpy or the model
    from aligner.alignment.embed import Embedder
    from aligner.types import Alignment, Document


def process_document(job: Job, settings: Settings) -> DocResult:
    """Align one pair and write its outputs; a bad document becomes a failed result.

    The same function runs in every engine. It never raises for a problem with the
    document, so one bad file costs one document, not the run.
    """
    from aligner.alignment.mt import silenced_progress

    began = time.perf_counter()
    try:
        # The batch reports each document; Apertium's chunk lines from several workers
        # would break its status line.
        with silenced_progress():
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
    from aligner.alignment.engine import align, check_pair
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
    sanity = check_pair(src, tgt, job.src_lang, job.tgt_lang, settings.force)
    embedder, problem = _embedder(settings)
    config = AlignConfig(
        max_bead=settings.max_bead,
        use_embeddings=settings.use_embeddings,
        use_mt=settings.use_mt,
        embed=settings.embed if settings.use_embeddings else "none",
    )
    alignment = align(src, tgt, config=config, embedder=embedder)
    findings = must_fix = 0
    report: tuple[str, ...] = ()
    if settings.qa:
        report, findings, must_fix = write_qa_report(job.id, alignment, settings, embedder)
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
        findings=findings,
        must_fix=must_fix,
        seconds=round(time.perf_counter() - began, 3),
        outputs=outputs + report,
        digest=digest,
        warnings=tuple(sanity + ([problem] if problem else []) + alignment.warnings),
    )


def write_qa_report(
    doc: str, alignment: Alignment, settings: Settings, embedder: Embedder | None
) -> tuple[tuple[str, ...], int, int]:
    """QA of an aligned document (not aligned again): NAME.qa.html and its counts."""
    from aligner.io.atomic import write_text_atomic
    from aligner.pipelines.qa import qa_documents
    from aligner.quality.report import render

    mt = "auto" if settings.use_mt else None
    result = qa_documents(alignment.src, alignment.tgt, embedder=embedder, mt=mt,
                          alignment=alignment)  # fmt: skip
    name = f"{doc}.qa.html"
    page = render(result, "html", review_file=f"{doc}.qa.review.json")
    write_text_atomic(os.path.join(settings.out_dir, name), page)
    issues = [issue for _seg, issue in result.issues]
    return (name,), len(issues), sum(i.severity == "critical" for i in issues)


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
    from aligner.alignment.engine import load_document

    try:
        text = read_document(resolve(path, settings)).text
    except InputError as exc:
        raise InputError(path, exc.problem) from None  # name the file as the user did
    return load_document(path, lang, settings.presegmented, text)


def _embedder(settings: Settings) -> tuple[Embedder | None, str | None]:
    """(embedder or None, warning): loaded once per process, as `aligner align` does."""
    if not settings.use_embeddings:
        return None, None
    from aligner.alignment.embed import load_embedder

    return load_embedder(settings.cache_path)
