"""Apertium in chunks: a long document always gets its translation, chunk by chunk.

Real Apertium (spa-eng), no mocks. The sentences were written for these tests.
"""

from __future__ import annotations

import io

import pytest

from aligner.alignment import mt
from aligner.alignment.engine import align, load_document
from aligner.alignment.mt import Apertium, MtFailed, chunks, installed_modes
from aligner.types import AlignConfig

needs_apertium = pytest.mark.skipif(
    "spa-eng" not in installed_modes(), reason="apertium-eng-spa is not installed"
)

# Written for this test: sentences Apertium's transfer rules reorder and that end in
# something else than a full stop, so a chunk cut inside one would change its output.
ES = [
    "La casa blanca de mi abuela tenía un jardín muy grande.",
    "¿Dónde está el libro que me prestaste ayer?",
    "El perro negro no quiso comer nada esta mañana.",
    "Los niños jugaban en la plaza mientras llovía",
    "Dijo: «Volveré mañana, si el tren no se retrasa»",
    "Nunca había visto un río tan ancho como aquel.",
    "¡Qué frío hace en las montañas del norte!",
    "La reunión terminó tarde y todos se fueron a casa cansados.",
]
EN = [
    "My grandmother's white house had a very large garden.",
    "Where is the book you lent me yesterday?",
    "The black dog would not eat anything this morning.",
    "The children were playing in the square while it rained.",
    "He said: 'I will be back tomorrow, if the train is not late.'",
    "I had never seen a river as wide as that one.",
    "How cold it is in the northern mountains!",
    "The meeting ended late and everyone went home tired.",
]


def test_chunks_cover_every_text_once_in_order_and_stay_under_the_limit():
    texts = ["a" * n for n in (5, 40, 3, 120, 8, 8, 8, 60)]
    ranges = chunks(texts, limit=64)
    assert [i for start, end in ranges for i in range(start, end)] == list(range(len(texts)))
    for start, end in ranges:
        size = sum(len(t) + len("\n.\n") for t in texts[start:end])
        assert size <= 64 or end - start == 1  # only a text longer than the limit alone
    assert (3, 4) in ranges  # the 120-character text is a chunk of its own
    assert chunks([], limit=64) == []


@needs_apertium
def test_chunked_translation_equals_the_unchunked_one_and_is_kept_per_text(own_cache, monkeypatch):
    whole = Apertium("es", "en")
    expected = whole.translate_marked(ES)
    assert whole.calls == 1
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(own_cache / "chunked"))  # nothing kept yet
    shown = io.StringIO()
    # 160 characters a chunk: three chunks of two or three sentences (the second and
    # third start after a sentence without a full stop).
    chunked = Apertium("es", "en", chunk_chars=160, progress=shown)
    assert chunked.translate_marked(ES) == expected
    assert chunked.calls == len(chunks(ES, 160)) == 3
    assert shown.getvalue().splitlines() == [
        f"aligner: apertium spa-eng: {done} of {len(ES)} sentences translated" for done in (3, 6, 8)
    ]
    # The next run reads every text from the cache; a changed sentence is the only one
    # translated again, and a text read in a batch is read back alone, or in another.
    again = Apertium("es", "en", chunk_chars=160, progress=io.StringIO())
    assert again.translate_marked(ES) == expected
    assert again.calls == 0
    changed = Apertium("es", "en", chunk_chars=160, progress=io.StringIO())
    out = changed.translate_marked([*ES[:-1], "La reunión terminó pronto."])
    assert out[:-1] == expected[:-1] and out[-1] != expected[-1]
    assert changed.calls == 1
    alone = Apertium("es", "en")
    assert alone.translate_marked([ES[4], ES[1]]) == [expected[4], expected[1]]
    assert alone.calls == 0


@needs_apertium
def test_a_chunk_that_times_out_is_a_named_warning_and_in_the_signature(monkeypatch, own_cache):
    src = load_document("src", "es", True, "\n".join(ES))
    tgt = load_document("tgt", "en", True, "\n".join(EN))
    # Apertium cannot answer in a millisecond: a real timeout of the real process.
    monkeypatch.setattr(mt, "_TIMEOUT", 0.001)
    with pytest.raises(MtFailed, match=r"texts 1–8 of 8 \(chunk 1 of 1\): no answer in"):
        Apertium("es", "en").translate(ES)
    failed = align(src, tgt, embedder=None)
    off = align(src, tgt, embedder=None, config=AlignConfig(use_mt=False))
    assert failed.signature.endswith("|mt:failed:apertium:spa-eng")
    assert off.signature.endswith("|mt:none")
    assert len(failed.warnings) == 1
    assert failed.warnings[0].startswith("apertium:spa-eng failed on texts 1–8 of 8")
    assert failed.warnings[0].endswith("; confidence scored without MT")
    # Scored as without MT, the same beads and confidences.
    assert [(b.src, b.tgt, b.confidence) for b in failed.beads] == [
        (b.src, b.tgt, b.confidence) for b in off.beads
    ]


@needs_apertium
def test_quiet_commands_print_no_chunk_progress(monkeypatch, tmp_path, own_cache):
    from click.testing import CliRunner

    from aligner.cli.app import cli

    # Chunks of 160 characters (three for these sentences) so a short pair shows progress.
    monkeypatch.setattr(mt, "chunks", lambda texts, limit: chunks(texts, 160))
    src, tgt = tmp_path / "src.txt", tmp_path / "tgt.txt"
    src.write_text("\n".join(ES) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(EN) + "\n", encoding="utf-8")
    args = ["align", str(src), str(tgt), "--presegmented", "--no-embeddings"]
    loud = CliRunner().invoke(cli, args)
    quiet = CliRunner().invoke(cli, [*args, "--quiet"])
    assert loud.exit_code == quiet.exit_code == 0, loud.output + quiet.output
    assert "apertium spa-eng: 8 of 8 sentences translated" in loud.stderr
    assert "apertium" not in quiet.stderr and quiet.stderr == ""
    assert quiet.stdout == loud.stdout  # the same alignment either way
    # The block ends: progress is shown again (for texts not translated yet).
    with mt.silenced_progress():
        pass
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(tmp_path / "fresh-cache"))
    shown = io.StringIO()
    Apertium("es", "en", chunk_chars=160, progress=shown).translate(ES)
    assert shown.getvalue().count("sentences translated") == 3


@needs_apertium
def test_the_drift_checks_analyser_and_dictionary_runs_are_kept_too(monkeypatch, own_cache):
    from aligner.drift import lexical_diff

    starts: list[list[str]] = []
    real = mt.run_apertium

    def counted(argv: list[str], text: str):
        starts.append(argv)
        return real(argv, text)

    monkeypatch.setattr(mt, "run_apertium", counted)
    first = lexical_diff.analyse(ES[:3], "es", "en")
    assert first is not None and len(starts) == 2  # the tagger, then the dictionary
    again = lexical_diff.analyse(ES[:3], "es", "en")
    assert again == first and len(starts) == 2  # both read back, no process
    later = lexical_diff.analyse(ES[3:5], "es", "en")
    assert later is not None and len(starts) == 4  # other texts: both stages run
    # Each text is kept on its own: texts of both batches, together and in another
    # order, are read back without a process, as they were read in their batches.
    mixed = lexical_diff.analyse([ES[4], ES[1]], "es", "en")
    assert mixed == [later[1], first[1]] and len(starts) == 4
    # A batch with one new text sends that text alone.
    lexical_diff.analyse([ES[0], ES[5]], "es", "en")
    assert len(starts) == 6
