"""A plan stated as a fact: the source says someone intends, plans, wants or hopes to do
something, the translation that it will be done (docs/drift.md, "Session 30, lead").

"El Gobierno prevé contratar a 4.500 docentes" is a plan; "The government will hire
4,500 teachers" a commitment the source does not make. The modality check compares
classes of hedges and duties, and Spanish verbs of intention ("prevé", "planea",
"pretende", "tiene previsto") are in none of them, so the change passed unseen. It is
read here from closed lists:

* the source (Spanish; for a source that reaches English through Spanish, the pivot's
  Spanish) has a verb of intention, wish or hope with an infinitive after it, at most two
  words on ("prevé contratar", "tiene previsto abrir", "espera presentar", "quiere
  aprobar", "pretende de nuevo subir");
* the translation has no word of intention, expectation, schedule or hedge anywhere
  (:data:`INTENT_EN`: "plans", "intends", "aims", "is set to", "expects", "would",
  "provides for", …): the lists err on the side of silence.

A modality change (major) at the source's verb.
"""

from __future__ import annotations

from itertools import pairwise

from aligner.drift.pivot_words import spanish_reading
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import Tok, tokenize, words
from aligner.textutil import quote

# Spanish verbs of intention and plan, accent-free, as written before an infinitive; and
# (session 35, lead) of an option weighed ("estudia subir", "baraja cerrar", "se plantea").
# "prevé" alone ("prevé un crecimiento") is a forecast of a thing, not a plan: only an
# infinitive after it makes it one.
_PLAN_ES = frozenset(
    """preve preven preveia preveian prevemos previeron planea planean planeaba
    planeaban planeo planearon planeamos pretende pretenden pretendia pretendian pretendio
    pretendemos proyecta proyectan proyectaba proyectaban planifica planifican espera esperan
    esperaba esperaban esperamos quiere quieren queria querian queremos busca buscan buscaba
    buscaban intenta intentan intentaba intentaban estudia estudian estudiaba estudiaban
    baraja barajan barajaba barajaban sopesa sopesan contempla contemplan plantea plantean
    planteaba planteaban""".split()
)
# A determiner ends the search: "prevé un lugar" has a noun in "-ar", no infinitive.
_DETERMINERS_ES = frozenset(
    "el la los las un una unos unas su sus este esta estos estas del al".split()
)
# A text that "prevé" something provides for it ("La ley prevé sancionar" → "offenders
# will be punished under the law"), and what a means "pretende" is its purpose ("El
# tratamiento pretende aliviar los síntomas" → "is treated by relieving"): no one's
# intention. Nouns of such texts and means, accent-free.
_PROVIDING_TEXTS = frozenset(
    """ley leyes norma normas decreto reglamento plan planes proyecto texto acuerdo
    contrato presupuesto presupuestos reforma programa medida medidas propuesta
    convenio tratado estatuto articulo calendario protocolo tratamiento tratamientos
    terapia vacuna vacunas estrategia estrategias iniciativa iniciativas campana campanas
    sistema sistemas herramienta herramientas servicio servicios objetivo objetivos""".split()
)
# What may stand between the verb and its infinitive ("prevé de nuevo subir", "quiere ya
# cerrar", "pretende rápidamente abrir"): anything else ends the search ("la espera
# asociada pueden significar").
_BETWEEN_ES = frozenset("de a en ya no nuevo tambien aun todavia pronto".split())
# A relative clause of intention on a noun is what English says with an infinitive of
# purpose ("soluciones que pretenden responder" → "solutions to address"): left alone.
_RELATIVES_ES = frozenset("que quien quienes cual cuales".split())
# Two-word openings of the same ("tiene previsto abrir", "se propone subir", "aspira a").
_PLAN_ES_PAIRS = frozenset(
    tuple(p.split())
    for p in (
        "tiene previsto, tienen previsto, tenia previsto, tenian previsto, esta previsto, "
        "estaba previsto, tenemos previsto, se propone, se proponen, se proponia, "
        "aspira a, aspiran a, confia en, confian en, confiamos en, intencion de, "
        "intenciones de, planes de, plan de"
    ).split(", ")
)
_INFINITIVE_ENDS = tuple(
    v + clitic for v in ("ar", "er", "ir") for clitic in ("", "se", "lo", "la", "los", "las", "le")
)
# English words that keep a plan a plan (or hedge it otherwise): as words, and as the
# starts of words (every inflection).
INTENT_EN = frozenset(
    """plan plans planned planning intend intends intended intending intention intentions
    aim aims aimed aiming hope hopes hoped hoping seek seeks sought seeking want wants
    wanted wanting wish wishes goal goals target targets schedule scheduled would could
    may might should envisage envisages envisaged envisaging foresee foresees foreseen
    foresaw expect expects expected expecting anticipate anticipates anticipated project
    projected projects contemplate contemplates contemplated propose proposes proposed
    proposal ambition ambitions bid attempt attempts try tries trying consider considers
    considered considering weigh weighs weighing mull mulls mulling study studies studying
    explore explores exploring examine examines examining option options""".split()
)
# Two-word cues of the same ("is set to", "is to hire", "provides for", "going to").
_INTENT_EN_PAIRS = frozenset(
    tuple(p.split())
    for p in (
        "set to, is to, are to, was to, were to, going to, provides for, provide for, "
        "provided for, calls for, call for, looking to, looks to, look to, looked to, due to, "
        "on course, on track"
    ).split(", ")
)


def _infinitive(t: Tok) -> bool:
    return t.word and len(t.fold) > 3 and t.fold.endswith(_INFINITIVE_ENDS)


def stated_plan(spanish: str) -> tuple[Tok, Tok] | None:
    """The first verb of intention before an infinitive in ``spanish``: (first word of
    the cue, the infinitive)."""
    ws = words(tokenize(spanish))
    for k, t in enumerate(ws):
        size = 1 if t.fold in _PLAN_ES else 0
        if not size and k + 1 < len(ws) and (t.fold, ws[k + 1].fold) in _PLAN_ES_PAIRS:
            size = 2
        if not size or any(w.fold in _PROVIDING_TEXTS for w in ws[max(0, k - 6) : k]):
            continue
        if k and ws[k - 1].fold in _RELATIVES_ES:
            continue  # "un observatorio que pretende presentar" → "an observatory to present"
        if size == 1 and k and ws[k - 1].fold in _DETERMINERS_ES:
            continue  # "la espera asociada": a noun, where a verb was read
        for w in ws[k + size : k + size + 3]:
            if _infinitive(w):
                return t, w
            if w.fold not in _BETWEEN_ES and not w.fold.endswith("mente"):
                break
    return None


def keeps_intent(english: str) -> bool:
    """Whether the English has any word of intention, expectation or hedge."""
    folds = [t.fold for t in words(tokenize(english))]
    if INTENT_EN & set(folds):
        return True
    return any(pair in _INTENT_EN_PAIRS for pair in pairwise(folds))


def check_stated_plan(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A modality change (major) where a Spanish plan is translated as a fact (English
    translations; Spanish sources, or the Spanish of a pivot route)."""
    reading = spanish_reading(src, tgt, ev)
    if reading is None:
        return []
    spanish, direct = reading
    found = stated_plan(spanish)
    if found is None or keeps_intent(tgt.text):
        return []
    cue, verb = found
    said = spanish[cue.start : verb.end]
    message = (
        f"The source states an intention, plan or hope ({quote(said)}); the translation has "
        "no word of the kind and states it as a fact."
    )
    span = (cue.start, verb.end) if direct else None
    return [Finding("modality", "major", 0.6, span, None, message, "drift.modality")]
