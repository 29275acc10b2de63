"""The dictionary gloss and the null joins it settles (aligner.alignment.gloss), and the
re-cut of a bead that gave a sentence up at a junction (aligner.alignment.junction), with
the real FreeDict German–French dictionary Debian installs (./run installs it).

German and French sentences written for these tests (a toy mountaineering report): the
French splits the porters' sentence in two and adds a sentence the German does not have.
"""

from aligner.alignment.gloss import content_words, gloss_texts, join_nulls
from aligner.alignment.junction import bead_cost, resegment
from aligner.alignment.score import BeadScorer, Weights
from aligner.alignment.search import Path
from tests.test_dictionary import needs_deu_fra
from tests.test_junction import side

DE = [
    "Der Schnee lag tief am Gipfel.",
    "Die Träger brachten die Zelte und die Seile zum Lager am Gletscher.",
    "Die Seilschaft erreichte den Gipfel am Morgen.",
]
FR = [
    "La neige était profonde au sommet.",
    "Les porteurs apportèrent les tentes",
    "et les cordes au camp du glacier.",
    "La cordée atteignit le sommet le matin.",
    "Le temps resta beau toute la semaine.",
]


def _scorer() -> BeadScorer:
    return BeadScorer(side(DE, "de"), side(FR, "fr"), Weights())


def _path(scorer, spans):
    costs = [bead_cost(scorer, s) if s[0] < s[1] and s[2] < s[3] else 0.45 for s in spans]
    return Path(spans, costs, [1.0] * len(spans))


@needs_deu_fra
def test_gloss_translates_known_words_and_keeps_the_rest():
    (gloss,) = gloss_texts(["Die Seilschaft erreichte 1956 den Gipfel."], "de", "fr")
    assert "sommet" in gloss.split() and "1956" in gloss.split()
    assert content_words("Le sommet , en 1956 .", "fr") == ["sommet", "1956"]


@needs_deu_fra
def test_a_split_off_sentence_joins_its_bead_and_an_added_one_stays_out():
    scorer = _scorer()
    src = gloss_texts(DE, "de", "fr")
    tgt = [" ".join(content_words(t, "fr")) for t in FR]
    # French 2 (the ropes and the glacier) and French 4 (the weather) left unaligned.
    path = _path(scorer, [(0, 1, 0, 1), (1, 2, 1, 2), (2, 2, 2, 3), (2, 3, 3, 4), (3, 3, 4, 5)])
    no_runs = ([False] * len(DE), [False] * len(FR))
    joined = join_nulls(path, scorer, src, tgt, no_runs, 0.005, 10.0, 6)
    assert joined.spans == [(0, 1, 0, 1), (1, 2, 1, 3), (2, 3, 3, 4), (3, 3, 4, 5)]
    assert joined.gaps == [1.0, 0.0, 1.0, 1.0]
    # Not when the cost may not rise, nor inside a run of nulls (a passage left out).
    assert join_nulls(path, scorer, src, tgt, no_runs, 0.005, -10.0, 6).spans == path.spans
    in_run = ([False] * len(DE), [False, False, True, False, False])
    assert join_nulls(path, scorer, src, tgt, in_run, 0.005, 10.0, 6).spans == path.spans


@needs_deu_fra
def test_resegment_cuts_two_pairs_apart_and_keeps_one():
    scorer = _scorer()
    spans, costs = resegment(scorer, (0, 2, 0, 2), 6)
    assert spans == [(0, 1, 0, 1), (1, 2, 1, 2)]
    assert sum(costs) < bead_cost(scorer, (0, 2, 0, 2))
    assert resegment(scorer, (2, 3, 3, 4), 6)[0] == [(2, 3, 3, 4)]
