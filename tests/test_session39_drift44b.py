"""Source words the MT leaves untranslated, read through the translation's cognates
(session 39, drift44b; docs/drift.md, "Session 39 (drift44b)"). The sentences are
written here for these tests (ordinary Spanish and English health and news text, and
leftovers of the kinds a route through Spanish leaves), not taken from any data.

* :func:`aligner.drift.rendered_unknowns.spelt_alike`: a translation word renders an
  unknown word by its cognate once the Romance and English endings are off, for any
  Romance leftover (French, Italian, Portuguese, Catalan, Spanish), never by a shared
  beginning alone;
* :func:`aligner.drift.rendered_unknowns.fill`: the MT reading gets that word in the
  leftover's place, and the leftover is no longer unknown; a leftover the translation
  does not spell alike stays unknown;
* :func:`aligner.drift.rendered_unknowns.known_words`: the source's unknown word reads
  as a known word the translation word renders;
* end to end: an addition beside a rare word Apertium leaves untranslated
  ("encefalitis") is seen, the faithful translation stays quiet.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import (
    assert_quiet_or_reported,
    batch_fixture,
    fresh_alarm_types,
    mt_reading,
)

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()


@pytest.mark.parametrize(
    ("unknown", "word", "alike"),
    [
        ("topographiques", "topographical", True),  # French
        ("brièvement", "briefly", True),  # a French adverb, "-ment" / "-ly"
        ("densément", "densely", True),
        ("desegregazione", "desegregation", True),  # Italian
        ("membri", "members", True),
        ("specialistica", "specialist", True),
        ("nichel", "nickel", True),
        ("sito", "site", True),  # a short stem, whole
        ("favorablemente", "favorably", True),  # Spanish
        ("hospitalizados", "hospitalized", True),
        ("vacinação", "vaccination", False),  # Portuguese: "vacin-" / "vaccin-", two edits
        ("diagnóstico", "diagnostic", True),
        ("contante", "contains", False),  # a shared beginning alone
        ("lotta", "lot", False),
        ("leader", "leave", False),  # three letters in common: too few
        ("ascoltatori", "listeners", False),
        ("sono", "song", False),
        ("fuoco", "focus", False),
    ],
)
def test_spelt_alike(unknown, word, alike):
    from aligner.drift.rendered_unknowns import spelt_alike

    assert spelt_alike(unknown, word) is alike


def _side(text: str):
    from aligner.drift.checks import read_side

    return read_side(text, "en")


def test_fill_puts_the_translation_word_in_the_leftover_place():
    from aligner.drift.rendered_unknowns import fill

    mt = mt_reading(
        "The residents say that the desegregazione of the schools put in repentaglio the city.",
        ("desegregazione", "repentaglio"),
    )
    tgt = _side("Residents say that the desegregation of schools put the city at risk.")
    filled = fill(mt, tgt)
    assert filled is not None
    assert "desegregation of the schools" in filled.text
    assert filled.unknown == ("repentaglio",)  # not spelt alike: still unknown
    assert "desegregation" in [t.fold for t in filled.ws]


def test_fill_leaves_names_and_rendered_words_alone():
    from aligner.drift.rendered_unknowns import fill, renderings

    # a capitalised unknown word is a name; a translation word the MT already has is no
    # leftover's rendering; one translation word for one leftover
    mt = mt_reading("The Cornovaglia saw the local and the locali news.", ("Cornovaglia", "locali"))
    tgt = _side("Cornwall saw the local news.")
    assert renderings(mt, tgt) == {}
    assert fill(mt, tgt) is mt
    mt = mt_reading("The sclérose and the sclerosi affect the nerves.", ("sclérose", "sclerosi"))
    found = renderings(mt, _side("Sclerosis affects the nerves."))
    assert list(found.values()) == ["Sclerosis"] and len(found) == 1


def test_fill_reads_sentence_initial_words():
    from aligner.drift.rendered_unknowns import renderings

    mt = mt_reading("The analysis virológico confirmed the case.", ("virológico",))
    assert renderings(mt, _side("Virological analysis confirmed the case.")) == {
        "virológico": "Virological"
    }


@needs_apertium
def test_known_words_reads_a_rendered_leftover_as_known():
    from aligner.drift.lexical_diff import analyse
    from aligner.drift.rendered_unknowns import known_words

    # an Italian leftover of a route through Spanish, in a Spanish sentence
    src = "La polizia detuvo a dos hombres en el centro de la ciudad."
    tgt = "Police arrested two men in the city centre."
    s = analyse([src], "es", "en")
    t = analyse([tgt], "en", "es")
    assert s is not None and t is not None
    before = {w.surface: w for w in s[0]}
    assert not before["polizia"].known
    after = {w.surface: w for w in known_words(s[0], t[0])}
    assert after["polizia"].known and after["polizia"].trans == {"police"}
    assert after["hombres"] == before["hombres"]


_CASES_SRC = "El hospital registró diez casos de encefalitis en marzo."
_ANALYSIS = "El análisis virológico confirmó la presencia del virus en las aguas residuales."
_DETECTED = "Los médicos detectaron casos de encefalitis en la región."
_WINTER = "La bronquiolitis llenó las urgencias pediátricas este invierno."
_SCHOOLS = "El Gobierno aprobó la desegregazione de las escuelas públicas."
_POLICE = "La polizia detuvo a dos hombres en el centro de la ciudad."
CASES = [
    (_CASES_SRC, "The hospital recorded ten cases of encephalitis in March.", None),
    (_CASES_SRC, "The hospital recorded ten cases of fatal encephalitis in March.", "addition"),
    (_CASES_SRC, "The hospital recorded ten cases of encephalitis in early March.", "addition"),
    (
        _ANALYSIS,
        "The virological analysis confirmed the presence of the virus in wastewater.",
        None,
    ),
    (
        "La peritonitis obligó a operar al paciente de urgencia.",
        "Peritonitis forced doctors to operate on the patient urgently.",
        None,
    ),
    (
        "Los casos de bronquiolitis aumentaron en los hospitales infantiles.",
        "Cases of bronchiolitis rose in children's hospitals.",
        None,
    ),
    (_DETECTED, "Doctors detected cases of encephalitis in the region.", None),
    (_DETECTED, "Doctors quickly detected cases of encephalitis in the region.", "addition"),
    (_WINTER, "Bronchiolitis filled paediatric emergency departments this winter.", None),
    (
        _WINTER,
        "Bronchiolitis filled paediatric emergency departments again this winter.",
        "addition",
    ),
    # leftovers of a route through Spanish (an Italian word in the Spanish)
    (_SCHOOLS, "The government approved the desegregation of public schools.", None),
    (_SCHOOLS, "The government approved the gradual desegregation of public schools.", "addition"),
    (_POLICE, "Police arrested two men in the city centre.", None),
    (_POLICE, "Police arrested two armed men in the city centre.", "addition"),
    (
        "Se tomó una muestra nasofaríngea a cada viajero.",
        "A nasopharyngeal sample was taken from every traveller.",
        None,
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_pairs_when_enabled(monkeypatch, src, tgt, kind):
    from aligner.drift import rendered_unknowns

    monkeypatch.setattr(rendered_unknowns, "ENABLED", True)
    kinds = fresh_alarm_types(src, tgt)
    assert (kind in kinds) if kind else not kinds, kinds


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), [c for c in CASES if c[2] is None])
def test_faithful_quiet_by_default(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)
