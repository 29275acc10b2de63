"""False alarms on faithful pairs, fourteenth round (session 30, drift35c; docs/drift.md,
"Session 30 (drift35c)"). The sentences are written here for these tests, not taken
from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* an exception the translation words without a condition ("salvo a los residentes" →
  "with an exception for residents") leaves its "barring" a refusal ("rechazando la
  entrada" → "barring entry"); an "unless" beside an exception already worded ("except
  Mondays, unless it rains") is a condition of its own, a negation added;
* a judgement reported impersonally ("se considera que", "es considerado") answers an
  English reportive hedge ("is believed to", "is thought to");
* "poder" in a purpose clause ("para que los vecinos puedan expresar") is no hedge of
  the sentence's own ("to let residents voice");
* "require" with a thing after it ("methods that require direct communication") is a
  need of the thing, no duty; "requires visitors to register" stays one;
* "non-compulsory" carries the obligation "no obligatorios" denies;
* a complement after nouns joined by "y" qualifies each ("los ciudadanos y residentes
  permanentes del país" → "local citizens and permanent residents");
* an award's title carries the superlative ("mejor jugador del partido" → "man of the
  match", "la mejor jugadora del año" → "the player of the year");
* a preposition in the literal MT ("bajo el nombre de" → MT "under the name of") is no
  opposite of the translation's adjective ("known as higher education"); "above the
  average" ↔ "below the average" still is;
* two acronyms each defined in place in its own language ("infecciones de las vías
  respiratorias inferiores (IVRI)" → "lower respiratory tract infections (LRTI)") are no
  swapped names; another acronym there ("(COPD)") is;
* a label of a figure and a letter ("los cuadros 2a y 2b" → "tables 2a and 2b") is no
  break the tagger's pieces ("2", "a") make; a sentence with no verb still is;
* Portuguese "o Ministério Público" is the prosecution ("according to prosecutors"), as
  Spanish "la fiscalía" is.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import alarm_types, assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_BORDERS = (
    "Varios países han cerrado sus fronteras, rechazando la entrada a los extranjeros "
    "(salvo a los residentes)."
)
_BATS = "The virus is believed to originate from bats."
_LEVELS = "La enseñanza superior abarca los niveles {} que siguen al bachillerato."
_NON_COMPULSORY = "Higher education covers the non-compulsory levels that follow secondary school."
_MEASURE = "La medida protege a los ciudadanos y residentes permanentes{}."
_LOCAL = "The measure protects local citizens and permanent residents."
_TESTED = (
    "Se harán pruebas a las personas con infecciones de las vías respiratorias inferiores (IVRI)."
)
_INFECTIONS = "People with lower respiratory tract infections ({}) will be tested."
_STRIKER = "El delantero argentino, autor de dos goles, fue elegido mejor jugador del partido."
_AWARD = "The player of the year received the award in Zurich."
CASES = [
    # an exception worded without a condition
    (
        _BORDERS,
        "Several countries have closed their borders, barring entry to foreigners (with an "
        "exception for residents).",
        None,
    ),
    (
        "El museo abrirá todos los días salvo los lunes.",
        "The museum will open every day except Mondays, unless it rains.",
        "negation",
    ),
    # a judgement reported impersonally
    ("Se considera que el virus procede de los murciélagos.", _BATS, None),
    (
        "El virus es considerado muy contagioso por los expertos.",
        "The virus is thought to be highly contagious by experts.",
        None,
    ),
    ("El virus procede de los murciélagos.", _BATS, "modality"),
    # "poder" in a purpose clause
    (
        "Hemos creado un foro para que los vecinos puedan expresar sus quejas.",
        "We have set up a forum to let residents voice their complaints.",
        None,
    ),
    (
        "Los vecinos podrán expresar sus quejas en el foro.",
        "Residents will voice their complaints in the forum.",
        "modality",
    ),
    # "require" with a thing after it
    (
        "Evite los métodos de enseñanza que piden una comunicación directa.",
        "Avoid teaching methods that require direct communication.",
        None,
    ),
    (
        "La ley pide a los visitantes que se registren.",
        "The law requires visitors to register.",
        "modality",
    ),
    # "non-compulsory"
    (_LEVELS.format("no obligatorios"), _NON_COMPULSORY, None),
    (_LEVELS.format("obligatorios"), _NON_COMPULSORY, "meaning"),
    # a complement after listed nouns
    (_MEASURE.format(" del país"), _LOCAL, None),
    (_MEASURE.format(""), _LOCAL, "addition"),
    # a preposition against an adjective
    (
        "La enseñanza terciaria, también conocida bajo el nombre de enseñanza superior, "
        "sigue a la secundaria.",
        "Tertiary education, also known as higher education, follows secondary school.",
        None,
    ),
    (
        "La temperatura se mantuvo por encima de la media durante todo el mes.",
        "The temperature stayed below the average throughout the month.",
        "meaning",
    ),
    # two acronyms defined in place
    (_TESTED, _INFECTIONS.format("LRTI"), None),
    (_TESTED, _INFECTIONS.format("COPD"), "entity"),
    # a label of a figure and a letter
    (
        "Los resultados figuran en los cuadros 2a y 2b del anexo.",
        "The results are shown in tables 2a and 2b of the annex.",
        None,
    ),
    (
        "Los resultados figuran en los cuadros del anexo.",
        "The results in tables of the annex.",
        "omission",
    ),
    # an award's title
    (_STRIKER, "The Argentine striker, who scored twice, was named man of the match.", None),
    ("La mejor jugadora del año recibió el premio en Zúrich.", _AWARD, None),
    (_STRIKER, "The Argentine striker, who scored twice, played in the match.", "intensity"),
]
_PROFITS = "Segundo {}, o empresário ocultou lucros da empresa durante anos."
_PROSECUTORS = "The businessman hid the company's profits for years, according to prosecutors."
PT_CASES = [
    (_PROFITS.format("o Ministério Público"), _PROSECUTORS, "pt", None),
    (_PROFITS.format("o Tribunal de Contas"), _PROSECUTORS, "pt", "speaker"),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "lang", "kind"), PT_CASES)
def test_portuguese_alarm_or_quiet(src: str, tgt: str, lang: str, kind: str | None) -> None:
    kinds = alarm_types(__name__, src, tgt, lang)
    assert (kind in kinds) if kind else not kinds, kinds
