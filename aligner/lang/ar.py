"""Arabic: negation and figures only (aligner.lang.PARTIAL; issue 12).

No Apertium route to English. Modern Standard Arabic negates with particles before
the verb or predicate: "لا" (present), "لم" (past, with the jussive), "لن" (future),
"ليس" and its conjugated forms (nominal sentences), "ما" (past, also "what": not read
here), "غير" ("non-", "other than": not read) (Ryding, *A Reference Grammar of Modern
Standard Arabic*, 2005, ch. 36 "Negation and exception"). The conjunctions "و" and "ف"
are written on the particle ("ولا", "ولم"). "لا يزال" / "ما زال" ("still", with
"زال" "cease") and "لا سيما" ("especially") negate nothing; "لا بد" is "must". "بدون"
and "دون" are "without". Written here.
"""

from aligner.lang import LanguageProfile, forms, tagged

_STILL = "يزال, تزال, يزالون, تزالان, يزالان, زال, زالت, زالوا"

PROFILE = LanguageProfile(
    code="ar",
    name="Arabic",
    month_names=tuple(
        (name, i)
        for i, names in enumerate(
            "يناير فبراير مارس أبريل|ابريل مايو يونيو|يونيه يوليو|يوليه أغسطس سبتمبر أكتوبر|اكتوبر "
            "نوفمبر ديسمبر".split(),
            1,
        )
        for name in names.split("|")
    ),
    percent_words=("بالمئة", "بالمائة", "في المئة", "في المائة"),
    scale_words=(
        ("ألف", 1e3),
        ("آلاف", 1e3),
        ("مليون", 1e6),
        ("ملايين", 1e6),
        ("مليار", 1e9),
        ("مليارات", 1e9),
    ),
    negation_words=forms(
        "لا, لم, لن, ليس, ليست, ليسوا, لست, لسنا, ليسا, ليستا, "
        "ولا, ولم, ولن, وليس, وليست, فلا, فلم, فلن, بدون, دون"
    ),
    negative_verbs=forms(
        # denied, refused / rejected, banned, ruled out
        "نفى, نفت, ينفي, تنفي, رفض, رفضت, رفضوا, يرفض, ترفض, حظر, حظرت, يحظر, "
        "استبعد, استبعدت, يستبعد"
    ),
    negation_idle=forms(
        "لا سيما, ولا سيما, لا بد, لابد, ليس فقط, "
        + ", ".join(f"لا {w}, ما {w}" for w in forms(_STILL))
    ),
    privatives=tagged("priv", "نادرا, نادراً, قليل, قليلا, قليلاً, لأول مرة"),
    restrictive_words=frozenset({"فقط"}),
    # "لا … إلا" is "only" ("لم يبق إلا يومان", "only two days are left").
    negation_restrictive=frozenset({"إلا"}),
    stopwords=frozenset(
        "في من على إلى أن عن مع هذا هذه التي الذي كان قال بين بعد قبل أو ثم كما".split()
    ),
)
