"""The JSON report (schema ``aligner-qa/1``): one record per segment and per finding."""

from __future__ import annotations

import json

from aligner import __version__
from aligner.quality.checks import CHECKS, Issue, Mark, Segment, spec_of
from aligner.quality.report.common import numbered, summary
from aligner.quality.results import SCHEMA, QAResult
from aligner.quality.review import finding_key


def _span_record(text: str, span: tuple[int, int] | None) -> tuple[list[int] | None, str | None]:
    if span is None:
        return None, None
    return [span[0], span[1]], text[span[0] : span[1]]


def issue_record(
    ident: str, seg: Segment, issue: Issue, result_reviews: dict | None = None
) -> dict:
    spec = spec_of(issue.check)
    source_span, source_text = _span_record(seg.src, issue.source_span)
    target_span, target_text = _span_record(seg.tgt, issue.target_span)
    key = finding_key(seg, issue)
    decision = result_reviews.get(key) if result_reviews else None
    return {
        "id": ident,
        "key": key,
        "review": None
        if decision is None
        else {"status": decision.status, "comment": decision.comment},
        "segment": seg.id,
        "check": issue.check,
        "type": issue.type,
        "severity": issue.severity,
        "confidence": round(float(issue.confidence), 3),
        "its": spec.its,
        "mqm": spec.mqm,
        "message": issue.message,
        "source_span": source_span,
        "target_span": target_span,
        "source_text": source_text,
        "target_text": target_text,
    }


def _mark_record(mark: Mark) -> dict:
    return {"side": "source" if mark.side == "src" else "target", "span": [mark.start, mark.end],
            "speaker": mark.speaker, "resolved_by": mark.resolved_by}  # fmt: skip


def to_json(result: QAResult) -> str:
    ids = {id(issue): ident for ident, _, issue in numbered(result)}
    segments = [
        {
            "id": seg.id,
            "index": seg.index,
            "bead": seg.kind,
            "score": seg.score,
            "source": seg.src,
            "target": seg.tgt,
            "source_sentences": list(seg.src_sentences),
            "target_sentences": list(seg.tgt_sentences),
            "statements": [_mark_record(m) for m in seg.marks],
            "findings": [issue_record(ids[id(i)], seg, i, result.reviews) for i in seg.issues],
        }
        for seg in result.segments
    ]
    payload = {
        "schema": SCHEMA,
        "generator": f"aligner {__version__}",
        "signature": result.signature,
        "mode": result.mode,
        "source": {"path": result.source, "lang": result.src_lang},
        "target": {"path": result.target, "lang": result.tgt_lang},
        "glossary": result.glossary,
        "config": result.settings.path,
        "quality": result.quality,
        "checks": [c for c in CHECKS if result.settings.enabled(c)],
        "summary": summary(result),
        "warnings": result.warnings,
        "segments": segments,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
