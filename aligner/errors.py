"""Errors a user can act on.

The CLI turns an :class:`InputError` into one line on stderr and exit code 2;
anything else escaping is a bug in aligner.
"""

from __future__ import annotations


class AlignerError(Exception):
    """Base class for every error aligner reports to a user."""

    exit_code = 2


class InputError(AlignerError):
    """A file the user gave us cannot be used; the message names the file and why."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class OutputError(AlignerError):
    """An output could not be written (disk full, permission, missing folder)."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")
