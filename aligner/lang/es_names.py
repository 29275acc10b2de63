"""Spanish names of bodies, places and groups by the ids all languages share
(``LanguageProfile.entity_aliases``): "EE.UU." and "the US" are one name, "la
Generalitat" and "the Catalan government" one body. Moved out of :mod:`aligner.lang.es`
in session 35."""

from aligner.lang import es_cues, exonyms

# fmt: off
ALIASES = (
    # A country's legislature by the name the other language gives it ("el Parlamento
    # chileno" → "Chile's Congress"); the Senate stays a name, "Cámara" is any chamber.
    ("parlamento", "legislature"), ("congreso", "legislature"), ("cámara", "chamber"),
    ("congreso nacional", "legislature"), ("poder legislativo", "legislature"),
    ("diputados", "mp"), ("diputado", "mp"), ("diputada", "mp"), ("diputadas", "mp"),
    ("eurodiputados", "mep"), ("eurodiputado", "mep"), ("eurodiputada", "mep"),
    ("cancillería", "foreign ministry"), ("producto interno bruto", "gdp"),
    ("producto interior bruto", "gdp"), ("ministerio de exteriores", "foreign ministry"),
    ("ministerio de asuntos exteriores", "foreign ministry"),
    ("ee.uu.", "usa"), ("ee.uu", "usa"), ("eeuu", "usa"), ("ee. uu.", "usa"),
    ("estados unidos", "usa"), ("estadounidense", "usa"), ("estadounidenses", "usa"),
    # "dólares americanos" → "US$" (session 7, second round).
    ("americano", "usa"), ("americana", "usa"), ("americanos", "usa"), ("americanas", "usa"),
    ("onu", "un"), ("naciones unidas", "un"), ("oms", "who"),
    ("fmi", "imf"), ("otan", "nato"), ("ue", "eu"), ("unión europea", "eu"),
    ("bce", "ecb"), ("opep", "opec"), ("reino unido", "uk"), ("ocde", "oecd"),
    ("oea", "oas"), ("bid", "idb"), ("pib", "gdp"), ("eau", "uae"), ("cepal", "eclac"),
    ("unicef", "unicef"), ("acnur", "unhcr"), ("oit", "ilo"), ("omc", "wto"),
    ("pekín", "beijing"), ("ginebra", "geneva"), ("londres", "london"),
    ("nueva york", "new york"), ("moscú", "moscow"), ("sevilla", "seville"),
    ("kiev", "kyiv"), *((f"británic{e}", "uk") for e in ("o", "a", "os", "as")),
    # An office English names by its Swedish loan ("the Ombudsman's Office").
    ("defensoría del pueblo", "ombudsman"), ("defensor del pueblo", "ombudsman"),
    ("defensora del pueblo", "ombudsman"),
    ("tedh", "echr"), ("tribunal europeo de derechos humanos", "echr"), ("tjue", "cjeu"),
    ("tribunal de justicia de la unión europea", "cjeu"), ("aiea", "iaea"),
    # Cities whose English name changed while Spanish news keeps the older one.
    ("bombay", "mumbai"), ("calcuta", "kolkata"), ("madrás", "chennai"),
    ("birmania", "myanmar"), ("rangún", "yangon"),
    # "la diplomacia europea" → "the EU's diplomacy": news renders the adjective so.
    ("europeo", "eu"), ("europea", "eu"), ("europeos", "eu"), ("europeas", "eu"),
    # Political geography that news translates rather than borrows.
    ("occidente", "west"), ("oriente medio", "middle east"), ("medio oriente", "middle east"),
    ("oriente próximo", "middle east"), ("casa blanca", "white house"),
    ("corea del norte", "north korea"), ("corea del sur", "south korea"),
    *((f"surcorean{e}", "south korea") for e in ("o", "a", "os", "as")),
    *((f"norcorean{e}", "north korea") for e in ("o", "a", "os", "as")),
    ("países bajos", "netherlands"), ("unión soviética", "ussr"), ("urss", "ussr"),
    ("santa sede", "holy see"), ("cruz roja", "red cross"), ("banco mundial", "world bank"),
    ("corte penal internacional", "icc"), ("cpi", "icc"),
    ("estación espacial internacional", "iss"), ("eei", "iss"),
    ("cristóbal colón", "columbus"),
    # Regional institutions that English news renders by a description ("la
    # Generalitat" → "the Catalan government"): the same body, not another name.
    ("generalitat", "generalitat"), ("govern", "generalitat"), ("xunta", "xunta"),
    ("junta de andalucía", "junta de andalucia"), ("gobierno vasco", "basque government"),
    ("ejecutivo vasco", "basque government"), ("lehendakari", "lehendakari"),
    ("comunidad de madrid", "madrid region"),
    # Spanish parties by the names English news gives them ("el PSOE" → "the
    # Socialists", "el PP" → "the People's Party"; en_names has the English side).
    ("psoe", "psoe"), ("pp", "pp"), ("partido popular", "pp"), ("populares", "pp"),
    ("erc", "erc"), ("pnv", "pnv"), ("iu", "iu"), ("izquierda unida", "iu"),
) + es_cues.BODY_ALIASES + exonyms.aliases(spanish=True)
# fmt: on
