"""Session 24 (drift29b): "igualmente", "siempre" and "mucho" read by the class of their
renderings (:mod:`aligner.drift.removed_adverbs`). Every sentence here is written here
for these tests, not taken from any of the data. No e5; Apertium's analyses of all the
pairs are read in one batch."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.removed_adverbs import removed_adverb
from tests.drift_batch import analysed_words

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

PAIRS = {
    "equally cut": (
        "Los vecinos han pedido igualmente una reunión con el alcalde.",
        "The neighbours have asked for a meeting with the mayor.",
    ),
    "equally as also": (
        "Los vecinos han pedido igualmente una reunión con el alcalde.",
        "The neighbours have also asked for a meeting with the mayor.",
    ),
    "equally as another": (
        "Tenéis igualmente la opción de pagar en la taquilla.",
        "Another option is to pay at the ticket office.",
    ),
    "equally as an opening and": (
        "Cerrad igualmente las ventanas antes de salir.",
        "And close the windows before you leave.",
    ),
    "always cut": (
        "El tren de la mañana llega siempre con retraso a la estación.",
        "The morning train arrives late at the station.",
    ),
    "always kept": (
        "El tren de la mañana llega siempre con retraso a la estación.",
        "The morning train always arrives late at the station.",
    ),
    "always after a negation": (
        "El tren de la mañana no llega siempre a la hora prevista.",
        "The morning train does not arrive at the planned time.",
    ),
    "long before cut": (
        "Los invitados llegaron mucho antes de la cena.",
        "The guests arrived before dinner.",
    ),
    "long before kept": (
        "Los invitados llegaron mucho antes de la cena.",
        "The guests arrived long before dinner.",
    ),
    "many as a determiner": (
        "Muchas familias visitaron el parque el domingo.",
        "Families visited the park on Sunday.",
    ),
}


def _removed(key: str) -> str | None:
    src, tgt = analysed_words(PAIRS)[key]
    found = removed_adverb(src, tgt, PAIRS[key][1], "es")
    return found and found.surface


@needs_apertium
@pytest.mark.parametrize(
    "key,found",
    [("equally cut", "igualmente"), ("always cut", "siempre"), ("long before cut", "mucho")],
)
def test_an_adverb_of_addition_frequency_or_degree_with_nothing_saying_it(
    key: str, found: str
) -> None:
    assert _removed(key) == found


@needs_apertium
@pytest.mark.parametrize(
    "key",
    [
        "equally as also",
        "equally as another",
        "equally as an opening and",
        "always kept",
        "always after a negation",
        "long before kept",
        "many as a determiner",
    ],
)
def test_renderings_of_the_class_negations_and_determiners_are_left_alone(key: str) -> None:
    # "another" and an opening "And" say the addition; "no … siempre" is the negation
    # readers' ("still not" as often as "not always"); "muchas" before a noun is no adverb.
    assert _removed(key) is None
