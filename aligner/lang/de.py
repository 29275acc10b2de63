from dataclasses import replace

from aligner.lang import LanguageProfile, tagged

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
