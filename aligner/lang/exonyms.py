"""Cities Spanish names otherwise than English does ("La Haya" / "The Hague", "Colonia" /
"Cologne", "Tiflis" / "Tbilisi"): facts of geography, not of any text. Apertium leaves
most of them as written or misreads them ("La Haya" → "There Is It"), so the names
check reported a faithful city as a swap. Each pair gives one alias id to both names
(:mod:`aligner.lang.es_names`, :mod:`aligner.lang.en_names`); the id is the English
name. Only names that differ by more than accents: the MT and the cognate reading
already match "Múnich" / "Munich" (session 35, lead)."""

# (Spanish, English, other English spellings)
CITIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("la haya", "the hague", ("hague",)),
    ("colonia", "cologne", ("köln",)),
    ("burdeos", "bordeaux", ()),
    ("amberes", "antwerp", ()),
    ("brujas", "bruges", ()),
    ("gante", "ghent", ()),
    ("lieja", "liège", ("liege",)),
    ("aquisgrán", "aachen", ()),
    ("ratisbona", "regensburg", ()),
    ("tréveris", "trier", ()),
    ("breslavia", "wroclaw", ("wrocław",)),
    ("leópolis", "lviv", ("lvov", "lwów")),
    ("san petersburgo", "st petersburg", ("st. petersburg", "saint petersburg")),
    ("tiflis", "tbilisi", ()),
    ("kishinev", "chisinau", ("chișinău", "kishinev")),
    ("dusambé", "dushanbe", ()),
    ("ulán bator", "ulaanbaatar", ("ulan bator",)),
    ("esmirna", "izmir", ("smyrna",)),
    ("yeda", "jeddah", ("jidda",)),
    ("belén", "bethlehem", ()),
    ("daca", "dhaka", ("dacca",)),
    ("cantón", "guangzhou", ("canton",)),
    ("nankín", "nanjing", ("nanking",)),
    ("pnom pen", "phnom penh", ()),
    ("bolonia", "bologna", ()),
)


def aliases(spanish: bool) -> tuple[tuple[str, str], ...]:
    """The pairs (name, id) of one side's names: Spanish, or English with its spellings."""
    if spanish:
        return tuple((es, en) for es, en, _ in CITIES)
    return tuple((name, en) for _es, en, more in CITIES for name in (en, *more))
