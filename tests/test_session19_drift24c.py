"""Antonyms, session 19 (docs/drift.md, "Session 19 (drift24c): antonyms").

Opposites that WordNet's structure implies but its word-to-word antonym pointers do not
list (:mod:`aligner.drift.opposite_senses`): a satellite of an opposed head that is
also a noun or a participle ("abrasador" → MT "scorching" ↔ "cold"), an adverb through
its adjective ("correctamente" → MT "correctly" ↔ "inaccurately"), a verb or noun
through the MT word's first sense or its hypernym ("revela" → MT "reveals" ↔
"conceals", "victoria" → MT "victory" ↔ "failure"), and a superlative against the
Romance comparative the MT leaves ("que más sufren" → MT "that more suffer" ↔ "suffer
least"). Each reported case was missed at the branch start; each quiet case is its
faithful twin or a guard. The sentences are written here for these tests; none is taken
from any of the data."""

from __future__ import annotations

import pytest

from aligner.drift.opposite_senses import _tables, opposed_senses, superlatives
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a satellite of "hot" that is also a participle, against "cold"
        (
            "Fue un verano abrasador en toda la región.",
            "It was a cold summer across the region.",
            "meaning",
        ),
        (
            "Fue un verano abrasador en toda la región.",
            "It was a hot summer across the region.",
            None,
        ),
        # an adverb through its adjective
        (
            "El perito interpretó correctamente los datos del accidente.",
            "The expert inaccurately interpreted the accident data.",
            "meaning",
        ),
        (
            "El perito interpretó correctamente los datos del accidente.",
            "The expert accurately interpreted the accident data.",
            None,
        ),
        # a verb whose opposite is the MT verb's hypernym
        (
            "El informe revela los costes reales del proyecto.",
            "The report conceals the real costs of the project.",
            "meaning",
        ),
        (
            "El informe revela los costes reales del proyecto.",
            "The report discloses the real costs of the project.",
            None,
        ),
        # a noun against a kind of its opposite
        (
            "La victoria del equipo sorprendió a todos los aficionados.",
            "The team's failure surprised all the fans.",
            "meaning",
        ),
        (
            "La victoria del equipo sorprendió a todos los aficionados.",
            "The team's victory surprised all the fans.",
            None,
        ),
        # a superlative against the comparative Apertium leaves for "más"
        (
            "Los barrios que más sufren son los del sur.",
            "The neighbourhoods that suffer least are in the south.",
            "meaning",
        ),
        (
            "Los barrios que más sufren son los del sur.",
            "The neighbourhoods that suffer most are in the south.",
            None,
        ),
    ],
)
def test_opposites_wordnet_implies(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found


def _needs_table() -> None:
    if not _tables()[0]:
        pytest.skip("opposite_senses_en.tsv is not shipped")


def test_opposed_senses_reads() -> None:
    _needs_table()
    assert opposed_senses(["a", "scorching", "subject"], ["a", "cold", "topic"]) == [
        (1, "scorching")
    ]
    assert opposed_senses(["the", "sea", "was", "calm"], ["the", "sea", "was", "choppy"])
    assert opposed_senses(["it", "was", "difficult"], ["it", "was", "simple"])
    assert opposed_senses(["he", "reveals", "it"], ["he", "conceals", "it"]) == [(1, "reveals")]
    # the MT's sentence-initial word counts; other capitalised words are names'
    assert opposed_senses(["Reinforce", "the", "school"], ["we", "weaken", "the", "school"])
    assert not opposed_senses(["the", "Reinforce", "school"], ["we", "weaken", "the", "school"])


@pytest.mark.parametrize(
    "mt,tgt",
    [
        # number words are the number check's
        ("dropped by twenty percent", "dropped by a fifth"),
        # a translation word that is also a verb ("near"), or a participle
        ("on the remote side", "on the near side"),
        ("patients cured", "patients recovering"),
        # a word more often something else ("world"), or untagged and also a noun
        ("the national closures", "the world closures"),
        ("in particular the flu", "the flu pandemic"),
        # a negation turns the MT's word round
        ("the no vital personnel", "the nonessential staff"),
        # the translation renders the MT's word by a synonym ("mild" for "moderate")
        ("a moderate form and a grave form", "mild disease and severe disease"),
        # "re-opened" is the MT's "reopening"
        ("the closure and the reopening", "schools closed and re-opened"),
        # "due to" is no adjective, "full" no adverb
        ("affected by unexpected closures", "affected due to closures"),
        ("partly owing to tests", "the full extent due in part to tests"),
        # a noun read as a verb ("the sun", no "sun" ~ "lie" ↔ "stand"), a participle as
        # a noun ("the defeated")
        ("before the set of the sun", "aircraft must stand down at sunset"),
        ("inflation has not yet won", "inflation not yet defeated"),
    ],
)
def test_opposed_senses_guards(mt: str, tgt: str) -> None:
    _needs_table()
    assert not opposed_senses(mt.split(), tgt.split())


def test_superlatives() -> None:
    assert superlatives(["that", "more", "suffer"], ["that", "suffer", "least"]) == [(2, "more")]
    assert superlatives(["that", "less", "goals"], ["the", "most", "goals"]) == [(1, "less")]
    assert not superlatives(["that", "more", "suffer"], ["that", "suffer", "most"])
    # "at least", and a translation that keeps the MT's word too
    assert not superlatives(["more", "than", "ten"], ["at", "least", "ten"])
    assert not superlatives(["more", "or", "less"], ["more", "or", "least"])
