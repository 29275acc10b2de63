"""Russian: negation and figures only (aligner.lang.PARTIAL; issue 12).

Russian has no Apertium route to English, so the source's polarity is read from these
lists against the English translation's (aligner.drift.signals.polarity). Russian has
negative concord: a negative pronoun or adverb ("никто", "ничего", "никогда", "ни …
ни") always stands with the particle "не" (or "нет") of its clause ("никто не пришёл",
"nobody came"), so the particle alone counts and the n-words are not listed (Wade, *A
Comprehensive Russian Grammar*, 3rd ed. 2011, §§ on negation and the negative pronouns
"ни-"; Timberlake, *A Reference Grammar of Russian*, 2004, ch. 8). "Без" is "without",
which the English lists count too. Written here.
"""

from aligner.lang import LanguageProfile, forms, tagged

PROFILE = LanguageProfile(
    code="ru",
    name="Russian",
    decimal_comma=True,
    percent_words=("процент", "процента", "процентов", "проц"),
    scale_words=(
        ("тысяча", 1e3),
        ("тысячу", 1e3),
        ("тысячи", 1e3),
        ("тысяч", 1e3),
        ("тыс", 1e3),
        ("миллион", 1e6),
        ("миллиона", 1e6),
        ("миллионов", 1e6),
        ("млн", 1e6),
        ("миллиард", 1e9),
        ("миллиарда", 1e9),
        ("миллиардов", 1e9),
        ("млрд", 1e9),
    ),
    month_names=tuple(
        (name, i)
        for i, names in enumerate(
            "января|январь февраля|февраль марта|март апреля|апрель мая|май июня|июнь "
            "июля|июль августа|август сентября|сентябрь октября|октябрь ноября|ноябрь "
            "декабря|декабрь".split(),
            1,
        )
        for name in names.split("|")
    ),
    negation_words=forms("не, нет, без, нельзя"),
    negative_verbs=forms(
        # deny, refuse, reject, ban, rule out, forget (the English negative verbs)
        "отрицал*, отрицает, отрицают, отрицать, отрицани*, отказ, отказал*, отказыва*, "
        "отказать*, "
        "отклонил*, отклоня*, отвергл*, отверга*, запретил*, запрещ*, исключил*, "
        "забыл*, забыва*"
    ),
    negation_optional=forms("не менее, не более, не больше, не меньше"),
    negation_idle=forms(
        # "not only", "nevertheless", "more than once", "nearly" ("чуть не упал" is
        # "almost fell"), "no later than", "not long ago" (recently)
        "не только, тем не менее, не раз, чуть не, едва не, не позднее, не позже, "
        "не так давно, не случайно, "
        # "отказываться от прав" is "give up", "relinquish", "renounce one's rights":
        # a refusal with "от" and its object is giving something up, which English says
        # with no negation; refusing to act takes an infinitive ("отказались платить",
        # "refused to pay"), still read (session 36, drift41c)
        "отказ* от, отказал* от, отказыва* от"
    ),
    privatives=tagged("idle", "немного, немало")
    + tagged(
        "priv",
        "мало, редко, едва, впервые, лишён, лишена, лишены, отсутств*, нехватк*, "
        # nouns of an action not done ("непроведение выборов", "the failure to hold
        # elections"; "неуплата", non-payment)
        "не*ение, не*ения, не*ению, не*ением, не*ении, не*ание, не*ания, не*анию, "
        "не*анием, не*ании, неуплат*",
    ),
    restrictive_words=frozenset({"только", "лишь"}),
    negation_restrictive=frozenset({"кроме"}),
    stopwords=frozenset(
        "и в не на что он с как а то все она так его но они к у же вы за бы по её мне "
        "было от меня ещё о из ему когда уже или был до для мы их чем была будет этот "
        "того этого это при также после более года".split()
    ),
)
