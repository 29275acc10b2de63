"""Session 21 (drift26f): names in a translation from a language with no MT route that
nothing in the source explains (aligner/drift/unrouted_names.py).

All sentences here were written for these tests (none is from the shared data). The
dictionary is a tiny FreeDict-format one written by the test into a temporary folder
(``ALIGNER_DICTD_DIR``), so the tests need no dictionary package; the country names come
from Debian's iso-codes, which the tests skip without.
"""

from __future__ import annotations

import gzip
import os

import pytest

from aligner.drift import word_lexicon
from aligner.drift.checks import read_side
from aligner.drift.country_names import ISO_JSON, country_said
from aligner.drift.signals import Finding
from aligner.drift.unrouted_names import (
    CHECK,
    capitals_hide_names,
    check_unrouted_names,
    demoted_swaps,
    dictionaries,
    explained,
)
from tests.drift_batch import batch_fixture, findings

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# (German headword, English translations): a few entries written here.
ENTRIES = (
    ("grün", "green, verdant"),
    ("Gesetz", "law, statute"),
    ("Landtag", "state parliament"),
    ("Ärztin", "doctor, physician"),
    ("Klinik", "clinic, hospital"),
    ("Kind", "child"),
    ("stimmen", "vote"),
)


def _b64(n: int) -> str:
    out = ""
    while True:
        out = _B64[n % 64] + out
        n //= 64
        if not n:
            return out


def write_dictionary(folder: str) -> None:
    """freedict-deu-eng.index / .dict.dz in dictd's format (headword, offset, length)."""
    body, index = b"", []
    for head, translations in ENTRIES:
        text = f"{head}\n{translations}\n".encode()
        index.append(f"{head}\t{_b64(len(body))}\t{_b64(len(text))}\n")
        body += text
    with gzip.open(os.path.join(folder, "freedict-deu-eng.dict.dz"), "wb") as fh:
        fh.write(body)
    with open(os.path.join(folder, "freedict-deu-eng.index"), "w", encoding="utf-8") as fh:
        fh.writelines(sorted(index))


@pytest.fixture(scope="module", autouse=True)
def tiny_dictionary(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("dictd"))
    write_dictionary(folder)
    old = os.environ.get("ALIGNER_DICTD_DIR")
    os.environ["ALIGNER_DICTD_DIR"] = folder
    yield folder
    if old is None:
        os.environ.pop("ALIGNER_DICTD_DIR", None)
    else:
        os.environ["ALIGNER_DICTD_DIR"] = old


_batch = batch_fixture("de")
HAS_ISO = os.path.exists(ISO_JSON)

GREENS_DE = "Die Grünen stimmten im Landtag gegen das neue Gesetz der Regierung."
CLINIC_DE = "Die Ärztin arbeitet seit zwei Jahren in einer Klinik in Norwegen."


def _unrouted(found: list) -> list:
    return [f for f in found if f.check == CHECK]


@pytest.mark.parametrize(
    ("src", "tgt", "lang"),
    [
        (
            GREENS_DE,
            "The Greens voted against the government's new law in the state parliament.",
            "de",
        ),
        (CLINIC_DE, "The doctor has worked at a clinic in Norway for two years.", "de"),
    ],
)
def test_a_name_the_dictionary_or_the_country_list_explains_is_quiet(src, tgt, lang):
    if "Norway" in tgt and not HAS_ISO:
        pytest.skip("iso-codes not installed")
    assert _unrouted(findings(__name__, src, tgt, lang)) == []


@pytest.mark.parametrize(
    ("src", "tgt", "lang", "name"),
    [
        (
            GREENS_DE,
            "The Liberals voted against the government's new law in the state parliament.",
            "de",
            "Liberals",
        ),
        (CLINIC_DE, "The doctor has worked at a clinic in Sweden for two years.", "de", "Sweden"),
    ],
)
def test_a_name_nothing_in_the_source_explains_is_reported(src, tgt, lang, name):
    found = _unrouted(findings(__name__, src, tgt, lang))
    assert [f.type for f in found] == ["entity"]
    assert found[0].severity in ("major", "critical")
    assert name in found[0].message


def test_the_dictionary_explains_a_name_by_an_inflected_source_word():
    lex = dictionaries("de", "en")
    assert lex is not None
    src = read_side(GREENS_DE, "de")
    greens = read_side("The Greens voted.", "en").entities[0]
    liberals = read_side("The Liberals voted.", "en").entities[0]
    assert explained(greens, src, lex)
    assert not explained(liberals, src, lex)


def test_no_dictionary_for_the_pair_means_no_check(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_DICTD_DIR", str(tmp_path))
    assert dictionaries("de", "en") is None
    assert word_lexicon.tables("pl", "en") is None


def test_capitals_hide_names_where_the_source_capitalises_its_nouns():
    german = [
        (read_side(GREENS_DE, "de"), read_side("The Greens voted against the law.", "en")),
        (read_side(CLINIC_DE, "de"), read_side("The doctor works at a clinic.", "en")),
    ]
    # Polish written here: capitals mark names only, as in English.
    polish = [
        (
            read_side("Lekarka od dwóch lat pracuje w klinice w Norwegii.", "pl"),
            read_side("The doctor has worked at a clinic in Norway for two years.", "en"),
        ),
        (
            read_side("Zieloni głosowali przeciwko nowej ustawie rządu.", "pl"),
            read_side("The Greens voted against the government's new law.", "en"),
        ),
    ]
    assert capitals_hide_names(german)
    assert not capitals_hide_names(polish)


@pytest.mark.skipif(not HAS_ISO, reason="iso-codes not installed")
def test_country_names_in_the_source_language_count_declined():
    assert country_said("greece", ["griechenland"], "de")
    assert country_said("greece", ["в", "греции"], "ru")
    assert country_said("norway", ["norwegii"], "pl")
    assert not country_said("sweden", ["norwegii"], "pl")
    assert not country_said("greece", ["athen"], "de")


def test_a_pronoun_contraction_is_no_added_name():
    lex = dictionaries("de", "en")
    src = read_side("Ich bin müde, sagte das Kind.", "de")
    tgt = read_side('"I\'m tired," said the child.', "en")
    assert check_unrouted_names(src, tgt, lex, []) == []


def test_a_swap_whose_new_name_the_dictionary_finds_in_the_source_is_demoted():
    lex = dictionaries("de", "en")
    src = read_side(GREENS_DE, "de")
    for tgt_text, kept in (
        ("The Greens voted against the government's new law in the state parliament.", False),
        ("The Liberals voted against the government's new law in the state parliament.", True),
    ):
        tgt = read_side(tgt_text, "en")
        name = tgt.entities[0]
        # What drift.entity reports when it pairs a source word it cannot read with it.
        swap = Finding(
            "entity",
            "critical",
            0.7,
            (4, 11),
            (name.start, name.end),
            f"The source names «Grünen» but the translation has «{name.text}» instead.",
            "drift.entity",
        )
        (after,) = demoted_swaps(src, tgt, lex, [swap])
        assert (after.severity == "critical") is kept


def write_mueller(folder: str) -> None:
    """A two-entry English-Russian dictionary in Mueller's layout (written here)."""
    body, index = b"", []
    for head, text in (
        ("moon", "moon\n   [mu:n]\n   1. _n.\n      1) луна\n      2) _астр. спутник\n"),
        ("court", "court\n   [ko:t]\n   1) двор\n   2) суд; to hold a court приём\n"),
    ):
        data = text.encode()
        index.append(f"{head}\t{_b64(len(body))}\t{_b64(len(data))}\n")
        body += data
    with gzip.open(os.path.join(folder, "mueller7.dict.dz"), "wb") as fh:
        fh.write(body)
    with open(os.path.join(folder, "mueller7.index"), "w", encoding="utf-8") as fh:
        fh.writelines(index)


def test_mueller_reads_russian_declensions_back_to_english(tmp_path, monkeypatch):
    write_mueller(str(tmp_path))
    monkeypatch.setenv("ALIGNER_DICTD_DIR", str(tmp_path))
    forward, _back = word_lexicon.tables("ru", "en")
    assert "moon" in word_lexicon.look_up("луну", forward)  # accusative of "луна"
    assert "court" in word_lexicon.look_up("суда", forward)  # genitive of "суд"
    assert "court" not in word_lexicon.look_up("луну", forward)
    assert "court" not in word_lexicon.look_up("приём", forward)  # after ";": an example


def _signature_and_notes() -> tuple[str, list[str]]:
    from aligner.drift.checks import check_pairs
    from aligner.drift.run_record import DriftRun

    run = DriftRun()
    pair = ("Die Regierung in Berlin hat das Gesetz gestern beschlossen.",
            "The government in Berlin passed the law yesterday.")  # fmt: skip
    check_pairs([pair], "de", "en", embedder=None, mt="auto", run=run)
    return run.signature, run.notes


def test_the_names_dictionary_is_in_the_signature():
    signature, notes = _signature_and_notes()  # the module's tiny deu-eng dictionary
    assert ",names-dict=de-en" in signature
    assert not any("no FreeDict dictionary" in n for n in notes)


def test_a_missing_names_dictionary_is_noted(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_DICTD_DIR", str(tmp_path))
    signature, notes = _signature_and_notes()
    assert "names-dict" not in signature
    assert any("no FreeDict dictionary de→en" in n for n in notes)
