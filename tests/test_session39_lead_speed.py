"""The session-39 speed-ups keep every answer as it was (docs/benchmarks.md, "Session 39"):
tokens cached per text, cue tables looked up by identity, aliases and places narrowed
before their full test, the Dice product of bitsets in float64. Each test compares the
fast path with the plain computation it replaced, on text written here."""

from __future__ import annotations

import numpy as np

from aligner.alignment.bitsets import bitsets, dice_cost, popcount
from aligner.drift.text import find_cues, labelled, tokenize
from aligner.lang.places import _prefixes, place_of
from aligner.textutil import fold_accents


def test_a_cached_tokenization_is_a_fresh_list_each_time() -> None:
    text = "El ministro no descartó nuevas medidas, dijo el portavoz."
    first = tokenize(text)
    first.pop()
    first.insert(0, first[-1])
    again = tokenize(text)
    assert again != first
    assert [t.text for t in again][-1] == "."
    assert [t.text for t in again][:2] == ["El", "ministro"]


def test_equal_cue_tables_match_alike_whatever_their_identity() -> None:
    ws = tokenize("No es la primera vez que el Gobierno no descarta subir los impuestos.")
    table = labelled(("no es la primera vez", "no descart*", "no"), "neg")
    rebuilt = tuple(list(table))
    assert rebuilt is not table
    assert find_cues(ws, table) == find_cues(ws, rebuilt) == find_cues(ws, list(table))
    assert [c.label for c in find_cues(ws, table)] == ["neg", "neg"]


def _place_by_every_prefix(word: str) -> str | None:
    w = fold_accents(word.lower())
    return next((place for prefix, place in _prefixes() if w.startswith(prefix)), None)


def test_places_by_first_letter_are_the_places_by_every_prefix() -> None:
    words = (
        "Níger nigeriano Nigeria Austria australianos Dominica dominicano Guinea guineano "
        "Congo congoleño Sudán sudanés Irán iraquí Iraq Islandia Irlanda Eslovaquia "
        "Eslovenia Corea Georgia ministro el de"
    ).split()
    for word in words:
        assert place_of(word) == _place_by_every_prefix(word), word
    assert place_of("Níger") != place_of("Nigeria")


def test_the_float64_dice_is_the_popcount_dice_to_the_last_bit() -> None:
    rng = np.random.default_rng(39)
    items = [[f"w{rng.integers(0, 400)}" for _ in range(rng.integers(0, 20))] for _ in range(90)]
    left, right = bitsets(items[:40]), bitsets(items[40:])
    lc, rc = popcount(left), popcount(right)
    shared = np.array([[int(np.bitwise_count(a & b).sum()) for b in right] for a in left])
    total = lc[:, None] + rc[None, :]
    expected = np.where(total == 0, 0.0, 1.0 - 2.0 * shared / np.maximum(total, 1))
    assert np.array_equal(dice_cost(left, right, lc, rc), expected)
