"""Quantities normalised across languages: the same figure written two ways must match,
a changed figure must not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from aligner.alignment.numbers import extract_numbers
from aligner.drift.quantities import extract_quantities
from aligner.drift.quantity_match import compare_quantities

# (Spanish, English) ways of writing the same figures.
SAME = [
    ("asistieron 100.000 personas", "100,000 people attended"),
    ("obtuvo el 49,9 % de los votos", "won 49.9% of the vote"),
    ("dos ministros dimitieron", "two ministers resigned"),
    ("el manuscrito data del siglo XV", "the manuscript dates from the 15th century"),
    ("celebró su 78 aniversario", "celebrated its 78th anniversary"),
    ("el juicio empieza el 14 de marzo", "the trial starts on March 14"),
    ("el juicio empieza el 14 de marzo de 2025", "the trial starts on 14 March 2025"),
    ("un plan de 13.000 millones de dólares", "a 13 billion dollar plan"),
    ("un fondo de 2.500 millones", "a 2.5 billion fund"),
    ("hace medio siglo", "fifty years ago"),
    ("tres de cada diez jóvenes", "30% of young people"),
    ("dos de cada tres encuestados", "two thirds of respondents"),
    ("un millón y medio de familias", "1.5 million families"),
    ("una docena de selecciones", "twelve national teams"),
    ("a las 22:30", "at 10:30 p.m."),
    ("a las seis de la tarde", "at 6 p.m."),
    ("mil millones de euros", "one billion euros"),
    ("a finales de los años noventa", "in the late 1990s"),
    ("subieron el doble que los salarios", "rose twice as much as wages"),
    ("el vigésimo aniversario", "the 20th anniversary"),
    ("unos 36.000 kilómetros", "some 36,000 kilometres"),
    ("un salario de 1.134 euros", "a wage of €1,134"),
    ("en la Segunda Guerra Mundial", "in World War II"),
    # Seen as false alarms on public development data (DEMETR, source in Spanish):
    ("en los años 70 y 80", "in the 1970s and 1980s"),
    ("entre los siglos X y XI", "between the 10th and 11th centuries"),
    ("retirado hacia las 12.00 GMT", "removed around 1200 GMT"),
    ("prometió varios millones de dosis", "pledged several million doses"),
]


def leftovers(a: str, lang_a: str, b: str, lang_b: str):
    diff = compare_quantities(extract_quantities(a, lang_a), extract_quantities(b, lang_b))
    return [q.text for q in diff.src_only], [q.text for q in diff.tgt_only], diff.unit_changes


@pytest.mark.parametrize(("es", "en"), SAME)
def test_same_figure_written_differently_matches_both_ways(es, en):
    assert leftovers(es, "es", en, "en") == ([], [], [])
    assert leftovers(en, "en", es, "es") == ([], [], [])


@pytest.mark.parametrize(
    ("es", "en", "es_left", "en_left"),
    [
        ("obtuvo el 49,9 % de los votos", "won 94.9% of the vote", ["49,9 %"], ["94.9%"]),
        ("empieza el 14 de marzo", "starts on March 4", ["14 de marzo"], ["March 4"]),
        ("data del siglo XV", "dates from the 16th century", ["siglo XV"], ["16th century"]),
        ("reúne cerca de 900 piezas", "has nearly 9,000 pieces", ["900"], ["9,000"]),
        # The year belongs to its date (aligner.drift.dates): the whole date is left over.
        ("el 1 de mayo de 2021", "on January 5, 2021", ["1 de mayo de 2021"], ["January 5, 2021"]),
        (
            "un millón y medio de familias",
            "one million families",
            ["un millón y medio"],
            ["one million"],
        ),
        (
            "tres de cada diez jóvenes",
            "three in every four young people",
            ["tres de cada diez"],
            ["three in every four"],
        ),
        ("reservas para cuatro meses", "reserves for a few months", ["cuatro meses"], []),
        ("27 personas detenidas", "27 people arrested in 2023", [], ["2023"]),
        ("en los años 70 y 80", "in the 1970s and 1990s", ["80"], ["1990s"]),
        (
            "entre los siglos X y XI",
            "between the 10th and 12th centuries",
            ["XI"],
            ["12th centuries"],
        ),
        ("hacia las 12.00 GMT", "around 1400 GMT", ["12.00 GMT"], ["1400"]),
    ],
)
def test_changed_dropped_or_added_figure_is_left_over(es, en, es_left, en_left):
    src_only, tgt_only, _ = leftovers(es, "es", en, "en")
    assert src_only == es_left
    assert tgt_only == en_left


@pytest.mark.parametrize(
    ("es", "en"),
    [
        ("necesitamos cuatro años", "we need four months"),
        ("arrasó 3.400 hectáreas", "destroyed 3,400 acres"),
    ],
)
def test_same_figure_in_another_unit_is_a_unit_change(es, en):
    src_only, tgt_only, units = leftovers(es, "es", en, "en")
    assert (src_only, tgt_only) == ([], [])
    assert len(units) == 1


def test_units_of_years_convert_but_other_units_do_not():
    assert leftovers("hace tres décadas", "es", "thirty years ago", "en") == ([], [], [])


def test_offsets_point_at_the_figure_as_written():
    text = "El 14 de marzo subió un 49,9 % hasta 13.000 millones de euros."
    for q in extract_quantities(text, "es"):
        assert text[q.start : q.end] == q.text
    # "un" may be an article: kept as a weak reading, never reported alone.
    assert [(q.text, q.weak) for q in extract_quantities(text, "es")] == [
        ("14 de marzo", False),
        ("un", True),
        ("49,9 %", False),
        ("13.000 millones de euros", False),
    ]


def test_articles_and_idioms_are_not_reported_alone():
    # "un acuerdo" and "segunda vuelta" hold no figure a translation must keep.
    assert leftovers("un acuerdo para la segunda vuelta", "es", "a deal for the runoff", "en") == (
        [],
        [],
        [],
    )
    # …but an ordinal that changed into another one is reported.
    assert leftovers("el segundo trimestre", "es", "the third quarter", "en")[:2] == (
        ["segundo"],
        ["third"],
    )


def test_locale_decides_what_a_lone_separator_means():
    assert extract_quantities("1.250 personas", "es")[0].value == 1250
    assert extract_quantities("1.250 people", "en")[0].value == 1.25
    # aligner.alignment.numbers keeps its own behaviour for the aligner's scorer.
    assert extract_numbers("1.250 y 49,9", "es") == ["1250", "49.9"]


def test_portuguese_long_scale_and_month_names():
    assert leftovers(
        "mil milhões de euros em 1 de maio", "pt", "one billion euros on May 1", "en"
    ) == ([], [], [])
    assert leftovers("20 milhões de euros", "pt", "2 million euros", "en")[:2] == (
        ["20 milhões de euros"],
        ["2 million euros"],
    )


def test_a_language_without_lists_still_reads_digits_percentages_and_times():
    found = [(q.kind, q.value) for q in extract_quantities("49,9 % à 22:30, XV", "xx")]
    assert ("percent", 49.9) in found
    assert ("time", 22 * 60 + 30) in found


# A signal may land inside a garbage-collector callback (hypothesis installs one), where
# Python reports the KeyboardInterrupt as unraisable and drops it: that round then
# simply does not count as an interrupt.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_ctrl_c_during_number_word_search_is_a_clean_keyboard_interrupt():
    """text2num calls back into Python per token; an interrupt there must not become a
    Rust panic (which prints its own message), but a KeyboardInterrupt after the call."""
    import os
    import signal
    import threading
    import time

    text = "Llegaron doscientos treinta y cuatro mil quinientos visitantes y tres más. " * 40
    interrupts, panics = 0, []
    # A plain flag, not a threading.Event: the handler runs in the main thread between
    # bytecodes, possibly while the main thread holds an Event's lock.
    armed = [False]
    stop = threading.Event()

    def on_sigint(_signum, _frame) -> None:
        # Raise once per extraction, and only while it runs, so a second signal cannot
        # land in the test's own bookkeeping (e.g. inside the except clause).
        if armed[0]:
            armed[0] = False
            raise KeyboardInterrupt

    def ring() -> None:
        while not stop.is_set():
            time.sleep(0.003)
            os.kill(os.getpid(), signal.SIGINT)

    previous = signal.signal(signal.SIGINT, on_sigint)
    ringer = threading.Thread(target=ring, daemon=True)
    ringer.start()
    try:
        deadline = time.monotonic() + 20
        while interrupts < 30 and time.monotonic() < deadline:
            try:
                armed[0] = True
                extract_quantities(text, "es")
                armed[0] = False
            except KeyboardInterrupt:
                interrupts += 1
            except BaseException as exc:  # pyo3's PanicException is a BaseException
                armed[0] = False
                panics.append(type(exc).__name__)
    finally:
        armed[0] = False
        stop.set()
        ringer.join()
        signal.signal(signal.SIGINT, previous)
    assert interrupts >= 10
    assert panics == []


def test_a_lower_case_may_after_a_figure_is_the_modal_not_the_month():
    # Written here: English capitalises its months, so "5 may" is a count and a verb.
    found = extract_quantities("Children under 5 may attend; the vote is on 5 May.", "en")
    assert [(q.text, q.kind) for q in found] == [("5", "number"), ("5 May", "date")]
