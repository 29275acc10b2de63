"""The `aligner` command line: a thin click layer over :mod:`aligner.api`, one module a command."""

from __future__ import annotations

from aligner.runtime.interrupts import threads_leave_signals_to_main

# Importing the commands imports numpy, whose BLAS thread starts then: it is to leave
# Ctrl-C and SIGTERM to the main thread, or a signal it takes waits until the main
# thread's blocking call ends.
with threads_leave_signals_to_main():
    from aligner.cli.app import cli, main

__all__ = ["cli", "main"]
