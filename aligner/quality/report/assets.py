"""The HTML report's inline stylesheet and script (no request leaves the page)."""

CSS = """
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
.lead { font-size: 1.15rem; margin: .3rem 0; }
.lead b:first-child { color: var(--critical); }
.legend { margin: .4rem 0 .8rem; font-size: .9rem; color: #333; }
.legend ul { margin: .3rem 0; padding-left: 1.2rem; }
.who-line { font-size: .78rem; color: var(--stmt); margin-top: .2rem; }
.review { margin-left: .5rem; white-space: nowrap; }
.review button { font: inherit; font-size: .75rem; border: 1px solid var(--line);
  background: #fff; border-radius: 3px; padding: 0 .35rem; margin-right: .15rem; cursor: pointer; }
.review button[aria-pressed="true"] { background: var(--ink); color: #fff; }
.review input.comment { font: inherit; font-size: .8rem; width: 14rem; margin-left: .2rem; }
.review .state { font-size: .75rem; color: #555; margin-left: .3rem; }
li.finding.reviewed { opacity: .65; }
.saving { margin: 0; font-size: .8rem; color: #555; }
.edit { display: block; margin-top: .3rem; }
.edit button { font: inherit; font-size: .7rem; border: 1px solid var(--line); background: #fff;
  border-radius: 3px; padding: 0 .25rem; margin: 0 .1rem .1rem 0; cursor: pointer; }
tbody.edited th.sid { color: var(--stmt); }
tbody.edited th.sid::after { content: "edited: run qa again to re-check"; display: block;
  font-size: .7rem; font-weight: 400; }
@media print { .edit, .review button, .review input { display: none; } }
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

JS = """
(function () {
  "use strict";
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var byId = {};
  findings.forEach(function (f) { byId[f.id] = f; });
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-f]"));
  var segs = Array.prototype.slice.call(document.querySelectorAll("tbody.seg"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var onlyFlagged = document.getElementById("only-flagged");
  var showReviewed = document.getElementById("show-reviewed");
  var shown = document.getElementById("shown");
  var saveState = document.getElementById("save-state");
  var download = document.getElementById("download-review");
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var decisions = data.decisions;
  var served = location.protocol === "http:" || location.protocol === "https:";
  var storeKey = "aligner-review:" + data.file;
  if (!served) {
    // Opened as a file: decisions made earlier in this browser come back.
    try {
      var kept = JSON.parse(localStorage.getItem(storeKey) || "null");
      if (kept && kept.decisions) {
        Object.keys(kept.decisions).forEach(function (k) { decisions[k] = kept.decisions[k]; });
      }
    } catch (e) { /* storage off: decisions live in the page only */ }
  }

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
      var reviewed = !!decisions[f.dataset.key];
      f.hidden = !(sev[f.dataset.severity] && typ[f.dataset.type]) ||
        (reviewed && !showReviewed.checked);
      if (!f.hidden) count++;
    });
    var must = 0, review = 0, done = 0;
    findings.forEach(function (f) {
      if (decisions[f.dataset.key]) done++;
      else if (f.dataset.severity === "critical") must++;
      else review++;
    });
    document.getElementById("n-must").textContent = must;
    document.getElementById("n-review").textContent = review;
    document.getElementById("n-reviewed").textContent = done;
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
  function paint(f) {
    var d = decisions[f.dataset.key];
    f.dataset.review = d ? d.status : "";
    f.classList.toggle("reviewed", !!d);
    f.querySelectorAll(".review button").forEach(function (b) {
      b.setAttribute("aria-pressed", String(!!d && b.dataset.status === d.status));
    });
    f.querySelector(".review .state").textContent = d ? d.status.replace("_", " ") : "";
    if (d) f.querySelector("input.comment").value = d.comment || "";
  }
  function save() {
    var body = JSON.stringify({ schema: "aligner-review/1", decisions: decisions }, null, 1);
    if (served) {
      saveState.textContent = "saving…";
      fetch("review", { method: "POST", headers: { "Content-Type": "application/json" },
                        body: body })
        .then(function (r) {
          saveState.textContent = r.ok ? "decisions saved to " + data.file
                                       : "not saved (" + r.status + ")";
        })
        .catch(function () { saveState.textContent = "not saved: is `aligner review` running?"; });
      return;
    }
    try { localStorage.setItem(storeKey, body); } catch (e) { /* private mode */ }
    download.href = "data:application/json;charset=utf-8," + encodeURIComponent(body);
    download.hidden = false;
    saveState.textContent = "decisions kept in this browser; save them next to the report " +
      "as " + data.file + " (or open the report with `aligner review`)";
  }
  function decide(f, status) {
    var key = f.dataset.key, d = decisions[key];
    if (d && d.status === status) delete decisions[key];  // pressed again: undecided
    else decisions[key] = { status: status, comment: f.querySelector("input.comment").value,
                            check: f.dataset.check,
                            excerpt: f.querySelector(".msg").textContent.slice(0, 120) };
    paint(f);
    apply();
    save();
  }
  findings.forEach(function (f) {
    f.querySelectorAll(".review button").forEach(function (b) {
      b.addEventListener("click", function () { decide(f, b.dataset.status); });
    });
    f.querySelector("input.comment").addEventListener("change", function (e) {
      var d = decisions[f.dataset.key];
      if (d) { d.comment = e.target.value; save(); }
      else saveState.textContent = "choose accept, false alarm or fixed to keep a comment";
    });
    paint(f);
  });
  boxes.concat([onlyFlagged, showReviewed]).forEach(function (b) {
    b.addEventListener("change", apply);
  });
  apply();

  // Alignment correction (documents only): merge a row with the next, or split a row's
  // sentences into pairs; saved as the corrected alignment `aligner qa` reads next time.
  var al = JSON.parse(document.getElementById("alignment-data").textContent);
  var alignState = document.getElementById("align-state");
  var alignLink = document.getElementById("download-alignment");
  function joined(list, side) {
    return list.map(function (i) { return al[side + "_text"][i]; }).join(" ") || "\u2205";
  }
  function rowOf(k) { return document.querySelectorAll("#segments tbody.seg")[k]; }
  function fill(body, bead) {
    body.classList.add("edited");
    body.querySelector("td.src").textContent = joined(bead[0], "src");
    body.querySelector("td.tgt").textContent = joined(bead[1], "tgt");
    body.querySelector("th.sid small").textContent = bead[0].length + "-" + bead[1].length;
  }
  function saveAlignment() {
    var body = JSON.stringify({ schema: al.schema, source: al.source, target: al.target,
                                beads: al.beads }, null, 1);
    if (served) {
      alignState.textContent = "saving alignment…";
      fetch("alignment", { method: "POST", headers: { "Content-Type": "application/json" },
                           body: body })
        .then(function (r) {
          alignState.textContent = r.ok ? "alignment saved to " + al.file +
            "; run aligner qa again to re-check" : "alignment not saved (" + r.status + ")";
        })
        .catch(function () { alignState.textContent = "alignment not saved"; });
      return;
    }
    alignLink.href = "data:application/json;charset=utf-8," + encodeURIComponent(body);
    alignLink.hidden = false;
    alignState.textContent = "save the corrected alignment next to the report as " + al.file;
  }
  function edit(body, how) {
    var k = Array.prototype.indexOf.call(document.querySelectorAll("#segments tbody.seg"), body);
    if (k < 0) return;
    var bead = al.beads[k];
    if (how === "merge") {
      if (k + 1 >= al.beads.length) return;
      var next = al.beads[k + 1];
      al.beads.splice(k, 2, [bead[0].concat(next[0]), bead[1].concat(next[1])]);
      var gone = rowOf(k + 1);
      gone.querySelectorAll("tr.notes").forEach(function (tr) { body.appendChild(tr); });
      gone.remove();
      fill(body, al.beads[k]);
    } else if (how === "up" || how === "down") {
      var j = how === "up" ? k - 1 : k + 1;
      if (j < 0 || j >= al.beads.length || !bead[1].length) return;
      if (how === "up") al.beads[j][1].push(bead[1].shift());
      else al.beads[j][1].unshift(bead[1].pop());
      fill(rowOf(j), al.beads[j]);
      if (!bead[0].length && !bead[1].length) {  // nothing left in this row
        body.querySelectorAll("tr.notes").forEach(function (tr) { rowOf(j).appendChild(tr); });
        al.beads.splice(k, 1);
        body.remove();
      } else {
        fill(body, bead);
      }
    } else {
      var n = Math.max(bead[0].length, bead[1].length);
      if (n < 2) return;
      var parts = [];
      for (var i = 0; i < n; i++) {
        parts.push([bead[0].slice(i, i + 1), bead[1].slice(i, i + 1)]);
      }
      al.beads.splice.apply(al.beads, [k, 1].concat(parts));
      fill(body, parts[0]);
      var after = body;
      for (var j = 1; j < parts.length; j++) {
        var copy = body.cloneNode(true);
        copy.removeAttribute("id");
        copy.querySelectorAll("tr.notes").forEach(function (tr) { tr.remove(); });
        fill(copy, parts[j]);
        after.after(copy);
        wire(copy);
        after = copy;
      }
    }
    saveAlignment();
  }
  function wire(body) {
    body.querySelectorAll(".edit button").forEach(function (b) {
      b.addEventListener("click", function () { edit(body, b.dataset.edit); });
    });
  }
  if (al) segs.forEach(wire);
})();
"""
