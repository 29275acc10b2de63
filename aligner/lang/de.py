from dataclasses import replace

from aligner.lang import LanguageProfile, forms, tagged

# Role nouns by role class (ids shared by all languages, see aligner.statements.speakers).
_ROLES = {
    "president": "präsident, präsidentin, staatspräsident, staatspräsidentin",
    "head_of_state": "staatschef, staatschefin, staatsoberhaupt",
    "vice_president": "vizepräsident, vizepräsidentin",
    "prime_minister": "premierminister, premierministerin, ministerpräsident, ministerpräsidentin",
    "head_of_government": "kanzler, kanzlerin, bundeskanzler, bundeskanzlerin, regierungschef, "
    "regierungschefin",
    "foreign_minister": "außenminister, außenministerin, aussenminister, chefdiplomat",
    "defense_minister": "verteidigungsminister, verteidigungsministerin",
    "finance_minister": "finanzminister, finanzministerin, wirtschaftsminister, "
    "wirtschaftsministerin",
    "minister": "minister, ministerin",
    "diplomat": "diplomat, diplomatin, gesandter, gesandte",
    "ambassador": "botschafter, botschafterin",
    "spokesperson": "sprecher, sprecherin, regierungssprecher, regierungssprecherin",
    "leader": "anführer, führer, vorsitzende, vorsitzender",
    "official": "beamter, beamte, funktionär, funktionärin",
    "counterpart": "amtskollege, amtskollegin, amtskollegen",
    "governor": "gouverneur, gouverneurin",
    "mayor": "bürgermeister, bürgermeisterin",
    "lawmaker": "abgeordneter, abgeordnete, senator, senatorin",
    "secretary_general": "generalsekretär, generalsekretärin",
    "military": "general, kommandeur, admiral",
    "judge": "richter, richterin",
    "prosecutor": "staatsanwalt, staatsanwältin",
    "monarch": "könig, königin",
    "pope": "papst",
    "executive": "vorstandschef, vorstandschefin, konzernchef, konzernchefin",
    "director": "direktor, direktorin",
    "head": "chef, chefin, leiter, leiterin",
    "expert": "experte, expertin, analyst, analystin, ökonom, ökonomin, professor, professorin",
    "coach": "trainer, trainerin, cheftrainer, bundestrainer",
    "player": "kapitän, spieler, spielerin, stürmer",
    "lawyer": "anwalt, anwältin, rechtsanwalt, rechtsanwältin",
    "candidate": "kandidat, kandidatin",
}


PROFILE = LanguageProfile(
    code="de",
    name="German",
    abbreviations=frozenset(
        # May end a sentence: a boundary after them only before a clear sentence start.
        "usw etc u.a e.v evtl ggf jh jhd str tsd inc ltd corp co "
        "jan feb febr apr aug sept sep okt nov dez min max".split()
    ),
    prefix_abbreviations=frozenset(
        # Titles and reference words that precede a name or number.
        "hr hrn fr dr prof nr st art abs bzw z.b d.h v.a u.ä vgl ca inkl exkl zzgl mio mrd "
        "gem geb gest bzgl sog dt tel s bd".split()
    ),
    stopwords=frozenset(
        "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
        "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie "
        "einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein "
        "wurde sei kann gegen vom schon wenn habe seine ihre dann unter wir soll ich "
        "eines jahr zwei diese dieser wieder keine sagte laut".split()
    ),
    decimal_comma=True,
    reporting_verbs=frozenset(
        "sagte sagten sagt sagen gesagt erklärte erklärten erklärt betonte betonten betont "
        "meinte meinten meint warnte warnten warnt gewarnt behauptete behauptet unterstrich "
        "unterstreicht versicherte versichert bekräftigte bekräftigt kritisierte kritisiert "
        "antwortete antwortet schrieb schreibt erläuterte erläutert bestätigte bestätigt "
        "verkündete verkündet forderte fordert argumentierte berichtete berichtet "
        "räumte räumt fügte fügt hob hebt stellte stellt kündigte kündigt teilte teilt".split()
    ),
    complementizers=frozenset({"dass", "daß", "ob"}),
    according_to=("laut", "nach angaben", "nach ansicht", "nach worten", "gemäß"),
    pronouns=frozenset({"er", "sie"}),
    titles=frozenset("herr frau dr prof ing".split()),
    role_nouns=tuple(
        (noun.strip(), cls) for cls, nouns in _ROLES.items() for noun in nouns.split(",")
    ),
    relatives=frozenset("der die das welcher welche welches dessen deren".split()),
    determiners=frozenset(
        "der die das den dem des ein eine einen einem einer sein seine ihr ihre dieser "
        "diese dieses".split()
    ),
    name_particles=frozenset("von van der zu de".split()),
    conjunctions=frozenset("und oder sowie".split()),
    indefinite_articles=frozenset("ein eine einen einem einer eines".split()),
    backward_cues=("das waren die worte", "so weit", "soweit", "so äußerte sich"),
)


# --- Quantities and drift checks (aligner.drift.quantities, aligner.drift.checks) ---

PROFILE = replace(PROFILE, percent_words=("prozent",), capitalises_nouns=True)
# "beide" is "both", "the two" ("zwischen beiden" → "between the two"): a figure English may
# write, as Spanish "ambos" (session 36, drift41c).
PROFILE = replace(
    PROFILE, vague_numbers=tuple((w, 2) for w in ("beide", "beiden", "beider", "beides"))
)


# Months and scale words, so figures in dates and "3,5 millions" read as in es/en
# (issue 12: DEMETR and ContraTICO sources).
PROFILE = replace(
    PROFILE,
    month_names=tuple(
        (name, i)
        for i, names in enumerate(
            "januar februar märz|maerz april mai juni "
            "juli august september oktober november dezember".split(),
            1,
        )
        for name in names.split("|")
    ),
    scale_words=(
        ("tausend", 1e3),
        ("million", 1e6),
        ("millionen", 1e6),
        ("mio", 1e6),
        ("milliarde", 1e9),
        ("milliarden", 1e9),
        ("mrd", 1e9),
    ),
)

# Bounds on a figure (aligner.drift.figure_bounds); "#" is the figure.
# fmt: off
PROFILE = replace(
    PROFILE,
    figure_bounds=(
        tagged("min", "mehr als #, mindestens #, wenigstens #, nicht weniger als #, # oder mehr")
        # "über 10 Jahre" is also "for 10 years", "unter 18" a group.
        + tagged("min?", "über #")
        + tagged("max?", "unter #")
        + tagged("max", "weniger als #, bis zu #, höchstens #, maximal #, nicht mehr als #, "
                        "# oder weniger")
        + tagged("near", "fast #, knapp #, beinahe #, nahezu #")
        + tagged("approx", "etwa #, rund #, ungefähr #, circa #, ca. #, zirka #")
    ),
)
# fmt: on


# --- Negation (aligner.drift.signals.polarity; session 19, issue 12) ---
# German has no Apertium pair, so the source's polarity is read from these lists against
# the English translation's. Nouns are capitalised, and a lower-case cue of one word does
# not match a capitalised word inside a sentence: "das Nichts", "ein Verbot" never count.


def _separable(stems: str, particle: str) -> str:
    """A separable verb's finite forms with its particle at the clause's end ("lehnte den
    Plan ab"): "lehnte … ab, …"."""
    return ", ".join(f"{v} … {particle}" for v in forms(stems))


def _separable_negated(stems: str, particle: str) -> str:
    """The same forms with "nicht" before the particle, as idle entries: longer, they
    match first, so the "nicht" inside is not swallowed by the verb's cue and counted
    as nothing; "lehnte den Plan nicht ab" is "did not reject the plan", which the
    English lists read as two negations, an affirmation, too."""
    return ", ".join(f"{v} … nicht {particle}" for v in forms(stems))


# Separable verbs of denial: finite forms, particle (reject, rule out, turn back).
_SEPARABLE = (
    ("lehnte, lehnten, lehnt, lehnen, lehne", "ab"),
    ("schloss, schlossen, schließt, schließen, schließe", "aus"),
    ("wies, wiesen, weist, weisen", "zurück"),
)

PROFILE = replace(
    PROFILE,
    negation_words=forms(
        "nicht, kein, keine, keinen, keinem, keiner, keines, keins, nie, niemals, nimmer, "
        "niemand, niemanden, niemandem, nichts, nirgends, nirgendwo, nirgendwohin, weder, "
        "keineswegs, keinesfalls, mitnichten, nein, ohne, "
        # English "unless" is a negation of the English lists.
        "es sei denn"
    ),
    negative_verbs=forms(
        # deny ("bestreiten" is also "play a match": left out)
        "leugnete, leugneten, leugnet, leugnen, geleugnet, dementierte, dementierten, "
        "dementiert, dementieren, "
        # refuse, reject
        "verweigerte, verweigerten, verweigert, verweigern, "
        "ablehnte, ablehnten, ablehnt, ablehnen, ablehne, abgelehnt, "
        "zurückwies, zurückwiesen, zurückweist, zurückweisen, zurückgewiesen, "
        + ", ".join(_separable(stems, particle) for stems, particle in _SEPARABLE)
        + ", "
        # ban, forbid
        "verbot, verboten, verbietet, verbieten, "
        # rule out, exclude
        "ausschloss, ausschlossen, ausschließt, ausschließen, ausgeschlossen, "
        # forget ("olvid*" in Spanish), fail
        "vergaß, vergaßen, vergisst, vergessen, scheiterte, scheiterten, scheitert, "
        "scheitern, gescheitert, misslang, misslangen, misslungen"
    ),
    negation_optional=forms(
        "nicht mehr als, nicht weniger als, nichts anderes als, nicht später als, "
        "nicht zum ersten mal, noch nie dagewesen, kein zweifel, keine frage"
    ),
    negation_idle=forms(
        "nicht nur, nicht bloß, nicht zuletzt, ohne zweifel, ohne frage, kein wunder, "
        # "not a few", "not seldom": English "quite a few", "often"
        "nicht wenige, nicht wenigen, nicht selten, "
        + ", ".join(_separable_negated(stems, particle) for stems, particle in _SEPARABLE)
    ),
    # Words that carry a negation ("wenig" → "not … much", "kaum" → "hardly"): a
    # negation on the English side only may have moved into one (aligner.drift.privative).
    privatives=tagged("idle", "ein wenig, ein bisschen, ein paar, ein klein wenig")
    + tagged(
        "priv",
        "wenig, wenige, wenigen, weniger, kaum, selten, mangel an, zum ersten mal, erstmals, "
        "erstmalig, unmöglich, unzureichend, unfähig, inakzeptabel, frei von",
    ),
    negation_restrictive=frozenset({"als", "außer"}),
    restrictive_words=frozenset({"nur", "lediglich", "bloß", "ausschließlich"}),
)
