from dataclasses import replace

from aligner.lang import LanguageProfile, tagged

PROFILE = LanguageProfile(
    code="it",
    name="Italian",
    adjectives_follow_nouns=True,
    abbreviations=frozenset(
        # May end a sentence: a boundary after them only before a clear sentence start.
        "ecc etc s.p.a s.r.l spa srl inc ltd corp jr "
        "genn febbr apr magg giu lug ago sett ott nov dic min max".split()
    ),
    prefix_abbreviations=frozenset(
        # Titles and reference words that precede a name or number.
        "sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa avv ing arch on gen col ten cap "
        "mons sen dr art artt n nn pag pagg vol fig tel cfr es p.es ca vs".split()
    ),
    stopwords=frozenset(
        "di e il la che in a per un è del non una con i da sono le si al dei nel alla più "
        "della anche come ma gli ha lo delle ad o nella questo se degli essere ci stato "
        "suo sua era loro tra hanno dopo molto fa ancora quando già su cui dove sia senza "
        "questa ne tutti detto secondo".split()
    ),
    decimal_comma=True,
    ratio_connectors=("su",),
)


# Months and scale words, so figures in dates and "3,5 millions" read as in es/en
# (issue 12: DEMETR and ContraTICO sources).
PROFILE = replace(
    PROFILE,
    month_names=tuple(
        (name, i)
        for i, names in enumerate(
            "gennaio febbraio marzo aprile maggio giugno "
            "luglio agosto settembre ottobre novembre dicembre".split(),
            1,
        )
        for name in names.split("|")
    ),
    scale_words=(
        ("mila", 1e3),
        ("milione", 1e6),
        ("milioni", 1e6),
        ("miliardo", 1e9),
        ("miliardi", 1e9),
    ),
    percent_words=("per cento",),
    decade_words=("anni",),  # "gli anni 70" = "the 1970s"
    # "dollari americani" → "US$", "Stati Uniti" → "US" (session 7, second round).
    entity_aliases=tuple(
        (w, "usa")
        for w in (
            "stati uniti",
            "statunitense",
            "statunitensi",
            "americano",
            "americana",
            "americani",
            "americane",
        )
    )
    + (("deputati", "mp"), ("deputato", "mp"), ("deputata", "mp"), ("eurodeputati", "mep")),
)

# Bounds on a figure (aligner.drift.figure_bounds); "#" is the figure.
# fmt: off
PROFILE = replace(
    PROFILE,
    figure_bounds=(
        tagged("min", "più di #, più del #, oltre #, almeno #, non meno di #, # o più, "
                      "superiore a #, superiori a #, # e più, # o più")
        + tagged("max?", "fino a #, fino al #")
        + tagged("max", "meno di #, meno del #, al massimo #, non più di #, inferiore a #, "
                        "inferiori a #, # o meno")
        + tagged("near", "quasi #, poco meno di #")
        + tagged("approx", "circa #, intorno a #, intorno ai #, attorno a #, all'incirca #")
    ),
)
# fmt: on
