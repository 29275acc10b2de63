"""Added words and opposite words, session 17 (docs/drift.md, "Session 17, drift22b").

Each reported case was missed before the session: an opposite the source says through
another dictionary rendering than the MT's ("seguro" → MT "sure" ↔ "dangerous"), a
participle or a word Apertium's English dictionary lacks added before a head both sides
keep. Each quiet case is the faithful twin or a guard of the new rules. The sentences are
written here for these tests; none is taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.drift.lexical_diff import Word, wordnet_parts
from aligner.drift.modifiers import as_modifier
from aligner.drift.opposite_words import _one_word, antonyms_of
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # an opposite of the source's word where the MT chose another rendering
        (
            "El barrio es considerado un lugar muy seguro para pasear de noche.",
            "The neighbourhood is considered a very dangerous place to walk at night.",
            "meaning",
        ),
        (
            "El barrio es considerado un lugar muy seguro para pasear de noche.",
            "The neighbourhood is considered a very safe place to walk at night.",
            None,
        ),
        # a weakened word rendered by its opposite with a privative says the same
        (
            "La ciudad es poco segura para los turistas por la noche.",
            "The city is unsafe for tourists at night.",
            None,
        ),
        # the same word turned round elsewhere in the source
        (
            "La tasa de mortalidad es más elevada en los mayores, pero menos elevada en los "
            "jóvenes.",
            "The death rate is higher in the elderly but lower in the young.",
            None,
        ),
        # a participle inside a noun phrase is an added adjective
        (
            "La empresa anunció ayer nuevos despidos.",
            "The struggling company announced new layoffs yesterday.",
            "addition",
        ),
        (
            "La empresa anunció ayer nuevos despidos.",
            "The company announced new layoffs yesterday.",
            None,
        ),
        # a participle after an auxiliary is the verb
        (
            "Los ladrones han robado coches en el puerto.",
            "The thieves have stolen cars at the port.",
            None,
        ),
        # words Apertium's English dictionary lacks, read by WordNet's part of speech
        (
            "Muchas tradiciones han sido adoptadas por los no creyentes.",
            "Many traditions have been wrongfully adopted by non-believers.",
            "addition",
        ),
        (
            "Muchas tradiciones han sido adoptadas por los no creyentes.",
            "Many traditions have been adopted by non-believers.",
            None,
        ),
        (
            "La situación se parecería entonces a la de la peste negra de 1348.",
            "The idyllic situation would then resemble that of the Black Death of 1348.",
            "addition",
        ),
        (
            "La situación se parecería entonces a la de la peste negra de 1348.",
            "The situation would then resemble that of the Black Death of 1348.",
            None,
        ),
        # a manner adverb added where nothing in the source could be one, though the
        # translation is free around it ("also" for "igualmente", moved)
        (
            "Muchas costumbres de estas fiestas han sido adoptadas igualmente por los no "
            "creyentes en el mundo entero.",
            "Many customs of these holidays have also been wrongfully adopted by "
            "non-believers around the world.",
            "addition",
        ),
        (
            "Muchas costumbres de estas fiestas han sido adoptadas igualmente por los no "
            "creyentes en el mundo entero.",
            "Many customs of these holidays have also been adopted by non-believers around "
            "the world.",
            None,
        ),
        # an adverb that renders "con" and a noun
        (
            "Los técnicos revisaron con cuidado cada pieza del motor.",
            "The technicians carefully checked every part of the engine.",
            None,
        ),
        # a free rendering of a source adjective is no addition ("tranquila")
        (
            "El pueblo vive una situación tranquila desde hace años.",
            "The village has lived an idyllic situation for years.",
            None,
        ),
    ],
)
def test_added_and_opposite_words(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found


def _word(surface: str, pos: str, known: bool = True) -> Word:
    return Word(surface, surface.lower(), pos, frozenset(), 0, len(surface), known)


def test_as_modifier_reads_participles_and_unknown_words() -> None:
    stolen = [_word("a", "det"), _word("stolen", "vblex"), _word("yacht", "n")]
    assert as_modifier(stolen, 1).pos == "adj"
    have = [_word("have", "vbhaver"), _word("stolen", "vblex"), _word("cars", "n")]
    assert as_modifier(have, 1).pos == "vblex"
    if not wordnet_parts("idyllic"):
        pytest.skip("WordNet is not installed")
    unknown = [_word("an", "det"), _word("idyllic", "", False), _word("view", "n")]
    read = as_modifier(unknown, 1)
    assert (read.pos, read.known) == ("adj", True)
    # a word WordNet has as a noun too stays unknown ("poultry farm")
    noun = [_word("the", "det"), _word("poultry", "", False), _word("farm", "n")]
    assert not as_modifier(noun, 1).known


def test_antonyms_by_part_of_speech() -> None:
    if not antonyms_of("dangerous", "adj"):
        pytest.skip("WordNet's antonym table is not shipped")
    assert "safe" in antonyms_of("dangerous", "adj")
    assert "center" not in antonyms_of("right", "adv")  # an adjective's opposite only
    assert _one_word(_word("indisciplina", "n"), _word("discipline", "n"))
    assert not _one_word(_word("seguro", "adj"), _word("dangerous", "adj"))
