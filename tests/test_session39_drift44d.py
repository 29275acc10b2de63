"""A noun the translation sets beside a noun the literal MT keeps (session 39, drift44d;
docs/drift.md, "Session 39 (drift44d)"). The sentences are written here for these tests
(ordinary Spanish and English news and health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The class
(:mod:`aligner.drift.added_compounds`): a noun added right after a common noun the
source and its MT keep, which becomes the new head ("el tigre" → "the tiger [shark]"),
or (read only when :data:`ENTRIES_BEFORE` is on) right before one, making a dictionary
compound with it ("el tráfico" → "[foot] traffic"), where the MT has the translation's
words around the pair side by side. A
source that says the noun ("tiburón tigre"), an MT complement it renders ("solicitud
de visado" → "visa application"), an MT modifier it renders ("pantalla táctil" →
"touch screen"), a name that takes an explanatory noun ("the Amazon river") are quiet.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_TIGER = "El tigre vive en los bosques húmedos de la India."
_TRAFFIC = "Desde el lunes, el tráfico está cortado en el puente."
CASES = [
    # a noun added after a kept noun
    (_TIGER, "The tiger shark lives in the humid forests of India.", "addition"),
    (_TIGER, "The tiger lives in the humid forests of India.", None),
    (
        "El tiburón tigre vive en aguas cálidas del Pacífico.",
        "The tiger shark lives in warm waters of the Pacific.",
        None,
    ),
    # a noun added before a kept noun, a compound with it
    (_TRAFFIC, "Since Monday, traffic is cut off on the bridge.", None),
    # what the source or its MT says
    (
        "La solicitud de visado fue rechazada por el consulado.",
        "The visa application was rejected by the consulate.",
        None,
    ),
    (
        "La pantalla táctil dejó de funcionar ayer.",
        "The touch screen stopped working yesterday.",
        None,
    ),
    ("El Amazonas cruza el norte de Brasil.", "The Amazon river crosses northern Brazil.", None),
    (
        "La enfermera midió la presión del paciente antes de la cirugía.",
        "The nurse measured the patient's pressure before surgery.",
        None,
    ),
    ("El alcalde visitó la escuela el martes.", "The mayor visited the school on Tuesday.", None),
    # the MT's noun a translation puts after the kept one ("N of M" → "M N")
    (
        "La mayoría de las escuelas rurales tiene conexión a internet desde 2021.",
        "Most rural schools have had internet access since 2021.",
        None,
    ),
    (
        "El ayuntamiento amplió los servicios de salud en los barrios del sur.",
        "The city council expanded health care in the southern neighbourhoods.",
        None,
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


def _word(surface: str, pos: str, known: bool = True):
    from aligner.drift.lexical_diff import Word

    return Word(surface, surface.lower(), pos, frozenset(), 0, 0, known)


def _words(text: str, tags: str):
    return [_word(s, p) for s, p in zip(text.split(), tags.split(), strict=True)]


@pytest.mark.parametrize(
    ("tgt", "tags", "mt", "mt_tags", "added"),
    [
        # the MT has the words around the pair side by side
        ("the tiger shark lives", "det n n vblex", "the tiger lives", "det n vblex", "shark"),
        # the MT's word after its noun is a modifier of its own
        ("the tiger shark lives", "det n n vblex", "the tiger fierce", "det n adj", None),
        # the MT's noun is "of" to a noun the translation renders nowhere
        (
            "their visa applications were",
            "det n n vbser",
            "his demand of visa were",
            "det n pr n vbser",
            None,
        ),
        # a head added after: the MT word after its noun is not the translation's
        ("the project holds water", "det n n n", "the project does water", "det n vblex n", None),
        # a noun translators add to name a kind of thing
        ("the crisis situation lasted", "det n n vblex", "the crisis lasted", "det n vblex", None),
    ],
)
def test_added_compound(tgt: str, tags: str, mt: str, mt_tags: str, added: str | None) -> None:
    from aligner.drift.added_compounds import added_compound

    found = added_compound([], _words(tgt, tags), _words(mt, mt_tags))
    assert (found[0].surface if found else None) == added


def test_entries_before(monkeypatch: pytest.MonkeyPatch) -> None:
    from aligner.drift import added_compounds

    tgt, mt = (
        _words("open to foot traffic until", "vblex pr n n pr"),
        _words("opening to the traffic is", "n pr det n vbser"),
    )
    monkeypatch.setattr(added_compounds, "ENTRIES_BEFORE", False)
    assert added_compounds.added_compound([], tgt, mt) is None
    monkeypatch.setattr(added_compounds, "ENTRIES_BEFORE", True)
    found = added_compounds.added_compound([], tgt, mt)
    assert found is not None and found[0].surface == "foot"
