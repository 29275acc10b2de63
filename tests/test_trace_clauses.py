"""Clause candidates of `aligner trace` (:func:`clause_passages`), on text written here.

A long source sentence also gives its clauses as candidates, with file offsets that cut
them out of the source; a short sentence gives none.
"""

from __future__ import annotations

from aligner.alignment.engine import load_document
from aligner.pipelines.trace import source_passages
from aligner.pipelines.trace.candidates import CLAUSE_MIN_LEN, clause_passages
from aligner.statements.quotes import find_statements

# Written for these tests: one long narrative sentence of two clauses, one short one.
SOURCE = (
    "El presidente de la asociación de pescadores, Tomás Irigoyen, celebró las capturas "
    "del verano pero advirtió de la falta de marineros jóvenes en el puerto.\n\n"
    "Irigoyen pidió más ayudas.\n"
)


def test_a_long_sentence_gives_its_clauses_with_offsets_into_the_file():
    doc = load_document("pesca.txt", "es", text=SOURCE)
    clauses = clause_passages(0, doc, find_statements(doc))
    texts = [p.text for p in clauses]
    assert "pero advirtió de la falta de marineros jóvenes en el puerto" in texts
    for p in clauses:
        assert p.kind == "clause"
        assert " ".join(doc.text[p.start : p.end].split()) == p.text
        assert len(p.text.split()) >= CLAUSE_MIN_LEN
        assert "Irigoyen pidió" not in p.text  # the short sentence gives no clause
        assert p.context.endswith("en el puerto.")  # its own sentence is its context


def test_clauses_are_candidates_only_when_asked_and_never_repeat_a_span():
    doc = load_document("pesca2.txt", "es", text=SOURCE)
    without = source_passages(0, doc, False)
    with_clauses = source_passages(0, doc, True)
    assert not any(p.kind == "clause" for p in without)
    added = [p for p in with_clauses if p.kind == "clause"]
    assert added and len(with_clauses) == len(without) + len(added)
    spans = [(p.start, p.end) for p in with_clauses]
    assert len(spans) == len(set(spans))
