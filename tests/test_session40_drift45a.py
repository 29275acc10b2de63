"""Opposite words the word-by-word readers cannot read (session 40, drift45a;
docs/drift.md, "Session 40 (drift45a)"): a misspelt opposite, a word Apertium leaves
untranslated whose cognate is the opposite, a word of a name turned round. The
sentences are written here for these tests (ordinary Spanish and English news and
health text), not taken from any data.

* :func:`aligner.drift.unread_opposites.misspelt`: a translation word no dictionary
  knows, one letter from a form of an MT word's opposite ("Amatears" ↔ MT
  "professionals", "smalest" ↔ MT "bigger"), is that opposite; a misspelling of the
  word itself ("Profesionals") is not;
* :func:`aligner.drift.unread_opposites.leftovers`: an unknown MT word whose stem begins
  as an opposite's ("*insolubilidad" ↔ "solubility"), never through a negative prefix
  taken off;
* the common opposites (``data/opposites_common_en.tsv``): "confirm" against "question",
  "dispute", "doubt"; "embrace" against "abandon", "reject", "shun"; taking out against
  putting in, "extract" against "add", "inject", "insert", "remove" against "deposit",
  "install";
* :func:`aligner.drift.unread_opposites.in_names`: a capitalised word of a title or a
  place name whose opposite the MT says beside a word both share ("the Temple of the
  Moon" ↔ MT "the Temple of the Sun").
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, mt_reading

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_PROS = "Los profesionales tardan semanas en preparar el informe."
_BIG = "El hospital es uno de los tres centros más grandes del país."
_SALES = "Las ventas fueron más bajas de lo previsto en marzo."
_DRUG = "El fármaco tiene una insolubilidad conocida en agua."
_ROAD = "Los vecinos denunciaron la impermeabilidad del nuevo pavimento."
_MINISTRY = "El ministerio confirmó los datos del informe el lunes."
_FARMERS = "Muchos agricultores abandonaron las nuevas técnicas de riego."
_EXPERTS = "Los expertos pusieron en duda los resultados del ensayo."
_SURGEONS = "Los cirujanos extrajeron el dispositivo del paciente."
_CAMERAS = "Los técnicos retiraron las cámaras de la estación."
_TEMPLE = "Visitamos el Templo del Sol en Cuzco el martes."
_FILM = "La película «El fin del mundo» se estrena el viernes."
_NOVEL = "La novela «Los días tristes» ganó el premio."
_CITY = "La Ciudad Vieja de Jerusalén estaba cerrada."

CASES = [
    # a misspelt opposite
    (_PROS, "Amatears take weeks to prepare the report.", "meaning"),
    (_PROS, "Profesionals take weeks to prepare the report.", None),
    (_PROS, "Professionals take weeks to prepare the report.", None),
    (_BIG, "The hospital is one of the three smalest centres in the country.", "meaning"),
    (_BIG, "The hospital is one of the three bigest centres in the country.", None),
    (_BIG, "The hospital is one of the three largest centres in the country.", None),
    (_SALES, "Sales were higer than expected in March.", "meaning"),
    (_SALES, "Sales were lower than expected in March.", None),
    # a leftover whose cognate is the opposite
    (_DRUG, "The drug has a known solubility in water.", "meaning"),
    (_DRUG, "The drug is known to be insoluble in water.", None),
    (_DRUG, "The drug has a known insolubility in water.", None),
    (_ROAD, "Residents complained about the permeability of the new pavement.", "meaning"),
    (_ROAD, "Residents complained about the impermeability of the new pavement.", None),
    # a claim or an idea taken up against one doubted or dropped (the common opposites)
    (_MINISTRY, "The ministry questioned the report's figures on Monday.", "meaning"),
    (_MINISTRY, "The ministry confirmed the report's figures on Monday.", None),
    (_FARMERS, "Many farmers embraced the new irrigation techniques.", "meaning"),
    (_FARMERS, "Many farmers abandoned the new irrigation techniques.", None),
    (_EXPERTS, "Experts questioned the results of the trial.", None),
    (_EXPERTS, "Experts confirmed the results of the trial.", "meaning"),
    (
        "Los expertos no dudan de los resultados del ensayo.",
        "Experts do not doubt the results of the trial.",
        None,
    ),
    ("El partido abrazó la propuesta de reforma.", "The party embraced the reform proposal.", None),
    # taking out against putting in
    (_SURGEONS, "Surgeons inserted the device into the patient.", "meaning"),
    (_SURGEONS, "Surgeons removed the device from the patient.", None),
    (_CAMERAS, "The technicians installed the cameras at the station.", "meaning"),
    (_CAMERAS, "The technicians removed the cameras from the station.", None),
    ("Se extrae sangre del brazo del paciente.", "Blood is drawn from the patient's arm.", None),
    # a word of a name turned round
    (_TEMPLE, "We visited the Temple of the Moon in Cuzco on Tuesday.", "meaning"),
    (_TEMPLE, "We visited the Temple of the Sun in Cuzco on Tuesday.", None),
    (_FILM, 'The film "The Beginning of the World" opens on Friday.', "meaning"),
    (_FILM, 'The film "The End of the World" opens on Friday.', None),
    (_NOVEL, 'The novel "The Happy Days" won the prize.', "meaning"),
    (_NOVEL, 'The novel "The Sad Days" won the prize.', None),
    (_CITY, "The New City of Jerusalem was closed.", "meaning"),
    (_CITY, "The Old City of Jerusalem was closed.", None),
    (
        "Corea del Norte lanzó otro misil el lunes.",
        "North Korea launched another missile on Monday.",
        None,
    ),
    (
        "El presidente habló desde la Casa Blanca.",
        "The president spoke from the White House.",
        None,
    ),
    (
        "El equipo viajó al Polo Sur en enero.",
        "The team travelled to the South Pole in January.",
        None,
    ),
    ("El Banco Central Europeo subió los tipos.", "The European Central Bank raised rates.", None),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_unread_opposites(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


@pytest.mark.parametrize(
    ("leftover", "word", "alike"),
    [
        ("discontinu", "discontinuous", True),  # French
        ("insolubilité", "insolubility", True),
        ("insolubilidad", "insolubility", True),  # Spanish "-idad" / "-ity"
        ("interne", "internal", True),  # Italian
        ("discontinu", "continuous", False),  # a negative prefix is never taken off
        ("incoherentes", "coherent", False),
        ("confinement", "confident", False),  # "-ment" is no ending here
        ("regresar", "regret", False),
        ("sud", "south", False),
        ("privados", "private", False),  # five letters in common: too few
    ],
)
def test_cognate(leftover, word, alike):
    from aligner.drift.unread_opposites import cognate

    assert cognate(leftover, word) is alike


def test_misspelt_reads_only_unknown_words():
    from aligner.drift.unread_opposites import misspelt

    mt = "The professionals take weeks".split()
    assert misspelt(mt, "Amatears take weeks".split()) == [(0, "professionals")]
    assert misspelt(mt, "Amateurs take weeks".split()) == []  # known: the WordNet reading's
    assert misspelt(mt, "Profesionals take weeks".split()) == []
    # irregular and "-men" plurals are words, not misspellings
    assert misspelt("The men and children".split(), "The women and children".split()) == []


def test_leftovers_need_an_unrendered_leftover():
    from aligner.drift.unread_opposites import leftovers

    mt = "The patients received a monitoring discontinu".split()
    tgt = "Patients received continuous monitoring".split()
    assert leftovers(mt, ("discontinu",), tgt) == [(2, "discontinu")]
    # the translation renders the leftover by its cognate: nothing to read
    assert (
        leftovers(mt, ("discontinu",), "Patients received discontinuous monitoring".split()) == []
    )
    # a capitalised leftover is a name
    assert leftovers(mt, ("Discontinu",), tgt) == []


def test_in_names_needs_a_shared_capitalised_neighbour():
    from types import SimpleNamespace

    from aligner.drift.text import tokenize, words
    from aligner.drift.unread_opposites import in_names

    def side(text):
        return SimpleNamespace(ws=words(tokenize(text)), lang="en", text=text)

    mt = mt_reading("We visit the Temple of the Sun in Cuzco.")
    assert in_names(side("We visited the Temple of the Moon in Cuzco."), mt)
    # no word of the name is shared beside it: a name of its own, not a word turned round
    assert not in_names(side("We visited the Moon in Cuzco."), mt)
    assert not in_names(side("We visited the Temple of the Sun in Cuzco."), mt)
