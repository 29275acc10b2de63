"""Entities in running text: runs of capitalised words that name people, bodies and
places (titles, roles, Roman numerals and currency letters left out), for
:mod:`aligner.drift.names` and the trace's reranker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from aligner.drift.signals import Entity
from aligner.drift.text import Tok, fold
from aligner.lang import profile


@cache
def _role_words(lang: str) -> frozenset[str]:
    """Head nouns of roles ("minister" of "foreign minister"): a capitalised one is a
    title, not part of a name. Bodies ("union", "council") are left out: a capitalised
    one is part of a name ("European Union", "Security Council")."""
    prof = profile(lang)
    heads = {
        fold(noun).replace("-", " ").split()[-1]
        for noun, cls in prof.role_nouns
        if noun and cls != "body"
    }
    return frozenset(heads - {fold(w) for w in prof.stopwords | prof.determiners})


# Capitalised words that are no names in any language: English weekdays (the other
# languages write them in lower case, so "Sunday" was paired with a name as a swap) and
# ISO currency codes ("1,4 mld zł" → "PLN 1.4 billion").
_NEVER_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday "
    "pln czk usd eur gbp rub chf jpy cny sek nok dkk huf uah inr brl mxn cad aud".split()
)


# Words of a name cut short with a point ("St. Petersburg", "St. Peter's Square", "Mt.
# Everest", Polish "Plac Św. Piotra", Czech "Sv. Vít", Spanish "Sta. Cruz"): the point
# does not end the name, and the word after it, though it follows a point, is the
# name's (session 36, drift41c: "Санкт-Петербург" → "St" read as a swap).
_SHORT_NAME_WORDS = frozenset("st sts ste mt ft sta sto sw sv".split())


@cache
def _not_names(lang: str) -> frozenset[str]:
    prof = profile(lang)
    return (
        frozenset(
            fold(w)
            for w in prof.stopwords
            | prof.determiners
            | prof.titles
            | prof.pronouns
            | prof.reporting_verbs
            | {m for m, _ in prof.month_names}
        )
        | _NEVER_NAMES
    )


_ROMAN = re.compile(r"^[IVXLCDM]{1,6}(?:e|er|ème|eme)?$")  # "XV", French "XIVe"


@cache
def _particles(lang: str) -> frozenset[str]:
    return frozenset(profile(lang).name_particles | {"of", "de", "del", "da", "do", "the"})


# Particles that are articles: inside a name only before an epithet ("Pedro el Grande",
# "Alfonso X el Sabio") or after another particle ("de la"), else "Caracas el Real
# Madrid" would be one name.
_ARTICLES = frozenset("el la las los lo the le les il der die das o a".split())


@cache
def _regnal(lang: str) -> dict[str, str]:
    return {fold(name): ident for name, ident in profile(lang).regnal_names}


def _particle_joins(current: Sequence[Tok], t: Tok, lang: str) -> bool:
    if t.fold not in _ARTICLES:
        return True
    last = current[-1]
    return (
        last.fold in _regnal(lang)
        or bool(_ROMAN.match(last.text))
        or (last.fold in _particles(lang) and last.fold not in _ARTICLES)
    )


def _regnal_hits(toks: Sequence[Tok], lang: str) -> list[tuple[int, str]]:
    """Given names of monarchs, popes and historical figures, as (token index, alias id).

    Only in a regnal context: after a title ("el rey Carlos", "Pope John"), before a
    Roman numeral ("Juan Pablo II") or an epithet ("Pedro el Grande"). "Carlos Cuerpo"
    is not "Charles Cuerpo".
    """
    names = _regnal(lang)
    if not names:
        return []
    titles = {fold(t) for t in profile(lang).regnal_titles}
    at = [i for i, t in enumerate(toks) if t.word]
    hits = []
    for n, i in enumerate(at):
        t = toks[i]
        if not t.cap or t.fold not in names:
            continue
        titled = any(toks[j].fold in titles for j in at[max(0, n - 2) : n])
        m = n + 1
        while m < len(at) and toks[at[m]].cap and not _ROMAN.match(toks[at[m]].text):
            m += 1
        after = toks[at[m]] if m < len(at) else None
        roman = after is not None and bool(_ROMAN.match(after.text))
        epithet = (
            after is not None
            and after.fold in _ARTICLES
            and m + 1 < len(at)
            and toks[at[m + 1]].cap
        )
        if titled or roman or epithet:
            hits.append((i, names[t.fold]))
    return hits


def find_entities(toks: Sequence[Tok], lang: str) -> list[Entity]:
    """Capitalised names, organisations and places; titles and roles are not entities.

    A single capitalised word that opens a sentence is skipped (it may be any word),
    unless it is an acronym; a capitalised word right before a role noun is the
    role's modifier ("Finance Minister", "Central Bank Governor").
    """
    if profile(lang).capitalises_nouns:
        # Capitals mark every noun: only acronyms ("EZB", "SPD") are surely names.
        return [
            Entity(t.start, t.end, t.text, (t.fold,), True)
            for t in toks
            if t.word and len(t.text) > 1 and sum(c.isupper() for c in t.text) >= 2
        ]
    roles, stop, particles = _role_words(lang), _not_names(lang), _particles(lang)
    runs: list[list[Tok]] = []
    current: list[Tok] = []

    def close() -> None:
        while current and current[-1].fold in particles:
            current.pop()
        if current:
            runs.append(list(current))
        current.clear()

    for t in toks:
        if not t.word:
            # A plural possessive inside a name ("the Patients' Ombudsman", "the Workers'
            # Party") joins its words: the apostrophe, glued to the "s", does not end it.
            glued = current and t.start == current[-1].end and current[-1].text.endswith("s")
            if not (glued and t.text in ("'", "’")) and not _short_point(current, t):
                close()
            continue
        is_name = t.cap and any(c.isalpha() for c in t.text) and t.fold not in stop
        # (A word in capitals is no title: "IN WITNESS WHEREOF" is a formula, one run.)
        if is_name and t.fold in roles and not (t.text.isupper() and len(t.text) > 1):
            current.clear()  # "Foreign Minister": the words before a role are its modifiers
            continue
        if is_name or (current and t.fold in particles and _particle_joins(current, t, lang)):
            current.append(t)
        else:
            close()
    close()
    out = []
    for run in runs:
        if len(run) == 1 and _ROMAN.match(run[0].text):
            continue  # "siglo XV", "Felipe VI": a number, checked as one
        acronym = len(run) == 1 and sum(c.isupper() for c in run[0].text) >= 2
        if len(run) == 1 and run[0].initial and not acronym and not _dateline(toks, run[0], lang):
            continue
        parts = tuple(t.fold for t in run if t.fold not in particles and len(t.fold) > 1)
        if parts:
            start, end = run[0].start, run[-1].end
            out.append(Entity(start, end, "".join(_raw(toks, start, end)), parts, acronym))
    return out


def _short_point(current: Sequence[Tok], t: Tok) -> bool:
    """A point glued to a name's word cut short (:data:`_SHORT_NAME_WORDS`)."""
    return (
        t.text == "."
        and bool(current)
        and t.start == current[-1].end
        and current[-1].fold in _SHORT_NAME_WORDS
    )


def _dateline(toks: Sequence[Tok], first: Tok, lang: str) -> bool:
    """A news dateline, "Bruselas, 4 de abril." / "Brussels, April 4.": the word before
    the comma and the date is a place, though it opens the sentence."""
    at = next((i for i, t in enumerate(toks) if t is first), -1)
    after = toks[at + 1 : at + 6]
    if at < 0 or not after or after[0].text != ",":
        return False
    months = {name for name, _ in profile(lang).month_names}
    return any(t.fold in months or t.norm in months for t in after[1:]) and any(
        t.text[:1].isdigit() for t in after[1:]
    )


def _raw(toks: Sequence[Tok], start: int, end: int) -> str:
    text, last = [], None
    for t in toks:
        if start <= t.start and t.end <= end:
            if last is not None and t.start > last:
                text.append(" ")
            text.append(t.text)
            last = t.end
    return "".join(text)
