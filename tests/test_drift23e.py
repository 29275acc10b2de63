"""Negations missed, session 18 (docs/drift.md, "Session 18 (drift23e): negations and
gender missed"). The sentences are written here for these tests, not taken from any of
the data. No MT and no e5: where a test needs what Apertium would say, the literal
translation is written by hand into :class:`Evidence`."""

from __future__ import annotations

import pytest

from aligner.drift.checks import read_side
from aligner.drift.merging import absorb
from aligner.drift.negation_count import negations_in_pairs
from aligner.drift.signals import Evidence, Finding, Reading


def _pairs(src: str, tgt: str, mt: str | None = None) -> list[str]:
    ev = Evidence(mt=Reading.of(mt)) if mt else Evidence()
    found = negations_in_pairs(read_side(src, "es"), read_side(tgt, "en"), ev)
    return [f"{f.type}/{f.severity}" for f in found]


@pytest.mark.parametrize(
    "src,tgt",
    [
        (  # two clauses turned round, one "not" each
            "La tienda abre los lunes y el museo cierra a las ocho.",
            "The shop doesn't open on Mondays and the museum does not close at eight.",
        ),
        (  # the source negates both clauses, the translation neither
            "El tren no llegó a tiempo, pero el autobús no se retrasó.",
            "The train arrived on time, but the bus was delayed.",
        ),
    ],
)
def test_two_clauses_negated_on_one_side_only(src: str, tgt: str) -> None:
    assert _pairs(src, tgt) == ["negation/critical"]


@pytest.mark.parametrize(
    "src,tgt,mt",
    [
        (  # one clause: concord, "no … nunca" is one negation
            "Mi abuela cocinaba con sal.",
            "My grandmother never cooked without salt.",
            None,
        ),
        (  # both sides negate: parity is the polarity check's business
            "No vino y no llamó.",
            "He did not come and he called.",
            None,
        ),
        (  # a word carries each negation on the silent side
            "Es imposible entrar y es inútil esperar.",
            "It is not possible to get in, and waiting does not help.",
            None,
        ),
        (  # the literal MT of the source negates too: the lists missed a source cue
            "Ella lo sabía, él lo ignoraba y yo también.",
            "She knew it, he did not know it, and I did not either.",
            "She knew it, he did not know it, and I either.",
        ),
    ],
)
def test_no_pair_of_negations_to_report(src: str, tgt: str, mt: str | None) -> None:
    assert _pairs(src, tgt, mt) == []


def _finding(kind: str, severity: str, tgt: tuple[int, int]) -> Finding:
    return Finding(kind, severity, 0.8, None, tgt, "written here", f"drift.{kind}")


@pytest.mark.parametrize("clause_severity,kept", [("minor", True), ("major", False)])
def test_a_minor_added_clause_does_not_absorb_a_critical_negation(
    clause_severity: str, kept: bool
) -> None:
    # "… and the team did not win" reported as an added clause, the "not" at 20-23.
    negation = _finding("negation", "critical", (20, 23))
    clause = _finding("addition", clause_severity, (0, 40))
    assert (negation in absorb([negation], [clause])) is kept


def _pairs_by_mt(src: str, tgt: str, mt: str) -> list[str]:
    ev = Evidence(mt=Reading.of(mt))
    found = negations_in_pairs(read_side(src, "fr"), read_side(tgt, "en"), ev)
    return [f"{f.type}/{f.severity}" for f in found]


@pytest.mark.parametrize(
    "tgt,mt,found",
    [
        (  # two "not"s added, the literal MT negates nothing
            "The shop doesn't open on Mondays and the museum does not close at eight.",
            "The shop opens the Monday and the museum closes at eight hours.",
            ["negation/critical"],
        ),
        (  # a restrictive "ne … que" is Apertium's "not … that": rendered "only"
            "The shop opens only on Mondays and the museum closes at eight.",
            "The shop does not open that the Monday and the museum does not close late.",
            [],
        ),
        (  # a privative renders one of the MT's negations
            "The shop is closed on Mondays and the museum is unsafe.",
            "The shop does not open the Monday and the museum is not safe.",
            [],
        ),
    ],
)
def test_pairs_of_negations_through_the_literal_mt(tgt: str, mt: str, found: list[str]) -> None:
    # The French source (written here) only matters through its MT: no French lists.
    src = "Le magasin ouvre le lundi et le musée ferme à huit heures."
    assert _pairs_by_mt(src, tgt, mt) == found
