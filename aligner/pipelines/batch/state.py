"""Resume state: ``out/.aligner-batch.json`` and the plan it gives a new run.

The state maps each finished document's id to its digest, its output files and its
summary numbers. :func:`load_state` reads it (ignoring, with a warning, a file it
cannot trust), :func:`save_state` rewrites it atomically after every document, and
:func:`plan` splits a run's jobs into up-to-date ones (skipped, their results rebuilt
from the state) and ones to run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

from aligner.io.atomic import write_text_atomic
from aligner.pipelines.batch.digests import file_sha256, job_digest, settings_signature
from aligner.pipelines.batch.document import resolve
from aligner.pipelines.batch.model import DocResult, Job, Settings

STATE_VERSION = 1


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
    if result.must_fix:
        summary["must_fix"] = result.must_fix
    return {"digest": result.digest, "outputs": list(result.outputs), "summary": summary}


_METRICS = ("src_sentences", "tgt_sentences", "beads", "units", "mean_score", "quality", "findings")


def skipped_result(doc: str, entry: Any, digest: str, out_dir: str) -> DocResult | None:
    """The result of an up-to-date document, or None if it must be (re)done."""
    try:
        outputs = tuple(entry["outputs"])
        metrics = {k: entry["summary"][k] for k in _METRICS}
        metrics["must_fix"] = int(entry["summary"].get("must_fix", 0))
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
