"""Session 11 (docs/drift.md): a translation broken between two words whose parts of
speech English does not join ("They the tour": a verb removed) is an omission; fluent
translations, including ones the tagger finds awkward ("And you", "the other two", "100
years old"), are not. The sentences are written here for these tests, not taken from any
of the data."""

from __future__ import annotations

import pytest

from aligner.drift import pos_fluency as pf
from tests.drift_batch import batch_fixture, findings

_batch = batch_fixture()

needs_tagger = pytest.mark.skipif(
    pf.load_model() is None or pf.tag_texts(["A test."]) is None,
    reason="the English tagger (apertium-eng-spa) or the shipped tag counts are missing",
)


def test_coarse_tags_keep_verb_forms_and_determiner_kinds() -> None:
    assert pf.coarse("said", "say<vblex><past>") == "vblex.past"
    assert pf.coarse("go", "go<vblex><inf>") == "vblex"  # present forms are one tag
    assert pf.coarse("the", "the<det><def><sp>") == "det.def"
    assert pf.coarse("Zorblat", "*Zorblat") == "np"
    assert pf.coarse("zorblat", "*zorblat") == "unk"


def test_a_bigram_is_odd_only_when_every_table_finds_it_rare() -> None:
    # Table one: "prn det" never seen although both tags are frequent.
    one = pf.Counts({"prn": 100, "det": 100, "n": 100}, {"det n": 90, "prn n": 1}, 300)
    # Table two: the same bigram is common.
    two = pf.Counts({"prn": 100, "det": 100, "n": 100}, {"prn det": 40}, 300)
    words = [pf.Tagged("They", "prn", 0, 4), pf.Tagged("the", "det", 5, 8)]
    assert pf.oddities(words, [one])[1] > 5
    assert pf.oddities(words, [one, two])[1] == 0.0
    # A word the tagger does not know is never judged.
    unknown = [pf.Tagged("They", "prn", 0, 4), pf.Tagged("zorb", "unk", 5, 9)]
    assert pf.oddities(unknown, [one]) == [0.0, 0.0]


_ENGLISH = [
    ("They the tour after the singer hurt his knee.", "They the"),
    ("She the officers at the door.", "She the"),
    ("They cancelled the tour after the singer hurt his knee.", None),
    ("And you know what happened next.", None),
    ("The other two players stayed at home.", None),
    ("The building is 100 years old.", None),
    ("But if it rains, the final will be played on Sunday.", None),
]


@needs_tagger
def test_breaks_in_english() -> None:
    model = pf.load_model()
    found = []
    for (text, _), words in zip(_ENGLISH, pf.tag_texts([t for t, _ in _ENGLISH]), strict=True):
        k = pf.first_break(words, model)
        found.append(text[words[k - 1].start : words[k].end] if k is not None else None)
    assert found == [broken for _, broken in _ENGLISH]


@needs_tagger
@pytest.mark.parametrize(
    "src,tgt,reported",
    [
        (
            "Cancelaron la gira después de que el cantante se lesionara la rodilla.",
            "They the tour after the singer hurt his knee.",
            True,
        ),
        (
            "Cancelaron la gira después de que el cantante se lesionara la rodilla.",
            "They cancelled the tour after the singer hurt his knee.",
            False,
        ),
    ],
)
def test_a_removed_verb_is_an_omission(src: str, tgt: str, reported: bool) -> None:
    found = [
        f
        for f in findings(__name__, src, tgt, "es")
        if f.type == "omission" and "reads as broken" in f.message
    ]
    assert bool(found) == reported, found
    if reported:
        assert tgt[slice(*found[0].target_span)] == "They the"
        assert found[0].severity == "major"
