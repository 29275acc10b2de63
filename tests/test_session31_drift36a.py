"""Session 31 (drift36a): a verb or a noun cut where English grammar leaves a hole
(:mod:`aligner.drift.frame_gaps`), where to, where and when said by a phrase the
translation leaves out (:mod:`aligner.drift.removed_adverbs`), and a guessed clause that
no longer hides a hole (docs/drift.md, "Session 31 (drift36a)"). The sentences are
written here for these tests, not taken from any data.
"""

from __future__ import annotations

from functools import cache

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift import subjectless
from aligner.drift.pos_fluency import load_model, tag_texts
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_CUT = {
    "They usually cheap meals and drinks to the guests.": "They usually cheap",
    "The minister would not the report until Friday.": "would not the",
    "The council did not a single change to the plan.": "did not a",
    "In the old market you can buy almost you want for a few coins.": "almost you want",
    "By in advance, the visitors avoid the long queues.": "By in advance",
    "The road did not open to until the end of May.": "to until",
    "The museum shows paintings, as well as, sculptures from Asia.": "as well as,",
    "The workers were absent from the of the factory for a week.": "the of",
    "Many families in the valley now own a.": "a.",
    "In 2010, she the new museum in the old port.": "she the",
}
_FLUENT = [
    "He often jokes about the weather with his neighbours.",
    "They usually offer bread and cheese to the guests.",
    "The company did not trouble to answer the letter.",
    "Up to forty people were rescued from the river.",
    "From behind the wall came a loud noise.",
    "About forty people live in the village.",
    "The shop stays open until the end of May.",
    "She speaks French as well as, of course, English.",
    "The difference is significant at the .01 level.",
    "Almost everyone in the town knows her.",
    "He may not be home before noon.",
    "The new tax will be collected by the state.",
    "We the citizens of this town ask for a new school.",
    "The prize was given to her that evening by the mayor.",
]


@cache
def _tagged() -> dict[str, list]:
    texts = [*_CUT, *_FLUENT]
    tags = tag_texts(texts, "en") if load_model() is not None else None
    if tags is None:
        pytest.skip("Apertium's English tagger is not installed")
    return dict(zip(texts, tags, strict=True))


def _gaps(text: str) -> list[str]:
    return [text[a:b] for a, b in subjectless.gaps(_tagged()[text])]


@pytest.mark.parametrize("text,gap", list(_CUT.items()))
def test_a_cut_word_leaves_a_hole_english_never_has(text: str, gap: str) -> None:
    assert gap in _gaps(text)


@pytest.mark.parametrize("text", _FLUENT)
def test_the_same_words_in_good_english(text: str) -> None:
    assert _gaps(text) == []


_SRC = "Los turistas suelen comprar casi todo lo que necesitan en el mercado viejo."


@needs_apertium
@pytest.mark.parametrize(
    "tgt,cut",
    [
        ("Tourists usually buy almost they need in the old market.", True),
        ("Tourists usually buy almost everything they need in the old market.", False),
    ],
)
def test_the_hole_is_an_omission(tgt: str, cut: bool) -> None:
    found = [f for f in findings(__name__, _SRC, tgt) if f.severity != "minor"]
    holes = [f for f in found if f.type == "omission" and "missing a word" in f.message]
    assert bool(holes) == cut


_HOME = "Los jugadores volvieron a casa después del partido."
_ABROAD = "Muchos estudiantes quieren estudiar en el extranjero el próximo año."
_LATE = "El tren llegó tarde a la estación central."
_END = "Al final, el equipo ganó el partido."


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,word",
    [
        (_HOME, "The players returned after the match.", "a casa"),
        (_HOME, "The players went home after the match.", None),
        (_ABROAD, "Many students want to study next year.", "en el extranjero"),
        (_ABROAD, "Many students want to study abroad next year.", None),
        (_LATE, "The train arrived at the central station.", "tarde"),
        (_LATE, "The train arrived late at the central station.", None),
        (_END, "The team won the match.", "Al final"),
        (_END, "In the end, the team won the match.", None),
    ],
)
def test_where_or_when_said_by_a_phrase(src: str, tgt: str, word: str | None) -> None:
    found = [f for f in findings(__name__, src, tgt) if f.severity != "minor"]
    lost = [src[f.source_span[0] : f.source_span[1]] for f in found if f.source_span]
    if word is None:
        assert found == []
    else:
        assert word in lost


_DE = (
    "Die Polizei blieb die ganze Nacht den Straßen der Altstadt fern, "
    "während die Händler ihre Läden schlossen."
)
_AWAY = "The police stayed away from {} the old town all night while traders closed their shops."


@pytest.mark.filterwarnings("ignore:no machine translation")
@pytest.mark.parametrize(
    "tgt,cut",
    [
        (
            _AWAY.format("the of"),
            True,
        ),
        (
            _AWAY.format("the streets of"),
            False,
        ),
    ],
)
def test_a_guessed_clause_hides_no_hole(tgt: str, cut: bool) -> None:
    """No MT route and no e5 (German here): the clauses are matched by cognates alone,
    and a minor clause finding, a guess, no longer hides the hole a word left."""
    found = [f for f in findings(__name__, _DE, tgt, "de") if f.severity != "minor"]
    holes = [f for f in found if f.type == "omission" and f.target_span]
    assert bool(holes) == cut
