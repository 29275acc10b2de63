"""The HTML page of `aligner trace`: each quote of the article beside its source passage.

It renders the plain records `trace --format json` writes (a payload with ``article``,
``src_lang``, ``tgt_lang``, ``statements``), so a saved JSON file and a fresh run give the
same page. Same look as the QA report (its stylesheet), one self-contained file: no
request leaves the page, every text from the documents is escaped.
"""

from __future__ import annotations

import html
from collections import Counter
from typing import NamedTuple

from aligner import __version__
from aligner.quality.report.assets import CSS
from aligner.quality.report.common import SEVERITIES
from aligner.quality.report.html import _checkboxes, highlight


class _Flag(NamedTuple):
    """The three fields :func:`highlight` reads from a finding."""

    severity: str
    check: str
    message: str


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _findings(records: list[dict]) -> list[dict]:
    return [f for r in records for f in r["findings"]]


def trace_lead(records: list[dict]) -> dict[str, int]:
    """What the page says first: statements, how many traced, findings to fix and review."""
    findings = _findings(records)
    must = sum(f["severity"] == "critical" for f in findings)
    return {
        "statements": len(records),
        "traced": sum(bool(r["matches"]) for r in records),
        "no_source": sum(not r["matches"] for r in records),
        "must_fix": must,
        "to_review": len(findings) - must,
    }


def _marked(text: str, flags: list[tuple[str, dict]], span_key: str) -> str:
    spans = [(ident, _Flag(f["severity"], f["check"], f["message"]), tuple(f[span_key]))
             for ident, f in flags if f.get(span_key)]  # fmt: skip
    return highlight(text, spans, [])


def _match_line(m: dict, label: str) -> str:
    who = f' · said by <span class="who-name">{_esc(m["speaker"])}</span>' if m["speaker"] else ""
    return (
        f'<div class="where">{label} <b>{_esc(m["document"])}</b> '
        f"[{m['start']}:{m['end']}] · score {m['score']:.2f}{who}</div>"
    )


def _others(matches: list[dict]) -> str:
    if not matches:
        return ""
    items = "".join(
        f"<li>{_match_line(m, 'also')}<div>{_esc(m['text'])}</div></li>" for m in matches
    )
    return (f'<details class="others"><summary>{len(matches)} more candidate'
            f'{"s" if len(matches) > 1 else ""}</summary><ul>{items}</ul></details>')  # fmt: skip


def _finding_item(ident: str, f: dict) -> str:
    return (
        f'<li class="finding sev-{_esc(f["severity"])}" id="{ident}" tabindex="-1" '
        f'data-type="{_esc(f["type"])}" data-severity="{_esc(f["severity"])}">'
        f'<span class="badge">{_esc(f["severity"])}</span> <span class="ftype">'
        f"{_esc(f['type'])}</span> <code>{_esc(f['check'])}</code> "
        f'<span class="msg">{_esc(f["message"])}</span></li>'
    )


def _row(n: int, r: dict, first_id: int, src_lang: str, tgt_lang: str) -> str:
    st = r["statement"]
    flags = [(f"f{first_id + k}", f) for k, f in enumerate(r["findings"])]
    said = (f'<div class="who-line">quoted: {_esc(st["speaker"])}</div>'
            if st["speaker"] else "")  # fmt: skip
    tgt = (f'<td class="tgt" lang="{_esc(tgt_lang)}">{_marked(st["text"], flags, "target_span")}'
           f'{said}<div class="where">article [{st["start"]}:{st["end"]}] · {_esc(st["kind"])}'
           "</div></td>")  # fmt: skip
    if r["matches"]:
        best = r["matches"][0]
        src = (f'<td class="src" lang="{_esc(src_lang)}">'
               f'{_marked(best["text"], flags, "source_span")}{_match_line(best, "in")}'
               f"{_others(r['matches'][1:])}</td>")  # fmt: skip
        state = "traced"
    else:
        near = r.get("near_miss")
        miss = (f'<div class="near">nearest, not good enough:</div>{_match_line(near, "in")}'
                f'<div class="near-text">{_esc(near["text"])}</div>' if near else "")  # fmt: skip
        src = f'<td class="src empty" lang="{_esc(src_lang)}"><b>no source found</b>{miss}</td>'
        state = "none"
    flagged = " flagged" if flags else ""
    notes = ""
    if flags:
        items = "".join(_finding_item(ident, f) for ident, f in flags)
        notes = (f'<tr class="notes"><td></td><td colspan="2"><ul class="findings">{items}'
                 "</ul></td></tr>")  # fmt: skip
    return (
        f'<tbody class="seg{flagged}" id="q{n}" data-state="{state}">'
        f'<tr class="texts"><th scope="row" class="sid">#{n}</th>{tgt}{src}</tr>{notes}</tbody>'
    )


def _rows(payload: dict) -> str:
    out, first = [], 1
    for n, r in enumerate(payload["statements"], start=1):
        out.append(_row(n, r, first, payload.get("src_lang", ""), payload.get("tgt_lang", "")))
        first += len(r["findings"])
    return "\n".join(out)


_LEGEND = (
    '<details class="legend" open><summary>How to read this page</summary><ul>'
    "<li>Each row is an attributed statement of the article (left) beside the passage of "
    "the sources it most likely renders (right), with the file, the offsets that cut it out "
    "of that file, and a <b>score</b>: the calibrated probability that the passage is its "
    "source.</li>"
    '<li><mark class="sev-critical">critical</mark> must fix: the quote says something else '
    "than its source (a figure, a negation, a name, who said it).</li>"
    '<li><mark class="sev-major">major</mark> and <mark class="sev-minor">minor</mark> to '
    "review: an omission, an addition, a softened claim.</li>"
    "<li><b>no source found</b>: nothing in the sources is close enough; the nearest "
    "passage is shown so you can judge.</li></ul></details>"
)

# Filters and j/k navigation; the QA page's script also edits alignments and saves
# reviews, which a trace page has no use for.
_JS = """
(function () {
  "use strict";
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("tbody.seg"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var only = document.getElementById("only-flagged");
  var none = document.getElementById("only-none");
  function on(kind, value) {
    return boxes.some(function (b) { return b.dataset.filter === kind && b.value === value &&
                                            b.checked; });
  }
  function apply() {
    var n = 0;
    findings.forEach(function (f) {
      f.hidden = !(on("severity", f.dataset.severity) && on("type", f.dataset.type));
      if (!f.hidden) n++;
    });
    rows.forEach(function (r) {
      var k = r.querySelectorAll("li.finding:not([hidden])").length;
      var notes = r.querySelector("tr.notes");
      if (notes) notes.hidden = k === 0;
      r.hidden = (only.checked && k === 0) || (none.checked && r.dataset.state !== "none");
    });
    document.getElementById("shown").textContent =
      n + " of " + findings.length + " findings shown";
  }
  function step(by) {
    var list = findings.filter(function (f) { return !f.hidden && !f.closest("tbody").hidden; });
    if (!list.length) return;
    var i = list.indexOf(document.activeElement);
    i = i < 0 ? (by > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, i + by));
    document.querySelectorAll(".current").forEach(function (e) { e.classList.remove("current"); });
    list[i].classList.add("current");
    list[i].focus({ preventScroll: true });
    list[i].closest("tbody").scrollIntoView({ block: "center" });
  }
  boxes.concat([only, none]).forEach(function (b) { b.addEventListener("change", apply); });
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "j" || e.key === "n") { step(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { step(-1); e.preventDefault(); }
  });
  apply();
})();
"""

_EXTRA_CSS = """
.where { font-size: .78rem; color: #555; margin-top: .2rem; }
.near { font-size: .8rem; color: #555; margin-top: .3rem; }
.near-text { color: #777; font-style: italic; }
details.others { font-size: .85rem; margin-top: .3rem; }
details.others ul { margin: .2rem 0; padding-left: 1rem; }
"""


def trace_html(payload: dict) -> str:
    """The page for one `trace` run, from the records `trace --format json` writes."""
    records = payload["statements"]
    n = trace_lead(records)
    findings = _findings(records)
    by_severity = {s: sum(f["severity"] == s for f in findings) for s in SEVERITIES}
    by_type = dict(Counter(f["type"] for f in findings).most_common())
    sources = payload.get("sources", [])
    warnings = "".join(f"<li>{_esc(w)}</li>" for w in payload.get("warnings", []))
    title = f"Trace: {payload['article']}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="generator" content="aligner {_esc(__version__)} (aligner-trace/1)">
<title>{_esc(title)}</title>
<style>{CSS}{_EXTRA_CSS}</style>
</head>
<body>
<header>
<h1>Quote tracing</h1>
<p class="lead" id="lead"><b>{n["must_fix"]} must fix</b>, <b>{n["to_review"]} to review</b> · {n["traced"]} of {n["statements"]} statements traced, {n["no_source"]} with no source found</p>
<p class="meta">{_esc(payload["article"])} ({_esc(payload.get("tgt_lang", ""))}) against {len(sources)} source file{"s" if len(sources) != 1 else ""} ({_esc(payload.get("src_lang", ""))})</p>
</header>
{_LEGEND}
{f'<ul class="warnings">{warnings}</ul>' if warnings else ""}
<section id="filters" aria-label="Filters">
<fieldset><legend>Severity</legend>{_checkboxes("severity", by_severity)}</fieldset>
<fieldset><legend>Type</legend>{_checkboxes("type", by_type)}</fieldset>
<fieldset><legend>Rows</legend><label><input type="checkbox" id="only-flagged"> only statements with findings</label> <label><input type="checkbox" id="only-none"> only those with no source</label></fieldset>
<p class="keys"><kbd>j</kbd>/<kbd>n</kbd> next finding · <kbd>k</kbd>/<kbd>p</kbd> previous · <span id="shown"></span></p>
</section>
<main>
<table id="segments">
<thead><tr><th scope="col">#</th><th scope="col">Article ({_esc(payload.get("tgt_lang", ""))})</th><th scope="col">Source ({_esc(payload.get("src_lang", ""))})</th></tr></thead>
{_rows(payload)}
</table>
</main>
<script>{_JS}</script>
</body>
</html>
"""  # noqa: E501 - the HTML reads better unwrapped
