from dataclasses import replace

from aligner.lang import LanguageProfile, tagged

# Role nouns by role class (ids shared by all languages, see aligner.statements.speakers).
_ROLES = {
    "president": "président, présidente, présidents",
    "head_of_state": "chef de l'état, chef d'état",
    "vice_president": "vice-président, vice-présidente",
    "prime_minister": "premier ministre, première ministre",
    "head_of_government": "chef du gouvernement",
    "foreign_minister": "ministre des affaires étrangères, chef de la diplomatie",
    "foreign_minister|head_of_government": "chancelier, chancelière",
    "defense_minister": "ministre de la défense, ministre des armées",
    "finance_minister": "ministre de l'économie, ministre des finances",
    "minister": "ministre, ministres",
    "diplomat": "diplomate, diplomates, envoyé, envoyée",
    "ambassador": "ambassadeur, ambassadrice",
    "spokesperson": "porte-parole",
    "leader": "dirigeant, dirigeante, leader, dirigeants",
    "official": "responsable, responsables, haut fonctionnaire, fonctionnaire",
    "counterpart": "homologue, homologues",
    "governor": "gouverneur",
    "mayor": "maire",
    "lawmaker": "sénateur, sénatrice, député, députée, parlementaire",
    "secretary_general": "secrétaire général, secrétaire générale",
    "military": "général, commandant, amiral",
    "judge": "juge, magistrat",
    "prosecutor": "procureur, procureure",
    "monarch": "roi, reine",
    "pope": "pape, souverain pontife",
    "executive": "pdg, patron, patronne",
    "director": "directeur, directrice",
    "head": "chef",
    "expert": "expert, experte, analyste, économiste, chercheur, chercheuse, professeur",
    "coach": "entraîneur, entraîneuse, sélectionneur",
    "player": "capitaine, joueur, joueuse, attaquant",
    "lawyer": "avocat, avocate",
    "candidate": "candidat, candidate",
}


PROFILE = LanguageProfile(
    code="fr",
    name="French",
    adjectives_follow_nouns=True,
    abbreviations=frozenset(
        # May end a sentence: a boundary after them only before a clear sentence start.
        "etc cie inc ltd s.a j.-c jr env av janv févr fév avr juil sept oct nov déc min max".split()
    ),
    prefix_abbreviations=frozenset(
        # Titles and reference words that precede a name or number.
        "m mm mme mmes mlle mlles dr pr me mgr st ste gén col cdt lt sgt art no nos p pp "
        "vol chap fig tél bd apr p.ex cf vs".split()
    ),
    stopwords=frozenset(
        "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne "
        "se ce il sont avec ou son elle mais comme on nous été aux ses cette leur y lui "
        "ont était être sans tout fait aussi deux ces entre même après très dont selon où "
        "leurs avait bien peu encore nos sa été sous vers depuis".split()
    ),
    decimal_comma=True,
    ratio_connectors=("sur",),
    reporting_verbs=frozenset(
        # Participles (after "a", "a-t-il"), present and simple past, singular and plural.
        "dit disent déclaré déclare déclarent déclara affirmé affirme affirment affirma "
        "souligné souligne soulignent souligna ajouté ajoute ajoutent ajouta expliqué explique "
        "expliquent expliqua précisé précise précisent précisa assuré assure assurent assura "
        "estimé estime estiment estima indiqué indique indiquent indiqua rappelé rappelle "
        "rappellent rappela insisté insiste insistent averti avertit avertissent martelé "
        "martèle jugé juge jugent répondu répond répondent répondit reconnu reconnaît "
        "reconnaissent admis admet annoncé annonce annoncent annonça confirmé confirme "
        "confirment démenti dément nié nie confié confie lancé lance observé observe noté "
        "note relevé relève plaidé plaide dénoncé dénonce regretté regrette prévenu prévient "
        "écrit écrivent réaffirmé réaffirme assuré soutenu soutient".split()
    ),
    complementizers=frozenset({"que", "qu'"}),
    according_to=("selon", "d'après", "de l'avis de", "aux dires de", "pour reprendre"),
    pronouns=frozenset("il elle ils elles a-t-il a-t-elle ont-ils ont-elles".split()),
    titles=frozenset("m mme mlle monsieur madame mademoiselle me dr pr prof mgr gén".split()),
    role_nouns=tuple(
        (noun.strip(), cls) for cls, nouns in _ROLES.items() for noun in nouns.split(",")
    ),
    relatives=frozenset("qui que qu' dont lequel laquelle lesquels lesquelles où".split()),
    determiners=frozenset(
        # Not "du"/"au": a preposition is inside ("a-t-il dit au ministre").
        "le la les l' un une des ce cet cette ces son sa ses leur leurs".split()
    ),
    name_particles=frozenset("de du des d' la le".split()),
    conjunctions=frozenset("et ou ni".split()),
    indefinite_articles=frozenset("un une des".split()),
    backward_cues=("tels ont été", "telles ont été", "ce sont les", "ainsi s'est", "voilà"),
)


# Months and scale words, so figures in dates and "3,5 millions" read as in es/en
# (issue 12: DEMETR and ContraTICO sources).
PROFILE = replace(
    PROFILE,
    month_names=tuple(
        (name, i)
        for i, names in enumerate(
            "janvier février|fevrier mars avril mai juin "
            "juillet août|aout septembre octobre novembre décembre|decembre".split(),
            1,
        )
        for name in names.split("|")
    ),
    scale_words=(
        ("million", 1e6),
        ("millions", 1e6),
        ("milliard", 1e9),
        ("milliards", 1e9),
        ("mille", 1e3),
    ),
    percent_words=("pour cent",),
    decade_words=("années",),  # "les années 70" = "the 1970s"
    # "dollars américains" → "US$", "villes des États-Unis" → "US cities" (session 7,
    # second round: ContraTICO fr).
    entity_aliases=tuple(
        (w, "usa")
        for w in (
            "états-unis",
            "etats-unis",
            "américain",
            "américaine",
            "américains",
            "américaines",
        )
    )
    + (("députés", "mp"), ("député", "mp"), ("députée", "mp"), ("eurodéputés", "mep")),
)

# Bounds on a figure (aligner.drift.figure_bounds); "#" is the figure.
# fmt: off
PROFILE = replace(
    PROFILE,
    figure_bounds=(
        tagged("min", "plus de #, plus du #, au moins #, pas moins de #, # ou plus, "
                      "supérieur à #, supérieurs à #, au-delà de #, un minimum de #, # et plus, "
                      "# ou plusieurs, au-dessus de #, # ou davantage")
        + tagged("max?", "jusqu'à #, jusqu’à #")
        + tagged("min?", "à partir de #")
        + tagged("min", "dépasse #, dépassent #, a dépassé #, dépassant #")
        + tagged("max", "pouvant atteindre #, pouvant aller jusqu'à #, plafonné à #, "
                        "plafonnée à #, dans la limite de #")
        + tagged("max", "plafond, plafonné, plafonnée, limite, maximum")
        + tagged("min", "minimum")
        + tagged("max", "moins de #, moins du #, au plus #, au maximum #, pas plus de #, "
                        "inférieur à #, inférieurs à #, # ou moins, un maximum de #, "
                        "en dessous de #, au-dessous de #, en deçà de #")
        + tagged("near", "presque #, quasiment #, pratiquement #, près d'atteindre #")
        + tagged("approx", "environ #, quelque #, autour de #, près de #, à peu près #")
        + tagged("exact", "exactement #, # exactement, précisément #")
    ),
)
# fmt: on
