"""Added words, session 25 (docs/drift.md, "Session 25 (drift30a)"): a noun added two
words after a stretch worded as the MT (:mod:`aligner.drift.literal_stretch`), and a
capitalised word added before a noun the MT keeps (:mod:`aligner.drift.added_capitals`),
and an adjective the tagger does not know read by :mod:`aligner.drift.bare_phrases`.

The sentences are written here for these tests; none is taken from any of the data. The
made-up Spanish verb "rubricar" is a word Apertium does not know (as in the session 24
tests): it stands for the untranslated leftovers that stop the other readers near the
head. "Tomkpins" is a made-up place name, misspelt on purpose in the source."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import find_route
from aligner.drift.added_capitals import capital_added
from aligner.drift.pos_fluency import Tagged
from tests.drift_batch import (
    alarm_types,
    batch_fixture,
    major_addition_spans,
    stretch_addition,
)

_batch = batch_fixture()
needs_es = pytest.mark.skipif(find_route("es", "en") is None, reason="no Apertium es-en")

_CROSS_ES = "Los vecinos rubrican el puente cada tarde."
_FORM_ES = "La enfermera rubricó el formulario de petición ayer."
_VIRUS_ES = "El pueblo ha sufrido el impacto del virus durante el invierno."
_TOWN_ES = "Los turistas visitan el pueblo cada verano."
_CHURCH_ES = "Mi abuela canta en el coro de la iglesia más antigua del barrio."


@needs_es
@pytest.mark.parametrize(
    "src,tgt,added",
    [
        # a noun two words after the MT's stretch ("rubrican the … bridge"): added
        (_CROSS_ES, "The neighbours rubrican the stone bridge every afternoon.", "stone"),
        (_CROSS_ES, "The neighbours rubrican the bridge every afternoon.", None),
        # the MT has the head's complement after it ("the form of request"): a noun
        # before the head may be the translator's compound of it
        (_FORM_ES, "The nurse rubricó the permit form yesterday.", None),
    ],
)
def test_noun_in_two_word_stretch(src: str, tgt: str, added: str | None) -> None:
    assert stretch_addition(src, tgt) == added


def _tagged(text: str, tags: str) -> list[Tagged]:
    """Hand-tagged words of a text written here (one tag a word, by spaces)."""
    out, cursor = [], 0
    for word, tag in zip(text.split(), tags.split(), strict=True):
        start = text.index(word, cursor)
        cursor = start + len(word)
        out.append(Tagged(word, tag, start, cursor))
    return out


@pytest.mark.parametrize(
    "src,mt,tgt,tags,added",
    [
        # a name before a noun the MT has, nothing like it in the source or the MT
        (
            "el impacto del virus",
            "the impact of the virus",
            "the impact of the Zika virus",
            "det n pr det np n",
            "Zika",
        ),
        # the source has the name (in another case, or misspelt)
        (
            "el impacto del virus zika",
            "the impact of the virus zika",
            "the impact of the Zika virus",
            "det n pr det np n",
            None,
        ),
        (
            "visitó el condado de Tomkpins",
            "visited the county of Tomkpins",
            "visited Tompkins county",
            "vblex np n",
            None,
        ),
        # at the start of the sentence, or inside a run of capitals: not read
        ("virus", "virus", "Zika virus", "np n", None),
        ("el virus", "the virus", "the West Nile virus", "det np np n", None),
        # the noun after it is not the MT's
        ("el impacto", "the impact", "the Zika outbreak", "det np n", None),
        # an acronym is the name check's
        ("el virus", "the virus", "the HIV virus", "det np n", None),
    ],
)
def test_capital_added(src: str, mt: str, tgt: str, tags: str, added: str | None) -> None:
    got = capital_added(_tagged(tgt, tags), src, mt)
    assert (got.surface if got is not None else None) == added


@needs_es
@pytest.mark.parametrize(
    "src,tgt,added",
    [
        (_VIRUS_ES, "The village has suffered the impact of the Asian virus in winter.", "Asian"),
        (_VIRUS_ES, "The village has suffered the impact of the virus in winter.", None),
        (
            _CHURCH_ES,
            "My grandmother sings in the choir of the oldest Catholic church in the area.",
            "Catholic",
        ),
        (_CHURCH_ES, "My grandmother sings in the choir of the oldest church in the area.", None),
        (_CROSS_ES, "The neighbours rubrican the stone bridge every afternoon.", "stone"),
        # a lower-case adjective Apertium's tagger does not know ("unk") before a noun
        # the MT has: now read by bare_phrases' pre-filter
        (_TOWN_ES, "The tourists visit the idyllic village each summer.", "idyllic"),
        (_TOWN_ES, "The tourists visit the village each summer.", None),
    ],
)
def test_end_to_end(src: str, tgt: str, added: str | None) -> None:
    """An addition at major at the word through the whole check; the twin is quiet."""
    if added is None:
        assert "addition" not in alarm_types(__name__, src, tgt, "es")
        return
    assert added in major_addition_spans(__name__, src, tgt)
