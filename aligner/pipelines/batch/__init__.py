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

One module per concern: ``model`` (Job, Settings, DocResult, the two errors),
``pairs`` (NAME.<lang>.txt pairing, CSV manifests), ``outputs`` (file names in the
output folder, clash check, writing a document's files), ``digests`` (settings
signature, file hashes, the resume key), ``document`` (process_document), ``state``
(the resume state file and the plan), ``engines`` (in-process, local pool, dask),
``run`` (run_batch: the loop, interrupts, full disk) and ``summary`` (summary.tsv
and summary.json). This package re-exports their public names, so callers import
``aligner.pipelines.batch``.
"""

import concurrent.futures as cf  # noqa: F401  (kept as aligner.pipelines.batch.cf for the tests)

from aligner.pipelines.batch.digests import file_sha256, job_digest, settings_signature
from aligner.pipelines.batch.document import failed_result, limit_threads, process_document, resolve
from aligner.pipelines.batch.engines import (
    Engine,
    choose_engine,
    cpu_count,
    run_dask,
    run_in_process,
    run_local,
)
from aligner.pipelines.batch.engines import _window as _window  # the tests drive the pool's window
from aligner.pipelines.batch.model import DiskFull, DocResult, Job, Settings, UsageProblem
from aligner.pipelines.batch.outputs import (
    EXPORT_SUFFIX,
    RESERVED_NAMES,
    STATE_FILE,
    SUMMARY_JSON,
    SUMMARY_TSV,
    check_jobs,
    doc_id_problem,
    export_base,
    output_folder,
    planned_names,
    write_outputs,
)
from aligner.pipelines.batch.pairs import (
    DEFAULT_TARGET,
    choose_direction,
    collect_jobs,
    describe_jobs,
    find_pairs,
    read_manifest,
)
from aligner.pipelines.batch.run import describe, run_batch, sigterm_as_interrupt
from aligner.pipelines.batch.state import (
    STATE_VERSION,
    load_state,
    plan,
    save_state,
    skipped_result,
    state_entry,
)
from aligner.pipelines.batch.summary import (
    SUMMARY_COLUMNS,
    summary_json,
    summary_row,
    summary_tsv,
    write_summary,
)

__all__ = [
    "DEFAULT_TARGET",
    "EXPORT_SUFFIX",
    "RESERVED_NAMES",
    "STATE_FILE",
    "STATE_VERSION",
    "SUMMARY_COLUMNS",
    "SUMMARY_JSON",
    "SUMMARY_TSV",
    "DiskFull",
    "DocResult",
    "Engine",
    "Job",
    "Settings",
    "UsageProblem",
    "check_jobs",
    "choose_direction",
    "choose_engine",
    "collect_jobs",
    "cpu_count",
    "describe",
    "describe_jobs",
    "doc_id_problem",
    "export_base",
    "failed_result",
    "file_sha256",
    "find_pairs",
    "job_digest",
    "limit_threads",
    "load_state",
    "output_folder",
    "plan",
    "planned_names",
    "process_document",
    "read_manifest",
    "resolve",
    "run_batch",
    "run_dask",
    "run_in_process",
    "run_local",
    "save_state",
    "settings_signature",
    "sigterm_as_interrupt",
    "skipped_result",
    "state_entry",
    "summary_json",
    "summary_row",
    "summary_tsv",
    "write_outputs",
    "write_summary",
]
