"""corpora/trace (written for this project): its labels are consistent with its files.

No model is run: the statement finder only. Checks that every label's quote is reported
by the finder, that gold passages occur once in their source, and that unsourced
statements are not all direct quotes (the confound docs/trace.md describes).
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

from aligner.alignment.engine import load_document
from aligner.statements.quotes import find_statements

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "trace"


def _labels() -> list[dict]:
    lines = (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@cache
def _kinds() -> list[tuple[dict, str | None]]:
    """Each label with the kind of the shortest statement containing its quote (found
    once for the module's tests: the set has 57 articles)."""
    labels = _labels()
    out = []
    for name in sorted({lb["article"] for lb in labels}):
        doc = load_document(str(CORPUS / "articles" / name), "en")
        found = find_statements(doc)
        for lb in (x for x in labels if x["article"] == name):
            hits = [s for s in found if lb["quote"] in s.content]
            out.append((lb, min(hits, key=lambda s: len(s.content)).kind if hits else None))
    return out


def test_every_label_is_reported_by_the_statement_finder():
    missing = [(lb["article"], lb["quote"]) for lb, kind in _kinds() if kind is None]
    assert missing == []


def test_gold_passages_occur_once_and_none_labels_have_no_source():
    for lb in _labels():
        assert (lb["type"] == "none") == (not lb["sources"]), lb
        for s in lb["sources"]:
            text = (CORPUS / "sources" / s["document"]).read_text(encoding="utf-8")
            assert text.count(s["text"]) == 1, (lb["article"], s["text"])


def test_unsourced_statements_include_reported_speech_and_partial_quotes():
    kinds = Counter(kind for lb, kind in _kinds() if lb["type"] == "none")
    assert kinds["direct"] >= 30
    assert kinds["indirect"] + kinds["according_to"] >= 15
    assert kinds["partial"] >= 5
