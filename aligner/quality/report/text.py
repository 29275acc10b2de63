"""The text report for a terminal: flagged segments, findings, totals; colour when asked."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from aligner.quality.report.common import SEVERITIES, summary
from aligner.quality.results import QAResult

_ANSI = {"critical": "\x1b[1;31m", "major": "\x1b[33m", "minor": "\x1b[36m",
         "dim": "\x1b[2m", "under": "\x1b[4m", "reset": "\x1b[0m"}  # fmt: skip


def _paint(text: str, style: str, colour: bool) -> str:
    return f"{_ANSI[style]}{text}{_ANSI['reset']}" if colour else text


def _underlined(text: str, spans: Iterable[tuple[int, int]], colour: bool) -> str:
    """The text with the flagged spans underlined (colour terminals only)."""
    if not colour:
        return text
    cuts = sorted({0, len(text), *(p for s in spans for p in s)})
    covered = list(spans)
    return "".join(
        _paint(text[a:b], "under", True) if any(s <= a and b <= e for s, e in covered)
        else text[a:b]
        for a, b in itertools.pairwise(cuts)
    )  # fmt: skip


def heading(result: QAResult) -> str:
    quality = "n/a" if result.quality is None else f"{result.quality:.2f}"
    if result.mode == "pairs":
        where = f"{result.source} ({result.src_lang}→{result.tgt_lang})"
    else:
        where = f"{result.source} ({result.src_lang}) → {result.target} ({result.tgt_lang})"
    return f"{where}: {len(result.segments)} segments, alignment quality {quality}"


def totals(result: QAResult) -> str:
    counts = summary(result)["by_severity"]
    total = sum(counts.values())
    parts = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES)
    return f"{total} finding{'s' if total != 1 else ''} ({parts})"


def one_line(result: QAResult) -> str:
    """What `aligner qa` says on stderr when done."""
    n = len(result.segments)
    return f"{totals(result)} in {n} segment{'s' if n != 1 else ''}"


def to_text(result: QAResult, colour: bool = False) -> str:
    lines = [heading(result)]
    for seg in result.segments:
        if not seg.issues:
            continue
        src_spans = [i.source_span for i in seg.issues if i.source_span]
        tgt_spans = [i.target_span for i in seg.issues if i.target_span]
        score = "" if seg.score is None else f" score={seg.score:.2f}"
        lines.append("")
        lines.append(_paint(f"#{seg.id} {seg.kind}{score}", "dim", colour))
        lines.append(f"  {result.src_lang}: {_underlined(seg.src, src_spans, colour) or '∅'}")
        lines.append(f"  {result.tgt_lang}: {_underlined(seg.tgt, tgt_spans, colour) or '∅'}")
        for issue in seg.issues:
            severity = _paint(f"{issue.severity:8}", issue.severity, colour)
            lines.append(f"  {severity} {issue.check:19} {issue.message}")
    lines += ["", totals(result)]
    return "\n".join(lines) + "\n"
