"""A word added next to a modifier the literal MT keeps, session 21 (docs/drift.md,
"Session 21 (drift26a)").

The added word renders no source word and is in no form in Apertium's literal MT; it
stands beside another modifier of the same noun, which the MT keeps either before the
noun ("three main towers" → "three main stone towers") or after it, in the source's
order ("the groups of consumers" → "consumer protection groups"). Each quiet case is a
faithful twin or a guard: the word renders a source word ("locales"), or makes one
WordNet entry with the noun ("bell towers"). The sentences are written here for these
tests; none is taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import load_translator
from aligner.drift.beside_modifiers import added_beside
from aligner.drift.lexical_diff import analyse
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()

_GROUPS = "Ayer, los grupos de consumidores pidieron una respuesta al gobierno."
_LOCAL = "Ayer, los grupos de consumidores locales pidieron una respuesta al gobierno."
_CASTLE = "El castillo tiene tres torres principales."
_CASES = [
    # the MT keeps the other modifier after the noun ("the groups of consumers")
    (_GROUPS, "Yesterday, consumer protection groups asked the government for a response."),
    (_GROUPS, "Yesterday, consumer groups asked the government for a response."),
    # the word beside the kept one renders a source word ("locales")
    (_LOCAL, "Yesterday, local consumer groups asked the government for a response."),
    # the MT keeps the other modifier before the noun ("three main towers")
    (_CASTLE, "The castle has three main stone towers."),
    (_CASTLE, "The castle has three main towers."),
    # the added word and the noun make one WordNet entry: one unit in two words
    (_CASTLE, "The castle has three main bell towers."),
]


@pytest.fixture(scope="module")
def analysed() -> dict[str, tuple]:
    """Each case's source, translation and MT word by word (four Apertium calls)."""
    mts = load_translator("es", "en", pivot=False).translate([s for s, _ in _CASES])
    src = analyse([s for s, _ in _CASES], "es", "en")
    tgt = analyse([t for _, t in _CASES], "en", "es")
    mt = analyse(mts, "en", "es")
    assert src and tgt and mt
    return {t: (s, w, m) for (_, t), s, w, m in zip(_CASES, src, tgt, mt, strict=True)}


@pytest.mark.parametrize(
    "tgt,added",
    [
        (_CASES[0][1], ("protection", "groups")),
        (_CASES[1][1], None),
        (_CASES[2][1], None),
        (_CASES[3][1], ("stone", "towers")),
        (_CASES[4][1], None),
        (_CASES[5][1], None),
    ],
)
def test_added_beside_a_kept_modifier(analysed: dict, tgt: str, added: tuple | None) -> None:
    found = added_beside(*analysed[tgt])
    assert (found and (found[0].surface, found[1].surface)) == added


@pytest.mark.parametrize(
    "src,tgt,reported",
    [(_CASES[3][0], _CASES[3][1], True), (_CASES[4][0], _CASES[4][1], False)],
)
def test_reported_as_an_addition(src: str, tgt: str, reported: bool) -> None:
    """Through the whole check (both pairs in one batch): the added word is an addition
    at major; its faithful twin has none."""
    assert ("addition" in alarm_types(__name__, src, tgt)) == reported
