"""Plain data types passed between the pipeline stages.

Every stage is a function from these types to these types, so each one can be
tested, cached or run in another process on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """One segment of a document.

    ``start``/``end`` are character offsets into the *original* decoded text
    (before any Unicode normalisation), so a user can always find the segment in
    the file they gave us. ``text`` is the NFC-normalised segment with inner
    line breaks folded to spaces.
    """

    index: int
    text: str
    start: int
    end: int
    paragraph: int
    kind: str = "sentence"  # "sentence" | "heading" | "caption" | "line"


@dataclass(frozen=True)
class Document:
    path: str
    lang: str
    text: str  # the decoded original text (BOM and nothing else removed)
    sentences: tuple[Sentence, ...]

    @property
    def n_paragraphs(self) -> int:
        return 1 + max((s.paragraph for s in self.sentences), default=-1)


@dataclass(frozen=True)
class Bead:
    """A group of consecutive source sentences aligned to consecutive target sentences.

    The one exception: a line of page-break debris inside a sentence is left out of the
    bead that holds the sentence's halves, as a null bead of its own right after it
    (aligner.alignment.debris). Either side may be empty (1-0 or 0-1 beads: an omission
    or an addition).
    ``cost`` is the raw alignment cost (lower is better); ``confidence`` is a
    calibrated probability that the bead is exactly right.
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    cost: float = 0.0
    confidence: float = 0.0

    @property
    def kind(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"

    @property
    def is_null(self) -> bool:
        return not self.src or not self.tgt


@dataclass(frozen=True)
class AlignConfig:
    """Every setting that changes an alignment; part of the result's signature."""

    max_bead: int = 5  # largest x+y for an x-y bead
    band: int = 24  # half-width of the search band around the coarse path
    use_embeddings: bool = True
    # Which sentences get e5 vectors: "all"; "selective", only where the pass without
    # them is unsure (aligner.alignment.selective); "none" (as use_embeddings=False).
    embed: str = "all"
    # Apertium's translation of the source as evidence for bead confidence, when the
    # pair is installed (aligner.alignment.mt); the signature says whether it was used.
    use_mt: bool = True


@dataclass
class Alignment:
    src: Document
    tgt: Document
    beads: list[Bead]
    quality: float  # document alignment-quality score in [0, 1]
    signature: str  # reproducibility string: version, languages, signals, settings
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


# Severities of drift findings and QA issues, least severe first.
SEVERITIES = ("minor", "major", "critical")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else -1
