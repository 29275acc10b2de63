"""Czech: negation and figures only (aligner.lang.PARTIAL; issue 12).

Czech has no Apertium route to English. A verb is negated by the prefix "ne-" written
on it ("nepřišel", "není", "nemůže"); negative pronouns and adverbs ("nikdo", "nic",
"nikdy", "žádný", "ani") take that prefixed verb too (negative concord), so the verb
alone is counted (Naughton, *Czech: An Essential Grammar*, 2005, ch. on negation).
Since "ne-" also makes adjectives and nouns ("nezávislý", "nemocnice") that English
renders without a "not", only verb forms are read: the past ("ne…l", "ne…la",
"ne…lo", "ne…li", "ne…ly", the l-participle that every past tense and conditional is
built on) and the present of the commonest verbs (be, have, can, want, know, may, must,
will, exist) and of the verb classes whose present endings no adjective or noun
shares ("-uje", "-ují", "-je", "-jí", "-ají"), besides the particle "ne" and "bez"
("without"); those endings were added after reading DEMETR Czech's faithful pairs
(docs/drift.md, "Session 22 (drift27f)"). A negated present in "-í" or "-á" is not
read (adjectives end so too). Written here.
"""

from aligner.lang import LanguageProfile, forms, tagged

_PRESENT = (
    "není, nejsem, nejsi, nejsme, nejste, nejsou, nemá, nemám, nemáš, nemáme, nemáte, "
    "nemají, nemůže, nemůžu, nemohu, nemůžeš, nemůžeme, nemůžete, nemohou, nemůžou, "
    "nechce, nechci, nechceš, nechceme, nechcete, nechtějí, neví, nevím, nevíš, nevíme, "
    "nevíte, nevědí, nesmí, nesmím, nesmíme, nemusí, nemusím, nemusíme, nebude, nebudu, "
    "nebudeš, nebudeme, nebudete, nebudou, neexistuje, neexistují, nelze, nepodaří*"
)

PROFILE = LanguageProfile(
    code="cs",
    name="Czech",
    decimal_comma=True,
    month_names=tuple(
        (name, i)
        for i, names in enumerate(
            "ledna|leden února|únor března|březen dubna|duben května|květen června|červen "
            "července|červenec srpna|srpen září října|říjen listopadu|listopad "
            "prosince|prosinec".split(),
            1,
        )
        for name in names.split("|")
    ),
    percent_words=("procent", "procenta", "procento", "procentech", "proc"),
    scale_words=(
        ("tis", 1e3),
        ("tisíc", 1e3),
        ("tisíce", 1e3),
        ("mil", 1e6),
        ("milion", 1e6),
        ("milionu", 1e6),
        ("milionů", 1e6),
        ("miliony", 1e6),
        ("mld", 1e9),
        ("miliardu", 1e9),
        ("miliarda", 1e9),
        ("miliardy", 1e9),
        ("miliard", 1e9),
    ),
    negation_words=forms(
        "ne, bez, " + _PRESENT + ", ne*l, ne*la, ne*lo, ne*li, ne*ly, "
        # the present of the verb classes whose endings no adjective or noun has:
        # "-uje"/"-ují" (kupovat), "-je"/"-jí" (žít, pít), "-ají" (dělat)
        "ne*uje, ne*ují, ne*je, ne*jí, ne*ají"
    ),
    negative_verbs=forms(
        # deny, refuse, reject, ban, rule out, forget
        "popřel*, popírá*, popření, odmítl*, odmítá*, odmítn*, zakázal*, zakazuje*, zákaz*, "
        "vyloučil*, "
        "vylučuje*, zapomněl*, zapomíná*"
    ),
    negation_optional=forms("ne více než, ne méně než"),
    negation_idle=forms(
        # "not only"; nouns in "-tel" ("nepřítel", enemy); "neděle" (Sunday)
        "nejen, nejenom, ne pouze, *tel, neděl*"
    ),
    privatives=tagged("idle", "trochu, několik")
    + tagged("priv", "málo, zřídka, sotva, poprvé, chybí, chyběl*, chybět, chybějící"),
    restrictive_words=frozenset({"jen", "jenom", "pouze", "výhradně"}),
    stopwords=frozenset(
        "v a se na je z s k ve za po od že jsou byl byla bylo byli jako také který která "
        "které kterých podle když "
        "nebo již při až jeho jejich ale jsem jsme bude mezi však tedy této toho "
        "tím jak může".split()
    ),
)
