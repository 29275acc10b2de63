"""`aligner export`: an aligned document as a corpus for CAT tools or MT training."""

from __future__ import annotations

import click

from aligner.cli.options import INPUT, filter_options
from aligner.io.export import FORMATS as EXPORT_FORMATS
from aligner.runtime.limits import check_segment_count


@click.command("export")
@click.argument("alignment", type=INPUT)
@click.option(
    "--to",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    required=True,
    help="tmx: TMX 1.4b; xliff: XLIFF 2.1; xliff12: XLIFF 1.2; moses: two line-parallel files.",
)
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False),
    help="Output file (for moses, the prefix: OUT.<src> and OUT.<tgt>).",
)  # fmt: skip
@filter_options
def export_command(alignment, fmt, output, min_score, one_to_one, drop_null, dedupe,
                   max_length_ratio) -> None:  # fmt: skip
    """Export an aligned document (aligner's JSONL) for CAT tools or MT training."""
    from aligner.io.export import export, read_alignment_jsonl
    from aligner.io.filters import Filters, apply_filters

    units = read_alignment_jsonl(alignment)
    check_segment_count(alignment, len(units), "units")
    filters = Filters(min_score, one_to_one, drop_null, dedupe, max_length_ratio)
    kept, removed = apply_filters(units, filters)
    written = export(kept, fmt, output)
    dropped = ", ".join(f"{name} removed {n}" for name, n in removed.items()) or "no filters"
    click.echo(
        f"aligner: exported {len(kept)} of {len(units)} units to {', '.join(written)} ({dropped})",
        err=True,
    )
