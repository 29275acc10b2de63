"""Added words that change what is claimed (session 36, drift41a; docs/drift.md,
"Session 36 (drift41a)"). The sentences are written here for these tests (ordinary
Spanish and English news, health and consumer text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* a word of harm, of wrong or unlawfulness, of no worth or content, or of excess that
  nothing in the source or its literal MT says ("a [deadly] disease", "[shady] tax
  agencies", "their [useless] businesses", "the [empty] envelope", "[Excessive]
  moisture", "[cheap] advice", "[fake] watches") is an addition (major)
  (:mod:`aligner.drift.added_qualities`); the same sentence without the word, and a
  source that says it ("mortal", "errónea", "vacío", "exceso", "barato", "falsos"), or
  whose MT says a word WordNet puts beside it ("intrascendente" → "unimportant" for
  "trivial"), is quiet; so is a capitalised use inside the sentence (a title); a word
  out of time ("started work [late]") is read the same way;
* an untranslated source word the translation keeps ("post", "tsunami") is not what an added
  adverb or quality renders (:mod:`added_adverbs`);
* a verb of avoiding, preventing or refusing that nothing in the source or its MT says
  ("and [avoids] assigning tasks") is an addition
  (:mod:`aligner.drift.added_avoidance`); "evita asignar", a "no", a "prevenir" say it.
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.added_adverbs import adverb_added
from aligner.drift.text import tokenize, words
from tests.drift_batch import assert_quiet_or_reported, batch_fixture, mt_reading

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_STORM = "Los vecinos abandonaron sus negocios y sus casas por miedo al huracán."
_TAX = "Algunas agencias fiscales consideran antigüedad un objeto de al menos cien años."
_VOTE = "El votante introduce el sobre en la urna y firma el registro."
_SKIN = "La humedad de las manos reacciona con la capa exterior."
_ADVICE = "Puedes pedir consejo a otros gobiernos."
_MARKET = "La policía detuvo a tres hombres que vendían relojes en el mercado."
_MANAGER = "El gerente toma decisiones, realiza evaluaciones y asigna tareas."
_COMMITTEE = "El comité de expertos inició los trabajos."
_TSUNAMI = "Los turistas grabaron el tsunami con sus móviles."
CASES = [
    # a word of worth
    (
        _STORM,
        "Residents abandoned their useless businesses and homes for fear of the hurricane.",
        "addition",
    ),
    (_STORM, "Residents abandoned their businesses and homes for fear of the hurricane.", None),
    (_ADVICE, "You can seek cheap advice from other governments.", "addition"),
    (_ADVICE, "You can seek advice from other governments.", None),
    (
        "Puedes pedir consejo barato a otros gobiernos.",
        "You can seek cheap advice from other governments.",
        None,
    ),
    (
        _VOTE,
        "The voter places the empty envelope in the ballot box and signs the register.",
        "addition",
    ),
    (_VOTE, "The voter places the envelope in the ballot box and signs the register.", None),
    (
        "El votante introduce el sobre vacío en la urna y firma el registro.",
        "The voter places the empty envelope in the ballot box and signs the register.",
        None,
    ),
    (
        "El ministro calificó el debate de intrascendente.",
        "The minister called the debate trivial.",
        None,
    ),
    # a word of wrong
    (
        _TAX,
        "Some shady tax agencies consider an object at least a hundred years old to be an antique.",
        "addition",
    ),
    (
        _TAX,
        "Some tax agencies consider an object at least a hundred years old to be an antique.",
        None,
    ),
    (_MARKET, "Police arrested three men selling fake watches at the market.", "addition"),
    (_MARKET, "Police arrested three men selling watches at the market.", None),
    (
        "La policía detuvo a tres hombres que vendían relojes falsos en el mercado.",
        "Police arrested three men selling fake watches at the market.",
        None,
    ),
    (
        "Según la lista errónea de Charest, el Norte contiene níquel, zinc y cobre.",
        "According to Charest's mistaken list, the North contains nickel, zinc and copper.",
        None,
    ),
    # a word of harm
    (
        "Los mosquitos transmiten enfermedades en la región.",
        "Deadly mosquitoes transmit diseases in the region.",
        "addition",
    ),
    (
        "Los mosquitos transmiten enfermedades en la región.",
        "Mosquitoes transmit diseases in the region.",
        None,
    ),
    (
        "La esclerosis múltiple es una enfermedad mortal que afecta al sistema nervioso.",
        "Multiple sclerosis is a deadly disease that affects the nervous system.",
        None,
    ),
    (
        "La película Atracción Fatal se estrenó en 1987.",
        "The film Fatal Attraction premiered in 1987.",
        None,
    ),
    # a word of excess
    (_SKIN, "Excessive moisture on your hands reacts with the outer layer.", "addition"),
    (_SKIN, "Moisture on your hands reacts with the outer layer.", None),
    (
        "El exceso de humedad en las manos reacciona con la capa exterior.",
        "Excessive moisture on your hands reacts with the outer layer.",
        None,
    ),
    # out of time
    (_COMMITTEE, "The committee of experts started work late.", "addition"),
    (_COMMITTEE, "The committee of experts started work.", None),
    (
        "El comité de expertos inició los trabajos con retraso.",
        "The committee of experts started work late.",
        None,
    ),
    # a word of harm beside an untranslated word the translation keeps
    (_TSUNAMI, "Tourists filmed the deadly tsunami on their phones.", "addition"),
    (_TSUNAMI, "Tourists filmed the tsunami on their phones.", None),
    # an act not done
    (
        _MANAGER,
        "The manager makes decisions, carries out evaluations and avoids assigning tasks.",
        "addition",
    ),
    (
        _MANAGER,
        "The manager makes decisions, carries out evaluations and assigns tasks.",
        None,
    ),
    (
        "El gerente toma decisiones, realiza evaluaciones y evita asignar tareas.",
        "The manager makes decisions, carries out evaluations and avoids assigning tasks.",
        None,
    ),
    (
        "El tratamiento consiste en aliviar los síntomas y prevenir complicaciones.",
        "Treatment consists of relieving symptoms and preventing complications.",
        None,
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)


@pytest.mark.parametrize(
    ("src", "tgt", "mt", "unknown", "word"),
    [
        # nothing of the kind anywhere: the word is read
        (
            "Cerraron la tienda.",
            "They closed the useless shop.",
            "They closed the shop.",
            (),
            "useless",
        ),
        # the MT says the opposite with a prefix of negation
        ("El tema es nimio.", "The matter is trivial.", "The subject is unimportant.", (), None),
        # the source begins as a word of the class does
        ("Es un virus letal.", "It is a deadly virus.", "It is a lethal virus.", (), None),
        # an untranslated word the translation does not keep, between the anchors
        (
            "Compró una pelliccia.",
            "She bought a cheap fur.",
            "She bought a pelliccia.",
            ("pelliccia",),
            None,
        ),
        # a title inside the sentence
        (
            "Vimos Atracción Fatal.",
            "We saw Fatal Attraction.",
            "We saw Attraction Fatal.",
            (),
            None,
        ),
    ],
)
def test_quality_added(
    src: str, tgt: str, mt: str, unknown: tuple[str, ...], word: str | None
) -> None:
    from aligner.drift.added_qualities import quality_added

    found = quality_added(src, tgt, mt_reading(mt, unknown))
    assert (found.text if found else None) == word


def test_unkept_keeps_only_what_the_translation_lacks() -> None:
    from aligner.drift.added_adverbs import _unkept

    mt = mt_reading("I took the selfie in the ingrosso room.", ("selfie", "ingrosso"))
    tgt = words(tokenize("I secretly took the selfie in the wholesale room."))
    assert _unkept(mt, tgt).unknown == ("ingrosso",)
    # a cognate of five letters is kept too ("sclérose" → "sclerosis")
    mt = mt_reading("The sclérose is an illness.", ("sclérose",))
    assert _unkept(mt, words(tokenize("Sclerosis is a deadly disease."))).unknown == ()


def test_adverb_beside_a_kept_word() -> None:
    """An untranslated word the translation keeps ("post") is not what an added adverb
    renders, even where no anchor stands before the adverb."""
    src = "Tengo hecha la foto de este post."
    mt = mt_reading("Have done the photo of this post.", ("post",))
    found = adverb_added(src, "I secretly took the photo in this post.", mt)
    assert found is not None and found.text == "secretly"
    # a word the translation does not keep still excuses it
    mt = mt_reading("Have done the photo of this ingrosso.", ("ingrosso",))
    assert adverb_added(src, "I secretly took the photo in this wholesale.", mt) is None


@pytest.mark.parametrize(
    ("src", "tgt", "mt", "unknown", "word"),
    [
        ("Asigna tareas.", "He avoids assigning tasks.", "It assigns tasks.", (), "avoids"),
        (
            "Evita asignar tareas.",
            "He avoids assigning tasks.",
            "It avoids assigning tasks.",
            (),
            None,
        ),
        (
            "No asigna tareas.",
            "He neglects to assign tasks.",
            "It does not assign tasks.",
            (),
            None,
        ),
        # "fail" is not read: it also says an exam not passed
        ("Suspendió el examen.", "He failed the exam.", "It suspended the exam.", (), None),
        # a French noun of denial the proxy left, capitalised at the start
        ("Déni de servicio.", "Refusing service.", "Déni Of service.", ("Déni",), None),
        # a noun is not read
        ("Asigna tareas.", "His failure assigns tasks.", "It assigns tasks.", (), None),
    ],
)
def test_avoidance_added(
    src: str, tgt: str, mt: str, unknown: tuple[str, ...], word: str | None
) -> None:
    from aligner.drift.added_avoidance import avoidance_added

    found = avoidance_added(src, tgt, mt_reading(mt, unknown))
    assert (found.text if found else None) == word
