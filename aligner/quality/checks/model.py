"""What the checks pass around: segments, issues, glossary terms, thresholds, context.

The plain dataclasses every check reads (``Segment``, ``Context`` with its
``Thresholds`` and glossary ``Term`` entries) and returns (``Issue``), the statement
``Mark`` entries the report draws, and the two helpers every check uses to
build its result: ``_issue`` (an issue with its check's registered severity) and
``_capped`` (at most so many issues a segment). They sit apart from the checks so that
:mod:`aligner.pipelines.qa`, :mod:`aligner.quality.config` and :mod:`aligner.quality.report`
can use them without importing any check; underscore names here are shared inside the package only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aligner.quality.checks.registry import CHECKS

Span = tuple[int, int]


@dataclass(frozen=True)
class Issue:
    """One finding on one segment; spans are offsets into the segment's texts."""

    check: str
    severity: str
    message: str
    source_span: Span | None = None
    target_span: Span | None = None
    confidence: float = 1.0
    type: str = ""  # set from the check's spec when empty


@dataclass(frozen=True)
class Mark:
    """An attributed statement on one side of a segment, for the report."""

    side: str  # "src" | "tgt"
    start: int
    end: int
    speaker: str
    resolved_by: str


@dataclass
class Segment:
    """One aligned row: a bead of a document pair, or a unit of a bilingual file."""

    id: str
    index: int
    src: str
    tgt: str
    kind: str = "1-1"  # bead shape
    score: float | None = None
    src_sentences: tuple[int, ...] = ()
    tgt_sentences: tuple[int, ...] = ()
    issues: list[Issue] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)

    @property
    def is_null(self) -> bool:
        return not self.src.strip() or not self.tgt.strip()


@dataclass(frozen=True)
class Term:
    """A glossary entry: a source term and its allowed translations."""

    source: str
    targets: tuple[str, ...]


@dataclass(frozen=True)
class Thresholds:
    length_z: float = 3.5  # robust z-score beyond which a length ratio is an outlier
    length_min_segments: int = 8  # below this a document has no length distribution
    length_min_chars: int = 12  # ignore segments this short on both sides
    untranslated_min_words: int = 4  # shorter targets are too short to tell the language
    untranslated_share: float = 0.7  # langid margin needed to call a target untranslated
    repeat_min_words: int = 3  # shorter repeated segments ("Sí.") may differ freely
    max_per_segment: int = 3  # one check reports at most this many issues per segment


@dataclass(frozen=True)
class Context:
    src_lang: str
    tgt_lang: str
    thresholds: Thresholds = Thresholds()
    glossary: tuple[Term, ...] = ()


def _issue(check: str, message: str, src: Span | None = None, tgt: Span | None = None,
           confidence: float = 1.0) -> Issue:  # fmt: skip
    return Issue(check, CHECKS[check].severity, message, src, tgt, confidence)


def _capped(issues: list[Issue], limit: int) -> list[Issue]:
    return issues[:limit]
