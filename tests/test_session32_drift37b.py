"""Session 32 (drift37b): a fixed compound of the source of which the translation keeps only
the head (:mod:`aligner.drift.split_compounds`; docs/drift.md, "Session 32 (drift37b)").
The sentences are ordinary news and health text written here for these tests, not taken
from any data.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_PM = "El primer ministro visitó ayer el hospital de la ciudad."
_PEOPLE = "Millones de seres humanos viven todavía sin agua potable."
_SYSTEM = "El virus ataca el sistema nervioso de los pacientes más jóvenes."
_STATION = "Los astronautas llegaron a la estación espacial el martes."
_TEAM = "La selección femenina ganó la medalla de plata en Tokio."


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,missing",
    [
        # The head alone names someone or something else: found.
        (_PM, "The minister visited the city hospital yesterday.", "prime"),
        (_PEOPLE, "Millions of beings still live without drinking water.", "human"),
        (_SYSTEM, "The virus attacks the system of the youngest patients.", "nervous"),
        (_STATION, "The astronauts arrived at the station on Tuesday.", "space"),
        # The compound rendered whole, or with a word between its parts: quiet.
        (_PM, "The prime minister visited the city hospital yesterday.", None),
        (_PEOPLE, "Millions of human beings still live without drinking water.", None),
        (_SYSTEM, "The virus attacks the nervous system of the youngest patients.", None),
        (_STATION, "The astronauts arrived at the space station on Tuesday.", None),
        (_TEAM, "The women's football team won the silver medal in Tokyo.", None),
        # The modifier kept and the head dropped ("humans"), or the unit reworded
        # ("premier"): another reading, not a head kept alone.
        (_PEOPLE, "Millions of humans still live without drinking water.", None),
        (_PM, "The premier visited the city hospital yesterday.", None),
    ],
)
def test_a_compound_kept_only_by_its_head(src: str, tgt: str, missing: str | None) -> None:
    found = [f for f in findings(__name__, src, tgt) if f.severity != "minor"]
    said = [f for f in found if f.type == "omission" and "rendered only in part" in f.message]
    if missing is None:
        assert said == []
    else:
        assert len(said) == 1 and f"«{missing}»" in said[0].message, found
