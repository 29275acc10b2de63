"""`aligner batch`: many document pairs, aligned and exported, resumable."""

from __future__ import annotations

import os
import sys
from collections import Counter

import click

from aligner.cli.options import (
    LANG,
    align_without_model,
    align_without_mt,
    embed_option,
    filter_options,
    force_option,
    max_bead_option,
)
from aligner.io.export import FORMATS as EXPORT_FORMATS


@click.command("batch")
@click.argument("corpus", required=False, type=click.Path(exists=True, file_okay=False))
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False, readable=False),
    help="CSV: id,source,target[,src_lang,tgt_lang]; paths relative to the CSV's folder.",
)
@click.option("-o", "--output", required=True, type=click.Path(), help="Output folder.")
@click.option(
    "--to",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="tmx",
    show_default=True,
    help="Export format written next to each NAME.jsonl.",
)
@click.option("--src-lang", type=LANG, help="Source language (picks the NAME.<lang>.txt side).")
@click.option("--tgt-lang", type=LANG, help="Target language (picks the NAME.<lang>.txt side).")
@click.option("--presegmented", is_flag=True, help="Inputs have one sentence per line.")
@force_option
@max_bead_option
@align_without_model
@embed_option
@align_without_mt
@filter_options
@click.option(
    "--engine",
    type=click.Choice(("local", "dask")),
    help="local: processes on this machine (default); dask: a dask.distributed cluster.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes (local, or the dask LocalCluster's).",
)
@click.option("--scheduler", help="A running dask scheduler, e.g. tcp://host:8786 (implies dask).")
@click.option(
    "--qa",
    "run_qa",
    is_flag=True,
    help="Also run translator QA: NAME.qa.html per document and an index.html.",
)
@click.option("-q", "--quiet", is_flag=True, help="Report failures only.")
def batch_command(
    corpus,
    manifest,
    output,
    fmt,
    src_lang,
    tgt_lang,
    presegmented,
    force,
    max_bead,
    no_embeddings,
    embed,
    no_mt,
    min_score,
    one_to_one,
    drop_null,
    keep_unmatched,
    dedupe,
    max_length_ratio,
    engine,
    workers,
    scheduler,
    run_qa,
    quiet,
) -> None:
    """Align and export every NAME.<lang>.txt pair in CORPUS (or a --manifest); resumable."""
    from aligner.alignment.embed import default_cache_path
    from aligner.io.filters import Filters
    from aligner.pipelines import batch

    if engine == "local" and scheduler:
        raise click.UsageError("--scheduler needs --engine dask")
    jobs, notes = batch.collect_jobs(corpus, manifest, src_lang, tgt_lang)
    batch.check_jobs(jobs, fmt)  # before the output folder is made: bad usage leaves nothing
    settings = batch.Settings(
        out_dir=batch.output_folder(output),
        to=fmt,
        filters=Filters(
            min_score, one_to_one, drop_null or not keep_unmatched, dedupe, max_length_ratio
        ),
        presegmented=presegmented,
        max_bead=max_bead,
        use_embeddings=not no_embeddings and embed != "none",
        embed="none" if no_embeddings else embed,
        use_mt=not no_mt,
        # A remote worker cannot open the driver's cache file; it uses its own default.
        cache_path="default" if scheduler else default_cache_path(),
        base_dir=os.getcwd(),
        qa=run_qa,
        force=force,
    )
    for note in notes if not quiet else ():
        click.echo(f"aligner: warning: not paired: {note}", err=True)
    if not quiet:
        click.echo(f"aligner: {batch.describe_jobs(jobs)}", err=True)
    results = batch.run_batch(
        jobs, settings, engine or ("dask" if scheduler else "local"), workers, scheduler, quiet
    )
    failed = sum(r.status == "failed" for r in results)
    if not quiet:
        counts = Counter(r.status for r in results)
        click.echo(
            f"aligner: {counts['done']} done, {counts['skipped']} skipped, {failed} failed; "
            f"summary in {os.path.join(output, batch.SUMMARY_TSV)}"
            + (f", reports in {os.path.join(output, 'index.html')}" if run_qa else ""),
            err=True,
        )
    if failed:
        click.echo(f"aligner: {failed} of {len(results)} documents failed", err=True)
        sys.exit(1)
