"""The HTML report: one self-contained page, side by side, filters, keyboard navigation."""

from __future__ import annotations

import html
import itertools
import json

from aligner import __version__
from aligner.io.corrected import alignment_payload
from aligner.quality.checks import Issue, Mark, spec_of
from aligner.quality.report.assets import CSS, JS
from aligner.quality.report.common import SEVERITIES, numbered, summary
from aligner.quality.report.text import heading
from aligner.quality.results import SCHEMA, QAResult
from aligner.quality.review import Decision, finding_key
from aligner.types import Bead


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def highlight(text: str, issues: list[tuple[str, Issue, tuple[int, int]]],
              marks: list[Mark]) -> str:  # fmt: skip
    """Escaped ``text`` with each flagged span in a <mark> and statements underlined.

    Spans may overlap, so the text is cut at every span boundary and each piece
    carries all the findings (and the statement) that cover it.
    """
    n = len(text)
    clamp = lambda p: max(0, min(n, p))  # noqa: E731 - a local one-liner
    spans = [(clamp(s), clamp(e), ident, issue) for ident, issue, (s, e) in issues]
    spans = [sp for sp in spans if sp[0] < sp[1]]
    cuts = sorted({0, n, *(p for s, e, _, _ in spans for p in (s, e)),
                   *(clamp(p) for m in marks for p in (m.start, m.end))})  # fmt: skip
    out = []
    for a, b in itertools.pairwise(cuts):
        piece = _esc(text[a:b])
        covering = [(ident, issue) for s, e, ident, issue in spans if s <= a and b <= e]
        if covering:
            worst = min(covering, key=lambda c: SEVERITIES.index(c[1].severity)
                        if c[1].severity in SEVERITIES else 3)[1].severity  # fmt: skip
            title = "\n".join(f"{i.severity} {i.check}: {i.message}" for _, i in covering)
            ids = " ".join(ident for ident, _ in covering)
            piece = (
                f'<mark class="sev-{_esc(worst)}" data-f="{ids}" title="{_esc(title)}">'
                f"{piece}</mark>"
            )
        statement = next((m for m in marks if m.start <= a and b <= m.end), None)
        if statement is not None:
            title = f"Attributed statement: {statement.speaker}"
            piece = f'<span class="stmt" title="{_esc(title)}">{piece}</span>'
        out.append(piece)
    return "".join(out)


_REVIEW_BUTTONS = (("accepted", "accept"), ("false_alarm", "false alarm"), ("fixed", "fixed"))
_PAIRING = ("Pairing confidence: how sure the aligner is that these sentences translate each "
            "other. It says nothing about the quality of the translation.")  # fmt: skip


def _finding_item(ident: str, issue: Issue, key: str, decision: Decision | None) -> str:
    spec = spec_of(issue.check)
    status = decision.status if decision else ""
    comment = decision.comment if decision else ""
    buttons = "".join(
        f'<button type="button" data-status="{value}" '
        f'aria-pressed="{str(value == status).lower()}">{label}</button>'
        for value, label in _REVIEW_BUTTONS
    )
    return (
        f'<li class="finding sev-{_esc(issue.severity)}{" reviewed" if decision else ""}" '
        f'id="{ident}" tabindex="-1" data-key="{key}" data-review="{status}" '
        f'data-type="{_esc(issue.type)}" data-severity="{_esc(issue.severity)}" '
        f'data-check="{_esc(issue.check)}"><span class="badge">{_esc(issue.severity)}</span> '
        f'<span class="ftype">{_esc(issue.type)}</span> <code>{_esc(issue.check)}</code> '
        f'<span class="msg">{_esc(issue.message)}</span> '
        f'<span class="its" title="ITS 2.0 locQualityIssueType · MQM">'
        f"{_esc(spec.its)} · {_esc(spec.mqm)}</span>"
        f'<span class="review" role="group" aria-label="Review">{buttons}'
        f'<input class="comment" type="text" placeholder="comment" aria-label="Comment" '
        f'value="{_esc(comment)}"><span class="state">{_esc(status.replace("_", " "))}</span>'
        "</span></li>"
    )


def _cell(side: str, lang: str, text: str, marked: str, marks: list[Mark]) -> str:
    empty = "" if text.strip() else " empty"
    speakers = list(dict.fromkeys(m.speaker for m in marks))
    said = (f'<div class="who-line">quoted: {_esc(", ".join(speakers))}</div>'
            if speakers else "")  # fmt: skip
    return f'<td class="{side}{empty}" lang="{_esc(lang)}">{marked or "∅"}{said}</td>'


def _segment_rows(result: QAResult, ids: dict[int, str]) -> str:
    rows = []
    for seg in result.segments:
        listed = [(ids[id(i)], i) for i in seg.issues]
        src_marks = [m for m in seg.marks if m.side == "src"]
        tgt_marks = [m for m in seg.marks if m.side == "tgt"]
        src = highlight(seg.src, [(f, i, i.source_span) for f, i in listed if i.source_span],
                        src_marks)  # fmt: skip
        tgt = highlight(seg.tgt, [(f, i, i.target_span) for f, i in listed if i.target_span],
                        tgt_marks)  # fmt: skip
        score = "" if seg.score is None else f" · pairing {seg.score:.2f}"
        flagged = " flagged" if listed else ""
        rows.append(
            f'<tbody class="seg{flagged}" id="seg-{seg.index}" data-id="{_esc(seg.id)}">'
            f'<tr class="texts"><th scope="row" class="sid">#{_esc(seg.id)}'
            f'<small title="{_esc(_PAIRING)}">{_esc(seg.kind)}{score}</small>'
            f"{_EDIT_BUTTONS if result.documents is not None else ''}</th>"
            f"{_cell('src', result.src_lang, seg.src, src, src_marks)}"
            f"{_cell('tgt', result.tgt_lang, seg.tgt, tgt, tgt_marks)}</tr>"
        )
        if listed:
            items = "".join(
                _finding_item(f, i, key := finding_key(seg, i), result.reviews.get(key))
                for f, i in listed
            )
            rows.append(f'<tr class="notes"><td></td><td colspan="2"><ul class="findings">{items}'
                        "</ul></td></tr>")  # fmt: skip
        rows.append("</tbody>")
    return "\n".join(rows)


def _checkboxes(kind: str, counts: dict[str, int]) -> str:
    return "".join(
        f'<label class="{kind}-{_esc(value)}"><input type="checkbox" data-filter="{kind}" '
        f'value="{_esc(value)}" checked> {_esc(value)} <span class="n">{n}</span></label>'
        for value, n in counts.items()
    )


def _summary_html(result: QAResult) -> str:
    s = summary(result)
    severity_rows = "".join(
        f'<tr class="sev-{sev}"><th scope="row">{sev}</th><td>{s["by_severity"][sev]}</td></tr>'
        for sev in SEVERITIES
    )
    its_of = {i.type: spec_of(i.check).its for _, i in result.issues}
    type_rows = (
        "".join(
            f'<tr><th scope="row">{_esc(t)}</th><td>{n}</td><td>{_esc(its_of[t])}</td></tr>'
            for t, n in s["by_type"].items()
        )
        or '<tr><td colspan="3">no findings</td></tr>'
    )
    quality = "n/a" if result.quality is None else f"{result.quality:.2f}"
    warnings = "".join(f"<li>{_esc(w)}</li>" for w in result.warnings)
    return (
        '<section id="summary" aria-label="Summary"><div class="cards">'
        f'<div class="card"><b>{s["findings"]}</b> findings</div>'
        f'<div class="card"><b>{s["segments"]}</b> segments</div>'
        f'<div class="card"><b>{quality}</b> alignment quality</div></div>'
        '<div class="tables"><table class="counts"><caption>By severity</caption>'
        f"{severity_rows}</table>"
        '<table class="counts"><caption>By type</caption><tr><th>type</th><th>n</th>'
        f"<th>ITS 2.0</th></tr>{type_rows}</table></div>"
        + (f'<ul class="warnings">{warnings}</ul>' if warnings else "")
        + f"<details><summary>Signature</summary><code>{_esc(result.signature)}</code></details>"
        "</section>"
    )


def lead(result: QAResult) -> dict[str, int]:
    """What a person reads first: how many findings must be fixed, how many to look at."""
    open_issues = [i for seg, i in result.issues if finding_key(seg, i) not in result.reviews]
    must = sum(i.severity == "critical" for i in open_issues)
    return {"must_fix": must, "to_review": len(open_issues) - must,
            "reviewed": len(result.issues) - len(open_issues)}  # fmt: skip


def _lead_html(result: QAResult) -> str:
    n = lead(result)
    reviewed = (f' · <span id="n-reviewed">{n["reviewed"]}</span> reviewed'
                if n["reviewed"] else ' · <span id="n-reviewed">0</span> reviewed')  # fmt: skip
    return (
        f'<p class="lead" id="lead"><b><span id="n-must">{n["must_fix"]}</span> must fix</b>, '
        f'<b><span id="n-review">{n["to_review"]}</span> to review</b>{reviewed}</p>'
    )


_LEGEND = (
    '<details class="legend" open><summary>How to read this report</summary><ul>'
    '<li><mark class="sev-critical">critical</mark> must fix: the translation says something '
    "else (a figure, a negation, a name, who said it).</li>"
    '<li><mark class="sev-major">major</mark> and <mark class="sev-minor">minor</mark> to '
    "review: an omission, an addition, a softened claim, a typographic slip.</li>"
    '<li><span class="stmt">dashed underline</span>: an attributed statement (a quote); who '
    "said it is named under the sentence.</li>"
    "<li><b>pairing</b> next to a row number: how sure the aligner is that the two sentences "
    "translate each other, not a judgement of the translation.</li>"
    "<li>Review each finding: <b>accept</b> (a real problem), <b>false alarm</b>, or "
    "<b>fixed</b>, with a comment. Decisions are saved next to the report (open it with "
    "<code>aligner review REPORT.html</code>) and the next <code>aligner qa</code> run keeps "
    "them, showing only what is new.</li></ul></details>"
)


def _script_json(payload: object) -> str:
    """JSON to sit inside <script type="application/json">: every "<" escaped, so no text
    from the documents ("</script>", "<!--") can end or confuse the element."""
    return json.dumps(payload, ensure_ascii=False).replace("<", "\\u003c")


def _review_data(result: QAResult, review_file: str) -> str:
    payload = {
        "file": review_file,
        "decisions": {k: {"status": d.status, "comment": d.comment, "check": d.check,
                          "excerpt": d.excerpt} for k, d in result.reviews.items()},
    }  # fmt: skip
    # "</" would end the script element early.
    return _script_json(payload)


_EDIT_BUTTONS = (
    '<span class="edit" role="group" aria-label="Correct the alignment">'
    '<button type="button" data-edit="merge" title="Join this row with the next one">'
    "merge ↓</button>"
    '<button type="button" data-edit="split" title="Pair the sentences of this row one by one">'
    "split</button>"
    '<button type="button" data-edit="up" title="Move the first translation sentence of this '
    'row to the row above">tgt ↑</button>'
    '<button type="button" data-edit="down" title="Move the last translation sentence of this '
    'row to the row below">tgt ↓</button></span>'
)


def _alignment_data(result: QAResult, alignment_file: str) -> str:
    """The sentences and beads the page edits (documents mode), as JSON for the script."""
    if result.documents is None:
        return "null"
    src, tgt = result.documents
    beads = [Bead(seg.src_sentences, seg.tgt_sentences) for seg in result.segments]
    payload = alignment_payload(src, tgt, beads) | {
        "file": alignment_file,
        "src_text": [s.text for s in src.sentences],
        "tgt_text": [s.text for s in tgt.sentences],
    }
    return _script_json(payload)


def to_html(
    result: QAResult,
    review_file: str = "report.review.json",
    alignment_file: str = "report.alignment.json",
) -> str:
    ids = {id(issue): ident for ident, _, issue in numbered(result)}
    s = summary(result)
    title = f"QA: {result.source}" + ("" if result.mode == "pairs" else f" → {result.target}")
    by_severity = {sev: s["by_severity"][sev] for sev in SEVERITIES}
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'">
<meta name="generator" content="aligner {_esc(__version__)} ({SCHEMA})">
<title>{_esc(title)}</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>Translation QA</h1>
{_lead_html(result)}
<p class="meta">{_esc(heading(result))}</p>
</header>
{_LEGEND}
{_summary_html(result)}
<section id="filters" aria-label="Filters">
<fieldset><legend>Severity</legend>{_checkboxes("severity", by_severity)}</fieldset>
<fieldset><legend>Type</legend>{_checkboxes("type", s["by_type"])}</fieldset>
<fieldset><legend>Rows</legend><label><input type="checkbox" id="only-flagged"> only segments with findings</label> <label><input type="checkbox" id="show-reviewed"> reviewed findings</label></fieldset>
<p class="saving"><span id="save-state"></span> <a id="download-review" download="{_esc(review_file.rsplit("/", 1)[-1])}" hidden>download decisions</a> <span id="align-state"></span> <a id="download-alignment" download="{_esc(alignment_file.rsplit("/", 1)[-1])}" hidden>download corrected alignment</a></p>
<p class="keys"><kbd>j</kbd>/<kbd>n</kbd> next finding · <kbd>k</kbd>/<kbd>p</kbd> previous · <span id="shown"></span></p>
</section>
<main>
<table id="segments">
<thead><tr><th scope="col">#</th><th scope="col">Source ({_esc(result.src_lang)})</th><th scope="col">Translation ({_esc(result.tgt_lang)})</th></tr></thead>
{_segment_rows(result, ids)}
</table>
</main>
<script type="application/json" id="review-data">{_review_data(result, review_file)}</script>
<script type="application/json" id="alignment-data">{_alignment_data(result, alignment_file)}</script>
<script>{JS}</script>
</body>
</html>
"""  # noqa: E501 - the HTML reads better unwrapped
