"""Session 18 (speed23): selective embedding gives e5 each sentence's text cut at
``Settings.embed_chars`` characters (aligner.alignment.region_vectors.clipped).
Sentences here were written for these tests."""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.alignment.region_vectors import RegionVectors, clipped
from aligner.alignment.selective import Settings
from tests.test_selective import EN, ES, CountingEmbedder, _select_without_mt

LONG = (
    "Cuando el barco dejó el puerto de madrugada, los pescadores del muelle levantaron "
    "la vista de las redes y vieron que la vela mayor llevaba un remiendo azul."
)


def test_clipped_cuts_at_a_word_end_within_the_limit():
    assert clipped("una frase corta", 40) == "una frase corta"  # fits: whole
    assert clipped("una frase corta", 15) == "una frase corta"  # exactly the limit
    assert clipped("una frase corta", 14) == "una frase"  # never half a word
    assert clipped("una frase corta", 10) == "una frase"  # a word ending at the limit
    assert clipped("supercalifragilístico y más", 5) == "super"  # one long first word
    for limit in (20, 60, 100, 149):
        cut = clipped(LONG, limit)
        assert len(cut) <= limit
        assert LONG.startswith(cut) and LONG[len(cut)] == " "
        assert not cut.endswith(" ")


def test_region_vectors_embed_the_cut_text(embedder):
    counting = CountingEmbedder(embedder)
    short = "El perro duerme."
    vectors = RegionVectors(2, 1, cut=60)
    vectors.fill([(0, 2, 0, 1)], [LONG, short], ["The dog sleeps."], counting)
    assert counting.asked == {clipped(LONG, 60), short, "The dog sleeps."}
    expected = embedder.embed([clipped(LONG, 60), LONG])
    assert np.array_equal(vectors.src[0], expected[0])
    assert not np.array_equal(vectors.src[0], expected[1])  # the cut changes the vector
    whole = RegionVectors(2, 1)
    whole.fill([(0, 2, 0, 1)], [LONG, short], ["The dog sleeps."], CountingEmbedder(embedder))
    assert np.array_equal(whole.src[0], expected[1])


def test_selective_gives_the_model_cut_sentences_and_whole_concatenations(embedder):
    sentences = {s for p in ES + EN for s in p}
    cut = 40
    # The story's cheap pass without MT (its cut is bare_embed_chars): at 40 characters.
    settings = dataclasses.replace(Settings(), bare_embed_chars=cut, span_margin=1.0)
    _chosen, _beads, asked = _select_without_mt(embedder, settings)
    long_ones = {s for s in sentences if len(s) > cut}
    clipped_ones = {clipped(s, cut) for s in long_ones}
    assert asked & clipped_ones  # some long sentence of a region went in cut
    assert not asked & long_ones  # and none whole
    # The second pass's concatenated spans are whole: longer than the cut.
    concatenations = asked - sentences - clipped_ones
    assert concatenations and all(len(text) > cut for text in concatenations)


def test_the_cut_is_on_with_mt_off_without_and_in_the_signature():
    assert Settings().embed_chars > 0
    assert f"embed_chars={Settings().embed_chars}" in Settings().signature()
    # Without Apertium's translation e5 is the regions' only evidence of meaning.
    assert Settings().without_mt().embed_chars == 0


def test_without_mt_the_story_goes_to_the_model_whole(embedder):
    sentences = {s for p in ES + EN for s in p}
    settings = dataclasses.replace(Settings(), embed_chars=40, span_margin=1.0)
    _chosen, _beads, asked = _select_without_mt(embedder, settings)
    assert asked & {s for s in sentences if len(s) > 40}
    assert not asked & {clipped(s, 40) for s in sentences if len(s) > 40}
