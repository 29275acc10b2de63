"""Which texts an index build embeds (:func:`aligner.pipelines.trace.prepare.entries_of`).

The Spanish document below was written for these tests (an invented town, Arcelia); no
model runs here: only which sentences and quoted spans are listed to embed.
"""

from __future__ import annotations

from aligner.alignment.engine import load_document
from aligner.pipelines.trace.prepare import QUOTE, entries_of, same_words

TEXT = "\n\n".join([
    "El alcalde de Arcelia, Tomás Urrutia, habló ayer ante los vecinos del barrio alto.",
    "«No vamos a cerrar la escuela del barrio.»",
    "«El agua llegará en marzo», dijo Urrutia a los periodistas.",
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
