"""aligner: sentence alignment and translation QA for translated news.

>>> import aligner
>>> result = aligner.align(spanish_text, english_text)
>>> for bead in result.beads: ...
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {"align", "align_files", "check", "index", "load_document", "qa", "report", "trace"}
_TYPES = {"AlignConfig", "Alignment", "Bead", "Document", "Sentence"}

__all__ = sorted(_API | _TYPES | {"__version__"})


def __getattr__(name: str) -> Any:
    # Imported on first use, so `aligner --help` and light tools do not load numpy and the model.
    if name in _API:
        from aligner import api

        return getattr(api, name)
    if name in _TYPES:
        from aligner import types

        return getattr(types, name)
    raise AttributeError(f"module 'aligner' has no attribute {name!r}")
