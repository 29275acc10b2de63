"""The summaries a run writes at the end: ``summary.tsv`` and ``summary.json``.

One row per document in job order (done, skipped or failed, with its counts, scores,
time and error), and in the JSON the settings signature and the totals. Built from the
small :class:`DocResult` records only, never from an alignment.
"""

from __future__ import annotations

import html
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
    if any(f"{r.id}.qa.html" in r.outputs for r in results):
        write_text_atomic(os.path.join(out_dir, INDEX_HTML), index_html(results))


INDEX_HTML = "index.html"


def index_html(results: list[DocResult]) -> str:
    """The day's articles on one page: each with what must be fixed, linked to its report."""
    rows = []
    for r in sorted(results, key=lambda r: (-r.must_fix, -r.findings, r.id)):
        name = f"{r.id}.qa.html"
        link = (f'<a href="{html.escape(name)}">{html.escape(r.id)}</a>'
                if name in r.outputs else html.escape(r.id))  # fmt: skip
        problem = html.escape(r.error) if r.status == "failed" else ""
        quality = "" if r.quality is None else f"{r.quality:.2f}"
        rows.append(
            f'<tr class="{r.status}"><td>{link}</td><td class="n must">{r.must_fix}</td>'
            f'<td class="n">{r.findings - r.must_fix}</td><td class="n">{quality}</td>'
            f"<td>{html.escape(r.status)}</td><td>{problem}</td></tr>"
        )
    must = sum(r.must_fix for r in results)
    review = sum(r.findings - r.must_fix for r in results)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'">
<title>Translation QA: {len(results)} documents</title>
<style>body{{font:15px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:1000px;padding:0 1rem}}
table{{border-collapse:collapse;width:100%}}
td,th{{padding:.25rem .5rem;border-bottom:1px solid #ddd;text-align:left}}
.n{{text-align:right}}.must{{color:#c62828;font-weight:600}}tr.failed{{color:#888}}
</style></head><body>
<h1>Translation QA</h1>
<p class="lead"><b>{must} must fix</b>, <b>{review} to review</b> in {len(results)} documents
(most to fix first; pairing quality is the alignment's, not the translation's).</p>
<table><thead><tr><th>document</th><th class="n">must fix</th><th class="n">to review</th>
<th class="n">pairing quality</th><th>status</th><th></th></tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""
