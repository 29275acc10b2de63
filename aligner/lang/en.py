from aligner.lang import LanguageProfile

PROFILE = LanguageProfile(
    code="en",
    name="English",
    stopwords=frozenset(
        "the of and to in a is that for it as was with be by on not he i this are or his "
        "from at which but have an they you were her she there been one all we their has "
        "would when if so no will more who its said what up out about into than them can "
        "only other new some could these two may then do first any like now my such our "
        "over also after did most made before must through back where very should because "
        "those between both being under while".split()
    ),
    decimal_comma=False,
)
