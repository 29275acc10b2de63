"""Session 10 (docs/drift.md): a source name nothing renders, where the translation
breaks off after a preposition ("in and Calvados"), is an omission; the break alone
(a stranded preposition, a particle) or the lost name alone (a name with an article,
which may be rendered by a description) is not. The sentences are written here for
these tests, not taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.drift.checks import read_side
from aligner.drift.fluency import preposition_breaks
from tests.drift_batch import batch_fixture, findings

_batch = batch_fixture()


@pytest.mark.parametrize(
    "text,broken",
    [
        ("They blocked roads in and Calvados on Tuesday.", "in and"),
        ("Both permits were issued by of Illinois.", "by of"),
        ("A woman who died while walking in has been identified.", "in has"),
        ("The islands lie in, off the east coast.", "in,"),
        ("Trucks went in and out of the port.", None),
        ("It applies to patients with at least one condition, and of at least 60.", None),
        ("This is nothing to sneeze at.", "at."),
        ("The list is found at: the ministry's site.", None),
        ("The news was in May.", None),
    ],
)
def test_preposition_breaks(text: str, broken: str | None) -> None:
    spans = preposition_breaks(read_side(text, "en"))
    assert [text[a:b] for a, b in spans] == ([broken] if broken else [])


@pytest.mark.parametrize(
    "src,tgt,reported",
    [
        (
            "Los agricultores cortaron carreteras en el Morbihan y en el Calvados.",
            "Farmers blocked roads in and Calvados.",
            True,
        ),
        # the break is a stranded preposition, and every name is rendered
        (
            "El alcalde de Lyon dijo que no es cosa de broma.",
            "The mayor of Lyon said it is nothing to sneeze at.",
            False,
        ),
        # a name with an article rendered by a description, and no break
        (
            "Fuentes de la Moncloa confirmaron la reunión.",
            "Sources in the prime minister's office confirmed the meeting.",
            False,
        ),
    ],
)
def test_a_lost_name_at_a_break(src: str, tgt: str, reported: bool) -> None:
    # The name is reported where the translation breaks off, or, since session 32, by the
    # entity check when it is a name the MT does not know (the break is then reported on
    # its own, and the omission at the break does not name the name again).
    found = [
        f
        for f in findings(__name__, src, tgt, "es")
        if (f.type == "omission" and "breaks off" in f.message)
        or (f.type == "entity" and f.severity != "minor" and "is not mentioned" in f.message)
    ]
    assert bool(found) == reported, found
