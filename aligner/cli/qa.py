"""`aligner qa`: translator QA of a document pair or a bilingual file, with a report."""

from __future__ import annotations

import os
import sys
from contextlib import nullcontext

import click

from aligner.alignment.mt import silenced_progress
from aligner.cli.options import (
    FAIL_LEVELS,
    INPUT,
    embed_option,
    emit,
    evidence_options,
    fails,
    language_options,
    output_option,
)


@click.command("qa")
@click.argument("source", required=False, type=INPUT)
@click.argument("target", required=False, type=INPUT)
@click.option(
    "--pairs", "pairs_path", type=INPUT,
    help="A bilingual file (TMX, XLIFF, TSV, JSONL), already aligned; unit ids are kept.",
)  # fmt: skip
@language_options("config, file or detected")
@click.option(
    "--format", "fmt", type=click.Choice(("html", "json", "text")),
    help="Default: from -o's extension (.html, .json), else text.",
)  # fmt: skip
@output_option
@click.option(
    "--glossary", type=click.Path(exists=True, dir_okay=False, readable=False),
    help="CSV (source_term,target_term[|alternative...]) or TBX.",
)  # fmt: skip
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False, readable=False),
    help="aligner.toml or pyproject.toml [tool.aligner] (default: found in the current folder).",
)  # fmt: skip
@click.option(
    "--fail-on", type=click.Choice(FAIL_LEVELS),
    help="Exit 1 when a finding at or above this severity exists (default: config, else never).",
)  # fmt: skip
@click.option("--deep", is_flag=True, help="Add the drift clause/meaning checks (slower).")
@evidence_options
@embed_option
@click.option(
    "--review", "review_file", type=click.Path(dir_okay=False, readable=False),
    help="Review decisions to carry over (default: OUTPUT's .review.json, when it exists).",
)  # fmt: skip
@click.option(
    "--alignment", "corrected", type=click.Path(dir_okay=False, readable=False),
    help="A corrected alignment to use instead of aligning (default: OUTPUT's "
         ".alignment.json, when it exists and was made on these texts).",
)  # fmt: skip
@click.option("--explain", metavar="CHECK", help="Explain a check ('all' lists them) and exit.")
@click.option("-q", "--quiet", is_flag=True, help="No summary or progress on stderr.")
def qa_command(source, target, pairs_path, src_lang, tgt_lang, presegmented, force, fmt,
               output, glossary, config_path, fail_on, deep, no_embeddings, no_mt, embed,
               review_file,
               corrected, explain,
               quiet) -> None:  # fmt: skip
    """Translator QA: check a translation against its source and write a report.

    Either SOURCE and TARGET documents (aligned first), or --pairs FILE.
    """
    from dataclasses import replace

    from aligner.pipelines import qa
    from aligner.quality import report
    from aligner.quality.config import load_settings

    if explain:
        text = report.explain(explain)
        if text is None:
            raise click.BadParameter(
                f"unknown check {explain!r}; try --explain all", param_hint="--explain"
            )
        click.echo(text, nl=False)
        return
    if pairs_path and (source or target):
        raise click.UsageError("give either SOURCE TARGET or --pairs FILE, not both")
    if not pairs_path and not (source and target):
        raise click.UsageError("give SOURCE and TARGET documents, or --pairs FILE")
    review = _load_review(review_file, output)
    settings = load_settings(config_path)
    settings = replace(settings, deep=True) if deep else settings
    with silenced_progress() if quiet else nullcontext():
        result = qa.run_qa(
            source, target, pairs_path, settings, src_lang, tgt_lang, glossary, presegmented,
            embedder=None if no_embeddings or embed == "none" else "auto",
            mt=None if no_mt else "auto", force=force,
            corrected=corrected or _beside(output, ".alignment.json"),
            embed="none" if no_embeddings else embed,
        )  # fmt: skip
    result.reviews = review.decisions
    for warning in result.warnings:
        click.echo(f"aligner: warning: {warning}", err=True)
    fmt = report.output_format(fmt, output)
    to_terminal = fmt == "text" and output in (None, "-")
    colour = to_terminal and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    emit(
        report.render(
            result, fmt, colour, review.path, _beside(output, ".alignment.json", must_exist=False)
        ),
        output,
    )
    if not quiet:
        where = f"; report in {output}" if output and output != "-" else ""
        click.echo(f"aligner: qa: {report.one_line(result)}{where}", err=True)
    # A finding reviewed as a false alarm, or as fixed, no longer fails the run.
    open_issues = [issue for seg, issue in result.issues
                   if review.status_of(seg, issue) not in ("false_alarm", "fixed")]  # fmt: skip
    if fails(open_issues, fail_on or settings.fail_on or "never"):
        sys.exit(1)


def _beside(output, suffix: str, must_exist: bool = True):
    """OUTPUT's companion file (report.html → report.alignment.json), if any."""
    if not output or output == "-" or not output.lower().endswith((".html", ".htm")):
        return None
    path = os.path.splitext(output)[0] + suffix
    return path if os.path.exists(path) or not must_exist else None


def _load_review(review_file, output):
    from aligner.quality.review import Review, load_review, review_path

    if review_file:
        return load_review(review_file)
    if output and output != "-":
        return load_review(review_path(output))
    return Review("report.review.json")
