"""Corrected alignments: the beads a person fixed by hand in the report, as a JSON file.

``REPORT.alignment.json`` holds the beads as sentence indices and the sha256 of both
texts, so a correction is used only for the documents it was made on.
"""

from __future__ import annotations

import hashlib
import json
import os

from aligner.errors import InputError
from aligner.io.atomic import write_text_atomic
from aligner.io.read import read_text
from aligner.types import Bead, Document

SCHEMA = "aligner-alignment/1"


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def corrected_path(report_path: str) -> str:
    """Where a report's corrected alignment lives: report.html → report.alignment.json."""
    stem, _ext = os.path.splitext(report_path)
    return f"{stem}.alignment.json"


def alignment_payload(src: Document, tgt: Document, beads: list[Bead]) -> dict:
    return {
        "schema": SCHEMA,
        "source": {"path": src.path, "sha256": text_sha256(src.text),
                   "sentences": len(src.sentences)},
        "target": {"path": tgt.path, "sha256": text_sha256(tgt.text),
                   "sentences": len(tgt.sentences)},
        "beads": [[list(b.src), list(b.tgt)] for b in beads],
    }  # fmt: skip


def parse_beads(path: str, data: object, n_src: int, n_tgt: int) -> list[Bead]:
    """Beads that cover every sentence of both sides once, in order; InputError otherwise."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InputError(path, f'is not a corrected alignment (expected "schema": "{SCHEMA}")')
    raw = data.get("beads")
    if not isinstance(raw, list) or not raw:
        raise InputError(path, "'beads' must be a non-empty list")
    beads, next_src, next_tgt = [], 0, 0
    for number, item in enumerate(raw):
        ok = (isinstance(item, list) and len(item) == 2
              and all(isinstance(side, list) for side in item))  # fmt: skip
        src, tgt = item if ok else ([], [])
        if (
            not ok
            or not (src or tgt)
            or not all(isinstance(i, int) and not isinstance(i, bool) for i in src + tgt)
        ):
            raise InputError(path, f"bead {number}: expected [[source indices], [target indices]]")
        if src != list(range(next_src, next_src + len(src))) or tgt != list(
            range(next_tgt, next_tgt + len(tgt))
        ):
            raise InputError(path, f"bead {number}: sentences must follow on from the bead before")
        next_src, next_tgt = next_src + len(src), next_tgt + len(tgt)
        beads.append(Bead(tuple(src), tuple(tgt), 0.0, 1.0))
    if (next_src, next_tgt) != (n_src, n_tgt):
        raise InputError(path, f"covers {next_src} source and {next_tgt} target sentences; "
                               f"the documents have {n_src} and {n_tgt}")  # fmt: skip
    return beads


def read_corrected(path: str, src: Document, tgt: Document) -> list[Bead] | None:
    """The corrected beads for these documents, or None when the file was made on other
    texts (a revised translation: its sentences may no longer be the ones corrected)."""
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        problem = f"is not a corrected alignment (not valid JSON: {exc.msg})"
        raise InputError(path, problem) from None
    sides = [data.get(side) if isinstance(data, dict) else None for side in ("source", "target")]
    shas = tuple(side.get("sha256") if isinstance(side, dict) else None for side in sides)
    if shas != (text_sha256(src.text), text_sha256(tgt.text)):
        return None
    return parse_beads(path, data, len(src.sentences), len(tgt.sentences))


def write_corrected(path: str, src: Document, tgt: Document, beads: list[Bead]) -> None:
    payload = alignment_payload(src, tgt, beads)
    write_text_atomic(path, json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
