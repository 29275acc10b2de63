"""An adverb of addition, order, time, confirmation, frequency, likelihood, speed or
extent that the translation leaves out (docs/drift.md, "Session 19 (drift24a): removed
adjectives and adverbs").

The word checks never report a light word alone (:data:`lexical_diff.LIGHT`: a translator
drops "muy", "así" or "ya" freely, and the dictionary pairs "también" only with "also",
never with the "too" at the end of a sentence), and pair other adverbs only with their
dictionary translations and WordNet synonyms ("a veces" → "sometimes", not "at
times"). Some adverbs still carry a statement of their own that a faithful translation
keeps: that something holds as well ("también"), in a stated order ("respectivamente",
"entonces"), now ("ahora"), for certain ("efectivamente"), only nearly ("casi"), how
often ("a veces", "normalmente", "constantemente"), how likely ("tal vez", "quizá(s)",
"seguramente"), how fast or when ("rápidamente", "inmediatamente", "finalmente",
"históricamente"), how far or how exactly ("totalmente", "aproximadamente",
"únicamente", "simplemente", "preferiblemente"), and since session 24 (drift29b) also
("igualmente"), always ("siempre") and by far or long ("mucho" as an adverb), each with
a guard its faithful pairs called for, and since session 31 (drift36a) where to, where
and when said by a phrase ("a casa", "en casa", "en el extranjero", "al extranjero",
"al final", "tarde", "temprano"; none dropped in a faithful or label-0 pair measured).
For those, :data:`RENDERINGS` lists the English words that say the same, and the adverb
is reported when the translation has none of them anywhere (not only where the
dictionary looks).

Not listed, because measured they cost faithful pairs: degree and manner adverbs
("muy", "menos", "así"), "ya" (a discourse particle as often as "already"),
"cerca" (mostly "cerca de", a preposition), "antes", "aquí", "todavía", "frecuentemente"
(each dropped in a faithful pair of ContraTICO's 600 sample), the light adjectives
("mismo", "próximo", "propio", "numeroso"), and "a menudo", "luego",
"recientemente", "generalmente", which find removed adverbs on the DEMETR
proxies but newly flag faithful pairs of ContraTICO's 2,400 sample (a translator of
French drops "également", "souvent", "récemment" freely), and so do "actualmente"
and "antes".

"propio" after a possessive ("sus propios aviones" → "their own planes") is read too
(session 38, drift43b): there it is "own" (32 of 33 development pairs that have it say
"own"; the one that does not is a DEMETR removal), while "el propio ministro" ("the
minister himself") and "propio de" ("typical of") are other words, not read.

Session 39 (drift44a) adds confirmation in two words ("en efecto"), an addition that
reaches further ("incluso": "even"), a repetition ("de nuevo", "nuevamente", "otra vez":
"again") and an earlier time ("anteriormente", "previamente": "previously"), none left
unsaid by a faithful or label-0 pair of the development files; and "mucho" tagged a
determiner where it grades an adjective after "ser" / "estar" (a proxy's "molto").

An omission (major). Direct Apertium pairs only (the words of :mod:`lexical_diff`); run
on the pairs nothing else reports at >= major (:func:`aligner.drift.headless.check_quiet`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from aligner.drift.lexical_diff import Word, in_locution, partners
from aligner.drift.signals import Finding, removed_source_word
from aligner.drift.text import fold
from aligner.textutil import quote

_ABROAD = (
    "abroad, overseas, foreign, outside, international, internationally, elsewhere, "
    "other countries, another country, out of the country, offshore"
)
_INDEED = (
    "indeed, actually, effectively, in fact, really, certainly, true, sure, truly, fact, "
    "in effect, in practice"
)
_AGAIN = (
    "again, once more, anew, afresh, back, another, new, renewed, second, repeat, repeats, "
    "repeated, repeatedly, resume, resumed, resumes, return, returned, returns, still, "
    "once again, yet again, re-elected, reopened, reappeared"
)
_BEFORE = (
    "previously, earlier, before, formerly, former, prior, once, already, past, ago, last, "
    "beforehand, first, in advance, advance, until then, so far, originally, initially"
)
# Spanish adverb (folded lemma) → the English words or phrases that render it.
RENDERINGS: dict[str, frozenset[str]] = {
    lemma: frozenset(x.strip() for x in words.split(","))
    for lemma, words in {
        "tambien": "also, too, as well, equally, likewise, similarly, same, again, both, "
        "in addition, additionally, besides, plus, either, even, another",
        # Session 24: "igualmente" is French's "également" through the proxies ("also");
        # "another" says the addition too ("Habéis igualmente la posibilidad" → "Another
        # possibility is…").
        "igualmente": "also, too, as well, equally, likewise, similarly, same, again, both, "
        "in addition, additionally, besides, plus, either, even, another",
        # "casi siempre" → "most of the time"; "no … siempre" is left to the negation
        # readers (:data:`_NOT_AFTER_NEGATION`).
        "siempre": "always, ever, still, constantly, forever, continually, all the time, "
        "consistently, invariably, every, each, whenever, routinely, permanently, keep, "
        "keeps, continue, continues, continued, remain, remains, remained, usual, usually, "
        "habitually, most, never",
        # "mucho" as an adverb of degree or time ("mucho antes" → "long before", "de
        # mucho" → "greatly"); as a determiner ("muchas personas") it is no adverb. Not
        # "well" ("well before"): a hyphenated "well-known" elsewhere would say it.
        "mucho": "much, many, lot, lots, greatly, far, considerably, significantly, very, "
        "highly, strongly, largely, substantially, plenty, great, deal, more, long, hard, "
        "so, too, most, really, widely, extensively, heavily, seriously, enormously, "
        "vastly, deeply, numerous, several, multiple, big, huge, major, massive, "
        "dramatically, sharply, markedly, substantial, considerable, significant, "
        "extremely, less, fewer, way, often, frequently",
        "respectivamente": "respectively, respective, each",
        # Session 27, lead: a lower bound ("se prolongará al menos hasta el jueves" →
        # "will last until Thursday" drops it; the number check reads bounds on figures).
        "al menos": "at least, least, minimum, no less than, no fewer than, as many as, "
        "as much as, even, anyway, at any rate, if nothing else",
        "entonces": "then, so, therefore, thus, time, consequently, hence, accordingly, "
        "back then, thereafter",
        "ahora": "now, today, currently, present, presently, nowadays, at the moment, "
        "these days, at this point, already",
        "efectivamente": _INDEED,
        # Session 39 (drift44a): the same confirmation said in two words ("se trata en
        # efecto de" → "it is indeed"); an addition that reaches further ("incluso un
        # kayak" → "even a kayak"; "including" where it opens a list); a repetition
        # ("de nuevo", "nuevamente", "otra vez": "again"); an earlier time
        # ("anteriormente", "previamente": "previously"). None is left unsaid in a
        # faithful pair of the development files, ContraTICO's label 0 included.
        "en efecto": _INDEED,
        "incluso": "even, including, include, includes, included, also, too, as well, still, yet",
        "de nuevo": _AGAIN,
        "nuevamente": _AGAIN,
        "otra vez": _AGAIN,
        "anteriormente": _BEFORE,
        "previamente": _BEFORE,
        "casi": "almost, nearly, about, virtually, practically, close, near, around, some, "
        "roughly, approximately, just, barely, hardly, little, most, all but, verge",
        "a veces": "sometimes, at times, occasionally, now and then, can, may, might, some, "
        "could, on occasion, periodically, often",
        "normalmente": "normally, usually, generally, typically, commonly, often, ordinarily, "
        "routinely, tend, tends, regular, regularly",
        "tal vez": "maybe, perhaps, possibly, may, might, could, probably, likely, perchance",
        "quiza": "maybe, perhaps, possibly, may, might, could, probably, likely",
        "quizas": "maybe, perhaps, possibly, may, might, could, probably, likely",
        "simplemente": "simply, just, merely, only, purely, plain, plainly, simple, quite",
        "seguramente": "surely, certainly, probably, likely, sure, no doubt, undoubtedly, "
        "definitely, doubtless, bound to",
        "preferiblemente": "preferably, ideally, rather, prefer, preferable, best, better",
        "constantemente": "constantly, always, continually, continuously, constant, "
        "all the time, permanently, ever, steadily, consistently, repeatedly, keep",
        "unicamente": "only, just, solely, merely, exclusively, alone, simply, purely, sole",
        "aproximadamente": "approximately, about, around, roughly, some, nearly, almost, "
        "circa, estimated, close, or so",
        "historicamente": "historically, history, historical, traditionally",
        "finalmente": "finally, eventually, ultimately, last, lastly, end, in the end, "
        "at last, final",
        "inmediatamente": "immediately, at once, right away, instantly, straight away, "
        "promptly, directly, immediate, soon",
        "totalmente": "totally, completely, fully, entirely, wholly, utterly, altogether, "
        "all, full, total, complete, absolutely, quite",
        "rapidamente": "quickly, rapidly, fast, swiftly, promptly, soon, speedily, "
        "immediately, quick, rapid, speedy, hurry, brisk, swift",
        # Session 31 (drift36a): where to, where and when, said by a phrase that states a
        # fact of its own ("se mandó a casa" → "was sent home", "tarde" → "late"). Not
        # "vuelta"'s "return" for "a casa": the noun renders itself.
        "a casa": "home, house, homes, homeward, household, family, indoors, domestic, "
        "homecoming, back",
        "en casa": "home, house, homes, indoors, inside, household, family, domestic, in-house",
        "en el extranjero": _ABROAD,
        "al extranjero": _ABROAD,
        "al final": "eventually, finally, end, ultimately, last, in the end, at last, final, "
        "after all, lastly",
        "tarde": "late, later, lately, afternoon, evening, delay, delayed, belated, belatedly, "
        "overdue, behind",
        "temprano": "early, earlier, soon, sooner, beforehand, ahead, before, morning, "
        "premature, prematurely, first",
    }.items()
}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# Adverbs of addition: a translation that opens on one of these words says the addition
# there ("Utilizad igualmente un pañuelo" → "And use a tissue").
_ADDING = frozenset({"tambien", "igualmente"})
_ADDING_OPENERS = frozenset({"and", "also", "plus", "moreover", "furthermore"})
# Through the proxies "no … siempre" is French's "ne … toujours pas" ("still not") as
# often as "not always": a negation up to three words before leaves the word alone.
_NOT_AFTER_NEGATION = frozenset({"siempre"})
_NEGATIONS = frozenset({"no", "nunca", "jamas", "tampoco", "ni"})
# "propio" after a possessive: "own" (folded possessives; the English that says it).
_POSSESSIVES = frozenset("su sus mi mis tu tus nuestro nuestra nuestros nuestras".split())
_OWN = frozenset(
    "own, themselves, himself, herself, itself, ourselves, yourself, yourselves, myself, "
    "personal, personally, individual, individually, self, private, privately, alone, "
    "independently, unaided".split(", ")
)


def _own_dropped(src: Sequence[Word], i: int, spoken: str) -> bool:
    """Whether the source word ``i`` is "propio" after a possessive and the translation
    says "own" nowhere (the pairing of so light a word is loose: not read)."""
    w = src[i]
    if fold(w.lemma) != "propio" or not i or fold(src[i - 1].surface).lower() not in _POSSESSIVES:
        return False
    return not any(f" {x} " in spoken for x in _OWN)


def _degree_after_copula(src: Sequence[Word], i: int) -> bool:
    """Whether source word ``i`` is "mucho" tagged a determiner but standing as a degree
    adverb: after "ser" or "estar" and before an adjective or a word the analyser does
    not know ("somos mucho cautos", a proxy's "mucho" for Italian "molto"; session 39,
    drift44a). Before a noun it is a determiner ("es mucho dinero")."""
    w = src[i]
    if w.lemma != "mucho" or w.pos != "det" or not 0 < i < len(src) - 1:
        return False
    before, after = src[i - 1], src[i + 1]
    if before.pos != "vbser" and before.lemma != "estar":
        return False
    return after.pos == "adj" or (
        not after.known and after.surface.isalpha() and after.surface[:1].islower()
    )


# Session 39 (drift44a): an approximation said by a phrase before a figure ("cerca de
# 20 000 casas", "del orden de 8 millardos"), which :mod:`figure_bounds` leaves alone when
# it is dropped. The English that says it, with or without the figure.
_APPROXIMATE = frozenset(
    "about, around, nearly, almost, roughly, approximately, approximate, approx, close, "
    "some, or so, up to, near, circa, estimated, estimate, more than, over, under, less than, "
    "virtually, practically, order, just, upwards".split(", ")
)
_APPROXIMATORS = frozenset(("cerca", "alrededor de", "en torno a", "del orden de"))
# "cerca de" + a figure is an amount where it opens the sentence or follows a verb, a
# preposition, a conjunction, an adverb or a mark; after a noun or a word the analyser
# does not know it may be a place ("datos … virologiques cerca de 100 centros", the
# proxies' "auprès de": "from 100 sites").
_AMOUNT_AFTER = frozenset(
    "vblex vbser vbhaver vbmod pr cnjcoo cnjsub cnjadv rel adv preadv cm lpar".split()
)


def _approximation(src: Sequence[Word], i: int) -> bool:
    """Whether source word ``i`` approximates the figure after it: "cerca" + "de" + a
    figure, after no noun or adjective, or "alrededor de", "en torno a", "del orden de"
    (one unit each) + a figure."""
    w = src[i]
    key = fold(w.lemma)
    if key not in _APPROXIMATORS:
        return False
    at = i + 1
    if key == "cerca":
        if at >= len(src) or fold(src[at].surface) != "de":
            return False
        if i and src[i - 1].pos not in _AMOUNT_AFTER:
            return False
        at += 1
    return at < len(src) and src[at].pos == "num"


# Session 39 (drift44a): adverbs of manner said by a preposition and a noun, one unit or
# two words for Apertium ("penetrar en profundidad" → "penetrate into"): how thoroughly,
# closely, fully or seriously a thing is done. Each with the English that says it.
_MANNER_PHRASES: dict[tuple[str, ...], frozenset[str]] = {
    tuple(phrase.split()): frozenset(x.strip() for x in words.split(","))
    for phrase, words in {
        "en profundidad": "deep, deeply, depth, in-depth, thorough, thoroughly, closely, "
        "detail, detailed, fully, far, profound, profoundly, extensive, extensively",
        "a fondo": "deep, deeply, depth, in-depth, thorough, thoroughly, closely, detail, "
        "detailed, fully, completely, full, extensive, extensively",
        "en detalle": "detail, detailed, details, in-depth, closely, thorough, thoroughly, "
        "depth, carefully, fully, specific, specifically",
        "de cerca": "closely, close, near, nearby, carefully, tight, tightly, monitor, "
        "monitors, monitored, monitoring, watch, watched, watching",
        "por completo": "completely, fully, entirely, totally, wholly, altogether, all, "
        "full, complete, whole, utterly, outright",
        "en serio": "seriously, serious, earnest, earnestly, really, genuinely, real",
    }.items()
}


def _manner_phrase(src: Sequence[Word], i: int) -> tuple[frozenset[str], int] | None:
    """The renderings of the manner phrase that opens at source word ``i`` (a unit whose
    words are the phrase, or the phrase's words one by one) and how many words it
    takes, or None."""
    unit = tuple(fold(src[i].surface).lower().split())
    if len(unit) > 1:
        words = _MANNER_PHRASES.get(unit)
        return (words, 1) if words is not None else None
    for phrase, words in _MANNER_PHRASES.items():
        got = tuple(fold(w.surface).lower() for w in src[i : i + len(phrase)])
        if got == phrase:
            return words, len(phrase)
    return None


def _spanning(src: Sequence[Word], i: int, n: int) -> Word:
    """Source word ``i`` stretched over the ``n`` words from it, for the finding's span
    and message ("en profundidad", "Cerca de")."""
    w, last = src[i], src[min(i + n, len(src)) - 1]
    if n < 2 or w.start < 0 or last.end < 0:
        return w
    return replace(w, surface=" ".join(x.surface for x in src[i : i + n]), end=last.end)


def _spoken(text: str) -> str:
    """The translation's words, lower case, one space between, padded."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def removed_adverb(
    src: Sequence[Word],
    tgt: Sequence[Word],
    text: str,
    src_lang: str,
    links: tuple[list[int], list[int]] | None = None,
) -> Word | None:
    """The first listed source adverb (a word, or a unit such as "a menudo") nothing
    renders (no word paired with it, none of its :data:`RENDERINGS` anywhere in the
    translation ``text``), or None."""
    if src_lang != "es":
        return None
    mine = links[0] if links else partners(src, tgt, "source")
    spoken = None
    for i, w in enumerate(src):
        if w.pos == "adj" and _own_dropped(src, i, spoken or _spoken(text)):
            return w
        manner = _manner_phrase(src, i)
        if manner is not None:
            spoken = spoken or _spoken(text)
            if not any(f" {x} " in spoken for x in manner[0]):
                return _spanning(src, i, manner[1])
            continue
        if _approximation(src, i):
            spoken = spoken or _spoken(text)
            if not any(f" {x} " in spoken for x in _APPROXIMATE) and "~" not in text:
                return _spanning(src, i, 2 if fold(w.lemma) == "cerca" else 1)
            continue
        if (w.pos not in ("adv", "preadv") and not _degree_after_copula(src, i)) or mine[i] >= 0:
            continue
        key = fold(w.lemma)
        if key not in RENDERINGS or in_locution(src, i, src_lang):
            continue
        if key in _NOT_AFTER_NEGATION and any(
            fold(x.surface).lower() in _NEGATIONS for x in src[max(0, i - 3) : i]
        ):
            continue
        spoken = spoken or _spoken(text)
        if key in _ADDING and spoken.split()[:1] and spoken.split()[0] in _ADDING_OPENERS:
            continue
        if not any(f" {x} " in spoken for x in RENDERINGS[key]):
            return w
    return None


def check_removed_adverb(
    src, tgt, analysed: tuple[Sequence[Word], Sequence[Word]] | None, links=None
) -> list[Finding]:
    """An omission (major) at a listed adverb the translation does not render."""
    return removed_source_word(
        src,
        tgt,
        analysed,
        links,
        removed_adverb,
        lambda w: (
            f"The source's {quote(w.surface)} has nothing rendering it in the translation "
            "(no word of the kind that says it), though it is part of what the source "
            "states."
        ),
    )
