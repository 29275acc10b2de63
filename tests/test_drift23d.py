"""False alarms on faithful pairs by class, session 18 (docs/drift.md, "Session 18
(drift23d)"). Every sentence here is written for this test (the classes were found on
ContraTICO's and DEMETR's proxies; no sentence is taken from the data). Each quiet case
was reported at >= major by the branch start; each reported case is the same shape with
a real change, and stays reported."""

from __future__ import annotations

import pytest

from aligner.drift import glossary
from aligner.drift.antonyms import _frequency, _other_heads, _purpose
from aligner.drift.checks import read_side
from aligner.drift.signals import Finding, Reading
from aligner.drift.text import tokenize, words
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, findings

_batch = batch_fixture()

# --- an acronym rendered the same way across the input (aligner/drift/glossary.py) ---

# Written here: a Spanish term's acronym ("MAP", médico de atención primaria) that the
# translation renders by the English one ("GP") in every sentence.
_TERM = [
    (
        "El MAP revisa los síntomas del paciente cada semana.",
        "The GP reviews the patient's symptoms every week.",
    ),
    ("Si la fiebre sigue, llame a su MAP.", "If the fever persists, call your GP."),
]
_ONE_OFF = (
    "El informe de la CNMV salió ayer por la tarde.",
    "The report from the FBI came out yesterday afternoon.",
)


def _sides(pairs):
    return [(read_side(s, "es"), read_side(t, "en")) for s, t in pairs]


def test_a_pairing_seen_in_two_sentences_is_learned():
    assert glossary.learn(_sides(_TERM)) == {"map": ("gp", 2)}


def test_twins_of_one_sentence_count_once():
    # The same source with two translations (a perturbed twin): one sentence, no entry.
    twins = [_TERM[0], (_TERM[0][0], "The GP checks the patient's symptoms every week.")]
    assert glossary.learn(_sides(twins)) == {}


def test_a_pairing_with_a_rival_of_equal_weight_is_no_entry():
    rival = [
        ("El MAP llamó a la paciente el lunes.", "The ER called the patient on Monday."),
        ("Su MAP la vio por la tarde.", "Her ER saw her in the afternoon."),
    ]
    assert "map" not in glossary.learn(_sides(_TERM + rival))


def test_a_dropped_and_an_added_acronym_are_excused_by_an_entry():
    (src, tgt), entries = _sides(_TERM)[1], {"map": ("gp", 2)}
    a = src.text.index("MAP")
    b = tgt.text.index("GP")
    lost = Finding("entity", "major", 0.6, (a, a + 3), None, "lost", "drift.entity")
    added = Finding("entity", "major", 0.55, None, (b, b + 2), "added", "drift.entity")
    assert glossary.excused(lost, src, tgt, entries) == ("MAP", "GP", 2)
    assert glossary.excused(added, src, tgt, entries) == ("MAP", "GP", 2)
    assert glossary.excused(lost, src, tgt, {"map": ("er", 2)}) is None


@pytest.mark.parametrize(
    "src,tgt,severity", [(*_TERM[0], "minor"), (*_TERM[1], "minor"), (*_ONE_OFF, "critical")]
)
def test_a_recurring_rendering_is_minor_and_a_one_off_swap_stays_critical(src, tgt, severity):
    # The module's pairs are checked in one batch: the glossary sees both MAP sentences.
    entity = [f for f in findings(__name__, src, tgt) if f.type == "entity"]
    assert entity and all(f.severity == severity for f in entity)
    assert all("term's rendering" in f.message for f in entity) == (severity == "minor")


# --- the antonym reading (aligner/drift/antonyms.py) ---


def _ws(text: str):
    return words(tokenize(text))


def test_every_before_a_count_is_a_frequency():
    ws = _ws("They call every two days and every few hours")
    assert _frequency(ws, 2) and _frequency(ws, 3)  # "every", "two"
    assert _frequency(ws, 6) and _frequency(ws, 7)  # "every", "few"
    assert not _frequency(_ws("They call every patient"), 2)


def test_end_of_a_purpose_is_no_noun():
    assert _purpose("end", Reading.of("It did it with the end to win time."))
    assert _purpose("end", Reading.of("It did it to end to win time."))
    assert not _purpose("end", Reading.of("The government put end to the war."))
    assert not _purpose("end", Reading.of("The end of the game arrived."))


def test_opposites_that_qualify_different_heads():
    tgt = read_side("They belong to the same family, as do some varieties of the cold.", "en")
    mt = Reading.of("They belong to the family of the virus, like other varieties of the cold.")
    k = next(i for i, t in enumerate(tgt.ws) if t.norm == "same")
    assert _other_heads(tgt, k, mt, "other")
    tgt2 = read_side("It is a safe place to swim.", "en")
    mt2 = Reading.of("It is a dangerous place to swim.")
    k2 = next(i for i, t in enumerate(tgt2.ws) if t.norm == "safe")
    assert not _other_heads(tgt2, k2, mt2, "dangerous")
    # the same noun phrase with its words reordered by the MT is no other head
    tgt3 = read_side("She drove her white Oldsmobile Intrigue home.", "en")
    mt3 = Reading.of("She drove her Oldsmobile black Intrigue home.")
    k3 = next(i for i, t in enumerate(tgt3.ws) if t.norm == "white")
    assert not _other_heads(tgt3, k3, mt3, "black")


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # "con el fin de" is Apertium's "with the end to": no opposite of "start"
        (
            "Guardamos los datos con el fin de usarlos en estudios futuros.",
            "We keep the data from the start so that it can be used in future studies.",
            None,
        ),
        ("El gobierno puso fin a la guerra.", "The government started the war.", "meaning"),
        # "every few minutes" is a frequency, not the opposite of "some"
        (
            "La gente se toca la cara a algunos minutos de intervalo.",
            "People touch their faces every few minutes.",
            None,
        ),
        # "the same family" qualifies another head than the MT's "other varieties"
        (
            "Pertenecen a la familia del virus, como otras variedades del resfriado.",
            "They belong to the same family, as do some varieties of the cold.",
            None,
        ),
        ("Los precios subieron mucho en marzo.", "Prices fell sharply in March.", "meaning"),
        # the noun "orders" names an order; the verb still gives one
        (
            "En los países pobres, las ordenanzas de cierre se aplican a menudo.",
            "In poor countries, lockdown orders are often enforced.",
            None,
        ),
        ("El juez ordenó que se fueran.", "The judge let them stay.", "modality"),
        # "without much" is "little", a privative: no added negation
        (
            "Evitad las salas cerradas con una débil circulación de aire.",
            "Avoid closed rooms without much air circulation.",
            None,
        ),
        (
            "Evitad las salas cerradas con una buena circulación de aire.",
            "Avoid closed rooms without air circulation.",
            "negation",
        ),
        # "salvo necesidad" is an exception, English "unless necessary"
        ("Quedaos en casa salvo necesidad.", "Stay at home unless necessary.", None),
        ("Quedaos en casa si es necesario.", "Stay at home unless necessary.", "negation"),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)
