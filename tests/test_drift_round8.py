"""Classes of false alarm found in session 7's second round (docs/drift.md, "Session 7,
second round"): acronyms of the same term in two languages, "US" for an adjective or a
country name, and English words of obligation or expectation the lists lacked. Each class
has faithful renderings that must raise nothing at >= major and the real error of the
same shape that must still be found. The sentences are written here for these tests,
not taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.drift.acronyms import translated_acronym
from tests.drift_batch import alarms, batch_fixture

_batch = batch_fixture()


def _alarms(src: str, tgt: str, lang: str = "es") -> list[tuple[str, str]]:
    return alarms(__name__, src, tgt, lang)


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("cedh", "echr", True),
        ("usi", "icu", True),
        ("mpoc", "copd", True),
        ("ains", "nsaid", True),
        ("vcep", "pedv", True),
        ("cedh", "nsa", False),
        ("cdu", "ada", False),
        ("mg", "gp", False),
        ("ivri", "lrti", False),
        ("cita", "isced", False),
        ("cdu", "csu", False),
        ("usa", "uae", False),
    ],
)
def test_translated_acronym(a: str, b: str, same: bool) -> None:
    assert translated_acronym(a, b) is same


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        # An acronym of the same term in the other language's word order.
        (
            "Tres pacientes ingresaron en la USI del hospital.",
            "Three patients were admitted to the hospital's ICU.",
            "es",
        ),
        (
            "Le ministre a saisi la CEDH la semaine dernière.",
            "The minister took the case to the ECHR last week.",
            "fr",
        ),
        # "US" for the source's adjective or country name.
        (
            "Le projet a coûté 40 millions de dollars américains.",
            "The project cost US$40 million.",
            "fr",
        ),
        (
            "El proyecto costó 40 millones de dólares americanos.",
            "The project cost US$40 million.",
            "es",
        ),
        ("Lo studio riguarda 12 città degli Stati Uniti.", "The study covers 12 US cities.", "it"),
    ],
)
def test_names_faithful(src: str, tgt: str, lang: str) -> None:
    assert not [a for a in _alarms(src, tgt, lang) if a[0] == "entity"]


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        # Another acronym, or another country, is still a swap.
        (
            "Tres pacientes ingresaron en la USI del hospital.",
            "Three patients were admitted to the hospital's NHS.",
            "es",
        ),
        (
            "Le ministre a saisi la CEDH la semaine dernière.",
            "The minister took the case to the NSA last week.",
            "fr",
        ),
        # Another party whose acronym differs by one letter in place.
        (
            "I deputati della CSU hanno votato ieri con la CDU.",
            "The CSU deputies voted yesterday with the.",
            "it",
        ),
        (
            "Le projet a coûté 40 millions de dollars canadiens.",
            "The project cost US$40 million.",
            "fr",
        ),
    ],
)
def test_names_still_found(src: str, tgt: str, lang: str) -> None:
    assert [a for a in _alarms(src, tgt, lang) if a[0] == "entity"]


@pytest.mark.parametrize(
    "src,tgt",
    [
        # English obligation words the list lacked.
        (
            "Es obligatorio llevar mascarilla en el metro.",
            "Wearing a mask on the metro is a requirement to travel.",
        ),
        (
            "El gobierno ordenó que los bares cierren a medianoche.",
            "The government mandated that bars close at midnight.",
        ),
        ("No viajéis salvo si es necesario.", "Do not travel unless necessary."),
        # "expected to" renders a duty as well as a forecast.
        (
            "Los empleados tienen que obedecer a sus jefes sin discutir.",
            "Employees are expected to obey their bosses without argument.",
        ),
        ("Se espera que la inflación baje en marzo.", "Inflation is expected to fall in March."),
    ],
)
def test_modality_faithful(src: str, tgt: str) -> None:
    assert not [a for a in _alarms(src, tgt) if a[0] == "modality"]


@pytest.mark.parametrize(
    "src,tgt",
    [
        # A duty or a forecast the source does not express is still found.
        (
            "Los empleados obedecen a sus jefes sin discutir.",
            "Employees are expected to obey their bosses without argument.",
        ),
        ("La inflación bajó en marzo.", "Inflation is expected to fall in March."),
        (
            "El gobierno recomendó que los bares cierren a medianoche.",
            "The government mandated that bars close at midnight.",
        ),
    ],
)
def test_modality_still_found(src: str, tgt: str) -> None:
    assert [a for a in _alarms(src, tgt) if a[0] == "modality"]
