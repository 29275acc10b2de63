"""Polish: negation and figures only (aligner.lang.PARTIAL; issue 12).

Polish has no Apertium route to English. A verb is negated by the separate particle
"nie"; the negative pronouns and adverbs ("nikt", "nic", "nigdy", "żaden", "ani … ani")
take that "nie" too ("nikt nie przyszedł", "nobody came": negative concord), so the
particle alone is counted. Adjectives and nouns are negated by "nie-" written as one
word ("niezależny", "niemożliwy"), which is a word of its own here and, as English
"independent", no negation. (Swan, *A Grammar of Contemporary Polish*, 2002, on "nie"
and negative concord; Sadowska, *Polish: A Comprehensive Grammar*, 2012.) "Bez" is
"without". Written here.
"""

from aligner.lang import LanguageProfile, forms, tagged

PROFILE = LanguageProfile(
    code="pl",
    name="Polish",
    decimal_comma=True,
    month_names=tuple(
        (name, i)
        for i, names in enumerate(
            "stycznia|styczeń lutego|luty marca|marzec kwietnia|kwiecień maja|maj czerwca|czerwiec "
            "lipca|lipiec sierpnia|sierpień września|wrzesień października|październik "
            "listopada|listopad grudnia|grudzień".split(),
            1,
        )
        for name in names.split("|")
    ),
    percent_words=("proc", "procent", "procenta", "procentów", "procentach"),
    scale_words=(
        ("tys", 1e3),
        ("tysiąc", 1e3),
        ("tysiąca", 1e3),
        ("tysiące", 1e3),
        ("tysięcy", 1e3),
        ("mln", 1e6),
        ("milion", 1e6),
        ("miliona", 1e6),
        ("miliony", 1e6),
        ("milionów", 1e6),
        ("mld", 1e9),
        ("miliard", 1e9),
        ("miliarda", 1e9),
        ("miliardy", 1e9),
        ("miliardów", 1e9),
    ),
    negation_words=forms("nie, bez"),
    negative_verbs=forms(
        # deny, refuse, reject, ban, rule out, forget; the nouns of refusal, rejection
        # and ban as the English lists read "refusal", "rejection", "ban"
        "zaprzeczył*, zaprzecza*, odmówił*, odmawia*, odmow*, odrzucił*, odrzuca*, "
        "odrzuceni*, zakaz*, wykluczył*, wyklucza*, zapomniał*, zapomina*"
    ),
    negation_optional=forms("nie więcej niż, nie mniej niż"),
    negation_idle=forms("nie tylko, nie później niż, nie bez powodu, nie raz"),
    privatives=tagged("idle", "trochę, kilka")
    + tagged(
        "priv",
        "mało, rzadko, ledwo, ledwie, po raz pierwszy, pozbawion*, brak, braku, brakuje, brakowało",
    ),
    restrictive_words=frozenset({"tylko", "jedynie", "wyłącznie"}),
    # Function words for telling Polish apart (aligner.alignment.langid); "to", "do", "a",
    # "o" left out: English ones, whose guesses they made less sure.
    stopwords=frozenset(
        "w z i na po od za ze we się że jest jak już był była było są oraz przez który "
        "która które których "
        "jako tylko dla jego jej ich też jednak gdy może będzie został została także "
        "przy między według czy aby więc tak jeszcze bardzo tego tym".split()
    ),
)
