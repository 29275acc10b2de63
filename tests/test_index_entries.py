"""Which texts an index build embeds (:func:`aligner.pipelines.trace.prepare.entries_of`).

The Spanish document below was written for these tests (an invented town, Arcelia); no
model runs here: only which sentences and quoted spans are listed to embed.
"""

from __future__ import annotations

from aligner.alignment.engine import load_document
from aligner.pipelines.trace import prepare
from aligner.pipelines.trace.indexed import _Entry, _span_group
from aligner.pipelines.trace.prepare import QUOTE, entries_of, same_words, vector_texts
from aligner.statements.speakers import NO_SPEAKER

TEXT = "\n\n".join([
    "El alcalde de Arcelia, Tomás Urrutia, habló ayer ante los vecinos del barrio alto.",
    "«No vamos a cerrar la escuela del barrio.»",
    "«El agua llegará en marzo», dijo Urrutia a los periodistas.",
    "«Las obras empiezan el lunes. Durarán dos meses y no cortaremos la calle», prometió "
    "Urrutia.",
    "«El puerto tendrá una grúa nueva antes de que acabe el verano», aseguró Urrutia.",
    "«Nadie en Arcelia se quedará sin agua este verano», dijo.",
]) + "\n"  # fmt: skip


def _entries(tmp_path):
    path = tmp_path / "arcelia.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = load_document(str(path), "es")
    return entries_of(doc)


def test_a_quote_that_is_its_whole_sentence_is_not_embedded_twice(tmp_path):
    entries, _statements, spans = _entries(tmp_path)
    quoted = [e[4] for e in entries if e[0] == QUOTE]
    sentences = [e[4] for e in entries if e[0] != QUOTE]
    assert "«No vamos a cerrar la escuela del barrio.»" in sentences
    # the span inside the quote marks has the sentence's words: found through it (ordinal 1)
    assert not any("cerrar la escuela" in q for q in quoted)
    assert any(sp[0] == 1 and "cerrar la escuela" in sp[3] for sp in spans)


def test_a_quote_that_is_part_of_its_sentence_is_still_embedded(tmp_path):
    entries, _statements, _spans = _entries(tmp_path)
    quoted = [e[4] for e in entries if e[0] == QUOTE]
    assert "El agua llegará en marzo" in quoted


def test_same_words_ignores_quote_marks_case_and_punctuation_only():
    assert same_words("No vamos a cerrar la escuela", "«No vamos a cerrar la escuela.»")
    assert same_words("¿Y después?", "—¿Y después?")
    assert not same_words("No vamos a cerrar", "«No vamos a cerrar la escuela.»")
    assert not same_words("la escuela no vamos a cerrar", "No vamos a cerrar la escuela.")


def test_a_quote_across_sentences_is_found_through_them_not_embedded(tmp_path):
    entries, _statements, spans = _entries(tmp_path)
    quoted = [e[4] for e in entries if e[0] == QUOTE]
    assert not any("Durarán dos meses" in q for q in quoted)
    # filed under its first sentence (ordinal 3: «Las obras empiezan el lunes.)
    assert [sp[0] for sp in spans if "Durarán dos meses" in sp[3]] == [3]


def test_a_quote_across_sentences_is_scored_as_their_window_by_its_words_in_each():
    def entry(id_, ordinal, start, end):
        return _Entry(id_, 0, ordinal, start, end, "x" * (end - start), NO_SPEAKER)

    sents = {3: entry(30, 3, 189, 218), 4: entry(40, 4, 219, 281), 5: entry(50, 5, 283, 300)}
    across = _span_group(sents, entry(-1, QUOTE, 190, 261))
    assert across.rows == [30, 40]  # not sentence 5, which the quote does not reach
    assert across.weights == [28.0, 42.0]  # its characters in each: the reporting clause not
    inside = _span_group(sents, entry(-1, QUOTE, 220, 250))
    assert (inside.rows, inside.weights) == ([40], [1.0])  # its sentence's own vector


def test_a_quote_that_is_most_of_its_sentence_is_left_to_the_search_to_embed(tmp_path, monkeypatch):
    # Off in the shipped index (COVERED 1.0); the option measured in docs/index.md.
    monkeypatch.setattr(prepare, "COVERED", 0.6)
    entries, _statements, spans = _entries(tmp_path)
    quoted = [e[4] for e in entries if e[0] == QUOTE]
    assert not any("grúa nueva" in q for q in quoted)
    # over COVERED of its sentence: filed under it (ordinal 5), embedded when a search
    # reaches the sentence (indexed.embed_deferred)
    assert [sp[0] for sp in spans if "grúa nueva" in sp[3]] == [5]


def test_a_sentence_that_is_mostly_its_quote_gets_the_quotes_vector(tmp_path):
    entries, _statements, _spans = _entries(tmp_path)
    vector_of = {e[4]: e[7] for e in entries}
    quote = "Nadie en Arcelia se quedará sin agua este verano"
    said = "«Nadie en Arcelia se quedará sin agua este verano», dijo."
    # the quote is STANDS_FOR (0.8) of its sentence or more: one text embedded for both rows
    assert vector_of[said] == vector_of[quote] == quote
    # «El puerto…» is 0.75 of its sentence, «El agua…» under half: each keeps its own
    for first in ("«El puerto", "«El agua"):
        sentence = next(t for t in vector_of if t.startswith(first))
        assert vector_of[sentence] == sentence
    assert vector_of["El agua llegará en marzo"] == "El agua llegará en marzo"
    opening = TEXT.split("\n\n")[0]  # no quote: its own vector
    assert vector_of[opening] == opening


def test_the_longest_quote_inside_a_sentence_is_the_one_it_takes():
    sentence = (0, 0, 40, "sentences", "x" * 40, "", "")
    entries = [sentence, (QUOTE, 2, 36, "quote", "a" * 34, "", ""),
               (QUOTE, 4, 10, "quote", "b" * 6, "", ""),
               (QUOTE, 30, 50, "quote", "c" * 20, "", "")]  # fmt: skip
    # the third quote reaches past the sentence: not inside it; 34 of 40 is over 0.8
    assert vector_texts(entries) == ["a" * 34, "a" * 34, "b" * 6, "c" * 20]
    assert vector_texts([sentence, entries[2]]) == ["x" * 40, "b" * 6]  # 6 of 40: too short


def test_the_clauses_of_a_long_sentence_are_filed_under_it_or_embedded_when_asked(tmp_path):
    from aligner.pipelines.trace.candidates import all_passages
    from aligner.statements.quotes import find_statements

    path = tmp_path / "arcelia.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = load_document(str(path), "es")
    # What the file route reads of this source: every passage an index must give back.
    listed = {(p.start, p.end, p.kind) for p in all_passages(0, doc, find_statements(doc))}
    clauses = {(s, e) for s, e, kind in listed if kind == "clause"}
    assert clauses  # the opening sentence (14 words) has clauses of its own
    entries, _statements, spans = entries_of(doc)
    # Not embedded: each filed under the sentence holding it, as a span of kind "clause".
    assert {(sp[1], sp[2]) for sp in spans if sp[-1] == "clause"} == clauses
    assert all(e[0] >= 0 or e[0] == QUOTE for e in entries)
    for sp in (sp for sp in spans if sp[-1] == "clause"):
        host = next(e for e in entries if e[0] == sp[0])
        assert host[1] <= sp[1] and sp[2] <= host[2]
    # Embedded when the index is built with clauses: entries of their own, their own text.
    embedded, _statements, spans = entries_of(doc, clauses=True)
    assert {(e[1], e[2]) for e in embedded if e[0] == prepare.CLAUSE} == clauses
    assert all(e[4] == e[7] for e in embedded if e[0] == prepare.CLAUSE)
    assert not [sp for sp in spans if sp[-1] == "clause"]
    assert [e for e in embedded if e[0] != prepare.CLAUSE] == entries  # the rest as before
