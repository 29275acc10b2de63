"""Progress of a batch run on stderr: one line redrawn in place on a terminal, log lines elsewhere.

A terminal gets a single status line (documents done/total, sentences, failures, ETA)
rewritten with a carriage return, so thousands of documents do not scroll the screen.
A log file or CI console cannot redraw, so there each finished document gets one
plain line instead (none with --quiet). Failures are always printed, quiet or not:
a user must learn which file was skipped and why.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from typing import TextIO

CLEAR_LINE = "\r\x1b[K"  # back to column 0 and erase, so a shorter line leaves no residue


def format_duration(seconds: float) -> str:
    """Compact duration for an ETA: 45s, 3m05s, 2h07m."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


def estimate_remaining(elapsed: float, processed: int, remaining: int) -> float | None:
    """Seconds left at the pace so far; None until one document has been aligned.

    Only aligned documents set the pace: skipped ones take no time and would make the
    estimate absurdly optimistic at the start of a resumed run.
    """
    if processed <= 0:
        return None
    return elapsed / processed * remaining


def status_line(
    done: int, total: int, sentences: int, failed: int, eta: float | None, width: int = 0
) -> str:
    """The terminal status line, e.g. ``[12/200] 3,456 sentences, 1 failed, ETA 1m20s``."""
    parts = [f"[{done}/{total}] {sentences:,} sentences"]
    if failed:
        parts.append(f"{failed} failed")
    if done < total:
        parts.append("ETA " + (format_duration(eta) if eta is not None else "…"))
    line = "aligner: " + ", ".join(parts)
    return line[: width - 1] if width > 1 else line


@dataclass
class Progress:
    """Counts finished documents and tells the user, in the way ``stream`` allows."""

    total: int
    stream: TextIO
    quiet: bool = False
    done: int = 0
    failed: int = 0
    sentences: int = 0
    processed: int = 0  # aligned in this run (not skipped), for the pace
    began: float = field(default_factory=time.monotonic)
    _drawn: bool = False

    @property
    def tty(self) -> bool:
        isatty = getattr(self.stream, "isatty", None)
        return bool(isatty and isatty())

    def start(self) -> None:
        if self.tty and not self.quiet:
            self._draw()

    def document(self, name: str, status: str, detail: str, sentences: int = 0) -> None:
        """Record one finished document; ``detail`` is the log text (the error if failed)."""
        self.done += 1
        self.sentences += sentences
        if status == "failed":
            self.failed += 1
        if status != "skipped":
            self.processed += 1
        line = f"aligner: [{self.done}/{self.total}] {name}: {status}" + (
            f": {detail}" if status == "failed" else f" ({detail})" if detail else ""
        )
        if status == "failed" or (not self.quiet and not self.tty):
            self.message(line)
        if self.tty and not self.quiet:
            self._draw()

    def message(self, line: str) -> None:
        """Print a line above the status line (which is redrawn after it)."""
        if self._drawn:
            self.stream.write(CLEAR_LINE)
            self._drawn = False
        self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """Leave the terminal on a fresh line, the last status still visible."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False

    def _draw(self) -> None:
        eta = estimate_remaining(
            time.monotonic() - self.began, self.processed, self.total - self.done
        )
        # A line wider than the terminal wraps, and "\r" then redraws only its last part.
        width = shutil.get_terminal_size().columns
        line = status_line(self.done, self.total, self.sentences, self.failed, eta, width)
        self.stream.write(CLEAR_LINE + line)
        self.stream.flush()
        self._drawn = True
