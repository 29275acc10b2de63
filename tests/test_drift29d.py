"""General English opposites WordNet does not pair, session 24 (docs/drift.md,
"Session 24 (drift29d)"): ``data/opposites_common_en.tsv`` read with WordNet's antonym
table (:mod:`aligner.drift.opposite_tables`) by the literal-MT reading
(:mod:`aligner.drift.antonyms`) and the dictionary reading
(:mod:`aligner.drift.opposite_words`).

Each reported case is one word turned into its opposite; each quiet case its faithful
twin. The sentences are written here for these tests; none is taken from any of the data.
"""

from __future__ import annotations

import pytest

from aligner.drift import antonyms, opposite_tables
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()

_BRIDGE = "Los vecinos construyeron un puente de madera sobre el río en 1990."
_CRISIS = "La crisis es global y exige una respuesta de todos los gobiernos."
_CHAIR = "La silla del abuelo era muy frágil y nadie se sentaba en ella."


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a verb WordNet does not oppose ("build" / "destroy")
        (_BRIDGE, "The neighbours destroyed a wooden bridge over the river in 1990.", "meaning"),
        (_BRIDGE, "The neighbours built a wooden bridge over the river in 1990.", None),
        # an adjective ("global" / "local")
        (_CRISIS, "The crisis is local and demands a response from every government.", "meaning"),
        (_CRISIS, "The crisis is global and demands a response from every government.", None),
        # an adjective and its satellites' kind ("fragile" / "sturdy")
        (_CHAIR, "Grandfather's chair was very sturdy and nobody sat on it.", "meaning"),
        (_CHAIR, "Grandfather's chair was very fragile and nobody sat on it.", None),
    ],
)
def test_common_opposites(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found


def test_table_reads_both_files() -> None:
    mt = "the houses were destroyed by the storm".split()
    assert antonyms.opposed(mt, "the houses were built by the storm".split()) == [(3, "destroyed")]
    # the irregular form ("built") is read through the common table's "=" lines
    assert "build" in antonyms.lemmas("built")
    # the faithful word and a synonym of it are no opposites
    assert not antonyms.opposed(mt, "the houses were destroyed by the gale".split())
    assert not antonyms.opposed(mt, "the houses were demolished by the storm".split())


def test_common_table_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opposite_tables, "COMMON_OPPOSITES", False)
    lines = opposite_tables.data_lines()
    assert not any(line.split("\t")[1:] == ["build", "destroy"] for line in lines)
    monkeypatch.setattr(opposite_tables, "COMMON_OPPOSITES", True)
    lines = opposite_tables.data_lines()
    assert any(line.split("\t")[1:] == ["build", "destroy"] for line in lines)


def test_both_poles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the translation keeps the contrast ("near … far"): the MT's "remote" is rendered by
    # "far", not opposed by "near"
    mt = "the town is on the close bank and the castle on the remote bank".split()
    tgt = "the town is on the near bank and the castle on the far bank".split()
    assert not antonyms.opposed(mt, tgt)
    # one pole only: "near" for the MT's "remote" is an opposite
    assert antonyms.opposed(mt, "the castle is on the near bank".split()) == [(5, "remote")]
    monkeypatch.setattr(opposite_tables, "BOTH_POLES", False)
    assert (5, "remote") in antonyms.opposed(mt, tgt)


def test_left_as_remained_is_no_opposite() -> None:
    # "were left" is "remained": since session 38 (drift43b) "leave" is paired with "stay"
    # and "remain", and "left" of a state is kept out by the reversal's guard instead.
    from aligner.drift import antonym_guards
    from aligner.drift.text import tokenize

    assert antonym_guards._state_left(tokenize("some homes were left empty after the storm"), 3)
