"""Names dropped that are surely names (session 37, drift42c; docs/drift.md, "Session 37
(drift42c)"). The sentences are written here for these tests (ordinary Spanish news and
health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* a country after an article ("la India", "al Perú", "el Reino Unido", "desde la
  China"): gone when no translation word says the country or its people ("Indian
  exports", "Britain" stay quiet);
* a name after the sentence's opening preposition ("En Sevilla, …", "A Lisboa …");
* a place inside an institution's name the MT translates ("la Bolsa de Madrid" →
  "Shares fell"), quiet when the place is there ("the Madrid Stock Exchange", "the
  University of Seville");
* an organisation's name cut to its last word, an English common word ("la Barrick
  Gold" → "Gold"), quiet for a short name ("Telekom", "Sachs");
* a speaker's name of two words or more dropped while the role is kept ("según el
  ministro de Sanidad, Salvador Illa" → "according to the Health Minister"), quiet with
  the surname alone or the whole name (since the merge with the session-37 lead's
  ``voice_bodies.person_gone`` the speaker check reports it first, "the named speaker is
  gone", and the name finding is then said once, as that);
* a sentence opening on a modal, its subject gone ("Must wear a mask at school." for
  "Los niños deben llevar…"), stays reported, but not where the source opens on a modal
  or an auxiliary too, its subject unsaid, as a leaflet writes ("Puede causar
  somnolencia." → "May cause drowsiness.", "Can be taken with or without food."); and
  "May" opening a sentence before a base verb is the modal, not a month no source
  states; before a past ("May was the warmest month", "May saw record sales") the month.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_INDIA = "Las exportaciones de la India crecieron un 5 % en el primer trimestre."
_UK = "El virus llegó al Reino Unido en febrero."
_PERU = "Los turistas que viajan al Perú deben vacunarse contra la fiebre amarilla."
_CHINA = "El brote se extendió desde la China hasta el Japón."
_SEVILLE = "En Sevilla, los hospitales han suspendido las visitas."
_LISBON = "A Lisboa llegaron ayer dos mil refugiados."
_BOURSE = "Las acciones de la Bolsa de Madrid cayeron un 3 % este lunes."
_MINISTER = "Según el ministro de Sanidad, Salvador Illa, la vacuna llegará en enero."
_SPOKESMAN = "El portavoz del Gobierno, Pablo Ruiz, dijo que no habrá cambios."
_GOLD = "Las acciones de la Barrick Gold cayeron tras la huelga en la mina."
_TELEKOM = "Las acciones de la Deutsche Telekom subieron un 2 %."

CASES = [
    # a country after an article
    (_INDIA, "Exports grew 5% in the first quarter.", "entity"),
    (_INDIA, "Indian exports grew 5% in the first quarter.", None),
    (_INDIA, "India's exports grew 5% in the first quarter.", None),
    (
        "El Gobierno de la India aprobó ayer el presupuesto.",
        "The Indian government approved the budget yesterday.",
        None,
    ),
    (_UK, "The virus arrived in February.", "entity"),
    (_UK, "The virus reached Britain in February.", None),
    (_PERU, "Tourists must be vaccinated against yellow fever.", "entity"),
    (_PERU, "Tourists travelling to Peru must be vaccinated against yellow fever.", None),
    (_CHINA, "The outbreak spread to Japan.", "entity"),
    (_CHINA, "The outbreak spread from China to Japan.", None),
    # a name after the opening preposition
    (_SEVILLE, "Hospitals have suspended visits.", "entity"),
    (_SEVILLE, "In Seville, hospitals have suspended visits.", None),
    (_LISBON, "Two thousand refugees arrived yesterday.", "entity"),
    (_LISBON, "Two thousand refugees arrived in Lisbon yesterday.", None),
    # a place inside an institution's name
    (_BOURSE, "Shares fell 3% this Monday.", "entity"),
    (_BOURSE, "Shares on the Madrid Stock Exchange fell 3% this Monday.", None),
    (
        "La Universidad de Sevilla publicó el estudio en marzo.",
        "The University of Seville published the study in March.",
        None,
    ),
    (
        "La Comunidad de Madrid registró 200 casos nuevos.",
        "The Madrid region recorded 200 new cases.",
        None,
    ),
    # an organisation cut to its last word
    (_GOLD, "Gold shares fell after the strike at the mine.", "entity"),
    (_GOLD, "Barrick Gold shares fell after the strike at the mine.", None),
    (_TELEKOM, "Telekom shares rose 2%.", None),
    (
        "La Goldman Sachs recortó su previsión de crecimiento.",
        "Sachs cut its growth forecast.",
        None,
    ),
    ("El Real Madrid ganó al Barcelona.", "Madrid beat Barcelona.", None),
    # a speaker's name dropped, the role kept
    (_MINISTER, "According to the Health Minister, the vaccine will arrive in January.", "speaker"),
    (
        _MINISTER,
        "According to Health Minister Salvador Illa, the vaccine will arrive in January.",
        None,
    ),
    (_MINISTER, "According to Health Minister Illa, the vaccine will arrive in January.", None),
    (_SPOKESMAN, "Government spokesman said there would be no changes.", "speaker"),
    (_SPOKESMAN, "Government spokesman Pablo Ruiz said there would be no changes.", None),
    (
        '"La vacuna llegará en enero", dijo el ministro de Sanidad, Salvador Illa.',
        '"The vaccine will arrive in January," said the Health Minister.',
        "speaker",
    ),
    # an opening modal: the subject gone, or unsaid in the source too
    (
        "Los niños deben llevar mascarilla en el colegio.",
        "Must wear a mask at school.",
        "omission",
    ),
    (
        "Los pacientes pueden sufrir mareos tras recibir la vacuna.",
        "May experience dizziness after receiving the vaccine.",
        "omission",
    ),
    (
        "Los pacientes pueden sufrir mareos tras recibir la vacuna.",
        "Patients may experience dizziness after receiving the vaccine.",
        None,
    ),
    ("Puede causar somnolencia.", "May cause drowsiness.", None),
    ("Puede causar somnolencia.", "Can cause drowsiness.", None),
    ("Puede tomarse con o sin comida.", "Can be taken with or without food.", None),
    ("Debe tomarse con agua.", "Must be taken with water.", None),
    ("Mayo fue el mes más cálido desde 1950.", "May was the warmest month since 1950.", None),
    ("Mayo registró ventas récord.", "May saw record sales.", None),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_opening_preposition_reads_a_capital_by_position() -> None:
    from aligner.drift.checks import read_side
    from aligner.drift.sure_names import after_opening_preposition

    side = read_side("En Sevilla, los hospitales cerraron.", "es")
    assert after_opening_preposition(side.entities[0], side)
    side = read_side("Ayer en Sevilla cerraron los hospitales.", "es")
    assert not after_opening_preposition(side.entities[0], side)


def test_speaker_names_need_two_words_and_no_other_name() -> None:
    from aligner.drift.checks import read_side
    from aligner.drift.sure_names import speaker_names_lost

    src = read_side("Según la ministra Ana Redondo, el plan sigue.", "es")
    tgt = read_side("According to the minister, the plan goes on.", "en")
    named = [e for e in src.entities if "redondo" in e.parts]
    assert speaker_names_lost(src, tgt, named, []) == named
    assert speaker_names_lost(src, tgt, named, named) == []  # another name there
    tgt = read_side("According to minister Redondo, the plan goes on.", "en")
    assert speaker_names_lost(src, tgt, named, []) == []


def test_may_opening_before_a_base_verb_is_the_modal() -> None:
    from aligner.drift.dates import opens_on_modal
    from aligner.drift.text import tokenize

    assert opens_on_modal(tokenize("May cause drowsiness."), 0)
    assert not opens_on_modal(tokenize("May was the warmest month."), 0)
    assert not opens_on_modal(tokenize("May saw record sales."), 0)
    assert not opens_on_modal(tokenize("May 5 is a holiday."), 0)


@needs_apertium
def test_a_speaker_dropped_is_reported_once() -> None:
    from tests.drift_batch import findings

    got = findings(__name__, _MINISTER, "The vaccine will arrive in January.", "es")
    assert [f.type for f in got if f.severity != "minor"] == ["speaker"]
