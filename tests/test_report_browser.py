"""The HTML report in a real headless Chromium: filters, keyboard navigation, no network.

Needs Debian's /usr/bin/chromium and the playwright package (never a downloaded
browser); skipped with the reason when either is missing. docs/report.png is written by
bench/screenshot.py, not by a test.
"""

from __future__ import annotations

import os

import pytest

from aligner.alignment.engine import load_document
from aligner.io.atomic import write_text_atomic
from aligner.pipelines.qa import qa_documents
from aligner.quality.report import to_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
)

# Written for this test: the translation changes a figure (24 -> 42) and drops a sentence.
ES = """El gobierno anunció ayer un plan de inversión de 24 millones de euros para la región.

La ministra de Sanidad visitó 3 hospitales y 12 centros de salud durante la mañana.

Los vecinos celebraron la noticia con una gran fiesta en la plaza mayor del pueblo, que duró \
hasta bien entrada la noche.

El alcalde agradeció el apoyo de los 5 partidos políticos.
"""
EN = """The government announced yesterday an investment plan of 42 million euros for the region.

The Health Minister visited 3 hospitals and 12 health centres during the morning.

The mayor thanked the 5 political parties for their support.
"""


def report_file(tmp_path, src_text: str, tgt_text: str, names=("a.es.txt", "a.en.txt"),
                **kwargs) -> str:  # fmt: skip
    src = load_document(names[0], "es", text=src_text)
    tgt = load_document(names[1], "en", text=tgt_text)
    result = qa_documents(src, tgt, **kwargs)
    path = str(tmp_path / "report.html")
    write_text_atomic(path, to_html(result))
    return path


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def open_page(browser, path: str):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto("file://" + path)
    return page, requests, errors


def finding(page, check: str):
    return page.locator(f'li.finding[data-check="{check}"]')


def test_filters_hide_findings_and_rows(browser, tmp_path):
    path = report_file(tmp_path, ES, EN, embedder=None, mt=None)
    page, requests, errors = open_page(browser, path)
    number, omitted = finding(page, "qa.numbers"), finding(page, "qa.omitted")
    assert number.is_visible() and omitted.is_visible()
    number_mark = page.locator("td.tgt mark.sev-critical").first
    assert number_mark.inner_text() == "42 million euros"

    page.uncheck('input[data-filter="type"][value="number"]')
    assert not number.is_visible() and omitted.is_visible()
    assert "off" in (number_mark.get_attribute("class") or "")
    number_row = page.locator("tbody.seg", has=page.locator("td.src", has_text="24 millones"))
    assert number_row.is_visible()  # rows stay until "only segments with findings" is on
    page.check("#only-flagged")
    assert omitted.is_visible() and not number_row.is_visible()

    page.uncheck('input[data-filter="severity"][value="major"]')
    assert not omitted.is_visible()
    assert page.locator("#shown").inner_text().startswith("0 of")
    assert errors == []
    assert all(url.startswith(("file:", "data:", "about:")) for url in requests), requests


def test_keyboard_moves_focus_between_findings(browser, tmp_path):
    path = report_file(tmp_path, ES, EN, embedder=None, mt=None)
    page, _, _ = open_page(browser, path)
    ids = page.eval_on_selector_all("li.finding", "els => els.map(e => e.id)")
    assert len(ids) >= 2
    focused = lambda: page.evaluate("document.activeElement.id")  # noqa: E731
    page.keyboard.press("j")
    assert focused() == ids[0]
    page.keyboard.press("j")
    assert focused() == ids[1]
    page.keyboard.press("k")
    assert focused() == ids[0]
    page.keyboard.press("n")
    assert focused() == ids[1]
    marks = page.locator(f'mark[data-f~="{ids[1]}"]')
    assert marks.count() and "current" in (marks.first.get_attribute("class") or "")
    # Hidden findings are skipped.
    page.uncheck('input[data-filter="type"][value="number"]')
    visible = [i for i in ids if page.locator(f"#{i}").is_visible()]
    page.keyboard.press("p")
    assert focused() in visible


# --------------------------------------------------------------------------- review


def _qa_report_of_written_pair(tmp_path):
    """`aligner qa -o report.html` on ES/EN (written for these tests), through the CLI."""
    from tests.conftest import run_cli

    src, tgt = tmp_path / "a.es.txt", tmp_path / "a.en.txt"
    src.write_text(ES, encoding="utf-8")
    tgt.write_text(EN, encoding="utf-8")
    report = tmp_path / "report.html"
    first = run_cli("qa", str(src), str(tgt), "-o", str(report), "--no-embeddings", "--no-mt")
    assert first.returncode == 0, first.stderr
    return src, tgt, report


def _served(report: str):
    import threading

    from aligner.quality.review_server import make_server

    server = make_server(report)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def test_review_decisions_are_saved_next_to_the_report_and_kept_by_the_next_run(browser, tmp_path):
    import json

    from tests.conftest import run_cli

    src, tgt, report = _qa_report_of_written_pair(tmp_path)
    server, url = _served(str(report))
    try:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url)
        number = finding(page, "qa.numbers")
        assert page.locator("#n-must").inner_text() == "1"
        number.locator("input.comment").fill("the source figure is a typo; 42 is right")
        number.locator('button[data-status="false_alarm"]').click()
        page.locator("#save-state", has_text="decisions saved").wait_for(timeout=10_000)
        assert page.locator("#n-must").inner_text() == "0"
        assert page.locator("#n-reviewed").inner_text() == "1"
        assert not number.is_visible()  # reviewed findings are hidden until asked for
        page.check("#show-reviewed")
        assert number.is_visible() and "reviewed" in number.get_attribute("class")
        assert errors == []
    finally:
        server.shutdown()
        server.server_close()

    saved = json.loads((tmp_path / "report.review.json").read_text(encoding="utf-8"))
    [(key, decision)] = saved["decisions"].items()
    assert decision["status"] == "false_alarm" and decision["check"] == "qa.numbers"
    assert decision["comment"] == "the source figure is a typo; 42 is right"

    # The next run keeps the decision: the finding is still computed, shown as reviewed,
    # and no longer fails the run; an unrelated edit elsewhere does not lose it.
    tgt.write_text(EN.replace("during the morning", "in the morning"), encoding="utf-8")
    again = run_cli("qa", str(src), str(tgt), "-o", str(tmp_path / "report.json"),
                    "--review", str(tmp_path / "report.review.json"), "--fail-on", "critical",
                    "--no-embeddings", "--no-mt")  # fmt: skip
    assert again.returncode == 0, again.stderr
    findings = [f for s in json.loads((tmp_path / "report.json").read_text())["segments"]
                for f in s["findings"]]  # fmt: skip
    numbers = [f for f in findings if f["check"] == "qa.numbers"]
    assert [f["key"] for f in numbers] == [key]
    assert numbers[0]["review"]["status"] == "false_alarm"
    # Without the decisions the same run fails on the critical finding.
    plain = run_cli("qa", str(src), str(tgt), "--fail-on", "critical", "--no-embeddings",
                    "--no-mt")  # fmt: skip
    assert plain.returncode == 1


def test_a_report_opened_as_a_file_keeps_decisions_in_the_browser_and_offers_them(
    browser, tmp_path
):
    path = report_file(tmp_path, ES, EN, embedder=None, mt=None)
    page, requests, errors = open_page(browser, path)
    omitted = finding(page, "qa.omitted")
    omitted.locator('button[data-status="accepted"]').click()
    link = page.locator("#download-review")
    assert link.is_visible()
    href = link.get_attribute("href")
    assert href.startswith("data:application/json") and "accepted" in href
    # Reopened in the same browser profile, the decision is still there.
    page.reload()
    assert "reviewed" in (finding(page, "qa.omitted").get_attribute("class") or "")
    assert errors == []
    assert all(url.startswith(("file:", "data:", "about:")) for url in requests), requests


def test_speaker_labels_sit_under_the_sentence_and_pairing_is_labelled(browser, tmp_path):
    es = "«No habrá recortes», dijo la ministra Ana Ruiz.\n"
    en = '"There will be no cuts," said minister Ana Ruiz.\n'
    path = report_file(tmp_path, es, en, embedder=None, mt=None)
    page, _, errors = open_page(browser, path)
    cell = page.locator("td.tgt").first
    assert cell.locator(".who-line").inner_text() == "quoted: Ana Ruiz"
    # The sentence itself reads as written: no label inserted inside it.
    assert cell.locator(".stmt").first.inner_text().startswith("There will be no cuts")
    label = page.locator("th.sid small").first
    assert "pairing" in label.inner_text()
    assert "Pairing confidence" in label.get_attribute("title")
    assert errors == []


def test_alignment_corrected_in_the_page_is_used_by_the_next_qa_run(browser, tmp_path):
    import json

    from tests.conftest import run_cli

    src, tgt, report = _qa_report_of_written_pair(tmp_path)
    server, url = _served(str(report))
    try:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url)
        rows = page.locator("#segments tbody.seg")
        before = rows.count()
        rows.nth(0).locator('button[data-edit="merge"]').click()
        page.locator("#align-state", has_text="alignment saved").wait_for(timeout=10_000)
        assert rows.count() == before - 1
        assert "24 millones" in rows.nth(0).locator("td.src").inner_text()
        assert "La ministra" in rows.nth(0).locator("td.src").inner_text()
        rows.nth(0).locator('button[data-edit="split"]').click()
        page.locator("#align-state", has_text="alignment saved").wait_for(timeout=10_000)
        assert rows.count() == before
        rows.nth(0).locator('button[data-edit="merge"]').click()
        page.locator("#align-state", has_text="alignment saved").wait_for(timeout=10_000)
        assert errors == []
    finally:
        server.shutdown()
        server.server_close()

    saved = json.loads((tmp_path / "report.alignment.json").read_text(encoding="utf-8"))
    assert saved["beads"][0] == [[0, 1], [0, 1]]
    again = run_cli("qa", str(src), str(tgt), "-o", str(tmp_path / "report.html"), "--format",
                    "json", "--no-embeddings", "--no-mt")  # fmt: skip
    assert again.returncode == 0, again.stderr
    segments = json.loads(report.read_text(encoding="utf-8"))["segments"]
    assert len(segments) == before - 1 and segments[0]["bead"] == "2-2"
    assert "alignment:manual:report.alignment.json" in json.loads(report.read_text())["signature"]
    # A revised translation: the correction was made on other texts and is not used.
    tgt.write_text(EN.replace("42 million", "24 million"), encoding="utf-8")
    revised = run_cli("qa", str(src), str(tgt), "-o", str(report), "--format", "json",
                      "--no-embeddings", "--no-mt")  # fmt: skip
    assert "report.alignment.json was made on other texts; aligned afresh" in revised.stderr


def test_a_translation_sentence_moves_to_the_row_above(browser, tmp_path):
    """Re-pairing: the second translation sentence belongs with the first source one."""
    es = "El alcalde inauguró el puente.\n\nLa obra costó tres millones.\n"
    en = "The mayor opened the bridge.\n\nIt was a long-awaited day.\n"
    src, tgt = tmp_path / "p.es.txt", tmp_path / "p.en.txt"
    src.write_text(es, encoding="utf-8")
    tgt.write_text(en, encoding="utf-8")
    report = tmp_path / "report.html"
    from tests.conftest import run_cli

    done = run_cli("qa", str(src), str(tgt), "-o", str(report), "--no-embeddings", "--no-mt",
                   "--force")  # fmt: skip
    assert done.returncode == 0, done.stderr
    server, url = _served(str(report))
    try:
        page = browser.new_page()
        page.goto(url)
        rows = page.locator("#segments tbody.seg")
        last = rows.nth(rows.count() - 1)
        assert "tres millones" in last.locator("td.src").inner_text()
        last.locator('button[data-edit="up"]').click()
        page.locator("#align-state", has_text="alignment saved").wait_for(timeout=10_000)
        assert "long-awaited" in rows.nth(rows.count() - 2).locator("td.tgt").inner_text()
        assert rows.nth(rows.count() - 1).locator("td.tgt").inner_text() == "∅"
    finally:
        server.shutdown()
        server.server_close()
    import json

    saved = json.loads((tmp_path / "report.alignment.json").read_text(encoding="utf-8"))
    assert saved["beads"][-2:] == [[[0], [0, 1]], [[1], []]]
