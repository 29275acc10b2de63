"""A modifier added to a noun the literal MT leaves bare, session 20 (docs/drift.md,
"Session 20 (drift25b)").

The added word renders no source word, is in no form in Apertium's literal MT, and sits
before a noun the MT has once with nothing but an article before it and nothing after it
that the translation leaves unsaid. Each quiet case is a faithful twin or a guard: the
MT's phrase says more than the head (a prepositional phrase, a relative clause a
participle renders), the noun and the modifier make one WordNet entry. The sentences
are written here for these tests; none is taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import load_translator
from aligner.drift.bare_phrases import added_to_bare, bare_pairs
from aligner.drift.lexical_diff import analyse
from aligner.drift.pos_fluency import tag_sides
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()

_BUS = "Un hombre de 45 años que fue atropellado por un autobús sigue en el hospital."
_SCREEN = "Limpie la pantalla con un paño seco."
_CASES = [
    # an adjective before a noun the MT has bare ("by a bus is still ..."); the source's
    # verb, which the dictionary does not pair with "hit", keeps the older rule quiet
    (_BUS, "A 45-year-old man who was hit by a crowded bus is still in hospital."),
    (_BUS, "A 45-year-old man who was hit by a bus is still in hospital."),
    # a noun before a noun the MT has bare
    (
        "El año pasado visitamos los museos de la capital.",
        "Last year we visited the art museums of the capital.",
    ),
    # the MT's phrase says more after the head: the modifier may render it
    (
        "La huelga ha provocado el cierre a gran escala de las fábricas del país.",
        "The strike has led to the widespread closure of the country's factories.",
    ),
    # a relative clause after the MT's head, rendered by a participle
    ("Nadie sabe nada del cometa que viene.", "Nobody knows anything about the coming comet."),
    # a noun that makes one WordNet entry with the head, and an adjective that does not
    (_SCREEN, "Clean the touch screen with a dry cloth."),
    (_SCREEN, "Clean the greasy screen with a dry cloth."),
]


@pytest.fixture(scope="module")
def analysed() -> dict[str, tuple]:
    """Each case's source, translation and MT word by word (three Apertium calls)."""
    mts = load_translator("es", "en", pivot=False).translate([s for s, _ in _CASES])
    src = analyse([s for s, _ in _CASES], "es", "en")
    tgt = analyse([t for _, t in _CASES], "en", "es")
    mt = analyse(mts, "en", "es")
    assert src and tgt and mt
    return {t: (s, w, m) for (_, t), s, w, m in zip(_CASES, src, tgt, mt, strict=True)}


@pytest.mark.parametrize(
    "tgt,added",
    [
        (_CASES[0][1], ("crowded", "bus")),
        (_CASES[1][1], None),
        (_CASES[2][1], ("art", "museums")),
        (_CASES[3][1], None),
        (_CASES[4][1], None),
        (_CASES[5][1], None),
        (_CASES[6][1], ("greasy", "screen")),
    ],
)
def test_added_to_a_bare_noun(analysed: dict, tgt: str, added: tuple | None) -> None:
    found = added_to_bare(*analysed[tgt])
    assert (found and (found[0].surface, found[1].surface)) == added


def test_reported_as_an_addition() -> None:
    assert "addition" in alarm_types(__name__, _CASES[0][0], _CASES[0][1])
    assert "addition" not in alarm_types(__name__, _CASES[1][0], _CASES[1][1])


def test_the_prefilter_reads_the_tags() -> None:
    """A pair goes to the word analyses when a modifier before a noun is missing from
    the MT and the noun is in it; not when the MT has both."""
    tagged = tag_sides(["We saw a crowded bus.", "We saw a crowded bus."], "en")
    assert bare_pairs(tagged, ["We saw a bus.", "We saw a crowded bus."]) == [0]
    assert bare_pairs(tagged, [None, None]) == []
