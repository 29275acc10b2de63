"""What the commands share: option groups, input paths, writing output, --fail-on."""

from __future__ import annotations

import click

from aligner.io.atomic import write_text_atomic


class _LanguageCode(click.ParamType):
    """A BCP 47 code, kept as its primary subtag ("es-ES" → "es"); unknown ones refused in
    one line with the list (an InputError, not a usage error: exit 2 all the same)."""

    name = "code"

    def convert(self, value, param, ctx):
        from aligner.alignment.langid import normalize_code, unknown_code_message
        from aligner.errors import InputError

        primary = normalize_code(value)
        if primary is None:
            raise InputError(param.opts[0] if param else "language", unknown_code_message(value))
        return primary


LANG = _LanguageCode()
# Input files are checked by aligner's readers, which refuse in one line naming the file
# and the problem ("permission denied"); click's own check is a usage error.
INPUT = click.Path(readable=False)


force_option = click.option(
    "--force", is_flag=True,
    help="Go on when the pair looks wrong (same text or language, swapped, partial, "
    "language unknown), with a warning.",
)  # fmt: skip


def option_group(*decorators):
    """Several click options as one decorator, listed in the order they appear in --help."""

    def apply(command):
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return apply


def language_options(detected: str = "detected if omitted"):
    """--src-lang, --tgt-lang, --presegmented and --force: how to read a pair of documents."""
    return option_group(
        click.option("--src-lang", type=LANG, help=f"Source language code ({detected})."),
        click.option("--tgt-lang", type=LANG, help=f"Target language code ({detected})."),
        click.option("--presegmented", is_flag=True, help="Inputs have one sentence per line."),
        force_option,
    )


output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write here (atomically)."
)
max_bead_option = click.option(
    "--max-bead", type=click.IntRange(2, 8), default=5, show_default=True,
    help="Largest x+y of an x-y bead.",
)  # fmt: skip
align_without_model = click.option(
    "--no-embeddings", is_flag=True, help="Align without the e5 model (faster, worse)."
)
embed_option = click.option(
    "--embed", type=click.Choice(("all", "selective", "none")), default="all",
    show_default=True,
    help="Sentences given e5 vectors: all; selective, only where the pass without them is "
    "unsure (long documents, several times faster); none (as --no-embeddings).",
)  # fmt: skip
align_without_mt = click.option(
    "--no-mt", is_flag=True, help="Score confidence without Apertium's translation."
)
# check and qa: the evidence they may do without.
evidence_options = option_group(
    click.option("--no-embeddings", is_flag=True, help="Do without the e5 model."),
    click.option("--no-mt", is_flag=True, help="Do without Apertium."),
)
# export and batch: which aligned pairs make it into the corpus.
filter_options = option_group(
    click.option("--min-score", type=click.FloatRange(0, 1),
                 help="Drop beads scored below this."),
    click.option("--one-to-one", is_flag=True, help="Keep only 1-1 beads."),
    # Unmatched sentences are left out by default (an empty side is an empty translation
    # in a translation memory); --drop-null stays accepted for old scripts.
    click.option("--drop-null", is_flag=True, hidden=True),
    click.option("--keep-unmatched", is_flag=True,
                 help="Keep 1-0 and 0-1 beads (an empty side); left out by default."),
    click.option("--dedupe", is_flag=True, help="Drop repeated source+target pairs."),
    click.option("--max-length-ratio", type=click.FloatRange(min=1),
                 help="Drop pairs whose lengths differ more."),
)  # fmt: skip


def warn(warnings) -> None:
    for warning in warnings:
        click.echo(f"aligner: warning: {warning}", err=True)


def emit(text: str, output: str | None) -> None:
    if output and output != "-":
        write_text_atomic(output, text)
    else:
        click.echo(text, nl=False)


FAIL_LEVELS = ("critical", "major", "minor", "never")

# check and trace share it; qa's default comes from its config file, so it has its own.
fail_on_option = click.option(
    "--fail-on", type=click.Choice(FAIL_LEVELS), default="never", show_default=True,
    help="Exit 1 when a finding at or above this severity exists.",
)  # fmt: skip


def fails(findings, level: str) -> bool:
    from aligner.types import severity_rank

    if level == "never":
        return False
    return any(severity_rank(f.severity) >= severity_rank(level) for f in findings)


def severity_counts(findings) -> str:
    """ "3 findings (1 critical, 2 major, 0 minor)": what check and trace say when done."""
    counts = {s: 0 for s in ("critical", "major", "minor")}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    noun = "finding" if len(findings) == 1 else "findings"
    return (f"{len(findings)} {noun} ({counts['critical']} critical, {counts['major']} major, "
            f"{counts['minor']} minor)")  # fmt: skip
