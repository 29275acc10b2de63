"""The `aligner` command line: a thin click layer over :mod:`aligner.api`, one module a command."""

from __future__ import annotations

from aligner.cli.app import cli, main

__all__ = ["cli", "main"]
