"""Newsroom classes a reviewer meets, session 40 (lead; docs/drift.md "Session 40, lead").
The sentences are written here for these tests: ordinary Spanish news text (football,
the economy, fires, councils), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all at major or
above). The classes:

* "no pasar de" before a determiner ("no pasó del empate", "no pasará del 3 por
  ciento", "no pasa de ser una idea") says a limit reached: English "could only draw",
  "will not exceed", "is just an idea"; "did not get past the first round" reads as
  English ("past", "worth", "near" before a determiner are prepositions Apertium's
  tagger does not know, :mod:`aligner.drift.plain_english`). Either side's negation may
  stand without the other (:data:`aligner.lang.es_cues_more.NOT_BEYOND`), "only" renders it
  (:mod:`aligner.drift.added_restrictions`), and a negation the translation adds to the
  "only" reading ("is not just an idea") is counted (:mod:`aligner.drift.privative`).
  Without a determiner "pasar de" is another verb ("nunca pasó de moda") and its
  negation still counts;
* "could only" is a restriction of ability, not a hedge: "could only draw" adds no
  possibility, while "podría" → "could only" is still read as the restriction it adds;
* "poco" as the object before its topic ("se sabe poco sobre…", "queda poco de…",
  "habló poco en…") said as none is critical ``negation``, as session 39 read it before
  a verb and at a clause's end (:mod:`aligner.drift.zero_amounts`); "hace poco",
  "a poco de" are times, not amounts.
"""

from __future__ import annotations

import pytest

from tests.drift_batch import assert_quiet_or_reported, batch_fixture

_batch = batch_fixture()

CASES = [
    # "no pasar de" + a determiner: a limit reached.
    (
        "El equipo no pasó del empate ante el Sevilla.",
        "The team could only draw against Sevilla.",
        None,
    ),
    ("El equipo no pasó del empate ante el Sevilla.", "The team drew against Sevilla.", None),
    ("El Betis no pasó de la primera ronda.", "Betis did not go beyond the first round.", None),
    # "past", "worth", "near" are prepositions before a determiner, not broken English.
    ("El Betis no pasó de la primera ronda.", "Betis did not get past the first round.", None),
    ("La espera valió la pena.", "It was worth the wait.", None),
    ("Los soldados llegaron cerca de la frontera.", "The soldiers arrived near the border.", None),
    ("El Betis no pasó de la primera ronda.", "Betis only reached the first round.", None),
    (
        "La inflación no pasará del 3 por ciento este año.",
        "Inflation will not exceed 3 percent this year.",
        None,
    ),
    (
        "La inflación no pasará del 3 por ciento este año.",
        "Inflation will only reach 3 percent this year.",
        None,
    ),
    ("La propuesta no pasa de ser una idea.", "The proposal is just an idea.", None),
    ("La propuesta no pasa de ser una idea.", "The proposal is not just an idea.", "negation"),
    (
        "La protesta no fue más allá de unos gritos.",
        "The protest was no more than some shouting.",
        None,
    ),
    # Without a determiner "pasar de" is another verb: its negation counts.
    ("Ese vestido nunca pasó de moda.", "That dress went out of fashion.", "negation"),
    (
        "El alcalde no pasó de largo ante los vecinos.",
        "The mayor passed the residents by.",
        "negation",
    ),
    # "could only": a restriction of ability, not a hedge.
    ("Solo pudieron mirar cómo ardía la casa.", "They could only watch the house burn.", None),
    ("El portero no pudo hacer nada.", "The goalkeeper could do nothing.", None),
    # "poco" as the object before its topic, said as none.
    (
        "Se sabe poco sobre el origen del incendio.",
        "Nothing is known about the origin of the fire.",
        "negation",
    ),
    (
        "Se sabe poco sobre el origen del incendio.",
        "Little is known about the origin of the fire.",
        None,
    ),
    ("Queda poco de la antigua fábrica.", "Nothing remains of the old factory.", "negation"),
    (
        "El ministro habló poco en la rueda de prensa.",
        "The minister said nothing at the press conference.",
        "negation",
    ),
    (
        "El ministro habló poco en la rueda de prensa.",
        "The minister said little at the press conference.",
        None,
    ),
    ("Llegó hace poco de Madrid.", "He arrived recently from Madrid.", None),
    ("A poco de llegar, empezó a llover.", "Shortly after arriving, it started to rain.", None),
]


@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_newsroom_class(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)
