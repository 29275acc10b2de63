"""Opposites read from the words' valence, session 22 (docs/drift.md, "Session 22
(drift27c)").

* :mod:`aligner.drift.opposite_valence`: a translation word rated strongly one way
  (VADER's ratings) where the literal MT has, in the same place, a word of the same part
  of speech rated strongly the other way ("harm" ↔ MT "protect", "villain" ↔ "hero"),
  words WordNet does not relate;
* :mod:`aligner.drift.unrouted_opposites`: the same through a bilingual dictionary where
  no MT reads the source (German → English).

Each reported case is a changed word; each quiet case its faithful twin or a guard. The
sentences are written here for these tests; none is taken from any of the data. The
dictionary tables of the unrouted reading are written here too (plain dictionaries, the
shape :mod:`aligner.drift.word_lexicon` builds from FreeDict).
"""

from __future__ import annotations

import pytest

from aligner.drift import antonyms, opposite_tables, opposite_valence, unrouted_opposites
from aligner.drift.checks import read_side
from tests.drift_batch import alarm_types, batch_fixture

needs_ratings = pytest.mark.skipif(
    not opposite_valence.available(), reason="vaderSentiment (the ratings) not installed"
)

_batch = batch_fixture()

HERO_ES = "El pueblo recuerda a su alcalde como un héroe de la guerra."
PROTECT_ES = "Los voluntarios quieren proteger a los niños del barrio."
COMPLAINT_ES = "Los vecinos presentaron una queja contra la empresa por el ruido."
SUFFER_ES = "La ciudad sufrió las consecuencias de la crisis durante años."


@needs_ratings
@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        (PROTECT_ES, "The volunteers want to harm the children of the neighbourhood.", "meaning"),
        (PROTECT_ES, "The volunteers want to protect the children of the neighbourhood.", None),
        (HERO_ES, "The town remembers its mayor as a villain of the war.", "meaning"),
        (HERO_ES, "The town remembers its mayor as a hero of the war.", None),
        (
            COMPLAINT_ES,
            "The neighbours filed a compliment about the company over the noise.",
            "meaning",
        ),
        (
            COMPLAINT_ES,
            "The neighbours filed a complaint against the company over the noise.",
            None,
        ),
        (SUFFER_ES, "The city benefited from the consequences of the crisis for years.", "meaning"),
        (SUFFER_ES, "The city suffered the consequences of the crisis for years.", None),
        # "beating" (MT "winning") is rated as the noun, a thrashing: the verb has none
        (
            "El equipo ganó el partido tras vencer a sus rivales en la prórroga.",
            "The team won the match after beating its rivals in extra time.",
            None,
        ),
        # "eager" ↔ MT "anxious": WordNet's "anxious" is similar to "eager"
        (
            "Los jóvenes estaban ansiosos por empezar el viaje.",
            "The young people were eager to start the trip.",
            None,
        ),
    ],
)
def test_valence_opposites(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found


@needs_ratings
def test_the_rule_is_what_finds_them(monkeypatch) -> None:
    """Each reported pair above is missed with the rule off (the branch start's reading)."""
    from aligner.drift.antonyms import _wordnet_reversal
    from aligner.drift.signals import Reading

    mt = "The village remembers to his mayor like a hero of the war."
    src = read_side(HERO_ES, "es")
    tgt = read_side("The town remembers its mayor as a villain of the war.", "en")
    reading = Reading.of(mt)
    assert _wordnet_reversal(src, tgt, reading)
    monkeypatch.setattr(antonyms, "OPPOSITE_VALENCE", False)
    # session 24's common opposites hold "hero" / "villain" too: off, as at the branch start
    monkeypatch.setattr(opposite_tables, "COMMON_OPPOSITES", False)
    antonyms._tables.cache_clear()
    antonyms._table.cache_clear()
    try:
        assert not _wordnet_reversal(src, tgt, reading)
    finally:
        monkeypatch.undo()
        antonyms._tables.cache_clear()
        antonyms._table.cache_clear()


def _words(text: str) -> list[str]:
    return text.replace(".", " .").replace(",", " ,").split()


@needs_ratings
def test_valence_opposites_read() -> None:
    opposed = opposite_valence.opposed
    mt, tgt = _words("he is only a hero of the war ."), _words("he is only a villain of the war .")
    assert opposed(mt, tgt) == [(4, "hero")]
    # the same word on both sides, or one side using the other's word: nothing
    assert not opposed(mt, mt)
    assert not opposed(_words("a hero and a villain ."), _words("a villain and a hero ."))
    # a stretch at the start of the sentence has nothing to place it by
    assert not opposed(_words("In spite of the fine rain ,"), _words("Despite the success of it ,"))
    # another part of speech ("bad" is an adjective; "support" a noun or verb)
    assert not opposed(
        _words("letters in bad way of them ."), _words("letters in support of them .")
    )
    # one slot has one ending: a noun plural is no opposite of the MT's past verb
    assert not opposed(
        _words("the airline shot a 15 % after"), _words("the airline shares soared 15 % after")
    )
    # a stretch that ends the sentence is placed by the words before it
    assert opposed(
        _words("an episode of anxiety and depression"),
        _words("an episode of anxiety and happiness"),
    ) == [(5, "depression")]
    # a long free stretch places nothing
    assert not opposed(
        _words("it was said that a hero came here and the town went wild with joy ."),
        _words("it was said that people everywhere feared an awful villain with joy ."),
    )


@needs_ratings
def test_ratings() -> None:
    assert opposite_valence.valence("harm") < -1 < 1 < opposite_valence.valence("protect")
    # a verb form rated as another word class, its verb unrated: no valence
    assert opposite_valence.valence("beating") is None
    # raters who disagree ("imposes"): no valence
    assert opposite_valence.valence("imposes") is None
    assert opposite_valence.candidate("table") is None
    endings = [opposite_valence.inflection(w) for w in ("shot", "shares", "winning", "harm")]
    assert endings == ["ed", "s", "ing", ""]
    assert opposite_valence.same_kind("hero", "villain")
    assert not opposite_valence.same_kind("anxious", "eager")


# German → English, read through a dictionary (tables written here).
TO_EN = {
    "armut": frozenset({"poverty", "need", "want"}),
    "kinder": frozenset({"children", "kids"}),
    "leben": frozenset({"live", "life"}),
    "land": frozenset({"country", "land"}),
    "viele": frozenset({"many"}),
    "in": frozenset({"in", "into"}),
    "vor": frozenset({"before", "ago", "saved", "of", "from", "in", "front", "ahead"}),
}
TO_DE = {
    "poverty": frozenset({"armut"}),
    "children": frozenset({"kinder"}),
    "live": frozenset({"leben"}),
    "country": frozenset({"land"}),
    "wealth": frozenset({"reichtum"}),
}


def _unrouted(src: str, tgt: str):
    return unrouted_opposites.opposed(read_side(src, "de"), read_side(tgt, "en"), (TO_EN, TO_DE))


@needs_ratings
def test_unrouted_opposites_read() -> None:
    src = "Viele Kinder leben in Armut in diesem Land."
    hit = _unrouted(src, "Many children live in wealth in this country.")
    assert hit is not None and hit[2] == "poverty"
    assert _unrouted(src, "Many children live in poverty in this country.") is None
    # a source word whose renderings lean no way ("vor": one rated of eight) says nothing
    assert _unrouted("Viele Kinder leben vor Jahren.", "Many children live in wealth.") is None
    # a word far from the source word's place is not its rendering
    far = "Wealth aside, many children of this country live in rooms with others."
    assert _unrouted(src, far) is None


def test_without_the_ratings_the_run_says_so(monkeypatch) -> None:
    """No package, no valence reading: the run's notes say so, nothing is reported."""
    from aligner.drift.run_record import DriftRun

    monkeypatch.setattr(opposite_valence, "available", lambda: False)
    run = DriftRun()
    assert unrouted_opposites.check_pairs([], "de", "en", run) == {}
    assert any("vaderSentiment" in n for n in run.notes)
