"""Session 34 (drift39b): critical removals by class — "todavía" under a negation,
"menos" grading a verb, "hace" (ago) and the part of a period left unsaid
(:mod:`aligner.drift.removed_extent`), a unit read as an ordinal by the tagger ("12
segundos": :mod:`aligner.drift.lost_units`), and a verb cut before "que"
(:func:`aligner.drift.verb_holes.complement_hole`); docs/drift.md, "Session 34
(drift39b)". The sentences are ordinary news and health text written here for these
tests, not taken from any data.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_REPORT = "El gobierno no ha publicado todavía el informe anual."
_DOCTORS = "Los médicos recomiendan comer menos y caminar más."
# Before a determiner the tagger reads "segundos" as the ordinal ("second").
_RUNNER = "El corredor batió por 12 segundos su propia marca."
_SINGER = "Hace dos meses, la cantante salió de una clínica en Arizona."
_PRICES = "Los precios de la luz subirán a finales de año."
_VOTE = "El parlamento votará la ley a principios de marzo."
_SPOKESMAN = "El portavoz ha declarado que las ventas han aumentado desde marzo."
_SCIENTISTS = "Los científicos han descubierto que el virus muta con rapidez."
_COMPANY = "La empresa ha anunciado que los precios subirán en enero."


def _omissions(src: str, tgt: str) -> list:
    return [
        f for f in findings(__name__, src, tgt) if f.severity != "minor" and f.type == "omission"
    ]


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,word",
    [
        # "not yet" read as "not": the negation no longer holds only so far.
        (_REPORT, "The government has not published the annual report.", "todavía"),
        # "eat less" read as "eat".
        (_DOCTORS, "Doctors recommend eating and walking more.", "menos"),
        # "12 segundos" (tagged as the ordinal "second") read as a bare "12".
        (_RUNNER, "The runner beat his own record by 12.", "segundos"),
        # "ago" read as a bare span of time.
        (_SINGER, "Two months, the singer left a clinic in Arizona.", "Hace"),
        # The part of a period read as the whole of it.
        (_PRICES, "Electricity prices will rise this year.", "finales"),
        (_VOTE, "Parliament will vote on the law in March.", "a principios de"),
        # A verb of saying or finding cut before "que": the subject joined to the clause.
        (_SPOKESMAN, "The spokesman sales have increased since March.", "declarado"),
        (_SCIENTISTS, "The scientists the virus mutates quickly.", "descubierto"),
        (_COMPANY, "The company prices will rise in January.", "anunciado"),
    ],
)
def test_a_removed_word_is_found(src: str, tgt: str, word: str) -> None:
    said = _omissions(src, tgt)
    assert said and f"«{word}»" in said[0].message, said


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt",
    [
        # The aspect said, in its words or others.
        (_REPORT, "The government has not yet published the annual report."),
        (_REPORT, "The annual report is still unpublished."),
        (_REPORT, "So far the government has not published the annual report."),
        # "todavía" with no negation is left to the other readers ("still" or nothing).
        ("El hospital todavía atiende a los pacientes.", "The hospital treats patients."),
        # "menos" comparing an adjective or bounding a figure is no degree of a verb.
        (_DOCTORS, "Doctors recommend eating less and walking more."),
        ("Los vuelos son menos caros en marzo.", "Flights are cheaper in March."),
        ("Llegaron menos de 20 personas.", "Fewer than 20 people came."),
        # The unit kept.
        (_RUNNER, "The runner beat his own record by 12 seconds."),
        # The point in the past said, or a span said with "for".
        (_SINGER, "Two months ago, the singer left a clinic in Arizona."),
        ("Hace dos meses que vive en Madrid.", "She has lived in Madrid for two months."),
        # The part said.
        (_PRICES, "Electricity prices will rise at the end of the year."),
        (_PRICES, "Electricity prices will rise late this year."),
        (_VOTE, "Parliament will vote on the law in early March."),
        # The verb said, or said another way.
        (_SPOKESMAN, "The spokesman said that sales have increased since March."),
        (_COMPANY, "The company says prices will rise in January."),
        (_COMPANY, "According to the company, prices will rise in January."),
        (_SCIENTISTS, "The scientists found that the virus mutates quickly."),
    ],
)
def test_a_faithful_rendering_stays_quiet(src: str, tgt: str) -> None:
    assert _omissions(src, tgt) == []
