"""The embedding cache: each distinct text embedded once, shared safely between processes."""

import sqlite3
import subprocess
import sys

import numpy as np

from aligner.alignment.embed import BATCH, BATCH_CHARS, Embedder, batch_ranges

TEXTS = [
    "La canciller llegó a Caracas el martes.",
    "The foreign minister arrived in Caracas on Tuesday.",
    "Se firmaron once acuerdos de cooperación.",
]


def test_second_call_is_served_from_the_cache(tmp_path):
    path = str(tmp_path / "e.sqlite")
    first = Embedder(cache_path=path)
    vectors = first.embed(TEXTS)
    assert first.computed == 3
    second = Embedder(cache_path=path)
    again = second.embed(TEXTS + TEXTS[:1])
    assert second.computed == 0
    np.testing.assert_array_equal(again[:3], vectors)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


def test_cross_lingual_paraphrase_is_closer_than_an_unrelated_sentence(tmp_path):
    vectors = Embedder(cache_path=None).embed(TEXTS)
    assert vectors[0] @ vectors[1] > vectors[1] @ vectors[2]


def test_alignment_embeds_each_sentence_once_whatever_the_bead_sizes(embedder, tmp_path):
    from aligner.alignment.engine import align, load_document

    src = load_document("s", "es", True, "\n".join(TEXTS[0::2] * 3))
    tgt = load_document("t", "en", True, "\n".join([TEXTS[1]] * 3))
    distinct = {s.text for s in src.sentences} | {s.text for s in tgt.sentences}
    # The first pass embeds each distinct sentence once, and nothing else.
    first_only = Embedder(cache_path=None)
    align(src, tgt, embedder=first_only, overlap=False)
    assert first_only.computed == len(distinct)
    # The second pass adds the concatenations of a few spans near the path; each text is
    # still embedded once: aligning again with the same cache computes nothing new.
    fresh = Embedder(cache_path=str(tmp_path / "cache.sqlite"))
    align(src, tgt, embedder=fresh)
    assert len(distinct) <= fresh.computed <= len(distinct) + len(src.sentences) * 2
    before = fresh.computed
    align(src, tgt, embedder=fresh)
    assert fresh.computed == before


WRITER = """
import sys
from aligner.alignment.embed import BATCH, BATCH_CHARS, Embedder, batch_ranges
e = Embedder(cache_path=sys.argv[1])
e.embed([f"Frase número {i} del proceso {sys.argv[2]}." for i in range(40)])
"""


def test_concurrent_writers_share_one_cache(tmp_path):
    path = str(tmp_path / "shared.sqlite")
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, path, str(k)]) for k in range(2)]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT COUNT(*) FROM vectors").fetchone() == (80,)


def test_batches_are_big_for_sentences_smaller_for_long_texts_and_cover_every_text_once():
    short = [40] * (BATCH + 70)  # sentences: full batches
    assert batch_ranges(short) == [(0, BATCH), (BATCH, BATCH + 70)]
    lengths = sorted([40] * 10 + [900] * 100 + [2000] * 40 + [BATCH_CHARS + 5])
    ranges = batch_ranges(lengths)
    assert [i for start, end in ranges for i in range(start, end)] == list(range(len(lengths)))
    for start, end in ranges:  # within the budget, or a single text over it
        assert (end - start) * lengths[end - 1] <= BATCH_CHARS or end - start == 1
    # At the embedder's 2,000-character cut, 32 a batch (the memory batches of 32 took).
    assert [end - start for start, end in ranges if lengths[start] == 2000] == [32, 8]
    assert ranges[-1] == (len(lengths) - 1, len(lengths))  # the one over the budget alone
    assert batch_ranges([]) == []


def test_vectors_do_not_depend_on_the_batch_a_text_was_in(monkeypatch):
    from aligner.alignment import embed

    # Written here: five sentences of different lengths, embedded in one batch and in
    # batches of two; the model masks padding, so the vectors are the same bit for bit.
    texts = [
        "Llueve.",
        "El tren salió tarde de la estación.",
        "Hoy no hay clase.",
        "La comisión aprobó el presupuesto del puerto para el año que viene.",
        "Sí.",
    ]
    together = Embedder(cache_path=None).embed(texts)
    monkeypatch.setattr(embed, "BATCH", 2)
    assert len(batch_ranges([len(t) for t in texts])) == 3
    np.testing.assert_array_equal(together, Embedder(cache_path=None).embed(texts))
