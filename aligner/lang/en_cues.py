"""English cue phrases added in session 21 (docs/drift.md, "Session 21 (drift26e)"),
kept here so that :mod:`aligner.lang.en` stays under the project's module size: each is
a class of faithful renderings the drift checks read as a change."""

from aligner.lang import forms, tagged
from aligner.lang.acronyms import EN_ACRONYMS

# A forecast ("tendría un coste" → "is anticipated to cost", "se prevé" → "is projected
# to"): it answers a conditional, a hedge or an expectation, never reported alone.
FORECASTS = tagged(
    "forecast",
    "anticipated that, anticipate that, anticipates that, is anticipated, are anticipated, "
    "was anticipated, were anticipated, anticipated to, expected that, projected to, "
    "forecast to, predicted to",
)

# Strictness ("medidas severas" → "strict measures", "las más estrictas" → "the most
# severe"): it answers a word of severity, never reported alone.
STRICT = tagged("strict", "strict, stricter, strictest, stringent, rigorous")

# The standard of a comparison the translation spells out ("un riesgo incrementado" →
# "a higher risk … than persons without these conditions"): its "without" may carry a
# negation the source leaves implicit, or render a "que no" of the source's.
COMPARED_WITHOUT = forms(
    ", ".join(
        f"than {who} without"
        for who in (
            "those", "persons", "people", "patients", "individuals", "adults", "children",
            "women", "men", "in those", "in persons", "in people", "in patients",
            "among those", "among persons", "among people", "are those", "are persons",
            "are people", "are patients",
        )
    )
)  # fmt: skip

# A duty denied by "without" ("sin tener que esperar" → "without having to wait"): no
# duty to add or lose, matched first, in no class.
DENIED_DUTY = tagged("idiom", "without having to")

# "due to" before a noun phrase is a cause ("the delay was due to the rain", for "se debió
# a la lluvia"), no duty or plan ("is due to arrive"): matched before "was due to", in no
# class (session 25, lead).
CAUSED_BY = tagged(
    "idiom",
    ", ".join(
        f"{be}due to {det}"
        for be in ("", "is ", "are ", "was ", "were ")
        for det in "the a an its their his her this that these those".split()
    ),
)

# Verbs of demanding and compelling ("exigió un plan" → "demanded a plan", "obligará a
# reformar" → "will force another reform"): they render an obligation the source states
# with a verb, but also name a demand or a force, so they answer it and are never
# reported alone.
DEMANDS = tagged(
    "due",
    "demand, demands, demanded, demanding, force, forces, compel, compels, compelled, "
    "insist on, insists on, insisted on, insisted that, insists that, "
    # "exige medidas" → "calls for measures", "reclamó" → "called for": the news register's
    # rendering of a demand.
    "call for, calls for, called for, calling for",
)

# Session 22 (drift27e), docs/drift.md. "as soon as possible" with a word between ("as
# soon as reasonably possible", legal English's "as soon as hereafter possible") is a
# degree of time, as "as soon as possible" is: it answers a hedge, never reported alone.
SOON_POSSIBLE = tagged("seem", "as soon as … possible, as soon as practicable")

# "widely" grades a variation or a belief ("vary widely" for "varían considerablemente",
# "widely suspected" for "fuertemente sospechado"): a focus word there, which answers an
# intensifier but is never reported alone. Elsewhere it renders "ampliamente" ("spreads
# more widely") and answers nothing.
WIDELY = tagged(
    "focus",
    ", ".join(
        [f"{v} widely" for v in ("vary", "varies", "varied", "varying", "differ", "differs")]
        + [
            f"widely {v}"
            for v in (
                "suspected", "believed", "thought", "considered", "expected", "regarded",
                "held", "accepted", "recognised", "recognized", "acknowledged",
            )
        ]
    ),
)  # fmt: skip

# Weight stands for severity ("enfermedades graves" → "important diseases", "graves
# problemas" → "major problems"): it answers a word of severity, never reported alone.
# ("significant" is left out: "a significant fraction" grades a share, not a harm.)
WEIGHTY = tagged("weighty", "important, major")

# A distance graded by "well", "far" or "way" ("muy por debajo" → "well short of", "far
# below"): an intensifier, as "well below" is (session 25, lead).
FAR_SHORT = tagged(
    "boost",
    "well short, far short, way short, far below, far above, far beyond, far behind, "
    "well behind, way below, way above, way beyond, way behind",
)

# Session 25 (drift30c), docs/drift.md. "nowhere near" is "very far" said with a
# negation ("aunque estéis muy lejos de las zonas" → "even if you're nowhere near the
# areas"): as a degree it is strong, answering the source's intensifier ("muy lejos"),
# never reported alone. (Its negation is read as "not near" against the MT's "far":
# aligner.drift.negated_opposites.)
FAR_FROM = tagged("focus", "nowhere near, nowhere close")

# Session 25 (drift30c). Excess said with "too" ("un demasiado gran número" → "too many"):
# it answers an intensifier, never reported alone ("too" alone is also "as well", so only
# in these phrases). (A compound on a word of force, "high-profile" for "muy mediatizado",
# was tried and left out: "high-risk" renders "elevado riesgo" as often.)
EXCESS = tagged("focus", "too many, too much, too few, too little, far too")

# The degree words of sessions 22 and 25, added to the English degree cues together.
DEGREES = WIDELY + WEIGHTY + FAR_SHORT + FAR_FROM + EXCESS

# Session 25 (drift30c). A duty stated as a judgment ("estimo imprescindible que todos
# respeten" → "I find it necessary for all to heed"): "it" stands between the verb and
# "necessary", so the listed "is necessary", "necessary to" do not match.
FOUND_NECESSARY = tagged(
    "necessary",
    ", ".join(
        f"{v} it {adj}"
        for v in (
            "find", "finds", "found", "deem", "deems", "deemed", "consider", "considers",
            "considered", "make", "makes", "made", "think", "thinks", "thought",
        )
        for adj in ("necessary", "essential", "imperative", "vital")
    ),
)  # fmt: skip

# Reporting verbs that take a clause with no "that" ("said the talks…"): a determiner or
# a subject pronoun after them opens the reported clause.
BARE_CLAUSE_VERBS = frozenset(
    "said says say added adds claimed claims argued argues insisted insists believes thinks".split()
)

# Reporting verbs that drop "that" in news English as often as not ("López admitted the
# plan was late", "she warned the talks could fail") but also take a plain object
# ("admitted the mistake", "announced the plan"): a bare clause only where a finite
# auxiliary follows its subject.
# Verbs of saying whose object is the person spoken to ("Maduro told Lavrov that…"):
# Lavrov is addressed, never the inverted subject that "…, said Lavrov" has.
ADDRESSEE_VERBS = frozenset(
    "told tells tell telling asked asks assured assures informed informs reminded "
    "reminds urged urges".split()
)
OBJECT_CLAUSE_VERBS = frozenset(
    "admitted admits acknowledged acknowledges conceded concedes warned warns noted notes "
    "stressed stresses explained explains confirmed confirms denied denies announced "
    "announces revealed reveals suggested suggests predicted predicts estimated estimates "
    "maintained maintains recalled recalls complained complains contended contends "
    "asserted asserts alleged alleges reiterated reiterates emphasised emphasized "
    "emphasises emphasizes promised promises vowed vows pledged pledges stated "
    "states".split()
)

# Superlatives of "-est" the closed list in en.py lacks ("los más afectados" → "the hardest
# hit", "la más dura" → "the toughest"): each answers a source superlative (session 25,
# lead). "latest" is left out: it dates, it does not grade.
MORE_SUPERLATIVES = tagged(
    "super",
    "hardest, toughest, harshest, sharpest, steepest, deepest, widest, broadest, closest, "
    "cheapest, easiest, safest, busiest, brightest, darkest, happiest, saddest, fiercest, "
    "bitterest, bloodiest, costliest, finest, strictest, tightest, fullest, "
    "highest-ranking, worst-hit, hardest-hit, worst-affected, best-paid, worst-paid",
)

# Session 26 (drift31c). Evaluative words of calamity and horror ("terribles consecuencias"
# → "horrific consequences", "graves consecuencias" → "dire consequences"): strong words,
# as "terrible" and "catastrophic" are. In the degree cues, and (:data:`CALAMITOUS`)
# among the words that keep a removed intensifier's or severity's force
# (:mod:`aligner.drift.removed_degree`).
HORRIFIC = tagged(
    "extreme",
    "horrific, horrifying, horrendous, harrowing, atrocious, ghastly, dire, calamitous",
)
# Session 26 (drift31c). Adjectives that say "very X" in one word ("muy cansado" →
# "exhausted", "muy largo" → "lengthy", "muy satisfecho" → "delighted", "muy
# concurridos" → "crowded"): they answer an intensifier, never reported alone (words as
# common as "critical" or "vital", which render plain "crítico", "vital", are left out).
ELATIVES = (
    "tiny, minuscule, sky-high, exhausted, starving, freezing, boiling, scorching, "
    "sweltering, delighted, thrilled, ecstatic, overjoyed, furious, livid, terrified, "
    "petrified, overwhelmed, overcrowded, crowded, packed, jam-packed, dismal, exorbitant, "
    "soaring, plummeting, filthy, spotless, gorgeous, hideous, lengthy, torrential, "
    "gruelling, grueling, paltry, meagre, meager, deafening"
)
CALAMITOUS = frozenset(
    "horrific horrifying horrendous harrowing atrocious ghastly dire calamitous "
    "catastrophic devastating disastrous terrible tragic dreadful crippling".split()
) | frozenset(w.strip() for w in ELATIVES.split(","))
# The session's degree cues, added to en.py's list together.
DEGREES_MORE = HORRIFIC + tagged("focus", ELATIVES)

# Words of degree, focus and quantity that change what a sentence claims when added
# ("were probably less patient", "accepts all our budget"): read as added inside a
# five-word stretch the literal MT has side by side (aligner/drift/inside_stretch.py,
# session 26). Negations are left to the negation check.
STRETCH_DEGREE = frozenset(
    "less more only all almost nearly barely hardly just even also very too most least "
    "always still again already little few much many several some every".split()
)

# Session 27, lead. Not stopping is going on ("no paran de subir" → "do not stop
# rising", Apertium's "do not stop to go up"): no negation, so that "have stopped
# rising", the opposite, is read as one. Only before a verb: "did not stop the march"
# keeps its negation.
CONTINUING = ", " + ", ".join(
    f"{neg} {stop} {after}"
    for neg in ("not", "n't", "never")
    for stop in ("stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased")
    for after in ("*ing", "to")
)
# "As opposed to" compares ("frente a"), no negation. "Without" before a worry or a
# hitch is a calm, a smooth course ("votar con tranquilidad" → "vote without worry",
# "transcurrió con normalidad" → "went off without incident"), no negation either;
# es_cues.UNTROUBLED is the Spanish side ("sin problemas", "sin retraso").
UNTROUBLED = (
    "without worry, without worries, without fear, without fears, without concern, "
    "without hesitation, without hesitating, without incident, without incidents, "
    "without a hitch, without delay"
)
# Session 28, lead. A positive drug or alcohol test is "failed" as often as "tested
# positive" ("dio positivo en el control de alcoholemia" → "failed a breathalyser test"):
# no negation. An exam failed stays one (es_cues.FAILED_TESTS: "suspendió el examen").
FAILED_CHECKS = ", ".join(
    f"{verb} {det} {kind} test"
    for verb in ("failed", "fails", "fail", "failing")
    for det in ("a", "the", "an", "his", "her", "their")
    for kind in (
        "drug",
        "drugs",
        "doping",
        "dope",
        "breathalyser",
        "breathalyzer",
        "breath",
        "alcohol",
    )
)
NEGATION_IDLE_MORE = CONTINUING + ", as opposed to, " + UNTROUBLED + ", " + FAILED_CHECKS
# Session 27, lead. Opposing is refusing, as "reject" is ("el 25 % que la rechaza" →
# "25% who oppose it", "votó en contra" → "voted against"); es_cues.AGAINST is the
# Spanish side. Not "opposing" (an adjective as often: "the opposing team").
_BE_FORMS = "is are was were be been am i'm you're we're they're he's she's".split()
AGAINST = ", " + ", ".join(
    ["oppose", "opposes", "opposed", "opposed to"]
    + [f"{be} against" for be in _BE_FORMS]
    + [f"{vote} against" for vote in ("vote", "votes", "voted", "voting")]
    # Session 29 (drift34c): advice against doing is advice not to do ("recomienda no
    # viajar" → "advises against travel"; es_cues.AGAINST has "desaconseja"). Not "warn
    # against", which renders "advertir contra" as often.
    + ["advise* against", "advising against", "recommend* against", "counsel* against"]
    # Session 29, lead: turning people or things away is refusing them ("rechazamos
    # barcos" → "we turn ships away"), as "turn down" is: without it, "por falta de
    # espacio" → "for lack of space" beside it read as a polarity turned round.
    + ["turn* * … away", "turning * … away"]
    # Session 34 (drift39c): a vote or a court that turns a thing down rejects it ("el
    # Parlamento rechazó la moción" → "voted down the motion"; es_cues_more.VOTED_DOWN).
    + [f"{v} down" for v in ("vote", "votes", "voted", "voting")]
)

# Session 28, lead. The English side of es_cues.PARTY_FAMILIES (folded words of a
# speaker's mention): "Labour" is the socialists' family, "Tory" and "Popular" (the
# Spanish PP) the conservatives', "Democratic" the democrats'.
PARTY_FAMILIES = {
    "socialist": ("socialist", "socialists", "labour"),
    "conservative": ("conservative", "conservatives", "tory", "tories", "popular"),
    "liberal": ("liberal", "liberals"),
    "green": ("green", "greens", "ecologist", "ecologists"),
    "communist": ("communist", "communists"),
    "republican": ("republican", "republicans"),
    "democrat": ("democrat", "democrats", "democratic"),
    "nationalist": ("nationalist", "nationalists", "separatist", "separatists", "pro-independence"),
}

# Session 28, lead. "top" grades like a superlative ("máximo goleador" → "top scorer",
# "el mejor jugador" → "the top player"): it answers a source superlative
# (drift.modality's degree match) but is never reported alone, since it also renders
# plain rank ("los altos cargos" → "top officials") and places ("on top of").
TOP = tagged("top", "top, top-ranked, top-ranking, top-level, top-flight")

# Session 28, lead. "several" is a quantity between "some" and "many" (es_cues.SEVERAL):
# "varios veteranos" → "all the veterans" changes it, "→ some veterans" does not.
SEVERAL = tagged("several", "several, various, a number of")

# Session 28, lead. Fractions compared with the other quantity words (es_cues.PARTS):
# "la mayoría" → "half", "la mitad" → "most" change how many.
PARTS = tagged(
    "part",
    "half, one half, a third, one third, a quarter, one quarter, two thirds, two-thirds, "
    "three quarters, three-quarters",
)
# Session 30, lead. A part of a whole (es_cues.PORTIONS).
PORTIONS = tagged("portion", "part of, a part of")
QUANTITIES_MORE = SEVERAL + PARTS + PORTIONS

# Session 28, lead. "lo que haga falta" is "whatever it takes": a need said by an idiom,
# which answers an obligation and is never reported alone (as the demands above).
DEMANDS = DEMANDS + tagged("due", "whatever it takes, what it takes, everything it takes")

# Session 28, lead. "light" the noun softens nothing ("se saltó el semáforo" → "ran the
# red light"): idioms matched before the softener, in no class.
LIGHT_NOUNS = tagged(
    "idiom",
    "red light, red lights, green light, green lights, amber light, traffic light, "
    "traffic lights, the light of, in light of, in the light of, street light, street lights, "
    "streetlight, daylight, moonlight, sunlight, spotlight, the spotlight",
)

# Session 28, lead. The English side of es_cues.BODY_ALIASES.
BODY_ALIASES = (
    ("prosecution", "prosecution"),
    ("prosecutors", "prosecution"),
    ("prosecutor's office", "prosecution"),
    ("public prosecutor", "prosecution"),
    ("prosecutor", "prosecution"),
    ("prosecution service", "prosecution"),
    ("attorney general's office", "prosecution"),
    # Session 31 (drift36c): the place es_cues.BODY_ALIASES' "neozelandés" names.
    ("new zealand", "new zealand"),
)

# Session 28, lead. "extreme" is a strong word (es_cues.EXTREME_NOUNS), but not in the
# political "extreme right" (Spanish "extrema derecha", not listed there either).
EXTREME = tagged(
    "idiom", "extreme right, extreme left, extreme-right, extreme-left, extremes"
) + tagged("extreme", "extreme")
DEGREES_MORE = DEGREES_MORE + EXTREME
# Session 33 (drift38c). "most likely" is a hedge ("Con toda probabilidad" → "Most
# likely", "probablemente" → "most probably"), no superlative: matched first, in no
# class ("the most likely scenario" still is one). A time told loosely ("un poco antes de
# las diez" → "shortly before ten", "soon after") answers the source's softener "un
# poco", never reported alone ("sometime before" does not say "a little": left out).
DEGREES_MORE = (
    DEGREES_MORE
    + tagged("idiom", "most likely, most probably")
    + tagged("super", "the most likely, the most probable")
    + tagged(
        "hedged",
        "shortly before, shortly after, shortly afterwards, soon after, soon afterwards",
    )
    # "may well" is a hedge made stronger ("Es muy posible que llueva" → "It may well
    # rain"): it answers an intensifier, never reported alone.
    + tagged("focus", "may well, might well, could well")
    # The comparatives of the softeners ("síntomas más leves" → "milder symptoms"): they
    # answer a softener, never reported alone ("menos intensos" → "milder" too).
    + tagged("lesser", "milder, mildest, slighter, slightest")
    # Verbs of a small change ("cayeron un poco" → "dipped", "subió algo" → "edged up",
    # "ticked up", "inched up"): they answer a softener, never reported alone.
    + tagged(
        "hedged",
        "dip, dips, dipped, dipping, "
        + ", ".join(
            f"{v} {d}"
            for v in "edge edges edged edging inch inches inched inching tick ticks ticked "
            "ticking nudge nudges nudged nudging".split()
            for d in ("up", "down", "higher", "lower")
        ),
    )
)


# Auxiliaries and modals as written: after a plain noun they show that a bare reported
# clause opens there ("said prices were rising").
FINITE_AUXILIARIES = frozenset(
    "is are was were has have had will would could can may might should must did do does".split()
)

# Words opening a subordinate clause that may come before the main one. Not "as": "As
# the minister said, the plan…" credits the main clause to the minister.
SUBORDINATORS = frozenset(
    "although though while whereas because since if unless when after before once".split()
)

# Session 30 (drift35c). "require" with a thing after it is a need of the thing, as
# "need" with an object is ("métodos que piden una comunicación directa" → "methods that
# require face-to-face communication"): it answers an obligation, never reported alone.
# With "to" or "that" after it ("requires all visitors to register", "requires that")
# it is a duty still; so is "required" ("a permit is required").
REQUIRED_THING = tagged(
    "necessary", "require … to, requires … to, require that, requires that"
) + tagged("due", "require, requires")
# A prefixed word that carries the obligation a Spanish "no obligatorio" denies ("los
# niveles no obligatorios" → "the non-compulsory levels"; the negation check reads the
# prefix): it answers an obligation, never reported alone.
NON_DUTY = tagged(
    "due", "non-compulsory, non-mandatory, non-obligatory, noncompulsory, nonmandatory"
)
# Session 34 (drift39c). A passive need with an adverb inside ("se necesitan más
# estudios" → "more studies are still needed", "is urgently needed", "are therefore
# necessary"): the listed "are needed" does not match it. It answers an obligation,
# never reported alone (as "need" with an object).
_INSIDE_NEED = "also still urgently therefore thus clearly badly sorely desperately further".split()
NEEDED_INSIDE = tagged(
    "due",
    ", ".join(
        f"{be} {adv} {word}"
        for be in ("is", "are", "was", "were", "be", "been")
        for adv in _INSIDE_NEED
        for word in ("needed", "necessary")
    ),
)
# Session 34 (drift39c). Permission to go somewhere, said with a particle, not "to" ("no
# podrán entrar" → "will not be allowed in"): "poder", as "allowed to" renders it.
PERMITTED_IN = tagged(
    "ability",
    ", ".join(
        f"{word} {where}"
        for word in ("allowed", "permitted", "let")
        for where in ("in", "into", "inside", "out", "back", "through", "on board", "home")
    ),
)
FOUND_NECESSARY = FOUND_NECESSARY + REQUIRED_THING + NON_DUTY + NEEDED_INSIDE + PERMITTED_IN

# Session 30 (drift35c). An award's title carries the superlative of the Spanish one ("fue
# elegido mejor jugador del partido" → "was named man of the match", "la mejor jugadora
# del año" → "player of the year"): it answers a source superlative, never reported alone.
AWARDS = tagged(
    "top",
    ", ".join(
        f"{who} of the {when}"
        for who in ("man", "woman", "player", "coach", "manager", "goal", "rookie")
        for when in ("match", "game", "year", "season", "tournament", "month")
    ),
)
TOP = TOP + AWARDS

# Session 31 (drift36b). The English words of another country's origin that
# :mod:`aligner.drift.added_demonyms` reads as an added adjective of origin, and the
# beginnings of the English words a literal MT uses for a source that says it.
FOREIGN = frozenset(("foreign", "overseas"))
FOREIGN_MT_STEMS = (
    "foreign", "overseas", "international", "abroad", "outside", "external", "exterior",
    "alien", "import", "world", "global", "strange", "diploma", "chancel",
)  # fmt: skip

# Session 31 (drift36b). The English words of restriction
# :mod:`aligner.drift.added_restrictions` reads as added, and the words of a literal MT
# that say the same.
RESTRICTION = frozenset(("only", "solely", "merely", "exclusively"))
RESTRICTION_MT = RESTRICTION | frozenset(
    "alone just single sole unique uniquely simply mere exclusive limited limit limits".split()
)

# Session 33 (drift38c): common nouns' acronyms (aligner/lang/acronyms.py).
BODY_ALIASES = BODY_ALIASES + EN_ACRONYMS

# Session 34 (drift39c). Verbs of going past a figure ("superará los 8.000 millones" →
# "will pass 8 billion", "surpass", "top", "cross"): a lower bound. "pass" and "cross"
# with a figure are also "approve" and "go over" ("passed 3 laws", "crossed 2 rivers"):
# they answer a source's bound, never reported alone ("min?", as "over #").
EXCEEDED = tagged(
    "min",
    "surpass #, surpasses #, surpassed #, surpassing #, tops #, topped #, topping #, "
    # the verb after a modal or "to"; "the top 10" is no bound
    + ", ".join(f"{v} top #" for v in "to will would could may might can".split()),
) + tagged(
    "min?",
    "pass #, passes #, passed #, passing #, cross #, crosses #, crossed #, crossing #",
)


# Session 34 (drift39c). A surprise denied is an expectation met ("no es de extrañar que"
# → "it is no surprise that", "unsurprisingly"), which Spanish says with or without a
# negation ("no es sorprendente"): rendered either way.
# So is "far from" before a state ("no ha terminado, ni mucho menos" → "is far from over").
COMPARED_WITHOUT = COMPARED_WITHOUT + forms(
    "no surprise, little surprise, not surprising, not surprisingly, unsurprising, unsurprisingly, "
    + ", ".join(
        f"far from {state}"
        for state in "over clear certain finished complete perfect ideal enough done".split()
    )
)
