"""English names of bodies, places and groups by the ids all languages share
(``LanguageProfile.entity_aliases``): "EE.UU." and "the US" are one name, "el Parlamento
chileno" and "Chile's Congress" one legislature. Moved out of :mod:`aligner.lang.en` in
session 35."""

from aligner.lang import en_cues, exonyms

# fmt: off
ALIASES = (
    # A country's legislature ("el Parlamento chileno" → "Chile's Congress").
    ("parliament", "legislature"), ("congress", "legislature"),
    ("national congress", "legislature"), ("legislature", "legislature"),
    # A legislature's chamber: English calls the lower one "the House" ("la Cámara
    # aprobó" → "the House passed", "el presidente de la Cámara" → "the Speaker of the
    # House"); "the White House" is no chamber.
    ("the house", "chamber"), ("lower house", "chamber"), ("upper house", "chamber"),
    ("house speaker", "chamber"), ("chamber", "chamber"),
    # Spanish parties as English news names them (es_names has the Spanish side).
    ("psoe", "psoe"), ("socialists", "psoe"), ("socialist party", "psoe"),
    ("spanish socialist workers' party", "psoe"), ("pp", "pp"), ("people's party", "pp"),
    ("popular party", "pp"), ("erc", "erc"), ("republican left of catalonia", "erc"),
    ("pnv", "pnv"), ("basque nationalist party", "pnv"), ("iu", "iu"),
    ("united left", "iu"),
    # Members of a parliament: "MPs" renders "diputados", "députés".
    ("mps", "mp"), ("mp", "mp"), ("members of parliament", "mp"),
    ("member of parliament", "mp"), ("meps", "mep"), ("mep", "mep"),
    ("foreign ministry", "foreign ministry"), ("foreign office", "foreign ministry"),
    ("u.s.", "usa"), ("u.s", "usa"), ("us", "usa"), ("usa", "usa"), ("u.s.a.", "usa"),
    ("united states", "usa"), ("america", "usa"), ("un", "un"), ("u.n.", "un"),
    ("united nations", "un"), ("who", "who"), ("imf", "imf"), ("nato", "nato"),
    ("eu", "eu"), ("european union", "eu"), ("ecb", "ecb"), ("opec", "opec"),
    ("uk", "uk"), ("u.k.", "uk"), ("united kingdom", "uk"), ("britain", "uk"),
    ("oecd", "oecd"), ("oas", "oas"), ("idb", "idb"), ("gdp", "gdp"), ("uae", "uae"),
    ("eclac", "eclac"), ("unicef", "unicef"), ("unhcr", "unhcr"), ("ilo", "ilo"),
    ("wto", "wto"), ("beijing", "beijing"), ("peking", "beijing"), ("geneva", "geneva"),
    ("london", "london"), ("new york", "new york"), ("moscow", "moscow"),
    ("seville", "seville"), ("kyiv", "kyiv"), ("kiev", "kyiv"),
    ("ombudsman", "ombudsman"), ("ombudsperson", "ombudsman"), ("ombudswoman", "ombudsman"),
    ("echr", "echr"), ("european court of human rights", "echr"), ("cjeu", "cjeu"),
    ("ecj", "cjeu"), ("european court of justice", "cjeu"), ("iaea", "iaea"),
    ("mumbai", "mumbai"), ("bombay", "mumbai"), ("kolkata", "kolkata"),
    ("calcutta", "kolkata"), ("chennai", "chennai"), ("madras", "chennai"),
    ("myanmar", "myanmar"), ("burma", "myanmar"), ("yangon", "yangon"),
    ("rangoon", "yangon"),
    ("west", "west"), ("western", "west"), ("middle east", "middle east"),
    ("mideast", "middle east"), ("near east", "middle east"), ("white house", "white house"),
    ("north korea", "north korea"), ("south korea", "south korea"),
    ("north korean", "north korea"), ("south korean", "south korea"),
    ("north koreans", "north korea"), ("south koreans", "south korea"),
    ("netherlands", "netherlands"), ("holland", "netherlands"),
    ("soviet union", "ussr"), ("ussr", "ussr"), ("holy see", "holy see"),
    ("vatican", "holy see"), ("red cross", "red cross"), ("world bank", "world bank"),
    ("international criminal court", "icc"), ("icc", "icc"),
    ("international space station", "iss"), ("iss", "iss"),
    ("columbus", "columbus"),
    # The descriptions English news gives regional institutions (see es.py).
    ("generalitat", "generalitat"), ("catalan government", "generalitat"),
    ("catalan regional government", "generalitat"), ("government of catalonia", "generalitat"),
    ("catalonia's government", "generalitat"), ("catalan executive", "generalitat"),
    ("valencian government", "generalitat"), ("valencian regional government", "generalitat"),
    ("xunta", "xunta"), ("galician government", "xunta"),
    ("galician regional government", "xunta"), ("government of galicia", "xunta"),
    ("andalusian government", "junta de andalucia"),
    ("andalusian regional government", "junta de andalucia"),
    ("basque government", "basque government"),
    ("basque regional government", "basque government"),
    ("basque premier", "lehendakari"), ("basque leader", "lehendakari"),
    ("basque regional president", "lehendakari"), ("lehendakari", "lehendakari"),
    ("madrid region", "madrid region"), ("madrid regional government", "madrid region"),
) + en_cues.BODY_ALIASES + exonyms.aliases(spanish=False)
# fmt: on
