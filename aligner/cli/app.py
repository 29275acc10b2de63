"""The `aligner` command group and its entry point: exit codes, errors in one line."""

from __future__ import annotations

import gc
import os
import sys
import warnings

import click

from aligner import __version__
from aligner.cli.align import align_command, eval_command
from aligner.cli.batch import batch_command
from aligner.cli.check import check_command
from aligner.cli.export import export_command
from aligner.cli.index import index_group
from aligner.cli.qa import qa_command
from aligner.cli.review import review_command
from aligner.cli.trace import trace_command
from aligner.errors import AlignerError
from aligner.io.atomic import remove_unfinished
from aligner.runtime.interrupts import exit_interrupted, install_stop_handlers


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


_COMMANDS = (align_command, eval_command, check_command, qa_command, export_command, batch_command,
             review_command, trace_command, index_group)  # fmt: skip
for _command in _COMMANDS:
    cli.add_command(_command)


# Young objects the cycle collector waits for before a pass, instead of Python's 700. A
# run is short and makes few cycles, but reading and the drift checks allocate millions of
# small objects that mostly die by reference counting: a two-sentence check made ~150
# passes at 700 (0.12 CPU-s), 74 at 10,000 (0.06; docs/benchmarks.md, "Session 28").
GC_YOUNG = 10_000


def main() -> None:
    # What the imports made lives as long as the process: kept out of every later pass.
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
    install_stop_handlers()
    warnings.showwarning = _show_warning
    if not _run():
        remove_unfinished()  # a temp file the interrupt caught before its writer owned it
        exit_interrupted()


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """A check that could not run as asked (no MT route, a failed parser) is one line for
    the user, like the other warnings, not Python's file-and-line form."""
    if category.__name__ == "DriftWarning":
        click.echo(f"aligner: warning: {message}", err=True)
    else:
        _default_show(message, category, filename, lineno, file, line)


_default_show = warnings.showwarning


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
