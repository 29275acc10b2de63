"""The plain data of a batch run: a job, the settings, a document's result, two errors.

:class:`Job` (one document pair), :class:`Settings` (everything a worker needs besides
the job) and :class:`DocResult` (the summary row a worker hands back) are frozen and
picklable, so every engine ships them as they are; :class:`UsageProblem` and
:class:`DiskFull` are the two ways a whole run is refused or stopped (exit code 2).
Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aligner.errors import AlignerError
from aligner.io.filters import Filters


class UsageProblem(AlignerError):
    """The batch as asked for cannot run (no pairs, clashing names...); exit code 2."""


class DiskFull(AlignerError):
    """A document's output did not fit on the disk; the run stops (exit code 2)."""


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
    # Which sentences get e5 vectors: AlignConfig.embed ("all", "selective"; "none" is
    # use_embeddings=False).
    embed: str = "all"
    use_mt: bool = True  # Apertium for bead confidence, when the pair is installed
    # The one SQLite embedding cache every local worker opens, so a sentence is embedded
    # once per run whichever worker meets it first; "default" lets each worker use its own
    # default (a remote worker cannot see the driver's disk).
    cache_path: str | None = "default"
    base_dir: str = "."  # where relative input paths resolve: the driver's working folder
    threads: int | None = None  # OpenMP threads per worker process; None: the library decides
    qa: bool = False  # also run translator QA: NAME.qa.html per document, index.html
    force: bool = False  # go on with a pair that looks wrong (aligner.alignment.sanity)


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
    findings: int = 0  # QA findings (with --qa; 0 otherwise)
    must_fix: int = 0  # the critical ones among them
    seconds: float = 0.0
    error: str = ""
    outputs: tuple[str, ...] = ()  # file names in the output folder
    digest: str = ""
    warnings: tuple[str, ...] = ()
    # The output disk is full: every later document would fail the same way, so the run
    # stops (finished documents recorded) instead of aligning them for nothing.
    disk_full: bool = False
