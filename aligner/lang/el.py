"""Greek: negation and figures only (aligner.lang.PARTIAL; issue 12).

No Apertium route to English. Modern Greek negates with the particles "δεν" ("δε")
before an indicative verb, "μην" ("μη") before a subjunctive or imperative and "όχι"
elsewhere; the negative pronouns and adverbs ("κανείς", "τίποτα", "ποτέ") take the
particle of their clause ("δεν ήρθε κανείς", "nobody came"), so the particles alone are
counted (Holton, Mackridge & Philippaki-Warburton, *Greek: A Comprehensive Grammar of
the Modern Language*, 1997, the chapter on negation). "Χωρίς" is "without". Written
here.
"""

from aligner.lang import LanguageProfile, forms, tagged

PROFILE = LanguageProfile(
    code="el",
    name="Greek",
    decimal_comma=True,  # "120.000" is a hundred and twenty thousand, "3,5" three and a half
    month_names=tuple(
        (name, i)
        for i, names in enumerate(
            "ιανουαρίου|ιανουάριος φεβρουαρίου|φεβρουάριος μαρτίου|μάρτιος απριλίου|απρίλιος "
            "μαΐου|μάιος ιουνίου|ιούνιος ιουλίου|ιούλιος αυγούστου|αύγουστος "
            "σεπτεμβρίου|σεπτέμβριος οκτωβρίου|οκτώβριος νοεμβρίου|νοέμβριος "
            "δεκεμβρίου|δεκέμβριος".split(),
            1,
        )
        for name in names.split("|")
    ),
    percent_words=("τοις εκατό", "τοις εκατόν"),
    scale_words=(
        ("χιλιάδες", 1e3),
        ("χιλιάδων", 1e3),
        ("χιλ", 1e3),
        ("εκατομμύριο", 1e6),
        ("εκατομμύρια", 1e6),
        ("εκατομμυρίων", 1e6),
        ("εκατ", 1e6),
        ("δισεκατομμύριο", 1e9),
        ("δισεκατομμύρια", 1e9),
        ("δισεκατομμυρίων", 1e9),
        ("δισ", 1e9),
    ),
    negation_words=forms("δεν, δε, μην, μη, όχι, χωρίς"),
    negative_verbs=forms(
        # deny / refuse, reject, ban, rule out, forget
        "αρνήθηκ*, αρνείται, αρνούνται, απέρριψ*, απορρίπτ*, απαγόρευσ*, απαγορεύ*, "
        "απέκλεισ*, αποκλεί*, ξέχασ*"
    ),
    negation_optional=forms("όχι περισσότερο από, όχι λιγότερο από"),
    # "not only"; "non-governmental" ("μη κυβερνητική οργάνωση", an NGO)
    negation_idle=forms("όχι μόνο, μη κυβερνητικ*"),
    privatives=tagged("idle", "λίγο πολύ")
    + tagged("priv", "σπάνια, για πρώτη φορά, ελάχιστ*, λείπ*, έλλειψη"),
    restrictive_words=frozenset({"μόνο", "μόνον"}),
    stopwords=frozenset(
        "ο η το οι τα του της των τον την τους τις και να σε με για από που στο στη στην "
        "στον στα στις στους είναι ότι θα αυτό ένα μια ως κατά ή αλλά".split()
    ),
    determiners=frozenset("ο η το οι τα του της των τον την τους τις ένας μια μία ένα".split()),
)
