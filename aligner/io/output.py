"""Alignment output formats: ladder (Vecalign), TSV and JSONL.

Each writer is a pure function from an :class:`Alignment` to text; the CLI
decides where the text goes (stdout, or a file written atomically).
"""

from __future__ import annotations

import json

from aligner.io.gold import format_ladder
from aligner.types import Alignment, Bead

FORMATS = ("ladder", "tsv", "jsonl")


def _side_text(alignment: Alignment, bead: Bead, side: str) -> str:
    doc = alignment.src if side == "src" else alignment.tgt
    indices = bead.src if side == "src" else bead.tgt
    return " ".join(doc.sentences[i].text for i in indices)


def _tsv_cell(text: str) -> str:
    # Tabs and line breaks would break the columns; backslash first keeps it reversible.
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def to_ladder(alignment: Alignment) -> str:
    return format_ladder(alignment.beads)


def to_tsv(alignment: Alignment) -> str:
    lines = ["source\ttarget\tscore\tbead"]
    for bead in alignment.beads:
        src = _tsv_cell(_side_text(alignment, bead, "src"))
        tgt = _tsv_cell(_side_text(alignment, bead, "tgt"))
        lines.append(f"{src}\t{tgt}\t{bead.confidence:.4f}\t{bead.kind}")
    return "\n".join(lines) + "\n"


def bead_record(alignment: Alignment, number: int, bead: Bead) -> dict:
    src_sents = [alignment.src.sentences[i] for i in bead.src]
    tgt_sents = [alignment.tgt.sentences[i] for i in bead.tgt]
    return {
        "bead": number,
        "type": bead.kind,
        "src": list(bead.src),
        "tgt": list(bead.tgt),
        "src_text": " ".join(s.text for s in src_sents),
        "tgt_text": " ".join(s.text for s in tgt_sents),
        "src_offsets": [[s.start, s.end] for s in src_sents],
        "tgt_offsets": [[s.start, s.end] for s in tgt_sents],
        "src_paragraphs": sorted({s.paragraph for s in src_sents}),
        "tgt_paragraphs": sorted({s.paragraph for s in tgt_sents}),
        "score": bead.confidence,
        "cost": bead.cost,
    }


def to_jsonl(alignment: Alignment) -> str:
    header = {
        "aligner": alignment.signature,
        "src_path": alignment.src.path,
        "tgt_path": alignment.tgt.path,
        "src_lang": alignment.src.lang,
        "tgt_lang": alignment.tgt.lang,
        "src_sentences": len(alignment.src.sentences),
        "tgt_sentences": len(alignment.tgt.sentences),
        "quality": alignment.quality,
    }
    lines = [json.dumps({"header": header}, ensure_ascii=False)]
    for number, bead in enumerate(alignment.beads):
        lines.append(json.dumps(bead_record(alignment, number, bead), ensure_ascii=False))
    return "\n".join(lines) + "\n"


def render(alignment: Alignment, fmt: str) -> str:
    writers = {"ladder": to_ladder, "tsv": to_tsv, "jsonl": to_jsonl}
    return writers[fmt](alignment)
