"""Property tests over the segmenter, quote parser, number normalisers, exporters, readers,
drift and qa checks, with small budgets so the suite stays quick. The properties and their
strategies live in tests/properties/ (one module a stage); bench/fuzz.py runs the same
ones for much longer (docs/fuzzing.md). Regression cases below are the minimal examples
the fuzzer found, written out so they run on every test run whatever hypothesis happens to draw.
"""

from __future__ import annotations

import pytest

from aligner.drift.quantities import extract_quantities
from aligner.io.bilingual import read_bilingual
from aligner.quality.checks import Context, Segment, check_brackets
from tests import properties
from tests.properties import TARGETS, Target, run


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_property(target: Target) -> None:
    run(target, target.examples)


# --------------------------------------------------------------------------- regressions
# Each case is the minimal example a fuzz target found (docs/fuzzing.md lists them).


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1\u00a0000,0", "es"),  # int() met the no-break space of a grouped decimal: crash
        ("1\u00a0000,0", "en"),
        ("£3.50", "es"),  # came out "3.50": trailing zero kept, so 3,5 ≠ 3.50
        ("٣,٥", "es"),  # came out "3.٥": the fraction kept its Arabic-Indic digit
        ("9" * 4301, "es"),  # int() refuses more than 4300 digits: crash
    ],
)
def test_numbers_regressions(text: str, lang: str) -> None:
    properties.numbers_property(text, lang)


@pytest.mark.parametrize(
    "number",
    [
        ("1\u00a0000,0", "1,000.0", "1000"),  # crash, as above
        ("1.000,0", "1,000.0", "1000"),  # read as 10000: groups and decimals run together
        ("12.345,67", "12,345.67", "12345.67"),
    ],
)
def test_number_locales_regressions(number: tuple[str, str, str]) -> None:
    properties.number_locales_property(number)


@pytest.mark.parametrize(
    ("n", "lang"),
    [
        (21000, "es"),  # "veintiún mil" read as 1000: text2num knows only "veintiuno"
        (21_000_000, "es"),  # "veintiún millones"
        (300, "es"),  # "trescientos" dropped as if it were a bare plural "millones"
        (200_000, "es"),  # "doscientos mil"
    ],
)
def test_number_words_regressions(n: int, lang: str) -> None:
    properties.number_words_property(n, lang, british=False)


def test_plural_scale_words_alone_are_still_no_figure() -> None:
    # The fix for "trescientos" keeps what the rule was for.
    assert extract_quantities("Llegaron millones de personas y cientos de coches.", "es") == []
    assert extract_quantities("hundreds of people", "en") == []
    assert [q.value for q in extract_quantities("doscientas personas", "es")] == [200.0]


_DEEP = 1000  # the minimal depth the readers target found; Python's limit is about 1000


@pytest.mark.parametrize(
    ("data", "name"),
    [
        # An integer of 4301 digits: json.loads raised a bare ValueError.
        (b'{"src": "a", "tgt": "b", "score": ' + b"9" * 4301 + b"}\n", "alignment.jsonl"),
        # An integer score beyond 1e308: math.isfinite raised OverflowError.
        (b'{"src": "a", "tgt": "b", "score": ' + b"9" * 309 + b"}\n", "corpus.data"),
        # JSON nested deeper than the recursion limit: RecursionError.
        (b'{"src": ' + b"[" * 10**5 + b"]" * 10**5 + b', "tgt": "x"}\n', "corpus.jsonl"),
        # A CSV field over the csv module's 131072-character limit: csv.Error.
        (b"a," + b"b" * 140_000 + b"\n", "glossary.csv"),
        # Inline <hi> nested 1000 deep: RecursionError in the inline-text reader.
        (
            b"<tmx><body><tu><tuv><seg>"
            + b"<hi>" * _DEEP
            + b"x"
            + b"</hi>" * _DEEP
            + b"</seg></tuv></tu></body></tmx>",
            "corpus.data",
        ),
        # Ladder indices: 4301 digits, or two numbers split by a space: ValueError.
        (b"[" + b"9" * 4301 + b"]:[0]\n", "gold.align"),
        (b"[1 2]:[0]\n", "gold.align"),
    ],
)
def test_reader_regressions(data: bytes, name: str) -> None:
    properties.reader_property(data, name)


def test_deeply_nested_inline_markup_keeps_its_text(tmp_path) -> None:
    # Not just no crash: the text inside and around the wrappers comes out in order.
    depth = 5000
    tmx = (
        '<tmx><header srclang="es"/><body><tu><tuv xml:lang="es"><seg>a'
        + "<hi>b" * depth
        + "c"
        + "</hi>d" * depth
        + '</seg></tuv><tuv xml:lang="en"><seg>e</seg></tuv></tu></body></tmx>'
    )
    path = tmp_path / "deep.tmx"
    path.write_text(tmx, encoding="utf-8")
    [unit] = read_bilingual(str(path))
    assert unit.src == "a" + "b" * depth + "c" + "d" * depth and unit.tgt == "e"


def test_qa_regression_bracket_span_runs_backwards() -> None:
    # "{})(el. " has one pair, "{}"; its ")" comes before its "(", and the "fewer pairs"
    # issue pointed at (3, 0), a span ending before it starts.
    case = ([("{})(el. ", "el")], "es", "en", None, None)
    properties.qa_property(case, [])
    [issue] = check_brackets(Segment("0", 0, "{})(el. ", "el"), Context("es", "en"))
    assert issue.source_span == (0, 2)
