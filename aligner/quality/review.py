"""Review decisions on findings (accepted, false alarm, fixed, with a comment), kept next to
the report and carried over to the next run on the same or a revised translation.

A decision is keyed by a hash of what the finding is about, not by its number in the
report: the check, the segment's two texts and the flagged words. Editing other
segments, or re-running after a new alignment, keeps the key; fixing the translation of
that segment changes it (the finding, if still there, is new).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field

from aligner.errors import InputError
from aligner.io.atomic import write_text_atomic
from aligner.io.read import read_text
from aligner.quality.checks import Issue, Segment

SCHEMA = "aligner-review/1"
STATUSES = ("accepted", "false_alarm", "fixed")
MAX_COMMENT = 2000


@dataclass(frozen=True)
class Decision:
    status: str  # one of STATUSES
    comment: str = ""
    check: str = ""  # what was decided on, for a person reading the file
    excerpt: str = ""


@dataclass
class Review:
    path: str
    decisions: dict[str, Decision] = field(default_factory=dict)

    def status_of(self, seg: Segment, issue: Issue) -> str | None:
        decision = self.decisions.get(finding_key(seg, issue))
        return decision.status if decision else None


def finding_key(seg: Segment, issue: Issue) -> str:
    """A content hash that survives renumbering and edits elsewhere in the document."""
    src_words = seg.src[slice(*issue.source_span)] if issue.source_span else ""
    tgt_words = seg.tgt[slice(*issue.target_span)] if issue.target_span else ""
    parts = (issue.check, " ".join(seg.src.split()), " ".join(seg.tgt.split()), src_words,
             tgt_words)  # fmt: skip
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def review_path(report_path: str) -> str:
    """Where a report's decisions live: report.html → report.review.json."""
    stem, _ext = os.path.splitext(report_path)
    return f"{stem}.review.json"


def load_review(path: str) -> Review:
    """The decisions in ``path``; an absent file is an empty review, a bad one an InputError."""
    if not os.path.exists(path):
        return Review(path)
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"is not a review file (not valid JSON: {exc.msg})") from None
    return Review(path, parse_decisions(path, data))


def parse_decisions(path: str, data: object) -> dict[str, Decision]:
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InputError(path, f'is not a review file (expected "schema": "{SCHEMA}")')
    raw = data.get("decisions", {})
    if not isinstance(raw, dict):
        raise InputError(path, "'decisions' must be an object")
    decisions = {}
    for key, value in raw.items():
        if not isinstance(value, dict) or value.get("status") not in STATUSES:
            raise InputError(path, f"decision {key!r}: status must be one of {', '.join(STATUSES)}")
        comment = value.get("comment", "")
        if not isinstance(comment, str) or len(comment) > MAX_COMMENT:
            raise InputError(path, f"decision {key!r}: comment must be text under {MAX_COMMENT}")
        decisions[str(key)] = Decision(value["status"], comment, str(value.get("check", "")),
                                       str(value.get("excerpt", "")))  # fmt: skip
    return decisions


def review_json(decisions: dict[str, Decision]) -> str:
    payload = {
        "schema": SCHEMA,
        "decisions": {
            key: {"status": d.status, "comment": d.comment, "check": d.check, "excerpt": d.excerpt}
            for key, d in sorted(decisions.items())
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def save_review(review: Review) -> None:
    write_text_atomic(review.path, review_json(review.decisions))
