"""Machine translation routes: a direct Apertium pair, else a pivot through Spanish.

Real Apertium, no mocks; the sentences were written for these tests.
"""

from __future__ import annotations

import warnings

import pytest

from aligner.alignment.mt import Pivot, find_route, installed_modes, load_translator, missing_route
from aligner.drift.checks import DriftRun, DriftWarning, check_pairs
from tests.conftest import run_cli

MODES = installed_modes()
FR_PIVOT = {"fr-es", "es-fr", "spa-eng", "eng-spa"} <= MODES
needs_fr_pivot = pytest.mark.skipif(
    not FR_PIVOT, reason="apertium-fr-es and apertium-eng-spa are not both installed"
)


def test_route_prefers_a_direct_pair_then_goes_through_spanish():
    modes = frozenset({"spa-eng", "eng-spa", "fr-es", "ita-spa", "cat-eng", "spa-cat"})
    assert find_route("es", "en", modes) == ("spa-eng",)
    assert find_route("fr", "en", modes) == ("fr-es", "spa-eng")
    assert find_route("it", "en", modes) == ("ita-spa", "spa-eng")
    # Catalan has its own pair with English: no detour through Spanish.
    assert find_route("ca", "en", modes) == ("cat-eng",)
    # Spanish cannot pivot through itself; a missing leg means no route at all.
    assert find_route("en", "fr", modes) is None
    assert find_route("de", "en", modes) is None
    assert find_route("es", "es", modes) is None


def test_missing_route_names_the_debian_packages():
    message = missing_route("gl", "en")
    assert "gl→en" in message and "apertium-es-gl" in message


@needs_fr_pivot
def test_pivot_translates_in_two_calls_and_says_its_route(own_cache):
    translator = load_translator("fr", "en")
    assert isinstance(translator, Pivot)
    assert translator.name == "apertium:fr-es|spa-eng"
    out = translator.translate(["Le ministre n'a pas signé l'accord.", "Il pleut à Paris."])
    assert len(out) == 2
    assert "not" in out[0].split() and "Paris" in out[1]
    assert translator.calls == 2  # one process call per leg for the whole batch
    # The alignment's confidence model was fitted on a direct pair: no pivot for it.
    assert load_translator("fr", "en", pivot=False) is None


@needs_fr_pivot
def test_drift_signature_names_both_routes():
    run = DriftRun()
    check_pairs(
        [
            (
                "Le gouvernement a annoncé 300 emplois à Lyon.",
                "The government announced 300 jobs in Lyon.",
            )
        ],
        "fr",
        "en",
        embedder=None,
        mt="auto",
        run=run,
    )
    assert run.mt == "fr-es|spa-eng+eng-spa|es-fr"
    assert run.signature.startswith("drift:mt=fr-es|spa-eng+eng-spa|es-fr,")
    assert run.notes == [] and run.problems == []


def test_no_route_is_a_note_not_a_failure():
    if find_route("de", "en") is not None:
        pytest.skip("a de→en route is installed here")
    run = DriftRun()
    check_pairs(
        [("Der Minister unterschrieb den Vertrag.", "The minister signed the treaty.")],
        "de",
        "en",
        embedder=None,
        mt="auto",
        run=run,
    )
    assert run.mt == "none" and run.problems == []
    assert len(run.notes) == 1 and "de→en" in run.notes[0]
    # Without a DriftRun to collect it, the user still hears about it.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        check_pairs(
            [("Der Minister unterschrieb.", "The minister signed.")],
            "de",
            "en",
            embedder=None,
            mt="auto",
        )
    assert any(issubclass(w.category, DriftWarning) and "de→en" in str(w.message) for w in caught)
    # Asked for no MT: nothing to warn about.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        check_pairs(
            [("Der Minister unterschrieb.", "The minister signed.")],
            "de",
            "en",
            embedder=None,
            mt=None,
        )
    assert not any(issubclass(w.category, DriftWarning) for w in caught)


@needs_fr_pivot
def test_a_lost_or_added_negation_is_found_through_the_pivot():
    # French has no negation lists here: the source's translation through Spanish,
    # read with the English lists, stands in for it.
    pairs = [
        (
            "La mairie a fermé la piscine pendant l'été.",
            "The town hall did not close the swimming pool during the summer.",
        ),
        (
            "Le tribunal n'a pas accepté le recours de l'entreprise.",
            "The court accepted the company's appeal.",
        ),
        (
            "Le tribunal n'a pas accepté le recours de l'entreprise.",
            "The court did not accept the company's appeal.",
        ),
        (
            "La mairie a fermé la piscine pendant l'été.",
            "The town hall closed the swimming pool during the summer.",
        ),
    ]
    found = check_pairs(pairs, "fr", "en", embedder=None, mt="auto")
    for findings in found[:2]:
        assert [f.severity for f in findings if f.type == "negation"] == ["critical"], findings
    for findings in found[2:]:
        assert not [f for f in findings if f.type == "negation"], findings
    # Without MT there is nothing to read the French with: no finding, no guess.
    assert not any(
        f.type == "negation"
        for fs in check_pairs(pairs, "fr", "en", embedder=None, mt=None)
        for f in fs
    )


def test_figures_grouped_by_spaces_and_a_family_of_names():
    # Found on DEMETR fr's faithful pairs: "7 400" (thousands grouped by a plain space)
    # was read as 7 and 400; and a surname shared by several people made each of them
    # look renamed. Sentences written here.
    pairs = [
        ("Près de 12 500 logements ont été vendus.", "Nearly 12,500 homes were sold."),
        ("Près de 12 500 logements ont été vendus.", "Nearly 1,250 homes were sold."),
        ("En 2019 300 personnes ont signé.", "In 2019, 300 people signed."),
        (
            "Les témoins sont Ana Soler, Rita Soler et Marc Soler.",
            "The witnesses are Ana Soler, Rita Soler and Marc Soler.",
        ),
        (
            "Les témoins sont Ana Soler, Rita Soler et Marc Soler.",
            "The witnesses are Ana Soler, Rita Soler and Paul Soler.",
        ),
    ]
    found = check_pairs(pairs, "fr", "en", embedder=None, mt=None)
    assert [[f.type for f in fs] for fs in found] == [[], ["number"], [], [], ["entity"]]


def test_restrictive_negation_and_french_decades():
    # "ne … que" is "only", "pas moins de" is "no less than", "les années 70" the 1970s.
    # Sentences written here.
    pairs = [
        ("Je n'ai lu que la préface.", "I only read the preface."),
        (
            "Pas moins de 30 % des votants ont voté blanc.",
            "No less than 30% of voters cast a blank ballot.",
        ),
        ("Dans les années 80, il a vécu à Lyon.", "In the 1980s he lived in Lyon."),
        ("Dans les années 80, il a vécu à Lyon.", "In the 1990s he lived in Lyon."),
    ]
    found = check_pairs(pairs, "fr", "en", embedder=None, mt="auto")
    assert [[f.type for f in fs if f.severity != "minor"] for fs in found] == [
        [],
        [],
        [],
        ["number"],
    ]


def test_the_cli_says_a_missing_route_in_one_line(tmp_path):
    if find_route("de", "en") is not None:
        pytest.skip("a de→en route is installed here")
    pairs = tmp_path / "de.tsv"
    pairs.write_text(
        "Der Minister unterschrieb den Vertrag.\tThe minister signed the treaty.\n",
        encoding="utf-8",
    )
    done = run_cli(
        "check", "--pairs", str(pairs), "--src-lang", "de", "--tgt-lang", "en", "--format", "text"
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "de→en" in line]
    assert lines == [
        "aligner: warning: no machine translation de→en (Debian has no Apertium "
        "pair for it); checks ran without MT evidence"
    ], done.stderr
    assert "checks.py" not in done.stderr
