from dataclasses import replace

from aligner.lang import LanguageProfile, tagged


def _verbs(ar: str, er: str, ir: str) -> set[str]:
    """Third-person forms of regular reporting verbs: afirmou, afirmaram, afirma, afirmado…"""
    endings = {
        "ar": ("ou", "aram", "a", "am", "ado", "ava"),
        "er": ("eu", "eram", "e", "em", "ido", "ia"),
        "ir": ("iu", "iram", "e", "em", "ido", "ia"),
    }
    stems = {"ar": ar, "er": er, "ir": ir}
    return {s + e for kind, text in stems.items() for s in text.split() for e in endings[kind]}


# Role nouns by role class (ids shared by all languages, see aligner.statements.speakers).
_ROLES = {
    "president": "presidente, presidenta, presidentes",
    "head_of_state": "mandatário, mandatária, chefe de estado",
    "vice_president": "vice-presidente, vice-presidenta",
    "prime_minister": "primeiro-ministro, primeira-ministra, premiê",
    "head_of_government": "chefe de governo",
    "foreign_minister": "ministro das relações exteriores, ministra das relações exteriores, "
    "ministro dos negócios estrangeiros, chefe da diplomacia",
    "foreign_minister|head_of_government": "chanceler",
    "minister": "ministro, ministra, ministros",
    "diplomat": "diplomata, diplomatas, enviado, enviada",
    "ambassador": "embaixador, embaixadora",
    "spokesperson": "porta-voz",
    "leader": "líder, dirigente, líderes",
    "official": "funcionário, funcionária, funcionários, vice-ministro, vice-chanceler",
    "counterpart": "homólogo, homóloga, contraparte",
    "governor": "governador, governadora",
    "mayor": "prefeito, prefeita",
    "lawmaker": "senador, senadora, deputado, deputada, parlamentar, congressista",
    "secretary_general": "secretário-geral, secretária-geral",
    "military": "general, comandante, almirante",
    "judge": "juiz, juíza, ministro do supremo",
    "prosecutor": "procurador, procuradora, procurador-geral",
    "monarch": "rei, rainha",
    "pope": "papa, pontífice",
    "executive": "presidente executivo, executivo",
    "director": "diretor, diretora",
    "head": "chefe",
    "expert": "especialista, analista, economista, pesquisador, pesquisadora, professor",
    "coach": "treinador, treinadora, técnico",
    "player": "capitão, jogador, jogadora, atacante",
    "lawyer": "advogado, advogada",
    "candidate": "candidato, candidata",
}


PROFILE = LanguageProfile(
    code="pt",
    name="Portuguese",
    adjectives_follow_nouns=True,
    abbreviations=frozenset(
        # May end a sentence: a boundary after them only before a clear sentence start.
        "etc ltda s.a cia inc ltd corp eua ee.uu a.c d.c a.m p.m jr "
        "jan fev abr jun jul ago set out nov dez seg min hrs aprox máx mín".split()
    ),
    prefix_abbreviations=frozenset(
        # Titles and reference words that precede a name or number.
        "sr sra srta srs dr dra drs dras prof profa eng arq exmo exma ilmo ilma gen cel "
        "ten cap sgt dep sen gov pres sto sta pe fr art arts nº núm pág págs pp vol fig "
        "tel av r dto p.ex vs cf".split()
    ),
    stopwords=frozenset(
        "de a o que e do da em um para é com não uma os no se na por mais as dos como mas "
        "foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só "
        "pelo pela até isso ela entre era depois sem mesmo aos ter seus quem nas me esse "
        "eles estão você tinha foram essa num nem suas meu às minha têm numa pelos elas "
        "havia seja qual será nós tenho lhe deles essas esses pelas este fosse disse "
        "segundo são ainda".split()
    ),
    decimal_comma=True,
    reporting_verbs=frozenset(
        _verbs(
            ar="afirm declar destac ressalt explic acrescent salient sublinh assegur indic "
            "avali alert observ lembr coment reiter enfatiz argument anunci confirm neg "
            "inform pontu fris assinal apont revel sustent alert critic reafirm tuit",
            er="respond defend reconhec escrev",
            ir="admit insist garant advert conclu",
        )
        | set("disse disseram diz dizem dito dizia mantém manteve dizendo afirmando".split())
    ),
    complementizers=frozenset({"que"}),
    according_to=("segundo", "de acordo com", "conforme", "na opinião de", "nas palavras de"),
    pronouns=frozenset({"ele", "ela", "eles", "elas"}),
    titles=frozenset(
        "sr sra srta senhor senhora dom dona dr dra doutor doutora prof profa eng gen cel".split()
    ),
    role_nouns=tuple(
        (noun.strip(), cls) for cls, nouns in _ROLES.items() for noun in nouns.split(",")
    ),
    relatives=frozenset("que quem qual quais cujo cuja onde quando".split()),
    determiners=frozenset(
        # Not "do"/"ao": a preposition is inside ("disse ao ministro").
        "o a os as um uma uns umas este esta estes estas esse essa esses essas seu sua seus "
        "suas".split()
    ),
    name_particles=frozenset("de da do dos das".split()),
    conjunctions=frozenset("e ou nem".split()),
    indefinite_articles=frozenset("um uma uns umas".split()),
    body_name_joins=frozenset("e contra para perante".split()),
    body_heads=frozenset(
        "serviço escritório fundo instituto tribunal comitê comité centro banco direção "
        "universidade".split()
    ),
    backward_cues=("estas foram", "essas foram", "foram as palavras", "assim o", "assim se"),
    null_subject=True,
)


# --- Quantities (aligner.drift.quantities). Portuguese deliberately has no negation,
# modality or degree lists yet: the drift checks run on their language-independent
# signals for it (numbers, names, clauses, embeddings). ---

PROFILE = replace(
    PROFILE,
    month_names=tuple(
        (name, i)
        for i, name in enumerate(
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro "
            "novembro dezembro".split(),
            1,
        )
    ),
    number_words=(
        ("dúzia", 12),
        ("vintena", 20),
        ("centena", 100),
        ("dobro", 2),
        ("triplo", 3),
        ("duplicou", 2),
        ("triplicou", 3),
        ("segundo", 2),
        ("segunda", 2),
        ("meio", 0.5),
        ("meia", 0.5),
    ),
    vague_numbers=(("metade", 0.5), ("ambos", 2), ("ambas", 2)),
    scale_words=(
        ("mil", 1e3),
        ("milhão", 1e6),
        ("milhões", 1e6),
        ("mil milhões", 1e9),
        ("bilhão", 1e9),
        ("bilhões", 1e9),
        ("bilião", 1e12),
        ("biliões", 1e12),
    ),
    fraction_words=(("terço", 3), ("terços", 3), ("quarto", 4), ("quartos", 4)),
    ratio_connectors=("em cada", "de cada"),
    percent_words=("por cento",),
    unit_words=(
        ("ano", "year"),
        ("anos", "year"),
        ("mês", "month"),
        ("meses", "month"),
        ("semana", "week"),
        ("semanas", "week"),
        ("dia", "day"),
        ("dias", "day"),
        ("hora", "hour"),
        ("horas", "hour"),
        ("minuto", "minute"),
        ("minutos", "minute"),
        ("década", "decade"),
        ("décadas", "decade"),
        ("século", "century"),
        ("séculos", "century"),
        ("quilómetro", "km"),
        ("quilómetros", "km"),
        ("quilômetro", "km"),
        ("quilômetros", "km"),
        ("km", "km"),
        ("metro", "m"),
        ("metros", "m"),
        ("milha", "mile"),
        ("milhas", "mile"),
        ("quilo", "kg"),
        ("quilos", "kg"),
        ("kg", "kg"),
        ("tonelada", "tonne"),
        ("toneladas", "tonne"),
        ("litro", "l"),
        ("litros", "l"),
        ("hectare", "hectare"),
        ("hectares", "hectare"),
        ("acre", "acre"),
        ("acres", "acre"),
        ("grau", "degree"),
        ("graus", "degree"),
        ("euro", "euro"),
        ("euros", "euro"),
        ("dólar", "dollar"),
        ("dólares", "dollar"),
        ("real", "real"),
        ("reais", "real"),
        ("pontos percentuais", "pp"),
    ),
    and_half=("e meio", "e meia"),
    decade_words=("anos", "década de"),
    entity_aliases=(
        # A country's legislature ("o Parlamento" → "Congress"); chambers stay names.
        ("parlamento", "legislature"),
        ("congresso", "legislature"),
        ("congresso nacional", "legislature"),
        ("deputados", "mp"),
        ("deputado", "mp"),
        ("deputada", "mp"),
        ("eurodeputados", "mep"),
        ("eua", "usa"),
        ("estados unidos", "usa"),
        ("onu", "un"),
        ("nações unidas", "un"),
        ("oms", "who"),
        ("fmi", "imf"),
        ("otan", "nato"),
        ("ue", "eu"),
        ("união europeia", "eu"),
        # the adjective, as Spanish's ("o mecanismo europeu" → "the EU mechanism")
        *((f"europe{e}", "eu") for e in ("u", "ia", "us", "ias")),
        ("bce", "ecb"),
        ("opep", "opec"),
        ("reino unido", "uk"),
        ("pib", "gdp"),
        ("pequim", "beijing"),
        ("genebra", "geneva"),
        ("provedor de justiça", "ombudsman"),
        ("provedora de justiça", "ombudsman"),
        ("provedoria de justiça", "ombudsman"),
        # The prosecution service (Spanish "fiscalía", "ministerio público"; session 30,
        # drift35c): "o Ministério Público" → "prosecutors".
        ("ministério público", "prosecution"),
        ("ouvidoria", "ombudsman"),
        ("londres", "london"),
        ("nova iorque", "new york"),
        ("moscovo", "moscow"),
        ("moscou", "moscow"),
        ("ocidente", "west"),
        ("oriente médio", "middle east"),
        ("casa branca", "white house"),
        ("coreia do norte", "north korea"),
        ("coreia do sul", "south korea"),
        ("países baixos", "netherlands"),
        ("união soviética", "ussr"),
        ("urss", "ussr"),
        ("santa sé", "holy see"),
        ("cruz vermelha", "red cross"),
        ("banco mundial", "world bank"),
        ("estação espacial internacional", "iss"),
    ),
    regnal_names=(
        ("carlos", "charles"),
        ("filipe", "philip"),
        ("pedro", "peter"),
        ("joão", "john"),
        ("paulo", "paul"),
        ("jorge", "george"),
        ("guilherme", "william"),
        ("henrique", "henry"),
        ("luís", "louis"),
        ("isabel", "elizabeth"),
        ("catarina", "catherine"),
        ("josé", "joseph"),
        ("bento", "benedict"),
    ),
    regnal_titles=frozenset(
        "rei rainha papa príncipe princesa imperador imperatriz czar são santo santa "
        "infante infanta".split()
    ),
)

# Bounds on a figure (aligner.drift.figure_bounds); "#" is the figure.
# fmt: off
PROFILE = replace(
    PROFILE,
    figure_bounds=(
        tagged("min", "mais de #, mais do #, pelo menos #, no mínimo #, # ou mais, "
                      "acima de #, superior a #, # e mais, # ou mais")
        + tagged("max?", "até #")
        + tagged("max", "menos de #, menos do #, no máximo #, não mais de #, abaixo de #, "
                        "inferior a #, # ou menos")
        + tagged("near", "quase #")
        + tagged("approx", "cerca de #, aproximadamente #, em torno de #, por volta de #")
    ),
)
# fmt: on
