"""What `aligner trace` writes: the JSON payload (which the HTML page renders too) and
translation units of the matched pairs for TMX."""

from __future__ import annotations

from aligner.io.export import Unit, doc_id, note_text
from aligner.pipelines.trace import TraceResult, trace_record


def trace_payload(result: TraceResult) -> dict:
    """One object for the whole run: `--format json`, and the input of the HTML page."""
    langs = sorted({d.lang for d in result.sources})
    return {
        "article": result.article.path,
        "tgt_lang": result.article.lang,
        "src_lang": "+".join(langs),
        "sources": [d.path for d in result.sources],
        "warnings": list(result.warnings),
        "statements": [trace_record(t) for t in result.statements],
    }


def trace_units(result: TraceResult) -> list[Unit]:
    """One unit per traced statement: its best source passage and the quoted words.

    Statements with no source are left out: a translation memory wants pairs. A quote
    stitched from two places pairs with its best place only; its drift findings (an
    omission, most likely) travel with it as notes, so a reviewer sees it is partial.
    """
    article = doc_id(result.article.path)
    lang_of = {d.path: d.lang for d in result.sources}
    units = []
    for n, t in enumerate(result.statements, start=1):
        if not t.matches:
            continue
        best = t.matches[0]
        units.append(
            Unit(
                id=f"{article}:{n}",
                src=" ".join(best.text.split()),
                tgt=" ".join(t.statement.content.split()),
                src_lang=lang_of.get(best.document, ""),
                tgt_lang=result.article.lang,
                score=best.score,
                bead="1-1",
                doc=doc_id(best.document),
                findings=tuple(dict.fromkeys(f.type for f in t.findings)),
                notes=tuple(note_text(f.severity, f.check, f.message) for f in t.findings),
            )
        )
    return units
