"""Clause candidates of `aligner trace` (:func:`clause_passages`), on text written here.

A long source sentence also gives its clauses as candidates, with file offsets that cut
them out of the source; a short sentence gives none. What a statement's sentence in the
article reaches (:class:`_Reached`) is a sentence with its clauses, as an index files them.
"""

from __future__ import annotations

import numpy as np

from aligner.alignment.engine import load_document
from aligner.pipelines.trace import _Reached, source_passages
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


def test_what_a_statements_article_sentence_reaches_is_a_sentence_with_its_clauses():
    doc = load_document("pesca3.txt", "es", text=SOURCE)
    passages = list(source_passages(0, doc, True))
    long_one = next(k for k, p in enumerate(passages) if p.text == doc.sentences[0].text)
    # The window of both sentences nearer still: an index holds no windows, so neither does
    # what the article's sentence reaches.
    cosines = [0.9 if k == long_one else 0.95 if p.start < doc.sentences[0].end < p.end else 0.1
               for k, p in enumerate(passages)]  # fmt: skip
    reached = _Reached(passages, [doc]).by(np.asarray(cosines), n=1)
    assert reached[0] == long_one  # the nearest single sentence (not a window of two)...
    kinds = {passages[k].text: passages[k].kind for k in reached[1:]}
    # ...then the clauses filed under it, as an index offers them; nothing of the other
    assert kinds["pero advirtió de la falta de marineros jóvenes en el puerto"] == "clause"
    assert all(passages[k].end <= doc.sentences[0].end for k in reached)
