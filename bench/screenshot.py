"""Write docs/report.png: the QA report of the seed article in headless Chromium.

    python bench/screenshot.py [--output docs/report.png]

Uses Debian's /usr/bin/chromium through Playwright (never a downloaded browser), the
e5 model and Apertium when installed, as `aligner qa` would.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from aligner.alignment.engine import load_document
from aligner.io.atomic import write_text_atomic
from aligner.pipelines.qa import qa_documents
from aligner.quality.report import to_html

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
SEED = ("corpora/seed/lavrov.es.txt", "corpora/seed/lavrov.en.txt")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", default=os.path.join(REPO, "docs", "report.png"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    os.chdir(REPO)  # the report names the files as a user in the repository gives them
    src, tgt = load_document(SEED[0], "es"), load_document(SEED[1], "en")
    result = qa_documents(src, tgt)
    with tempfile.TemporaryDirectory() as folder:
        page_path = os.path.join(folder, "report.html")
        write_text_atomic(page_path, to_html(result))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto("file://" + page_path)
            page.check("#only-flagged")
            page.keyboard.press("j")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=args.output)
            browser.close()
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
