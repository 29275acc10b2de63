"""An alignment a person corrected: their beads, taken as right (confidence 1)."""

from __future__ import annotations

from aligner import __version__
from aligner.alignment.engine import language_warnings
from aligner.types import Alignment, Bead, Document


def manual_alignment(src: Document, tgt: Document, beads: list[Bead], source: str) -> Alignment:
    """An :class:`Alignment` of ``beads`` (from :mod:`aligner.io.corrected`, file ``source``).

    Quality is the share of sentences in a pair (null beads count as zero, as for
    computed alignments); the signature names the file the beads came from.
    """
    paired = sum(len(b.src) + len(b.tgt) for b in beads if not b.is_null)
    total = len(src.sentences) + len(tgt.sentences)
    return Alignment(
        src=src,
        tgt=tgt,
        beads=beads,
        quality=round(paired / total, 6) if total else 0.0,
        signature=f"aligner:{__version__}|pair:{src.lang}-{tgt.lang}|alignment:manual:{source}",
        warnings=language_warnings(src, tgt),
    )
