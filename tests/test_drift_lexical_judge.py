"""The word-by-word judge (``aligner/drift/lexical_judge.py``; docs/drift.md, "Session 9:
replaced and removed words"). Fixture sentences written here for these tests.
"""

from __future__ import annotations

import pytest

from aligner.drift import lexical_judge as judge
from aligner.drift.lexical_diff import Word, route

needs_pair = pytest.mark.skipif(
    route("es", "en") is None or route("en", "es") is None,
    reason="Apertium's es-en pair is not installed",
)


def _w(surface: str, lemma: str, pos: str, trans: set[str] = frozenset(), start: int = 0) -> Word:
    return Word(surface, lemma, pos, frozenset(trans), start, start + len(surface), True)


def _feature(c: judge.Candidate, name: str) -> float:
    return c.x[judge.FEATURES.index(name)]


def test_a_determiner_left_without_its_noun_is_a_gap() -> None:
    broken = [
        _w("signed", "sign", "vblex"),
        _w("a", "a", "det"),
        _w("that", "that", "prn"),
        _w("bans", "ban", "vblex"),
    ]
    assert judge.gaps(broken) == {1}
    fine = [
        _w("the", "the", "det"),
        _w("first", "first", "det"),
        _w("of", "of", "pr"),
        _w("the", "the", "det"),
        _w("new", "new", "adj"),
        _w("laws", "law", "n"),
        _w("this", "this", "det"),
        _w(",", ",", "cm"),
    ]
    assert judge.gaps(fine) == set()


def test_an_antonym_of_a_dictionary_translation() -> None:
    src = _w("prohíbe", "prohibir", "vblex", {"prohibit", "forbid", "ban"})
    assert judge.opposite(src, _w("allows", "allow", "vblex"))
    assert not judge.opposite(src, _w("forbids", "forbid", "vblex"))


SRC = "El gobierno aprobó una ley que prohíbe la venta de armas a los menores."


@pytest.fixture(scope="module")
def analysed() -> dict[str, list[judge.Candidate]]:
    from aligner.drift.checks import read_side
    from aligner.drift.lexical_check import gather

    src = SRC
    tgts = {
        "antonym": "The government approved a law that allows the sale of weapons to minors.",
        "removed": "The government approved a that prohibits the sale of weapons to minors.",
        "added": "The government approved a cruel law that prohibits the sale of weapons "
        "to minors.",
        "faithful": "The government approved a law that prohibits the sale of weapons to minors.",
    }
    sides = [(read_side(src, "es"), read_side(t, "en")) for t in tgts.values()]
    words = gather(sides, "es", "en")
    return {k: judge.candidates(*w, "es", "en") for k, w in zip(tgts, words, strict=True)}


@needs_pair
def test_candidates_of_each_kind(analysed) -> None:
    (c,) = analysed["antonym"]
    assert (c.kind, c.src.surface, c.tgt.surface) == ("replaced", "prohíbe", "allows")
    assert _feature(c, "antonym") == 1.0
    (c,) = analysed["removed"]
    assert (c.kind, c.src.surface, _feature(c, "gap")) == ("removed", "ley", 1.0)
    (c,) = analysed["added"]
    assert (c.kind, c.tgt.surface, _feature(c, "head_matched")) == ("added", "cruel", 1.0)
    assert analysed["faithful"] == []


@needs_pair
def test_each_candidate_undone(analysed) -> None:
    """Undoing a candidate: the replaced word put back as the source word's first
    dictionary translation, the added word deleted, the removed word deleted from the
    source."""
    from aligner.drift import lexical_e5

    tgt = "The government approved a law that allows the sale of weapons to minors."
    (c,) = analysed["antonym"]
    assert lexical_e5.undone(SRC, tgt, c) == (SRC, tgt.replace("allows", min(c.src.trans)))
    added = "The government approved a cruel law that prohibits the sale of weapons to minors."
    (c,) = analysed["added"]
    assert lexical_e5.undone(SRC, added, c) == (SRC, added.replace("cruel ", ""))
    (c,) = analysed["removed"]
    assert lexical_e5.undone(SRC, "x", c) == (SRC.replace("ley ", ""), "x")


@needs_pair
def test_undoing_a_real_error_brings_the_sides_closer(analysed, embedder) -> None:
    """With real e5: undoing the added "cruel" and the replaced "allows" raises the
    similarity of the pair; the features stay 0 where no vector was given."""
    from aligner.drift import lexical_e5

    tgts = {
        "antonym": "The government approved a law that allows the sale of weapons to minors.",
        "added": "The government approved a cruel law that prohibits the sale of weapons "
        "to minors.",
    }
    for kind, tgt in tgts.items():
        texts = lexical_e5.texts_to_embed(SRC, tgt, analysed[kind])
        vecs = dict(zip(texts, embedder.embed(texts), strict=True))
        (c,) = lexical_e5.with_e5(SRC, tgt, analysed[kind], vecs)
        assert _feature(c, "e5_gain") > 0.0 and _feature(c, "e5_shift") > 0.0
        (c,) = lexical_e5.with_e5(SRC, tgt, analysed[kind], {})
        assert _feature(c, "e5_gain") == 0.0


def test_the_shipped_model_needs_e5_and_is_opt_in() -> None:
    """The judge's weights ship (fitted with the e5 undo gains, docs/drift.md, "Session
    10") but it runs only with ``words=True`` and e5: without e5 its gains would be 0."""
    from aligner.drift import lexical_check

    model = judge.load_model()
    assert model is not None and set(model["kinds"]) == set(judge.KINDS)
    assert all(m["weights"][judge.FEATURES.index("e5_gain")] > 0 for m in model["kinds"].values())
    assert not lexical_check.judge_by_default()
    assert lexical_check.candidates_of([], None) is None


@needs_pair
def test_a_fitted_model_reports_what_it_keeps(analysed) -> None:
    """A model (weights written here: the antonym evidence alone) keeps the replaced
    word that is an antonym and nothing in the faithful pair."""
    weights = [0.0] * len(judge.FEATURES)
    weights[judge.FEATURES.index("bias")] = -3.0
    weights[judge.FEATURES.index("antonym")] = 6.0
    model = {
        "features": list(judge.FEATURES),
        "kinds": {"replaced": {"weights": weights, "threshold": 0.9}},
    }
    kept = judge.judged(analysed["antonym"], model)
    assert [(c.kind, c.tgt.surface) for c, _ in kept] == [("replaced", "allows")]
    assert judge.judged(analysed["faithful"] + analysed["removed"], model) == []


def test_a_broken_translation_is_an_omission() -> None:
    """A determiner followed by a preposition ("the of") is reported; an acronym, an
    initial, an ordinal or a quoted word is not (fixture sentences written here)."""
    from aligner.drift.checks import read_side
    from aligner.drift.fluency import check_breaks

    src = read_side("El gobernador firmó una ley al final del año.", "es")
    broken = [
        "The governor signed a that bans it at the end of the year.",
        "The governor signed a law at the of the year.",
        "The governor signed it to their.",
    ]
    for text in broken:
        (f,) = check_breaks(src, read_side(text, "en"))
        assert (f.type, f.severity, f.source_span) == ("omission", "major", None)
    fine = [
        "The WHO said the law was signed at the end of the year.",
        "Franco A. signed the law at the end of the year.",
        "He was the first of the governors to sign the word 'the' into law.",
        "The governor signed a law, the first of its kind, at the end of the year.",
    ]
    for text in fine:
        assert check_breaks(src, read_side(text, "en")) == []
    assert (
        check_breaks(
            read_side("The governor signed.", "en"),
            read_side("El gobernador firmó la de ley.", "es"),
        )
        == []
    )
