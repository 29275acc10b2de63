"""Translation units from a QA run, findings attached: what `aligner export SRC TGT` writes."""

from __future__ import annotations

from aligner.io.export import Unit, doc_id, note_text
from aligner.quality.results import QAResult


def units_from_qa(result: QAResult) -> list[Unit]:
    """One unit per segment (bead), with its QA and drift findings as types and notes.

    The document id is the source file's stem, as in `aligner batch`.
    """
    doc = doc_id(result.source)
    units = []
    for seg in result.segments:
        types = tuple(dict.fromkeys(issue.type or issue.check for issue in seg.issues))
        notes = tuple(note_text(i.severity, i.check, i.message) for i in seg.issues)
        units.append(
            Unit(
                id=f"{doc}:{seg.id}",
                src=seg.src,
                tgt=seg.tgt,
                src_lang=result.src_lang,
                tgt_lang=result.tgt_lang,
                score=seg.score,
                bead=seg.kind,
                doc=doc,
                findings=types,
                notes=notes,
            )
        )
    return units
