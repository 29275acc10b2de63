"""English readings of a literal MT's words where the translator's English says the same
thing with another part of speech (docs/drift.md, "Session 30 (drift35b)").

The opposite readings (:mod:`aligner.drift.antonyms`) compare the translation with the
literal MT word by word, so they need the MT to hold a word of the translator's kind.
Two shapes of apertium-eng-spa's output do not:

* *A position in a period said by a noun.* Spanish places a time in its period with a
  noun ("a principios de mayo", "a finales de 2019", "al inicio de este mes", "a
  mediados de junio", "al finalizar los años 70"), and so does the literal MT ("At the
  beginning of May", "To finals of 2019", "to the start of this month", "Around the
  middle of June", "When finalising the years 70"); English says it with an adjective
  or an adverb ("in early May", "in late 2019", "earlier this month", "in mid-June",
  "in the late 70s"). WordNet pairs "early" / "late" / "mid" and "beginning" / "end",
  never across the two, so "later this month" against MT "the start of this month"
  was quiet. The MT's noun of a start, an end or a middle, before "of" and a period
  (a month, a year, a decade, "this month", "the years 70"), is also read as the
  adjective: "early", "late", "mid".
* *"bien" before a participle or an adjective.* Apertium writes "very" for it ("bien
  recibido" → MT "very received", "bien conocido" → "very known", "bien preparados" →
  "very poised"), so "poorly received", "badly prepared" had no "well" to be opposed
  to. Where the source says "bien" before a word (not "si bien", "más bien", "o bien")
  and the MT has no "well" of its own, the MT's "very" is also read as "well".

Each reading is one more MT word beside the MT's own, for the opposite readings only;
the MT text is left as Apertium wrote it (as :mod:`aligner.drift.mt_gaps` does).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner.drift.text import fold

# The rules are on by default; tests turn them off to see what they find.
ON = True
COMPOUNDS = True  # :func:`first_parts`
SLIPS = True  # :func:`slips`

# The MT's nouns of a position in a period, and the adjective English says it with.
# "finals" is Apertium's word for "finales" ("a finales de" → "To finals of"),
# "finalising" its word for "al finalizar" (no "of" after it: "When finalising the year").
_POSITIONS = {
    **dict.fromkeys(("beginning", "beginnings", "start", "starts", "outset"), "early"),
    **dict.fromkeys(("end", "ends", "finals", "close"), "late"),
    **dict.fromkeys(("middle", "middles"), "mid"),
}
_FINALISING = frozenset(("finalising", "finalizing"))
# Words that may stand between "of" and the period ("of the year", "of this month").
_DETERMINERS = frozenset("the this that these those next last his her its their our".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_PERIODS = _MONTHS | frozenset(
    "year years decade decades century centuries month months week weeks season seasons "
    "summer winter spring autumn semester quarter term era period morning afternoon "
    "evening night day days twenties thirties forties fifties sixties seventies eighties "
    "nineties".split()
)


def _period_at(words: Sequence[str], i: int) -> bool:
    """A period starts at ``i``, after at most one determiner ("of the year", "of May",
    "of 2019", "of the years 70")."""
    if i < len(words) and words[i].lower() in _DETERMINERS:
        i += 1
    if i >= len(words):
        return False
    w = words[i].lower()
    return w in _PERIODS or (w.isdigit() and 2 <= len(w) <= 4)


def positions(words: Sequence[str]) -> dict[int, str]:
    """Index → "early" / "late" / "mid" for each MT noun of a position in a period."""
    out = {}
    for i, w in enumerate(words):
        low = w.lower()
        if low in _POSITIONS and i + 1 < len(words) and words[i + 1].lower() == "of":
            if _period_at(words, i + 2):
                out[i] = _POSITIONS[low]
        elif low in _FINALISING and _period_at(words, i + 1):
            out[i] = "late"
    return out


# Spanish words before "bien" that make it no adverb of manner ("si bien" although, "más
# bien" rather, "o bien" or, "bien … bien" either … or is left: it starts a clause).
_NOT_MANNER = frozenset(("si", "mas", "o", "ni", "muy"))


def well_said(src_words: Sequence[str], mt_words: Sequence[str]) -> int | None:
    """The index of the MT's "very" to read as "well" ("bien recibido" → MT "very
    received"), or None: the source has "bien" before a word, the MT no "well"."""
    if any(w.lower() == "well" for w in mt_words):
        return None
    folded = [fold(w) for w in src_words]
    manner = any(
        w == "bien"
        and k + 1 < len(folded)
        and folded[k + 1].isalpha()
        and (k == 0 or folded[k - 1] not in _NOT_MANNER)
        for k, w in enumerate(folded)
    )
    very = sum(w.lower() == "very" for w in mt_words)
    if not manner or very > sum(w == "bien" for w in folded):
        return None  # a "very" may render a "muy" ("muy alto … bien recibido"): which one?
    return next(
        (
            i
            for i, w in enumerate(mt_words)
            if w.lower() == "very" and i + 1 < len(mt_words) and mt_words[i + 1].isalpha()
        ),
        None,
    )


# Apertium's one word for a Spanish word of going and coming, whatever it means there,
# read as the sense news mostly means (checked on sentences written here): "abertura" is
# always "aperture" ("la abertura de los comercios", an opening), "salida" always
# "start" ("la salida del tren", a departure), "partir" always "split" ("partirá hacia
# Roma", to leave), "vuelta" "turn" ("la vuelta a casa", a return). The MT word, the
# source word that must be there (its folded form's pattern; None: any source), and the
# reading.
_SLIPS = {
    "aperture": (None, "opening"),
    "start": (re.compile(r"salidas?"), "departure"),
    "split": (re.compile(r"part(?:ir|e|en|ia|ian|io|ieron|imos|ira|iran|iendo|ido)"), "leave"),
    "turn": (re.compile(r"vueltas?"), "return"),
}
# "activar" comes out as "actuate" ("activó el protocolo" → MT "actuated the protocol"),
# and its present "activa" is often tagged the adjective ("active"): both are also read
# as "activate" where the source has the verb's forms (session 38, drift43b).
_ACTIVAR = re.compile(r"activ(?:a|an|o|aron|ara|aran|ado|ada|ados|adas|ar|ando)")
_SLIPS |= {w: (_ACTIVAR, "activate") for w in ("actuate", "actuates", "actuated", "actuating")}
_SLIPS["active"] = (re.compile(r"activ(?:a|an)"), "activate")


def slips(src_words: Sequence[str], mt_words: Sequence[str]) -> dict[int, str]:
    """Index → the reading of each MT word :data:`_SLIPS` reads; "split" not after
    "from" ("a partir de" is Apertium's "from")."""
    folded = [fold(w) for w in src_words]
    seen = [w.lower() for w in mt_words]
    out = {}
    for i, w in enumerate(seen):
        slip = _SLIPS.get(w)
        if slip is None:
            continue
        pattern, reading = slip
        said = (
            sum(
                bool(pattern.fullmatch(f)) and not (k and folded[k - 1] == "a" and f == "partir")
                for k, f in enumerate(folded)
            )
            if pattern is not None
            else len(seen)
        )
        # As many source words as MT words at most: another "start" may render "inicio".
        if said and seen.count(w) <= said:
            out[i] = reading
    return out


def readings(mt_words: Sequence[str], src_words: Sequence[str] = ()) -> dict[int, str]:
    """Index → the other reading, for every MT word these shapes read (none when off)."""
    if not ON:
        return {}
    out = positions(mt_words)
    k = well_said(src_words, mt_words)
    if k is not None:
        out[k] = "well"
    if SLIPS:
        out |= {i: r for i, r in slips(src_words, mt_words).items() if i not in out}
    return out


def first_parts(words: Sequence[str]) -> list[str]:
    """The translation's words with a compound of an adverb of manner and a participle
    read as the adverb ("poorly-disciplined" → "poorly", "well-organised" → "well"), for
    the opposite reading of the MT's words: English joins before a noun what Spanish and
    the literal MT say apart ("bien disciplinado" → MT "very disciplined"). Other words,
    an adjective's compounds among them ("low-risk", whose "low" may render another
    word: ContraTICO's "a débil riesgo … extenso" → "low-risk" ↔ MT "extensive"), are
    kept."""
    if not COMPOUNDS:
        return list(words)
    out = []
    for w in words:
        head, _, rest = w.partition("-")
        manner = head.lower().endswith("ly") or head.lower() in ("well", "ill")
        out.append(head if manner and head.isalpha() and rest.isalpha() else w)
    return _comings_back(out)


# A verb of motion with "back" says a return ("came back from Rome", "will go back to
# school"; session 38, drift43b): read as "return", so that it is opposed to the MT's
# "leave" or "depart" as "return" is ("partir hacia" → MT "split for", read "leave").
_MOTION = frozenset(
    "come comes came coming go goes went gone going get gets got getting head heads "
    "headed heading fly flies flew flown flying".split()
)


def _comings_back(words: list[str]) -> list[str]:
    """``words`` with a verb of motion right before "back" read as "return"."""
    return [
        "return" if w.lower() in _MOTION and k + 1 < len(words) and words[k + 1].lower() == "back"
        else w
        for k, w in enumerate(words)
    ]  # fmt: skip


# A third shape: Spanish says a manner with a noun and an adjective ("de forma
# positiva", "de manera temporal", "de modo gradual"), the literal MT too ("of positive
# form", "of temporary way"), English with an adverb ("positively", "temporarily"): the
# translation's "-ly" adverb is read as its adjective against an MT adjective beside a
# noun of manner ("reacted negatively" ↔ MT "reacted of positive form").
MANNER = True
_MANNER_NOUNS = frozenset(("way", "form", "manner", "mode", "fashion"))


def manner_adjectives(mt_words: Sequence[str]) -> frozenset[str]:
    """The MT's words right before or after a noun of manner ("of positive form")."""
    out = set()
    for i, w in enumerate(mt_words):
        if w.lower() in _MANNER_NOUNS:
            for j in (i - 1, i + 1):
                if 0 <= j < len(mt_words) and mt_words[j].isalpha() and mt_words[j].islower():
                    out.add(mt_words[j])
    return frozenset(out)


def _adjectives_of(adverb: str) -> tuple[str, ...]:
    """The adjectives an "-ly" adverb may come from: "temporarily" → "temporary",
    "legally" → "legal", "basically" → "basic", "gently" → "gentle", "calmly" → "calm"."""
    w = adverb.lower()
    if not w.endswith("ly") or len(w) < 5:
        return ()
    stem = w[:-2]
    out = [stem]
    if stem.endswith("i"):
        out.append(stem[:-1] + "y")
    if stem.endswith("al"):
        out.append(stem[:-2])
    out.append(stem + "le")
    return tuple(out)


def adverbs_read(
    tgt_words: Sequence[str], mt_words: Sequence[str], known
) -> tuple[list[str], frozenset[int], frozenset[str]]:
    """The translation's words with each "-ly" adverb read as its adjective (the first
    that ``known`` accepts), where the MT has an adjective beside a noun of manner; the
    indices read so, and those MT adjectives (the only words they may be opposed to)."""
    manner = manner_adjectives(mt_words) if MANNER else frozenset()
    if not manner:
        return list(tgt_words), frozenset(), manner
    out, read = list(tgt_words), set()
    for k, w in enumerate(tgt_words):
        base = next((a for a in _adjectives_of(w) if known(a)), None)
        if base is not None and w.islower():
            out[k] = base
            read.add(k)
    return out, frozenset(read), manner
