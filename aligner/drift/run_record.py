"""What a drift run used and what went wrong: the record behind the output's warnings
and signature (:class:`DriftRun`), and the warning issued when nobody keeps one."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field


class DriftWarning(UserWarning):
    """A drift check could not run as asked (a parser, MT or embedding failure)."""


@dataclass
class DriftRun:
    """What a drift run used and what went wrong, for the output's warnings and signature.

    A failure never silently changes the findings: it is recorded here (and, when the
    caller passed no ``DriftRun``, issued as a :class:`DriftWarning`).
    """

    # The MT routes used, forward+backward, as Apertium modes ("spa-eng+eng-spa";
    # a pivot through Spanish is "fr-es|spa-eng+eng-spa|es-fr"), "caller" or "none".
    mt: str = "none"
    embeddings: str = "none"  # "e5", "caller", "none"
    decision: str = "off"  # the learned decision layer that ran ("v2"), or "off"
    # The bilingual dictionary that read names in pairs with no MT ("deu-eng"), or "".
    names_dictionary: str = ""
    problems: list[str] = field(default_factory=list)
    # What could not run because it is not installed (no Apertium route for the pair):
    # shown to the user like a problem, but not a failure of this run.
    notes: list[str] = field(default_factory=list)

    def problem(self, message: str) -> None:
        if message not in self.problems:
            self.problems.append(message)

    def note(self, message: str) -> None:
        if message not in self.notes:
            self.notes.append(message)

    @property
    def signature(self) -> str:
        failed = "|drift-problems:" + str(len(self.problems)) if self.problems else ""
        layer = f",decision={self.decision}" if self.decision != "off" else ""
        names = f",names-dict={self.names_dictionary}" if self.names_dictionary else ""
        return f"drift:mt={self.mt},emb={self.embeddings}{layer}{names}{failed}"


def _report(run: DriftRun | None, message: str) -> None:
    if run is not None:
        run.problem(message)
    else:
        warnings.warn(message, DriftWarning, stacklevel=3)


def _note(run: DriftRun | None, message: str) -> None:
    if run is not None:
        run.note(message)
    else:
        warnings.warn(message, DriftWarning, stacklevel=3)
