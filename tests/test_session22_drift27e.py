"""False alarms on medical text, sixth round (docs/drift.md, "Session 22 (drift27e)").
Every sentence here is written for this test (the classes were found on ContraTICO's
Spanish proxy, slices fit and C; no sentence is taken from the data). Each quiet case
was reported at >= major by the branch start; each reported case is the same shape with
a real change, and stays reported."""

from __future__ import annotations

import pytest

from aligner.drift.signals import word_lists
from aligner.drift.text import find_cues, tokenize, words
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # the subjunctive of "tener que" is a duty, which "should" renders in guidance
        (
            "Es importante que las medidas de protección tengan que estar aplicadas por "
            "todas las escuelas.",
            "It is important that protection measures should be implemented by all schools.",
            None,
        ),
        (
            "Es importante que las medidas de protección estén aplicadas por todas las escuelas.",
            "It is important that protection measures should be implemented by all schools.",
            "modality",
        ),
        # a duty for each "should" and "need to": the "should" renders the second duty
        (
            "Cuando los vecinos tienen necesidad de salir de casa, tienen que llevar "
            "mascarilla en todo momento.",
            "When residents need to leave home, they should wear a mask at all times.",
            None,
        ),
        (
            "Cuando los vecinos salen de casa, tienen que llevar mascarilla en todo momento.",
            "When residents need to leave home, they should wear a mask at all times.",
            "modality",
        ),
        # "no sea posible" is a denied possibility, as "not possible" is
        (
            "Los bebés tienen que dormir en su cuna y, donde no sea posible, cerca de la madre.",
            "Babies should sleep in their cot and, where this is not possible, near the mother.",
            None,
        ),
        # a risk of doing answers "may"
        (
            "Si el cierre llega tarde, su efecto riesgo de ser nulo.",
            "If the closure comes late, its effect may be nil.",
            None,
        ),
        (
            "Si el cierre llega tarde, su efecto es nulo.",
            "If the closure comes late, its effect may be nil.",
            "modality",
        ),
        # the expletive "no" after "antes de que" negates nothing
        (
            "Los controles pueden durar horas antes de que no estéis autorizados a seguir "
            "el viaje.",
            "The checks can take hours before you are allowed to continue the journey.",
            None,
        ),
        (
            "Los controles pueden durar horas y no estáis autorizados a seguir el viaje.",
            "The checks can take hours and you are allowed to continue the journey.",
            "negation",
        ),
        # "vary widely", "widely suspected" grade as "considerablemente" does
        (
            "Las normas de visita varían considerablemente según el hospital.",
            "Visiting rules vary widely by hospital.",
            None,
        ),
        # "as soon as … possible" is a degree of time, no hedge
        (
            "SE ORDENA que, en el plazo más breve, la presente orden sea publicada.",
            "IT IS ORDERED that as soon as reasonably possible this Order be published.",
            None,
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


def _cues(text: str, lang: str, table: str) -> list[tuple[str, str]]:
    ws = words(tokenize(text))
    found = find_cues(ws, getattr(word_lists(lang), table))
    return [(c.label, " ".join(w.text for w in ws[c.start : c.end])) for c in found]


def test_widely_grades_a_variation_or_a_belief_only():
    assert ("focus", "vary widely") in _cues("The rules vary widely.", "en", "degree")
    assert ("focus", "widely suspected") in _cues("It is widely suspected.", "en", "degree")
    # "spreads more widely" renders "ampliamente": no degree word of its own
    assert _cues("The virus spreads more widely.", "en", "degree") == [("compar", "more")]


def test_risk_of_a_thing_answers_no_hedge():
    assert _cues("el riesgo de infección es alto", "es", "modality") == []
    assert _cues("su efecto riesgo de ser nulo", "es", "modality") == [("seem", "riesgo de ser")]


def _oddity(text: str, word: str) -> float:
    from aligner.drift.pos_fluency import load_model, oddities, tag_texts

    model = load_model()
    if model is None:
        pytest.skip("the tag-bigram model is not installed")
    tagged = tag_texts([text])[0]
    odd = oddities(tagged, model)
    return next(o for w, o in zip(tagged, odd, strict=True) if w.surface == word)


def test_english_shapes_the_tag_tables_call_odd():
    # a postpositive adjective, the complement after "being", a letter "I"
    assert _oddity("They listed the drugs available at the hospital.", "available") == 0
    assert _oddity("They noted many nurses being women with children.", "women") == 0
    assert _oddity("The counts of I (infected cases) are low.", "I") == 0
    # an adjective that English puts before its noun is still read after one
    assert _oddity("They listed the drugs cheap at the hospital.", "cheap") > 0


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # weight stands for severity; a softener for it is still a change
        (
            "¿Tenéis otros problemas o enfermedades graves?",
            "Do you have other problems or important diseases?",
            None,
        ),
        (
            "¿Tenéis otros problemas o enfermedades graves?",
            "Do you have other problems or mild diseases?",
            "intensity",
        ),
        # a total counts everything, as "all" does
        (
            "Se conocen seis especies, una dividida en dos cepas, lo que hace siete cepas "
            "en todos.",
            "Six species are known, one split into two strains, making seven strains altogether.",
            None,
        ),
    ],
)
def test_degree_words(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a term's acronym defined in place in lower-case words, translated with it
        (
            "En el desarrollo clínico, estos procesos se agrupan bajo el nombre de química, "
            "fabricación y control (QFC).",
            "In clinical development, these processes are known as chemistry, manufacturing "
            "and control (CMC).",
            None,
        ),
        # a word of legal style in capitals is no name
        (
            "CONSECUENTEMENTE, YO, ANA LÓPEZ, alcaldesa de la ciudad, dicto por la presente la "
            "orden siguiente.",
            "NOW, THEREFORE, I, ANA LÓPEZ, Mayor of the City, do hereby issue the following order.",
            None,
        ),
        # a mandate the translation reports keeps a duty made "should" a weakened duty
        (
            "Los vecinos tienen que salir de sus casas, ordenó el alcalde.",
            "Residents should leave their homes, the mayor ordered.",
            "modality",
        ),
    ],
)
def test_names_and_duties(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)


def test_a_word_in_capitals_that_is_an_adverb_is_no_name():
    from aligner.drift.name_cuts import capitalised_common_word

    assert capitalised_common_word("THEREFORE")
    assert capitalised_common_word("CONSECUENTEMENTE", "CONSEQUENTLY")
    assert not capitalised_common_word("LONDON")
    assert not capitalised_common_word("Therefore")
