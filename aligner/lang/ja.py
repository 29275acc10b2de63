"""Japanese: negation and figures only (aligner.lang.PARTIAL; issue 12).

No Apertium route to English. Japanese is written without spaces and read here one
character a word (aligner.drift.text), so a cue of several kana is written with spaces
between them. Verbs and adjectives are negated by the ending "ない" (plain) or "ません"
(polite), in the past "なかった" / "ませんでした", and "ず" in written style (Makino &
Tsutsui, *A Dictionary of Basic Japanese Grammar*, 1986, the entries "nai" and
"masen"); "ず" is left out (it is also the end of "まず" first, "必ず" certainly).
Idioms built on "ない" that negate nothing in English are idle, matched first: "かも
しれない" (may), "なければならない" and "なくてはならない" (must), "少ない" (few),
"危ない" (dangerous), "間違いない" (certainly), "しかない" (only). Written here.
"""

from aligner.lang import LanguageProfile, forms, tagged


def _chars(entries: str) -> tuple[str, ...]:
    """ "ない, ません" → ("な い", "ま せ ん"): one token a character."""
    return tuple(" ".join(e) for e in forms(entries))


PROFILE = LanguageProfile(
    code="ja",
    name="Japanese",
    percent_words=("%", "％", "パ ー セ ン ト"),
    scale_words=(("千", 1e3), ("万", 1e4), ("億", 1e8), ("兆", 1e12)),
    negation_words=_chars("なかった, ない, ません, 無い"),
    negative_verbs=_chars("否定, 拒否, 禁止, 忘れ"),
    negation_idle=_chars(
        "かもしれない, かもしれません, かも知れない, なければならない, なければなりません, "
        "なくてはならない, なくてはなりません, ざるを得ない, 少ない, 少なく, 危ない, "
        "間違いない, 違いない, 仕方がない, しかない, しかありません, ませんか, "
        "つまらない, もったいない"
    ),
    privatives=tagged("priv", "ほ と ん ど, め っ た に, 初 め て"),
)
