from dataclasses import replace

from aligner.lang import LanguageProfile, es_cues, es_cues_more, forms, tagged
from aligner.lang.es_names import ALIASES as _ALIASES
from aligner.lang.es_roles import PORTFOLIOS as _PORTFOLIOS
from aligner.lang.es_roles import ROLES as _ROLES


def _ar(stems: str, past_only: bool = False) -> set[str]:
    """Third-person forms of regular -ar reporting verbs: afirmó, afirmaron, afirma…"""
    endings = ("ó", "aron", "ado") if past_only else ("ó", "aron", "a", "an", "ado", "aba", "aban")
    return {stem + ending for stem in stems.split() for ending in endings}


# "hacer falta" (to be needed) in every tense and number: a need, never a negation.
_NEED = "hace hacen hacía hacían hará harán haría harían haga hagan hiciera hicieran hizo hicieron"
_NEED_FORMS = ", ".join(f"{verb} falta" for verb in (_NEED + " hacer").split())


def _er(stems: str) -> set[str]:
    """Third-person forms of regular -er/-ir reporting verbs: añadió, añadieron, añade…"""
    endings = ("ió", "ieron", "e", "en", "ido", "ía", "ían")
    return {stem + ending for stem in stems.split() for ending in endings}


PROFILE = LanguageProfile(
    code="es",
    name="Spanish",
    adjectives_follow_nouns=True,
    abbreviations=frozenset(
        # May end a sentence: a boundary after them only before a clear sentence start.
        "etc ee.uu uu eeuu s.a s.l s.a.s s.r.l c.a s.c cía hnos inc ltd corp co "
        "aprox máx mín admón atte ud uds vd vds ss ibíd id cit ff.aa aa rr.hh hh jj.oo oo "
        "cc.oo a.c d.c a.m p.m jr "
        "ene feb mar abr may jun jul ago sep sept oct nov dic lun miér mié jue vie sáb dom "
        "seg min hrs".split()
    ),
    prefix_abbreviations=frozenset(
        # Titles and reference words that precede a name or number.
        "sr sra srta sres sras srtas dr dra dres dras d dña lic lcdo lcda licda ing arq "
        "abg econ prof profa mons pbro fr hno hna sto sta excmo excma ilmo ilma rvdo "
        "gral gen cnel tcnel cap tte sgto cmdte alm mtro mtra pdte dip sen gob "
        "art arts núm nro nros pág págs p pp vol cap caps fig tel telf tlf apdo av avda "
        "edo urb dpto depto col ej p.ej vs cfr ee ff rr jj cc bs op".split()
    ),
    stopwords=frozenset(
        "de la que el en y a los del se las por un para con no una su al lo como más pero "
        "sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay "
        "donde quien desde todo nos durante todos uno les ni contra otros ese eso ante "
        "ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos "
        "mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros dijo "
        "según además tras fue han ha es son está están".split()
    ),
    decimal_comma=True,
    addressee_verbs=es_cues_more.ADDRESSEE_VERBS,
    addressee_marks=es_cues_more.ADDRESSEE_MARKS,
    reporting_verbs=frozenset(
        _ar(
            "afirm señal asegur destac expres indic manifest explic agreg declar subray "
            "enfatiz recalc reiter apunt coment precis aclar puntualiz resalt remarc plante "
            "consider opin argument aleg inform mencion valor anunci confirm contest "
            "exclam asever cuestion lament reclam detall revel ratific reafirm sentenci avis "
            "garantiz acot replic comunic matiz insinu tuite narr descart"
        )
        # Their present forms are far more often nouns ("la pregunta que…").
        | _ar("pregunt denunci alert estim proclam critic relat", past_only=True)
        | _ar(es_cues.REPORTING_PAST, past_only=True)
        | _er("añad admit insist respond defend promet escrib reconoc")
        | set(
            "dijo dijeron dice dicen dicho decía decían sostuvo sostuvieron sostiene "
            "sostienen sostenido advirtió advirtieron advierte advierten advertido sugirió "
            "sugirieron sugiere sugieren sugerido refirió refirieron refiere refieren referido "
            "expuso expusieron expone exponen expuesto concluyó concluyeron concluye "
            "concluyen concluido mantuvo mantuvieron mantiene mantienen niega niegan negó "
            "negaron negado desmintió desmintieron desmiente desmienten desmentido "
            "recuerda recuerdan recordó recordaron recordado escrito "
            "diciendo afirmando señalando asegurando agregando añadiendo subrayando".split()
        )
    ),
    complementizers=frozenset({"que"}),
    # Regular preterite plurals, the form a subject's verb takes in news ("Los vecinos
    # culparon al Ayuntamiento … y dijeron"): where a subject phrase ends.
    past_endings=("aron", "ieron", "yeron"),
    subordinators=es_cues.SUBORDINATORS,
    according_to=(
        "según",
        "de acuerdo con",
        "de acuerdo a",
        "conforme a",
        "a juicio de",
        "en palabras de",
        "en opinión de",
        "a decir de",
    ),
    pronouns=frozenset({"él", "ella", "ellos", "ellas"}),
    titles=es_cues.TITLES,
    role_nouns=tuple(
        (noun.strip(), cls) for cls, nouns in _ROLES.items() for noun in nouns.split(",")
    ),
    portfolio_holders=frozenset(
        "consejero consejera consejeros conseller consellera conselleiro conselleira "
        "concejal concejala concejales consejería conselleria consellería concejalía "
        "secretario secretaria cartera área".split()
    ),
    portfolios=tuple(
        (phrase.strip(), ids)
        for ids, phrases in _PORTFOLIOS.items()
        for phrase in phrases.split(",")
    ),
    relatives=frozenset("que quien quienes cual cuales cuyo cuya donde cuando".split()),
    determiners=frozenset(
        "el la los las un una unos unas este esta estos estas ese esa esos esas aquel aquella "
        # Not "al"/"del": a preposition is inside ("le dijo al ministro").
        "su sus dicho dicha lo".split()
    ),
    name_particles=frozenset("de del el la las los da do dos das".split()),
    conjunctions=frozenset("y e o u ni pero".split()),
    disjunctions=frozenset("o u ni".split()),
    indefinite_articles=frozenset("un una unos unas".split()),
    body_name_joins=frozenset("y e ante contra para".split()),
    body_heads=frozenset(
        "servicio oficina fondo instituto tribunal comité centro banco dirección "
        "superintendencia fiscalía universidad".split()
    ),
    backward_cues=(
        "estas fueron",
        "esas fueron",
        "tales fueron",
        "estas son",
        "esas son",
        "así lo",
        "así se",
        "eso dijo",
        "esto dijo",
        "fueron las palabras",
    ),
    null_subject=True,
    double_surnames=True,
)


# --- Quantities and drift checks (aligner.drift.quantities, aligner.drift.checks) ---


# Word tables, laid out by hand in rows of related forms.
# fmt: off
PROFILE = replace(
    PROFILE,
    month_names=tuple(
        (name, i)
        for i, names in enumerate(
            "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre "
            "octubre noviembre diciembre".split(),
            1,
        )
        for name in names.split("|")
    ),
    number_words=(
        ("docena", 12), ("veintena", 20), ("treintena", 30), ("centenar", 100),
        ("centena", 100), ("millar", 1000), ("doble", 2), ("triple", 3), ("cuádruple", 4),
        ("duplicó", 2), ("duplicaron", 2), ("duplicado", 2), ("duplicar", 2),
        ("triplicó", 3), ("triplicaron", 3), ("triplicado", 3), ("triplicar", 3),
        ("segundo", 2), ("segunda", 2), ("medio", 0.5), ("media", 0.5), ("decena", 10),
    ),
    vague_numbers=(("mitad", 0.5), ("ambos", 2), ("ambas", 2), ("par", 2)),
    scale_words=(
        ("mil", 1e3), ("millón", 1e6), ("millones", 1e6), ("mil millones", 1e9),
        ("millardo", 1e9), ("millardos", 1e9), ("billón", 1e12), ("billones", 1e12),
    ),
    fraction_words=(("tercio", 3), ("tercios", 3), ("cuarto", 4), ("cuartos", 4),
                    ("quinto", 5), ("quintos", 5),
                    # "dos décimas" (of a point) is 0.2: "0.2 points", "two tenths".
                    ("décima", 10), ("décimas", 10), ("centésima", 100), ("centésimas", 100)),
    ratio_connectors=("de cada", "sobre", "de"),  # "un 7 sobre 10" (drift40c)
    percent_words=("por ciento", "por cien"),  # "cien por cien" (drift39c)
    unit_words=(
        ("año", "year"), ("años", "year"), ("mes", "month"), ("meses", "month"),
        ("semana", "week"), ("semanas", "week"), ("día", "day"), ("días", "day"),
        ("hora", "hour"), ("horas", "hour"), ("minuto", "minute"), ("minutos", "minute"),
        ("segundos", "second"),
        ("década", "decade"), ("décadas", "decade"), ("decenio", "decade"),
        ("decenios", "decade"), ("siglo", "century"), ("siglos", "century"),
        ("kilómetro", "km"), ("kilómetros", "km"), ("km", "km"), ("metro", "m"),
        ("metros", "m"), ("centímetros", "cm"), ("milla", "mile"), ("millas", "mile"),
        ("kilo", "kg"), ("kilos", "kg"), ("kilogramos", "kg"), ("kg", "kg"),
        ("tonelada", "tonne"), ("toneladas", "tonne"), ("gramos", "g"), ("litro", "l"),
        ("litros", "l"), ("hectárea", "hectare"), ("hectáreas", "hectare"), ("ha", "hectare"),
        ("acre", "acre"), ("acres", "acre"), ("grado", "degree"), ("grados", "degree"),
        ("euro", "euro"), ("euros", "euro"), ("dólar", "dollar"), ("dólares", "dollar"),
        ("peso", "peso"), ("pesos", "peso"), ("libra", "pound"), ("libras", "pound"),
        ("yen", "yen"), ("yenes", "yen"), ("real", "real"), ("reales", "real"),
        ("puntos porcentuales", "pp"), ("punto porcentual", "pp"), ("punto", "pt"),
        ("puntos", "pt"), ("pie", "ft"), ("pies", "ft"), ("pulgada", "inch"),
        ("pulgadas", "inch"), ("yarda", "yard"), ("yardas", "yard"), ("galón", "gallon"),
        ("galones", "gallon"), ("onza", "oz"), ("onzas", "oz"),
    ),
    and_half=("y medio", "y media"),
    clock_words=(("mediodía", 720), ("medianoche", 0)),
    decade_words=("años", "década de los"),
    negation_words=(
        "no", "nunca", "jamás", "ni", "tampoco", "nadie", "ningún", "ninguna", "ninguno",
        "ningunos", "ningunas", "nada", "sin", "a no ser que", "a menos que", "salvo que",
        # English "unless", as the other conditions of exception are written
        "salvo si", "excepto si", "excepto que",
    ),
    negative_concord=frozenset(
        "nunca jamás ni tampoco nadie ningún ninguna ninguno ningunos ningunas nada".split()
    ),
    negative_verbs=forms(
        "negó, negaron, niega, niegan, negado, negando, negar, negaba, se negó, se niega, "
        "descart*, rechaz*, prohib*, prohíb*, impidió, impide, impiden, impidieron, carec*, falt*, "
        "dejó de, dejaron de, deja de, dejan de, excluy*, excluid*, excluir*, excluí*, "
        # "fracasó" → "failed", "denegó" → "denied", as the English list reads them.
        "fracas*, deneg*, denieg*, "
        # "no olvidéis" is "remember".
        "olvid*, "
        # Left out, as English "left out": "quedarán fuera de la cobertura" → "will be
        # left without coverage" (the literal MT's "remain out" excuses "stay outside").
        "qued* fuera, dej* fuera" + es_cues.NEGATIVE_VERBS_MORE + es_cues_more.VOTED_DOWN
    ),
    negation_optional=forms(
        "no es la primera vez, no era la primera vez, no tiene precedentes, sin precedentes, "
        "hace … que … no, no dej* de, no hay duda, no cabe duda, no ocult*, no … hasta, "
        "no … más que, no … sino, nadie más que, no dud* en, no … desde, ileso, ilesa, "
        "ilesos, ilesas, "
        # An exception by a noun, English "unless necessary" ("salvo necesidad absoluta").
        "salvo necesidad, salvo en caso de, excepto en caso de, "

        # "no importa dónde": "anywhere", "no matter where" or "it does not matter where".
        "no importa, no importaba, sin importar"
    )
    + es_cues.EXPLETIVE_NO + es_cues.ONLY_CALQUE + es_cues.AVOIDING + es_cues_more.PENDING
    + es_cues_more.NEGATIVE_IDIOMS,
    privatives=tagged("idle", "un poco, una poca, unos pocos, unas pocas, poco a poco, "
                    "dentro de poco, hace poco, por poco")
    + tagged("priv", "poco, poca, pocos, pocas, escaso, escasa, escasos, escasas, escasez, "
           "falta de, carece, carecen, carecía, carecían, carencia, ausencia de, apenas, "
           "rara vez, por primera vez, "
           # negative-prefixed adjectives that render "not enough", "not possible"…
           "insuficiente, insuficientes, imposible, imposibles, incapaz, incapaces, "
           "inaceptable, inaceptables, inexistente, inexistentes, inútil, inútiles, "
           # Deprived of ("pasaportes privados de indicación de sexo" → "passports with no
           # gender"): the other side may write it as a "no" ("excluir" is a negative verb).
           "privado de, privada de, privados de, privadas de, "
           "priva de, privan de, prive de, priven de, privó de, desprovisto de, "
           "desprovista de, desprovistos de, desprovistas de, carente de, carentes de"),
    negation_idle=forms(
        "sin embargo, no obstante, sin duda, sin lugar a dudas, no solo, no sólo, nada más, "
        # "not only … but also" with the verb inside ("no afecta solo a los pulmones, sino
        # también al corazón" → "affects not only the lungs but also the heart")
        + ", ".join(
            f"no … {only} … {also}"
            for only in ("solo", "sólo", "solamente", "únicamente")
            for also in ("sino", "pero también", "sino también")
        )
        + ", "
        # "nada menos que 300" is "no fewer than" / "as many as" (session 37, drift42b)
        "nada menos que, nada menos de, nada menos del, "
        "ni más ni menos, no es de extrañar, no cabe duda de que, sin falta, "
        # "si hace falta" is "if need be": the verb of lack, not a negation.
        + _NEED_FORMS + es_cues.NEGATION_IDLE_MORE + es_cues_more.EVER
    ),
    negation_restrictive=frozenset({"que", "sino"}),
    restrictive_words=frozenset({"solo", "sólo", "solamente", "únicamente", "exclusivamente"}),
    modality_cues=(
        tagged(
            "possible",
            "podría, podrían, podrá, podrán, podía, podían, "
            "pueda, puedan, podríamos, podremos, puede que, tal vez, quizá, quizás, "
            # the second persons ("¿Podríais ayudarme?" → "Could you help me?")
            "podrías, podríais, podrás, podréis, podías, podíais, puedas, podáis, "
            "posible, posibles, posiblemente, probable, probables, probablemente, acaso, "
            "a lo mejor, no descart*, no se descart*, no se puede descartar, presunt*, supuest*, "
            "sospech*, "
            "al parecer, "
            "aparentemente, previsiblemente, según parece, parece que, "
            "difícilmente, improbable, cabe la posibilidad, hipotéticamente, "
            # a denied impossibility is a possibility ("no es imposible que…")
            "no es imposible, no son imposibles, no sería imposible, no era imposible, "
            # "poder" before a verb of happening is a possibility, not an ability:
            # "puede haber réplicas", "pueden producirse cortes" → "there may be".
            # ("se pueden producir" too; "puede producir" is the factory's ability).
            + ", ".join(
                f"{p} {v}"
                for p in ("puede", "pueden", "se puede", "se pueden")
                for v in ("haber", "producirse", "ocurrir", "suceder", "pasar", "darse",
                          "registrarse", "llegar a")
            )
            + ", se puede producir, se pueden producir, se puede registrar, "
            "se pueden registrar",
        )
        # "necesitar" with an object is a need of a thing, no duty ("el 20 % ha necesitado
        # una admisión en la UCI", "si no las necesitáis"): it answers an obligation
        # ("requiring an exam") but is never reported alone, as "necesario" below.
        + tagged("due", ", ".join(
            [f"necesit* {d}" for d in "un una unos unas el la los las al".split()]
            + [f"{c} necesit*" for c in "lo la los las le les me te nos os".split()]
            # and with a bare noun, a need of care met ("no necesitaron hospitalización"
            # → "were not hospitalized", "requirieron atención médica" → "were treated":
            # session 36, drift41c): a noun's ending, or a noun of care
            + [f"{v} {n}" for v in ("necesit*", "requir*", "requier*")
               for n in "*ción *sión *miento *ncia ingreso ayuda oxígeno cuidados "
               "cirugía diálisis".split()]))
        # "de primera necesidad" are basic goods, no duty ("artículos de primera necesidad
        # de dos semanas" → "two weeks of necessities"): its "necesidad de" is no need to do.
        + tagged("due", "primera necesidad, primeras necesidades")
        + tagged(
            "necessary",
            "debe, deben, deberá, deberán, debía, debían, debemos, deberemos, tiene que, "
            "tienen que, tendrá que, tendrán que, tenemos que, tuvo que, hay que, habrá que, "
            # the first and second persons ("Tengo que irme" → "I have to go", "debéis")
            "debo, debes, debéis, deberé, deberás, deberéis, debías, debíais, debíamos, "
            "tengo que, tienes que, tenéis que, tendré que, tendrás que, tendremos que, "
            "tendréis que, tenías que, teníais que, tuviste que, tuvimos que, tuvisteis que, "
            # the past of "tener que" ("tenían que hacer" → "had to"); its conditional
            # stays a conditional (it is as often "should" as "would have to").
            "tenía que, tenían que, teníamos que, tuvieron que, tuve que, "
            # the infinitive and gerund ("arriesgáis tener que quedaros" → "you may have
            # to stay", "teniendo que pagar" → "having to pay")
            "tener que, teniendo que, "
            "obligad*, obligatori*, es necesario, necesita*, necesit*, necesidad de, "
            # "tendría necesidad de" is left to "tendría" (a conditional, which answers a
            # hedge: "may need") and "necesidad de" (the need).
            "tener necesidad, tiene necesidad, tienen necesidad, "
            "tengo necesidad, tienes necesidad, tenemos necesidad, tenéis necesidad, "
            "tenía necesidad, tenían necesidad, tenga necesidad, tengan necesidad, "
            "ordenó, ordena, ordenaron, "
            "ordenado, ordenada, ordenar, ordenará, ordenaba, "
            "exige, exigen, exigió, requiere, requieren, imprescindible, oblig*, forzos*, "
            + _NEED_FORMS,
        )
        # "se espera que" is "is expected to" or "hopes that", a forecast more than a hedge.
        + tagged("expect", "se espera que")
        # A duty denied by "sin" ("sin tener que esperar" → "without waiting", "sin
        # necesidad de tratamiento" → "without needing treatment"; session 31), the news
        # idiom "no hay que lamentar víctimas" ("there are no casualties"): no duty.
        + tagged("idiom", "sin tener que, hay que lamentar, hubo que lamentar, sin necesidad de")
        # A denied possibility ("es imposible" → "it is not possible") is no hedge: it
        # takes the words out of the possibility class and is never reported itself.
        + tagged("denied", "imposible, imposibles")
        + es_cues.DENIED_POSSIBLE
        + tagged("ability", "puede, pueden, podemos, puedo, pudiera, pudieran, capaz, capaces, "
                 "puedes, podéis, pudieras, pudierais, pudiéramos, "
                 # the preterite, a past ability English says with "could" ("no pudo más
                 # que reconocerlo" → "could only admit it")
                 "pudo, pudieron, pude, pudimos, pudiste, pudisteis")
        # "parece frágil": "looks fragile" or "seems fragile"; it answers a hedge but is
        # never reported alone ("parece que" above is the hedge).
        + tagged("seem", "parece, parecen, parecía, parecían, parecer")
        # Nouns and adjectives of possibility ("la posibilidad de" → "it is possible to",
        # "casos potenciales" → "possible cases", "susceptibles de" → "likely to") answer
        # an English hedge, but are never reported alone: as hedges of their own they
        # flagged "no hay ninguna posibilidad" → "no chance" (session 9).
        + tagged("seem", "posibilidad, posibilidades, potencial, potenciales, potencialmente, "
               "susceptible de, susceptibles de, eventual, eventuales, eventualmente, "
               # "corren el riesgo de" → "are potentially at risk of"
               "corre el riesgo, corren el riesgo, arriesga, arriesgan")
        + es_cues.RISK_OF_DOING
        + es_cues.SUBJUNCTIVE_DUTY + es_cues.OWED_TO + es_cues.ORDERS + es_cues.MODAL_MORE
        # The adjective ("las proteínas necesarias para" → "the proteins required for")
        # answers an English obligation but is never reported alone: "necessary"
        # before a noun is no duty in English either.
        # "esencial" / "imprescindible" before or after a noun ("por razones esenciales" →
        # "for essential reasons") is as "necesario": it answers, never reported alone.
        + tagged("due", "necesario, necesaria, necesarios, necesarias, esencial, esenciales, "
                 # "imponer" a duty ("os impone una cuarentena" → "requiring you to be
                 # quarantined") answers one; "impuesto" is also a tax, left out.
                 "impone, imponen, impuso, impusieron, impondrá, impondrán, imponer, "
                 # an order as a noun ("recibía órdenes de firmar" → "was ordered to")
                 "imponga, impongan, imponía, imponían, órdenes de, orden de, instrucciones de")

        # The noun names advice given, no advice of the sentence's own ("las
        # recomendaciones de la OMS" → "WHO guidance"): it answers a recommendation but is
        # never reported alone. Listed before "recomend*" so that it matches first.
        + tagged("advice_noun", "recomendación, recomendaciones")
        # A medical indication ("no está indicado para" → "is not recommended for") is
        # advice too, but "indicado" alone is "pointed out" ("como ha indicado"): it
        # answers a recommendation, never reported alone.
        + tagged("advice_noun", ", ".join(
            f"{v} {a}" for v in ("está", "están", "estar", "es", "son", "era", "eran")
            for a in ("indicado", "indicada", "indicados", "indicadas", "contraindicado",
                      "contraindicada", "contraindicados", "contraindicadas")))
        + tagged("advice", "debería, deberían, convendría, recomend*, recomiend*, aconsej*, "
                 "deberías, deberíais, deberíamos, "
                 # advice against ("la OMS desaconseja" → "the WHO recommends against")
                 "desaconsej*, desrecomiend*")
        + tagged(
            "certain",
            "seguramente, sin duda, con toda seguridad, con certeza, sin lugar a dudas, "
            "seguro que, sin ninguna duda, indudablemente, con seguridad, es seguro que, "
            "inevitablemente, no hay duda de que, no cabe duda de que, es indudable que",
        )
        # Imperfects of verbs whose stem ends in r ("querían negociar" → "wanted to
        # negotiate"): not the conditional that "*rían" below stands for. Matched first,
        # in no class.
        + tagged(
            "imperfect",
            "querían, requerían, morían, corrían, recorrían, ocurrían, recurrían, "
            "transcurrían, concurrían, incurrían, discurrían, sufrían, abrían, cubrían, "
            "descubrían, preferían, referían, sugerían, adquirían, herían, conferían, "
            "transferían, inferían, diferían, interferían, aburrían",
        )
        + tagged(
            "conditional",
            "*rían, habría, tendría, sería, estaría, haría, iría, vendría, costaría, supondría, "
            "permitiría, llegaría, afectaría, contaría",
        )
    ),
    degree_cues=(
        tagged(
            "boost",
            "muy, sumamente, extremadamente, enormemente, considerablemente, notablemente, "
            "significativamente, altamente, duramente, fuertemente, gravemente, profundamente, "
            "tremendamente, demasiado, muchísimo, *ísimo, *ísima, *ísimos, *ísimas, "
            "especialmente, particularmente, increíblemente, terriblemente, severamente, "
            "rotundamente, tajantemente, radicalmente, drásticamente, sustancialmente, "
            "mucho más, absolutamente, perfectamente",
        )
        # Focus adverbs (see the English list): matched against intensifiers, never alone.
        # "mucho" after a verb and "en profundidad" / "a fondo" are rendered by an English
        # intensifier ("reforzaría mucho" → "would greatly strengthen", "penetrar en
        # profundidad" → "penetrate deeply"), but "mucho" is also a quantity ("mucho
        # dinero"): answers only, like the focus adverbs.
        # Manner phrases of force ("se sintió con fuerza" → "was strongly felt",
        # "criticó con dureza" → "harshly criticised") answer an English intensifier, but
        # "hit hard" renders them too: never reported alone.
        + tagged("focus", "en particular, en especial, sobre todo, principalmente, mucho, "
               "en profundidad, a fondo, con fuerza, con dureza, con firmeza, "
               "con contundencia, con intensidad, con rotundidad, "
               # the adjective of an English adverb ("salvo necesidad absoluta" → "unless
               # absolutely necessary"), which alone grades nothing ("el poder absoluto")
               "absoluto, absoluta, absolutos, absolutas, "
               # the adjective of "significantly" ("un descenso significativo" →
               # "significantly decreased"); a manner adverb before a comparative
               # ("claramente más elevada" → "significantly higher", French "bien moins"
               # → "bien menos")
               "significativo, significativa, significativos, significativas, "
               "claramente más, claramente menos, netamente más, netamente menos, "
               "bien más, bien menos")
        + tagged(
            "down",
            "leve, leves, ligero, ligera, ligeros, ligeras, ligeramente, levemente, un poco, "
            "algo de, moderad*, relativamente, un tanto",
        )
        + tagged("minimal", "apenas, solo, sólo, solamente, únicamente, tan solo")
        + tagged(
            "extreme",
            "alarmante, alarmantes, alarmad*, devastador*, catastrófic*, dramátic*, rotundo, "
            "rotunda, enorme, enormes, masiv*, histórico, histórica, brutal, brutales, "
            "terrible, terribles, trágic*, desastros*, extraordinari*, espectacular*, "
            "impresionante*, colosal*, gigantesc*, "
            # praise and blame at their top ("datos excelentes" → "good data")
            "excelente, excelentes, excepcional, excepcionales, magnífic*, estupend*, "
            "fantástic*, pésim*",
        )
        + es_cues.DEGREE_MORE + es_cues_more.DEGREES
        + tagged("calamity", "desastre, desastres, catástrofe, catástrofes, tragedia, "
                 "tragedias, devastación, estragos")
        + tagged("severe", "grave, graves, gravedad, serio, seria, serios, serias, severo, "
               "severa, severos, severas")
        # Strictness ("las restricciones más estrictas" → "the most severe restrictions"):
        # answers a word of severity, never reported alone.
        + tagged("strict", "estricto, estricta, estrictos, estrictas, riguroso, rigurosa, "
               "rigurosos, rigurosas")
        + tagged(
            "super",
            "el más, la más, los más, las más, el menos, la menos, mejor, mejores, peor, "
            "peores, el mayor, la mayor, máximo histórico, mínimo histórico, récord histórico, "
            "máximo, máxima, récord, máximos históricos, mínimos históricos, récords",
        )
        + tagged(
            # A comparative may carry a superlative ("su nivel más bajo" → "its lowest").
            "compar", "más, menos, mayor, mayores",
        )
        # French "plus" left in a machine-made Spanish ("los plus prometedores" → "the most
        # promising", "el plus reciente" → "the most recent"): it answers a superlative as
        # "más" does, never reported alone (real Spanish's noun "un plus" is no degree).
        + tagged("compar", "los plus, las plus, el plus, la plus, lo plus")
        # "menor" is "smaller" or "minor" ("de importancia menor" → "of minor importance"):
        # it answers a comparative or a softener.
        + tagged("lesser", "menor, menores")
        # The noun ("el histórico de vuestros viajes" → "your travel history"), not the
        # evaluative adjective ("un acuerdo histórico"): matched first, in no class.
        + tagged("noun", ", ".join(
            f"{d} histórico de" for d in "el del al un su sus tu vuestro nuestro".split()))
        # "tomar a la ligera" is "take lightly", "undertake carelessly": no softener.
        + tagged("idiom", "a la ligera")
        + tagged("all", "todos, todas, toda la, todo el, la totalidad, cada")
        + tagged("most", "la mayoría, la mayor parte, mayoría")
        # "escasos informes" is "few reports": a quantity, not a softener.
        + tagged("some", "algunos, algunas, unos pocos, pocos, pocas, escas*, "
               # "en ciertos casos" → "in some cases"
               "ciertos, ciertas") + es_cues.QUANTITIES_MORE
        + tagged("many", "muchos, muchas, numerosos, numerosas, multitud de, gran cantidad de")
        + tagged(
            "total",
            "por completo, completamente, totalmente, íntegramente, en su totalidad, del todo, "
            "plenamente, enteramente",
        )
        + tagged("partial", "parcialmente, en parte, parcial")
    ),
    clause_openers=frozenset(
        "y e pero aunque si porque pues mientras cuando donde para sino pese tras "
        "aun incluso mientras".split()
    ),
    entity_aliases=_ALIASES,
    regnal_names=(
        # Given names of monarchs, popes and historical figures, which English translates
        # ("el rey Carlos III" → "King Charles III", "Pedro el Grande" → "Peter the Great").
        ("carlos", "charles"), ("felipe", "philip"), ("pedro", "peter"), ("juan", "john"),
        ("pablo", "paul"), ("jorge", "george"), ("guillermo", "william"), ("enrique", "henry"),
        ("luis", "louis"), ("isabel", "elizabeth"), ("catalina", "catherine"),
        ("josé", "joseph"), ("benedicto", "benedict"), ("gregorio", "gregory"),
        ("alejandro", "alexander"), ("nicolás", "nicholas"), ("federico", "frederick"),
        ("fernando", "ferdinand"), ("jaime", "james"), ("guillermina", "wilhelmina"),
    ),
    regnal_titles=frozenset(
        "rey reina papa príncipe princesa emperador emperatriz zar zarina san santo santa "
        "infanta infante".split()
    ),
)
# fmt: on

# Bounds on a figure (aligner.drift.figure_bounds); "#" is the figure.
# fmt: off
PROFILE = replace(
    PROFILE,
    figure_bounds=(
        tagged("min", "más de #, más del #, al menos #, por lo menos #, como mínimo #, "
                      "no menos de #, no menos del #, superior a #, superiores a #, "
                      "por encima de #, por encima del #, # o más, # y pico, poco más de #, "
                      "algo más de #, un mínimo de #, mayor de #, mayores de #, mayor que #, "
                      "# o mayores, # y más, # o varios, # o varias, nada menos que #, "
                      "nada menos de #, nada menos del #, encima de #, encima del #")
        # "hasta 2025" is "until", "hasta los 18" an age reached.
        + tagged("max?", "hasta #, hasta el #, hasta un #, hasta una #")
        + tagged("min?", "a partir de #, a partir del #") + es_cues.CROSSED
        + tagged("min", "supera #, superan #, superó #, superaron #, superaba #, superaban #, "
                        "supere #, superen #, sobrepasa #, sobrepasan #, sobrepasó #, "
                        "rebasa #, rebasan #, rebasó #, excede #, exceden #, excedió #, superar #, "
                        "superará #, superarán #, superaría #, sobrepasar #, rebasar #, exceder #")
        + tagged("max", "no superior a #, no supere #, no superen #, no exceda #, "
                        "con un tope de #, un tope de #, limitado a #, limitada a #")
        # Words that say a bound away from its figure ("fija un tope").
        + tagged("max", "tope, límite, máximo")
        # "más que 5" for "más de 5" is colloquial (and Apertium's calque of "plus que"): a
        # bound the translation states is no addition there, but "no … más que 5" is
        # "only 5", so it never bounds a figure itself.
        + tagged("min", "mínimo, más que")
        + tagged("max", "menos de #, menos del #, como máximo #, a lo sumo #, no más de #, "
                        "no más del #, inferior a #, inferiores a #, por debajo de #, "
                        "por debajo del #, # o menos, un máximo de #, menor de #, menores de #, "
                        "menor que #, # o menores, # y menos, debajo de #, "
                        "debajo del #")
        + tagged("near", "casi #, poco menos de #, rozando #, cerca de alcanzar #, roza #, "
                         "rozan #, rozó #, rozaba #, rozará #")
        + tagged("approx", "unos #, unas #, alrededor de #, alrededor del #, en torno a #, "
                           "en torno al #, aproximadamente #, # aproximadamente, cerca de #, "
                           "cerca del #, más o menos #, aproximadamente unos #")
        # A figure stated as exact (session 38): against an approximation or a bound only.
        + tagged("exact", "exactamente #, # exactamente, exactamente el #, exactamente los #, "
                          "exactamente las #, justamente #")
    ),
)
# fmt: on
