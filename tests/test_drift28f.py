"""A pivot route's Spanish read as the source, session 23 (docs/drift.md, "Session 23
(drift28f)").

French, Italian and Portuguese reach English through Spanish; each pair is now checked a
second time as Spanish → English on the first leg's Spanish, and that reading's findings
stand for the pair's, less those the source itself refutes (a figure or a name the first
leg garbled). The sentences are written here for these tests; none is taken from any of
the data."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import find_route
from aligner.drift import pivot_reading
from aligner.drift.checks import check_pairs
from aligner.drift.pivot_reading import THROUGH, as_source, first_leg_error, written_in
from aligner.drift.signals import Finding
from tests.drift_batch import alarm_types, batch_fixture, findings

_batch = batch_fixture()


def _pivot(lang: str) -> bool:
    route = find_route(lang, "en")
    return route is not None and len(route) > 1


needs_pivot = pytest.mark.skipif(
    not all(_pivot(lang) for lang in ("fr", "it", "pt")) or find_route("es", "en") is None,
    reason="no Apertium route through Spanish for French, Italian and Portuguese",
)

_MAYOR = {
    "fr": "Le maire a rapidement approuvé le nouveau budget de la ville.",
    "it": "Il sindaco ha approvato rapidamente il nuovo bilancio della città.",
    "pt": "O prefeito aprovou rapidamente o novo orçamento da cidade.",
}
_FAITHFUL = "The mayor quickly approved the city's new budget."
_CUT = "The mayor approved the city's new budget."


@needs_pivot
@pytest.mark.parametrize("lang", ["fr", "it", "pt"])
def test_removed_adverb_found_through_the_spanish(lang: str) -> None:
    """An adverb the translation drops is an omission at major (the Spanish-source word
    readers found it on the Spanish; the pivot route alone did not), with no offset into
    the Spanish reported as one into the source; the faithful twin is quiet."""
    src = _MAYOR[lang]
    assert not alarm_types(__name__, src, _FAITHFUL, lang)
    cut = [f for f in findings(__name__, src, _CUT, lang) if f.severity != "minor"]
    assert [f.type for f in cut] == ["omission"]
    assert cut[0].source_span is None and cut[0].message.endswith(THROUGH)


@needs_pivot
def test_switch_off_keeps_the_route_own_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Off, the pivot route's own reading stands: it misses the removed adverb."""
    monkeypatch.setattr(pivot_reading, "ENABLED", False)
    found = check_pairs([(_MAYOR["fr"], _CUT)], "fr", "en", embedder=None, mt="auto")[0]
    assert not [f for f in found if f.severity != "minor"]


def test_spanish_and_direct_routes_are_not_read_twice() -> None:
    """Spanish has its own pair, and a direction with no route has no pivot Spanish."""
    assert not pivot_reading.applies("es", "en", "auto")
    assert not pivot_reading.applies("fr", "en", None)
    assert not pivot_reading.applies("fr", "de", "auto")


def _f(type_: str, src=None, tgt=None, severity: str = "critical") -> Finding:
    return Finding(type_, severity, 0.9, src, tgt, f"{type_} here", f"drift.{type_}")


_SRC = "Le journal El Pais écrit que six ministres ont démissionné."
_TGT = "The newspaper El Pais writes that six ministers resigned."


def test_written_in_folds_accents_and_case() -> None:
    assert written_in("el país", "El Pais rapporte")
    assert not written_in("El Apaciento", _SRC)
    assert not written_in("", _SRC)


def test_a_name_the_source_writes_is_not_missing_from_it() -> None:
    """A name of the translation the Spanish reading says the source lacks, but the
    source writes as it is: the first leg translated it as a common word."""
    name = (_TGT.index("El Pais"), _TGT.index("El Pais") + len("El Pais"))
    assert first_leg_error(_f("entity", (0, 3), name), _SRC, _TGT, [])
    assert first_leg_error(_f("speaker", (0, 3), name), _SRC, _TGT, [])
    other = _TGT.replace("El Pais", "Le Monde")
    assert not first_leg_error(_f("entity", (0, 3), name), _SRC, other, [])


def test_a_figure_stands_only_where_the_source_own_reading_sees_one() -> None:
    """The first leg mistakes number words ("sei" read as a verb): a figure finding of
    the Spanish reading stands only where the source's own reading also has one."""
    six = (_TGT.index("six"), _TGT.index("six") + 3)
    assert first_leg_error(_f("number", (3, 6), six), _SRC, _TGT, [])
    own = [_f("number", (30, 33), six, "major")]
    assert not first_leg_error(_f("number", (3, 6), six), _SRC, _TGT, own)
    (kept,) = as_source([_f("number", (3, 6), six)], own, _SRC, _TGT)
    assert kept.type == "number" and kept.source_span is None  # another severity: no twin
    assert as_source([_f("number", (3, 6), six)], [], _SRC, _TGT) == []


def test_findings_in_the_source_terms() -> None:
    """A finding the source's own reading also made is reported as that reading has it
    (its span is into the source); any other loses its span into the Spanish and says
    so; the source's own speaker findings are kept."""
    own_neg = _f("negation", (10, 14), (20, 25))
    spanish_neg = _f("negation", (40, 44), (21, 24))
    spanish_cut = _f("omission", (5, 9), None, "major")
    own_speaker = _f("speaker", (0, 5), (0, 7))
    out = as_source([spanish_neg, spanish_cut], [own_neg, own_speaker], _SRC, _TGT)
    assert out[0] is own_neg
    assert out[1].source_span is None and out[1].message.endswith(THROUGH)
    assert out[1].type == "omission" and out[1].severity == "major"
    assert out[2] is own_speaker
    # another severity is no twin: the Spanish finding is kept, without its span
    minor = _f("negation", (10, 14), (20, 25), "minor")
    (alone,) = as_source([spanish_neg], [minor], _SRC, _TGT)
    assert alone.source_span is None and alone.severity == "critical"


def test_chief_executive_is_no_stranded_adjective() -> None:
    """An adjective that ends a noun WordNet lists with the word before it ("chief
    executive") keeps its noun: no omission; a truly stranded adjective still is one."""
    src = "La empresa abrirá una fábrica nueva, anunció el presidente ejecutivo."
    ok = "The company will open a new factory, the chief executive announced."
    assert "omission" not in alarm_types(__name__, src, ok, "es")
    src = "La ministra dijo que la crisis financiera es grave."
    cut = "The minister said the financial is serious."
    assert "omission" in alarm_types(__name__, src, cut, "es")


@pytest.mark.skipif(not _pivot("it"), reason="no Apertium route from Italian through Spanish")
def test_a_glued_percent_sign_survives_the_italian_leg() -> None:
    """Apertium's Italian pair garbles "66%" ("#66"); written "66 %" it survives, so the
    pivot's Spanish keeps the figure and its percent sign."""
    from aligner.alignment.mt import load_translator

    (out,) = load_translator("it", "en").translate_marked(["Il 66% degli elettori ha votato."])
    assert "66 %" in out.pivot and "#" not in out.pivot
    assert "66" in out.text


def test_a_clause_stands_only_where_the_source_own_reading_finds_an_omission() -> None:
    """A Spanish clause read as omitted (it may hold words the first leg left
    untranslated, which no back-translation renders) stands only where the source's own
    reading also reports an omission."""
    clause = Finding(
        "omission",
        "major",
        0.7,
        (20, 45),
        None,
        "The source clause «y una dosis posologique» has no counterpart in the translation.",
        "drift.omission",
    )
    assert first_leg_error(clause, _SRC, _TGT, [])
    assert first_leg_error(clause, _SRC, _TGT, [_f("number", (3, 6), (5, 8))])
    own = [_f("omission", (10, 30), None, "minor")]
    assert not first_leg_error(clause, _SRC, _TGT, own)
    # a word read as unrendered is no clause: it stands on its own
    word = _f("omission", (5, 9), None, "major")
    assert not first_leg_error(word, _SRC, _TGT, [])


def test_the_source_own_removed_names_are_kept() -> None:
    """A name of the source the translation lacks, read on the source itself (a source
    span, no translation span), stands beside the Spanish reading's findings; the
    source's other entity findings (a name replaced, added) do not."""
    removed = _f("entity", (10, 17), None, "major")
    replaced = _f("entity", (10, 17), (4, 12))
    out = as_source([_f("omission", (5, 9), None, "major")], [removed, replaced], _SRC, _TGT)
    assert [f.type for f in out] == ["omission", "entity"]
    assert out[1] is removed
