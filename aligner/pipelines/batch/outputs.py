"""The output folder: what each document's files are called, and writing them.

The run's own files (the state file, the two summaries), the export's file name per
format, the refusal of a batch whose documents would overwrite each other's files
(:func:`check_jobs`, before anything is written), creating the folder, and
:func:`write_outputs`, which writes one document's ``NAME.jsonl`` and its export.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from aligner.errors import OutputError
from aligner.io.atomic import write_text_atomic
from aligner.pipelines.batch.model import Job, Settings, UsageProblem

if TYPE_CHECKING:
    from aligner.types import Alignment

STATE_FILE = ".aligner-batch.json"
SUMMARY_TSV, SUMMARY_JSON = "summary.tsv", "summary.json"
RESERVED_NAMES = frozenset({STATE_FILE, SUMMARY_TSV, SUMMARY_JSON})

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


def output_folder(path: str) -> str:
    """The absolute output folder, created if missing; refuses a file."""
    if os.path.exists(path) and not os.path.isdir(path):
        raise UsageProblem(f"{path}: output must be a folder, and this is a file")
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as exc:
        raise OutputError(path, f"cannot create the output folder ({exc.strerror})") from None
    return os.path.abspath(path)


def write_outputs(
    doc: str, alignment: Alignment, settings: Settings
) -> tuple[tuple[str, ...], int]:
    """Write NAME.jsonl and the export; return the written file names and the units kept."""
    from aligner.io.export import alignment_units, export
    from aligner.io.filters import apply_filters
    from aligner.io.output import render

    jsonl_path = os.path.join(settings.out_dir, f"{doc}.jsonl")
    text = render(alignment, "jsonl")
    # The export is built from the JSONL text, as `aligner export NAME.jsonl` reads it, so
    # a batch output is always what align + export by hand would give.
    units, _removed = apply_filters(alignment_units(jsonl_path, text), settings.filters)
    # Export first: it refuses (e.g. the filters left nothing) before any file is written.
    written = export(units, settings.to, export_base(settings.out_dir, doc, settings.to))
    write_text_atomic(jsonl_path, text)
    return (f"{doc}.jsonl", *(os.path.basename(p) for p in written)), len(units)
