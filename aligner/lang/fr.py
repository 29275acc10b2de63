from aligner.lang import LanguageProfile

PROFILE = LanguageProfile(
    code="fr",
    name="French",
    stopwords=frozenset(
        "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne "
        "se ce il sont avec ou son elle mais comme on nous été aux ses cette leur y lui "
        "ont était être sans tout fait aussi deux ces entre même après très dont selon où "
        "leurs avait bien peu encore nos sa été sous vers depuis".split()
    ),
    decimal_comma=True,
)
