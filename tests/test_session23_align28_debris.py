"""Session 23 (align28): page-break debris inside a sentence (aligner/alignment/debris.py).

Sentences written here (German and French, in the manner of a scanned yearbook whose page
breaks left OCR debris). No model: the engine test aligns without embeddings.
"""

from __future__ import annotations

import numpy as np

from aligner.alignment.boundary import FRAGMENT, end_flags
from aligner.alignment.debris import (
    DEBRIS_CONFIDENCE,
    Cut,
    cut_side,
    inside_sentence,
    is_debris,
    take_out,
)
from aligner.alignment.engine import align, load_document
from aligner.alignment.score import Weights, sentence_null_costs, side_features
from aligner.types import Bead

FR = [
    "Le lendemain , la cordée quitte le refuge avant l' aube .",
    "Après deux heures de marche , le glacier",
    "~ * '",
    "est franchi sans peine .",
    "Au col , le vent souffle en rafales .",
]
DE = [
    "Am nächsten Morgen verlässt die Seilschaft die Hütte vor Tagesanbruch .",
    "Nach zwei Stunden ist der Gletscher ohne Mühe überquert .",
    "Auf dem Pass weht ein böiger Wind .",
]


def test_debris_is_a_line_without_a_word():
    assert is_debris("~ * '")
    assert is_debris(".:-- , .")
    assert is_debris("x ) .")  # one letter left by the scanner
    assert not is_debris("12")  # a page number: a digit
    assert not is_debris("Ja .")
    assert not is_debris("II .")


def test_only_debris_inside_a_sentence_is_taken_out():
    assert inside_sentence(FR, 2)  # "… le glacier" | debris | "est franchi …"
    # Between two finished sentences, a scene break or a caption's remains stay.
    between = ["Il fait nuit .", "* * *", "Le jour se lève ."]
    assert not inside_sentence(between, 1)
    # A finished sentence, then debris, then a lower-case line: the sentence goes on.
    goes_on = ["Il reste à payer l' in .", "~ ~", "demnité convenue ."]
    assert inside_sentence(goes_on, 1)
    # Not at a document's edge, and not in a run of debris.
    assert not inside_sentence(["~ ~", "le glacier"], 0)
    assert not inside_sentence(["le glacier", "~ ~", "* *", "est franchi ."], 1)


def _doc(lines: list[str], lang: str):
    return load_document("<test>", lang, True, "\n".join(lines) + "\n")


def test_the_cut_numbers_the_rest_again_and_flags_the_first_half():
    side = cut_side(_doc(FR, "fr"))
    assert side.dropped == (2,)
    assert side.keep == (0, 1, 3, 4)
    assert [s.index for s in side.doc.sentences] == [0, 1, 2, 3]
    assert side.doc.sentences[2].text.startswith("est franchi")
    assert side.halves().tolist() == [False, True, False, False]


def test_beads_go_back_to_the_original_lines_with_the_debris_a_null():
    cut = take_out(_doc(DE, "de"), _doc(FR, "fr"))
    assert cut is not None and cut.src.dropped == () and cut.tgt.dropped == (2,)
    beads = [Bead((0,), (0,)), Bead((1,), (1, 2), 1.0, 0.8), Bead((2,), (3,))]
    restored = cut.restore(beads)
    assert [(b.src, b.tgt) for b in restored] == [
        ((0,), (0,)),
        ((1,), (1, 3)),  # the two halves in one bead, skipping the debris line
        ((), (2,)),  # the debris line, right after
        ((2,), (4,)),
    ]
    assert restored[1].confidence == 0.8 and restored[2].confidence == DEBRIS_CONFIDENCE


def test_a_gold_over_the_original_lines_is_read_over_the_cut_ones():
    cut = take_out(_doc(DE, "de"), _doc(FR, "fr"))
    assert isinstance(cut, Cut)
    gold = [Bead((0,), (0,)), Bead((1,), (1, 3)), Bead((), (2,)), Bead((2,), (4,))]
    assert [(b.src, b.tgt) for b in cut.reduce(gold)] == [
        ((0,), (0,)),
        ((1,), (1, 2)),
        ((2,), (3,)),
    ]


def test_no_cut_without_debris_inside_a_sentence():
    clean = ["Il fait nuit .", "* * *", "Le jour se lève ."]
    assert take_out(_doc(DE, "de"), _doc(clean, "fr")) is None


def test_the_first_half_left_out_costs_the_fragment_price():
    cut = take_out(_doc(DE, "de"), _doc(FR, "fr"))
    assert cut is not None
    reduced = cut.tgt.doc
    src = side_features(cut.src.doc.sentences, "de", None)
    tgt = side_features(reduced.sentences, "fr", None)
    _src, tgt = cut.flag_halves(src, tgt)
    assert tgt.ends is not None and (tgt.ends & FRAGMENT).tolist() == [0, 1, 0, 0]
    # The second pass recomputes its end flags from the texts and keeps these.
    texts = [s.text for s in reduced.sentences]
    assert end_flags(texts, "fr", tgt.ends)[1] & FRAGMENT
    assert not end_flags(texts, "fr")[1] & FRAGMENT  # the text alone does not show it
    costs = sentence_null_costs(tgt, Weights(null=0.7, boundary_fragment=0.2))
    assert costs is not None
    assert np.isclose(costs[1] - costs[0], 0.2) and np.isclose(costs[2], costs[0])


def test_align_gives_every_original_line_once_and_the_debris_as_a_null():
    result = align(
        _doc(DE, "de"), _doc(FR, "fr"), embedder=None, overlap=False
    )  # no model: the plumbing only
    assert result.tgt.sentences[2].text == "~ * '"  # the original document
    covered = sorted(j for b in result.beads for j in b.tgt)
    assert covered == [0, 1, 2, 3, 4]
    assert sorted(i for b in result.beads for i in b.src) == [0, 1, 2]
    (debris,) = [b for b in result.beads if 2 in b.tgt]
    assert debris.src == () and debris.tgt == (2,)
    holder = result.beads.index(debris) - 1
    assert 1 in result.beads[holder].tgt  # right after the bead holding the line before
