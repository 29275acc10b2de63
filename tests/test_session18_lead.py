"""What invented articles (a regional election night and an earthquake, es→en) showed,
session 18 (docs/drift.md, "Session 18, lead"): a negation lost before a quoted
fragment that carries the concord word ("no apoyará «bajo ningún concepto»" → "would
support … 'under some conditions'") passed, as the quotation mark started a new clause
and "ningún" counted as a second negation; "tres menos que hace cuatro años" → "three
fewer than four years ago" was reported as a bound added to "four years" (a figure
before "fewer than" makes it a comparison, not a bound); "se sintió con fuerza" →
"was strongly felt" was reported as an added intensifier; and "pueden producirse
réplicas" → "aftershocks will occur" passed, as "poder" was read as an ability (and
the MT's "can" vouched for the translation). The quiet cases are the shapes the
changes must leave alone. The sentences are written here for these tests, not taken
from any data."""

from __future__ import annotations

import pytest

from aligner.drift.signals import polarity
from aligner.drift.text import tokenize
from tests.drift_batch import alarm_types, alarms, batch_fixture, findings

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            "La portavoz dijo que su partido no apoyará «bajo ningún concepto» un gobierno "
            "socialista.",
            'The spokeswoman said her party would support a Socialist government "under '
            'some conditions".',
        ),
        (
            "El sindicato no aceptará «en ningún caso» la rebaja de salarios.",
            "The union will accept the wage cut.",
        ),
    ],
)
def test_a_negation_lost_before_a_quoted_concord_word_is_reported(src: str, tgt: str) -> None:
    assert ("negation", "critical") in alarms(__name__, src, tgt)


def test_concord_reaches_into_a_quoted_fragment() -> None:
    text = "No apoyará «bajo ningún concepto» un gobierno."
    pol = polarity(tokenize(text), text, "es")
    assert pol is not None and pol.count == 1


@pytest.mark.parametrize(
    "src,tgt",
    [
        # the negation kept, the quoted fragment kept
        (
            "La portavoz dijo que su partido no apoyará «bajo ningún concepto» un gobierno "
            "socialista.",
            'The spokeswoman said her party will not support a Socialist government "under '
            'any circumstances".',
        ),
        # a figure before the comparison words: a difference, not a bound
        (
            "El partido obtuvo 29 escaños, tres menos que hace cuatro años.",
            "The party won 29 seats, three fewer than four years ago.",
        ),
        (
            "La lista sumó 12 diputados, 2 más que en las elecciones anteriores.",
            "The list won 12 seats, 2 more than in the previous election.",
        ),
        # a manner phrase of force answers an English intensifier
        (
            "El temblor se sintió con fuerza en la costa.",
            "The tremor was strongly felt on the coast.",
        ),
        (
            "La oposición criticó con dureza el presupuesto.",
            "The opposition harshly criticised the budget.",
        ),
        # the MT's "#move" (a multiword it could not generate) is no literal opposite
        (
            "Pidió a los vecinos mantenerse alejados de la playa.",
            "He asked residents to stay away from the beach.",
        ),
        # two negations rendered by a universal ("ningún … sin" → MT "any … without")
        (
            "El director afirmó que ningún paciente quedó sin atención durante la huelga.",
            "Every patient was cared for during the strike, the director said.",
        ),
        # "poder" before a verb of happening, rendered as a possibility
        ("Puede haber retrasos en los trenes.", "There may be delays on the trains."),
        ("Pueden producirse cortes de luz.", "Power cuts can occur."),
        (
            "Se pueden producir atascos en la autopista.",
            "Traffic jams are possible on the motorway.",
        ),
        # "poder" as an ability is left as before (too often added or dropped)
        (
            "La fábrica puede producir mil coches al día.",
            "The factory produces a thousand cars a day.",
        ),
    ],
)
def test_faithful_renderings_stay_quiet(src: str, tgt: str) -> None:
    assert alarms(__name__, src, tgt) == []


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            "«Pueden producirse réplicas importantes», advirtió la directora.",
            '"Major aftershocks will occur," the director warned.',
        ),
        ("Puede haber retrasos en los trenes.", "There will be delays on the trains."),
        (
            "Se pueden producir atascos en la autopista.",
            "There will be traffic jams on the motorway.",
        ),
    ],
)
def test_a_possibility_of_happening_turned_certain_is_reported(src: str, tgt: str) -> None:
    assert "modality" in alarm_types(__name__, src, tgt)


@pytest.mark.parametrize(
    "src,tgt",
    [
        # the figure's own bound is still compared when no figure stands before it
        ("Hubo más de 300 heridos.", "There were 300 injured."),
        (
            "El partido obtuvo 29 escaños, tres menos que hace cuatro años.",
            "The party won 29 seats, fewer than four years ago.",
        ),
    ],
)
def test_a_bound_or_figure_lost_is_still_reported(src: str, tgt: str) -> None:
    assert "number" in alarm_types(__name__, src, tgt)


@pytest.mark.parametrize(
    "src,tgt",
    [
        (
            "Dijo que su partido no apoyará «bajo ningún concepto» ese plan.",
            'She said her party would back that plan "under some conditions".',
        ),
    ],
)
def test_the_evidence_never_shows_a_quotation_left_open(src: str, tgt: str) -> None:
    messages = [f.message for f in findings(__name__, src, tgt) if f.type == "negation"]
    assert messages
    for message in messages:
        assert message.count('"') % 2 == 0, message


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        # Italian has no modality lists: the MT through Spanish reads for the hedge, even
        # when it leaves a rare word ("frangiflutti") untranslated.
        (
            "Secondo la sindaca, il nuovo frangiflutti potrebbe essere completato entro il 2027.",
            "According to the mayor, the new breakwater will be completed by 2027.",
            "it",
        ),
    ],
)
def test_a_hedge_lost_is_read_on_an_incomplete_pivot_mt(src: str, tgt: str, lang: str) -> None:
    assert "modality" in alarm_types(__name__, src, tgt, lang)


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        (
            "Secondo la sindaca, il nuovo frangiflutti potrebbe essere completato entro il 2027.",
            "According to the mayor, the new breakwater could be completed by 2027.",
            "it",
        ),
    ],
)
def test_a_hedge_kept_on_an_incomplete_pivot_mt_is_quiet(src: str, tgt: str, lang: str) -> None:
    assert "modality" not in alarm_types(__name__, src, tgt, lang)


def test_apertium_reports_the_words_it_could_not_generate() -> None:
    from aligner.alignment.mt import Apertium

    (out,) = Apertium("es", "en").translate_marked(["Pidió mantenerse alejada de la costa."])
    assert "#" not in out.text
    assert out.ungenerated and all(w in out.text for w in out.ungenerated)


@pytest.mark.parametrize(
    "src,tgt,reported",
    [
        # a top word of praise or blame weakened, or added
        ("La ministra habló de unos datos excelentes.", "The minister spoke of good data.", True),
        ("Fue una temporada pésima para el club.", "It was a poor season for the club.", True),
        ("Son buenos resultados.", "These are outstanding results.", True),
        # rendered by a word as strong, or by an intensified plain one
        ("La ministra habló de unos datos excelentes.", "The minister spoke of great data.", False),
        (
            "La ministra habló de unos datos excelentes.",
            "The minister spoke of very good data.",
            False,
        ),
        ("Fue una temporada pésima para el club.", "It was an awful season for the club.", False),
    ],
)
def test_a_top_word_of_praise_or_blame(src: str, tgt: str, reported: bool) -> None:
    assert ("intensity" in alarm_types(__name__, src, tgt)) is reported


def test_pairs_checked_in_parts_get_the_glossary_of_the_whole_input() -> None:
    """`aligner qa` checks its pairs in two halves (one in a worker): the acronyms the
    whole input renders alike must be read over both, as one `check_pairs` call does.
    The acronyms are invented for this test."""
    from aligner.drift.checks import check_pairs, with_glossary

    pairs = [
        ("El informe del ICFP llegó el lunes.", "The report from the BTW arrived on Monday."),
        ("La directora habló con la prensa.", "The director spoke to the press."),
        ("El ICFP publicará otro estudio en mayo.", "The BTW will publish another study in May."),
    ]
    whole = check_pairs(pairs, "es", "en", embedder=None, mt=None)
    parts = [
        found
        for part in (pairs[:2], pairs[2:])
        for found in check_pairs(part, "es", "en", embedder=None, mt=None, glossary_pass=False)
    ]
    # Each part alone sees the pairing once: a swap, until the whole input is read.
    assert ("entity", "critical") in [(f.type, f.severity) for f in parts[0]]
    assert with_glossary(pairs, parts, "es", "en") == whole
    assert [(f.type, f.severity) for f in whole[0]] == [("entity", "minor")]
