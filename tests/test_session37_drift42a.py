"""False alarms on ContraTICO's label-0 pairs, twenty-first round (session 37, drift42a;
docs/drift.md, "Session 37 (drift42a)"). The sentences are written here for these tests
(ordinary health and news Spanish), not taken from any data.

Each case is a pair and the alarm expected (None: no alarm at all; a type: an alarm of
that type among them). The classes:

* a name the translation splits from its hyphenated partner by a stray space ("MERS-
  CoV", "SARS- CoV-2", "Susceptible-Exposed- Infectious-Removed") where the source
  writes the word whole is that word, not a name added; "SARS- CoV" for "MERS-CoV" is
  still a swap, and "MERS- CoV" where the source names no such word still two names
  added;
* a postverbal n-word after "no" and its verb across a comma ("no pretende crear, y no
  crea, ningún derecho ni beneficio": an object shared by two negated verbs) is concord,
  one negation with that "no", and so is an n-word coordinated to it ("ni beneficio");
  both negations dropped, or a "no" and an n-word of two clauses ("no abrió, y nadie"),
  are still reported;
* "presente" before its noun points at the text itself, "la presente orden" → "this
  Order", "los presentes estatutos" → "these statutes"; "el paciente presente en la
  sala" → "the patient in the room" still loses it.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_PUBLISHED = "El ministerio no ha publicado, y no publicará, ningún dato sobre los contagios."

# (source, translation, expected alarm type: None is none at all)
CASES = [
    # a name split from its hyphenated partner by a stray space
    (
        "Un informe sobre diez casos de infección por MERS-CoV durante el embarazo mostró "
        "que el cuadro clínico varía.",
        "A report of ten cases of MERS- CoV infection in pregnancy showed that the clinical "
        "presentation varies.",
        None,
    ),
    (
        "Se notificaron nuevos casos de SARS-CoV-2 en Madrid.",
        "New SARS- CoV-2 cases were reported in Madrid.",
        None,
    ),
    (
        "Aplicamos la inferencia bayesiana a los modelos Susceptible-Expuesto-Infeccioso-"
        "Recuperado.",
        "We apply Bayesian inference to Susceptible-Exposed- Infectious-Removed models.",
        None,
    ),
    (
        "Un informe sobre diez casos de MERS-CoV en Arabia Saudita.",
        "A report on ten cases of SARS- CoV in Saudi Arabia.",
        "entity",
    ),
    (
        "Un informe sobre diez casos de gripe en Arabia Saudita mostró que el cuadro "
        "clínico varía.",
        "A report of ten cases of MERS- CoV infection in Saudi Arabia showed that the "
        "clinical presentation varies.",
        "entity",
    ),
    # a postverbal n-word after "no" and its verb, across a comma
    (
        "La presente orden no pretende crear, y no crea, ningún derecho ni beneficio "
        "exigible contra el Estado.",
        "This Order is not intended to, and does not, create any rights or benefits "
        "enforceable against the State.",
        None,
    ),
    (
        _PUBLISHED,
        "The ministry has not published, and will not publish, any data on infections.",
        None,
    ),
    (_PUBLISHED, "The ministry has published, and will publish, data on infections.", "negation"),
    (
        "El hospital no abrió, y nadie fue atendido.",
        "The hospital opened, and nobody was treated.",
        "negation",
    ),
    # "presente" before its noun: "this"
    ("La presente orden entra en vigor el lunes.", "This Order takes effect on Monday.", None),
    (
        "Los presentes estatutos regulan el funcionamiento de la asociación.",
        "These statutes govern how the association works.",
        None,
    ),
    (
        "El paciente presente en la sala fue atendido por la enfermera.",
        "The patient in the room was treated by the nurse.",
        "omission",
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_session37_drift42a(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_hyphen_gap_is_read_only_after_a_stray_space():
    from aligner.drift.hyphen_names import split_from_partner
    from aligner.drift.signals import Entity, Side

    def side(text: str, lang: str) -> Side:
        return Side(text, lang, [], [], [], [], [], [])

    src = side("casos de MERS-CoV en Arabia Saudita", "es")
    spaced = side("cases of MERS- CoV in Saudi Arabia", "en")
    whole = side("cases of CoV in Saudi Arabia", "en")
    cov = spaced.text.index("CoV")
    assert split_from_partner(Entity(cov, cov + 3, "CoV", ("cov",), True), spaced, src)
    cov = whole.text.index("CoV")
    assert not split_from_partner(Entity(cov, cov + 3, "CoV", ("cov",), True), whole, src)
