from dataclasses import replace

from aligner.lang import LanguageProfile, en_cues, forms, tagged
from aligner.lang.en_cues import COMPARED_WITHOUT, DEMANDS, DENIED_DUTY, FORECASTS, STRICT
from aligner.lang.en_names import ALIASES as _ALIASES
from aligner.lang.en_roles import PORTFOLIOS as _PORTFOLIOS
from aligner.lang.en_roles import ROLES as _ROLES

# Forms of "be" (and "get") before a participle: "was stopped" is a passive.
_BE = ("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets")

PROFILE = LanguageProfile(
    code="en",
    name="English",
    abbreviations=frozenset(
        # May end a sentence: a boundary after them only before a clear sentence start.
        "etc u.s u.k u.n u.s.a e.u d.c a.m p.m jr sr esq inc ltd corp co bros llc plc "
        "st ave blvd rd ft mt no al approx est dept univ assn min max hr hrs yr yrs "
        "jan feb apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
        "ala ariz ark calif colo conn fla kan ky md mich minn mont neb nev okla pa tenn tex "
        "va vt wis wyo ph.d m.d b.a m.a".split()
    ),
    prefix_abbreviations=frozenset(
        # Titles and reference words that precede a name or number.
        "mr mrs ms messrs mmes dr drs prof rev hon gov sen rep reps gen lt col maj capt cmdr "
        "sgt cpl pvt adm brig supt insp det pres vs e.g i.e cf viz nos pp fig figs vol vols "
        "ch chap sec art".split()
    ),
    stopwords=frozenset(
        "the of and to in a is that for it as was with be by on not he i this are or his "
        "from at which but have an they you were her she there been one all we their has "
        "would when if so no will more who its said what up out about into than them can "
        "only other new some could these two may then do first any like now my such our "
        "over also after did most made before must through back where very should because "
        "those between both being under while".split()
    ),
    decimal_comma=False,
    reporting_verbs=frozenset(
        "said says say told tells stated states noted notes stressed stresses added adds "
        "warned warns explained explains claimed claims asserted asserts affirmed affirms "
        "reaffirmed declared declares insisted insists argued argues remarked remarks "
        "commented comments emphasized emphasised emphasizes emphasises underlined underlines "
        "underscored underscores highlighted highlights reiterated reiterates acknowledged "
        "acknowledges admitted admits announced announces assured assures confirmed confirms "
        "denied denies indicated indicates maintained maintains observed observes pointed "
        "points replied replies responded responds answered answers recalled recalls revealed "
        "reveals reported reports suggested suggests wrote writes urged urges asked asks "
        "expressed expresses mentioned mentions concluded concludes specified specifies "
        "predicted predicts promised promises complained complains lamented laments conceded "
        "concedes contended contends estimated estimates alleged alleges considered considers "
        "clarified clarifies cautioned cautions vowed vows pledged pledges tweeted found "
        "finds ruled saying adding stressing noting warning explaining insisting arguing "
        # The plural present ("Experts warn that…"), where the base form is no noun too
        # ("report", "state", "point" are left out; "estimate" needs its "that").
        "warn stress explain claim assert affirm declare insist argue emphasize emphasise "
        "underline underscore highlight reiterate acknowledge admit announce assure confirm "
        "deny maintain reveal suggest urge conclude predict complain lament concede contend "
        "allege clarify caution estimate".split()
    ),
    bare_clause_verbs=en_cues.BARE_CLAUSE_VERBS,
    object_clause_verbs=en_cues.OBJECT_CLAUSE_VERBS,
    addressee_verbs=en_cues.ADDRESSEE_VERBS,
    complementizers=frozenset({"that"}),
    finite_auxiliaries=en_cues.FINITE_AUXILIARIES,
    past_endings=("ed",),
    subordinators=en_cues.SUBORDINATORS,
    clause_starters=frozenset(
        "the a an this these those there it he she they we i you his her their its our my "
        "your some many most no all both several such one two".split()
    ),
    according_to=("according to", "in the words of", "as stated by"),
    pronouns=frozenset({"he", "she", "they"}),
    titles=frozenset(
        "mr mrs ms miss dr prof sir dame lord lady rev mister madam gen col lt capt sgt".split()
    ),
    role_nouns=tuple(
        (noun.strip(), cls) for cls, nouns in _ROLES.items() for noun in nouns.split(",")
    ),
    portfolio_holders=frozenset(
        "secretary secretaries councillor councilor commissioner portfolio chief "
        "spokesperson spokesman spokeswoman".split()
    ),
    portfolios=tuple(
        (phrase.strip(), ids)
        for ids, phrases in _PORTFOLIOS.items()
        for phrase in phrases.split(",")
    ),
    relatives=frozenset("who which whom whose where when".split()),
    determiners=frozenset("the a an this that these those his her their its our my your".split()),
    name_particles=frozenset("de del della di da van von der den bin ibn al dos das du".split()),
    conjunctions=frozenset("and or nor but".split()),
    disjunctions=frozenset("or nor".split()),
    indefinite_articles=frozenset("a an".split()),
    body_name_joins=frozenset("and for against".split()),
    body_of=frozenset({"of"}),
    body_heads=frozenset(
        "service office fund institute court committee centre center bank directorate "
        "university".split()
    ),
    backward_cues=(
        "these were",
        "those were",
        "such were",
        "this was",
        "that was",
        "these are",
        "those are",
        "so said",
        "thus spoke",
    ),
)


# --- Quantities and drift checks (aligner.drift.quantities, aligner.drift.checks) ---


# Word tables, laid out by hand in rows of related forms.
# fmt: off
PROFILE = replace(
    PROFILE,
    capitalises_months=True,
    month_names=tuple(
        (name, i)
        for i, names in enumerate(
            "january|jan february|feb march|mar april|apr may june|jun july|jul "
            "august|aug september|sep|sept october|oct november|nov december|dec".split(),
            1,
        )
        for name in names.split("|")
    ),
    number_words=(
        ("dozen", 12), ("twice", 2), ("double", 2), ("doubled", 2), ("triple", 3),
        ("tripled", 3), ("thrice", 3), ("quadrupled", 4),
    ),
    # "either side", "either end": both of two (answers "los dos lados"; vague numbers
    # only answer a figure, never raise one).
    vague_numbers=(("half", 0.5), ("both", 2), ("either", 2), ("couple", 2), ("pair", 2)),
    scale_words=(
        ("thousand", 1e3), ("million", 1e6), ("millions", 1e6), ("mn", 1e6),
        ("billion", 1e9), ("billions", 1e9), ("bn", 1e9), ("trillion", 1e12),
        ("trillions", 1e12),
    ),
    fraction_words=(
        ("half", 2), ("halves", 2), ("third", 3), ("thirds", 3), ("quarter", 4),
        ("quarters", 4), ("fifth", 5), ("fifths", 5), ("tenth", 10), ("tenths", 10),
        ("hundredth", 100), ("hundredths", 100),
    ),
    ratio_connectors=("in every", "out of every", "out of", "in", "of"),
    percent_words=("percent", "per cent", "pct"),
    unit_words=(
        ("year", "year"), ("years", "year"), ("month", "month"), ("months", "month"),
        ("week", "week"), ("weeks", "week"), ("day", "day"), ("days", "day"),
        ("hour", "hour"), ("hours", "hour"), ("minute", "minute"), ("minutes", "minute"),
        ("seconds", "second"), ("decade", "decade"), ("decades", "decade"), ("century", "century"),
        ("centuries", "century"), ("kilometre", "km"), ("kilometres", "km"),
        ("kilometer", "km"), ("kilometers", "km"), ("km", "km"), ("metre", "m"),
        ("metres", "m"), ("meter", "m"), ("meters", "m"), ("centimetres", "cm"),
        ("centimeters", "cm"), ("mile", "mile"), ("miles", "mile"), ("kilo", "kg"),
        ("kilos", "kg"), ("kilograms", "kg"), ("kg", "kg"), ("tonne", "tonne"),
        ("tonnes", "tonne"), ("ton", "tonne"), ("tons", "tonne"), ("grams", "g"),
        ("litre", "l"), ("litres", "l"), ("liter", "l"), ("liters", "l"),
        ("hectare", "hectare"), ("hectares", "hectare"), ("acre", "acre"), ("acres", "acre"),
        ("degree", "degree"), ("degrees", "degree"), ("euro", "euro"), ("euros", "euro"),
        ("dollar", "dollar"), ("dollars", "dollar"), ("peso", "peso"), ("pesos", "peso"),
        ("pound", "pound"), ("pounds", "pound"), ("yen", "yen"), ("real", "real"),
        ("reais", "real"), ("percentage points", "pp"), ("percentage point", "pp"),
        ("point", "pt"), ("points", "pt"), ("foot", "ft"), ("feet", "ft"), ("ft", "ft"),
        ("inch", "inch"), ("inches", "inch"), ("yard", "yard"), ("yards", "yard"),
        ("gallon", "gallon"), ("gallons", "gallon"), ("ounce", "oz"), ("ounces", "oz"),
    ),
    and_half=("and a half",),
    clock_words=(("noon", 720), ("midday", 720), ("midnight", 0)),
    negation_words=(
        "not", "n't", "no", "never", "neither", "nor", "nobody", "none", "nothing", "nowhere",
        "without", "no one", "no-one", "cannot", "unless", "barring",
    ),
    negative_concord=frozenset({"nor", "neither"}),
    negative_verbs=forms(
        "deny, denies, denied, denying, rule out, rules out, ruled out, ruling out, "
        # not "excluding": a preposition as often ("excluding hypertension"), as "excepto"
        "exclude, excludes, excluded, leave* out, left out, leaving out, "
        "reject*, refus*, fail, fails, failed, failing, yet to, prohibit*, ban, bans, "
        "banned, banning, forbid*, forbade, unable, lack*, stopped, ceased, failure to, "
        "turn* down, "
        # the object between the verb and its particle ("no lo descarto" → "I rule it out")
        "rule* it out, ruling it out, rule* them out, ruling them out, rule* that out, "
        "rule* this out, turn* it down, turn* them down, "
        "forget, forgets, forgot, forgotten, forgetting, "
        # "no quiso valorar" → "declined to comment" (as "refused to"; alone, a fall)
        "decline to, declines to, declined to, declining to, "
        + ", ".join(f"{be} stopped from" for be in _BE) + en_cues.AGAINST
    ),
    negation_optional=forms(
        "no option but, no choice but, no alternative but, no secret, non-stop, "
        "unprecedented, first … in, last … ago, not until, not … until, no more than, "
        "no less than, "
        "no fewer than, not less than, nothing less than, no doubt, unhurt, "
        "unharmed, unscathed, unchanged, unaffected, unchallenged, unopposed, unnoticed, "
        "unpunished, unanswered, unresolved, "
        # Idioms whose Spanish may carry no negation ("papel mojado", "guardar silencio").
        "not worth the paper, remain silent, right to silence, "
        # "si no, habrían comprado" → "otherwise would have bought".
        "otherwise, "
        # "quedó en agua de borrajas" → "came to nothing".
        "come to nothing, comes to nothing, came to nothing, coming to nothing"
    )
    + COMPARED_WITHOUT,
    privatives=tagged("idle", "a few, quite a few, a little, every few")  # "every few" days
    + tagged("priv", "lack, lacks, lacked, lacking, short of, free of, absence of, absent, few, "
           "fewer, hardly, barely, scarcely, rarely, seldom, for the first time, first-ever, "
           "without much, without many, scarce, "
           "first ever, "
           # nouns of want ("un manque de conducteurs" → MT "a lack of" → "a shortage of")
           "shortage of, shortages of, scarcity of, dearth of, "
           # Apertium renders "a falta de", "por falta de" (and "faute de" through Spanish) so.
           "to fault of, by fault of, "
           # deprived of ("exclude" is a negative verb, as "rule out")
           "deprived of, devoid of, "
           # not let in ("privado de acceso" → "barred from"); kept off or out ("no iba a
           # la escuela" → "was staying away from school", as "be away" above)
           "barred from, banned from, stay away, stays away, stayed away, staying away, "
           "keep away, keeps away, kept away, keeping away, "
           # a bound ("no sobrepasan las decenas" → "are in the tens at most")
           "at most, at the most, "
           # absence ("si no estás en casa" → "if you are away from home"); "be" before it,
           # as "went away", "put away" carry none.
           "am away, is away, are away, was away, were away, be away, been away, being away, "
           "i'm away, you're away, we're away, they're away, he's away, she's away")
    # "faltar a", a negative verb of the Spanish lists, is "miss" ("faltó a la reunión" →
    # "he missed the meeting"): a privative only against a negative verb of the other
    # side, as "no perdió el tren" → "he missed the train" is a reversal.
    + tagged("miss", "miss, misses, missed, missing"),
    negation_idle=forms(
        # "without much/many" is "little" ("con una débil circulación" → "without much
        # air circulation"): a privative below, not a negation.
        "without much, without many, "
        "without doubt, without a doubt, not only, no later than, no wonder, "
        "no matter, nonetheless, nevertheless, none other than, not least, for nothing, "
        # the passive of halting ("el ensayo fue interrumpido" → "the trial was stopped"),
        # not "stopped doing" ("dejó de"); "was stopped from" stays a denial (below)
        + ", ".join(f"{be} stopped" for be in _BE) + en_cues.NEGATION_IDLE_MORE
    ),
    restrictive_words=frozenset({"only", "just", "merely", "solely", "exclusively"}),
    modality_cues=(
        tagged(
            "possible",
            "could, may, might, possibly, perhaps, maybe, likely, probably, probable, "
            "possible, allegedly, alleged, reportedly, apparently, suspected, not rule* out, "
            "not ruling out, left the door open, leave the door open, "
            "potentially, seemingly, seems, seem, appears to, appear to, unlikely, "
            # the impersonal "it appears (that)", as "parece que"
            "it appears, it appeared, it would appear, "
            "on suspicion, suspect*, not impossible, "
            # Reportive hedges, English for "habría huido" ("is believed to have fled").
            "believed to, thought to, said to have, understood to",
        )
        # The noun is no hedge ("appear as a suspect"): matched first, in no class.
        + tagged("noun", "a suspect, the suspect, the suspects, prime suspect, main suspect")
        # Sufficiency, not obligation ("me bastará con leer" → "all I have to do is read").
        + tagged("idiom", "all i have to do, all you have to do, all we have to do, "
               "all they have to do, all he has to do, all she has to do, all one has to do, "
               "all it takes, turned out in force, turn out in force, out in force")
        # "expected to": a forecast ("is expected to rise") or a duty ("are expected to
        # obey"); either answers it (session 7, second round).
        + tagged("expect", "expected to")
        # "need" with an object is a need of a thing, no duty ("if you don't need them",
        # "needed an ICU admission"): it answers an obligation ("hacía falta un
        # diploma") but is never reported alone; "need to" stays one.
        + tagged("due", ", ".join(
            f"{v} {o}" for v in ("need", "needs", "needed")
            for o in "a an the them it him her us me you".split()))
        # The noun "orders" names an order given ("stay-at-home orders are often
        # brutal", "las ordenanzas"): it answers an obligation, never reported alone;
        # the verb ("orders them to", "ordered") stays one.
        + tagged(
            "due",
            "orders are, orders were, orders have, orders had, orders will, orders remain, "
            "the orders, these orders, those orders, such orders, their orders, its orders",
        )
        # "shall" in a rule or a contract is its duty ("tiene que dar prioridad" → "shall
        # give priority"), but legal Spanish writes it with a plain future ("se regirá" →
        # "shall be governed"): it answers an obligation, never reported alone.
        + tagged("due", "shall")
        + tagged(
            "necessary",
            "must, have to, has to, had to, need to, needs to, needed to, need, needs, "
            "required, requiring … to, requirement to, requirements to, "
            "obliged, obligated, having to, no option but, no choice but, "
            "mandatory, mandatorily, compulsory, compulsorily, ordered, orders, "
            # the verb ("forced to", "force them to"), not "forceful", "in force", "forces"
            "forced, forcing, force … to, forces … to, "
            "mandated, mandates, mandating, mandate that, "
            "is necessary, are necessary, be necessary, unless necessary, if necessary, "
            "necessary to, essential, oblig*, "
            # the reported past of "es necesario" ("said the plan was necessary / needed")
            "was necessary, were necessary, been necessary, is needed, are needed, "
            "was needed, were needed, be needed, been needed",
        )
        # Permission renders "poder" as much as ability does ("no podrá superar" → "will
        # not be allowed to exceed").
        # A denied possibility (see es.py): "not possible" is not the hedge "possible".
        + tagged("denied", "not possible, impossible")
        + tagged("ability", "can, cannot, able to, unable to, allowed to, permitted to, "
                 "could not, couldn't, could never, "
                 # A limit reached, not a hedge: "no pasó del empate" → "could only draw".
                 "could only, could just, could merely")  # "no encontrábamos" → "could not find"
        # Perception verbs that render "parece" + adjective ("looks fragile").
        + tagged("seem", "looks, look, looked, sounds, sounded, seemed, appears, appeared")
        # Words that answer a hedge but are never reported alone: the adjective
        # "potential" ("los posibles efectos" → "the potential effects"); a comparison of
        # likelihood, which renders a propensity ("más propensos a" → "more likely to");
        # "as soon as possible" and its kin, a degree of time or effort ("cuanto antes").
        # The noun after a determiner names a need, it states no duty ("the needs of our
        # age", "las necesidades de"): it answers an obligation, never reported alone.
        + tagged(
            "due",
            ", ".join(
                f"{d} {n}"
                for d in "the a our their its his her your my these those any".split()
                for n in ("need", "needs")
            ),
        )
        # "requiring" with no "to" after it is a need of a thing ("patients requiring
        # intensive care"), as "where they are most needed" ("donde se tiene necesidad de
        # ellos"): no duty, it answers one, never reported alone ("requiring them to" is).
        + tagged("due", "requiring, most needed, needed most")
        # Supposition adverbs render "posiblemente", "supuestamente" as well ("posiblemente
        # para evitar" → "presumably to avoid"): they answer a hedge, never reported alone.
        + tagged("seem", "presumably, supposedly, conceivably")
        # The noun names a possibility, as Spanish "posibilidad" (session 9): it answers a
        # hedge, never reported alone; the literal MT's "with the possibility to" would
        # otherwise outnumber a translation's one "could" ("podrían …, con la posibilidad
        # de conectarlas" → "could be collected …, with the ability to link").
        + tagged("seem", "possibility, possibilities")
        + tagged("seem", "potential, more likely to, less likely to, most likely to, "
               "least likely to, "
               + ", ".join(f"as {adv} as possible" for adv in (
                   "soon", "quickly", "early", "fast", "rapidly", "promptly", "much",
                   "far", "little", "many", "long", "closely", "often", "widely",
                   "best", "well", "accurately", "clearly", "low", "high")))
        # "se espera que" → "hopes that": answers an expectation (not a hedge such as
        # "podría"), never reported alone.
        + tagged("hope", "hopes that, hope that, hoped that, hoping that")
        + FORECASTS
        + en_cues.SOON_POSSIBLE + en_cues.FOUND_NECESSARY
        + DENIED_DUTY + en_cues.CAUSED_BY
        + DEMANDS
        # "debía durar" → "was to last", "deberá" → "is due to": a duty or a plan that
        # answers an obligation, never reported alone ("the aim is to" is none).
        + tagged("due", "was to, were to, is due to, are due to, was due to, were due to")
        # The noun names advice given ("the WHO's recommendations"), as Spanish
        # "recomendaciones": it answers a recommendation, never reported alone.
        + tagged("advice_noun", "recommendation, recommendations")
        + tagged("advice", "should, ought, recommend*, advis*")
        + tagged(
            "certain",
            "certainly, surely, definitely, undoubtedly, no doubt, without doubt, bound to, "
            "sure to, without a doubt, inevitably, undeniably, unquestionably, indisputably, "
            "doubtless",
        )
        + tagged("conditional", "would")
    ),
    degree_cues=(
        tagged(
            "boost",
            "very, extremely, highly, hugely, considerably, significantly, substantially, "
            "sharply, strongly, heavily, harshly, deeply, severely, tremendously, "
            "especially, particularly, greatly, seriously, bitterly, drastically, radically, "
            "firmly, flatly, vastly, incredibly, terribly, profoundly, immensely, much more, "
            "absolutely, utterly, perfectly, "
            # "well" grades only in these ("muy adelantado" → "well underway").
            "well underway, well under way, well advanced, well ahead, well above, "
            "well below, well beyond, well over, well into, well past",
        )
        # Focus adverbs: they single something out rather than grade it, and English
        # renders them with the words it also uses for degree ("en particular" →
        # "particularly"); they answer an intensifier but are never reported alone.
        + tagged("focus", "in particular, above all, notably, chiefly, mainly") + en_cues.DEGREES
        + tagged(
            "down",
            "slight, slightly, minor, mild, mildly, light, a little, somewhat, moderate*, "
            "barely, scarcely, marginally, modest, modestly, relatively, fairly",
        )
        # Minimisers ("apenas" → "barely", "only", "just"): they answer a softener but are
        # never reported alone.
        + tagged("minimal", "only, just, merely, mere, hardly")
        # Degree words that soften as often as they stress ("un poco sabrosos" → "quite
        # tasty", "a bit"): they answer a softener but are never reported alone.
        + tagged("hedged", "quite, rather, a bit, a tad")
        + tagged(
            "extreme",
            "alarming, alarmed, devastating, devastated, catastrophic, dramatic, "
            "dramatically, resounding, huge, enormous, massive, historic, brutal, terrible, "
            "tragic, disastrous, extraordinary, spectacular, staggering, colossal, gigantic, "
            "giant, excellent, exceptional, magnificent, superb, outstanding, fantastic, "
            "dreadful, abysmal, unprecedented",
        )
        # "great news", "awful data": they render a top word of praise or blame, but are
        # too common ("a great deal") to be reported alone.
        + tagged("praise", "great, terrific, wonderful, awful, appalling")
        # Nouns of calamity render an evaluative adjective ("zona catastrófica" →
        # "disaster zone"): they answer a strong word but are never reported alone.
        + tagged("calamity", "disaster, disasters, catastrophe, catastrophes, tragedy, "
                 "tragedies, devastation, havoc")
        + tagged("severe", "serious, severe, grave, seriousness, severity, gravity")
        + STRICT + en_cues.MORE_SUPERLATIVES + en_cues.DEGREES_MORE + en_cues.TOP
        + tagged(
            "super",
            "most, best, worst, biggest, largest, highest, lowest, greatest, "
            "warmest, hottest, coldest, strongest, weakest, deadliest, fastest, oldest, "
            "youngest, richest, poorest, longest, shortest, smallest, heaviest, wettest, "
            # "record" grades only as a noun or before a level ("to record visits" does not).
            "driest, a record, record high, record low, record level, record levels, "
            "record number, record numbers, all-time high, all-time low",
        )
        + tagged(
            "compar", "more, less, fewer, higher, lower, larger, smaller, bigger, better, "
            # "conocido por" is routinely "best known for": no superlative of its own.
            "best known, best-known",
        )
        # The comparative of "bad" carries a severity of its own: "más grave" → "worse".
        + tagged("worse", "worse")
        # Idioms with a degree word that grade nothing: matched first, in no class.
        + tagged("idiom", "most of the time, at the very least, at the very most, at least, "
               # the verb "stagger" (space out in time: "escalonar los horarios"), not
               # the evaluative adjective
               + ", ".join(f"staggering {n}" for n in (
                   "arrival", "arrivals", "arrival and", "start", "starts", "start and",
                   "dismissal", "times", "hours", "shifts", "schedules", "lunch", "breaks",
                   "recess", "entry"))
               + ", "
               "at most, "
               # "light" that softens nothing, "very" that grades nothing ("the very top").
               "shed light, shed a light, sheds light, shedding light, shed new light, "
               "throw light, throws light, threw light, cast light, casts light, "
               "the very top, the very bottom, the very end, the very beginning, "
               "the very start, the very same, the very edge, the very heart, "
               "the very centre, the very center, the very moment, the very idea, "
               # "grave" the noun (a tomb) is no severity ("an unmarked grave").
               "mass grave, unmarked grave, shallow grave, common grave, grave site, "
               "beyond the grave, to the grave, the grave of, at the grave, from the grave, "
               "in the grave, into the grave, on the grave") + en_cues.LIGHT_NOUNS
        + tagged("all", "all, every, each, entire, whole, everybody, everyone, everything")
        + tagged("most", "the majority, majority")
        + tagged("some", "some, a few, few") + en_cues.QUANTITIES_MORE
        + tagged("many", "many, numerous, a lot of, lots of, plenty of, a great many, "
               "a large number of, scores of")
        + tagged("total", "completely, fully, entirely, in full, totally, altogether, complete, "
               "wholly, in its entirety, in their entirety")
        + tagged("partial", "partly, partially, in part, partial")
    ),
    antonyms=tuple(
        (a_side.strip(), b_side.strip())
        for pair in (
            "win, wins, won, winning / lose, loses, lost, losing; "
            "create*, creating / destroy*; "
            # "surge", not "surg*": "surgery" is Apertium's word for "consulta" (drift39c)
            "increas*, augment*, rise, rises, rose, risen, rising, climb*, soar*, surge, surges, "
            "surged, surging, grow, grows, grew, grown, growing, go up, goes up, went up, "
            # "rais*" / "lower": Apertium writes "subió la tasa" as "went up the tax"
            "gone up, rais* / "
            "decreas*, reduc*, diminish*, fall, falls, fell, fallen, falling, drop*, declin*, "
            "plung*, slump*, go down, goes down, went down, gone down, "
            "lower, lowers, lowered, lowering; "
            "accept* / reject*; approv* / reject*, veto*; "
            "admit, admits, admitted, admitting / deny, denies, denied, denying; "
            "allow* / prohibit*, forbid*, ban, banned, bans; "
            "open, opens, opened, opening / close, closes, closed, closing; "
            "restor* / cut off, interrupt*, suspend*; "
            "ahead / behind; despite / thanks to; before / after; "
            "support, supports, supported / oppose, opposes, opposed; "
            "strengthen* / weaken*; improv* / worsen*, deteriorat*; "
            "expand* / shrink*, shrank, contract*; surplus / deficit; profit / loss; "
            "export* / import*; above / below; success* / fail*; victory / defeat; "
            # places said by prepositions WordNet does not pair (session 20, drift25d)
            "above / under, beneath, underneath; inside / outside, out of; "
            "legal / illegal; guilty / innocent; acquit*, absolv* / convict*, condemn*; "
            "releas*, freed / arrest*, detain*; hire*, hiring / fire*, lay off, laid off; "
            "put out, extinguish*, contain*, under control / spread*; "
            "lift, lifts, lifted / impos*; resum* / halt*, suspend*; "
            "join, joins, joined / leav*, left, quit*, withdr*; "
            "buy, buys, bought / sell, sells, sold; "
            "discharged / admitted, hospitali*; cheaper / expensive; "
            "maximum / minimum; agree, agrees, agreed / refus*, disagree*; "
            "confirm* / deny, denies, denied, denying; peace / war; "
            "raise, raises, raised, raising / lower*, cut, cuts; "
            # Apertium gives "mayoritario" / "minoritario" as "majoritary" / "minoritary"
            "majority, majoritary / minority, minoritary; "
            "include*, including / exclude*, excluding; praise* / criticis*, criticiz*; "
            "safe / dangerous; gain, gains, gained / lose, loses, lost; "
            # a beginning against an end, said by a verb (session 18, drift23b); not the
            # nouns "start" and "end" (Apertium's "with the end of" for "a fin de")
            "started, starting, begin, begins, began, begun, initiat*, commenc* / "
            "ended, finish*, conclud*, terminat*"
        ).split(";")
        for a_side, b_side in [pair.split("/")]
    ),
    clause_openers=frozenset(
        "and but although though if because while when where whereas unless after before "
        "since so yet including".split()
    ),
    entity_aliases=_ALIASES,
    regnal_names=(
        ("charles", "charles"), ("philip", "philip"), ("peter", "peter"), ("john", "john"),
        ("paul", "paul"), ("george", "george"), ("william", "william"), ("henry", "henry"),
        ("louis", "louis"), ("elizabeth", "elizabeth"), ("catherine", "catherine"),
        ("joseph", "joseph"), ("benedict", "benedict"), ("gregory", "gregory"),
        ("alexander", "alexander"), ("nicholas", "nicholas"), ("frederick", "frederick"),
        ("ferdinand", "ferdinand"), ("james", "james"), ("wilhelmina", "wilhelmina"),
    ),
    regnal_titles=frozenset(
        "king queen pope prince princess emperor empress tsar czar tsarina saint st".split()
    ),
)
# fmt: on

# Bounds on a figure (aligner.drift.figure_bounds); "#" is the figure.
# fmt: off
PROFILE = replace(
    PROFILE,
    figure_bounds=(
        tagged("min", "more than #, at least #, no fewer than #, no less than #, upwards of #, "
                      "in excess of #, above #, just over #, well over #, a little over #, "
                      "# or more, #-plus, # plus, a minimum of #, older than #, # and older, "
                      "# or older, # and over, # or over, # and above, # or above, # and up, "
                      "greater than #, higher than #, # or higher, # or greater, no less than #")
        # "over 10 years" is also "during them", "under 18s" a group.
        + tagged("min?", "over #")
        + tagged("max?", "under #")
        + tagged("min", "exceed #, exceeds #, exceeded #, exceeding #") + en_cues.EXCEEDED
        + tagged("max", "capped at #, a cap of #, limited to #, a ceiling of #, a limit of #, "
                        "not to exceed #, at the most #")
        # Words that say a bound away from its figure ("a 60-day cap on waits").
        + tagged("max", "cap, caps, capped, ceiling, limit, maximum")
        + tagged("min", "minimum, floor")
        + tagged("max", "less than #, fewer than #, up to #, at most #, no more than #, below #, "
                        "# or less, # or fewer, a maximum of #, as many as #, younger than #, "
                        "# or younger, # and younger, # and under, # or under, # and below, "
                        "# or below, lower than #, # or lower, smaller than #, no longer than #, "
                        "not more than #, not exceeding #, no older than #")
        # A comparative of size or cost before "than" bounds its figure as "more than" does.
        + tagged("min", "larger than #, bigger than #, longer than #, wider than #, "
                        "taller than #, heavier than #, deeper than #, costlier than #, "
                        "more expensive than #")
        + tagged("max", "shorter than #, narrower than #, lighter than #, cheaper than #, "
                        "shallower than #, less expensive than #")
        + tagged("near", "almost #, nearly #, just under #, close to #, just short of #, "
                         "just below #, not quite #, a little under #")
        + tagged("approx", "about #, around #, some #, roughly #, approximately #, "
                           "an estimated #, circa #, # or so, #-odd, more or less #")
        # A figure stated as exact (session 38): against an approximation or a bound only.
        + tagged("exact", "exactly #, precisely #, # exactly, # precisely, exactly the #, "
                          "precisely the #, a precise #, an exact #, the exact #")
    ),
)
# fmt: on
