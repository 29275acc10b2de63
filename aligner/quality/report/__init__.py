"""Render a :class:`~aligner.pipelines.qa.QAResult`: JSON (schema ``aligner-qa/1``), text, HTML.

The HTML report is one self-contained file: inline CSS and JavaScript, no fonts,
images or scripts from anywhere (a Content-Security-Policy forbids any request), so
it can be mailed, archived and opened offline. Every text from the documents goes
through :func:`html.escape`.
"""

from __future__ import annotations

from aligner.quality.report.common import (
    FORMATS,
    SEVERITIES,
    explain,
    numbered,
    output_format,
    summary,
)
from aligner.quality.report.html import highlight, to_html
from aligner.quality.report.records import issue_record, to_json
from aligner.quality.report.text import heading, one_line, to_text, totals
from aligner.quality.results import QAResult

__all__ = [
    "FORMATS", "SEVERITIES", "explain", "heading", "highlight", "issue_record", "numbered",
    "one_line", "output_format", "render", "summary", "to_html", "to_json", "to_text", "totals",
]  # fmt: skip


def render(
    result: QAResult,
    fmt: str,
    colour: bool = False,
    review_file: str = "report.review.json",
    alignment_file: str | None = None,
) -> str:
    """``review_file``, ``alignment_file``: where the HTML page says its review decisions
    and alignment corrections are kept."""
    if fmt == "json":
        return to_json(result)
    if fmt == "html":
        return to_html(result, review_file, alignment_file or "report.alignment.json")
    return to_text(result, colour)
