"""The `aligner` command line: a thin layer over :mod:`aligner.alignment.engine`."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter

import click

from aligner import __version__
from aligner.alignment.engine import align, load_document
from aligner.alignment.evaluate import evaluate
from aligner.errors import AlignerError, InputError
from aligner.io.atomic import write_text_atomic
from aligner.io.export import FORMATS as EXPORT_FORMATS
from aligner.io.gold import read_ladder
from aligner.io.output import FORMATS, render
from aligner.runtime.interrupts import exit_interrupted, install_stop_handlers
from aligner.runtime.limits import check_segment_count
from aligner.types import AlignConfig, Alignment

LANG = click.STRING
# Input files are checked by aligner's readers, which refuse in one line naming the file
# and the problem ("permission denied"); click's own check is a usage error.
INPUT = click.Path(readable=False)


def _options(*decorators):
    """Several click options as one decorator, listed in the order they appear in --help."""

    def apply(command):
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return apply


def _language_options(detected: str = "detected if omitted"):
    """--src-lang, --tgt-lang and --presegmented: how to read a pair of documents."""
    return _options(
        click.option("--src-lang", type=LANG, help=f"Source language code ({detected})."),
        click.option("--tgt-lang", type=LANG, help=f"Target language code ({detected})."),
        click.option("--presegmented", is_flag=True, help="Inputs have one sentence per line."),
    )


_output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write here (atomically)."
)
_max_bead_option = click.option(
    "--max-bead", type=click.IntRange(2, 8), default=5, show_default=True,
    help="Largest x+y of an x-y bead.",
)  # fmt: skip
_align_without_model = click.option(
    "--no-embeddings", is_flag=True, help="Align without the e5 model (faster, worse)."
)
_align_without_mt = click.option(
    "--no-mt", is_flag=True, help="Score confidence without Apertium's translation."
)
# check and qa: the evidence they may do without.
_evidence_options = _options(
    click.option("--no-embeddings", is_flag=True, help="Do without the e5 model."),
    click.option("--no-mt", is_flag=True, help="Do without Apertium."),
)
# export and batch: which aligned pairs make it into the corpus.
_filter_options = _options(
    click.option("--min-score", type=click.FloatRange(0, 1),
                 help="Drop beads scored below this."),
    click.option("--one-to-one", is_flag=True, help="Keep only 1-1 beads."),
    click.option("--drop-null", is_flag=True, help="Drop 1-0 and 0-1 beads."),
    click.option("--dedupe", is_flag=True, help="Drop repeated source+target pairs."),
    click.option("--max-length-ratio", type=click.FloatRange(min=1),
                 help="Drop pairs whose lengths differ more."),
)  # fmt: skip


def _emit(text: str, output: str | None) -> None:
    if output and output != "-":
        write_text_atomic(output, text)
    else:
        click.echo(text, nl=False)


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


class _Interrupted(Exception):
    """A command stopped by Ctrl-C or a signal, after its cleanup (temp files) ran.

    Not a KeyboardInterrupt: click would print a blank line on stderr for one.
    """


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise _Interrupted from None
        except BaseException as exc:
            # Interrupted inside a Python callback of a Rust extension (text2num calls
            # back for each token): pyo3 hands back a PanicException around the interrupt.
            if type(exc).__name__ == "PanicException" and "KeyboardInterrupt" in str(exc):
                raise _Interrupted from None
            raise


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="aligner")
def cli() -> None:
    """Align translations sentence by sentence and check what they say."""


@cli.command("align")
@click.argument("source", type=INPUT)
@click.argument("target", type=INPUT)
@_language_options()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", *FORMATS)),
    default="text",
    show_default=True,
    help="ladder: Vecalign beads; tsv: texts; jsonl: texts, indices and offsets.",
)
@_output_option
@_max_bead_option
@_align_without_model
@_align_without_mt
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def align_command(
    source, target, src_lang, tgt_lang, presegmented, fmt, output, max_bead, no_embeddings, no_mt,
    quiet,
) -> None:  # fmt: skip
    """Align SOURCE with its translation TARGET."""
    src = load_document(source, src_lang, presegmented)
    tgt = load_document(target, tgt_lang, presegmented)
    config = AlignConfig(max_bead=max_bead, use_embeddings=not no_embeddings, use_mt=not no_mt)
    result = align(src, tgt, config=config)
    for warning in result.warnings:
        click.echo(f"aligner: warning: {warning}", err=True)
    text = to_text(result) if fmt == "text" else render(result, fmt)
    _emit(text, output)
    if not quiet:
        click.echo(f"aligner: {_summary(result)}", err=True)


@cli.command("eval")
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


FAIL_LEVELS = ("critical", "major", "minor", "never")


def _fails(findings, level: str) -> bool:
    from aligner.types import severity_rank

    if level == "never":
        return False
    return any(severity_rank(f.severity) >= severity_rank(level) for f in findings)


@cli.command("check")
@click.argument("source", required=False, type=INPUT)
@click.argument("target", required=False, type=INPUT)
@click.option(
    "--pairs", "pairs_path", type=INPUT,
    help="Already-aligned pairs, one 'source<TAB>target' per line (needs both languages).",
)  # fmt: skip
@_language_options()
@click.option(
    "--format", "fmt", type=click.Choice(("text", "json", "jsonl")), default="text",
    show_default=True, help="jsonl: one object per bead (documents) or per input line (--pairs).",
)  # fmt: skip
@_output_option
@click.option(
    "--fail-on", type=click.Choice(FAIL_LEVELS), default="never", show_default=True,
    help="Exit 1 when a finding at or above this severity exists.",
)  # fmt: skip
@_evidence_options
def check_command(source, target, pairs_path, src_lang, tgt_lang, presegmented, fmt, output,
                  fail_on, no_embeddings, no_mt) -> None:  # fmt: skip
    """Find attributed statements and flag where the translation changes what was said.

    Either SOURCE and TARGET documents (aligned first), or --pairs FILE.
    """
    from aligner.pipelines import check as checking

    embedder = None if no_embeddings else "auto"
    mt = None if no_mt else "auto"
    if pairs_path:
        if source or target:
            raise click.UsageError("give either SOURCE TARGET or --pairs FILE, not both")
        if not (src_lang and tgt_lang):
            raise click.UsageError("--pairs needs --src-lang and --tgt-lang")
        pairs = checking.read_pairs_tsv(pairs_path)
        check_segment_count(pairs_path, len(pairs), "pairs")
        results = checking.check_text_pairs(pairs, src_lang, tgt_lang, embedder=embedder, mt=mt)
        _emit(_render_pair_results(results, fmt), output)
        if _fails([f for found in results for f in found], fail_on):
            sys.exit(1)
        return
    if not (source and target):
        raise click.UsageError("give SOURCE and TARGET documents, or --pairs FILE")
    src = load_document(source, src_lang, presegmented)
    tgt = load_document(target, tgt_lang, presegmented)
    result = checking.check_documents(
        src, tgt, embedder=embedder, mt=mt, config=AlignConfig(use_mt=not no_mt)
    )
    for warning in result.alignment.warnings:
        click.echo(f"aligner: warning: {warning}", err=True)
    _emit(_render_document_check(result, fmt), output)
    findings = [f for _k, f in result.findings]
    counts = Counter(f.severity for f in findings)
    click.echo(
        f"aligner: {len(findings)} findings ({counts['critical']} critical, {counts['major']} "
        f"major, {counts['minor']} minor) in {len(result.statements)} attributed statements "
        f"and {len(result.beads)} beads",
        err=True,
    )
    if _fails(findings, fail_on):
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


@cli.command("export")
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
@_filter_options
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


@cli.command("batch")
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
@_max_bead_option
@_align_without_model
@_align_without_mt
@_filter_options
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
@click.option("-q", "--quiet", is_flag=True, help="Report failures only.")
def batch_command(
    corpus,
    manifest,
    output,
    fmt,
    src_lang,
    tgt_lang,
    presegmented,
    max_bead,
    no_embeddings,
    no_mt,
    min_score,
    one_to_one,
    drop_null,
    dedupe,
    max_length_ratio,
    engine,
    workers,
    scheduler,
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
        filters=Filters(min_score, one_to_one, drop_null, dedupe, max_length_ratio),
        presegmented=presegmented,
        max_bead=max_bead,
        use_embeddings=not no_embeddings,
        use_mt=not no_mt,
        # A remote worker cannot open the driver's cache file; it uses its own default.
        cache_path="default" if scheduler else default_cache_path(),
        base_dir=os.getcwd(),
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
            f"summary in {os.path.join(output, batch.SUMMARY_TSV)}",
            err=True,
        )
    if failed:
        click.echo(f"aligner: {failed} of {len(results)} documents failed", err=True)
        sys.exit(1)


@cli.command("qa")
@click.argument("source", required=False, type=INPUT)
@click.argument("target", required=False, type=INPUT)
@click.option(
    "--pairs", "pairs_path", type=INPUT,
    help="A bilingual file (TMX, XLIFF, TSV, JSONL), already aligned; unit ids are kept.",
)  # fmt: skip
@_language_options("config, file or detected")
@click.option(
    "--format", "fmt", type=click.Choice(("html", "json", "text")),
    help="Default: from -o's extension (.html, .json), else text.",
)  # fmt: skip
@_output_option
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
@_evidence_options
@click.option("--explain", metavar="CHECK", help="Explain a check ('all' lists them) and exit.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def qa_command(source, target, pairs_path, src_lang, tgt_lang, presegmented, fmt, output,
               glossary, config_path, fail_on, deep, no_embeddings, no_mt, explain,
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
    settings = load_settings(config_path)
    settings = replace(settings, deep=True) if deep else settings
    result = qa.run_qa(
        source, target, pairs_path, settings, src_lang, tgt_lang, glossary, presegmented,
        embedder=None if no_embeddings else "auto", mt=None if no_mt else "auto",
    )  # fmt: skip
    for warning in result.warnings:
        click.echo(f"aligner: warning: {warning}", err=True)
    fmt = report.output_format(fmt, output)
    to_terminal = fmt == "text" and output in (None, "-")
    colour = to_terminal and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    _emit(report.render(result, fmt, colour), output)
    if not quiet:
        where = f"; report in {output}" if output and output != "-" else ""
        click.echo(f"aligner: qa: {report.one_line(result)}{where}", err=True)
    if _fails([issue for _, issue in result.issues], fail_on or settings.fail_on or "never"):
        sys.exit(1)


def main() -> None:
    install_stop_handlers()
    if not _run():
        exit_interrupted()


def _run() -> bool:
    """Run the command; False if it was interrupted. Any other ending exits."""
    try:
        cli.main(standalone_mode=False)
    except (_Interrupted, KeyboardInterrupt, click.exceptions.Abort):
        return False
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except AlignerError as exc:
        click.echo(f"aligner: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except MemoryError:
        click.echo(
            "aligner: error: out of memory; split the input into smaller documents", err=True
        )
        sys.exit(3)
    except Exception as exc:
        # A bug, not the user's fault: one line by default, the traceback on request.
        if os.environ.get("ALIGNER_DEBUG"):
            raise
        click.echo(
            f"aligner: internal error: {exc.__class__.__name__}: {exc} "
            "(rerun with ALIGNER_DEBUG=1 for details, and please report it)",
            err=True,
        )
        sys.exit(3)
    return True
