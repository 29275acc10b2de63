"""What `aligner trace` writes besides JSON: the HTML page (in a real headless Chromium)
and a TMX of the matched pairs (read back by aligner's own TMX reader), and the drift of
a quote stitched from two documents checked against both places.

The article and the Spanish documents are those of tests/test_trace.py, written for the
tests: one exact quote, one changed figure, one invented quote, one stitched from two
documents.
"""

from __future__ import annotations

import json
import os

import pytest

from aligner.io.bilingual import read_bilingual
from tests.conftest import run_cli
from tests.test_trace import ARTICLE, DISTRACTOR, EXACT, FIGURE, INVENTED, SOURCE, STITCHED
from tests.worker_share import shared_folder

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
BASE = ("trace", "article.txt", "archive", "--src-lang", "es", "--tgt-lang", "en")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The three runs, made once per test run whichever xdist worker asks first (the tests
    only read them)."""
    return shared_folder(tmp_path_factory, "trace-out", _trace_three_ways)


def _trace_three_ways(root):
    (root / "archive").mkdir()
    (root / "archive" / "rueda.txt").write_text(SOURCE, encoding="utf-8")
    (root / "archive" / "mercado.txt").write_text(DISTRACTOR, encoding="utf-8")
    # A quote whose words would break a page that did not escape them.
    hostile = ARTICLE + '\n"Buses </script><b>are</b> the future," Ortuño said.\n'
    (root / "article.txt").write_text(hostile, encoding="utf-8")
    for name in ("out.html", "out.tmx", "out.json"):
        done = run_cli(*BASE, "-o", name, cwd=str(root))
        assert done.returncode == 0, done.stderr
        assert done.stdout == ""


def test_the_json_payload_names_languages_and_the_stitched_quote_is_no_addition(folder):
    payload = json.loads((folder / "out.json").read_text(encoding="utf-8"))
    assert (payload["src_lang"], payload["tgt_lang"]) == ("es", "en")
    [stitched] = [r for r in payload["statements"] if STITCHED in r["statement"]["text"]]
    # Both halves were traced, so the market sentence is not an invented addition...
    assert "addition" not in {f["type"] for f in stitched["findings"]}, stitched["findings"]
    # ...while the changed figure still is a number finding on its own match.
    [figure] = [r for r in payload["statements"] if FIGURE in r["statement"]["text"]]
    assert "number" in {f["type"] for f in figure["findings"]}


def test_tmx_holds_the_matched_pairs_only_with_findings_as_notes(folder):
    units = read_bilingual(str(folder / "out.tmx"))
    by_target = {u.tgt: u for u in units}
    assert not any(INVENTED in t for t in by_target)  # no source: not a pair
    [exact] = [u for t, u in by_target.items() if EXACT in t]
    assert "ningún barrio quede a más de diez minutos" in exact.src
    assert (exact.src_lang, exact.tgt_lang) == ("es", "en")
    assert exact.doc == "rueda" and exact.score is not None and exact.score >= 0.5
    [figure] = [u for t, u in by_target.items() if FIGURE in t]
    assert "35 autobuses" in figure.src
    assert any(n.startswith("critical drift.number") for n in figure.notes), figure.notes


def test_tmx_with_nothing_traced_is_refused_and_nothing_written(tmp_path):
    (tmp_path / "a.txt").write_text('"We will plant ten thousand trees," the mayor said.\n',
                                    encoding="utf-8")  # fmt: skip
    (tmp_path / "s.txt").write_text("El mercado abre los domingos por la mañana.\n",
                                    encoding="utf-8")  # fmt: skip
    done = run_cli("trace", "a.txt", "s.txt", "--src-lang", "es", "--tgt-lang", "en",
                   "-o", "out.tmx", cwd=str(tmp_path))  # fmt: skip
    assert done.returncode == 2
    assert "a.txt" in done.stderr and "no statement was traced" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out.tmx").exists()


@pytest.fixture(scope="module")
def page(folder):
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        requests: list[str] = []
        errors: list[str] = []
        tab.on("request", lambda r: requests.append(r.url))
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.goto("file://" + str(folder / "out.html"))
        yield tab, requests, errors
        browser.close()


def test_the_page_shows_each_quote_beside_its_source_and_requests_nothing(page):
    tab, requests, errors = page
    assert errors == []
    assert [r for r in requests if not r.startswith("file://")] == []
    rows = tab.locator("tbody.seg")
    texts = rows.all_inner_texts()
    [exact] = [t for t in texts if EXACT in t]
    assert "ningún barrio" in exact and "archive/rueda.txt" in exact
    [invented] = [t for t in texts if INVENTED in t]
    assert "no source found" in invented
    # The hostile quote is shown as text, not run as markup.
    assert tab.locator("b", has_text="are").count() == 0
    assert any("</script><b>are</b>" in t for t in texts)
    # The changed figure is highlighted on both sides as critical.
    marks = tab.locator("mark.sev-critical").all_inner_texts()
    assert any("53" in m for m in marks) and any("35" in m for m in marks), marks


def test_the_filters_hide_rows_and_keys_walk_the_findings(page):
    tab, _requests, _errors = page
    total = tab.locator("tbody.seg").count()
    tab.check("#only-none")
    visible = tab.locator("tbody.seg:visible")
    assert 1 <= visible.count() < total
    assert all("no source found" in t for t in visible.all_inner_texts())
    tab.uncheck("#only-none")
    tab.check("#only-flagged")
    flagged = tab.locator("tbody.seg:visible").all_inner_texts()
    assert flagged and any(FIGURE in t for t in flagged)
    assert not any(INVENTED in t for t in flagged)
    tab.uncheck("#only-flagged")
    tab.keyboard.press("j")
    current = tab.locator("li.finding.current")
    assert current.count() == 1
    tab.uncheck("input[data-filter=severity][value=critical]")
    assert "critical" not in " ".join(tab.locator("li.finding:visible").all_inner_texts()).lower()
