"""None against few: an amount of zero said as a small one, or the reverse (session 36,
lead). "Nadie resultó herido" → "Few people were injured" says people were hurt;
"Pocos diputados apoyaron la ley" → "No deputies supported the law" says nobody did. For a
report on an accident or a vote either is a different fact, and the negation checks stay
quiet on both: "few", "little" and "hardly any" are privatives there (:mod:`aligner.drift.
privative`), words that may render a negation ("no muchos" → "few"), so a privative on one
side answers a negation on the other.

Each side is read in its own language, because Apertium renders the Spanish words of zero
by their negative-polarity forms ("Ningún encuestado" → "Any respondent", "Nadie" →
"Anybody") and "apenas" by a verb. Only amounts said by a quantifier or a pronoun are read
("ningún", "nadie", "nada", "nunca", "no hubo" + a noun; "pocos", "escasos", "apenas
hubo", "casi nadie"; "no" + a noun, "none", "nobody", "never"; "few", "little" with no
determiner, "hardly any", "almost no", "rarely"): a negated verb is no amount ("no
apoyaron" may be "failed to back"), and "poco" before an adjective is a degree ("poco
probable" → "unlikely"). "Casi", "almost", "hardly" before a word of zero make it small.
A pair is reported only when one side has more words of zero and the other more words of
a small amount, so a sentence that says both ("no hubo muertos y pocos heridos") keeps
its count on each side. Languages without a table (and a pivot source read through its
Spanish) are read in Spanish or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.pivot_reading import own_or_pivot
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import Tok
from aligner.textutil import quote

# Per language: words of zero, words of a small amount, words that make the next zero
# small ("casi nadie"), and the verbs of being after which "no" opens an existential zero.
_ZERO = {
    "es": "ningún ninguna ninguno ningunos ningunas nadie nada nunca jamás",
    "pt": "nenhum nenhuma nenhuns nenhumas ninguém nada nunca jamais",
    "en": "none nobody nothing never",
}
_SMALL = {
    "es": "pocos pocas poca escasos escasas",
    "pt": "poucos poucas pouca escassos escassas",
    "en": "few rarely seldom scant",
}
_ALMOST = {
    "es": "casi prácticamente apenas",
    "pt": "quase praticamente mal",
    "en": "almost nearly virtually practically hardly barely scarcely",
}
_THERE_IS = {
    "es": "hubo hay había habrá habría haya hubiera",
    "pt": "houve há havia haverá haveria haja",
}
# English "no" before these is no amount ("no longer", "no more than", "no doubt").
_NO_NOT_AMOUNT = frozenset(
    "longer more less sooner doubt matter one way wonder".split()
)  # "no one" is read as a pronoun of zero below
# Before "few" or "little" these make it another thing: "a few" (some), "the little girl".
_NOT_SMALL_BEFORE = frozenset(
    "a an the this that these those his her its their our my your quite no not every "
    # "unos pocos" is "a few", "los pocos que quedaban" "the few who stayed": named.
    "los las unos unas estos estas sus os as uns umas".split()
)
# "Nada menos que", "nada más llegar", "de nada", "nothing but", "never mind": no amounts.
_ZERO_NOT_AMOUNT = {
    "nada": ("menos", "más"),
    "nothing": ("but", "less", "more", "short"),
    "never": ("mind",),
    "none": ("other",),
}
_ANY = frozenset("any anyone anybody anything ever".split())
Span = tuple[Tok, Tok]


def amounts(ws: Sequence[Tok], lang: str) -> tuple[list[Span], list[Span]]:
    """The words of zero and of a small amount ``ws`` says, in order, each as its first
    and last word ("casi nadie", "hardly any")."""
    if lang not in _ZERO:
        return [], []
    zero_words, small_words = set(_ZERO[lang].split()), set(_SMALL[lang].split())
    almost, there_is = set(_ALMOST[lang].split()), set(_THERE_IS.get(lang, "").split())
    zero: list[Span] = []
    small: list[Span] = []
    for k, w in enumerate(ws):
        before = ws[k - 1].norm if k else ""
        after = ws[k + 1].norm if k + 1 < len(ws) else ""
        if w.norm in _ZERO_NOT_AMOUNT and after in _ZERO_NOT_AMOUNT[w.norm]:
            continue
        if lang == "es" and before == "de" and w.norm == "nada":
            continue
        zero_end = w if w.norm in zero_words else _no_amount(ws, k, lang, there_is)
        if zero_end is not None and before in almost:
            small.append((ws[k - 1], zero_end))
        elif zero_end is not None:
            zero.append((w, zero_end))
        elif _small_word(ws, k, lang, small_words):
            small.append((w, w))
        elif lang == "en" and w.norm in almost and after in _ANY:
            small.append((w, ws[k + 1]))  # "hardly any", "barely anyone"
        elif lang != "en" and w.norm in almost and after in there_is:
            small.append((w, ws[k + 1]))  # "apenas hubo"
    return zero, small


def _no_amount(ws: Sequence[Tok], k: int, lang: str, there_is: set[str]) -> Tok | None:
    """The last word of "no" as a quantifier: English "no" + a noun, "no one"; Spanish
    and Portuguese "no hubo" / "não há" before a word ("No hubo heridos")."""
    w = ws[k]
    after = ws[k + 1] if k + 1 < len(ws) else None
    if after is None or not after.word:
        return None
    if lang == "en":
        if w.norm == "no" and (after.norm == "one" or after.norm not in _NO_NOT_AMOUNT):
            return after if after.norm == "one" else w
        return None
    if w.norm not in ("no", "não") or after.norm not in there_is:
        return None
    if k + 2 < len(ws) and ws[k + 2].word and ws[k + 2].norm not in ("que", "tiempo"):
        return after
    return None


def _small_word(ws: Sequence[Tok], k: int, lang: str, small_words: set[str]) -> bool:
    if ws[k].norm in small_words:
        return not k or ws[k - 1].norm not in _NOT_SMALL_BEFORE
    if lang in ("es", "pt") and ws[k].norm in ("poco", "pouco"):
        return _little_said(ws, k)
    return lang == "en" and ws[k].norm == "little" and _little_amount(ws, k)


# After "poco" as the subject or object: "Poco cambió", "Poco se sabe", "Poco ha
# cambiado", "cambió poco." (session 39, lead). Before an adjective it is a degree ("poco
# probable"), after "un" a bit, and "poco a poco" is gradually: none of those is read.
_PRONOUN_AFTER = frozenset("se ha han había habían hay queda quedó quedan puede pudo".split())
_PRETERITE_ENDINGS = ("ó", "aron", "ieron", "iu", "ou", "aram", "eram")
# "poco" after a verb and before the topic it is said of ("se sabe poco sobre…", "queda
# poco de…"); after these words it is no object ("a poco de llegar", "hace poco en…").
_TOPIC_AFTER = frozenset("sobre acerca de del en para sobre con".split())
_NOT_VERB_BEFORE = frozenset("a de en por para con hace dentro tan lo el la muy sin".split())


def _little_said(ws: Sequence[Tok], k: int) -> bool:
    before = ws[k - 1].norm if k else ""
    if before in _NOT_SMALL_BEFORE or before in ("un", "muy", "um"):
        return False
    nxt = ws[k + 1] if k + 1 < len(ws) else None
    if nxt is None or not nxt.word:  # at a clause's end: "se sabe poco."
        return bool(k) and ws[k - 1].word
    if nxt.norm in _TOPIC_AFTER and k and ws[k - 1].word and before not in _NOT_VERB_BEFORE:
        return True  # the object before its topic: "se sabe poco sobre el origen"
    if not ws[k].initial:
        return False
    return nxt.norm in _PRONOUN_AFTER or nxt.norm.endswith(_PRETERITE_ENDINGS)


def _little_amount(ws: Sequence[Tok], k: int) -> bool:
    """ "little" as an amount: "little changed", "there was little support", not "a
    little", "the little town", "little by little"."""
    before = ws[k - 1].norm if k else ""
    after = ws[k + 1].norm if k + 1 < len(ws) else ""
    if before in _NOT_SMALL_BEFORE or after == "by":
        return False
    return not (k and ws[k - 1].word and ws[k - 1].norm.endswith("'s"))


def check_zero_amounts(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """Zero said as a small amount or a small amount as zero (critical, ``negation``)."""
    got = own_or_pivot(src, ev, _ZERO)
    if got is None or tgt.lang not in _ZERO:
        return []
    *read, own = got  # spans only on the source's own words
    (src_zero, src_small), (tgt_zero, tgt_small) = amounts(*read), amounts(tgt.ws, tgt.lang)
    if not src_zero and not src_small and tgt_small and not tgt_zero:
        src_zero = _negated_verb(*read)  # "no apoyaron" → "few backed"
        if src_zero and _negated(tgt.ws):
            return []
    if len(src_zero) > len(tgt_zero) and len(tgt_small) > len(src_small):
        was, now, what = src_zero[0], tgt_small[0], "none became a few"
    elif len(src_small) > len(tgt_small) and len(tgt_zero) > len(src_zero):
        was, now, what = src_small[0], tgt_zero[0], "a few became none"
    else:
        return []
    message = (
        f"The source says {quote(_text(was, src.text if own else ev.mt.pivot))} but the "
        f"translation says {quote(_text(now, tgt.text))}: {what}, a different fact."
    )
    span = (was[0].start, was[1].end) if own else None
    target = (now[0].start, now[1].end)
    return [Finding("negation", "critical", 0.7, span, target, message, "drift.negation")]


# A negated verb says none did it ("Los diputados no apoyaron la propuesta": none backed
# it), unless the sentence says how many or how often another way: "no se presentaron
# muchas", "no suelen venir" (they rarely come), "no siempre", "no más de", "no sólo".
_NOT_NONE = (
    "much",
    "mucho",
    "tant",
    "demasiad",
    "bastant",
    "suficient",
    "casi",
    "apenas",
    "siempre",
    "sempre",
    "suel",
    "sol",
    "só",
    "más",
    "mais",
    "menudo",
    "frecuen",
    "normalmente",
    "generalmente",
    "tod",
    "cada",
    "sino",
    "hasta",
    "até",
    "únicamente",
    "unicamente",
    "obstante",
    "quase",
    "muit",
    "vez",
    "veces",
)
_CLITICS = frozenset("se lo la le los las les me te nos os o a lhe lhes".split())
_NEGATORS = {"es": "no", "pt": "não"}
_EN_NEGATIONS = frozenset("not n't no never none nobody nothing neither nor without".split())


def _negated_verb(ws: Sequence[Tok], lang: str) -> list[Span]:
    """ "no" before a verb as the sentence's only amount: none did it."""
    negator = _NEGATORS.get(lang)
    if negator is None or any(w.norm.startswith(_NOT_NONE) for w in ws):
        return []
    for k, w in enumerate(ws[:-1]):
        if w.norm == negator and ws[k + 1].word:
            end = k + 1  # past the clitics to the verb: "no se recomienda", "no lo apoyaron"
            while end + 1 < len(ws) and ws[end].norm in _CLITICS and ws[end + 1].word:
                end += 1
            return [(w, ws[end])]
    return []


def _negated(ws: Sequence[Tok]) -> bool:
    return any(w.norm in _EN_NEGATIONS for w in ws)


def _text(span: Span, text: str) -> str:
    return text[span[0].start : span[1].end]
