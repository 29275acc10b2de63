"""Korean: negation and figures only (aligner.lang.PARTIAL; issue 12).

No Apertium route to English. Korean negates a verb or adjective with "안" or "못"
("cannot") before it, or with "-지 않다" / "-지 못하다" after its stem; "없다" is "not
have, there is no" and "아니다" "be not" (Sohn, *The Korean Language*, 1999, §§ on
negation). Words are written with their endings ("않을", "없는"), so those are read by
their first syllables. A figure is written with its scale or counter ("950만", "3명"):
만 is ten thousand, 억 a hundred million. Written here.
"""

from aligner.lang import LanguageProfile, forms

PROFILE = LanguageProfile(
    code="ko",
    name="Korean",
    percent_words=("퍼센트", "%"),
    scale_words=(("천", 1e3), ("만", 1e4), ("억", 1e8), ("조", 1e12)),
    negation_words=forms("안, 못, 않*, 없*, 아니*"),
)
