"""False alarms on faithful pairs, seventeenth round (session 33, drift38c; docs/drift.md,
"Session 33 (drift38c)"). The sentences are written here for these tests (ordinary
Spanish and English news and health text), not taken from any data.

Each case is a pair and the alarm type expected (None: no alarm at all). The classes:

* a hedge said with a noun or an idiom ("Con toda probabilidad", "Por lo visto") is a
  hedge, rendered by "Most likely", "Apparently"; dropped, it is now reported;
* "most likely", "most probably" are hedges, no superlatives ("the most likely" is one);
  "a lo mejor" ("maybe") is no superlative; "may well" renders "muy posible";
* an error named before a word ("error de cálculo") is what "mis-" says
  ("miscalculation"), no opposite;
* a time told loosely ("un poco antes de las diez" → "shortly before ten") keeps the
  source's softener; "before ten" still drops it;
* a concessive subjunctive ("Aunque sea caro", "Por caro que sea") is rendered with
  "may"; "Aunque es caro" → "it may be" still adds a hedge;
* the copula "quedar" before a participle ("quedó interrumpido" → "was halted"): Apertium's
  "remained" is no verb the translation's can be the opposite of, nor does the
  translation's verb leave the participle unrendered;
* a relative clause of one verb after a noun ("la nariz que gotea") is rendered by an
  adjective before it ("a runny nose"); an adjective nothing says is still added;
* a common noun's acronym ("la UCI", "el IPC") spelled out ("intensive care", "consumer
  prices") is no name dropped; one the translation drops still is;
* "algo" before a comparative ("algo más intensas" → "somewhat heavier") and a verb of a
  small change ("cayeron un poco" → "dipped") say the source's softener;
* what is still to happen ("está por llegar" → "is yet to come") is no negation added;
* a verb after "no" that English puts before it ("no presenta síntomas" → "have no
  symptoms") is rendered there, not cut;
* "no … hasta" ("No fue hasta 2010 cuando") is "only then": no restriction added;
* "unos"/"unas" before a figure ("unas tres horas") is "about", not the figure one with
  the unit of the figure after it; another figure is still a change;
* the comparative of a softener ("más leves" → "milder") keeps it;
* "quince días" is "two weeks", "ocho días" "a week" (the calendar's inclusive count);
* "es fundamental", "es crucial" answer an English obligation ("It is essential").
"""

from __future__ import annotations

import pytest

from aligner.alignment.mt import installed_modes
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

_MATCH = "Con toda probabilidad, el partido se aplazará."
_TRAIN = "Por lo visto el tren llega tarde."
_TEN = "El accidente ocurrió un poco antes de las diez."
_NOSE = "Los pacientes tienen la nariz que gotea."
CASES = [
    # a hedge said with a noun or an idiom
    (_MATCH, "Most likely, the match will be postponed.", None),
    ("Por lo visto, el ministro dimitirá mañana.", "Apparently, the minister will resign.", None),
    (_MATCH, "The match will be postponed.", "modality"),
    (_TRAIN, "The train is late.", "modality"),
    ("El tren llega tarde.", "Apparently the train is late.", "modality"),
    # "a lo mejor" as "maybe", "may well"
    ("A lo mejor mañana hace sol.", "Maybe it will be sunny tomorrow.", None),
    ("Es muy posible que llueva mañana.", "It may well rain tomorrow.", None),
    # an error named before the word "mis-" renders
    ("Al parecer, hubo un error de cálculo.", "There was apparently a miscalculation.", None),
    ("Hubo un cálculo preciso.", "There was a miscalculation.", "meaning"),
    # "most likely" is no superlative
    ("Probablemente el tren llega tarde.", "Most probably the train is late.", None),
    # a time told loosely
    (_TEN, "The accident happened shortly before ten.", None),
    (
        "La tienda cerró un poco después de medianoche.",
        "The shop closed shortly after midnight.",
        None,
    ),
    (_TEN, "The accident happened before ten.", "intensity"),
    # a concessive subjunctive
    ("Aunque sea caro, el tratamiento funciona.", "Although it may be expensive, it works.", None),
    ("Por caro que sea, hay que comprarlo.", "However expensive it may be, you must buy it.", None),
    (
        "Aunque es caro, el tratamiento funciona.",
        "Although it may be expensive, it works.",
        "modality",
    ),
    # the copula "quedar"
    (
        "El suministro eléctrico quedó interrumpido durante tres horas.",
        "The power supply was halted for three hours.",
        None,
    ),
    ("La obra quedó paralizada por la huelga.", "The work was halted by the strike.", None),
    ("El tráfico quedó interrumpido en la autopista.", "Traffic on the motorway.", "omission"),
    ("El puente permaneció cerrado toda la semana.", "The bridge was open all week.", "meaning"),
    # a relative clause rendered by an adjective
    (_NOSE, "The patients have a runny nose.", None),
    ("El niño tiene la nariz que le gotea.", "The child has a runny nose.", None),
    ("Los pacientes que llegan tienen tos.", "Arriving patients have a dry cough.", "addition"),
    # a common noun's acronym spelled out
    ("El paciente ingresó en la UCI.", "The patient was admitted to intensive care.", None),
    ("El IPC subió un 3 % en marzo.", "Consumer prices rose by 3% in March.", None),
    ("El paciente ingresó en la UCI.", "The patient was admitted to hospital.", "entity"),
    # "algo" before a comparative, a verb of a small change
    (
        "Las lluvias serán algo más intensas en el norte.",
        "Rain will be somewhat heavier in the north.",
        None,
    ),
    (
        "La situación es algo mejor que ayer.",
        "The situation is a little better than yesterday.",
        None,
    ),
    (
        "Las lluvias serán más intensas en el norte.",
        "Rain will be somewhat heavier in the north.",
        "intensity",
    ),
    ("Las ventas cayeron un poco en verano.", "Sales dipped in the summer.", None),
    # what is still to happen
    (
        "Los expertos advierten de que lo peor está por llegar.",
        "Experts warn that the worst is yet to come.",
        None,
    ),
    ("Lo peor ya ha pasado.", "The worst is yet to come.", "meaning"),
    ("La inflación no está por encima del objetivo.", "Inflation is above the target.", "negation"),
    # an adjective of what must be done, after a copula
    ("Es fundamental no automedicarse.", "It is essential not to self-medicate.", None),
    (
        "Los derechos fundamentales están garantizados.",
        "Fundamental rights must be guaranteed.",
        "modality",
    ),
    # "unos"/"unas" before a figure is "about"
    ("Esperamos unas tres horas en urgencias.", "We waited about three hours in A&E.", None),
    ("Esperamos unas tres horas en urgencias.", "We waited about five hours in A&E.", "number"),
    # a span of days counted the calendar's way
    ("La reunión será dentro de quince días.", "The meeting will be in two weeks.", None),
    ("La reunión será dentro de ocho días.", "The meeting will be in a week.", None),
    ("La reunión será dentro de quince días.", "The meeting will be in three weeks.", "number"),
    # the comparative of a softener
    (
        "Los niños tienden a tener síntomas más leves.",
        "Children tend to have milder symptoms.",
        None,
    ),
    ("Los niños tienden a tener síntomas.", "Children tend to have milder symptoms.", "addition"),
    # "no … hasta" is "only then"
    (
        "No fue hasta 2010 cuando se aprobó la ley.",
        "It was only in 2010 that the law was passed.",
        None,
    ),
    ("La ley se aprobó en 2010.", "The law was only passed in 2010.", "addition"),
    # a verb after "no" that English puts before it
    (
        "La mayoría de los contagiados no presenta síntomas.",
        "Most of those infected have no symptoms.",
        None,
    ),
    (
        "La mayoría de los contagiados no presenta síntomas.",
        "Most of those infected no symptoms.",
        "omission",
    ),
]


@needs_apertium
@pytest.mark.parametrize(("src", "tgt", "kind"), CASES)
def test_alarm_or_quiet(src: str, tgt: str, kind: str | None) -> None:
    assert_quiet_or_reported(__name__, src, tgt, kind)
