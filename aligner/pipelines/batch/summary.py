"""The summaries a run writes at the end: ``summary.tsv`` and ``summary.json``.

One row per document in job order (done, skipped or failed, with its counts, scores,
time and error), and in the JSON the settings signature and the totals. Built from the
small :class:`DocResult` records only, never from an alignment.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict

from aligner import __version__
from aligner.io.atomic import write_text_atomic
from aligner.io.export import tsv_escape
from aligner.pipelines.batch.model import DocResult
from aligner.pipelines.batch.outputs import SUMMARY_JSON, SUMMARY_TSV

SUMMARY_COLUMNS = (
    "id", "status", "src_sentences", "tgt_sentences", "beads", "units",
    "mean_score", "quality", "findings", "seconds", "error",
)  # fmt: skip


def summary_row(result: DocResult) -> list[str]:
    def number(value: float | None, digits: int) -> str:
        return "" if value is None else f"{value:.{digits}f}"

    return [
        result.id,
        result.status,
        str(result.src_sentences),
        str(result.tgt_sentences),
        str(result.beads),
        str(result.units),
        number(result.mean_score, 4),
        number(result.quality, 4),
        str(result.findings),
        number(result.seconds, 2),
        result.error,
    ]


def summary_tsv(results: list[DocResult]) -> str:
    rows = ["\t".join(SUMMARY_COLUMNS)]
    rows += ["\t".join(tsv_escape(cell) for cell in summary_row(r)) for r in results]
    return "\n".join(rows) + "\n"


def summary_json(results: list[DocResult], signature: str) -> str:
    counts = {s: sum(r.status == s for r in results) for s in ("done", "skipped", "failed")}
    documents = [
        {k: v for k, v in asdict(r).items() if k not in ("digest", "warnings", "disk_full")}
        for r in results
    ]
    payload = {
        "aligner": __version__,
        "settings": json.loads(signature),
        "documents": len(results),
        **counts,
        "results": documents,
    }
    return json.dumps(payload, indent=1, ensure_ascii=False) + "\n"


def write_summary(out_dir: str, results: list[DocResult], signature: str) -> None:
    write_text_atomic(os.path.join(out_dir, SUMMARY_TSV), summary_tsv(results))
    write_text_atomic(os.path.join(out_dir, SUMMARY_JSON), summary_json(results, signature))
