"""Session 8: the word-by-word comparison (``aligner/drift/lexical_diff.py``,
``aligner/drift/lexical_check.py``; docs/drift.md, "Session 8").

A content word inserted into the translation, or one of the source's left out, is
reported when nothing on the other side renders it *and* the other side has nothing
unrendered of its own; a reworded sentence (unrendered words on both sides) raises
nothing. The sentences are written here for these tests, not taken from any of the
data. The comparison is opt-in (``words=True``) and needs Apertium's es-en pair.
"""

from __future__ import annotations

import pytest

from aligner.drift.checks import check_pairs
from aligner.drift.lexical_diff import Word, orphans, route, synonyms, synsets

needs_pair = pytest.mark.skipif(
    route("es", "en") is None or route("en", "es") is None,
    reason="Apertium's es-en pair is not installed",
)

# (source, translation, what must be reported: (type, word) or None)
CASES = [
    # An adjective or adverb inserted into a faithful sentence.
    (
        "El gobierno aprobó el plan de reformas.",
        "The government approved the controversial reform plan.",
        ("addition", "controversial"),
    ),
    (
        "Los manifestantes dejaron la plaza por la noche.",
        "The protesters peacefully left the square at night.",
        ("addition", "peacefully"),
    ),
    # A verb or an adjective of the source left out.
    (
        "La empresa vendió la fábrica a un grupo chino.",
        "The company the factory to a Chinese group.",
        ("omission", "vendió"),
    ),
    (
        "El museo abrió una sala nueva en el edificio.",
        "The museum opened a room in the building.",
        ("omission", "nueva"),
    ),
    # The same sentences rendered faithfully.
    ("El gobierno aprobó el plan de reformas.", "The government approved the reform plan.", None),
    (
        "Los manifestantes dejaron la plaza por la noche.",
        "The protesters left the square at night.",
        None,
    ),
    (
        "La empresa vendió la fábrica a un grupo chino.",
        "The company sold the factory to a Chinese group.",
        None,
    ),
    (
        "El museo abrió una sala nueva en el edificio.",
        "The museum opened a new room in the building.",
        None,
    ),
    # Reworded: words unrendered on both sides, in the same place.
    (
        "Las condiciones meteorológicas desfavorables pueden producirse en cualquier lugar.",
        "Severe weather can strike anywhere.",
        None,
    ),
    (
        "El tribunal rechazó el recurso urgente de la empresa.",
        "The court rejected the company's appeal.",
        None,
    ),
    # Light words come and go in any translation ("año pasado" → "last year").
    (
        "Las ventas se triplicaron el año pasado en Chile.",
        "Sales tripled in Chile last year.",
        None,
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[tuple[str, str], list]:
    pairs = list(dict.fromkeys((s, t) for s, t, _ in CASES))
    return dict(zip(pairs, check_pairs(pairs, "es", "en", embedder=None, words=True), strict=True))


def _words(findings: list) -> list[tuple[str, str]]:
    """(type, word) of the word-by-word findings (their message names one word)."""
    return [
        (f.type, f.message.split("«")[1].split("»")[0])
        for f in findings
        if f.check in ("drift.addition", "drift.omission")
        and f.severity == "major"
        and "nothing" in f.message
    ]


@needs_pair
@pytest.mark.parametrize("src,tgt,expected", CASES)
def test_word_by_word(found, src: str, tgt: str, expected) -> None:
    reported = _words(found[(src, tgt)])
    assert reported == ([] if expected is None else [expected])


@needs_pair
def test_off_by_default() -> None:
    src, tgt, _ = CASES[0]
    plain = check_pairs([(src, tgt)], "es", "en", embedder=None)[0]
    # The word-by-word check's own finding is off by default; session 14's added
    # adjective (modifiers.py, on by default) reports this insertion in its own words.
    assert not [f for f in plain if "nothing in the source renders" in f.message]


def _w(surface: str, lemma: str, pos: str, trans: set[str], start: int) -> Word:
    return Word(surface, lemma, pos, frozenset(trans), start, start + len(surface), True)


def test_orphan_needs_a_clean_other_side() -> None:
    """Pure: an inserted adjective is an orphan; next to an unrendered source word it is
    a rewording, not an insertion."""
    src = [_w("plan", "plan", "n", {"plan"}, 0), _w("aprobado", "aprobar", "vblex", {"approve"}, 5)]
    tgt = [
        _w("cheap", "cheap", "adj", {"barato"}, 0),
        _w("plan", "plan", "n", {"plan"}, 6),
        _w("approved", "approve", "vblex", {"aprobar"}, 11),
    ]
    assert [w.surface for w in orphans(tgt, src, "target", "en", "es", 3, 0)] == ["cheap"]
    reworded = src + [_w("económico", "económico", "adj", {"economic"}, 14)]
    assert orphans(tgt, reworded, "target", "en", "es", 3, 0) == []


def test_synonyms_from_wordnet() -> None:
    if not synsets("area"):
        pytest.skip("WordNet is not installed")
    assert synonyms("area", "region") and synonyms("affect", "touch")
    assert not synonyms("cheap", "expensive")


@needs_pair
def test_analyse_keeps_texts_apart() -> None:
    """Empty texts, punctuation-only texts and a full stop inside a text keep the batch
    aligned: one list of words per text, offsets into each text."""
    from aligner.drift.lexical_diff import analyse

    texts = ["", "La fábrica cerró. Los obreros protestaron.", "...", "El museo abrió."]
    out = analyse(texts, "es", "en")
    assert out is not None and len(out) == 4
    assert [w.lemma for w in out[1] if w.content] == ["fábrica", "cerrar", "obrero", "protestar"]
    museo = next(w for w in out[3] if w.lemma == "museo")
    assert texts[3][museo.start : museo.end] == "museo"
    assert analyse([], "es", "en") == []
