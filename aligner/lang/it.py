from aligner.lang import LanguageProfile

PROFILE = LanguageProfile(
    code="it",
    name="Italian",
    stopwords=frozenset(
        "di e il la che in a per un è del non una con i da sono le si al dei nel alla più "
        "della anche come ma gli ha lo delle ad o nella questo se degli essere ci stato "
        "suo sua era loro tra hanno dopo molto fa ancora quando già su cui dove sia senza "
        "questa ne tutti detto secondo".split()
    ),
    decimal_comma=True,
)
