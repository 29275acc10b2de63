"""`aligner align` and `aligner eval`: align a document pair; score ladders against gold."""

from __future__ import annotations

import json
from collections import Counter
from contextlib import nullcontext

import click

from aligner.alignment.engine import align, load_pair
from aligner.alignment.evaluate import evaluate
from aligner.alignment.mt import silenced_progress
from aligner.cli.options import (
    INPUT,
    align_without_model,
    align_without_mt,
    embed_option,
    emit,
    language_options,
    max_bead_option,
    output_option,
    warn,
)
from aligner.errors import InputError
from aligner.io.gold import read_ladder
from aligner.io.output import FORMATS, render
from aligner.types import AlignConfig, Alignment


@click.command("align")
@click.argument("source", type=INPUT)
@click.argument("target", type=INPUT)
@language_options()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", *FORMATS)),
    default="text",
    show_default=True,
    help="ladder: Vecalign beads; tsv: texts; jsonl: texts, indices and offsets.",
)
@output_option
@max_bead_option
@align_without_model
@embed_option
@align_without_mt
@click.option("-q", "--quiet", is_flag=True, help="No summary or progress on stderr.")
def align_command(
    source, target, src_lang, tgt_lang, presegmented, force, fmt, output, max_bead,
    no_embeddings, embed, no_mt, quiet,
) -> None:  # fmt: skip
    """Align SOURCE with its translation TARGET."""
    src, tgt, warnings = load_pair(source, target, src_lang, tgt_lang, presegmented, force)
    warn(warnings)
    config = AlignConfig(
        max_bead=max_bead,
        use_embeddings=not no_embeddings,
        use_mt=not no_mt,
        embed="none" if no_embeddings else embed,
    )
    with silenced_progress() if quiet else nullcontext():
        result = align(src, tgt, config=config)
    for warning in result.warnings:
        click.echo(f"aligner: warning: {warning}", err=True)
    text = to_text(result) if fmt == "text" else render(result, fmt)
    emit(text, output)
    if not quiet:
        click.echo(f"aligner: {_summary(result)}", err=True)


@click.command("eval")
@click.argument("files", nargs=-1, required=True, type=INPUT)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def eval_command(files, as_json) -> None:
    """Score predicted ladders against gold ones: FILES are GOLD PRED [GOLD PRED ...]."""
    if len(files) % 2:
        raise click.UsageError("give files in pairs: GOLD PRED [GOLD PRED ...]")
    pairs = []
    for gold_path, pred_path in zip(files[::2], files[1::2], strict=True):
        gold, pred = read_ladder(gold_path), read_ladder(pred_path)
        _check_same_document(gold_path, gold, pred_path, pred)
        pairs.append((gold, pred))
    result = evaluate(pairs)
    if as_json:
        payload = {k: vars(v) for k, v in result.items()}
        payload["documents"] = len(pairs)
        click.echo(json.dumps(payload, indent=2))
        return
    click.echo(f"{'':8}{'precision':>10}{'recall':>10}{'F1':>10}")
    for name, s in result.items():
        click.echo(f"{name:8}{s.precision:10.4f}{s.recall:10.4f}{s.f1:10.4f}")


def _check_same_document(gold_path, gold, pred_path, pred) -> None:
    def extent(beads):
        src = max((i for b in beads for i in b.src), default=-1)
        tgt = max((i for b in beads for i in b.tgt), default=-1)
        return src, tgt

    if extent(gold) != extent(pred):
        raise InputError(
            pred_path,
            f"covers sentences up to {extent(pred)} but {gold_path} up to {extent(gold)}; "
            "not the same document pair?",
        )


def _summary(result: Alignment) -> str:
    kinds = Counter(b.kind for b in result.beads)
    shapes = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
    return (
        f"{result.src.lang}→{result.tgt.lang}: {len(result.src.sentences)} source and "
        f"{len(result.tgt.sentences)} target segments in {len(result.beads)} beads ({shapes}); "
        f"alignment quality {result.quality:.2f}"
    )


def to_text(result: Alignment) -> str:
    """Side by side for a terminal: one block per bead."""
    lines = []
    for number, bead in enumerate(result.beads):
        src = " ".join(result.src.sentences[i].text for i in bead.src) or "∅"
        tgt = " ".join(result.tgt.sentences[i].text for i in bead.tgt) or "∅"
        lines.append(f"#{number} {bead.kind} score={bead.confidence:.2f}")
        lines.append(f"  {result.src.lang}: {src}")
        lines.append(f"  {result.tgt.lang}: {tgt}")
    return "\n".join(lines) + "\n"
