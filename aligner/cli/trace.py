"""`aligner trace`: the source passages of an article's quotes, among other documents."""

from __future__ import annotations

import json
import sys

import click

from aligner.cli.options import INPUT, emit, fail_on_option, fails, output_option, severity_counts
from aligner.errors import InputError

FORMATS = ("text", "json", "jsonl", "html", "tmx")


@click.command("trace")
@click.argument("article", type=INPUT)
@click.argument("sources", metavar="SOURCE...", nargs=-1, type=INPUT)
@click.option("--index", type=INPUT, help="Search this index (`aligner index build`), not SOURCE.")
@click.option(
    "--src-lang",
    help="Language of the SOURCE documents (detected if omitted); with "
    "--index, of the indexed documents (the index's main language if omitted).",
)
@click.option("--tgt-lang", help="Language of the ARTICLE (detected if omitted).")
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS),
    help="jsonl: one object per attributed statement; html: the page, statement beside its "
    "source; tmx: the matched pairs. Default: -o's extension, else text.",
)  # fmt: skip
@output_option
@fail_on_option
# No --no-embeddings: retrieval is the e5 model's; without it there is nothing to rank.
@click.option("--no-mt", is_flag=True, help="Do without Apertium (a model fitted without it).")
def trace_command(article, sources, index, src_lang, tgt_lang, fmt, output, fail_on, no_mt) -> None:
    """Find where each quote of ARTICLE comes from in SOURCE files or folders.

    A folder is searched recursively for .txt, .md, .html and .docx files (leaving out
    ARTICLE itself).

    Each attributed statement gets its best source passages (a sentence, part of one, or
    two to three consecutive sentences) with a calibrated score, and the drift findings
    of its best match; or "no source found" with the best near miss.
    """
    from aligner.api import trace
    from aligner.pipelines.trace import source_files

    if not sources and not index:
        raise click.UsageError("Missing argument 'SOURCE...' (or --index INDEX).")
    if sources and index:
        raise click.UsageError("give SOURCE files or folders, or --index INDEX, not both")
    paths = source_files(list(sources), article) if sources else []
    result = trace(article, paths, src_lang=src_lang, tgt_lang=tgt_lang,
                   mt=None if no_mt else "auto", index=index)  # fmt: skip
    for warning in result.warnings:
        click.echo(f"aligner: warning: {warning}", err=True)
    fmt = fmt or _format_of(output)
    if fmt == "tmx" and not any(t.matches for t in result.statements):
        raise InputError(article, "no statement was traced to a source: no pair for the TMX")
    emit(_render(result, fmt), output)
    findings = [f for t in result.statements for f in t.findings]
    found = sum(1 for t in result.statements if t.matches)
    click.echo(
        f"aligner: {found} of {len(result.statements)} attributed statements traced to "
        f"{f'index {index}' if index else f'{len(paths)} source files'}; "
        f"{severity_counts(findings)}",
        err=True,
    )
    if fails(findings, fail_on):
        sys.exit(1)


def _format_of(output: str | None) -> str:
    ext = (output or "").lower().rsplit(".", 1)[-1]
    return {"htm": "html", "html": "html", "json": "json", "jsonl": "jsonl", "tmx": "tmx"}.get(
        ext, "text"
    )


def _render(result, fmt: str) -> str:
    from aligner.pipelines.trace.outputs import trace_payload, trace_units

    payload = trace_payload(result)
    records = payload["statements"]
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "json":
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        from aligner.quality.report.trace_html import trace_html

        return trace_html(payload)
    if fmt == "tmx":
        from aligner.io.export import to_tmx

        return to_tmx(trace_units(result))
    lines = []
    for r in records:
        st = r["statement"]
        who = f" ({st['speaker']})" if st["speaker"] else ""
        lines.append(f"[{st['start']}:{st['end']}]{who} “{_short(st['text'])}”")
        for m in r["matches"]:
            lines.append(f"  {m['score']:.2f} {m['document']} [{m['start']}:{m['end']}] "
                         f"“{_short(m['text'])}”")  # fmt: skip
        if not r["matches"]:
            lines.append("  no source found")
            if r["near_miss"]:
                m = r["near_miss"]
                lines.append(f"  near miss {m['score']:.2f} {m['document']} "
                             f"[{m['start']}:{m['end']}] “{_short(m['text'])}”")  # fmt: skip
        for f in r["findings"]:
            lines.append(f"  - {f['severity']} {f['type']}: {f['message']}")
    return "\n".join(lines) + ("\n" if lines else "")


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
