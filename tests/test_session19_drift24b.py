"""Added words, session 19 (docs/drift.md, "Session 19 (drift24b): additions").

Each reported case was missed at the branch start: an added word no dictionary knows
(a misspelt addition, "forcefullly"); an added adjective "rendered" only by a WordNet
synonym of another part of speech ("radical" by "grupo" through the noun synset "group,
radical"); an added adjective that makes a WordNet entry with its noun the source's word
says only half of ("deep water" for "agua"). Each quiet case is the faithful twin or a
guard of the new rules. The sentences are written here for these tests; none is taken
from any of the data."""

from __future__ import annotations

import pytest

from aligner.drift.lexical_diff import Word, synonym_only_parts, wordnet_parts
from aligner.drift.modifiers import _entry_rendered, added_modifier
from aligner.drift.stray_words import compound_word, known_word, one_letter_off
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # an added word no dictionary knows, between rendered words
        (
            "Los dos pilotos fueron representados por sus abogados en el juicio.",
            "The two pilots were forcefullly represented by their lawyers at the trial.",
            "addition",
        ),
        (
            "Los dos pilotos fueron representados por sus abogados en el juicio.",
            "The two pilots were represented by their lawyers at the trial.",
            None,
        ),
        # a misspelling of the rendered word is no addition
        (
            "Tengo tendencia a comprar libros usados en el mercado.",
            "I have a tendancy to buy used books at the market.",
            None,
        ),
        # an adjective matched only by a synonym of another part of speech
        (
            "Un pequeño grupo del partido llegó a la misma conclusión.",
            "A small group of the party came to the same radical conclusion.",
            "addition",
        ),
        (
            "Un pequeño grupo del partido llegó a la misma conclusión.",
            "A small group of the party came to the same conclusion.",
            None,
        ),
        # an entry the source's word says only half of
        (
            "El animal atacaba todo lo que entraba en el agua.",
            "The animal attacked everything that entered the deep water.",
            "addition",
        ),
        (
            "El animal atacaba todo lo que entraba en el agua.",
            "The animal attacked everything that entered the water.",
            None,
        ),
        # an entry the source's word renders whole stays quiet
        (
            "Los vecinos se quejan de los atascos de cada mañana.",
            "Residents complain about the traffic jams every morning.",
            None,
        ),
    ],
)
def test_added_words(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    if kind is None:
        assert "addition" not in found, found
    else:
        assert kind in found, found


def _needs_wordnet() -> None:
    if not wordnet_parts("water"):
        pytest.skip("WordNet is not installed")


def test_words_no_dictionary_knows() -> None:
    _needs_wordnet()
    # inflections of known words, and compounds of them, are known
    assert known_word("hosted") and known_word("petitions") and known_word("halved")
    assert compound_word("breakrooms") and compound_word("heatwave")
    assert compound_word("preterm")
    assert compound_word("crowdsourced") and known_word("sanitizer")
    assert not known_word("catastriphic") and not compound_word("catastriphic")
    assert not known_word("forcefullly") and not compound_word("forcefullly")
    # a misspelling is one letter off a known word; a term of art is not
    assert one_letter_off("catastriphic") and one_letter_off("forcefullly")
    assert not one_letter_off("umifenovir")


def _word(surface: str, pos: str, trans: set[str]) -> Word:
    return Word(surface, surface.lower(), pos, frozenset(trans), 0, len(surface), True)


def test_a_synonym_of_another_part_of_speech() -> None:
    _needs_wordnet()
    radical = _word("radical", "adj", {"radical"})
    grupo = _word("grupo", "n", {"group"})
    assert synonym_only_parts(radical, grupo) == frozenset({"n"})
    # a translation links them: not a synonym-only link
    assert synonym_only_parts(_word("group", "n", {"grupo"}), grupo) is None


def test_an_entry_the_source_says_half_of() -> None:
    _needs_wordnet()
    deep, water = _word("deep", "adj", {"profundo"}), _word("water", "n", {"agua"})
    assert not _entry_rendered(deep, water, _word("agua", "n", {"water"}))
    traffic, jams = _word("traffic", "n", {"tráfico"}), _word("jams", "n", {"atasco"})
    jams = Word("jams", "jam", "n", frozenset({"atasco"}), 0, 4, True)
    assert _entry_rendered(traffic, jams, _word("atascos", "n", {"traffic jam", "jam"}))


def _placed(text: str, spec: list[tuple[str, str, str, set[str], bool]]) -> list[Word]:
    out, at = [], 0
    for surface, lemma, pos, trans, known in spec:
        start = text.index(surface, at)
        at = start + len(surface)
        out.append(Word(surface, lemma, pos, frozenset(trans), start, at, known))
    return out


def test_a_head_the_source_analyser_does_not_know() -> None:
    """Written here: a source noun the analyser lacks ("cristaux", a word left in the
    original language) that a cognate links to the translation's "crystals" is the
    head of an added "beautiful"; the translation without it has no addition."""
    src_text = "se formaron cristaux en la orina"
    src = _placed(
        src_text,
        [
            ("se", "se", "prn", {"itself"}, True),
            ("formaron", "formar", "vblex", {"form"}, True),
            ("cristaux", "cristaux", "", set(), False),
            ("en", "en", "pr", {"in"}, True),
            ("la", "el", "det", {"the"}, True),
            ("orina", "orina", "n", {"urine"}, True),
        ],
    )
    for tgt_text, reported in (
        ("Some beautiful crystals formed in the urine", True),
        ("Some crystals formed in the urine", False),
    ):
        # an opener first: an adjective after a mark opens no noun phrase
        spec = [
            ("Some", "some", "det", {"alguno"}, True),
            ("beautiful", "beautiful", "adj", {"hermoso"}, True),
            ("crystals", "crystal", "n", {"cristal"}, True),
            ("formed", "form", "vblex", {"formar"}, True),
            ("in", "in", "pr", {"en"}, True),
            ("the", "the", "det", {"el"}, True),
            ("urine", "urine", "n", {"orina"}, True),
        ]
        tgt = _placed(tgt_text, spec if reported else spec[:1] + spec[2:])
        found = added_modifier(src, tgt, tgt_text)
        assert (found is not None) == reported, found
        if found:
            assert (found[0].surface, found[1].surface) == ("beautiful", "crystals")
