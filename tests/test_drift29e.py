"""False alarms on faithful text, eighth round (docs/drift.md, "Session 24 (drift29e)").
Every sentence here is written for this test (the classes were found on ContraTICO's
Spanish proxy, slices fit, A and C, on the DEMETR proxies' faithful pairs and on
corpora dev2; no sentence is taken from the data). Each quiet case was reported at >=
major by the branch start; each reported case is the same shape with a real change, and
stays reported."""

from __future__ import annotations

import pytest

from tests.drift_batch import assert_quiet_or_reported, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a list's last item reworded: the translation's list ends on a new item there
        (
            "Los dos países firmaron un acuerdo para bajar los impuestos sobre el maíz y la "
            "carne de vacuno.",
            "The two countries signed a deal to cut taxes on corn and beef.",
            None,
        ),
        (
            "El club vende camisetas de algodón y de los recuerdos del equipo.",
            "The club sells cotton shirts and memorabilia.",
            None,
        ),
        (
            "La ciudad ofrece ayudas para el alquiler y el problema de los sin techo.",
            "The city offers help with rent and homelessness.",
            None,
        ),
        # the item dropped: nothing stands in its place
        (
            "Los dos países firmaron un acuerdo para bajar los impuestos sobre el maíz y la "
            "carne de vacuno.",
            "The two countries signed a deal to cut taxes on corn.",
            "omission",
        ),
        # the item dropped: the conjunction stands before an item the source has
        (
            "Los dos países firmaron un acuerdo para bajar los impuestos sobre el maíz, el "
            "trigo y la carne de vacuno.",
            "The two countries signed a deal to cut taxes on corn and wheat.",
            "omission",
        ),
        # the item dropped and the item before it reworded: the source's list has more
        # separators before the item than the translation's before its "and"
        (
            "Los dos países firmaron un acuerdo para bajar los impuestos sobre el maíz, el "
            "trigo y la carne de vacuno.",
            "The two countries signed a deal to cut taxes on corn and grain.",
            "omission",
        ),
        # an "or" of another list is not the dropped "y" item's place
        (
            "El club vende camisetas de algodón o de lana y de los recuerdos del equipo.",
            "The club sells shirts of cotton or fleece.",
            "omission",
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)
