"""Render a :class:`~aligner.pipelines.qa.QAResult`: JSON (schema ``aligner-qa/1``), text, HTML.

The HTML report is one self-contained file: inline CSS and JavaScript, no fonts,
images or scripts from anywhere (a Content-Security-Policy forbids any request), so
it can be mailed, archived and opened offline. Every text from the documents goes
through :func:`html.escape`.
"""

from __future__ import annotations

import html
import itertools
import json
import textwrap
from collections import Counter
from collections.abc import Iterable

from aligner import __version__
from aligner.quality.checks import CHECKS, Issue, Mark, Segment, spec_of
from aligner.quality.results import SCHEMA, QAResult

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


def render(result: QAResult, fmt: str, colour: bool = False) -> str:
    if fmt == "json":
        return to_json(result)
    if fmt == "html":
        return to_html(result)
    return to_text(result, colour)


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


# --------------------------------------------------------------------------- JSON


def _span_record(text: str, span: tuple[int, int] | None) -> tuple[list[int] | None, str | None]:
    if span is None:
        return None, None
    return [span[0], span[1]], text[span[0] : span[1]]


def issue_record(ident: str, seg: Segment, issue: Issue) -> dict:
    spec = spec_of(issue.check)
    source_span, source_text = _span_record(seg.src, issue.source_span)
    target_span, target_text = _span_record(seg.tgt, issue.target_span)
    return {
        "id": ident,
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
            "findings": [issue_record(ids[id(i)], seg, i) for i in seg.issues],
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


# --------------------------------------------------------------------------- text

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


# --------------------------------------------------------------------------- HTML


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
        for m in marks:
            if clamp(m.start) == a:
                out.append(
                    f'<span class="who" title="{_esc("Attributed statement: " + m.speaker)}'
                    f' (resolved by: {_esc(m.resolved_by)})">{_esc(m.speaker)}</span>'
                )
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
        if any(m.start <= a and b <= m.end for m in marks):
            piece = f'<span class="stmt">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _finding_item(ident: str, issue: Issue) -> str:
    spec = spec_of(issue.check)
    return (
        f'<li class="finding sev-{_esc(issue.severity)}" id="{ident}" tabindex="-1" '
        f'data-type="{_esc(issue.type)}" data-severity="{_esc(issue.severity)}" '
        f'data-check="{_esc(issue.check)}"><span class="badge">{_esc(issue.severity)}</span> '
        f'<span class="ftype">{_esc(issue.type)}</span> <code>{_esc(issue.check)}</code> '
        f'<span class="msg">{_esc(issue.message)}</span> '
        f'<span class="its" title="ITS 2.0 locQualityIssueType · MQM">'
        f"{_esc(spec.its)} · {_esc(spec.mqm)}</span></li>"
    )


def _cell(side: str, lang: str, text: str, marked: str) -> str:
    empty = "" if text.strip() else " empty"
    return f'<td class="{side}{empty}" lang="{_esc(lang)}">{marked or "∅"}</td>'


def _segment_rows(result: QAResult, ids: dict[int, str]) -> str:
    rows = []
    for seg in result.segments:
        listed = [(ids[id(i)], i) for i in seg.issues]
        src = highlight(seg.src, [(f, i, i.source_span) for f, i in listed if i.source_span],
                        [m for m in seg.marks if m.side == "src"])  # fmt: skip
        tgt = highlight(seg.tgt, [(f, i, i.target_span) for f, i in listed if i.target_span],
                        [m for m in seg.marks if m.side == "tgt"])  # fmt: skip
        score = "" if seg.score is None else f" · {seg.score:.2f}"
        flagged = " flagged" if listed else ""
        rows.append(
            f'<tbody class="seg{flagged}" id="seg-{seg.index}" data-id="{_esc(seg.id)}">'
            f'<tr class="texts"><th scope="row" class="sid">#{_esc(seg.id)}'
            f"<small>{_esc(seg.kind)}{score}</small></th>"
            f"{_cell('src', result.src_lang, seg.src, src)}"
            f"{_cell('tgt', result.tgt_lang, seg.tgt, tgt)}</tr>"
        )
        if listed:
            items = "".join(_finding_item(f, i) for f, i in listed)
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


def to_html(result: QAResult) -> str:
    ids = {id(issue): ident for ident, _, issue in numbered(result)}
    s = summary(result)
    title = f"QA: {result.source}" + ("" if result.mode == "pairs" else f" → {result.target}")
    by_severity = {sev: s["by_severity"][sev] for sev in SEVERITIES}
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="generator" content="aligner {_esc(__version__)} ({SCHEMA})">
<title>{_esc(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<header>
<h1>Translation QA</h1>
<p class="meta">{_esc(heading(result))}</p>
</header>
{_summary_html(result)}
<section id="filters" aria-label="Filters">
<fieldset><legend>Severity</legend>{_checkboxes("severity", by_severity)}</fieldset>
<fieldset><legend>Type</legend>{_checkboxes("type", s["by_type"])}</fieldset>
<fieldset><legend>Rows</legend><label><input type="checkbox" id="only-flagged"> only segments with findings</label></fieldset>
<p class="keys"><kbd>j</kbd>/<kbd>n</kbd> next finding · <kbd>k</kbd>/<kbd>p</kbd> previous · <span id="shown"></span></p>
</section>
<main>
<table id="segments">
<thead><tr><th scope="col">#</th><th scope="col">Source ({_esc(result.src_lang)})</th><th scope="col">Translation ({_esc(result.tgt_lang)})</th></tr></thead>
{_segment_rows(result, ids)}
</table>
</main>
<script>{_JS}</script>
</body>
</html>
"""  # noqa: E501 - the HTML reads better unwrapped


_CSS = """
:root { --critical: #c62828; --major: #ef6c00; --minor: #9e9d24; --ink: #1c1c1c;
  --soft: #f4f5f7; --line: #d9dce1; --stmt: #1565c0; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
  margin: 0 auto; max-width: 1400px; padding: 0 1.2rem 4rem; }
header h1 { margin: 1rem 0 0; font-size: 1.4rem; }
.meta { color: #555; margin: .2rem 0 1rem; }
.cards { display: flex; gap: .8rem; flex-wrap: wrap; }
.card { background: var(--soft); border-radius: 6px; padding: .5rem .9rem; }
.card b { font-size: 1.3rem; margin-right: .3rem; }
.tables { display: flex; gap: 2rem; flex-wrap: wrap; align-items: flex-start; margin: .8rem 0; }
table.counts { border-collapse: collapse; font-size: .9rem; }
table.counts caption { text-align: left; font-weight: 600; }
table.counts th, table.counts td { padding: .1rem .6rem; border-bottom: 1px solid var(--line);
  text-align: left; }
tr.sev-critical th { color: var(--critical); } tr.sev-major th { color: var(--major); }
tr.sev-minor th { color: var(--minor); }
.warnings { color: var(--major); }
#filters { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid
  var(--line); padding: .4rem 0; display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; }
#filters fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0;
  padding: .1rem .6rem .3rem; }
#filters legend { font-size: .8rem; color: #555; }
#filters label { margin-right: .7rem; white-space: nowrap; cursor: pointer; }
#filters .n { color: #777; font-size: .8rem; }
.keys { margin: 0; color: #555; font-size: .85rem; }
kbd { border: 1px solid #aaa; border-radius: 3px; padding: 0 .3rem; font-size: .8rem; }
#segments { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: .6rem; }
#segments thead th { text-align: left; border-bottom: 2px solid var(--line); padding: .3rem; }
#segments thead th:first-child { width: 5.5rem; }
#segments td, #segments th.sid { vertical-align: top; padding: .45rem .5rem;
  border-top: 1px solid var(--line); }
tbody.seg tr.notes td { border-top: none; padding-top: 0; }
th.sid { text-align: left; font-weight: 600; color: #555; }
th.sid small { display: block; font-weight: 400; color: #888; }
td.empty { color: #999; background: repeating-linear-gradient(45deg, #fff, #fff 6px, #f6f6f6 6px,
  #f6f6f6 12px); }
tbody.flagged tr.texts { background: #fffdf7; }
mark { background: #fff3b0; color: inherit; border-radius: 2px; cursor: pointer;
  box-shadow: 0 2px 0 var(--minor); }
mark.sev-critical { background: #ffd7d5; box-shadow: 0 2px 0 var(--critical); }
mark.sev-major { background: #ffe4c7; box-shadow: 0 2px 0 var(--major); }
mark.off { background: none; box-shadow: none; cursor: auto; }
mark.current { outline: 2px solid var(--ink); }
.stmt { border-bottom: 1px dashed var(--stmt); }
.who { display: inline-block; font-size: .72rem; line-height: 1.2; color: #fff;
  background: var(--stmt); border-radius: 3px; padding: 0 .3rem; margin-right: .25rem;
  user-select: none; vertical-align: 1px; }
ul.findings { list-style: none; margin: 0; padding: 0; font-size: .9rem; }
li.finding { padding: .15rem .4rem; border-left: 4px solid var(--minor); margin: .15rem 0;
  background: var(--soft); border-radius: 0 4px 4px 0; }
li.finding.sev-critical { border-color: var(--critical); }
li.finding.sev-major { border-color: var(--major); }
li.finding:focus, li.finding.current { outline: 2px solid var(--ink); background: #fff8d6; }
.badge { font-weight: 600; text-transform: uppercase; font-size: .72rem; }
.sev-critical .badge { color: var(--critical); } .sev-major .badge { color: var(--major); }
.sev-minor .badge { color: var(--minor); }
.ftype { font-weight: 600; }
li.finding code { font-size: .78rem; color: #555; }
.its { color: #777; font-size: .75rem; margin-left: .3rem; }
[hidden] { display: none !important; }
@media print {
  #filters, .keys, details { display: none; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  #segments thead { display: table-header-group; }
  tbody.seg { break-inside: avoid; }
  mark, li.finding, .who, td.empty { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark { text-decoration: underline; }
  tbody.flagged tr.texts { background: none; }
}
"""

_JS = """
(function () {
  "use strict";
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var byId = {};
  findings.forEach(function (f) { byId[f.id] = f; });
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-f]"));
  var segs = Array.prototype.slice.call(document.querySelectorAll("tbody.seg"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var onlyFlagged = document.getElementById("only-flagged");
  var shown = document.getElementById("shown");

  function wanted(kind) {
    var on = {};
    boxes.forEach(function (b) { if (b.dataset.filter === kind && b.checked) on[b.value] = 1; });
    return on;
  }
  // Hide findings whose severity or type is unchecked; a mark stays highlighted while
  // one of its findings is shown; a segment is hidden only in "only with findings" mode.
  function apply() {
    var sev = wanted("severity"), typ = wanted("type"), count = 0;
    findings.forEach(function (f) {
      f.hidden = !(sev[f.dataset.severity] && typ[f.dataset.type]);
      if (!f.hidden) count++;
    });
    marks.forEach(function (m) {
      var on = m.dataset.f.split(" ").some(function (id) { return byId[id] && !byId[id].hidden; });
      m.classList.toggle("off", !on);
    });
    segs.forEach(function (s) {
      var n = s.querySelectorAll("li.finding:not([hidden])").length;
      var notes = s.querySelector("tr.notes");
      if (notes) notes.hidden = n === 0;
      s.hidden = onlyFlagged.checked && n === 0;
    });
    shown.textContent = count + " of " + findings.length + " findings shown";
  }
  function visible() {
    return findings.filter(function (f) { return !f.hidden && !f.closest("tbody").hidden; });
  }
  function select(f) {
    document.querySelectorAll(".current").forEach(function (e) { e.classList.remove("current"); });
    f.classList.add("current");
    marks.forEach(function (m) {
      if (m.dataset.f.split(" ").indexOf(f.id) >= 0) m.classList.add("current");
    });
    f.focus({ preventScroll: true });
    f.closest("tbody").scrollIntoView({ block: "center" });
  }
  function step(by) {
    var list = visible();
    if (!list.length) return;
    var i = list.indexOf(document.activeElement);
    if (i < 0) {
      var current = document.querySelector("li.finding.current");
      i = current ? list.indexOf(current) : -1;
    }
    i = i < 0 ? (by > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, i + by));
    select(list[i]);
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && ((t.tagName === "INPUT" && t.type !== "checkbox") || t.tagName === "TEXTAREA" ||
              t.isContentEditable)) return;
    if (e.key === "j" || e.key === "n") { step(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { step(-1); e.preventDefault(); }
  });
  marks.forEach(function (m) {
    m.addEventListener("click", function () {
      var f = byId[m.dataset.f.split(" ")[0]];
      if (f && !f.hidden) select(f);
    });
  });
  boxes.concat([onlyFlagged]).forEach(function (b) { b.addEventListener("change", apply); });
  apply();
})();
"""
