"""Spanish cue phrases added in session 22 (docs/drift.md, "Session 22 (drift27e)"),
kept here so that :mod:`aligner.lang.es` stays under the project's module size: each is
a class of faithful renderings the drift checks read as a change (or a form the lists
missed)."""

from aligner.lang import forms, tagged
from aligner.lang.acronyms import ES_ACRONYMS
from aligner.lang.es_cues_more import HEDGES

# The subjunctive and its past of "tener que" ("que tengan que quedarse", "las medidas
# tengan que estar aplicadas" → "should be implemented"): a duty, as "tienen que" is.
SUBJUNCTIVE_DUTY = tagged(
    "necessary",
    "tenga que, tengan que, tengas que, tengamos que, tengáis que, tuviera que, "
    "tuvieran que, tuviese que, tuviesen que",
)

# A denied possibility said with "no" ("donde no sea posible" → "where this is not
# possible"), as "imposible" is: no hedge, never reported itself (English "not
# possible" is read so already).
DENIED_POSSIBLE = tagged(
    "denied",
    ", ".join(
        f"no {be} {adj}"
        for be in (
            "es", "son", "sea", "sean", "sería", "serían", "será", "serán", "era", "eran",
            "fue", "fuera", "fueran", "ha sido", "habría sido", "resulta", "resultaría",
            "parece",
        )
        for adj in ("posible", "posibles")
    ),
)  # fmt: skip

# A risk of doing ("riesgo de ser inexistente" → "may not have any impact", "corren el
# riesgo de perder" → "could lose"): it answers an English hedge, never reported alone
# ("el riesgo de infección", a risk of a thing, answers nothing).
RISK_OF_DOING = tagged(
    "seem",
    "riesgo de *ar, riesgo de *er, riesgo de *ir, riesgo de ser, riesgo de ir, "
    "riesgos de *ar, riesgos de *er, riesgos de *ir, riesgos de ser",
)

# An expletive "no" after "antes de que" / "hasta que" ("hasta que no llegue" is "until
# it arrives"; "antes de que no estéis autorizados" → "before you're allowed"): it
# negates nothing, so the pair's polarity is not read from it.
EXPLETIVE_NO = forms("antes de que no, hasta que no, hasta tanto no")

# "una subida sin precedentes" → "an unprecedented rise": a strong evaluative phrase,
# lost when the translation says "a rise" (session 23, lead); "sin" in it negates nothing
# (es.py's negation_optional).
UNPRECEDENTED = tagged(
    # A Portuguese or Italian absolute superlative the first leg of a pivot route leaves
    # as it is ("gravíssima", "bellissimo") intensifies as "gravísima" does.
    "boost",
    "*íssimo, *íssima, *íssimos, *íssimas, *issimo, *issima, *issimi, *issime",
) + tagged(
    "extreme",
    "sin precedentes, sin parangón, no tiene precedentes, no tienen precedentes, "
    "no tenía precedentes, no tenían precedentes, no tuvo precedentes",
)

# Verbs of saying common in the press and missing from the reporting verbs ("«…», le
# espetó Feijóo", "zanjó el ministro", "ironizó"), stems of "-ar" verbs; their past forms
# only, as for "criticó" (session 23, lead).
REPORTING_PAST = "espet zanj apostill ironiz reproch vaticin remach"

# Degree adverbs that stand between a noun and the adjective after it ("pantallas más
# grandes", "una casa muy vieja"), folded: the adjective still qualifies that noun
# (session 24, drift29c: :mod:`aligner.drift.headless`).
DEGREE_BEFORE_ADJECTIVE = frozenset("mas muy menos tan bastante demasiado".split())

# "deberse a" is a cause, "deberle a" a debt, no duty ("el problema se debe a un cambio
# de proveedor" → "was caused by", "le debe a la empresa" → "owes the company"): matched
# before "debe", in no class (session 25, lead). Only with the pronoun: "deben a menudo
# obtener", "deberán a partir de enero" are duties.
OWED_TO = tagged(
    "idiom",
    ", ".join(
        f"{pronoun} {d} a"
        for pronoun in ("se", "le", "les")
        for d in (
            "debe", "deben", "debía", "debían", "debió", "debieron", "deberá", "deberán",
            "debería", "deberían", "debido",
        )
    ),
)  # fmt: skip

# A figure crossed by a verb ("la deuda no bajará del 95 %" → "will not fall below 95%",
# "no pasará de 100" → "will not exceed 100"): a bound, but only sometimes ("bajó del 12 %
# al 11 %" is "from 12% to 11%"), so it answers the translation's bound and is never
# reported lost (session 25, lead).
_DOWN = "baja bajan bajó bajaron bajará bajarán bajaría bajarían bajar bajaba bajaban baje bajen"
_UP = (
    "sube suben subió subieron subirá subirán subiría subirían subir "
    "pasa pasan pasó pasará pasarán pasaría pasar"
)
CROSSED = tagged(
    "max?", ", ".join(f"{verb} {de} #" for verb in _DOWN.split() for de in ("de", "del"))
) + tagged("min?", ", ".join(f"{verb} {de} #" for verb in _UP.split() for de in ("de", "del")))

# Verbs of the press that Apertium's Spanish dictionary (apertium-eng-spa 0.8.1) does not
# know, so that its translation leaves every form of them as written ("se opusieron",
# "recortó", "elogiaron"): the folded stems of their forms, and the English verb each
# renders (session 25, drift30d: :mod:`aligner.drift.mt_gaps`). Negative verbs
# ("denegar", "desestimar", "descartar", "fracasar") are left out: the polarity check's.
UNKNOWN_VERBS: dict[str, str] = {
    "opon": "oppose", "opus": "oppose", "opondr": "oppose",
    "recort": "cut",
    "solt": "release", "suelt": "release",
    "elogi": "praise",
    "vulner": "violate",
    "prorrog": "extend",
    "abarat": "cheapen",
    "repunt": "rise",
    "ralentiz": "slow", "ralentic": "slow",
    "indult": "pardon",
    "entorpec": "hinder", "entorpezc": "hinder",
    "destitu": "dismiss",
    "reembols": "reimburse",
    "promulg": "enact",
    "triplic": "triple", "tripliqu": "triple",
    "desaloj": "evict",
    "desobedec": "disobey", "desobedezc": "disobey",
    # Session 29, lead: verbs of a change in amount or pace the press uses.
    "merm": "decrease", "mengu": "decrease",
    "desaceler": "slow",
    "flexibiliz": "relax", "flexibilic": "relax",
    "recalent": "overheat",
}  # fmt: skip

# Session 25 (drift30c), docs/drift.md. Size stands for severity ("una importante escasez
# de kits" → "a severe shortage of kits", "el impacto fue más importante" → "more
# severe"); "de entidad" is the same adjective as the French-to-Spanish MT writes it
# ("une importante pénurie" → "una de entidad penuria"). It answers an added word of
# severity, never reported alone (the mirror of English "important", "major": en_cues).
WEIGHTY = tagged("weighty", "importante, importantes, de entidad, de gran entidad")

# Session 25 (drift30c). The noun of "severo" ("reducir la severidad de la enfermedad" →
# "the severity of the disease") is a word of severity, as "gravedad" is (es.py).
SEVERITY = tagged("severe", "severidad")

# Session 25 (drift30c). An order named ("orden está dado que" → "it is hereby ordered
# that", "por orden del gobernador" → "as ordered by the governor") answers an English
# obligation, never reported alone ("ordenar" is also to arrange, no duty of its own).
ORDERS = tagged(
    "due",
    "orden, órdenes, ordena, ordenan, ordenó, ordenaron, ordenado, ordenada, ordenados, ordenadas",
)

# Session 25 (drift30c). French "ne … que" ("only") calqued word for word ("no causan
# generalmente que de los síntomas" for "ne causent généralement que des symptômes"):
# "que" before "de" opens no clause, so the "no" is restrictive, and a translation may
# keep or drop the "only" ("produce generally mild symptoms"); the pair's polarity is
# not read from it (es.py's negation_optional), as for "no … más que".
ONLY_CALQUE = forms("no … que de, no … que del")

# Session 26 (drift31c). "supuesto" as no hedge: "por supuesto" is "of course" (and "dar
# por supuesto", "to take for granted"), "en el supuesto de que" is "in the event that",
# and "supuesto" after "en" and a determiner is the noun ("en los supuestos previstos por
# la ley" → "in the cases provided for by law"). Matched before "supuest*", in no class:
# never reported, answering nothing ("el supuesto autor", the adjective, stays a hedge).
GRANTED = tagged(
    "idiom",
    "por supuesto, "
    + ", ".join(
        f"en {d} {s}"
        for d in (
            "el", "los", "un", "este", "estos", "ese", "esos", "tal", "tales", "dicho",
            "dichos", "cuyo", "ambos", "otros", "algunos", "ciertos", "ningún", "cualquier",
        )
        for s in ("supuesto", "supuestos")
    ),
)  # fmt: skip

# Session 26 (drift31c). Idioms of purpose and of summing up whose "fin" is no end ("con el
# fin de garantizar" → "to ensure", "a fin de que", "en fin"): the word is no pole of
# "start" (:mod:`aligner.drift.opposite_words`); "a fines de marzo" (the end of March) and
# "al final" keep theirs. Folded words.
BLEACHED_POLES = tuple(
    tuple(p.split())
    for p in ("con el fin de", "con el fin que", "a fin de", "a fin que", "en fin", "con fin de")
)

# Session 26 (drift31c). A duty named by a noun ("tiene el deber de informar" → "has an
# obligation to inform") or imposed ("la cuarentena impuesta por el gobierno" →
# "mandated by the government"; "impuesto" is also a tax, so only before "por"): it
# answers an English obligation, never reported alone (as "orden" does, ORDERS).
IMPOSED = tagged(
    "due",
    "deber, deberes, impuesta, impuestas, impuesto por, impuestos por",
)

# Session 26 (drift31c). A belief reported impersonally ("se cree que el virus procede de"
# → "the virus is suspected to come from", "se supone que" → "is supposed to"): it
# answers an English hedge, never reported alone (as "parece" does).
BELIEVED = tagged(
    "seem",
    "se cree que, se creía que, se creen, se piensa que, se pensaba que, se supone que, "
    "se suponía que, se sospecha que",
)

# Session 26 (drift31c). Advice said with "convenir" in the present ("conviene lavarse las
# manos" → "you should wash your hands"), as "convendría" is: it answers an English
# recommendation, never reported alone ("le conviene" is also "it suits him").
ADVISABLE = tagged(
    "advice_noun",
    "conviene, convienen, es conveniente, sería conveniente, resulta conveniente, era conveniente",
)

# Session 26, lead (a tracing archive's faithful quotations). The perfect of "tener que"
# ("hemos tenido que cerrar" → "we had to close"): a duty, as "tuvo que" is.
PERFECT_DUTY = tagged("necessary", "tenido que")

# Session 26 (drift31c). "Benigno" of an illness is "mild" ("las formas benignas de la
# enfermedad" → "mild forms of the disease"): it answers an English softener, never
# reported alone (English "benign" is no softener).
BENIGN = tagged("hedged", "benigno, benigna, benignos, benignas")

# Session 27, lead. "Sin" before a worry or a hitch is a smooth course, no negation, as
# en_cues.UNTROUBLED's "without incident" is ("transcurrió sin incidentes" → "went off
# smoothly").
# Not "sin problemas", "sin complicaciones": literal as often ("con y sin problemas de
# salud" → "with and without health conditions", a ContraTICO pair).
UNTROUBLED = (
    "sin incidentes, sin incidencias, sin miedo, sin temor, sin preocupaciones, "
    "sin preocupación, sin retraso, sin demora, sin dilación, sin contratiempos, sin vacilar"
)

# "más dinero que nunca" → "more money than ever", "no paran de subir" → "keep rising":
# a "nunca" after a comparison and "no parar de" (never stop: go on) are no negation.
NEGATION_IDLE_MORE = (
    ", "
    + UNTROUBLED
    + ", "
    + ", ".join(
        [f"{more} … que nunca" for more in ("más", "menos", "mejor", "peor", "mayor", "menor")]
        + [
            f"no {stop} de"
            for stop in (
                "para",
                "paran",
                "paraba",
                "paraban",
                "paró",
                "pararon",
                "parará",
                "pararán",
            )
        ]
    )
)

# Session 27, lead. Grief and shock said by a participle ("Estamos destrozados" → "We are
# devastated", "quedó conmocionado" → "was shattered"): it answers an English strong
# word, never reported alone (as the calamity nouns do; "destrozado" is also "wrecked").
DEVASTATED = tagged(
    "calamity",
    "destrozado, destrozada, destrozados, destrozadas, devastado, devastada, devastados, "
    "devastadas, desolado, desolada, desolados, desoladas, conmocionado, conmocionada, "
    "conmocionados, conmocionadas, consternado, consternada, consternados, consternadas, "
    "horrorizado, horrorizada, horrorizados, horrorizadas",
)
# Session 27, lead. What a law or a rule "manda", "establece" or "estipula" is a duty
# ("como manda la ley" → "as the law requires"): it answers an English obligation,
# never reported alone ("mandar" is also to send, "establecer" to set up).
LAID_DOWN = tagged(
    "due",
    "manda, mandan, mandaba, mandaban, mande, manden, establece, establecen, estipula, "
    "estipulan, estipulaba, dicta, dictan",
)

# Session 27, lead. "Parecer" before an adjective of outcome ("la segunda vuelta parece
# inevitable", "parece claro que") is a hedge a translation must keep ("seems", "looks",
# "appears"); alone "parece" is too often "think" ("¿qué te parece?") to be reported.
SEEMING = tagged(
    "possible",
    ", ".join(
        f"{seem} {adjective}"
        for seem in ("parece", "parecen", "parecía", "parecían", "parecería", "parecerían")
        for adjective in (
            "*ble",
            "*bles",
            "claro",
            "clara",
            "claros",
            "claras",
            "evidente",
            "evidentes",
            "inminente",
            "inminentes",
            "seguro",
            "segura",
        )
    ),
)

# The sessions' modality and degree cues, added to es.py's lists together.
MODAL_MORE = GRANTED + IMPOSED + BELIEVED + ADVISABLE + PERFECT_DUTY + LAID_DOWN + SEEMING
DEGREE_MORE = UNPRECEDENTED + WEIGHTY + SEVERITY + BENIGN + DEVASTATED
# Session 27, lead. Opposing is rejecting (en_cues.AGAINST): "se opone" → "rejects",
# "están en contra" → "oppose", "votó en contra" → "voted against". Not "opuesto a":
# an adjective of direction as often ("de sentido opuesto a" → "negative-sense").
AGAINST = ", " + ", ".join(
    "opone, oponen, opuso, opusieron, oponía, oponían, opondrá, opondrán, oponer, oponerse, "
    "opongo, oponemos".split(", ")
    # Session 29 (drift34c): advice against (en_cues.AGAINST's "advise against").
    + ["desaconsej*"]
    + [
        f"{be} en contra"
        for be in (
            "está",
            "están",
            "estaba",
            "estaban",
            "estoy",
            "estamos",
            "estuvo",
            "estuvieron",
            "estar",
        )
    ]
    + [
        f"{vote} en contra"
        for vote in (
            "vota",
            "votan",
            "votó",
            "votaron",
            "votar",
            "votará",
            "votarán",
            "votaba",
            "votaban",
            "votamos",
        )
    ]
)

# Session 27 (drift32a). Absolute superlatives Apertium's Spanish dictionary (apertium-eng-spa
# 0.8.1) does not know, so that its translation leaves them as written ("la bonitísima
# fauna" → MT "the *bonitísima fauna"): the folded stem before "ísimo/a/os/as", and the
# English adjective of the base, checked one by one against Apertium
# (:mod:`aligner.drift.mt_gaps`). Forms it knows ("carísimo" → "very expensive") are left out.
UNKNOWN_SUPERLATIVES: dict[str, str] = {
    "bonit": "beautiful", "lind": "pretty", "grand": "big", "enorm": "enormous",
    "important": "important", "largu": "long", "brev": "brief", "baj": "low",
    "facil": "easy", "dificil": "difficult", "simpl": "simple", "complicad": "complicated",
    "fuert": "strong", "fort": "strong", "debil": "weak", "trist": "sad", "felic": "happy",
    "alegr": "cheerful", "util": "useful", "inutil": "useless", "tranquil": "calm",
    "interesant": "interesting", "aburrid": "boring", "ocupad": "busy", "oscur": "dark",
    "lev": "slight", "bland": "soft", "suav": "soft", "asper": "rough", "nuev": "new",
    "nov": "new", "antigu": "old", "recient": "recent", "amabil": "kind",
    "probabil": "likely", "posibil": "possible", "imposibil": "impossible", "comun": "common",
    "frecuent": "frequent", "cercan": "near", "lejan": "distant", "grues": "thick",
    "calient": "hot", "fresqu": "fresh", "sequ": "dry", "humed": "humid", "dulc": "sweet",
    "amargu": "bitter", "popular": "popular", "conocid": "known", "sensibil": "sensitive",
    "agradabil": "pleasant", "terribil": "terrible", "horribil": "horrible",
    "notabil": "remarkable", "reducid": "reduced", "escas": "scarce", "abundant": "abundant",
    "cruel": "cruel", "valient": "brave", "cobard": "cowardly", "precis": "precise",
    "comod": "comfortable", "incomod": "uncomfortable", "tont": "silly",
    "inteligent": "intelligent", "educad": "polite", "atent": "attentive", "urgent": "urgent",
    "necesari": "necessary", "seri": "serious",
}  # fmt: skip

# Session 28, lead. Political families a speaker's mention may name by an adjective
# ("la portavoz socialista"), so that another family in the translation's mention ("the
# Popular Party spokeswoman") is another party (drift.party_families; en_cues has the
# English side). Spanish news calls the PP's people "populares": one family with the
# conservatives. Social democrats are with the socialists, Christian democrats with the
# democrats, as the English words are.
PARTY_FAMILIES = {
    "socialist": (
        "socialista",
        "socialistas",
        "socialdemocrata",
        "socialdemocratas",
        "laborista",
        "laboristas",
    ),
    "conservative": (
        "conservador",
        "conservadora",
        "conservadores",
        "conservadoras",
        "popular",
        "populares",
    ),
    "liberal": ("liberal", "liberales"),
    "green": ("verde", "verdes", "ecologista", "ecologistas"),
    "communist": ("comunista", "comunistas"),
    "republican": ("republicano", "republicana", "republicanos", "republicanas"),
    "democrat": (
        "democrata",
        "democratas",
        "democristiano",
        "democristiana",
        "democristianos",
        "democratico",
        "democratica",
    ),
    "nationalist": ("nacionalista", "nacionalistas", "independentista", "independentistas"),
}

# Session 28, lead. "varios" (en_cues.SEVERAL): a quantity that "some" and "many" render.
SEVERAL = tagged("several", "varios, varias, diversos, diversas, unos cuantos, unas cuantas")

# Session 28, lead. Failing a test is "suspender" it ("suspendió el examen" → "failed
# the exam"), which the literal MT renders "suspended": a negative verb only before what
# is sat, so that "suspendió el partido" ("called off the match") stays a plain verb.
FAILED_TESTS = (
    ", "
    + ", ".join(
        f"suspend* {thing}"
        for thing in (
            "el examen",
            "los exámenes",
            "la prueba",
            "las pruebas",
            "la asignatura",
            "las asignaturas",
            "el curso",
            "la selectividad",
            "la evaluación",
            "el test",
        )
    )
    + ", reprob*"
)

# Session 28, lead. Fractions as quantity words (en_cues.PARTS).
PARTS = tagged(
    "part",
    "la mitad, un tercio, una tercera parte, un cuarto, una cuarta parte, dos tercios, "
    "dos terceras partes, tres cuartos, tres cuartas partes, "
    # "dos de cada tres" → "two thirds": a fraction, not "cada" (every); "de cada
    # práctica" stays "each practice"
    + ", ".join(
        f"de cada {n}" for n in "dos tres cuatro cinco seis siete ocho nueve diez cien mil".split()
    ),
)
# Session 30, lead. A part of a whole ("parte de la cosecha" → "the entire harvest"
# changes how much; → "some of" does not: drift.modality's _AS). "por parte de" is "by"
# (an agent): matched first, in no class.
PORTIONS = tagged("idiom", "por parte de, por parte del, de parte de, de parte del") + tagged(
    "portion", "parte de, parte del, una parte de, una parte del"
)
QUANTITIES_MORE = SEVERAL + PARTS + PORTIONS


# Session 28, lead. Bodies Spanish news names with a capital and English by what they do
# ("según la Fiscalía" → "according to prosecutors"): aliases (es.py's entity_aliases;
# en_cues.BODY_ALIASES has the English side).
BODY_ALIASES = (
    ("fiscalía", "prosecution"),
    ("fiscalía general", "prosecution"),
    ("ministerio público", "prosecution"),
    ("fiscalía anticorrupción", "prosecution"),
    # Session 31 (drift36c): demonyms of two-word places, which the demonym reader's
    # shape misses ("las escuelas neozelandesas" → "New Zealand schools").
    *((f"neozeland{e}", "new zealand") for e in ("és", "esa", "eses", "esas")),
    *((f"sudcorean{e}", "south korea") for e in ("o", "a", "os", "as")),
)

# Session 28, lead. "extremo" is a strong word ("una extrema gravedad" → "extremely
# serious", "calor extremo" → "extreme heat"), but not the noun (an end, "el extremo
# sur") nor the political "extrema derecha" (en_cues.EXTREME): those are idioms here.
EXTREME_NOUNS = tagged(
    "idiom",
    "extrema derecha, extrema izquierda, extremo sur, extremo norte, extremo oriental, "
    "extremo occidental, extremo oriente, en extremo, al extremo, el extremo, un extremo, "
    "los extremos, ambos extremos, otro extremo, último extremo",
) + tagged("extreme", "extremo, extrema, extremos, extremas")
DEGREE_MORE = DEGREE_MORE + EXTREME_NOUNS

# Session 28, lead. "nunca" closing a relative clause after a superlative is "ever"
# ("el dispositivo más potente que hemos fabricado nunca" → "the most powerful device
# we have ever made"), as "más … que nunca" is "more than ever": no negation.
NEGATION_IDLE_MORE = (
    NEGATION_IDLE_MORE
    + ", "
    + ", ".join(f"{more} … que … nunca" for more in ("más", "menos", "mejor", "peor", "mayor"))
)

# Session 30, lead. "mejor que nadie" is "better than anyone", "antes que nadie" "before
# anyone else", "más que nada" "more than anything": no negation, as "más que nunca".
NEGATION_IDLE_MORE = (
    NEGATION_IDLE_MORE
    + ", "
    + ", ".join(
        f"{more} … que {none}"
        for more in ("más", "menos", "mejor", "peor", "mayor", "menor", "antes")
        for none in ("nadie", "nada", "ninguno", "ninguna")
    )
)

# Session 28, lead. Reporting verbs of force ("zanjó", "sentenció", "espetó") answer an
# English adverb of manner after "said" ("said firmly"): focus words, never reported.
FORCEFUL_SAYING = tagged(
    "focus",
    "zanjó, zanjaron, sentenció, sentenciaron, espetó, espetaron, remachó, remacharon, "
    "recalcó, recalcaron, tajante, tajantemente",
)
# Session 29, lead. Verbs of a sharp change carry its sharpness ("las ventas se
# desplomaron" → "sales fell sharply", "los precios se dispararon" → "prices rose
# steeply"): focus words for the adverb English adds, never reported.
SHARP_CHANGE = tagged(
    "focus",
    "desplomó, desplomaron, desploma, desploman, desplomado, desplome, "
    "disparó, dispararon, dispara, disparan, disparado, "
    "hundió, hundieron, hunde, hunden, hundido, "
    "derrumbó, derrumbaron, derrumba, derrumban, derrumbado, "
    "en picado",
)
DEGREE_MORE = DEGREE_MORE + FORCEFUL_SAYING + SHARP_CHANGE

# Session 29 (drift34c). Light adverbs of time and aspect (lexical_diff.LIGHT) and the
# English adverbs that render them as often as their dictionary word does ("las que ya
# han dado a luz" → "those who have previously given birth"): an added English adverb
# of the list answers an unrendered Spanish one (modifiers.added_finding).
ASPECT_ADVERBS: dict[str, frozenset[str]] = {
    "ya": frozenset("already previously now earlier before yet".split()),
    "antes": frozenset("previously earlier before formerly already".split()),
    "todavía": frozenset("still yet even".split()),
    "aún": frozenset("still yet even".split()),
    "recién": frozenset("newly recently just freshly".split()),
}

# Session 29 (drift34c). The noun of "carecer" before what is lacking, as English "lack
# of" (a negative verb there, "lack*"), and as "falta de" ("falt*") already is: "la
# carencia de acceso" → "lack of access" is no negation added.
LACKING = ", carencia de, carencias de"
# Avoiding to do is rendered by a refusal as often as by "avoid" ("evitó dar detalles" →
# "declined to give details"): an optional negation, only before an infinitive, so that
# "Evitad las salas cerradas" keeps its polarity read. A translation that says the act
# was done is drift.avoided_acts' (session 30, lead). Not the French calque "evitar de",
# which Apertium writes: as an optional negation it answered another negation the
# translation adds ("que tenéis necesidad de tocar" → "you don't have to touch").
AVOIDING = forms(
    ", ".join(f"evit* {verb}" for verb in "*ar *er *ir *arse *erse *irse dar ver ser ir".split())
)
NEGATIVE_VERBS_MORE = AGAINST + FAILED_TESTS + LACKING


# Honorifics before a name that say nothing about a role.
TITLES = frozenset(
    "sr sra srta señor señora señorita don doña dr dra doctor doctora lic licenciado "
    "licenciada lcdo lcda ing arq abg prof profa mtro mtra mons pbro gral gen cnel tcnel "
    "cap tte sgto cmdte alm".split()
)

# Words opening a subordinate clause that may come before the main one ("Aunque la
# defensa dijo que …, el juez …"). Not "como" ("Como dijo el ministro, …" credits the
# main clause) nor "tras", a preposition ("Tras la reunión, el ministro dijo").
SUBORDINATORS = frozenset("aunque mientras si cuando porque pese".split())

# Session 30 (drift35c). A judgement reported impersonally ("se considera que el virus
# procede de" → "the virus is believed to come from", "es considerado responsable" → "is
# thought to be responsible"), as "se cree que" (BELIEVED): it answers an English
# reportive hedge, never reported alone.
CONSIDERED = tagged(
    "seem",
    "se considera que, se consideraba que, se consideran, se considera, es considerado, "
    "es considerada, son considerados, son consideradas, está considerado, "
    "está considerada, están considerados, están consideradas, fue considerado, "
    "fue considerada, se estima que, se estimaba que, se dice que, se decía que, "
    # Session 31 (drift36c): the preterite ("Inicialmente se pensó que" → "was thought to")
    "se pensó que, se creyó que, se dijo que, se consideró que, se estimó que, "
    "se sospechó que, se sospechaba que, se supuso que",
)
# Session 30 (drift35c). "poder" in the subjunctive a purpose clause requires ("para que
# los alumnos puedan enviar" → "to let students send", "so that students can send"): an
# ability the purpose states, no hedge of the sentence's own. It answers an English
# hedge, never reported alone (as "parece" does).
PURPOSE_ABILITY = tagged(
    "seem",
    ", ".join(
        f"{p} … {v}"
        for p in (
            "para que", "a fin de que", "con el fin de que", "de modo que", "de manera que",
            "de forma que",
        )
        for v in ("pueda", "puedan", "puedas", "podamos", "podáis")
    ),
)  # fmt: skip
# Session 31 (drift36c). An expectation or a schedule without "que" ("Se espera su vuelta
# el lunes" → "She is expected to return on Monday", "está previsto que abra" → "is
# expected to open", "prevé contratar"): answers "expected to", never reported alone.
FORESEEN = tagged(
    "forecast",
    "se espera, se esperan, se esperaba, se esperaban, es de esperar, cabe esperar, "
    "previst*, prevé, prevén, preveía, preveían, previsiblemente",
)
MODAL_MORE = MODAL_MORE + CONSIDERED + PURPOSE_ABILITY + FORESEEN + HEDGES
# Session 31 (drift36c). "bastante" before a comparative is a degree of the difference
# ("bastante menos elevada" → "considerably lower"): answers an intensifier, never alone.
DEGREE_MORE = DEGREE_MORE + tagged(
    "focus", ", ".join(f"bastante {c}" for c in "más menos mayor menor mejor peor".split())
)
BODY_ALIASES = BODY_ALIASES + ES_ACRONYMS  # session 33 (drift38c)
