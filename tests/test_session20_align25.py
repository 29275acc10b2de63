"""Session 20 (align25): beads inside a crossing lose confidence (aligner.alignment.crossing).

No model: sentence vectors are made up here (unit vectors whose cosines are set by hand),
and the sentences are written for these tests.
"""

import dataclasses
import math

import numpy as np

from aligner.alignment.confidence import (
    FEATURES,
    MT_FEATURES,
    OVERLAP_FEATURES,
    load_mt_calibration,
    load_overlap_calibration,
    load_overlap_mt_calibration,
    overlap_bead_features,
    read_calibration_file,
)
from aligner.alignment.crossing import crossed_beads
from aligner.alignment.engine import _score_beads, load_document
from aligner.alignment.overlap import second_pass_weights
from aligner.alignment.score import side_features
from aligner.alignment.search import Path

DIM = 9  # the last dimension is a direction every sentence shares (as e5's do)
PAIR_COSINE = 0.9  # each 1-1 bead's two sentences

# Source 0..5 and target 0..5. Source 2 is left out where it stands and its translation
# appears later as target 4: a moved sentence, so the path has a source null before
# beads 3-4 and a target null after them.
SPANS = [
    (0, 1, 0, 1),
    (1, 2, 1, 2),
    (2, 3, 2, 2),  # source null: sentence 2
    (3, 4, 2, 3),
    (4, 5, 3, 4),
    (5, 5, 4, 5),  # target null: sentence 4
    (5, 6, 5, 6),
]
# The target sentence each source sentence of a 1-1 bead is paired with.
PAIRED = {0: 0, 1: 1, 3: 2, 4: 3, 5: 5}


def _unit(k: int) -> np.ndarray:
    vector = np.zeros(DIM)
    vector[k] = 1.0
    return vector


def _vectors(moved_cosine: float | None, shared: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """Source vectors are basis vectors; each paired target has cosine PAIR_COSINE with
    its source; target 4 has ``moved_cosine`` with source 2 (None: unrelated to all).
    With ``shared``, every vector leans that much towards one common direction, so
    unrelated sentences have cosine shared² (the order of all cosines is kept)."""
    src = np.array([_unit(k) for k in range(6)])
    tgt = np.zeros((6, DIM))
    rest = math.sqrt(1 - PAIR_COSINE**2)
    for s, t in PAIRED.items():
        tgt[t] = PAIR_COSINE * src[s] + rest * _unit(7)
    if moved_cosine is None:
        tgt[4] = _unit(6)
    else:
        tgt[4] = moved_cosine * src[2] + math.sqrt(1 - moved_cosine**2) * _unit(7)
    lean = math.sqrt(1 - shared**2)
    return lean * src + shared * _unit(8), lean * tgt + shared * _unit(8)


def test_beads_between_two_nulls_that_translate_each_other_are_crossed():
    src, tgt = _vectors(0.95)
    flags = crossed_beads(SPANS, src, tgt)
    assert flags.tolist() == [0, 0, 0, 1, 1, 0, 0]


def test_nulls_that_do_not_match_cross_nothing():
    src, tgt = _vectors(None)
    assert not crossed_beads(SPANS, src, tgt).any()
    # Matching less well than the document's weakest 1-1 beads is no match either.
    src, tgt = _vectors(0.85)
    assert not crossed_beads(SPANS, src, tgt).any()


def test_nulls_of_one_side_only_or_no_pairs_cross_nothing():
    src, tgt = _vectors(0.95)
    one_side = [(0, 1, 0, 1), (1, 2, 1, 1), (2, 3, 1, 2), (3, 4, 1, 1)]
    assert not crossed_beads(one_side, src, tgt).any()
    nulls_only = [(0, 1, 0, 0), (1, 1, 0, 1)]
    assert not crossed_beads(nulls_only, src, tgt).any()
    assert crossed_beads([], src, tgt).shape == (0,)


def test_the_target_null_first_crosses_the_same_way():
    # The mirror: the translation (target 1) comes early, its source (source 2) later.
    src, _ = _vectors(None)
    rest = math.sqrt(1 - PAIR_COSINE**2)
    tgt = np.zeros((4, DIM))
    for s, t in ((0, 0), (1, 2), (3, 3)):
        tgt[t] = PAIR_COSINE * src[s] + rest * _unit(7)
    tgt[1] = 0.95 * src[2] + math.sqrt(1 - 0.95**2) * _unit(7)
    spans = [(0, 1, 0, 1), (1, 1, 1, 2), (1, 2, 2, 3), (2, 3, 3, 3), (3, 4, 3, 4)]
    assert crossed_beads(spans, src, tgt).tolist() == [0, 0, 1, 0, 0]


def test_nulls_inside_a_crossing_are_not_doubted():
    # Between the moved pair (source 2, target 5) an unrelated target sentence 3 is
    # left out as well: a null is the reading the crossing favours, not a doubtful pair.
    src, _ = _vectors(None)
    rest = math.sqrt(1 - PAIR_COSINE**2)
    tgt = np.zeros((6, DIM))
    for s, t in ((0, 0), (1, 1), (3, 2), (4, 4)):
        tgt[t] = PAIR_COSINE * src[s] + rest * _unit(7)
    tgt[3] = _unit(6)
    tgt[5] = 0.95 * src[2] + math.sqrt(1 - 0.95**2) * _unit(7)
    spans = [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 2), (3, 4, 2, 3), (4, 4, 3, 4), (4, 5, 4, 5),
             (5, 5, 5, 6)]  # fmt: skip
    assert crossed_beads(spans, src, tgt).tolist() == [0, 0, 0, 1, 0, 1, 0]


def _sides(src_vectors: np.ndarray, tgt_vectors: np.ndarray):
    src_doc = load_document("src", "es", True, "\n".join(SOURCE))
    tgt_doc = load_document("tgt", "en", True, "\n".join(TARGET))
    return (
        side_features(src_doc.sentences, "es", src_vectors),
        side_features(tgt_doc.sentences, "en", tgt_vectors),
    )


# Written for these tests; target 4 translates source 2, placed later.
SOURCE = [
    "El puerto abrió a las seis de la mañana.",
    "Los pescadores descargaron sardinas y atún.",
    "La lonja cerró antes de lo previsto por la lluvia.",
    "Un camión llevó el hielo hasta el muelle norte.",
    "Los compradores pagaron en efectivo.",
    "Por la tarde el viento cambió de dirección.",
]
TARGET = [
    "The port opened at six in the morning.",
    "The fishermen unloaded sardines and tuna.",
    "A lorry took the ice to the north quay.",
    "The buyers paid in cash.",
    "The fish market closed earlier than planned because of the rain.",
    "In the afternoon the wind changed direction.",
]


def test_the_overlap_features_carry_the_crossing_flag():
    assert OVERLAP_FEATURES[-1] == "crossed"
    fs, ft = _sides(*_vectors(0.95))
    rows = overlap_bead_features(SPANS, fs, ft)
    assert rows[:, -1].tolist() == [0, 0, 0, 1, 1, 0, 0]


def test_the_shipped_models_trust_a_crossed_bead_less():
    overlap_model = load_overlap_calibration()
    assert overlap_model is not None
    assert overlap_model.coefficients[len(FEATURES) + OVERLAP_FEATURES.index("crossed")] < 0
    with_mt = load_overlap_mt_calibration()
    assert with_mt is not None
    # The MT model's coefficients, then the flag's, fitted on top of them.
    assert with_mt.coefficients[:-1] == load_mt_calibration("embeddings").coefficients
    assert with_mt.coefficients[-1] < 0


def test_the_crossing_coefficients_record_the_shipped_second_pass_weights():
    # Fitted on the second pass's beads: stale when its weights move (as session 16's test).
    fitted = read_calibration_file()["modes"]["overlap"]["confidence_mt"]
    assert fitted["features"] == [*FEATURES, *MT_FEATURES, "crossed"]
    shipped = dataclasses.asdict(second_pass_weights())
    assert {k: fitted["weights"][k] for k in shipped} == shipped


def test_second_pass_beads_lose_confidence_inside_a_crossing_with_and_without_mt():
    path = Path(SPANS, [3.0] * len(SPANS), [0.5] * len(SPANS))
    # A literal rendering written here stands in for Apertium's output.
    src_mt = [
        "The port opened to the six of the morning.",
        "The fishermen unloaded sardines and tuna.",
        "The fish market closed before than planned by the rain.",
        "A lorry took the ice until the north quay.",
        "The buyers paid in cash.",
        "By the afternoon the wind changed of direction.",
    ]
    for mt in (src_mt, None):
        confidences = {}
        for moved in (0.95, None):  # target 4 translates source 2, or is unrelated
            fs, ft = _sides(*_vectors(moved, shared=0.87))
            beads, _ = _score_beads(
                path, fs, ft, "embeddings", mt, TARGET if mt else None, overlap=True
            )
            confidences[moved] = np.array([b.confidence for b in beads])
            assert ((confidences[moved] > 0) & (confidences[moved] < 1)).all()
        logits = {key: np.log(p / (1 - p)) for key, p in confidences.items()}
        for k in (3, 4):  # the beads between the two nulls: the flag's coefficient, < -3
            assert logits[0.95][k] < logits[None][k] - 3.0
