"""What a QA run produces: the segments with their issues, and how they were found."""

from __future__ import annotations

from dataclasses import dataclass, field

from aligner.quality.checks import Issue, Segment
from aligner.quality.config import Settings
from aligner.quality.review import Decision
from aligner.types import Document

SCHEMA = "aligner-qa/1"


@dataclass
class QAResult:
    mode: str  # "documents" | "pairs"
    source: str  # path of the source document, or of the bilingual file
    target: str  # path of the target document, or of the bilingual file
    src_lang: str
    tgt_lang: str
    segments: list[Segment]
    quality: float | None  # document alignment quality; mean unit score for files
    signature: str
    settings: Settings
    glossary: str | None = None
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # Review decisions from an earlier run (aligner.quality.review), by finding key.
    reviews: dict[str, Decision] = field(default_factory=dict)
    # The two documents (documents mode), so the report can offer alignment corrections.
    documents: tuple[Document, Document] | None = None

    @property
    def issues(self) -> list[tuple[Segment, Issue]]:
        return [(s, i) for s in self.segments for i in s.issues]
