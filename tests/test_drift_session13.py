"""False alarms on faithful pairs, session 13 (docs/drift.md, "Session 13"): "either
side" for "los dos lados", the conjugated "tener necesidad" and the adjective
"necesario" answering an English "need"/"required", "having" after a verb, the noun of a
complex preposition ("en lugar de"), a figure that is part of a name ("covid-19",
"G-20"), "quite" for a softener, "salvo si" for "unless", exonyms that move only vowels
("Baviera"/"Bavaria"). Each class has a case that must stay quiet (each fails on the
session's start) and one that must still be reported. The sentences are written here for
these tests, not taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.drift.text import cognate
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        (
            "Las estriberas cuelgan a los dos lados de la silla.",
            "The stirrups hang on either side of the saddle.",
            None,
        ),
        (
            "Las estriberas cuelgan a los dos lados de la silla.",
            "The stirrups hang on three sides of the saddle.",
            "number",
        ),
        (
            "Allí podréis comprar todo aquello de lo que tenéis necesidad.",
            "There you can buy everything you need.",
            None,
        ),
        (
            "Las proteínas necesarias para el ensamblaje del virus son tres.",
            "The proteins required for the assembly of the virus are three.",
            None,
        ),
        (
            "Las proteínas dirigen el ensamblaje del virus.",
            "The proteins are required to direct the assembly of the virus.",
            "modality",
        ),
        (
            "Sus representantes han negado haber emitido las facturas.",
            "Its representatives denied having issued the invoices.",
            None,
        ),
        (
            "Reforzaríamos ya mucho la escuela si se « los » hacía trabajar 35 horas "
            "en lugar de 17.",
            "We would already greatly strengthen the school if we made “them” work 35 hours "
            "instead of 17.",
            None,
        ),
        (
            "Los vecinos creen que se trata tal vez de la covid-19.",
            "Residents think it might be the coronavirus.",
            None,
        ),
        ("El G-20 se reúne hoy en Roma.", "The G20 meets today in Rome.", None),
        (
            "Le hacen la prueba de la covid-19 cada día.",
            "He is tested daily for covid-22.",
            "number",
        ),
        (
            "En el sur los pasteles son un poco dulces.",
            "In the south the pastries are quite sweet.",
            None,
        ),
        ("El hotel es un poco caro.", "The hotel is very expensive.", "intensity"),
        (
            "Se aconseja no viajar, salvo si es necesario.",
            "You are advised not to travel unless necessary.",
            None,
        ),
        ("Se aconseja viajar.", "You are advised not to travel.", "negation"),
        ("Los pasteles de Baviera son buenos.", "Bavaria's pastries are good.", None),
        ("Los pasteles de Baviera son buenos.", "Saxony's pastries are good.", "entity"),
    ],
)
def test_faithful_quiet_errors_reported(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Baviera", "Bavaria", True),
        ("Losanna", "Lausanne", True),
        ("Austria", "Estiria", False),  # other consonants
        ("Sonora", "Sinaloa", False),
        ("Berlin", "Brno", False),  # too short a key to be one name
    ],
)
def test_exonyms_that_move_only_vowels(a: str, b: str, same: bool) -> None:
    assert cognate(a, b) is same


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # the adjective is gone and the literal MT's "the important law" closed to "the law"
        (
            "El presidente firmó ayer la importante ley de vivienda.",
            "The president signed the law on housing yesterday.",
            "omission",
        ),
        (
            "El presidente firmó ayer la importante ley de vivienda.",
            "The president signed the important housing law yesterday.",
            None,
        ),
        # a word of the dictionary's multiword rendering is there ("public prosecutor")
        (
            "El fiscal dijo que el detenido tendría vínculos con una red.",
            "The prosecutor said the detainee allegedly has ties to a ring.",
            None,
        ),
        # the adjective moved before its noun, which the analyser does not know:
        # "his homologous Venezuelan" → "his Venezuelan counterpart" is no removal
        (
            "El canciller ruso y su homólogo venezolano firmaron el acuerdo.",
            "The Russian foreign minister and his Venezuelan counterpart signed the deal.",
            None,
        ),
        # an added adverb between two words the literal MT has side by side
        (
            "Los vecinos limpiaron la plaza del pueblo.",
            "The neighbours quickly cleaned the square of the village.",
            "addition",
        ),
        (
            "Los vecinos limpiaron la plaza del pueblo.",
            "The residents tidied up the village square.",
            None,
        ),
        # a reworded phrase puts new words by the gap: rewording, not removal
        (
            "Los torneos de menor envergadura se organizan a veces aquí.",
            "Smaller tournaments are sometimes held here.",
            None,
        ),
    ],
)
def test_a_closed_gap_is_a_removed_word(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found
