"""Session 29 (drift34b): removed nouns and phrases (docs/drift.md, "Session 29 (drift34b)").
The sentences are written here for these tests, not taken from any data.

* a preposition straight before another, the first one's object cut ("the centre of for
  the region", "close to in the north"), and the English that puts two prepositions
  side by side on purpose (a particle, a stranded preposition, a bound on a figure, an
  infinitive, "out of"); a preposition before "such as" ("she wrote for such as the
  Times"); "including" or "are" before "and" and a noun phrase ("including and the
  children", "the best players in the league are and Lopez");
* a name or a figure cut out with its phrase ("destruidas por el ejército en Gaza durante
  la noche" → "destroyed by the army during the night", "cerró sus puertas en 1998 tras
  un incendio" → "closed its doors after a fire", "a las 12:00" at the end): an omission
  of the phrase beside the name's or figure's finding; not when the translation keeps
  the preposition ("by the army in during the night") or says the place or the time
  another way ("there", "at noon").
"""

from __future__ import annotations

from functools import cache

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift import subjectless
from aligner.drift.pos_fluency import load_model, tag_texts
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_CUT = {
    "The museum is the centre of for the whole region.": "of for",
    "Prices were similar to in the rest of the country last year.": "to in",
    # After a verb "to" is no object-less preposition here, but "to until" is a hole
    # of its own (session 31, frame_gaps: "did not open to until March").
    "The bridge stayed closed to until the end of March.": "to until",
    "She wrote a letter to from her office in the capital.": "to from",
    "The report on the use of during the war was published.": "of during",
    "For years she wrote for such as The Times and The Guardian.": "for such as",
    "Ten people, including and the children, were rescued.": "including and the",
    "The two best players in the league are and Lopez.": "are and Lopez",
}
_FLUENT = [
    "The plan was voted on in May by the council.",
    "The town is referred to in several old maps.",
    "He went on to win the race in Madrid.",
    "The offer is open for over a month, with at least ten places.",
    "The cat jumped out of the box and ran from behind the sofa.",
    "The two rivers meet in a valley of like shape.",
    "She lives in Beyond Town with her brother.",
    "She wrote for newspapers such as The Times.",
    "Ten people, including two children and a nurse, were rescued.",
    "Nobody knows where it is and the police are searching.",
    "The results are good and the team is happy.",
]


@cache
def _tagged() -> dict[str, list]:
    texts = [*_CUT, *_FLUENT]
    tags = tag_texts(texts, "en") if load_model() is not None else None
    if tags is None:
        pytest.skip("Apertium's English tagger is not installed")
    return dict(zip(texts, tags, strict=True))


def _gaps(text: str) -> list[str]:
    return [text[a:b] for a, b in subjectless.gaps(_tagged()[text])]


@pytest.mark.parametrize("text,gap", list(_CUT.items()))
def test_a_preposition_before_another_lost_its_object(text: str, gap: str) -> None:
    assert (gap in _gaps(text)) if gap else (_gaps(text) == [])


@pytest.mark.parametrize("text", _FLUENT)
def test_two_prepositions_english_puts_side_by_side(text: str) -> None:
    assert _gaps(text) == []


_HOUSES = "Cientos de casas fueron destruidas por el ejército en Gaza durante la noche."
_PLAN = "El alcalde presentó el nuevo plan de transporte en Valladolid el lunes."
_REPORT = "La comisión presentó su informe hoy a las 12:00."
_MUSEUM = "El museo cerró sus puertas en 1998 tras un incendio."


@needs_apertium
@pytest.mark.parametrize(
    "src,tgt,phrase",
    [
        (_HOUSES, "Hundreds of houses were destroyed by the army during the night.", "en Gaza"),
        (_PLAN, "The mayor presented the new transport plan on Monday.", "en Valladolid"),
        (_HOUSES, "Hundreds of houses were destroyed by the army in during the night.", None),
        (_HOUSES, "Hundreds of houses were destroyed by the army in Gaza during the night.", None),
        (_PLAN, "The mayor presented the new transport plan there on Monday.", None),
        (_REPORT, "The commission presented its report today.", "a las 12:00"),
        (_MUSEUM, "The museum closed its doors after a fire.", "en 1998"),
        (_MUSEUM, "The museum closed its doors in after a fire.", None),
        (_REPORT, "The commission presented its report today at noon.", None),
    ],
)
def test_a_name_cut_with_its_phrase(src: str, tgt: str, phrase: str | None) -> None:
    found = findings(__name__, src, tgt)
    lost = [src[f.source_span[0] : f.source_span[1]] for f in found if "phrase" in f.message]
    if phrase is None:
        assert lost == []
    else:
        assert lost == [phrase]
        assert any(f.type in ("entity", "number") for f in found)  # its own finding stays
