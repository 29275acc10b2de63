"""Hindi: negation and figures only (aligner.lang.PARTIAL; issue 12).

No Apertium route to English. Hindi negates with the particles "नहीं" (the usual one),
"न" (subjunctive, "neither … nor", "न केवल" not only) and "मत" (prohibition), before
the verb (McGregor, *Outline of Hindi Grammar*, 3rd ed. 1995, the lessons on negation;
Kachru, *Hindi*, 2006, §§ on negation). In "न … न" ("neither … nor") the second "न" is
concord, as English "nor". "बिना" is "without". Figures are grouped by lakh (100,000)
and crore (10,000,000): "50 लाख" is five million. Written here.
"""

from aligner.lang import LanguageProfile, forms, tagged

PROFILE = LanguageProfile(
    code="hi",
    name="Hindi",
    month_names=tuple(
        (name, i)
        for i, names in enumerate(
            "जनवरी फ़रवरी|फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर|सितम्बर अक्टूबर|अक्तूबर "
            "नवंबर|नवम्बर दिसंबर|दिसम्बर".split(),
            1,
        )
        for name in names.split("|")
    ),
    percent_words=("प्रतिशत", "फ़ीसदी", "फीसदी"),
    scale_words=(
        ("हज़ार", 1e3),
        ("हजार", 1e3),
        ("लाख", 1e5),
        ("करोड़", 1e7),
        ("करोड", 1e7),
        ("अरब", 1e9),
    ),
    negation_words=forms("नहीं, नहिं, न, मत, बिना"),
    negative_concord=frozenset({"न"}),
    # "denied" / "refused" / "rejected", nouns of the light verbs "किया", "कर दिया"
    negative_verbs=forms("इनकार, इंकार, खारिज, ख़ारिज"),
    negation_idle=forms("न केवल, न सिर्फ़, न सिर्फ"),
    privatives=tagged("priv", "पहली बार"),
    restrictive_words=frozenset({"केवल", "सिर्फ़", "सिर्फ", "मात्र"}),
    stopwords=frozenset("के का की है में और को से पर ने कि यह था थे थी हैं एक लिए भी तो वह इस".split()),
)
