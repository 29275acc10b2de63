"""Spanish cue phrases added in session 33 (docs/drift.md, "Session 33 (drift38c)"),
kept apart so that :mod:`aligner.lang.es` and :mod:`aligner.lang.es_cues` stay under the
project's module size.

* Hedges said with a noun or an idiom ("Con toda probabilidad, el partido se aplazará"
  → "Most likely, the match will be postponed"; "Por lo visto, el ministro dimitirá" →
  "Apparently, the minister will resign"): hedges as "probablemente" and "al parecer"
  are, so the English "likely", "apparently" renders them.
* A concessive subjunctive ("Aunque sea caro" → "Although it may be expensive", "Por
  caro que sea" → "However expensive it may be", "sea cual sea" → "whatever it may be"):
  English says the concession's mood with "may". It answers a hedge, never reported
  alone (tag "seem", as "parece"): "aunque es caro" → "although it may be expensive"
  is still a hedge added.
* Adjectives of what must be done ("Es fundamental no automedicarse" → "It is
  essential not to self-medicate") answer an obligation, as "esencial" does.
* "a lo mejor" ("maybe") is no superlative.
* "algo" before a comparative ("algo más intensas" → "somewhat heavier", "algo mejor"
  → "a little better"): a softener of the difference. It answers one but is never
  reported alone (tag "hedged"): "¿algo más?" is also "anything else?".
* What is still to happen ("lo peor está por llegar" → "the worst is yet to come",
  "queda por ver" → "remains to be seen"): English may say it with "yet to", a
  negation of its lists, or without one; the pair's polarity is not read from it
  (``negation_optional``).
"""

from aligner.lang import forms, tagged

HEDGE_IDIOMS = tagged(
    "possible",
    "con toda probabilidad, con gran probabilidad, con mucha probabilidad, "
    "con bastante probabilidad, con alta probabilidad, lo más probable, "
    "por lo visto, a lo que parece, por lo que parece",
)

# The present and past subjunctives of the commonest verbs of a concession.
_SUBJUNCTIVES = (
    "sea", "sean", "fuera", "fueran", "fuese", "fuesen", "esté", "estén", "estuviera",
    "estuvieran", "haya", "hayan", "hubiera", "hubieran", "tenga", "tengan", "tuviera",
    "tuvieran", "parezca", "parezcan", "pareciera", "parecieran", "resulte", "resulten",
    "cueste", "cuesten", "haga", "hagan", "llueva", "vaya", "vayan", "quiera", "quieran",
    "digan", "diga",
)  # fmt: skip
CONCESSIVES = tagged(
    "seem",
    ", ".join(
        [f"aunque {v}" for v in _SUBJUNCTIVES]
        + [f"aun cuando {v}" for v in _SUBJUNCTIVES]
        + [f"por … que {v}" for v in _SUBJUNCTIVES]
        + [f"{v} cual {v}" for v in ("sea", "sean")]
        + ["sea como sea, sea lo que sea, pase lo que pase, cueste lo que cueste"]
        + ["diga lo que diga, digan lo que digan, por mucho que, por más que"]
    ),
)

_PLURAL_BE = frozenset("son resultan serán serían eran fueron".split())
# Adjectives of what must be done ("Es fundamental no automedicarse" → "It is essential
# not to self-medicate"): they answer an English obligation, never reported alone (tag
# "due", as "esencial" and "necesario" in es.py); after a copula only: "los derechos
# fundamentales" names no duty.
ESSENTIAL = tagged(
    "due",
    ", ".join(
        f"{be} {adjective}{'es' if be in _PLURAL_BE and adjective != 'clave' else ''}"
        for be in "es son resulta resultan será serán sería serían era eran fue fueron".split()
        for adjective in ("fundamental", "vital", "crucial", "primordial", "clave")
    ),
)

# Session 34 (drift39c). "preciso" after a copula is "necesario" ("si es preciso" → "if
# necessary", "if required"; "es preciso actuar" → "we must act"): an obligation as "es
# necesario" is; "un dato preciso" (exact) is none.
NEEDFUL = tagged(
    "necessary",
    ", ".join(
        f"{be} precis{ending}"
        for be in "es son sea sean será serán sería serían era eran fue fueron resulta".split()
        for ending in ("o", "a", "os", "as")
    ),
)

HEDGES = HEDGE_IDIOMS + CONCESSIVES + ESSENTIAL + NEEDFUL

# Session 34 (drift39c). Words of force and weakness said of weather, pain, a blow ("un
# fuerte temporal" → "a severe storm", "fuertes dolores" → "severe pain", "lluvias
# débiles" → "light rain"): they answer an added severity or softener, never reported
# alone ("weighty", as "importante"; "lesser", as "menos intensos" → "milder").
FORCE = tagged("weighty", "fuerte, fuertes, intenso, intensa, intensos, intensas") + tagged(
    "lesser", "débil, débiles, flojo, floja, flojos, flojas"
)

# Session 38 (drift43c). Words that single out one item of a list, as "en particular"
# does ("los mayores de 65 años, y más concretamente los de 85" → "and particularly those
# over 85", "máxime cuando" → "especially when"): focus words, never reported alone.
SINGLING_OUT = tagged(
    "focus",
    "en concreto, concretamente, más concretamente, precisamente, más precisamente, "
    "más exactamente, señaladamente, máxime, ante todo",
)

DEGREES = (
    FORCE
    + SINGLING_OUT
    + tagged("idiom", "a lo mejor")
    + tagged(
        "hedged",
        ", ".join(
            f"algo {c}"
            for c in "más menos mejor peor mejores peores mayor mayores menor menores superior "
            "superiores inferior inferiores".split()
        ),
    )
)

# Before an infinitive only: "está por encima" ("is above") is no pending event.
PENDING = forms(
    ", ".join(
        f"{verb} {still}por {infinitive}"
        for verb in "está están estaba estaban queda quedan quedaba quedaban falta faltan".split()
        for still in ("", "aún ", "todavía ")
        for infinitive in ("*ar", "*er", "*ir")
    )
)

# Verbs of saying with the person spoken to after "a" ("Maduro dijo al diplomático ruso
# que…"): drift.addressees reads who was addressed (session 34, lead).
ADDRESSEE_VERBS = frozenset(
    "dijo dijeron preguntó preguntaron respondió respondieron explicó explicaron "
    "aseguró aseguraron advirtió advirtieron recordó recordaron comentó comentaron "
    "indicó indicaron transmitió transmitieron manifestó manifestaron prometió "
    "prometieron confesó confesaron".split()
)
ADDRESSEE_MARKS = ("a la", "a las", "a los", "al", "a")
# Session 34 (drift39c). A chamber or a court that throws a bill out rejects it ("el
# Senado tumbó la reforma" → "the Senate voted down the reform"), as en_cues.AGAINST's
# "voted down": before what a vote decides only ("el viento tumbó los árboles" is none).
VOTED_DOWN = ", " + ", ".join(
    f"{verb} {det} {thing}"
    for verb in "tumba tumban tumbó tumbaron tumbará tumbarán tumbaría tumbar".split()
    for det in ("la", "el", "los", "las")
    for thing in "ley leyes reforma moción propuesta decreto presupuestos enmienda".split()
)


# Session 34 (drift39c). Idioms whose negation English may not say: "no tardó en llegar"
# → "came quickly" or "did not take long", "ni mucho menos" → "far from it", "los médicos
# no dan abasto" → "are overwhelmed", "sin ir más lejos" → "only yesterday": they may be
# rendered with or without a negation (as "no dejó de", "sin precedentes").
# Session 40. "no pasar de" before a determiner says a limit reached, English "only",
# "could only", "no more than" or "did not get past": "no pasó del empate" → "could
# only draw", "la inflación no pasará del 3 %" → "will not exceed 3 %". Either side's
# negation may then stand without the other. Without a determiner "pasar de" is another
# verb ("no pasó de moda", "no paso de ti") and its "no" still counts.
NOT_BEYOND = forms(
    ", ".join(
        f"no {verb} {det}"
        for verb in ("pas*", "fue más allá", "va más allá", "iba más allá", "irá más allá")
        for det in (
            "del",
            "de la",
            "de las",
            "de los",
            "de un",
            "de una",
            "de unos",
            "de unas",
            "de ser",
        )
    )
)
NEGATIVE_IDIOMS = (
    forms("no tard* en, ni mucho menos, no da* abasto, no dar abasto, sin ir más lejos")
    + NOT_BEYOND
)

# Session 34 (drift39c). "jamás", "nunca" after a superlative, before a participle, are
# "ever" ("el año más cálido jamás registrado" → "the warmest year on record", "ever
# recorded"): no negation. A finite verb after them ("jamás ha llovido") is still one.
EVER = ", " + ", ".join(
    f"{top} … {never} {done}"
    for top in "más mayor mayores peor peores mejor mejores menor menores".split()
    for never in ("jamás", "nunca")
    for done in "registrad* vist* alcanzad* conocid* medid* celebrad* construid*".split()
)
