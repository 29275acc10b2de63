"""`aligner export`: an aligned document as a corpus for CAT tools or MT training."""

from __future__ import annotations

import click

from aligner.cli.options import INPUT, evidence_options, filter_options, language_options
from aligner.io.export import FORMATS as EXPORT_FORMATS
from aligner.runtime.limits import check_segment_count


@click.command("export")
@click.argument("inputs", nargs=-1, required=True, type=INPUT, metavar="ALIGNMENT | SOURCE TARGET")
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
@language_options()
@filter_options
@evidence_options
@click.option(
    "--alignment", "corrected", type=click.Path(dir_okay=False, readable=False),
    help="With SOURCE TARGET: a corrected alignment (REPORT.alignment.json) to use.",
)  # fmt: skip
def export_command(inputs, fmt, output, src_lang, tgt_lang, presegmented, force, min_score,
                   one_to_one,
                   drop_null, keep_unmatched, dedupe, max_length_ratio, no_embeddings,
                   no_mt, corrected) -> None:  # fmt: skip
    """Export for CAT tools or MT training: an ALIGNMENT (the JSONL of `aligner align
    --format jsonl`), or a SOURCE and its TARGET, aligned and checked on the way, with the
    QA findings as notes (TMX properties, XLIFF notes).
    """
    from aligner.io.export import export, read_alignment_jsonl
    from aligner.io.filters import Filters, apply_filters

    if len(inputs) > 2:
        raise click.UsageError("give one ALIGNMENT file, or SOURCE and TARGET")
    if len(inputs) == 2:
        units = _checked_units(inputs, src_lang, tgt_lang, presegmented, force, no_embeddings,
                               no_mt, corrected)  # fmt: skip
        what = inputs[0]
    else:
        if corrected:
            raise click.UsageError("--alignment goes with SOURCE TARGET")
        what = inputs[0]
        units = read_alignment_jsonl(what)
        check_segment_count(what, len(units), "units")
    # A unit with an empty side is an empty translation in a translation memory.
    filters = Filters(min_score, one_to_one, drop_null or not keep_unmatched, dedupe,
                      max_length_ratio)  # fmt: skip
    kept, removed = apply_filters(units, filters)
    written = export(kept, fmt, output)
    dropped = ", ".join(f"{_FILTER_NAMES.get(name, name)} removed {n}"
                        for name, n in removed.items()) or "no filters"  # fmt: skip
    click.echo(
        f"aligner: exported {len(kept)} of {len(units)} units to {', '.join(written)} ({dropped})",
        err=True,
    )


_FILTER_NAMES = {"drop_null": "unmatched"}


def _checked_units(inputs, src_lang, tgt_lang, presegmented, force, no_embeddings, no_mt,
                   corrected):  # fmt: skip
    """Align SOURCE and TARGET, run QA, and turn each bead into a unit with its findings."""
    from aligner.pipelines.corpus import units_from_qa
    from aligner.pipelines.qa import run_qa
    from aligner.quality.config import load_settings

    result = run_qa(inputs[0], inputs[1], None, load_settings(None), src_lang, tgt_lang, None,
                    presegmented, embedder=None if no_embeddings else "auto",
                    mt=None if no_mt else "auto", force=force, corrected=corrected)  # fmt: skip
    for warning in result.warnings:
        click.echo(f"aligner: warning: {warning}", err=True)
    return units_from_qa(result)
