from aligner.lang import LanguageProfile

PROFILE = LanguageProfile(
    code="de",
    name="German",
    stopwords=frozenset(
        "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
        "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie "
        "einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein "
        "wurde sei kann gegen vom schon wenn habe seine ihre dann unter wir soll ich "
        "eines jahr zwei diese dieser wieder keine sagte laut".split()
    ),
    decimal_comma=True,
)
