"""Chinese: negation and figures only (aligner.lang.PARTIAL; issue 12).

No Apertium route to English. Chinese is written without spaces and read here one
character a word (aligner.drift.text), so a cue of several characters is written with
spaces between them. The negators are "不" (states, habits, the future), "没" / "没有"
(the past and "have not"), "别" (prohibition), and in written style "未" and "勿"
(Yip & Rimmington, *Chinese: A Comprehensive Grammar*, 2004, the chapter on negation;
Li & Thompson, *Mandarin Chinese: A Functional Reference Grammar*, 1981, ch. 12).
Many words are built on "不" or "未" and negate nothing an English rendering would
negate ("不过" but, "不断" continuously, "不同" different, "未来" future, "不少" quite a
few): those are idle entries, matched first. "无法" is "unable", a negative verb in
the English lists. Simplified and traditional forms alike. Written here.
"""

from aligner.lang import LanguageProfile, forms, tagged


def _chars(entries: str) -> tuple[str, ...]:
    """ "不过, 不断" → ("不 过", "不 断"): one token a character."""
    return tuple(" ".join(e) for e in forms(entries))


PROFILE = LanguageProfile(
    code="zh",
    name="Chinese",
    percent_words=("%", "％"),
    scale_words=(
        ("千", 1e3),
        ("万", 1e4),
        ("萬", 1e4),
        ("亿", 1e8),
        ("億", 1e8),
        ("万 亿", 1e12),
        ("萬 億", 1e12),
    ),
    negation_words=_chars("没有, 沒有, 不, 没, 沒, 未, 别, 別, 勿, 无法, 無法"),
    negative_verbs=_chars("拒绝, 拒絕, 否认, 否認, 禁止, 排除, 忘记, 忘記"),
    negation_optional=_chars("不停, 不然, 不少于, 不少於, 不超过, 不超過, 不低于, 不低於"),
    negation_idle=_chars(
        # but, continuously, quite a few, different, soon, not only, regardless, have
        # to, almost, remarkable, fine, future, confiscate, uneasy, unfortunately,
        # unfavourable, bad, illegal, unknown, unfair, inconvenient, unstable,
        # uncertain, impossible, dissatisfied, can't help, inevitably, whether or not
        "不过, 不過, 不断, 不斷, 不少, 不同, 不久, 不仅, 不僅, 不但, 不管, 不论, 不論, "
        "不得不, 差不多, 了不起, 不错, 不錯, 未来, 未來, 没收, 沒收, 不安, 不幸, 不利, "
        "不良, 不法, 不明, 不公, 不便, 不稳定, 不穩定, 不确定, 不確定, 不可能, 不满, "
        "不滿, 不禁, 不免, 是否, 与否, 與否, 要不, 不然的话"
    ),
    privatives=tagged("priv", " ".join("很少") + ", " + " ".join("首次") + ", 少"),
    restrictive_words=frozenset({"只", "仅", "僅"}),
)
