"""`aligner check`: attributed statements and drift, on documents or aligned pairs."""

from __future__ import annotations

import json
import sys

import click

from aligner.alignment.engine import load_pair
from aligner.cli.options import (
    INPUT,
    emit,
    evidence_options,
    fail_on_option,
    fails,
    language_options,
    output_option,
    severity_counts,
    warn,
)
from aligner.io.read import read_pairs_tsv
from aligner.runtime.limits import check_segment_count
from aligner.types import AlignConfig


@click.command("check")
@click.argument("source", required=False, type=INPUT)
@click.argument("target", required=False, type=INPUT)
@click.option(
    "--pairs", "pairs_path", type=INPUT,
    help="Already-aligned pairs, one 'source<TAB>target' per line (needs both languages).",
)  # fmt: skip
@language_options()
@click.option(
    "--format", "fmt", type=click.Choice(("text", "json", "jsonl")), default="text",
    show_default=True, help="jsonl: one object per bead (documents) or per input line (--pairs).",
)  # fmt: skip
@output_option
@fail_on_option
@evidence_options
def check_command(source, target, pairs_path, src_lang, tgt_lang, presegmented, force, fmt,
                  output, fail_on, no_embeddings, no_mt) -> None:  # fmt: skip
    """Find attributed statements and flag where the translation changes what was said.

    Either SOURCE and TARGET documents (aligned first), or --pairs FILE.
    """
    embedder = None if no_embeddings else "auto"
    mt = None if no_mt else "auto"
    if pairs_path:
        if source or target:
            raise click.UsageError("give either SOURCE TARGET or --pairs FILE, not both")
        if not (src_lang and tgt_lang):
            raise click.UsageError("--pairs needs --src-lang and --tgt-lang")
        pairs = read_pairs_tsv(pairs_path)
        check_segment_count(pairs_path, len(pairs), "pairs")
        from aligner.pipelines import check as checking

        results = checking.check_text_pairs(pairs, src_lang, tgt_lang, embedder=embedder, mt=mt)
        emit(_render_pair_results(results, fmt), output)
        if fails([f for found in results for f in found], fail_on):
            sys.exit(1)
        return
    if not (source and target):
        raise click.UsageError("give SOURCE and TARGET documents, or --pairs FILE")
    src, tgt, warnings = load_pair(source, target, src_lang, tgt_lang, presegmented, force)
    warn(warnings)
    # Imported once the inputs are read and accepted: importing the drift checks costs
    # about as much CPU as the rest of a refused run (a swapped or partial file, say).
    from aligner.pipelines import check as checking

    result = checking.check_documents(
        src, tgt, embedder=embedder, mt=mt, config=AlignConfig(use_mt=not no_mt)
    )
    for warning in result.alignment.warnings:
        click.echo(f"aligner: warning: {warning}", err=True)
    emit(_render_document_check(result, fmt), output)
    findings = [f for _k, f in result.findings]
    click.echo(
        f"aligner: {severity_counts(findings)} in {len(result.statements)} attributed "
        f"statements and {len(result.beads)} beads",
        err=True,
    )
    if fails(findings, fail_on):
        sys.exit(1)


def _render_pair_results(results, fmt: str) -> str:
    from aligner.pipelines.check import finding_record

    if fmt == "jsonl":
        return "".join(
            json.dumps({"index": k, "findings": [finding_record(f) for f in found]},
                       ensure_ascii=False) + "\n"
            for k, found in enumerate(results)
        )  # fmt: skip
    if fmt == "json":
        payload = [{"index": k, "findings": [finding_record(f) for f in found]}
                   for k, found in enumerate(results)]  # fmt: skip
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    lines = []
    for k, found in enumerate(results):
        for f in found:
            lines.append(f"line {k + 1}: {f.severity} {f.type}: {f.message}")
    return "\n".join(lines) + ("\n" if lines else "")


def _render_document_check(result, fmt: str) -> str:
    from aligner.pipelines.check import finding_record, statement_record

    alignment = result.alignment
    if fmt in ("json", "jsonl"):
        beads = [
            {"index": b.index, "type": alignment.beads[b.index].kind,
             "src": list(alignment.beads[b.index].src), "tgt": list(alignment.beads[b.index].tgt),
             "src_text": b.src_text, "tgt_text": b.tgt_text,
             "score": alignment.beads[b.index].confidence,
             "findings": [finding_record(f) for f in b.findings]}
            for b in result.beads
        ]  # fmt: skip
        if fmt == "jsonl":
            return "".join(json.dumps(b, ensure_ascii=False) + "\n" for b in beads)
        payload = {
            "aligner": alignment.signature,
            "source": alignment.src.path,
            "target": alignment.tgt.path,
            "quality": alignment.quality,
            "beads": beads,
            "statements": [statement_record(p) for p in result.statements],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    lines = []
    for b in result.beads:
        if not b.findings:
            continue
        lines.append(f"#{b.index} {alignment.beads[b.index].kind}")
        lines.append(f"  {alignment.src.lang}: {b.src_text or '∅'}")
        lines.append(f"  {alignment.tgt.lang}: {b.tgt_text or '∅'}")
        for f in b.findings:
            lines.append(f"  - {f.severity} {f.type}: {f.message}")
    return "\n".join(lines) + ("\n" if lines else "")
