"""What every report format shares: severities, ids, the summary counts, --explain."""

from __future__ import annotations

import textwrap
from collections import Counter

from aligner.quality.checks import CHECKS, Issue, Segment, spec_of
from aligner.quality.results import QAResult

SEVERITIES = ("critical", "major", "minor")
FORMATS = ("html", "json", "text")


def output_format(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one -o's extension names, else text."""
    if fmt:
        return fmt
    ext = (output or "").lower().rsplit(".", 1)[-1]
    return {"html": "html", "htm": "html", "json": "json"}.get(ext, "text")


def explain(check: str) -> str | None:
    """What `aligner qa --explain CHECK` prints ("all": one line per check); None if unknown."""
    if check == "all":
        return "".join(f"{c.id:20} {c.severity:8} {c.summary}\n" for c in CHECKS.values())
    spec = CHECKS.get(check)
    if spec is None:
        return None
    body = textwrap.fill(spec.explain, width=88, initial_indent="  ", subsequent_indent="  ")
    return (
        f"{spec.id}: {spec.summary}\n"
        f"  type: {spec.type} · default severity: {spec.severity} · ITS 2.0: {spec.its} · "
        f"MQM: {spec.mqm}\n\n{body}\n\n"
        f'  Configure (aligner.toml): [qa] disable = ["{spec.id}"]; '
        f'[qa.severity] "{spec.id}" = "minor"\n'
    )


def numbered(result: QAResult) -> list[tuple[str, Segment, Issue]]:
    """Every issue with its report-wide id ("f1", "f2"...), in document order."""
    return [(f"f{n}", seg, issue) for n, (seg, issue) in enumerate(result.issues, start=1)]


def summary(result: QAResult) -> dict:
    issues = [i for _, i in result.issues]
    return {
        "segments": len(result.segments),
        "findings": len(issues),
        "by_severity": {s: sum(i.severity == s for i in issues) for s in SEVERITIES},
        "by_type": dict(Counter(i.type for i in issues).most_common()),
        "by_check": dict(Counter(i.check for i in issues).most_common()),
        "by_its": dict(Counter(spec_of(i.check).its for i in issues).most_common()),
    }
