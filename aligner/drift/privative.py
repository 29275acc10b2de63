"""Negations carried inside a word: "no confía" is "distrusts", "no ha perdido" is
"unbeaten", "no tiene suficientes" is "is short of", "dormir poco" is "lack of sleep",
and a restrictive "no … sino" / "no … más que" is "only" (:func:`restricted`).

A faithful translation may move a negation into the meaning of a word, so the count of
negation words differs by one while nothing changed. The polarity check counts, on each
side, the words that carry a negation (privatives) and that the other side's reading
does not use: an odd total can account for the difference, so a lost "no" cannot be told
from a reworded one and is not reported; an even one ("escasos informes" ↔ "few
reports", each rendering the other) accounts for nothing.

Privatives are, per language, the ``privatives`` list of :mod:`aligner.lang` (phrases such
as "lack of", "short of", "poco"; entries tagged ``idle`` such as "a few" match first and
count for nothing) and, for English, words with a negative prefix: "un-"/"non-" before a
stem of four letters or more, and "dis-", "in-", "im-", "il-", "ir-", "mis-" only where
WordNet pairs the word with its stem as antonyms ("distrust"/"trust"), since "discuss" or
"inform" carry no negation.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.drift.missed_acts import negated_attendance
from aligner.drift.text import CLAUSE_PUNCT, Cue, Tok, find_cues
from aligner.lang import profile

# "un-" and "non-" are productive; these words only look prefixed.
_NOT_PREFIXED = (
    "under",
    "unit",
    "union",
    "uniq",
    "univers",
    "unif",
    "unison",
    "unilat",
    "until",
    "unto",
    "unanim",
    "unless",
    "nonce",
    # Certainty built on a doubt denied ("undoubtedly", "unquestionably"): it says what
    # "sin duda" says, no negation a source's "no" could have become.
    "undoubt",
    "undeniab",
    "unquestionab",
    "unmistakab",
    "undisput",
    "indisput",
    "indubitab",
    # Prefixed in form only: WordNet pairs "immediate" with "mediate", but "su próximo
    # grupo" → "their immediate group" says no negation (session 36, drift41b).
    "immediat",
)
# Whole words only: as prefixes "uncle" also took "unclear", and "none" took
# "nonessential", "nonexistent".
_NOT_PRIVATIVE = frozenset({"uncle", "uncles", "none", "nonetheless"})
_CHECKED_PREFIXES = ("dis", "in", "im", "il", "ir", "mis")


def _prefixed(word: str) -> bool:
    """An English word that negates its stem ("unbeaten", "non-binding", "distrust")."""
    w = word.lower()
    if w.startswith(_NOT_PREFIXED) or w in _NOT_PRIVATIVE:
        return False
    for p in ("non", "un"):
        if w.startswith(p) and len(w.removeprefix(p).lstrip("-")) >= 4:
            return True
    from aligner.drift.antonyms import _table, lemmas

    opposite, _ = _table()
    for p in _CHECKED_PREFIXES:
        stem = w.removeprefix(p)
        if w.startswith(p) and len(stem) >= 4:
            for lemma in lemmas(w):
                base = lemma.removeprefix(p)
                if base in opposite.get(lemma, ()) or stem in opposite.get(lemma, ()):
                    return True
    return False


# Words after which "missing" is the verb ("missing the train", "missing it"), not the
# adjective of absence ("missing data").
_OBJECT_STARTS = frozenset(
    "the a an this that these those his her its their our your my it them him me us you "
    "out on much".split()
)


def _missing_thing(ws: Sequence[Tok], cue: Cue) -> bool:
    """ "missing" before a noun, the adjective of absence ("had missing data on
    hospitalization" for "ningún dato … disponible", "those with missing information"):
    a privative whatever the other side says, as "lack of" is (docs/drift.md, "Session
    21 (drift26e)"). The verb ("he was missing the train", "missed") stays one only
    against a negative verb of the other side."""
    if cue.end - cue.start != 1 or ws[cue.start].norm != "missing" or cue.end >= len(ws):
        return False
    after = ws[cue.end]
    return after.word and after.norm not in _OBJECT_STARTS


def privatives(ws: Sequence[Tok], lang: str, missing: bool = False) -> list[tuple[int, int]]:
    """(first word, end) of each privative on one side, in order; the entries tagged
    ``miss`` ("missed") only with ``missing`` (the other side has a negative verb)."""
    out = [
        (c.start, c.end)
        for c in find_cues(ws, profile(lang).privatives)
        if c.label != "idle" and (missing or c.label != "miss" or _missing_thing(ws, c))
    ]
    if lang == "en":
        taken = {i for a, b in out for i in range(a, b)}
        out += [
            (i, i + 1)
            for i, t in enumerate(ws)
            if i not in taken and (_prefixed(t.text) or _suffixed(t.text))
        ]
    return sorted(out)


# Compounds that deny their first part (session 25, drift30c): "smoke-free", "a
# location-neutral term" ("términos que no hacen referencia a ningún lugar"), the
# negation the source says with "no", "sin" or "ningún". Only after a hyphen, which marks
# the productive compound ("carefree" is a word of its own).
_DENYING_SUFFIXES = ("-free", "-neutral")


def _suffixed(word: str) -> bool:
    """An English hyphened compound that denies its first part ("smoke-free"), or a
    noun or adjective in "-less" / "-lessness" of a noun WordNet knows ("homeless",
    "homelessness" for "los sin techo", "jobless" for "sin empleo"; not "unless",
    "nevertheless")."""
    w = word.lower()
    if w.endswith(_DENYING_SUFFIXES) and len(w.split("-", 1)[0]) >= 3:
        return True
    stem = w.removesuffix("ness").removesuffix("less") if w.endswith(_LESS) else ""
    return len(stem) >= 3 and stem.isalpha() and _wordnet_noun(stem)


_LESS = ("less", "lessness")


def _wordnet_noun(word: str) -> bool:
    from aligner.drift.lexical_diff import wordnet_parts

    return "n" in wordnet_parts(word)


def unmatched_privatives(
    side: Sequence[Tok],
    lang: str,
    other: Sequence[Tok] | None,
    cued: set[int],
    within: set[int] | None = None,
    missing: bool = False,
) -> int:
    """How many privatives of ``side`` the other side's reading (``other``: the other
    side, or its machine translation into ``lang``) does not use, leaving out those that
    touch the side's own negation cues (``cued``: "lack" is already counted as one, and
    so is "falta de" when its verb "falta" is) and, when ``within`` is given, those that
    start outside those word positions."""
    return privative_counts(side, lang, other, cued, within, missing)[1]


def privative_counts(
    side: Sequence[Tok],
    lang: str,
    other: Sequence[Tok] | None,
    cued: set[int],
    within: set[int] | None = None,
    missing: bool = False,
) -> tuple[int, int]:
    """(privatives of ``side``'s word lists that ``other`` uses, the privatives of
    ``side`` it does not use), those touching the side's cues left out. A word with a
    negative prefix ("independent", "unusual") counts among the second only: what the
    other side uses for it is its own prefixed word, no privative of a list."""
    seen = {t.fold for t in other} if other is not None else set()
    # "missed" against the other reading's negated verb of going or attending too ("no
    # asistió" → MT "did not assist" ↔ "missed the meeting": missed_acts, drift43c).
    missing = missing or (lang == "en" and other is not None and negated_attendance(other))
    # "missed" against the other side's negative verb counts even where the reading
    # has it: that reading is the verb's own rendering ("no faltáis" → MT "do not are
    # missing" ↔ "aren't missing"), which the other side already counts as a negation.
    verb = {a for a, _ in _missed(side, lang)} if missing else set()
    listed = {(c.start, c.end) for c in find_cues(side, profile(lang).privatives)}
    matched = unmatched = 0
    for a, b in privatives(side, lang, missing):
        if set(range(a, b)) & cued or (within is not None and a not in within):
            continue
        if (a, b) not in listed and other is not None and _opposite_of_rendered(side[a], other):
            continue
        if (a, b) not in listed and other is not None and _hyphen_rendered(side[a], other):
            continue
        if a in verb or not all(t.fold in seen for t in side[a:b]):
            unmatched += 1
        elif (a, b) in listed:
            matched += 1
    return matched, unmatched


_NEGATORS = frozenset("not no n't never cannot without".split())


def _hyphen_rendered(word: Tok, other: Sequence[Tok]) -> bool:
    """A "non-" word the other reading says as one hyphened word of "no" or "non" ("los
    no-creyentes" → MT "the no-believers" ↔ "non-believers"): a noun of its own that
    neither side counts as a negation (session 37, drift42b), no negation moved."""
    w = word.fold
    if not w.startswith("non"):
        return False
    base = w.removeprefix("non").lstrip("-")
    if len(base) < 4:
        return False
    # Apertium may drop the plural of the word it leaves alone ("no-Christian").
    forms = {f"{p}-{b}" for p in ("no", "non") for b in (base, base.removesuffix("s"))}
    return any(t.fold in forms for t in other)


def _opposite_of_rendered(word: Tok, other: Sequence[Tok]) -> bool:
    """A prefixed word whose stem the other side's reading has un-negated
    ("afortunadamente no hubo" → MT "fortunately there was no" ↔ "unfortunately there
    were"): the opposite of a word the source says, which the antonym checks judge, not
    the source's negation moved into a word ("no es habitual" → MT "is not usual" ↔ "is
    unusual" still is)."""
    w = word.fold
    for p in ("non", "un", "dis", "in", "im", "il", "ir"):
        base = w.removeprefix(p).lstrip("-")
        if not w.startswith(p) or len(base) < 4:
            continue
        at = [i for i, t in enumerate(other) if t.fold == base]
        # Every occurrence un-negated: one the reading negates ("no formal" beside "the
        # formal education") is the source's negation, moved into the prefix.
        if at and not any(x.fold in _NEGATORS for i in at for x in other[max(0, i - 3) : i]):
            return True
    return False


def moved_privatives(src: tuple[int, int], tgt: tuple[int, int]) -> int:
    """How many privatives one side has that the other does not render, from each
    side's :func:`privative_counts` against the other's reading. A privative the reading
    uses is rendered on the other side, where its rendering may be a privative the other
    reading words otherwise ("apenas" → "barely", MT "hardly"): each such one answers an
    unmatched privative of the other side; the unmatched ones left answer each other
    ("escasos" ↔ "few", MT "scarce", back "pocos")."""
    (matched_a, left_a), (matched_b, left_b) = src, tgt
    rest_a = max(0, left_a - matched_b)
    rest_b = max(0, left_b - matched_a)
    return abs(rest_a - rest_b)


def _missed(ws: Sequence[Tok], lang: str) -> list[tuple[int, int]]:
    """The spans of the entries tagged ``miss`` ("miss", "missed", "missing")."""
    entries = [e for e in profile(lang).privatives if e[1] == "miss"]
    return [(c.start, c.end) for c in find_cues(ws, entries)] if entries else []


# Switched off only by bench/drift_fixes.py, to measure what the rule does.
RESTRICTIVE = True
# How far after its negation a restrictive word may stand ("no es actualizada
# normalmente que dos veces": four words).
_RESTRICTIVE_REACH = 8
# How far it may stand where an idiom is read as "only" to count the other side's
# negations (:func:`restrictive_idioms`): "no para más que".
IDIOM_REACH = 3


def _restrictive_after(
    ws: Sequence[Tok], lang: str, other: Sequence[Tok], other_lang: str
) -> frozenset[str]:
    """The words after a negation that make it restrictive in ``lang`` ("sino", "que"),
    when the other side says "only" more often than this side does; else none."""
    after = profile(lang).negation_restrictive if RESTRICTIVE else frozenset()
    only = profile(other_lang).restrictive_words
    own = profile(lang).restrictive_words
    if not after or sum(t.norm in only for t in other) <= sum(t.norm in own for t in ws):
        return frozenset()
    return after


def restricted(
    ws: Sequence[Tok],
    text: str,
    lang: str,
    cues: Sequence[Cue],
    other: Sequence[Tok],
    other_lang: str,
) -> bool:
    """A negation that means "only", rendered so on the other side: "no … sino", "no …
    más que" or the calque "no … que" ("no lo he visto que de lejos" ↔ "I only saw it
    from afar"). One of the side's negation particles has a restrictive word of its
    language after it in the same clause, and the other side says "only" ("just",
    "merely", "solo") more often than this side does: in "No creo que solo sea eso" ↔
    "I think it is only that" the "only" is "solo", and the lost "no" is reported. "No
    dijo que …" ↔ "He only said …" would be excused (not seen in the files)."""
    after = _restrictive_after(ws, lang, other, other_lang)
    if not after:
        return False
    for cue in cues:
        if cue.label != "neg":
            continue
        for w in ws[cue.end : cue.end + _RESTRICTIVE_REACH]:
            if any(c in CLAUSE_PUNCT for c in text[cue.char_end : w.start]):
                break
            if w.norm in after:
                return True
    return False


def restrictive_idioms(
    ws: Sequence[Tok], cues: Sequence[Cue], lang: str, other: Sequence[Tok], other_lang: str
) -> int:
    """How many of a side's idioms ``cues`` (those the polarity count leaves optional)
    restrict: a negation particle, then a restrictive word of the language ("no … sino",
    "no … más que", the calque "no … que de"), where the other side says "only" more often
    than this side (session 36, drift41b). Such an idiom says "only": read so, it is no
    negation, and a negation the other side adds is counted ("El alcalde no quiere sino
    ganar tiempo, y los vecinos lo saben" → "… only wants to buy time, and residents do
    not know it")."""
    after = _restrictive_after(ws, lang, other, other_lang)
    if not after:
        return 0
    negations = {w.lower() for w in profile(lang).negation_words if " " not in w}
    found = 0
    for cue in cues:
        # The restrictive word close after the particle: a verb and "más" at most between
        # ("no es sino", "no para más que"). Farther, the idiom contrasts a phrase the
        # other side may negate ("No fue el lunes sino el martes" → "… only on Tuesday,
        # not Monday").
        near = [w.norm for w in ws[cue.start + 1 : cue.start + 1 + IDIOM_REACH]]
        if ws[cue.start].norm in negations and (
            any(w in after for w in near)
            or _limit_reached([w.fold for w in ws[cue.start : cue.end]])
        ):
            found += 1
    return found


def _limit_reached(span: list[str]) -> bool:
    """Whether an idiom's words are Spanish "no pasar de" / "no ir más allá de" before a
    determiner (:data:`aligner.lang.es_cues_more.NOT_BEYOND`), a restriction by
    themselves: "La propuesta no pasa de ser una idea" is "… is just an idea"."""
    if len(span) < 3 or span[0] != "no" or not {"de", "del"} & set(span):
        return False
    return span[1].startswith("pas") or "alla" in span
