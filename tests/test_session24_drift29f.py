"""With e5 on, the e5-off no-word clause rules run too (docs/drift.md, "Session 24
(drift29f)"): a source clause with no word found in the translation is an omission, and a
translation clause with no word found in the source an addition, with the e5-off evidence
of place and length, unless e5 vouches for the clause (the texts grow apart without it).
The clause evidence is built by hand (what e5 would say), so these tests run without the
model; the sentences are written here, not taken from any data."""

from __future__ import annotations

from aligner.drift.checks import read_side
from aligner.drift.clauses import (
    OMISSION_GAIN,
    VOUCH,
    ClauseEvidence,
    ClauseScore,
    check_clauses,
    worded_omissions,
)

_SRC = "Los vecinos limpiaron la plaza del pueblo y pintaron los bancos del parque."
_KEPT = "Los vecinos limpiaron la plaza del pueblo."


def _score(clause, coverage: float, gain: float, words: int, best: float = 0.85) -> ClauseScore:
    return ClauseScore(clause, coverage, best, gain, False, 0.95, words, words)


def _omission_case(tgt_text: str, gain: float, tgt_words: int):
    src, tgt = read_side(_SRC, "es"), read_side(tgt_text, "en")
    assert len(src.clauses) == 2
    scores = [_score(src.clauses[0], 1.0, -0.03, 4), _score(src.clauses[1], 0.0, gain, 4)]
    kept = [_score(c, 1.0 if k == 0 else 0.0, -0.01, 3) for k, c in enumerate(tgt.clauses)]
    ce = ClauseEvidence(src=scores, tgt=kept, similarity=0.9, mt_words=9, tgt_words=tgt_words)
    return src, tgt, ce


def test_a_clause_with_no_word_found_is_an_omission_with_e5_unless_e5_vouches() -> None:
    # e5's own rule does not read it (gain under OMISSION_GAIN, a close clause elsewhere)
    lost = src_span = None
    for gain, expected in ((OMISSION_GAIN / 3, ["major"]), (-2 * VOUCH, [])):
        src, tgt, ce = _omission_case("The neighbours cleaned the village square.", gain, 4)
        found = check_clauses(src, tgt, ce, [])
        assert [f.severity for f in found if f.type == "omission"] == expected
        lost = found[0] if found else lost
        src_span = (src.clauses[1].start, src.clauses[1].end)
    assert lost is not None and lost.source_span == src_span


def test_the_no_word_omission_with_e5_takes_the_e5_off_length_and_place_evidence() -> None:
    # the translation as long as the literal MT: a clause reworded, not dropped
    src, tgt, ce = _omission_case("The neighbours cleaned the village square.", 0.002, 8)
    assert [(f.type, f.severity) for f in check_clauses(src, tgt, ce, [])] == [
        ("omission", "minor")
    ]
    # a translation clause with no word found in the source stands in its place
    tgt_text = "The neighbours cleaned the village square, and gave the old seats fresh colour."
    src, tgt, ce = _omission_case(tgt_text, 0.002, 4)
    assert len(tgt.clauses) == 2
    assert [(f.type, f.severity) for f in check_clauses(src, tgt, ce, [])] == [
        ("omission", "minor")
    ]
    # and clause_senses reads it again word by word, as it does e5 off
    assert worded_omissions(ce) == {(src.clauses[1].start, src.clauses[1].end)}
    # a clause e5's rule reads as lost is its: major whatever the lengths, not read again
    src, tgt, ce = _omission_case("The neighbours cleaned the village square.", 0.03, 8)
    assert [(f.type, f.severity) for f in check_clauses(src, tgt, ce, [])] == [
        ("omission", "major")
    ]
    assert worded_omissions(ce) == set()


def test_a_clause_with_no_word_found_is_an_addition_with_e5_unless_e5_vouches() -> None:
    src = read_side(_KEPT, "es")
    tgt = read_side(
        "The neighbours cleaned the village square, leaving it spotless for the fair.", "en"
    )
    assert len(tgt.clauses) == 2
    for gain, expected in ((0.0, ["major"]), (-2 * VOUCH, [])):
        scores = [_score(tgt.clauses[0], 1.0, -0.03, 4), _score(tgt.clauses[1], 0.0, gain, 3)]
        ce = ClauseEvidence(
            src=[_score(src.clauses[0], 1.0, -0.03, 5)],
            tgt=scores,
            similarity=0.9,
            mt_words=5,
            tgt_words=8,
        )
        found = check_clauses(src, tgt, ce, [])
        assert [f.severity for f in found if f.type == "addition"] == expected
