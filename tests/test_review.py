"""Review decisions: their keys, their file, the local server that saves them."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest

from aligner.errors import InputError
from aligner.quality.checks import Issue, Segment
from aligner.quality.review import (
    Decision,
    Review,
    finding_key,
    load_review,
    review_path,
    save_review,
)
from aligner.quality.review_server import make_server
from tests.conftest import run_cli

# Written for these tests.
SEG = Segment("3", 3, "Llegaron 450 personas.", "540 people arrived.")
ISSUE = Issue("qa.numbers", "critical", "450 became 540.", (9, 12), (0, 3))


def test_a_key_follows_the_finding_not_its_number_or_its_neighbours():
    moved = Segment("17", 17, SEG.src, SEG.tgt)  # renumbered by a new alignment
    assert finding_key(moved, ISSUE) == finding_key(SEG, ISSUE)
    fixed = Segment("3", 3, SEG.src, "450 people arrived.")  # the translation was revised
    assert finding_key(fixed, ISSUE) != finding_key(SEG, ISSUE)
    other_check = Issue("qa.names", "major", "x", (9, 12), (0, 3))
    assert finding_key(SEG, other_check) != finding_key(SEG, ISSUE)


def test_decisions_round_trip_and_a_bad_file_is_one_clear_error(tmp_path):
    path = str(tmp_path / "r.review.json")
    assert review_path(str(tmp_path / "r.html")) == path
    assert load_review(path).decisions == {}
    save_review(Review(path, {"k1": Decision("fixed", "done «now»", "qa.numbers", "450")}))
    assert load_review(path).decisions["k1"] == Decision("fixed", "done «now»", "qa.numbers", "450")
    (tmp_path / "r.review.json").write_text(
        '{"schema": "aligner-review/1", "decisions": {"k": {"status": "maybe"}}}', encoding="utf-8"
    )
    with pytest.raises(InputError, match="status must be one of accepted, false_alarm, fixed"):
        load_review(path)


def test_the_server_saves_valid_decisions_only(tmp_path):
    report = tmp_path / "report.html"
    report.write_text("<!DOCTYPE html><title>r</title>", encoding="utf-8")
    server = make_server(str(report))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/review"
    try:
        good = json.dumps(
            {
                "schema": "aligner-review/1",
                "decisions": {"k": {"status": "accepted", "comment": "ok"}},
            }
        )
        request = urllib.request.Request(url, good.encode(), {"Content-Type": "application/json"})
        assert urllib.request.urlopen(request).status == 204
        assert load_review(str(tmp_path / "report.review.json")).decisions["k"].status == "accepted"
        bad = urllib.request.Request(url, b'{"schema": "other"}', method="POST")
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(bad)
        assert info.value.code == 400
        # The bad post left the saved decisions as they were.
        assert load_review(str(tmp_path / "report.review.json")).decisions["k"].comment == "ok"
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(url.replace("/review", "/etc/passwd"))
        assert info.value.code == 404
    finally:
        server.shutdown()
        server.server_close()


def test_review_of_a_missing_report_is_one_line(tmp_path):
    done = run_cli("review", str(tmp_path / "nope.html"))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"aligner: error: {tmp_path / 'nope.html'}: no such file"]


def test_qa_with_a_damaged_review_file_refuses_before_any_work(tmp_path):
    (tmp_path / "a.es.txt").write_text("Hola.\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("Hello.\n", encoding="utf-8")
    (tmp_path / "report.review.json").write_text("{not json", encoding="utf-8")
    done = run_cli("qa", str(tmp_path / "a.es.txt"), str(tmp_path / "a.en.txt"), "-o",
                   str(tmp_path / "report.html"), "--no-embeddings", "--no-mt")  # fmt: skip
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert "report.review.json: is not a review file" in line
    assert not (tmp_path / "report.html").exists()


@pytest.mark.parametrize(
    ("beads", "problem"),
    [
        ([[[0], [0]], [[2], [1]]], "bead 1: sentences must follow on from the bead before"),
        ([[[0], [0]]], "covers 1 source and 1 target sentences; the documents have 2 and 2"),
        ([[[0], [0]], [[], []], [[1], [1]]], "bead 1: expected [[source indices], [target"),
        ([[[0, 1], ["x"]]], "bead 0: expected [[source indices], [target"),
        ([], "'beads' must be a non-empty list"),
    ],
)
def test_a_corrected_alignment_must_cover_both_documents_in_order(beads, problem):
    from aligner.io.corrected import SCHEMA, parse_beads

    with pytest.raises(InputError) as info:
        parse_beads("c.json", {"schema": SCHEMA, "beads": beads}, 2, 2)
    assert problem in str(info.value)


def test_a_good_corrected_alignment_gives_confident_beads():
    from aligner.io.corrected import SCHEMA, parse_beads

    beads = parse_beads("c.json", {"schema": SCHEMA, "beads": [[[0, 1], [0]], [[], [1]]]}, 2, 2)
    assert [(b.src, b.tgt, b.confidence) for b in beads] == [((0, 1), (0,), 1.0), ((), (1,), 1.0)]
