"""Words added to a translation, read through the Spanish of a pivot route, session 22
(docs/drift.md, "Session 22 (drift27a)").

French and Italian reach English through Spanish (``fr-es|spa-eng``); the Spanish-source
addition readers (closed gaps, modifiers, stray words, bare and beside phrases) now read
that Spanish where no direct pair serves. Each added word below is one nothing in the
French or Italian says; each faithful twin is quiet. The sentences are written here for
these tests; none is taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import find_route
from aligner.drift.pivot_words import check_additions, pivot_text, uses_pivot
from aligner.drift.signals import Evidence, Reading
from tests.drift_batch import alarm_types, batch_fixture, findings

_batch = batch_fixture()

_CASTLE_FR = "Le château a trois tours principales."
_SINGER_FR = "Le chanteur est tombé de la scène pendant un concert à Boston."
_SINGER_IT = "Il cantante è caduto dal palco durante un concerto a Boston."
_CAR_FR = "Le véhicule a été retiré du lieu de l'accident le même jour."
_SINGER = "The singer fell off the stage during a {}concert in Boston."
_CAR = "The {}vehicle was removed from the crash site the same day."

needs_pivot = pytest.mark.skipif(
    find_route("fr", "en") is None
    or len(find_route("fr", "en") or ()) < 2
    or find_route("it", "en") is None,
    reason="no Apertium route through Spanish for French and Italian",
)


@needs_pivot
@pytest.mark.parametrize(
    "src,tgt,lang,added",
    [
        # the MT keeps "three main towers": the translation's "stone" is between two
        # words the MT has side by side
        (_CASTLE_FR, "The castle has three main stone towers.", "fr", "stone"),
        (_CASTLE_FR, "The castle has three main towers.", "fr", None),
        # the MT has "a concert" bare: the adjective is the translation's alone
        (_SINGER_FR, _SINGER.format("charity "), "fr", "charity"),
        (_SINGER_FR, _SINGER.format(""), "fr", None),
        (_SINGER_IT, _SINGER.format("charity "), "it", "charity"),
        (_SINGER_IT, _SINGER.format(""), "it", None),
        (_CAR_FR, _CAR.format("expensive "), "fr", "expensive"),
        (_CAR_FR, _CAR.format(""), "fr", None),
    ],
)
def test_added_word_through_the_pivot(src: str, tgt: str, lang: str, added: str | None) -> None:
    """An addition at major at the added word (a translation span, no source span: the
    offsets into the Spanish are never reported); its faithful twin has no addition."""
    adds = [f for f in findings(__name__, src, tgt, lang) if f.type == "addition"]
    alarms = [f for f in adds if f.severity != "minor"]
    if added is None:
        assert "addition" not in alarm_types(__name__, src, tgt, lang)
        return
    assert alarms, tgt
    f = alarms[0]
    assert f.source_span is None
    assert tgt[f.target_span[0] : f.target_span[1]] == added


def test_the_pivot_serves_only_where_no_direct_pair_does() -> None:
    """Spanish has its own pair (the word checks read it directly); a language with no
    route at all has no pivot text; English must be the translation's language."""
    assert not uses_pivot("es", "en")
    assert not uses_pivot("fr", "de")
    if find_route("de", "en") is None:
        assert not uses_pivot("de", "en")
    if find_route("fr", "en") is not None and len(find_route("fr", "en") or ()) > 1:
        assert uses_pivot("fr", "en")


def test_pivot_text_and_no_words() -> None:
    """The pivot text is the first leg's Spanish without Apertium's marks; a direct
    route's reading has none; no analyses, no findings."""
    direct = Evidence(mt=Reading.of("The castle has three towers."))
    assert pivot_text(direct) == ""
    assert pivot_text(Evidence()) == ""
    routed = Evidence(mt=Reading.of("The castle.", pivot="El *château tiene #torres."))
    assert pivot_text(routed) == "El château tiene torres."
    assert check_additions(None, None, routed.mt, None) == []  # type: ignore[arg-type]
