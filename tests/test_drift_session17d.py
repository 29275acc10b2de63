"""Names removed and replaced, session 17 (docs/drift.md, "Session 17 (drift22d): names
removed and replaced"). The sentences are written here for these tests, not taken from
any of the data. No MT and no e5: the evidence the MT system would give (each name
translated alone, whether it knew the name) is written into :class:`Evidence` by hand.
Each reported case is silent on the session's start."""

from __future__ import annotations

import pytest

from aligner.drift.checks import read_side
from aligner.drift.fluency import check_lost_names, name_gaps, subjectless_verbs
from aligner.drift.names import check_entities
from aligner.drift.signals import Evidence, Finding, Reading


def _gaps(text: str) -> list[str]:
    return [text[a:b] for a, b in name_gaps(read_side(text, "en"))]


@pytest.mark.parametrize(
    "text,gap",
    [
        ("The plan follows, according to 's report, the old map.", "to 's"),
        ("Prices are lower here than in : a third less.", "in :"),
        ("In the early 90s in the I lived near the port.", "the I"),
    ],
)
def test_a_name_cut_out_leaves_a_gap(text: str, gap: str) -> None:
    assert _gaps(text) == [gap]


@pytest.mark.parametrize(
    "text",
    [
        "According to Maria's report, the old map is wrong.",
        "The rule is simple: a third less.",
        "The I-95 was closed and I stayed home.",
        "It's what we'd expected, and the 'special' price was a third less.",
    ],
)
def test_english_without_a_gap(text: str) -> None:
    assert _gaps(text) == []


def _evidence(mt: list[str], unknown: list[bool]) -> Evidence:
    return Evidence(mt_entities=mt, src_unknown=unknown)


def test_a_lost_name_beside_a_gap_is_an_omission() -> None:
    src = read_side("Los precios son más bajos aquí que en Mauritania: un tercio menos.", "es")
    tgt = read_side("Prices are lower here than in : a third less.", "en")
    found = check_lost_names(src, tgt, _evidence(["Mauritania"], [False]), [])
    assert [f.type for f in found] == ["omission"]
    assert "Mauritania" in found[0].message


def test_an_unknown_name_cut_to_its_first_word_is_dropped() -> None:
    src = read_side("Se espera la visita de Tamsin Kellaway después del verano.", "es")
    tgt = read_side("Tamsin is expected to visit after the summer.", "en")
    found = check_entities(src, tgt, _evidence(["Tamsin Kellaway"], [True]))
    assert [(f.type, f.severity) for f in found] == [("entity", "major")]


@pytest.mark.parametrize(
    "tgt",
    [
        "Kellaway is expected to visit after the summer.",  # shortened to the surname
        "Tamsin Kellaway is expected to visit after the summer.",
    ],
)
def test_a_name_kept_or_shortened_to_its_surname_is_quiet(tgt: str) -> None:
    src = read_side("Se espera la visita de Tamsin Kellaway después del verano.", "es")
    found = check_entities(src, read_side(tgt, "en"), _evidence(["Tamsin Kellaway"], [True]))
    assert found == []


def test_a_known_name_cut_to_its_first_word_is_left_alone() -> None:
    # Known to the MT system: it may be a phrase the translator rendered freely.
    src = read_side("Se espera la visita de Tamsin Kellaway después del verano.", "es")
    tgt = read_side("Tamsin is expected to visit after the summer.", "en")
    assert check_entities(src, tgt, _evidence(["Tamsin Kellaway"], [False])) == []


def test_an_acronym_replaced_by_a_single_name_is_a_swap() -> None:
    src = read_side("Si la FDQ ha decidido no publicar las cifras, es por prudencia.", "es")
    tgt = read_side("If the Rotary has decided not to publish the figures, it is caution.", "en")
    found = check_entities(src, tgt, _evidence(["FDQ"], [True]))
    assert [(f.type, f.severity) for f in found] == [("entity", "critical")]


def test_an_acronym_spelt_out_in_several_words_is_quiet() -> None:
    src = read_side("Si la FDQ ha decidido no publicar las cifras, es por prudencia.", "es")
    tgt = read_side(
        "If the Quebec Drainage Federation has decided not to publish the figures, it is so.",
        "en",
    )
    assert check_entities(src, tgt, _evidence(["FDQ"], [True])) == []


def test_a_name_with_a_word_swapped_is_a_swap() -> None:
    src = read_side("Trabajó en series como Taxi y The Corinne Vallot Show.", "es")
    tgt = read_side("He worked on series such as Taxi and The Bertram Hollis Show.", "en")
    ev = _evidence(["Taxi", "The Corinne Vallot Show"], [False, True])
    found = check_entities(src, tgt, ev)
    assert [(f.type, f.severity) for f in found] == [("entity", "critical")]
    assert "Bertram Hollis" in found[0].message


def test_a_name_whose_translated_word_changes_is_quiet() -> None:
    # "Caras" is a word the MT system translates ("Expensive"): a translator may render
    # it freely ("Faces"), so a changed word there is no swap.
    src = read_side("En los años 70, New Caras lanzó a muchos artistas.", "es")
    tgt = read_side("In the 1970s, New Faces launched many artists.", "en")
    assert check_entities(src, tgt, _evidence(["New Expensive"], [True])) == []


@pytest.mark.parametrize(
    "src_text,tgt_text,mt",
    [
        # A piece of a compound kept: a respelling, not another person.
        (
            "La ópera, de Lucien Santo-Seans, se estrenó en 1890.",
            "The opera, by Lucien Saint-Seans, premiered in 1890.",
            "Lucien Santo-Seans",
        ),
        # Names with an acronym in them are reordered and spelt out freely.
        (
            "Forma parte del papel de la RDQ del KLMN-PQ.",
            "It is part of the role of the KLMN RDQ-PQ.",
            "RDQ of the KLMN-PQ",
        ),
    ],
)
def test_a_respelt_or_reordered_name_is_no_swap(src_text: str, tgt_text: str, mt: str) -> None:
    src, tgt = read_side(src_text, "es"), read_side(tgt_text, "en")
    ev = _evidence([mt] * len(src.entities), [True] * len(src.entities))
    assert [f for f in check_entities(src, tgt, ev) if f.severity == "critical"] == []


def test_a_name_cut_down_to_its_tail_beside_a_tear_is_an_omission() -> None:
    src = read_side("Ambos fueron emitidos por la Brannock Holloway Agency de Ohio.", "es")
    tgt = read_side("Both were issued by of Ohio.", "en")
    ev = _evidence(["Brannock Holloway Agency of the Ohio"], [True])
    found = check_lost_names(src, tgt, ev, [])
    assert [f.type for f in found] == ["omission"]
    # Without the tear the shortened name proves nothing (surnames are shortened so).
    whole = read_side("Both were issued by the agency of Ohio.", "en")
    assert check_lost_names(src, whole, ev, []) == []


def test_a_word_in_capitals_replaced_by_another_is_no_acronym_swap() -> None:
    # A long word in capitals is a word, not an acronym a single name could replace.
    src = read_side("El texto del PREÁMBULO fue leído en voz alta.", "es")
    tgt = read_side("The text of the Foreword was read aloud.", "en")
    assert check_entities(src, tgt, _evidence(["PREAMBLE"], [False])) == []


class _W:
    """A tagged word as Apertium's tagger gives it (written here, no tagger run)."""

    def __init__(self, surface: str, tag: str, start: int) -> None:
        self.surface, self.tag, self.start, self.end = surface, tag, start, start + len(surface)


def _tagged(pairs: list[tuple[str, str]]) -> list[_W]:
    out, at = [], 0
    for surface, tag in pairs:
        out.append(_W(surface, tag, at))
        at += len(surface) + 1
    return out


def test_a_conjunction_without_its_subject_beside_a_lost_name_is_an_omission() -> None:
    src = read_side("Pero si el Partido Verdeazul acepta el plan, lo apoyaremos.", "es")
    tgt = read_side("But if accepts the plan, we will support it.", "en")
    words = [("But", "cnjcoo"), ("if", "cnjadv"), ("accepts", "vblex"), ("the", "det.def")]
    ev = _evidence(["Party Verdeazul"], [True])
    found = check_lost_names(src, tgt, ev, [], _tagged(words))
    assert [f.type for f in found] == ["omission"]
    assert check_lost_names(src, tgt, ev, []) == []  # no tags, no evidence of a cut


@pytest.mark.parametrize(
    "words",
    [
        [("if", "cnjadv"), ("needed", "vblex.ed")],  # a participle clause
        [("because", "cnjadv"), ("costs", "n"), ("rose", "vblex.past")],
        [("before", "cnjadv"), ("leaving", "vblex.ger")],
    ],
)
def test_a_conjunction_with_its_clause_is_quiet(words: list[tuple[str, str]]) -> None:
    assert subjectless_verbs(_tagged(words)) == []


def test_an_acronym_rendered_by_a_short_form_of_the_body_is_quiet() -> None:
    src = read_side("El acuerdo con la UE se firmó ayer.", "es")
    tgt = read_side("The agreement with Europe was signed yesterday.", "en")
    assert check_entities(src, tgt, _evidence(["EU"], [False])) == []


def test_a_minor_clause_omission_does_not_hide_a_lost_name_beside_a_gap() -> None:
    src = read_side("Mirando la lista de Vaudrecourt, el Sur tiene oro.", "es")
    tgt = read_side("Looking at 's list, the South has gold.", "en")
    ev = _evidence(["Vaudrecourt", "South"], [True, False])
    minor = Finding("omission", "minor", 0.4, (0, 32), None, "a clause", "drift.omission")
    found = check_lost_names(src, tgt, ev, [minor])
    assert [(f.type, f.severity) for f in found] == [("omission", "major")]


def _readings(mt: str, back: str) -> dict:
    return {"mt": Reading.of(mt), "back": Reading.of(back)}


def test_a_name_opening_the_sentence_swapped_for_another_is_a_swap() -> None:
    src = read_side("Kowalczyk visitó ayer el puerto de Vigo.", "es")
    tgt = read_side("Brennagh visited the port of Vigo yesterday.", "en")
    ev = Evidence(
        mt_entities=["Vigo"],
        src_unknown=[False],
        **_readings(
            "Kowalczyk visited yesterday the port of Vigo.",
            "Brennagh visitó el puerto de Vigo ayer.",
        ),
    )
    found = check_entities(src, tgt, ev)
    assert [(f.type, f.severity) for f in found] == [("entity", "critical")]
    assert "Brennagh" in found[0].message


@pytest.mark.parametrize(
    "tgt,back",
    [
        # The same name opens both sides.
        (
            "Kowalczyk visited the port of Vigo yesterday.",
            "Kowalczyk visitó el puerto de Vigo ayer.",
        ),
        # A word the MT back translates is no name ("Yesterday" → "Ayer").
        (
            "Yesterday Kowalczyk visited the port of Vigo.",
            "Ayer Kowalczyk visitó el puerto de Vigo.",
        ),
    ],
)
def test_an_opening_word_kept_or_translated_is_quiet(tgt: str, back: str) -> None:
    src = read_side("Kowalczyk visitó ayer el puerto de Vigo.", "es")
    ev = Evidence(
        mt_entities=["Vigo"],
        src_unknown=[False],
        **_readings("Kowalczyk visited yesterday the port of Vigo.", back),
    )
    assert check_entities(src, read_side(tgt, "en"), ev) == []


def test_an_institution_named_by_common_nouns_is_no_opening_swap() -> None:
    # "la Fiscalía", named with an article, is an institution a translator may name by
    # common nouns ("Prosecutors"), even where the MT knows neither word.
    src = read_side("La Fiscalía pide diez años para el alcalde.", "es")
    tgt = read_side("Prosecutors are seeking ten years for the mayor.", "en")
    ev = Evidence(
        mt_entities=["Fiscalía"],
        src_unknown=[True],
        **_readings(
            "The Fiscalía asks ten years for the mayor.",
            "Prosecutors están buscando diez años para el alcalde.",
        ),
    )
    assert check_entities(src, tgt, ev) == []
