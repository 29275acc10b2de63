"""aligner: sentence alignment and translation QA for translated news.

    >>> import aligner
    >>> result = aligner.align(spanish_text, english_text)
    >>> for bead in result.beads: ...
"""

__version__ = "0.1.0"

# API first: the package is its API.
from aligner.api import align, align_files, load_document  # noqa: E402
from aligner.types import AlignConfig, Alignment, Bead, Document, Sentence  # noqa: E402

__all__ = [
    "AlignConfig",
    "Alignment",
    "Bead",
    "Document",
    "Sentence",
    "__version__",
    "align",
    "align_files",
    "load_document",
]
