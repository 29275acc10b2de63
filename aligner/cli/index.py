"""`aligner index build|add`: embed a source archive once, for `aligner trace --index`."""

from __future__ import annotations

import click

from aligner.cli.options import INPUT


@click.group("index")
def index_group() -> None:
    """Index an archive of source documents once, then trace articles against it.

    \b
      aligner index build ARCHIVE/ -o archive.index
      aligner index add archive.index NEW-FILES/
      aligner trace article.txt --index archive.index
    """


_LANG = click.option("--src-lang", help="Language of the documents (detected per file if omitted).")
_QUIET = click.option("-q", "--quiet", is_flag=True, help="No progress lines.")


def _engine(command):
    """--engine/--workers/--scheduler, as `aligner batch` takes them."""
    command = click.option("--scheduler",
                           help="A running dask scheduler, e.g. tcp://host:8786 (implies dask).",
                           )(command)  # fmt: skip
    command = click.option("--workers", type=click.IntRange(min=1), default=1,
                           show_default=True,
                           help="Processes that read and segment the documents "
                                "(local, or the dask LocalCluster's).")(command)  # fmt: skip
    return click.option("--engine", type=click.Choice(("local", "dask")),
                        help="local: processes on this machine (default); dask: a "
                             "dask.distributed cluster.")(command)  # fmt: skip


@index_group.command("build")
@click.argument("sources", metavar="DIR...", nargs=-1, required=True, type=INPUT)
@click.option("-o", "--output", "index", required=True, type=INPUT,
              help="The index folder to make (an index there is extended).")  # fmt: skip
@_LANG
@_engine
@click.option("--clauses", is_flag=True,
              help="Embed the clauses of long sentences too (about twice the build time; "
                   "otherwise a search scores a clause by its sentence's vector).")  # fmt: skip
@_QUIET
def build_command(sources, index, src_lang, engine, workers, scheduler, clauses, quiet) -> None:
    """Segment and embed every document in DIR... (folders searched recursively for .txt,
    .md, .html and .docx; files as named) into the index folder INDEX.

    Interrupted, it keeps every finished chunk of documents; run it again to resume (a
    document whose content is already in is skipped). With --workers N, N processes
    read and segment the documents while this one embeds and writes them.
    """
    _run(sources, index, src_lang, quiet, (engine, workers, scheduler), create=True,
         clauses=clauses)  # fmt: skip


@index_group.command("add")
@click.argument("index", type=INPUT)
@click.argument("sources", metavar="FILE|DIR...", nargs=-1, required=True, type=INPUT)
@_LANG
@_engine
@_QUIET
def add_command(index, sources, src_lang, engine, workers, scheduler, quiet) -> None:
    """Add the documents of FILE|DIR... to the existing index INDEX.

    Documents already in (same content) are skipped; a file indexed before whose content
    changed replaces its old entries.
    """
    _run(sources, index, src_lang, quiet, (engine, workers, scheduler), create=False)


def _run(sources, index: str, src_lang: str | None, quiet: bool, how: tuple, create: bool,
         clauses: bool = False) -> None:  # fmt: skip
    from aligner.api import index as build
    from aligner.errors import InputError

    engine, workers, scheduler = how
    if engine == "local" and scheduler:
        raise click.UsageError("--scheduler needs --engine dask")

    def progress(line: str) -> None:
        click.echo(f"aligner: index {index}: {line}", err=True)

    report = build(list(sources), index, src_lang=src_lang, create=create,
                   progress=None if quiet else progress, workers=workers,
                   engine=engine or ("dask" if scheduler else "local"),
                   scheduler=scheduler, clauses=clauses)  # fmt: skip
    for line in report.failed:
        click.echo(f"aligner: warning: {line}", err=True)
    click.echo(
        f"aligner: index {index}: {_n(report.added, 'document')} added ({report.entries} "
        f"sentences and quoted spans; {report.embedded} texts embedded, the other vectors from "
        f"the cache or shared with a sentence's quote), "
        f"{report.skipped} already in, {report.replaced} replaced; "
        f"{_n(report.total_documents, 'document')}, {_n(report.total_entries, 'entry')} in all",
        err=True,
    )
    if report.failed and not (report.added or report.skipped):
        raise InputError(", ".join(sources), "no document could be indexed (see the warnings)")


def _n(count: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{count} {noun if count == 1 else plural}"
